"""Scan rules from round 52's first run on held-out real repositories (mlly, polka, sd,
flower, pyramid, kustomize): each test is one general rule, on a small tree of its own."""

from __future__ import annotations

from gcode.scan import scan
from scan_helpers import commands, tree, workflow

TOX = "[tox]\nenvlist = lint, py312\n[testenv]\ncommands = python -mpytest {posargs}\n" \
      "[testenv:lint]\ncommands = flake8 src tests\n"


def test_toxenv_selects_the_env_of_a_tox_run_through_uvx(tmp_path):
    """`uvx tox` with TOXENV=py312 runs that env's tests, not the envlist's lint first."""
    steps = "      - env:\n          TOXENV: py312\n        run: uvx tox\n"
    files = {"tox.ini": TOX, "pyproject.toml": "[project]\nname = 'x'\n",
             "src/x/__init__.py": "", "tests/test_x.py": "",
             ".github/workflows/ci.yml": workflow(steps=steps)}
    facts = scan(tree(tmp_path, files))
    assert "uvx tox -e py312" in commands(facts, "test_command")
    assert not any(c.startswith("uvx tox") for c in commands(facts, "lint_command"))


def test_python_dash_m_glued_to_its_module(tmp_path):
    files = {"pyproject.toml": "[project]\nname = 'x'\n", "x/__init__.py": "",
             ".github/workflows/ci.yml": workflow("pip install -e .", "python -mpytest tests")}
    assert "python -mpytest tests" in commands(scan(tree(tmp_path, files)), "test_command")


def test_a_module_of_the_test_package_run_with_python_m_tests(tmp_path):
    files = {"setup.py": "from setuptools import setup\nsetup(name='x')\n",
             "x/__init__.py": "", "tests/__init__.py": "", "tests/unit/__main__.py": "",
             ".github/workflows/ci.yml": workflow("pip install -e .", "python -m tests.unit")}
    assert "python -m tests.unit" in commands(scan(tree(tmp_path, files)), "test_command")


def test_a_wrapper_script_runs_the_command_it_is_given(tmp_path):
    """`./hack/for-each-module.sh "make test"`: the script runs `$cmd` in each module."""
    script = "#!/bin/bash\ncmd=$1\nfor i in $(find . -name go.mod); do\n" \
             "  pushd .\n  cd $(dirname \"$i\")\n  bash -c \"$cmd\"\n  popd\ndone\n"
    files = {"Makefile": "test:\n\tgo test ./...\n\nall-modules:\n"
                         "\t./hack/for-each-module.sh \"make test\"\n",
             "hack/for-each-module.sh": script, "go.mod": "module example.com/x\n",
             "x.go": "package x\n",
             ".github/workflows/ci.yml": workflow("make all-modules")}
    assert "make all-modules" in commands(scan(tree(tmp_path, files)), "test_command")


def test_a_job_named_for_what_is_not_released_still_gates(tmp_path):
    ci = ("name: ci\non: [push, pull_request]\njobs:\n  lint:\n    runs-on: x\n    steps:\n"
          "      - run: go vet ./...\n  test-non-released-modules:\n    runs-on: x\n"
          "    steps:\n      - run: go test -race ./...\n")
    files = {"go.mod": "module example.com/x\n", "x.go": "package x\n",
             ".github/workflows/ci.yml": ci}
    assert "go test -race ./..." in commands(scan(tree(tmp_path, files)), "test_command")


def test_a_go_work_module_under_a_test_directory_is_no_project_of_its_own(tmp_path):
    files = {"go.work": "go 1.22\nuse (\n\t./api\n\t./cmd/x/internal/e2e/container\n)\n",
             "api/go.mod": "module example.com/api\n", "api/a.go": "package api\n",
             "cmd/x/internal/e2e/container/go.mod": "module example.com/c\n",
             "cmd/x/internal/e2e/container/main.go": "package main\n"}
    dirs = {f.cwd for f in scan(tree(tmp_path, files))}
    assert "api" in dirs
    assert not any("e2e" in d for d in dirs)
