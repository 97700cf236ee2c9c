"""Scan rules from round 12's first run on held-out real repositories: each test is one
general rule, on a small tree of its own."""

from __future__ import annotations

from gcode.scan import scan
from scan_helpers import PY, commands, tree, workflow


def test_a_test_target_that_builds_an_image_then_runs_it_is_a_test(tmp_path):
    files = {**PY, "Makefile": (
        "test:\n\tdocker build -f tests/Dockerfile . -t xtest && docker run --rm xtest\n"
        "image:\n\tdocker build -t x .\n")}
    facts = scan(tree(tmp_path, files))
    assert "make test" in commands(facts, "test_command")
    assert "make test" not in commands(facts, "build_command")


def test_a_test_script_that_builds_first_then_runs_its_check_is_no_build(tmp_path):
    script = ("#!/usr/bin/env bash\nset -eux\nnpm --prefix js install\n"
              "node js/scripts/build.mjs\nnode js/packaging_tests/run.mjs cjs\n")
    files = {"js/package.json": '{"name": "x", "scripts": {"build": "node scripts/build.mjs"}}',
             "scripts/ci/packaging_test": script,
             ".github/workflows/ci.yml": workflow("./scripts/ci/packaging_test")}
    facts = scan(tree(tmp_path, files))
    assert "./scripts/ci/packaging_test" not in commands(facts, "build_command")


def test_a_go_module_of_tool_requirements_alone_has_no_go_tests(tmp_path):
    files = {**PY, "go.mod": "module example.org/devtools\n\ngo 1.24\n\n"
                             "tool mvdan.cc/sh/v3/cmd/shfmt\n", "docs/index.rst": ""}
    facts = scan(tree(tmp_path, files))
    assert "go test ./..." not in commands(facts, "test_command")
    assert "go build ./..." not in commands(facts, "build_command")
    # a module whose code sits a few directories down still tests
    (tmp_path / "cmd" / "tool").mkdir(parents=True)
    (tmp_path / "cmd" / "tool" / "main.go").write_text("package main\n")
    assert "go test ./..." in commands(scan(tmp_path), "test_command")
