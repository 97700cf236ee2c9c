"""Scan rules from round 39's first run on held-out real repositories: each test is one
general rule, on a small tree of its own."""

from __future__ import annotations

from gcode.scan import scan
from scan_helpers import commands, paths, tree, workflow


def test_rust_ci_that_builds_and_tests_but_never_lints_implies_no_clippy(tmp_path):
    files = {"Cargo.toml": "[package]\nname = 'x'\nversion = '0.1.0'\n", "src/lib.rs": "",
             ".github/workflows/ci.yml": workflow("cargo build --verbose", "cargo test",
                                                  "cargo check --no-default-features")}
    lints = commands(scan(tree(tmp_path, files)), "lint_command")
    assert not any("clippy" in c or "fmt" in c for c in lints)
    files["rustfmt.toml"] = "edition = '2021'\n"
    lints = commands(scan(tree(tmp_path / "b", files)), "lint_command")
    assert any("fmt" in c for c in lints)


def test_a_zero_config_toolkits_lint_subcommand_is_a_lint(tmp_path):
    pkg = '{"name": "x", "scripts": {"lint": "tsdx lint", "test": "vitest run", "build": "tsc"}}'
    files = {"package.json": pkg, "yarn.lock": "", "src/x.ts": "",
             ".github/workflows/ci.yml": workflow("yarn install", "yarn lint", "yarn test")}
    assert "yarn lint" in commands(scan(tree(tmp_path, files)), "lint_command")


def test_a_command_run_in_a_nix_dev_shell_is_that_command(tmp_path):
    files = {"pyproject.toml": "[project]\nname = 'x'\n", "x/__init__.py": "", "flake.nix": "",
             ".github/workflows/ci.yml": workflow(
                 "nix develop .#lint --command prek run --all-files", "pytest")}
    lints = commands(scan(tree(tmp_path, files)), "lint_command")
    assert any("prek run" in c for c in lints)


def test_a_root_packages_path_dependencies_are_workspace_members(tmp_path):
    root = ("[package]\nname = 'x'\nversion = '0.1.0'\n\n[dependencies]\n"
            "x-core = { path = 'core' }\n\n[workspace]\nexclude = ['bench']\n")
    files = {"Cargo.toml": root, "src/lib.rs": "",
             "core/Cargo.toml": "[package]\nname = 'x-core'\nversion = '0.1.0'\n",
             "core/src/lib.rs": "", ".github/workflows/ci.yml": workflow("cargo test --all")}
    facts = scan(tree(tmp_path, files))
    assert any(p.startswith("core") for p in paths(facts, "layout:source"))
