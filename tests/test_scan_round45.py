"""Scan rules from round 45's first run on held-out real repositories: each test is one
general rule, on a small tree of its own."""

from __future__ import annotations

from gcode.scan import scan
from scan_helpers import PY, commands, paths, tree, workflow


def test_zuban_is_a_type_checker(tmp_path):
    files = {**PY, ".github/workflows/ci.yml": workflow("flake8 x", "zuban check", job="lint")}
    assert "zuban check" in commands(scan(tree(tmp_path, files)), "lint_command")


def test_cibuildwheel_builds_wheels_also_through_uvx(tmp_path):
    files = {**PY, ".github/workflows/ci.yml": workflow(
        "uvx --from 'cibuildwheel==4.1.1' cibuildwheel --output-dir wheelhouse", job="wheels")}
    builds = commands(scan(tree(tmp_path, files)), "build_command")
    assert "uvx --from 'cibuildwheel==4.1.1' cibuildwheel --output-dir wheelhouse" in builds


def test_package_scripts_named_for_git_hooks_are_not_offered(tmp_path):
    pkg = ('{"name": "x", "scripts": {"test": "mocha", "lint": "eslint lib", '
           '"commitmsg": "commitlint -e", "prepush": "npm run lint"}}')
    files = {"package.json": pkg, "package-lock.json": "", "lib/x.js": "",
             ".github/workflows/ci.yml": workflow("npm ci", "npm test")}
    lints = commands(scan(tree(tmp_path, files)), "lint_command")
    assert "npm run lint" in lints
    assert not {"npm run commitmsg", "npm run prepush"} & lints


def test_a_lint_script_running_an_unknown_cli_still_lints(tmp_path):
    pkg = ('{"name": "x", "scripts": {"test": "mocha", "lint:js": "rs check && heading-case", '
           '"lint:fix": "rs check --fix"}}')
    files = {"package.json": pkg, "package-lock.json": "", "lib/x.js": "",
             ".github/workflows/ci.yml": workflow("npm ci", "npm run lint:js", "npm test")}
    lints = commands(scan(tree(tmp_path, files)), "lint_command")
    assert "npm run lint:js" in lints
    assert "npm run lint:fix" not in lints


def test_a_quoted_assignment_from_a_substitution_runs_the_command(tmp_path):
    files = {"go.mod": "module x\n\ngo 1.22\n", "x.go": "",
             ".github/workflows/ci.yml": workflow('DIFF="$(gofmt -s -d .)"', "go test ./...")}
    assert "gofmt -s -d ." in commands(scan(tree(tmp_path, files)), "lint_command")


def test_a_workspace_package_in_a_hidden_directory_is_no_source(tmp_path):
    files = {"package.json": '{"name": "x", "private": true}', "pnpm-lock.yaml": "",
             "pnpm-workspace.yaml": "packages:\n  - 'packages/*'\n  - '.agents/skills/*'\n",
             "packages/core/package.json": '{"name": "core"}', "packages/core/src/a.ts": "",
             ".agents/skills/tracker/package.json": '{"name": "tracker"}',
             ".agents/skills/tracker/index.ts": ""}
    sources = paths(scan(tree(tmp_path, files)), "layout:source")
    assert any(p.startswith("packages") for p in sources)
    assert not any(p.startswith(".agents") for p in sources)


def test_a_test_script_that_builds_an_image_first_still_tests(tmp_path):
    script = ('#!/bin/sh\nset -e\nimage="$(docker build . -f "x.Dockerfile" -q)"\n'
              'docker run --rm "$image" ./run-suite\n')
    files = {"go.mod": "module x\n\ngo 1.22\n", "x.go": "", "assets/docker/test.sh": script,
             ".github/workflows/ci.yml": workflow("./assets/docker/test.sh alpine")}
    facts = scan(tree(tmp_path, files))
    assert "./assets/docker/test.sh alpine" in commands(facts, "test_command")
    assert "./assets/docker/test.sh alpine" not in commands(facts, "build_command")


def test_an_unread_lint_script_ci_never_runs_is_not_offered(tmp_path):
    pkg = ('{"name": "x", "scripts": {"test": "mocha", "lint:ts": "dtslint types", '
           '"lint": "pnpm run -w --parallel \'/^lint:/\'"}}')
    files = {"package.json": pkg, "package-lock.json": "", "lib/x.js": "",
             ".github/workflows/ci.yml": workflow("npm ci", "npm test")}
    lints = commands(scan(tree(tmp_path, files)), "lint_command")
    assert not {"npm run lint:ts", "npm run lint"} & lints


def test_a_job_switched_off_with_if_false_is_not_read(tmp_path):
    wf = ("name: ci\non: [push, pull_request]\njobs:\n  test:\n    runs-on: x\n    steps:\n"
          "      - run: pytest\n  types:\n    runs-on: x\n    if: ${{ false }}\n    steps:\n"
          "      - run: mypy x\n")
    facts = scan(tree(tmp_path, {**PY, ".github/workflows/ci.yml": wf}))
    assert "pytest" in commands(facts, "test_command")
    assert "mypy x" not in commands(facts, "lint_command")


def test_a_workspaces_default_members_come_first_among_many_crates(tmp_path):
    files = {"Cargo.toml": "[workspace]\nmembers = ['app-*']\ndefault-members = ['app-zz']\n"}
    for n in ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "zz"]:
        files[f"app-{n}/Cargo.toml"] = f"[package]\nname = 'app-{n}'\nversion = '0.1.0'\n"
        files[f"app-{n}/src/lib.rs"] = "pub fn f() {}\n"
    sources = paths(scan(tree(tmp_path, files)), "layout:source")
    assert any(p.startswith("app-zz") for p in sources)
