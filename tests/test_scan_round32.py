"""Scan rules from round 32's first run on held-out real repositories: each test is one
general rule, on a small tree of its own."""

from __future__ import annotations

from gcode.scan import scan
from scan_helpers import PY, commands, paths, tree, workflow

GO = {"go.mod": "module example.org/x\n\ngo 1.24\n", "x.go": "package x\n"}


def test_a_make_target_that_builds_then_runs_a_script_of_its_own_is_no_build(tmp_path):
    files = {**GO, "Makefile": (
        "build:\n\tgo build ./...\n"
        "runconformance: build\n\tcd internal/conformance && ./runconformance.sh\n"),
        "internal/conformance/runconformance.sh": "#!/bin/bash\n$BIN/conformance --mode client\n",
        ".github/workflows/ci.yml": workflow("make runconformance", job="conformance")}
    facts = scan(tree(tmp_path, files))
    assert "make runconformance" not in commands(facts, "build_command")
    # a target whose own line builds stays a build
    (tmp_path / "Makefile").write_text("build:\n\tgo build ./...\nrelease: build\n\tgo build "
                                       "-o dist/x .\n")
    (tmp_path / ".github/workflows/ci.yml").write_text(workflow("make release", job="build"))
    assert "make release" in commands(scan(tmp_path), "build_command")


def test_commands_run_in_another_checkout_the_job_downloaded_are_not_ours(tmp_path):
    steps = ("      - working-directory: ./node-${{ steps.release.outputs.result }}\n"
             "        run: make build-ffi-tests\n"
             "      - working-directory: ${{ matrix.dir }}\n        run: make test-unit\n")
    files = {**PY, "Makefile": "test-unit:\n\tpytest\n",
             ".github/workflows/ci.yml": workflow("pytest", steps=steps)}
    facts = scan(tree(tmp_path, files))
    assert "make build-ffi-tests" not in commands(facts, "test_command")
    assert "make test-unit" in commands(facts, "test_command")  # a matrix of our directories


def test_a_ci_script_that_formats_then_fails_on_a_diff_is_a_check(tmp_path):
    script = ("#!/bin/bash\nset -euo pipefail\ngo fmt ./...\n"
              "if [[ $(git --no-pager diff) ]] ; then\n  exit 1\nfi\n")
    files = {**GO, "ci/check-fmt": script,
             ".github/workflows/ci.yml": workflow("ci/check-fmt", job="fmt")}
    facts = scan(tree(tmp_path, files))
    assert "ci/check-fmt" in commands(facts, "lint_command")
    assert "ci/check-fmt" not in commands(facts, "format_command")


def test_ci_umbrella_linters_are_offered_past_a_long_makefiles_cap(tmp_path):
    many = "".join(f"cli-{i}:\n\tgo build -o dist/x{i} .\n" for i in range(12))
    makefile = ("check: test vet\n" "test:\n\tgo test ./...\n" + many +
                "vet:\n\tgo vet ./...\n")
    files = {**GO, "Makefile": makefile,
             ".github/workflows/ci.yml": workflow("make check")}
    facts = scan(tree(tmp_path, files))
    assert "make vet" in commands(facts, "lint_command")


def test_a_task_calling_a_tox_env_the_config_does_not_define_is_not_offered(tmp_path):
    files = {**PY, "tox.ini": "[tox]\nenvlist = py312, docs\n[testenv]\ncommands = pytest\n"
                              "[testenv:docs]\ncommands = sphinx-build docs out\n",
             "Makefile": "lint:\n\ttox -e lint\ntypecheck:\n\ttox -e docs\n",
             ".github/workflows/ci.yml": workflow("tox")}
    facts = scan(tree(tmp_path, files))
    assert "make lint" not in commands(facts, "lint_command")
    # an env the config defines through factors (`tox run -f lint`) is not judged
    (tmp_path / ".github/workflows/ci.yml").write_text(workflow("tox", "tox run -f lint",
                                                                job="lint"))
    assert "tox run -f lint" in commands(scan(tmp_path), "lint_command")


def test_a_published_test_utilities_crate_is_source_not_a_test_dir(tmp_path):
    files = {"Cargo.toml": "[workspace]\nmembers = ['core', 'core-test', 'integration-test']\n",
             "core/Cargo.toml": "[package]\nname = 'core'\ndescription = 'x'\n",
             "core/src/lib.rs": "",
             "core-test/Cargo.toml": "[package]\nname = 'core-test'\n"
                                     "description = 'Utilities for testing core'\n",
             "core-test/src/lib.rs": "",
             "integration-test/Cargo.toml": "[package]\nname = 'integration-test'\n"
                                            "publish = false\n",
             "integration-test/src/lib.rs": ""}
    facts = scan(tree(tmp_path, files))
    source = paths(facts, "layout:source")
    assert "core-test/src" in source or "core-test" in source
    assert not any(p.startswith("integration-test") for p in source)
    assert "core-test" not in paths(facts, "layout:tests")


def test_a_rust_extension_a_python_package_compiles_is_source(tmp_path):
    files = {"pyproject.toml": "[project]\nname = 'x'\n[[tool.setuptools-rust.ext-modules]]\n"
                               "target = 'x._x'\npath = 'src/_x/Cargo.toml'\n",
             "src/x/__init__.py": "", "src/_x/Cargo.toml": "[package]\nname = 'x'\n",
             "src/_x/src/lib.rs": ""}
    facts = scan(tree(tmp_path, files))
    assert {"src/x", "src/_x/src"} <= set(paths(facts, "layout:source"))


def test_a_sub_packages_test_module_of_helpers_is_no_test_dir(tmp_path):
    files = {"pyproject.toml": "[project]\nname = 'x'\n", "x/__init__.py": "",
             "x/contrib/__init__.py": "", "x/contrib/test/__init__.py": "",
             "x/contrib/test/condition.py": "", "x/contrib/tests/__init__.py": "",
             "x/contrib/tests/test_y.py": "", "tests/test_x.py": ""}
    facts = scan(tree(tmp_path, files))
    assert "x/contrib/test" not in paths(facts, "layout:tests")


def test_the_package_manager_ci_installs_a_test_harness_with_is_an_env_tool(tmp_path):
    files = {**GO, "integration/package.json": '{"scripts": {"test": "vitest"}}',
             "integration/package-lock.json": "{}",
             ".github/workflows/ci.yml": workflow("go test ./...", "cd integration ; npm ci",
                                                  "npm install -g pnpm")}
    facts = scan(tree(tmp_path, files))
    tools = {f.tool for f in facts if f.kind == "env"}
    assert "npm" in tools and "pnpm" not in tools  # (a global install sets up a tool only)
