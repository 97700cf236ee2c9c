"""Scan rules from round 36's first run on held-out real repositories: each test is one
general rule, on a small tree of its own."""

from __future__ import annotations

from gcode.scan import scan
from scan_helpers import PY, commands, paths, tree, workflow

_TOX = "[tox]\nenvlist = py312\n\n[testenv]\ndeps = pytest\ncommands = pytest\n"


def test_a_matrix_entrys_indexed_item_fills_the_command(tmp_path):
    steps = "      - run: tox run -e py${{ matrix.python[1] }}\n"
    wf = workflow(steps=steps).replace(
        "    runs-on: x\n",
        "    runs-on: x\n    strategy:\n      matrix:\n"
        "        python: [['3.12', '312'], ['3.13', '313']]\n")
    files = {**PY, "tests/test_x.py": "", "tox.ini": _TOX, ".github/workflows/ci.yml": wf}
    assert "tox run -e py312" in commands(scan(tree(tmp_path, files)), "test_command")
    # an index past the entries' items leaves the expression unfilled: no command
    (tmp_path / ".github/workflows/ci.yml").write_text(wf.replace("[1]", "[5]"))
    assert not any("tox run" in c for c in commands(scan(tmp_path), "test_command"))


def test_stestr_runs_tests(tmp_path):
    tox = _TOX.replace("commands = pytest", "commands = stestr run {posargs}")
    files = {**PY, "tests/test_x.py": "", "tox.ini": tox,
             ".github/workflows/ci.yml": workflow("pip install tox", "tox -e py312")}
    assert "tox -e py312" in commands(scan(tree(tmp_path, files)), "test_command")


def test_ci_building_with_flit_or_setup_py_says_how_the_package_is_built(tmp_path):
    pyproject = ("[build-system]\nrequires = ['flit_core']\nbuild-backend = 'flit_core.buildapi'"
                 "\n\n[project]\nname = 'x'\n")
    release = workflow("pip install flit", "flit build", job="build", name="publish",
                       on="{push: {tags: ['*']}}")
    files = {"pyproject.toml": pyproject, "x/__init__.py": "", "tests/test_x.py": "",
             ".github/workflows/ci.yml": workflow("pytest"),
             ".github/workflows/publish.yml": release}
    assert commands(scan(tree(tmp_path, files)), "build_command") == {"flit build"}
    (tmp_path / ".github/workflows/publish.yml").write_text(
        release.replace("flit build", "python setup.py sdist  bdist_wheel"))
    assert commands(scan(tmp_path), "build_command") == {"python setup.py sdist bdist_wheel"}
    # `python setup.py test` builds nothing: the backend's default stays
    (tmp_path / ".github/workflows/publish.yml").write_text(
        release.replace("flit build", "python setup.py test && twine check x"))
    assert commands(scan(tmp_path), "build_command") == {"python -m build"}


def test_a_crate_without_a_tests_dir_keeps_its_tests_in_src_tests(tmp_path):
    files = {"Cargo.toml": "[package]\nname = 'x'\nversion = '0.1.0'\n", "src/lib.rs": "",
             "src/tests/mod.rs": "", "src/tests/walk.rs": "",
             ".github/workflows/ci.yml": workflow("cargo test")}
    assert "src/tests" in paths(scan(tree(tmp_path, files)), "layout:tests")
    # a crate with tests/ of its own (scripts too, run against the binary): those are its tests
    tree(tmp_path, {"tests/check_output.sh": ""})
    assert "src/tests" not in paths(scan(tmp_path), "layout:tests")
    # a src/tests the library exports is part of its API
    (tmp_path / "tests/check_output.sh").unlink()
    (tmp_path / "tests").rmdir()
    (tmp_path / "src/lib.rs").write_text("pub mod tests;\n")
    assert "src/tests" not in paths(scan(tmp_path), "layout:tests")
