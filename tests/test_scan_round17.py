"""Scan rules from round 17's first run on held-out real repositories: each test is one
general rule, on a small tree of its own."""

from __future__ import annotations

from gcode.scan import scan
from scan_helpers import commands, tree, workflow

CRATE = {"Cargo.toml": "[package]\nname = 'x'\nversion = '0.1.0'\n", "src/main.rs": ""}
GITLAB_FMT = "rustfmt:\n  script:\n    - cargo fmt --all -- --check\n"


def test_ci_that_lints_with_the_format_check_alone_does_not_ask_for_clippy(tmp_path):
    facts = scan(tree(tmp_path, {**CRATE, ".gitlab-ci.yml": GITLAB_FMT}))
    lints = commands(facts, "lint_command")
    assert "cargo fmt --all -- --check" in lints
    assert not any("clippy" in c for c in lints)


def test_ci_with_another_rust_lint_beside_the_format_check_keeps_clippy(tmp_path):
    ci = GITLAB_FMT + "check:\n  script:\n    - cargo check --all-targets\n"
    facts = scan(tree(tmp_path, {**CRATE, ".gitlab-ci.yml": ci}))
    assert any("clippy" in c for c in commands(facts, "lint_command"))
    # and without CI the manifest's default stands
    assert any("clippy" in c for c in commands(scan(tree(tmp_path / "bare", CRATE)),
                                               "lint_command"))


def test_a_bun_package_with_test_files_and_no_test_script_runs_bun_test(tmp_path):
    pkg = ('{"name": "x", "scripts": {"lint": "biome check ./src"},'
           ' "devDependencies": {"@types/bun": "^1.3.0"}}')
    files = {"package.json": pkg, "bun.lock": "", "src/index.ts": "",
             "tests/index.test.ts": "",
             ".github/workflows/ci.yml": workflow("bun publish", job="publish")}
    assert "bun test" in commands(scan(tree(tmp_path, files)), "test_command")


def test_bun_test_needs_bun_test_files_and_the_bun_types(tmp_path):
    pkg = '{"name": "x", "devDependencies": {"@types/bun": "^1.3.0"}}'
    no_tests = {"package.json": pkg, "bun.lock": "", "src/index.ts": ""}
    assert "bun test" not in commands(scan(tree(tmp_path / "a", no_tests)), "test_command")
    npm = {"package.json": pkg, "package-lock.json": "", "tests/x.test.ts": ""}
    assert "bun test" not in commands(scan(tree(tmp_path / "b", npm)), "test_command")
    untyped = {"package.json": '{"name": "x"}', "bun.lock": "", "tests/x.test.ts": ""}
    assert "bun test" not in commands(scan(tree(tmp_path / "c", untyped)), "test_command")
