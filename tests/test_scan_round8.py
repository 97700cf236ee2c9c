"""Scan rules from the eighth held-out round of real repositories (web apps and services;
keys written from CI before the first scan): each test is one general rule, on a small
tree of its own."""

from __future__ import annotations

import json

from gcode.scan import scan
from scan_helpers import commands, paths, tree


def workflow(*runs: str, cwd: str = "") -> str:
    steps = "".join(f"      - run: {r}\n" + (f"        working-directory: {cwd}\n" if cwd else "")
                    for r in runs)
    return f"on: [push, pull_request]\njobs:\n  test:\n    runs-on: x\n    steps:\n{steps}"


def pkg(scripts: dict[str, str]) -> str:
    return json.dumps({"name": "x", "scripts": scripts})


def test_test_scripts_ci_never_calls_are_variants(tmp_path):
    facts = scan(tree(tmp_path, {
        "package.json": pkg({"test": "vitest run", "test:coverage": "vitest run --coverage",
                             "test:local": "vitest", "cypress-run": "cypress run",
                             "build": "vite build", "lint": "eslint ."}),
        "pnpm-lock.yaml": "", ".github/workflows/ci.yml": workflow("pnpm test")}))
    tests = commands(facts, "test_command")
    assert "pnpm test" in tests
    assert not tests & {"pnpm run test:coverage", "pnpm run cypress-run"}
    assert "pnpm run build" in commands(facts, "build_command")  # CI builds nothing: kept


def test_a_task_ci_calls_stays_and_containers_keep_them_all(tmp_path):
    files = {"package.json": pkg({"test": "jest", "test:e2e": "jest -c e2e.json"}),
             "package-lock.json": "",
             ".github/workflows/ci.yml": workflow("npm test", "npm run test:e2e -- --ci")}
    assert {"npm test", "npm run test:e2e -- --ci"} <= commands(
        scan(tree(tmp_path / "a", files)), "test_command")
    files[".github/workflows/ci.yml"] = workflow(
        "npm test", "docker compose -f ci.yaml up --exit-code-from api")
    # the container runs a command not read here: any of the scripts may be it
    assert "npm run test:e2e" in commands(scan(tree(tmp_path / "b", files)), "test_command")


def test_a_bare_make_in_ci_calls_the_default_goal(tmp_path):
    facts = scan(tree(tmp_path, {
        "Makefile": "all: app\n\napp:\n\tgo build -o app .\n\nimage:\n\tgo build -o img .\n",
        "go.mod": "module x\n", "x.go": "package x\n",
        ".github/workflows/ci.yml": workflow("make -j4")}))
    assert "make all" in commands(facts, "build_command")


def test_an_aggregate_build_is_offered_not_its_parts(tmp_path):
    facts = scan(tree(tmp_path, {
        "package.json": pkg({"build": "npm-run-all build-app build-tracker",
                             "build-app": "next build", "build-tracker": "rollup -c",
                             "build-fast": "npm run build-app --no-lint"}),
        "package-lock.json": ""}))
    build = commands(facts, "build_command")
    assert "npm run build" in build
    assert not build & {"npm run build-app", "npm run build-tracker"}
    assert "npm run build-fast" in build  # one call with flags: a variant, not a part


def test_dependency_install_before_a_build_is_still_the_build(tmp_path):
    facts = scan(tree(tmp_path, {
        "Makefile": "dist: build front\n\nbuild:\n\tgo build -o app ./cmd\n\n"
                    "front:\n\tcd web && yarn install && yarn build\n",
        "web/package.json": pkg({"build": "vite build"}), "web/yarn.lock": "",
        "go.mod": "module x\n", "cmd/main.go": "package main\n",
        ".github/workflows/ci.yml": workflow("make dist")}))
    assert "make dist" in commands(facts, "build_command")


def test_a_node_script_named_for_tests_tests(tmp_path):
    facts = scan(tree(tmp_path, {
        "package.json": pkg({"test-backend": "node test/test-backend.mjs",
                             "build": "node scripts/buildPackage.js"}),
        "package-lock.json": ""}))
    assert "npm run test-backend" in commands(facts, "test_command")
    assert "npm run build" in commands(facts, "build_command")


def test_docker_build_check_lints_the_dockerfile(tmp_path):
    facts = scan(tree(tmp_path, {"Dockerfile": "FROM x\n", ".github/workflows/ci.yml":
                                 workflow("docker build --check . -f Dockerfile")}))
    assert "docker build --check . -f Dockerfile" in commands(facts, "lint_command")
    assert not commands(facts, "build_command")


def test_script_arguments_are_passed_to_its_line(tmp_path):
    facts = scan(tree(tmp_path, {
        "package.json": pkg({"prettier": "prettier \"**/*.css\"",
                             "test:other": "yarn prettier --list-different"}),
        "yarn.lock": ""}))
    assert "yarn test:other" in commands(facts, "lint_command")


def test_a_taskfile_dir_runs_the_commands_there(tmp_path):
    facts = scan(tree(tmp_path, {
        "Taskfile.yml": "version: '3'\ntasks:\n  ui:fix:\n    dir: frontend\n    cmds:\n"
                        "      - pnpm run lint:fix\n  ui:check:\n    dir: frontend\n"
                        "    cmds:\n      - pnpm run typecheck\n",
        "frontend/package.json": pkg({"lint:fix": "eslint . --fix",
                                      "typecheck": "nuxi typecheck"}),
        "frontend/pnpm-lock.yaml": ""}))
    assert "task ui:fix" in commands(facts, "format_command")
    assert "task ui:fix" not in commands(facts, "lint_command")
    assert "task ui:check" in commands(facts, "lint_command")


def test_a_docs_site_is_neither_source_nor_a_sub_project(tmp_path):
    facts = scan(tree(tmp_path, {
        "Cargo.toml": "[package]\nname='x'\nversion='0.1.0'\n", "src/lib.rs": "",
        "docs-site/package.json": pkg({"build": "vite build"}), "docs-site/pnpm-lock.yaml": "",
        "docs-site/src/index.ts": "",
        "dev-docs/package.json": pkg({"typecheck": "tsc"}), "dev-docs/yarn.lock": "",
        "dev-docs/src/a.ts": ""}))
    assert not [f for f in facts if f.cwd in ("docs-site", "dev-docs")]
    assert not {t for f in facts if f.kind == "env" for t in [f.tool]} & {"pnpm", "yarn"}


def test_a_server_beside_the_web_front_end_is_source(tmp_path):
    facts = scan(tree(tmp_path, {"package.json": pkg({"build": "vite build"}),
                                 "package-lock.json": "", "server/server.js": "",
                                 "src/App.vue": "", "playwright/tests/a.spec.ts": ""}))
    assert {"server", "src"} <= set(paths(facts, "layout:source"))
    assert "playwright" not in paths(facts, "layout:source")


def test_nextest_in_ci_is_the_cargo_test(tmp_path):
    facts = scan(tree(tmp_path, {
        "Cargo.toml": "[workspace]\nmembers=['crates/a']\n",
        "crates/a/Cargo.toml": "[package]\nname='a'\nversion='0.1.0'\n", "crates/a/src/lib.rs": "",
        ".github/workflows/ci.yml": workflow("cargo nextest run --lib")}))
    assert commands(facts, "test_command") == {"cargo nextest run --lib"}


def test_concurrently_given_script_patterns_runs_them(tmp_path):
    facts = scan(tree(tmp_path, {
        "package.json": pkg({"@all": "concurrently --group --timings",
                             "lint": "npm run @all -- 'npm:lint:*'",
                             "lint:js": "eslint .", "lint:css": "stylelint **/*.scss",
                             "lint:both": "concurrently \"npm run lint:js\" \"npm run lint:css\""}),
        "package-lock.json": "", ".github/workflows/ci.yml": workflow("npm run lint")}))
    assert {"npm run lint", "npm run lint:both"} <= commands(facts, "lint_command")


def test_tox_ci_never_calls_is_not_how_to_test(tmp_path):
    files = {"tox.ini": "[tox]\nenvlist = py\n[testenv]\ncommands = pytest\n",
             "pyproject.toml": "[project]\nname='x'\n", "x/__init__.py": "",
             ".github/workflows/ci.yml": workflow("pip install -e .", "pytest -q")}
    facts = scan(tree(tmp_path / "a", files))
    assert "tox" not in commands(facts, "test_command")
    assert "pytest -q" in commands(facts, "test_command")
    # a job from another repository's workflow may run it: then it stays
    files[".github/workflows/main.yml"] = ("on: [push]\njobs:\n  main:\n"
                                           "    uses: org/workflows/.github/workflows/tox.yml@v1\n")
    assert "tox" in commands(scan(tree(tmp_path / "b", files)), "test_command")
