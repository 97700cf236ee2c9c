"""Scan rules from round 11's first run on held-out real repositories: each test is one
general rule, on a small tree of its own."""

from __future__ import annotations

import json

from gcode.scan import scan
from gcode.scan.shell import commands as shell_commands
from scan_helpers import PY, commands, paths, tree, workflow


def test_a_condition_that_discards_its_output_is_a_probe_not_a_step():
    script = ("if make lint_package > /dev/null 2>&1; then\n  make lint_package\nelse\n"
              "  make lint\nfi\n")
    assert shell_commands(script) == ["make lint_package", "make lint"]
    # a condition that shows its output is still run for what it does
    assert shell_commands("if pytest -q; then echo ok; fi") == ["pytest -q", "echo ok"]


def test_a_target_named_for_checking_the_tests_lints(tmp_path):
    files = {**PY, ".github/workflows/ci.yml": workflow("make lint_tests", "make test_unit",
                                                        job="checks")}
    facts = scan(tree(tmp_path, files))  # no Makefile to read here: the names decide
    assert "make lint_tests" in commands(facts, "lint_command")
    assert "make lint_tests" not in commands(facts, "test_command")
    assert "make test_unit" in commands(facts, "test_command")


def test_a_typecheck_script_that_also_runs_the_type_tests_is_a_check(tmp_path):
    facts = scan(tree(tmp_path, {
        "package.json": json.dumps({"name": "x", "scripts": {
            "typecheck": "tsc --noEmit && cd type-tests && npm run test",
            "test": "jest"}}),
        "package-lock.json": "",
        "type-tests/package.json": json.dumps({"name": "t", "scripts": {"test": "tsc -p ."}}),
        "src/index.ts": ""}))
    assert "npm run typecheck" in commands(facts, "lint_command")
    assert "npm run typecheck" not in commands(facts, "test_command")


def test_a_tox_range_factor_expands_and_versions_of_one_env_are_one_task(tmp_path):
    facts = scan(tree(tmp_path, {**PY, "tox.ini": (
        "[tox]\nenv_list =\n    3.1{0-3}-{tests,mypy}\n    lint\n[testenv]\ncommands =\n"
        "    tests: pytest\n    mypy: mypy src\n[testenv:lint]\ncommands = ruff check .\n")}))
    lints = commands(facts, "lint_command")
    assert "tox -e 3.10-mypy" in lints and "tox -e lint" in lints
    assert not {c for c in lints if "3.11" in c or "3.13" in c or "0-3" in c}


def test_a_gitlab_job_whose_command_is_a_variable_runs_that_command(tmp_path):
    facts = scan(tree(tmp_path, {**PY, ".gitlab-ci.yml": (
        "stages: [check]\n.checks:\n  stage: check\n  script:\n"
        "    - pip install -r dev-requirements.txt\n    - $CHECK_COMMAND\n"
        "lint:\n  extends: .checks\n  variables:\n"
        "    CHECK_COMMAND: pre-commit run --all-files\n"
        "pytest:\n  extends: .checks\n  variables:\n    CHECK_COMMAND: pytest\n")}))
    assert "pre-commit run --all-files" in commands(facts, "lint_command")
    assert "pytest" in commands(facts, "test_command")


def test_the_socket_firewall_wrapper_runs_its_command(tmp_path):
    files = {**PY, "uv.lock": "", ".pre-commit-config.yaml": "repos: []\n",
             ".github/workflows/ci.yml": workflow("sfw uv run pre-commit run --all",
                                                  job="linters")}
    assert "sfw uv run pre-commit run --all" in commands(scan(tree(tmp_path, files)),
                                                         "lint_command")


def test_a_workspace_lists_the_crates_its_root_package_is_made_of_first(tmp_path):
    members = [f"lib-{i:02}" for i in range(14)]
    files = {"Cargo.toml": (
        "[package]\nname = 'tool'\n[dependencies]\ncore = { path = 'core' }\n"
        f"[workspace]\nmembers = {json.dumps(members + ['core'])}\n"), "src/main.rs": "",
        "core/Cargo.toml": "[package]\nname = 'core'\n", "core/src/lib.rs": ""}
    for m in members:
        files[f"{m}/Cargo.toml"] = f"[package]\nname = '{m}'\n"
        files[f"{m}/src/lib.rs"] = ""
    source = paths(scan(tree(tmp_path, files)), "layout:source")
    assert "core" in source  # not cut off behind a dozen helper crates


def test_jest_style_tests_beside_the_code_are_test_dirs(tmp_path):
    facts = scan(tree(tmp_path, {
        "package.json": json.dumps({"name": "x", "scripts": {"test": "jest"}}),
        "package-lock.json": "", "src/index.ts": "", "src/__tests__/index.test.ts": ""}))
    assert "src/__tests__" in paths(facts, "layout:tests")
    assert "src/__tests__" not in paths(facts, "layout:source")
