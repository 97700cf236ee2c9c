"""Scan rules from round 10's first run on held-out real repositories: each test is one
general rule, on a small tree of its own."""

from __future__ import annotations

import json

from gcode.scan import scan
from scan_helpers import PY, commands, paths, tree, workflow


GO = {"go.mod": "module example.com/tool\n\ngo 1.22\n", "main.go": "package main\n"}


def test_a_gitlab_pipeline_after_an_inputs_header_is_read(tmp_path):
    facts = scan(tree(tmp_path, {**PY, ".gitlab-ci.yml": (
        "spec:\n  inputs:\n    py:\n      default: '3.13'\n---\nstages: [test]\n"
        "tests:\n  stage: test\n  image: python:$[[ inputs.py ]]\n  script:\n"
        "    - python -m pytest -q\n")}))
    assert "python -m pytest -q" in commands(facts, "test_command")


def test_a_script_run_by_a_shell_with_options_is_followed(tmp_path):
    facts = scan(tree(tmp_path, {**PY, "ci/run.sh": "#!/bin/bash\nset -e\npytest -q\n",
                                 ".github/workflows/ci.yml": workflow("bash -x ./ci/run.sh")}))
    assert "bash -x ./ci/run.sh" in commands(facts, "test_command")
    # `bash -ec "..."` is an inline command, not a script
    facts = scan(tree(tmp_path / "b", {**PY, ".github/workflows/ci.yml": workflow(
        "bash -ec 'ci/run.sh'")}))
    assert not commands(facts, "test_command") & {"bash -ec 'ci/run.sh'"}


def test_pre_commit_as_a_module_lints_and_installing_its_hooks_does_not(tmp_path):
    files = {**PY, ".pre-commit-config.yaml": "repos: []\n",
             ".github/workflows/ci.yml": workflow("pre-commit install-hooks",
                                                  "python -m pre_commit run --all-files",
                                                  job="lint")}
    lints = commands(scan(tree(tmp_path, files)), "lint_command")
    assert "python -m pre_commit run --all-files" in lints
    assert "pre-commit install-hooks" not in lints


def test_a_retry_action_runs_its_command(tmp_path):
    step = ("      - uses: nick-fields/retry@v3\n        with:\n          max_attempts: 3\n"
            "          command: yarn test:ci --shard=1/2\n")
    facts = scan(tree(tmp_path, {
        "package.json": json.dumps({"name": "x", "scripts": {"test:ci": "jest --ci"}}),
        "yarn.lock": "", ".github/workflows/ci.yml": workflow(steps=step)}))
    assert "yarn test:ci --shard=1/2" in commands(facts, "test_command")


def test_a_tox_env_named_for_a_python_runs_the_base_env(tmp_path):
    files = {**PY, "tox.ini": "[tox]\nenv_list = lint, py\n[testenv]\ncommands = pytest\n"
                              "[testenv:lint]\ncommands = ruff check .\n",
             ".github/workflows/ci.yml": workflow("tox -e py${{ matrix.py }}").replace(
                 "    steps:", "    strategy:\n      matrix:\n        include:\n"
                 "          - py: '3.12'\n    steps:")}
    assert "tox -e py3.12" in commands(scan(tree(tmp_path, files)), "test_command")


def test_a_make_variable_before_a_command_is_no_command_substitution(tmp_path):
    facts = scan(tree(tmp_path, {
        "Makefile": "jstest:\n\tcd web; TESTPATH=$(TESTPATH) yarn run testcoverage\n",
        "web/package.json": json.dumps({"name": "w", "scripts": {
            "testcoverage": "jest --coverage"}}), "web/yarn.lock": "",
        ".github/workflows/ci.yml": workflow("make jstest")}))
    assert "make jstest" in commands(facts, "test_command")


def test_a_workspace_packages_own_binary_run_through_node_is_that_program(tmp_path):
    facts = scan(tree(tmp_path, {
        "package.json": json.dumps({"name": "x", "workspaces": ["packages/*"], "scripts": {
            "jest": "node ./packages/jest-cli/bin/jest.js", "test-ci": "yarn jest --ci"}}),
        "yarn.lock": "", "packages/jest-cli/package.json": "{}",
        ".github/workflows/ci.yml": workflow("yarn test-ci")}))
    assert "yarn test-ci" in commands(facts, "test_command")


def test_test_scripts_leave_room_for_the_linters(tmp_path):
    scripts = {f"test:{i}": f"vitest run --project p{i}" for i in range(12)}
    scripts["zz-lint"] = "eslint ."
    facts = scan(tree(tmp_path, {"package.json": json.dumps({"name": "x", "scripts": scripts}),
                                 "package-lock.json": ""}))
    assert "npm run zz-lint" in commands(facts, "lint_command")
    assert len(commands(facts, "test_command")) <= 5


def test_the_binary_a_repository_builds_is_not_the_tool_of_that_name(tmp_path):
    files = {**GO, "cmd/golangci-lint/main.go": "package main\n",
             ".github/workflows/ci.yml": workflow("make build", "./golangci-lint config path",
                                                  job="check")}
    assert not commands(scan(tree(tmp_path / "a", files)), "lint_command")
    # a linter CI downloaded to ./bin is still that linter
    files = {**GO, ".github/workflows/ci.yml": workflow("./bin/golangci-lint run", job="lint")}
    assert "./bin/golangci-lint run" in commands(scan(tree(tmp_path / "b", files)),
                                                 "lint_command")


def test_e2e_directories_are_tests_not_source(tmp_path):
    facts = scan(tree(tmp_path, {**PY, "e2e_playwright/test_app.py": "",
                                 "web-e2e/spec.ts": ""}))
    assert "e2e_playwright" not in paths(facts, "layout:source")
    assert "e2e_playwright" in paths(facts, "layout:tests")


def test_nox_sessions_ci_never_runs_beside_the_one_it_does_are_variants(tmp_path):
    noxfile = ("import nox\n\n@nox.session(python=['3.12', '3.13'])\ndef tests(session):\n"
               "    session.run('pytest')\n\n@nox.session\ndef mamba_tests(session):\n"
               "    session.run('pytest', '-m', 'conda')\n")
    files = {**PY, "noxfile.py": noxfile,
             ".github/workflows/ci.yml": workflow('nox --session "tests-3.12"')}
    tests = commands(scan(tree(tmp_path / "a", files)), "test_command")
    assert "nox -s tests" in tests and "nox -s mamba_tests" not in tests
    # CI runs bare `nox`: every session may be what it runs
    files[".github/workflows/ci.yml"] = workflow("nox")
    assert "nox -s mamba_tests" in commands(scan(tree(tmp_path / "b", files)), "test_command")


def test_a_build_in_a_test_directory_is_the_harness_not_the_project(tmp_path):
    files = {**GO, "tests/harness/Makefile": "image:\n\tdocker build -t h .\n",
             ".github/workflows/ci.yml": workflow("make -C tests/harness image",
                                                  job="build")}
    assert "make -C tests/harness image" not in commands(scan(tree(tmp_path, files)),
                                                         "build_command")


def test_merging_the_reports_of_test_shards_runs_no_tests(tmp_path):
    facts = scan(tree(tmp_path, {
        "package.json": json.dumps({"name": "x", "scripts": {"test": "vitest run"}}),
        "pnpm-lock.yaml": "", ".github/workflows/ci.yml": workflow(
            "pnpm test --shard=1/2", "pnpm test --merge-reports", "pnpm exec vitest list")}))
    tests = commands(facts, "test_command")
    assert "pnpm test --shard=1/2" in tests
    assert not tests & {"pnpm test --merge-reports", "pnpm exec vitest list"}


def test_tools_ci_runs_through_uv_make_uv_a_tool_to_have(tmp_path):
    def tools(files: dict[str, str]) -> set[str]:
        return {f.tool for f in scan(tree(tmp_path / str(len(list(tmp_path.iterdir()))),
                                          files)) if f.kind == "env"}

    tox = {**PY, "tox.ini": "[tox]\nenv_list = py\n[testenv]\ncommands = pytest\n"}
    assert "uv" in tools({**tox, ".github/workflows/ci.yml": workflow(
        'uv tool install "tox>=4" --with tox-uv', "tox run -e py")})
    assert "uv" in tools({**PY, ".github/workflows/ci.yml": workflow("uvx nox -s tests")})
    # the project names its own environment tool: uv only ran one of CI's tools
    assert "uv" not in tools({**tox, "poetry.lock": "", ".github/workflows/ci.yml": workflow(
        "uvx ruff check .", "poetry install", "poetry run pytest")})
