"""Scan rules from round 16 (the held-out run on eleven more real repositories): each test
is one general rule, on a small tree of its own."""

from __future__ import annotations

import json

from gcode.scan import scan
from scan_helpers import commands, tree


def _package(scripts: dict[str, str]) -> dict[str, str]:
    return {"package.json": json.dumps({"name": "x", "scripts": scripts}),
            "package-lock.json": "", "src/index.ts": ""}


def test_vue_tsc_writing_declarations_is_a_build(tmp_path):
    """`vue-tsc --emitDeclarationOnly` writes the .d.ts files: a build step, while
    `vue-tsc --noEmit` (or plain `vue-tsc`) stays a type check."""
    files = _package({"build:types": "vue-tsc --emitDeclarationOnly",
                      "typecheck": "vue-tsc --noEmit", "check": "vue-tsc"})
    facts = scan(tree(tmp_path, files))
    assert "npm run build:types" in commands(facts, "build_command")
    assert "npm run build:types" not in commands(facts, "lint_command")
    assert {"npm run typecheck", "npm run check"} <= commands(facts, "lint_command")


def test_tsc_emitting_declarations_despite_a_no_emit_tsconfig_is_a_build(tmp_path):
    """The tsconfig's noEmit makes a bare `tsc` a type check, but `--emitDeclarationOnly`
    on the command line says it writes files."""
    files = {**_package({"build:dts": "tsc --emitDeclarationOnly",
                         "types": "tsc"}),
             "tsconfig.json": '{"compilerOptions": {"noEmit": true}}'}
    facts = scan(tree(tmp_path, files))
    assert "npm run build:dts" in commands(facts, "build_command")
    assert "npm run types" in commands(facts, "lint_command")


def test_node_running_a_test_file_is_a_test(tmp_path):
    """`node ./test/all.test.js` runs a test file: a test, so a `test` script chaining it
    after a format check is the tests, not a lint."""
    files = _package({"fmt:check": "prettier --check .",
                      "test:unit": "node --experimental-transform-types ./test/all.test.js",
                      "test": "npm run fmt:check && npm run test:unit",
                      "test:smoke": "tsc -p test/smoke && node ./temp/ts.test.js"})
    facts = scan(tree(tmp_path, files))
    tests = commands(facts, "test_command")
    assert {"npm test", "npm run test:unit", "npm run test:smoke"} <= tests
    assert not {"npm test", "npm run test:smoke"} & commands(facts, "lint_command")


def test_antfu_ni_nr_runs_the_package_script(tmp_path):
    """CI that installs @antfu/ni runs `nci` then `nr build`: `nr` runs the package.json
    script with the lockfile's package manager, so `nr build` is what the build script is."""
    files = {**_package({"build": "tsdown", "lint": "eslint ."}),
             ".github/workflows/ci.yml": "name: ci\non: [push]\njobs:\n  test:\n"
             "    runs-on: x\n    steps:\n      - run: npm i -g @antfu/ni\n"
             "      - run: nci\n      - run: nr build\n      - run: nr lint\n"}
    facts = scan(tree(tmp_path, files))
    assert "nr build" in commands(facts, "build_command")
    assert "nr lint" in commands(facts, "lint_command")
    assert "nci" not in commands(facts, "build_command") | commands(facts, "test_command")


CDYLIB = ('[package]\nname = "x"\nversion = "0.1.0"\n\n[lib]\ncrate-type = ["cdylib"]\n\n'
          '[dependencies]\n')


def test_a_cdylib_python_extension_offers_no_cargo_test(tmp_path):
    """A cdylib on the raw `pyo3-ffi` bindings, or one maturin builds from the pyproject
    beside it, is a Python extension: `cargo test` cannot link it, its tests are pytest's."""
    ffi = tree(tmp_path / "ffi", {"Cargo.toml": CDYLIB + 'pyo3-ffi = "0.28"\n',
                                  "src/lib.rs": ""})
    maturin = tree(tmp_path / "maturin", {
        "Cargo.toml": CDYLIB + 'pyo3 = "0.28"\n', "src/lib.rs": "",
        "pyproject.toml": '[project]\nname = "x"\n\n[build-system]\n'
                          'build-backend = "maturin"\nrequires = ["maturin"]\n'})
    plain = tree(tmp_path / "plain", {"Cargo.toml": CDYLIB + 'libc = "0.2"\n',
                                      "src/lib.rs": ""})
    assert "cargo test" not in commands(scan(ffi), "test_command")
    assert "cargo test" not in commands(scan(maturin), "test_command")
    assert "cargo test" in commands(scan(plain), "test_command")
    assert "cargo build" in commands(scan(ffi), "build_command")


def test_a_directory_ci_pip_installs_in_is_a_python_sub_project(tmp_path):
    """CI lints from the root but sets up `apps/api` with `cd apps/api && pip install -r
    requirements.txt`: pip is how that sub-project's environment is made."""
    files = {"package.json": '{"name": "root", "scripts": {}}', "pnpm-lock.yaml": "",
             "apps/api/requirements.txt": "django\n", "apps/api/manage.py": "",
             "apps/api/pyproject.toml": "[tool.ruff]\nline-length = 100\n",
             "apps/api/plane/__init__.py": "",
             ".github/workflows/lint.yml": "name: lint\non: [push]\njobs:\n  lint:\n"
             "    runs-on: x\n    steps:\n      - run: python -m pip install ruff\n"
             "      - run: cd apps/api && pip install -r requirements.txt\n"
             "      - run: ruff check apps/api\n"}
    facts = scan(tree(tmp_path, files))
    assert "pip" in {f.tool for f in facts if f.kind == "env"}


def test_no_format_check_from_rustfmt_config_when_ci_lints_without_one(tmp_path):
    """CI runs clippy and never rustfmt: a rustfmt.toml says how to format, not that the
    format is checked, so `cargo fmt --check` is not offered as a lint. When CI checks the
    format in a spelling not read here (`cargo xfmt --check`, an alias), it still is."""
    base = {"Cargo.toml": '[package]\nname = "x"\nversion = "0.1.0"\n', "src/lib.rs": "",
            "rustfmt.toml": "edition = '2021'\n"}
    clippy = "name: ci\non: [push]\njobs:\n  lint:\n    runs-on: x\n    steps:\n" \
             "      - run: cargo clippy --locked\n"
    without = scan(tree(tmp_path / "a", {**base, ".github/workflows/ci.yml": clippy}))
    alias = scan(tree(tmp_path / "b", {**base, ".github/workflows/ci.yml":
                                       clippy + "      - run: cargo xfmt --check\n"}))
    assert "cargo fmt --check" not in commands(without, "lint_command")
    assert "cargo clippy --locked" in commands(without, "lint_command")
    assert "cargo fmt --check" in commands(alias, "lint_command")


def test_a_guarded_or_dry_run_release_step_leaves_the_test_job_read(tmp_path):
    """A test job that also rehearses the release (`goreleaser release --snapshot
    --skip=publish`, only on main by the step's own `if:`) still checks every pull
    request: its build and test steps are read. A job whose release step is unguarded
    stays a release job."""
    go = {"go.mod": "module example.com/x\n\ngo 1.22\n", "x.go": "package x\n"}
    job = ("name: ci\non: [push, pull_request]\njobs:\n  test:\n    runs-on: x\n    steps:\n"
           "      - run: |\n          go vet ./...\n          go build ./...\n"
           "          go test -race ./...\n")
    guarded = job + ("      - if: github.ref == 'refs/heads/main'\n"
                     "        run: goreleaser release --snapshot --clean\n")
    unguarded = job + "      - run: goreleaser release --clean\n"
    read = scan(tree(tmp_path / "a", {**go, ".github/workflows/ci.yml": guarded}))
    release = scan(tree(tmp_path / "b", {**go, ".github/workflows/ci.yml": unguarded}))
    assert "go build ./..." in commands(read, "build_command")
    assert "go test -race ./..." in commands(read, "test_command")
    assert "go test -race ./..." not in commands(release, "test_command")
