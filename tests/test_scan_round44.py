"""Scan rules from round 44's first run on held-out real repositories: each test is one
general rule, on a small tree of its own."""

from __future__ import annotations

from gcode.scan import scan
from scan_helpers import PY, commands, paths, tree, workflow

CRATE = {"Cargo.toml": "[package]\nname = 'x'\nversion = '0.1.0'\n", "src/lib.rs": ""}


def test_a_job_named_for_a_check_and_the_docs_still_gates(tmp_path):
    wf = workflow("cargo fmt --all -- --check", "cargo doc --no-deps", job="fmt_and_docs")
    wf += "  tests:\n    runs-on: x\n    steps:\n      - run: cargo test\n"
    lints = commands(scan(tree(tmp_path, {**CRATE, ".github/workflows/ci.yml": wf})),
                     "lint_command")
    assert "cargo fmt --all -- --check" in lints


def test_a_job_named_for_the_docs_alone_is_still_skipped(tmp_path):
    wf = workflow("cargo fmt --all -- --check", job="docs")
    wf += "  tests:\n    runs-on: x\n    steps:\n      - run: cargo test\n"
    lints = commands(scan(tree(tmp_path, {**CRATE, ".github/workflows/ci.yml": wf})),
                     "lint_command")
    assert "cargo fmt --all -- --check" not in lints


def test_an_actions_run_input_is_the_steps_script(tmp_path):
    steps = ("      - uses: geomys/sandboxed-step@v1.2.1\n        with:\n"
             "          run: go run honnef.co/go/tools/cmd/staticcheck@latest ./...\n")
    files = {"go.mod": "module x\n\ngo 1.22\n", "x.go": "",
             ".github/workflows/ci.yml": workflow("go test ./...", job="test")
             + "  staticcheck:\n    runs-on: x\n    steps:\n" + steps}
    lints = commands(scan(tree(tmp_path, files)), "lint_command")
    assert "go run honnef.co/go/tools/cmd/staticcheck@latest ./..." in lints


def test_setup_miniconda_sets_up_a_conda_environment(tmp_path):
    steps = ("      - uses: conda-incubator/setup-miniconda@v3\n        with:\n"
             "          environment-file: ci/environment-linux.yml\n"
             "      - run: pip install -e .[test]\n      - run: pytest -v\n")
    files = {**PY, "ci/environment-linux.yml": "name: test_env\ndependencies:\n  - pip\n",
             ".github/workflows/ci.yml": workflow(steps=steps)}
    envs = {f.tool for f in scan(tree(tmp_path, files)) if f.kind == "env"}
    assert "conda" in envs


CMAKE = ("cmake_minimum_required(VERSION 3.8)\nproject(x)\nadd_library(x src/x.cpp)\n"
         "add_executable(x_tests tests/test.cpp)\nadd_executable(xc src/main.cpp)\n")


def test_make_after_cmake_builds_and_a_test_executable_tests(tmp_path):
    files = {"CMakeLists.txt": CMAKE, "src/x.cpp": "", "src/main.cpp": "", "tests/test.cpp": "",
             ".github/workflows/ci.yml": workflow(
                 "cmake -G 'Unix Makefiles' -DCMAKE_BUILD_TYPE=Release .", "make -j",
                 "./x_tests", "./xc --version", job="build")}
    facts = scan(tree(tmp_path, files))
    assert "make -j" in commands(facts, "build_command")
    tests = commands(facts, "test_command")
    assert "./x_tests" in tests
    assert "./xc --version" not in tests


def test_ci_configuring_the_cmake_project_needs_cmake(tmp_path):
    files = {"CMakeLists.txt": CMAKE, "src/x.cpp": "",
             ".github/workflows/ci.yml": workflow("cmake -S . -B build", "cmake --build build")}
    envs = {f.tool for f in scan(tree(tmp_path, files)) if f.kind == "env"}
    assert "cmake" in envs
    del files["CMakeLists.txt"]
    files["vendor/lib/CMakeLists.txt"] = CMAKE  # cmake for a dependency's build: not ours
    envs = {f.tool for f in scan(tree(tmp_path / "b", files)) if f.kind == "env"}
    assert "cmake" not in envs


def test_a_cmake_projects_include_dir_is_source(tmp_path):
    files = {"CMakeLists.txt": CMAKE, "src/x.cpp": "", "include/x/x.h": ""}
    roots = paths(scan(tree(tmp_path, files)), "layout:source")
    assert "include" in roots
    files = {"Cargo.toml": CRATE["Cargo.toml"], "src/lib.rs": "", "include/x.h": ""}
    assert "include" not in paths(scan(tree(tmp_path / "b", files)), "layout:source")
