"""Scan rules from round 34's first run on held-out real repositories: each test is one
general rule, on a small tree of its own."""

from __future__ import annotations

from gcode.scan import scan
from scan_helpers import PY, commands, paths, tree, workflow


def test_python_flags_bundled_before_m_still_run_the_module(tmp_path):
    files = {**PY, "Makefile": "lint:\n\tpython -Im pre_commit run --all-files\n",
             ".pre-commit-config.yaml": "repos: []\n",
             ".github/workflows/ci.yml": workflow("make lint", "python -Im pytest tests -v",
                                                  job="lint")}
    facts = scan(tree(tmp_path, files))
    assert "make lint" in commands(facts, "lint_command")
    assert "python -Im pytest tests -v" in commands(facts, "test_command")


def test_uv_is_ci_s_tool_when_pip_is_only_a_requirements_file_of_tox(tmp_path):
    files = {**PY, "requirements-mypy.txt": "mypy\n",
             "tox.ini": "[tox]\nenv_list = py\n[testenv]\ncommands = pytest\n"
                        "[testenv:mypy]\ndeps = -r requirements-mypy.txt\ncommands = mypy .\n",
             ".github/workflows/ci.yml": workflow("uvx --with tox-uv tox -e py")}
    facts = scan(tree(tmp_path, files))
    assert "uv" in {f.tool for f in facts if f.kind == "env"}
    # CI that installs with pip as well keeps pip the environment's tool
    (tmp_path / ".github/workflows/ci.yml").write_text(workflow(
        "pip install -r requirements-mypy.txt", "uvx --with tox-uv tox -e py"))
    assert "uv" not in {f.tool for f in scan(tmp_path) if f.kind == "env"}


def test_a_script_rerunning_the_tests_for_an_html_coverage_page_is_no_test(tmp_path):
    pkg = ('{"name": "x", "scripts": {"test": "borp", "lint": "eslint",\n'
           '  "test:report": "c8 --reporter html borp", "test:ci": "c8 --reporter=lcov borp"}}')
    facts = scan(tree(tmp_path, {"package.json": pkg, "index.js": ""}))
    tests = commands(facts, "test_command")
    assert "npm run test:report" not in tests
    assert {"npm test", "npm run test:ci"} <= tests
    # the only test script stays, whatever its report
    (tmp_path / "package.json").write_text(
        '{"name": "x", "scripts": {"test:report": "c8 --reporter html borp"}}')
    assert "npm run test:report" in commands(scan(tmp_path), "test_command")


def test_test_dirs_inside_a_listed_test_dir_leave_room_for_the_others(tmp_path):
    suites = [f"bindgen-tests/k{i:02}" for i in range(14)]
    members = [*suites, "core"]
    listed = ", ".join(f'"{m}"' for m in members)
    files = {"Cargo.toml": f"[workspace]\nmembers = [{listed}]\n"}
    for m in members:
        files[f"{m}/Cargo.toml"] = f'[package]\nname = "{m.replace("/", "-")}"\n'
        files[f"{m}/src/lib.rs"] = ""
        files[f"{m}/tests/it.rs"] = "#[test]\nfn t() {}\n"
    facts = scan(tree(tmp_path, files))
    found = paths(facts, "layout:tests")
    assert "bindgen-tests" in found and "core/tests" in found
    assert not [p for p in found if p.startswith("bindgen-tests/")]
