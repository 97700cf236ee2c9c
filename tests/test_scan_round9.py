"""Scan rules from round 8's leftovers (checked against round 9's held-out repositories):
each test is one general rule, on a small tree of its own."""

from __future__ import annotations

import json

from gcode.scan import scan
from scan_helpers import commands, paths, tree, workflow


GO = {"go.mod": "module x\n\ngo 1.22\n", "main.go": "package main\n"}


def test_a_release_workflow_that_checks_pull_requests_is_read_when_it_is_the_only_one(
        tmp_path):
    files = {**GO, ".github/workflows/release.yaml": workflow(
        "npm --prefix=./ui run build", "go test -race ./...", name="basebuild",
        job="goreleaser")}
    assert "go test -race ./..." in commands(scan(tree(tmp_path / "a", files)),
                                             "test_command")
    # the same workflow beside a CI of its own: releasing stays out of what is read
    files[".github/workflows/ci.yml"] = workflow("go test ./...")
    assert "go test -race ./..." not in commands(scan(tree(tmp_path / "b", files)),
                                                 "test_command")
    # only on tags: never a check of changes, even alone
    files = {**GO, ".github/workflows/release.yaml": workflow(
        "go test -race ./...", on="{push: {tags: ['v*']}}")}
    assert "go test -race ./..." not in commands(scan(tree(tmp_path / "c", files)),
                                                 "test_command")


def test_go_vet_is_not_offered_when_ci_is_read_and_vets_nothing(tmp_path):
    lints = commands(scan(tree(tmp_path / "a", {
        **GO, ".github/workflows/ci.yml": workflow("make dist")})), "lint_command")
    assert "go vet ./..." not in lints
    # no CI at all: the standard Go check is still the one to offer
    assert "go vet ./..." in commands(scan(tree(tmp_path / "b", GO)), "lint_command")


def test_a_linter_config_nothing_runs_is_not_a_lint_when_ci_is_read(tmp_path):
    files = {"pyproject.toml": "[project]\nname = 'x'\n", ".flake8": "[flake8]\n",
             "requirements.txt": "django\nflake8==7.3.0\n", "x/__init__.py": "",
             ".github/workflows/ci.yml": workflow("pytest")}
    assert "flake8" not in commands(scan(tree(tmp_path / "a", files)), "lint_command")
    # a task runs it: kept
    files["Makefile"] = "lint:\n\tflake8 x\n"
    facts = scan(tree(tmp_path / "b", files))
    assert "make lint" in commands(facts, "lint_command")
    # CI runs steps from a CircleCI orb (not read here): it may well run flake8
    files = {k: v for k, v in files.items() if not k.startswith((".github", "Makefile"))}
    files[".circleci/config.yml"] = ("version: 2.1\norbs:\n  orb: some/orb@1.0\njobs:\n"
                                     "  test:\n    steps:\n      - run: pytest\n"
                                     "workflows:\n  main:\n    jobs: [test]\n")
    assert "flake8" in commands(scan(tree(tmp_path / "c", files)), "lint_command")


def test_a_script_reached_through_a_ci_task_makes_its_siblings_variants(tmp_path):
    facts = scan(tree(tmp_path, {
        "Taskfile.yml": "version: '3'\ntasks:\n  test:ci:\n    cmds:\n"
                        "      - cd frontend && pnpm run test:ci\n",
        "frontend/package.json": json.dumps({"name": "f", "scripts": {
            "test:ci": "vitest --run", "test:local": "vitest --run --config local.ts",
            "build": "nuxt build"}}),
        "frontend/pnpm-lock.yaml": "",
        ".github/workflows/ci.yml": workflow("task test:ci")}))
    tests = commands(facts, "test_command")
    assert "task test:ci" in tests
    assert "pnpm run test:local" not in tests


def test_helper_and_reproducibility_targets_are_side_tasks(tmp_path):
    facts = scan(tree(tmp_path, {
        **GO, "Makefile": "build:\n\tgo build -o app .\n\n"
                          "tools:\n\tgo build -o tools ./tools/...\n\n"
                          "repro-check:\n\t$(MAKE) build\n\tshasum -c sums.txt\n"}))
    found = {c for f in facts if (c := f.command)}
    assert "make build" in commands(facts, "build_command")
    assert not found & {"make tools", "make repro-check"}


def test_a_django_site_builds_no_package(tmp_path):
    files = {"pyproject.toml": "[build-system]\nbuild-backend = 'hatchling.build'\n"
                               "[project]\nname = 'site'\n",
             "site/manage.py": "", "site/site/__init__.py": ""}
    assert "python -m build" not in commands(scan(tree(tmp_path / "a", files)),
                                             "build_command")
    del files["site/manage.py"]
    assert "python -m build" in commands(scan(tree(tmp_path / "b", files)), "build_command")


def test_a_tests_folder_of_helpers_only_is_no_test_dir(tmp_path):
    facts = scan(tree(tmp_path / "a", {
        "package.json": json.dumps({"name": "x", "scripts": {"test": "vitest"}}),
        "src/a.ts": "", "tests/utils.ts": "", "src/a.test.ts": ""}))
    assert "tests" not in paths(facts, "layout:tests")
    facts = scan(tree(tmp_path / "b", {
        "package.json": json.dumps({"name": "x", "scripts": {"test": "vitest"}}),
        "src/a.ts": "", "tests/utils.ts": "", "tests/a.test.ts": ""}))
    assert "tests" in paths(facts, "layout:tests")


def test_a_wheel_built_from_the_sdist_is_a_check_not_the_build(tmp_path):
    facts = scan(tree(tmp_path, {
        "pyproject.toml": "[build-system]\nbuild-backend = 'pdm.backend'\n[project]\nname='x'\n",
        "x/__init__.py": "",
        ".github/workflows/ci.yml": workflow(
            "python -m build --sdist", "cd dist && pip wheel --no-deps x*.tar.gz")}))
    build = commands(facts, "build_command")
    assert "python -m build --sdist" in build
    assert not any(c.startswith("pip wheel") for c in build)


def test_a_package_of_documentation_examples_is_not_source(tmp_path):
    facts = scan(tree(tmp_path, {
        "pyproject.toml": "[project]\nname = 'x'\n", "x/__init__.py": "",
        "docs_src/__init__.py": "", "docs_src/tutorial.py": ""}))
    assert paths(facts, "layout:source") == ["x"]
