"""Scan rules from the sixth held-out round of real repositories (keys written from CI
before the first scan): each test is one general rule, on a small tree of its own."""

from __future__ import annotations

import pytest

from gcode.scan import scan
from gcode.scan.classify import Classifier, by_name
from scan_helpers import commands, paths, tree


@pytest.mark.parametrize("command,kind", [
    ("prek install", "install"), ("pipx run build --sdist", "build"),
    ("uvx --from build pyproject-build", "build"), ("./scripts/test.sh", "test"),
    ("scripts/lint.sh", "lint"), ("test.sh", None),
])
def test_program_rules(command, kind):
    kinds = Classifier().command(command)
    assert (next(iter(kinds)) if kinds else None) == kind


@pytest.mark.parametrize("name,kind", [
    ("download-test-fixture-cache", None), ("install-test-cache-load", None),
    ("test-clean", None), ("build-compat-data", None), ("integration", "test"),
    ("install-test", "test"), ("unit", "test"),
])
def test_targets_that_prepare_for_tests_are_not_named_tests(name, kind):
    assert by_name(name) == kind


def test_a_task_that_builds_the_package_to_check_it_is_not_the_build(tmp_path):
    facts = scan(tree(tmp_path, {"tox.ini": (
        "[tox]\nenv_list = py\n[testenv]\ncommands = pytest\n[testenv:pkg_meta]\n"
        "commands =\n    python -m build --sdist\n    twine check --strict dist/*\n")}))
    assert "tox -e pkg_meta" not in commands(facts, "build_command")


def test_hatch_test_is_not_offered_beside_the_projects_own_test_scripts(tmp_path):
    facts = scan(tree(tmp_path, {"pyproject.toml": (
        "[project]\nname = 'x'\n[tool.hatch.envs.default.scripts]\nall = 'hatch run test:test'\n"
        "[tool.hatch.envs.test.scripts]\ntest = 'python -m unittest discover -s x'\n")}))
    assert "hatch test" not in commands(facts, "test_command")
    assert "hatch run test:test" in commands(facts, "test_command")


def test_a_uv_workspace_member_is_built_with_uv(tmp_path):
    facts = scan(tree(tmp_path, {
        "pyproject.toml": ("[project]\nname = 'x'\n[tool.uv.workspace]\nmembers = ['lib_*']\n"
                           "[build-system]\nrequires = ['hatchling']\n"
                           "build-backend = 'hatchling.build'\n"),
        "uv.lock": "", "lib_a/pyproject.toml": (
            "[project]\nname = 'a'\n[build-system]\nrequires = ['hatchling']\n"
            "build-backend = 'hatchling.build'\n"),
        "other/pyproject.toml": (
            "[project]\nname = 'o'\n[build-system]\nrequires = ['hatchling']\n"
            "build-backend = 'hatchling.build'\n")}))
    builds = {(f.cwd, f.command) for f in facts if f.kind == "build_command"}
    assert ("lib_a", "uv build") in builds
    assert ("other", "python -m build") in builds  # not a member: its own front-end


def test_go_work_modules_beside_a_root_package_are_source(tmp_path):
    files = {"go.mod": "module x\n", "x.go": "package x\n", "tests/go.mod": "module t\n",
             "tests/a_test.go": "package t\n", "go.work": "go 1.22\n\nuse (\n\t.\n" + "".join(
                 f"\t./providers/p{i}\n" for i in range(4)) + "\t./tests\n)\n"}
    files.update({f"providers/p{i}/go.mod": f"module p{i}\n" for i in range(4)})
    files.update({f"providers/p{i}/p.go": "package p\n" for i in range(4)})
    facts = scan(tree(tmp_path, files))
    assert paths(facts, "layout:source") == [".", "providers"]


def test_a_crates_test_module_in_its_source_is_a_test_dir(tmp_path):
    facts = scan(tree(tmp_path, {
        "Cargo.toml": "[workspace]\nmembers = ['crates/*']\n",
        "crates/cli/Cargo.toml": "[package]\nname = 'cli'\n", "crates/cli/src/main.rs": "",
        "crates/cli/src/tests/parse.rs": ""}))
    assert "crates/cli/src/tests" in paths(facts, "layout:tests")


def test_ci_that_sets_up_with_uv_pip_is_uv_not_pip(tmp_path):
    facts = scan(tree(tmp_path, {
        "tox.ini": "[testenv]\ncommands = pytest\n",
        "setup.py": "", ".github/workflows/ci.yml": (
            "on: push\njobs:\n  test:\n    runs-on: x\n    steps:\n"
            "      - run: uv pip install --system .\n      - run: tox -e py\n")}))
    tools = {f.tool for f in facts if f.kind == "env"}
    assert "uv" in tools and "pip" not in tools


def test_the_task_runner_ci_drives_the_project_with_is_an_env_tool(tmp_path):
    facts = scan(tree(tmp_path, {
        "Cargo.toml": "[package]\nname = 'x'\n", "src/main.rs": "",
        "justfile": "test:\n    cargo test\nlint:\n    cargo clippy\n",
        ".github/workflows/ci.yml": ("on: push\njobs:\n  ci:\n    runs-on: x\n    steps:\n"
                                     "      - run: just lint test\n")}))
    assert "just" in {f.tool for f in facts if f.kind == "env"}


def test_pip_is_named_when_ci_sets_up_with_it_and_never_runs_the_configured_tool(tmp_path):
    files = {"pyproject.toml": "[project]\nname = 'x'\n[tool.uv]\nindex-url = 'x'\n",
             "tox.ini": "[testenv]\ncommands = pytest\n"}
    steps = "      - run: pip install tox\n      - run: tox -e py\n"
    ci = "on: push\njobs:\n  test:\n    runs-on: x\n    steps:\n"
    facts = scan(tree(tmp_path / "a", {**files, ".github/workflows/ci.yml": ci + steps}))
    assert "pip" in {f.tool for f in facts if f.kind == "env"}
    steps += "      - run: uv sync\n"
    facts = scan(tree(tmp_path / "b", {**files, ".github/workflows/ci.yml": ci + steps}))
    assert "pip" not in {f.tool for f in facts if f.kind == "env"}
