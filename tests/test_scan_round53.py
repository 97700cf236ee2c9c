"""Scan rules from round 53's repositories: each test is one general rule, on a small tree
of its own."""

from __future__ import annotations

from gcode.scan import scan
from scan_helpers import PY, commands, paths, tree, workflow

GO = {"go.mod": "module x\n\ngo 1.22\n", "main.go": "package main\n"}


def test_a_ci_lint_task_that_also_rewrites_a_little_is_a_check(tmp_path):
    make = ("lint:\n\tisort --check x\n\tblack --check x\n\tautoflake --in-place -r x\n"
            "lint-fix:\n\tisort x\n\tblack x\n\tautoflake --in-place -r x\n\truff check x\n")
    facts = scan(tree(tmp_path / "a", {**PY, "Makefile": make,
                                       ".github/workflows/ci.yml": workflow("make lint")}))
    assert "make lint" in commands(facts, "lint_command")
    # the task named for fixing stays a fix, whatever it also checks
    facts = scan(tree(tmp_path / "b", {**PY, "Makefile": make,
                                       ".github/workflows/ci.yml": workflow("make lint-fix")}))
    assert "make lint-fix" not in commands(facts, "lint_command")


def test_a_python_test_file_run_by_a_ci_script_makes_it_a_test(tmp_path):
    script = ("#!/usr/bin/env bash\nset -e\ncargo build --release\ncd vendor/spec/test\n"
              "python3 spec_tests.py --spec spec.txt --program ../../../target/release/x\n"
              "python3 roundtrip_tests.py --spec spec.txt\n")
    facts = scan(tree(tmp_path / "a", {
        "Cargo.toml": "[package]\nname = 'x'\nversion = '0.1.0'\n", "src/lib.rs": "",
        "script/cibuild": script, ".github/workflows/ci.yml": workflow("script/cibuild")}))
    assert "script/cibuild" in commands(facts, "test_command")
    # one in a test directory too; a script that writes tests, or a CI helper, is no test
    facts = scan(tree(tmp_path / "b", {**PY, ".github/workflows/ci.yml": workflow(
        "python tests/test_api.py", "python generate_tests.py",
        "python .github/scripts/check_wheel_test.py")}))
    assert commands(facts, "test_command") == {"python tests/test_api.py"}


def test_a_test_named_go_directory_of_test_files_inside_a_source_root_is_a_test_dir(
        tmp_path):
    files = {**GO, "internal/conv/conv.go": "package conv\n",
             "internal/tests/integration/integration.go": "package integration\n",
             "internal/tests/integration/basic_test.go": "package integration\n",
             "internal/tests/integration/files_test.go": "package integration\n",
             "internal/testutil/helpers.go": "package testutil\n"}
    found = paths(scan(tree(tmp_path, files)), "layout:tests")
    assert "internal/tests/integration" in found
    assert not any(p.startswith("internal/testutil") for p in found)  # helpers, no tests


def test_a_misspelt_phony_rule_is_no_task(tmp_path):
    make = ("PHONY: .docker-build .build .run\n\nbuild:\n\tgo build -o bin/x .\n")
    facts = scan(tree(tmp_path, {**GO, "Makefile": make}))
    assert "make PHONY" not in commands(facts, "build_command")
    assert "make build" in commands(facts, "build_command")


def test_guardonce_checkguard_is_a_lint_also_inside_a_command_substitution(tmp_path):
    step = ('      - run: |\n          wrong=$(checkguard -r src/ -p "name | upper")\n'
            '          if [[ $wrong ]]; then exit 1; fi\n')
    facts = scan(tree(tmp_path, {"CMakeLists.txt": "project(x)\n", "src/x.h": "",
                                 ".github/workflows/ci.yml": workflow(
                                     "pip install guardonce", steps=step)}))
    assert any(c.startswith("checkguard -r src/") for c in commands(facts, "lint_command"))
