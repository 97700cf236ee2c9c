"""Scan rules from round 35's first run on held-out real repositories: each test is one
general rule, on a small tree of its own."""

from __future__ import annotations

import json

from gcode.scan import scan
from scan_helpers import PY, commands, paths, tree, workflow


def _pnpm(scripts: dict[str, str]) -> dict[str, str]:
    pkg = {"name": "x", "packageManager": "pnpm@9.0.0", "scripts": scripts}
    return {"package.json": json.dumps(pkg), "pnpm-lock.yaml": "", "src/cli.ts": "",
            "src/index.ts": ""}


def test_a_build_script_running_the_projects_own_cli_through_another_script_builds(tmp_path):
    files = {**_pnpm({"build": "pnpm unbuild", "unbuild": "jiti ./src/cli",
                      "test": "vitest run"}),
             ".github/workflows/ci.yml": workflow("pnpm install", "pnpm build", "pnpm vitest run")}
    facts = scan(tree(tmp_path, files))
    assert "pnpm build" in commands(facts, "build_command")
    # a build script that runs a package script of another kind is not this convention
    (tmp_path / "package.json").write_text(json.dumps(
        {"name": "x", "packageManager": "pnpm@9.0.0",
         "scripts": {"build": "pnpm check", "check": "some-tool --flag", "test": "vitest run"}}))
    assert "pnpm build" not in commands(scan(tmp_path), "build_command")


def test_a_maven_project_beside_the_code_keeps_its_source_in_src_main(tmp_path):
    files = {**PY, "java/pom.xml": "<project/>\n", "java/src/main/java/com/x/y/A.java": "",
             "java/src/test/java/com/x/y/ATest.java": "",
             ".github/workflows/ci.yml": workflow("pytest")}
    facts = scan(tree(tmp_path, files))
    assert "java/src/main" in paths(facts, "layout:source")
    assert "x" in paths(facts, "layout:source")
    # a directory of Java files with no build of its own is no such project
    (tmp_path / "java/pom.xml").unlink()
    assert "java/src/main" not in paths(scan(tmp_path), "layout:source")


def test_a_tox_lint_env_is_not_offered_where_ci_lints_without_tox(tmp_path):
    tox = ("[tox]\nenvlist = check, py3\n\n[testenv]\ndeps = pytest\ncommands = pytest\n\n"
           "[testenv:check]\ndeps = flake8\ncommands = flake8 x tests\n")
    files = {**PY, "tests/test_x.py": "", "tox.ini": tox,
             "Makefile": "lint:\n\tpre-commit run --all-files\n",
             ".pre-commit-config.yaml": "repos: []\n",
             ".github/workflows/ci.yml": workflow("make lint", "pytest")}
    facts = scan(tree(tmp_path, files))
    assert "tox -e check" not in commands(facts, "lint_command")
    assert "make lint" in commands(facts, "lint_command")
    # where CI runs tox, its lint envs stay
    (tmp_path / ".github/workflows/ci.yml").write_text(workflow("make lint", "tox -e py3"))
    assert "tox -e check" in commands(scan(tmp_path), "lint_command")


def test_a_check_for_another_target_is_no_stand_in_for_clippy(tmp_path):
    files = {"Cargo.toml": "[package]\nname = 'x'\nversion = '0.1.0'\n", "src/lib.rs": "",
             ".github/workflows/ci.yml": workflow(
                 "cargo fmt --all --check", "cargo test",
                 "cargo check --target wasm32-unknown-unknown")}
    facts = scan(tree(tmp_path, files))
    assert not any("clippy" in c for c in commands(facts, "lint_command"))
    # a check of every target may stand in for clippy: the manifest's clippy stays offered
    (tmp_path / ".github/workflows/ci.yml").write_text(workflow(
        "cargo fmt --all --check", "cargo test", "cargo check --all-targets"))
    assert any("clippy" in c for c in commands(scan(tmp_path), "lint_command"))
