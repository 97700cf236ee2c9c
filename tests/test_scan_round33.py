"""Scan rules from round 33's first run on held-out real repositories: each test is one
general rule, on a small tree of its own."""

from __future__ import annotations

import json

from gcode.scan import scan
from scan_helpers import PY, commands, tree, workflow

GO = {"go.mod": "module example.org/x\n\ngo 1.24\n", "x.go": "package x\n"}


def test_a_gofumpt_that_only_lists_files_is_a_check_not_a_formatter(tmp_path):
    script = ("#!/bin/sh\nset -e\nunformatted=$(go tool gofumpt -l .)\n"
              "if [ -n \"$unformatted\" ]; then\n  exit 1\nfi\n")
    files = {**GO, "scripts/gofumpt-check.sh": script,
             ".github/workflows/ci.yml": workflow("./scripts/gofumpt-check.sh", job="lint")}
    facts = scan(tree(tmp_path, files))
    assert "./scripts/gofumpt-check.sh" in commands(facts, "lint_command")
    assert "./scripts/gofumpt-check.sh" not in commands(facts, "format_command")
    (tmp_path / "Makefile").write_text("format:\n\tgofumpt -l -w .\n")
    assert "make format" in commands(scan(tmp_path), "format_command")  # -w rewrites


def test_a_script_that_only_prints_a_pointer_elsewhere_is_no_test(tmp_path):
    pkg = {"name": "x", "scripts": {"test": "echo \"Use just test-node\"",
                                    "lint": "eslint ."}}
    files = {"package.json": json.dumps(pkg), "pnpm-lock.yaml": "", "src/index.ts": ""}
    facts = scan(tree(tmp_path, files))
    assert not {c for c in commands(facts, "test_command") if c.endswith("test")}
    pkg["scripts"]["test"] = "node --test"
    (tmp_path / "package.json").write_text(json.dumps(pkg))
    assert "pnpm test" in commands(scan(tmp_path), "test_command")


def test_a_task_that_builds_then_runs_the_binary_at_the_root_is_no_build(tmp_path):
    justfile = ("build:\n    go build -gcflags='all=-N -l'\n\n"
                "print-log: build\n    ./app --logs\n\n"
                "package: build\n    ./gradlew assemble\n")
    facts = scan(tree(tmp_path, {**GO, "justfile": justfile}))
    builds = commands(facts, "build_command")
    assert "just build" in builds
    assert "just print-log" not in builds
    assert "just package" in builds  # a build driver kept at the root still builds


def test_a_task_that_is_only_a_second_name_for_another_is_not_offered(tmp_path):
    makefile = "all: build\n\nbuild:\n\tgo build ./...\n"
    facts = scan(tree(tmp_path, {**GO, "Makefile": makefile}))
    assert "make build" in commands(facts, "build_command")
    assert "make all" not in commands(facts, "build_command")
    (tmp_path / ".github/workflows").mkdir(parents=True)
    (tmp_path / ".github/workflows/ci.yml").write_text(workflow("make all", job="build"))
    assert "make all" in commands(scan(tmp_path), "build_command")  # CI calls it so


def test_a_package_task_that_builds_then_checks_the_dist_still_builds(tmp_path):
    makefile = ("package:\n\tpython -m pip install -r requirements/packaging.txt\n"
                "\tflit build\n\ttwine check dist/*\n"
                "check-dist:\n\tpython -m build\n\ttwine check dist/*\n")
    files = {**PY, "Makefile": makefile, "requirements/packaging.txt": "flit\ntwine\n",
             ".github/workflows/ci.yml": workflow("make package", "make check-dist",
                                                  job="build")}
    facts = scan(tree(tmp_path, files))
    assert "make package" in commands(facts, "build_command")
    assert "make check-dist" not in commands(facts, "build_command")


def test_a_setup_cfg_section_configuring_a_checker_does_not_count_as_running_it(tmp_path):
    files = {**PY, "setup.cfg": "[mypy]\nstrict = true\n\n[mypy-tests.*]\nignore_errors = 1\n",
             "Makefile": "check:\n\truff check x\n",
             ".github/workflows/ci.yml": workflow("make check", job="lint")}
    facts = scan(tree(tmp_path, files))
    assert "mypy" not in commands(facts, "lint_command")
    assert "make check" in commands(facts, "lint_command")


def test_a_nox_session_that_clones_another_repository_is_not_offered(tmp_path):
    noxfile = ("import nox\n\n@nox.session\ndef build(session):\n"
               "    session.run('python', '-m', 'build')\n\n"
               "@nox.session(default=False)\ndef downstream(session):\n"
               "    session.run('git', 'clone', session.posargs[0], external=True)\n"
               "    session.run('python', '-m', 'build', '--wheel', '.')\n")
    facts = scan(tree(tmp_path, {**PY, "noxfile.py": noxfile}))
    assert "nox -s build" in commands(facts, "build_command")
    assert "nox -s downstream" not in commands(facts, "build_command")


def test_a_release_rehearsal_through_the_repositorys_own_reusable_workflow_builds(tmp_path):
    caller = ("name: ci\non: [push, pull_request]\njobs:\n  test:\n    runs-on: x\n"
              "    steps:\n      - run: go test ./...\n"
              "  release-check:\n    uses: someone/x/.github/workflows/release.yml@v2\n"
              "    with:\n      args: --snapshot\n")
    release = ("name: release\non:\n  push:\n    tags: ['v*']\n  workflow_call:\n"
               "    inputs:\n      args:\n        type: string\n"
               "jobs:\n  release:\n    runs-on: x\n    steps:\n"
               "      - uses: goreleaser/goreleaser-action@v3\n        with:\n"
               "          args: release ${{ inputs.args }} --clean\n")
    files = {**GO, ".github/workflows/ci.yml": caller,
             ".github/workflows/release.yml": release}
    facts = scan(tree(tmp_path, files))
    assert "goreleaser release --snapshot --clean" in commands(facts, "build_command")


def test_vite_plus_runs_package_scripts_and_its_own_checks(tmp_path):
    tests_pkg = {"name": "x-tests", "scripts": {"test:main": "vitest run"}}
    files = {"package.json": json.dumps({"name": "root", "private": True}),
             "pnpm-workspace.yaml": "packages:\n  - packages/*\n", "pnpm-lock.yaml": "",
             "packages/tests/package.json": json.dumps(tests_pkg),
             "packages/x/package.json": json.dumps({"name": "x"}), "packages/x/src/a.ts": "",
             ".github/workflows/ci.yml": workflow("vp run --filter x-tests test:main",
                                                  "vp lint", "vp fmt")}
    facts = scan(tree(tmp_path, files))
    assert "vp run --filter x-tests test:main" in commands(facts, "test_command")
    assert "vp lint" in commands(facts, "lint_command")
    assert "vp fmt" not in commands(facts, "lint_command")


def test_a_publish_workflow_run_only_on_labelled_pull_requests_is_no_check(tmp_path):
    wf = ("name: Publish builds\non:\n  pull_request:\n    types: [labeled]\n"
          "  push:\n    branches: [main]\njobs:\n  build:\n    runs-on: x\n    steps:\n"
          "      - run: go build -o dist/x .\n")
    files = {**GO, ".github/workflows/packages.yml": wf,
             ".github/workflows/ci.yml": workflow("go test ./...")}
    facts = scan(tree(tmp_path, files))
    assert "go build -o dist/x ." not in commands(facts, "build_command")
    (tmp_path / ".github/workflows/packages.yml").write_text(wf.replace("[labeled]",
                                                                       "[opened, synchronize]"))
    assert "go build -o dist/x ." in commands(scan(tmp_path), "build_command")
