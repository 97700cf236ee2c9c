"""Scan rules from round 37's first run on held-out real repositories: each test is one
general rule, on a small tree of its own."""

from __future__ import annotations

import json

from gcode.scan import scan
from scan_helpers import PY, commands, paths, tree, workflow

_MAKE = ("test:\n\tpython -m coverage run -m x.tests\n\tpython -m mypy -p x\n\n"
         "lint:\n\tpython -m flake8 x\n\tpython -m ufmt check x\n\n"
         "format:\n\tpython -m ufmt format x\n")


def test_ufmt_check_lints_and_a_test_package_run_by_coverage_tests(tmp_path):
    files = {**PY, "x/tests/__init__.py": "", "x/tests/__main__.py": "",
             "x/tests/smoke.py": "", "makefile": _MAKE,
             ".github/workflows/ci.yml": workflow("make test", "make lint")}
    facts = scan(tree(tmp_path, files))
    assert "make lint" in commands(facts, "lint_command")  # `ufmt check` rewrites nothing
    assert "make test" in commands(facts, "test_command")  # `-m x.tests`: the tests
    assert "make format" in commands(facts, "format_command")


def test_a_tests_package_run_as_a_module_is_the_packages_own_tests(tmp_path):
    files = {**PY, "x/tests/__init__.py": "", "x/tests/__main__.py": "",
             "x/tests/smoke.py": "", "x/tests/helpers.py": ""}
    assert "x/tests" in paths(scan(tree(tmp_path, files)), "layout:tests")
    # without a __main__ the modules (none named for tests) are helpers shipped for users
    (tmp_path / "x/tests/__main__.py").unlink()
    assert "x/tests" not in paths(scan(tmp_path), "layout:tests")


def test_a_script_whose_pre_hook_builds_is_not_a_build(tmp_path):
    pkg = {"name": "x", "scripts": {"test": "tap", "prepare": "tsc && esbuild src/x.ts",
                                    "preprof": "npm run prepare", "prof": "bash prof.sh"}}
    files = {"package.json": json.dumps(pkg), "package-lock.json": "", "src/x.ts": "",
             "test/x.ts": "", "prof.sh": "node --prof dist/x.js\n"}
    assert "npm run prof" not in commands(scan(tree(tmp_path, files)), "build_command")
    # a script named for building still builds through its hook
    pkg["scripts"]["bundle"] = pkg["scripts"].pop("prof")
    pkg["scripts"]["prebundle"] = pkg["scripts"].pop("preprof")
    (tmp_path / "package.json").write_text(json.dumps(pkg))
    assert "npm run bundle" in commands(scan(tmp_path), "build_command")


def test_a_scripts_directory_entry_point_is_named_by_its_directory(tmp_path):
    pkg = {"name": "x", "scripts": {"run-tests": "tsx scripts/run-tests/index.ts"}}
    files = {"package.json": json.dumps(pkg), "package-lock.json": "",
             "scripts/run-tests/index.ts": "", "src/x.ts": "",
             ".github/workflows/ci.yml": workflow("npm ci", "npm run run-tests")}
    assert "npm run run-tests" in commands(scan(tree(tmp_path, files)), "test_command")
    (tmp_path / "scripts/run-tests/index.ts").rename(tmp_path / "scripts/run-tests/other.ts")
    pkg["scripts"]["run-tests"] = "tsx scripts/run-tests/other.ts"
    (tmp_path / "package.json").write_text(json.dumps(pkg))
    assert "npm run run-tests" not in commands(scan(tmp_path), "test_command")


_CRATE = "[package]\nname = 'x'\nversion = '0.1.0'\n"


def test_no_clippy_where_ci_checks_formatting_and_only_msrv_compiles(tmp_path):
    wf = workflow("cargo fmt -- --check", job="lint") + \
        "  msrv:\n    runs-on: x\n    steps:\n      - run: cargo check\n" + \
        "  test:\n    runs-on: x\n    steps:\n      - run: cargo test\n" + \
        "      - run: cd compare && cargo bench --no-run\n"
    files = {"Cargo.toml": _CRATE, "src/lib.rs": "", "tests/t.rs": "",
             "compare/Cargo.toml": _CRATE.replace("'x'", "'compare'"),
             "compare/benches/b.rs": "", ".github/workflows/ci.yml": wf}
    lints = commands(scan(tree(tmp_path, files)), "lint_command")
    assert not any("clippy" in c for c in lints)  # neither the root nor compare/
    # a plain `cargo check` in an ordinary job may stand in for clippy: clippy is offered
    (tmp_path / ".github/workflows/ci.yml").write_text(wf.replace("  msrv:", "  check:"))
    assert any("clippy" in c for c in commands(scan(tmp_path), "lint_command"))


def test_a_crates_targets_off_the_default_paths_are_its_code_and_tests(tmp_path):
    manifest = _CRATE + ("\n[lib]\npath = 'rust/src/lib.rs'\n\n[[test]]\nname = 'api'\n"
                         "path = 'rust/tests/api.rs'\n")
    files = {"Cargo.toml": manifest, "rust/src/lib.rs": "", "rust/tests/api.rs": "",
             **PY, "tests/test_x.py": ""}
    facts = scan(tree(tmp_path, files))
    assert "rust/src" in paths(facts, "layout:source")
    assert "rust/tests" in paths(facts, "layout:tests")


def test_a_test_generator_is_not_a_test_dir(tmp_path):
    files = {"Cargo.toml": _CRATE, "src/lib.rs": "", "tests/t.rs": "",
             "test-gen/Cargo.toml": _CRATE.replace("'x'", "'test-gen'"),
             "test-gen/src/main.rs": ""}
    tests = paths(scan(tree(tmp_path, files)), "layout:tests")
    assert "tests" in tests and "test-gen" not in tests
