"""Scan rules from round 27's first run on held-out real repositories: each test is one
general rule, on a small tree of its own."""

from __future__ import annotations

from gcode.scan import scan
from scan_helpers import PY, commands, tree, workflow

GO = {"go.mod": "module example.org/x\n\ngo 1.24\n", "x.go": "package x\n"}
RUST = {"Cargo.toml": "[package]\nname = 'x'\nversion = '0.1.0'\n", "src/lib.rs": ""}


def _tools(facts):
    return {f.tool for f in facts if f.kind == "env"}


def test_service_containers_of_a_test_job_are_env_tools(tmp_path):
    steps = ("    services:\n      db:\n        image: postgres:16\n"
             "      cache:\n        image: redis:7-alpine\n")
    ci = workflow("pytest").replace("    steps:\n", steps + "    steps:\n")
    facts = scan(tree(tmp_path, {**PY, ".github/workflows/ci.yml": ci}))
    assert {"postgres", "redis"} <= _tools(facts)


def test_setup_actions_install_env_tools(tmp_path):
    steps = ("      - uses: dtolnay/rust-toolchain@stable\n"
             "      - uses: supercharge/mongodb-github-action@1.10.0\n")
    files = {**RUST, ".github/workflows/ci.yml": workflow("cargo test", steps=steps)}
    assert {"rustup", "mongodb"} <= _tools(scan(tree(tmp_path, files)))


def test_a_release_workflows_services_are_not_env_tools(tmp_path):
    ci = workflow("pytest", name="release", on="[push]").replace(
        "    steps:\n", "    services:\n      db:\n        image: postgres\n    steps:\n")
    files = {**PY, ".github/workflows/release.yml": ci}
    assert "postgres" not in _tools(scan(tree(tmp_path, files)))


def test_bare_tox_under_tox_gh_runs_the_python_envs_not_the_envlist(tmp_path):
    ini = ("[tox]\nenvlist = py3{11,12}, lint\n\n[testenv]\ncommands = pytest {posargs}\n\n"
           "[testenv:lint]\ncommands = ruff check .\n\n"
           "[gh]\npython =\n    3.11 = py311\n    3.12 = py312\n")
    files = {**PY, "tox.ini": ini, ".github/workflows/ci.yml": workflow("python -m tox")}
    facts = scan(tree(tmp_path, files))
    assert "python -m tox" in commands(facts, "test_command")
    assert "python -m tox" not in commands(facts, "lint_command")


def test_a_dev_server_script_is_no_build_though_its_pre_hook_builds(tmp_path):
    pkg = ('{"name": "x", "scripts": {"build": "tsc", "predev": "npm run build", '
           '"dev": "next dev", "site": "vite", "site:build": "vite build"}}')
    facts = scan(tree(tmp_path, {"package.json": pkg, "package-lock.json": "",
                                 "src/index.ts": ""}))
    built = commands(facts, "build_command")
    assert "npm run dev" not in built and "npm run site" not in built
    assert "npm run build" in built


def test_go_run_of_another_modules_command_runs_that_program(tmp_path):
    taskfile = "version: '3'\ntasks:\n  test:\n    cmds:\n      - go test ./...\n"
    ci = workflow("go run github.com/go-task/task/v3/cmd/task test")
    files = {**GO, "Taskfile.yml": taskfile, ".github/workflows/ci.yml": ci}
    facts = scan(tree(tmp_path, files))
    assert "go run github.com/go-task/task/v3/cmd/task test" in commands(facts, "test_command")
    assert "task" in _tools(facts)
    # the module's own code (`go run ./cmd/x`) is not another program
    files = {**GO, ".github/workflows/ci.yml": workflow("go run ./cmd/gen")}
    assert not commands(scan(tree(tmp_path / "own", files)), "test_command") - {"go test ./..."}


def test_a_crate_setuptools_rust_builds_into_a_python_package_has_no_cargo_test(tmp_path):
    cargo = "[package]\nname = 'x'\nversion = '0.1.0'\n\n[lib]\ncrate-type = ['cdylib']\n"
    pyproject = ("[project]\nname = 'x'\n\n[build-system]\nbuild-backend = "
                 "'setuptools.build_meta'\nrequires = ['setuptools', 'setuptools-rust']\n")
    files = {"Cargo.toml": cargo, "src/lib.rs": "", "pyproject.toml": pyproject,
             "x/__init__.py": "", "tests/test_x.py": ""}
    facts = scan(tree(tmp_path, files))
    assert not any(c.startswith("cargo test") for c in commands(facts, "test_command"))
    # a crate no Python package builds still tests with cargo
    files = {"Cargo.toml": cargo, "src/lib.rs": ""}
    assert "cargo test" in commands(scan(tree(tmp_path / "plain", files)), "test_command")


def test_a_lint_target_ci_never_calls_on_another_toolchain_is_a_variant(tmp_path):
    makefile = ("clippy:\n\tcargo clippy --workspace\n\n"
                "clippy-nightly:\n\tcargo +nightly clippy --workspace\n\n"
                "udeps:\n\tcargo +nightly udeps\n")
    files = {**RUST, "Makefile": makefile, ".github/workflows/ci.yml": workflow("make clippy")}
    linted = commands(scan(tree(tmp_path, files)), "lint_command")
    assert "make clippy" in linted and "make clippy-nightly" not in linted
