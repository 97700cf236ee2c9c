"""Scan rules from round 21's first run on held-out real repositories: each test is one
general rule, on a small tree of its own."""

from __future__ import annotations

from gcode.scan import scan
from scan_helpers import PY, commands, tree, workflow

TOX = ("[tox]\nenvlist = lint, tests, docs\n\n[testenv:lint]\ncommands = pre-commit run "
       "--all-files\n\n[testenv:tests]\ncommands = pytest\n\n[testenv:docs]\n"
       "commands = sphinx-build docs docs/build\n")


def test_bare_tox_is_not_offered_when_ci_runs_each_env_by_name(tmp_path):
    files = {**PY, "tox.ini": TOX, ".github/workflows/ci.yml": workflow(
        "pip install tox", "tox -e tests", "tox -e lint")}
    facts = scan(tree(tmp_path, files))
    assert "tox -e tests" in commands(facts, "test_command")
    assert "tox" not in commands(facts, "test_command")
    # CI calling tox bare keeps it: that is how CI tests
    (tmp_path / ".github/workflows/ci.yml").write_text(workflow("pip install tox", "tox"))
    assert "tox" in commands(scan(tmp_path), "test_command")


def test_a_pytest_config_is_no_test_command_when_ci_tests_with_unittest(tmp_path):
    files = {"pyproject.toml": "[project]\nname = 'x'\n[tool.pytest.ini_options]\n"
                               "testpaths = 'tests'\n", "x/__init__.py": "",
             ".github/workflows/ci.yml": workflow("python -m unittest -v tests.suite")}
    facts = scan(tree(tmp_path, files))
    assert commands(facts, "test_command") == {"python -m unittest -v tests.suite"}
    # without such a CI step, the configuration says how to test
    (tmp_path / ".github/workflows/ci.yml").write_text(workflow("ruff check ."))
    assert "pytest" in commands(scan(tmp_path), "test_command")


def test_the_text_of_a_here_document_is_not_a_command(tmp_path):
    script = ("#!/usr/bin/env bash\ncat << EOF\nversion: 2.1\njobs:\n  build:\n    steps:\n"
              "      - run: go test ./...\nEOF\n")
    files = {"go.mod": "module example.org/x\n\ngo 1.24\n", "x.go": "package x\n",
             "ci/generate.sh": script,
             ".github/workflows/ci.yml": workflow("./ci/generate.sh > generated.yml")}
    facts = scan(tree(tmp_path, files))
    assert not any("generate.sh" in c for c in commands(facts, "test_command"))
    # a shell reading the document runs its lines
    (tmp_path / "ci/generate.sh").write_text("bash <<EOF\ngo test ./...\nEOF\n")
    assert any("generate.sh" in c for c in commands(scan(tmp_path), "test_command"))


def test_a_make_target_making_a_virtualenv_is_no_build(tmp_path):
    files = {**PY, "Makefile": "build:\n\tvirtualenv venv\n\tvenv/bin/pip install -e .\n"
                               "\tvenv/bin/pip install -r requirements_dev.txt\n"}
    assert "make build" not in commands(scan(tree(tmp_path, files)), "build_command")


def test_go_tool_runs_the_pinned_tool_a_watcher_after_a_build_is_no_build(tmp_path):
    files = {"go.mod": "module example.org/x\n\ngo 1.24\n\ntool github.com/cespare/reflex\n",
             "main.go": "package main\n", "ui/package.json":
             '{"name": "ui", "scripts": {"build": "vite build"}}',
             "Makefile": "server: buildjs\n\tgo tool reflex -d none -c reflex.conf\n"
                         "buildjs:\n\tcd ui && npm run build\n"
                         "build: buildjs\n\tgo build -o app .\n"}
    facts = scan(tree(tmp_path, files))
    assert "make server" not in commands(facts, "build_command")
    assert "make build" in commands(facts, "build_command")


def test_a_target_that_says_it_is_deprecated_is_not_offered(tmp_path):
    files = {"go.mod": "module example.org/x\n\ngo 1.24\n", "main.go": "package main\n",
             "Makefile": "build:\n\tgo build -o app .\n"
                         "buildall: deprecated build\n"
                         "deprecated:\n\t@echo \"WARNING: This target is deprecated. Use "
                         "'make build' instead.\"\n"}
    facts = scan(tree(tmp_path, files))
    assert "make build" in commands(facts, "build_command")
    assert "make buildall" not in commands(facts, "build_command")


def test_a_checker_action_is_the_lint_it_runs(tmp_path):
    files = {"go.mod": "module example.org/x\n\ngo 1.24\n", "x.go": "package x\n",
             ".github/workflows/ci.yml": workflow(
                 "go test ./...", steps="      - uses: dominikh/staticcheck-action@v1\n")}
    assert "staticcheck ./..." in commands(scan(tree(tmp_path, files)), "lint_command")


def test_the_targets_a_variable_lists_for_one_recipe_are_not_tasks(tmp_path):
    files = {"Cargo.toml": "[package]\nname = 'x'\nversion = '0.1.0'\n", "src/lib.rs": "",
             "Makefile": "TARGETS ?= x86_64-unknown-linux-gnu x86_64-unknown-freebsd\n"
                         "test:\n\tcargo test --all-features\n"
                         "check_all_targets: $(TARGETS)\n"
                         "$(TARGETS):\n\tcargo hack check --target $@ --feature-powerset\n"}
    facts = scan(tree(tmp_path, files))
    offered = {c for kind in ("lint_command", "build_command", "test_command")
               for c in commands(facts, kind)}
    assert "make test" in offered
    assert not any("x86_64" in c for c in offered)


DJ_TOX = ("[tox]\nenvlist =\n    ruff\n    {py311,py312}-dj51\n\n[testenv]\ncommands = make test\n"
          "allowlist_externals = make\n\n[testenv:ruff]\ncommands = ruff check\n")
DJ_MAKE = ("test:\n\tpytest x tests\n\ncoverage: test\n\tcoverage report -m\n"
           "\tcoverage html\n")


def test_toxenv_in_a_steps_env_names_the_env_bare_tox_runs(tmp_path):
    steps = ("      - run: tox\n        env:\n          TOXENV: ruff\n")
    files = {**PY, "tox.ini": DJ_TOX, "Makefile": DJ_MAKE,
             ".github/workflows/ci.yml": workflow("pip install tox", steps=steps)}
    facts = scan(tree(tmp_path, files))
    assert any(f.key == "ci:tox -e ruff" for f in facts)  # what CI runs, from its step
    assert "tox" not in commands(facts, "test_command")


def test_a_tox_env_of_a_python_and_factors_runs_what_the_listed_env_does(tmp_path):
    files = {**PY, "tox.ini": DJ_TOX, "Makefile": DJ_MAKE,
             ".github/workflows/ci.yml": workflow("pip install tox", "tox -e py-dj51")}
    facts = scan(tree(tmp_path, files))
    assert "tox -e py-dj51" in commands(facts, "test_command")
    # CI reaches `make test` through tox: make's other test targets are variants
    assert "make coverage" not in commands(facts, "test_command")


def test_a_test_task_narrowed_to_a_package_is_not_offered_beside_the_whole(tmp_path):
    files = {"go.mod": "module example.org/x\n\ngo 1.24\n", "x.go": "package x\n",
             "table/t.go": "package table\n", "Taskfile.yaml": (
                 "version: '3'\ntasks:\n  test:\n    cmds:\n      - go test ./...\n"
                 "  test:table:\n    cmds:\n      - go test ./table\n")}
    facts = scan(tree(tmp_path, files))
    assert "task test" in commands(facts, "test_command")
    assert "task test:table" not in commands(facts, "test_command")


def test_sherif_checks_a_workspace_a_lint(tmp_path):
    files = {"package.json": '{"name": "root", "private": true, "scripts": '
                             '{"lint:sherif": "sherif", "test": "vitest run"}}',
             "pnpm-lock.yaml": "", ".github/workflows/ci.yml": workflow(
                 "pnpm install", "pnpm run lint:sherif", "pnpm test")}
    assert "pnpm run lint:sherif" in commands(scan(tree(tmp_path, files)), "lint_command")


def test_circleci_job_environment_selects_the_tox_env(tmp_path):
    circle = ("version: 2.1\njobs:\n  lint:\n    docker:\n      - image: cimg/python:3.12\n"
              "    environment:\n      TOXENV: ruff\n    steps:\n      - checkout\n"
              "      - run:\n          command: python -m tox run -r\n")
    files = {**PY, "tox.ini": DJ_TOX, ".circleci/config.yml": circle}
    assert "python -m tox run -e ruff -r" in commands(scan(tree(tmp_path, files)),
                                                      "lint_command")


def test_arguments_after_a_double_dash_reach_the_tox_envs_posargs(tmp_path):
    tox = ("[tox]\nenvlist = py312, black\n\n[testenv]\ncommands = pytest\n\n"
           "[testenv:black]\ncommands = black {posargs} .\n")
    files = {**PY, "tox.ini": tox, ".github/workflows/ci.yml": workflow(
        "pip install tox", "tox -e black -- --check", "tox -e py312")}
    facts = scan(tree(tmp_path, files))
    assert "tox -e black -- --check" in commands(facts, "lint_command")


def test_a_local_reusable_workflow_runs_what_its_caller_passes(tmp_path):
    caller = ("name: tests\non: [push, pull_request]\njobs:\n  node:\n    strategy:\n"
              "      matrix:\n        part: [unit, integration]\n"
              "    uses: ./.github/workflows/script.yml\n    with:\n"
              "      npm-script: test:${{ matrix.part }}\n")
    called = ("name: script runner\non:\n  workflow_call:\n    inputs:\n      npm-script:\n"
              "        type: string\njobs:\n  script:\n    runs-on: x\n    steps:\n"
              "      - run: npm ci\n      - run: npm run ${{ inputs.npm-script }}\n")
    files = {"package.json": '{"name": "x", "scripts": {"test:unit": "vitest run unit", '
                             '"test:integration": "vitest run integration"}}',
             "package-lock.json": "", ".github/workflows/tests.yml": caller,
             ".github/workflows/script.yml": called}
    assert "npm run test:unit" in commands(scan(tree(tmp_path, files)), "test_command")


def test_a_packages_own_executable_run_by_node_is_that_program(tmp_path):
    files = {"package.json": '{"name": "mocha", "bin": {"mocha": "bin/mocha.js"}, "scripts": '
                             '{"test:unit": "node bin/mocha.js test/unit"}}',
             "package-lock.json": "", ".github/workflows/ci.yml": workflow(
                 "npm ci", "npm run test:unit")}
    assert "npm run test:unit" in commands(scan(tree(tmp_path, files)), "test_command")


def test_tox_run_through_uv_with_named_envs_and_tox_e_py(tmp_path):
    tox = ("[tox]\nenv_list = py3.12, lint\n\n[testenv]\ncommands = pytest tests\n\n"
           "[testenv:lint]\ncommands = ruff check\n")
    files = {**PY, "tox.ini": tox, ".github/workflows/ci.yml": workflow(
        "uv run --with tox-uv tox -e lint", "uv run --with tox-uv tox -e py")}
    facts = scan(tree(tmp_path, files))
    assert "uv run --with tox-uv tox -e py" in commands(facts, "test_command")
    assert any(f.command == "uv run --with tox-uv tox -e py" and "pytest tests" in f.content
               for f in facts)  # `py`: what the listed Python's env runs
    assert "tox" not in commands(facts, "test_command")  # CI names its envs


def test_npm_test_that_also_lints_is_not_offered_when_ci_runs_its_test_parts(tmp_path):
    scripts = ('{"name": "x", "scripts": {"lint": "eslint .", "test-unit": "mocha test/unit",'
               ' "test-smoke": "mocha test/smoke", "test": "run-s lint test-unit"}}')
    files = {"package.json": scripts, "package-lock.json": "",
             ".github/workflows/ci.yml": workflow("npm ci", "npm run lint",
                                                  "npm run test-unit", "npm run test-smoke")}
    facts = scan(tree(tmp_path, files))
    assert "npm run test-unit" in commands(facts, "test_command")
    assert "npm test" not in commands(facts, "test_command")
    (tmp_path / ".github/workflows/ci.yml").write_text(workflow("npm ci", "npm test"))
    assert "npm test" in commands(scan(tmp_path), "test_command")
