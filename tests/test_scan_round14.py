"""Scan rules from round 14 (a runner's test recipes beside CI that tests without any
runner; the held-out run on real repositories): each test is one general rule, on a
small tree of its own."""

from __future__ import annotations

from gcode.scan import scan
from scan_helpers import PY, commands, tree, workflow

GO = {"go.mod": "module example.com/x\n\ngo 1.22\n", "x.go": "package x\n"}


def test_test_recipes_beside_a_direct_ci_test_are_variants_but_plain_test_stays(tmp_path):
    """CI runs the test tool itself (`gotestsum ... ./...`) and calls no runner to test:
    the Makefile's other test recipes are variants CI does not run; its plain `test` is
    still the local way to run what CI runs."""
    makefile = ("build:\n\tgo build ./...\n"
                "test:\n\tgo test ./...\n"
                "test-managed:\n\tDB_URI=postgres://localhost go test -v ./...\n")
    files = {**GO, "Makefile": makefile, ".github/workflows/ci.yml": workflow(
        "gotestsum --junitfile junit.xml -- ./...", "make build")}
    found = commands(scan(tree(tmp_path, files)), "test_command")
    assert "make test" in found and "make test-managed" not in found


def test_recipes_stay_when_ci_tests_through_a_runner_or_a_script(tmp_path):
    """Not when any CI test step goes through a runner (`pipx run nox`, `make`) or an
    opaque script: those may run every recipe."""
    noxfile = ("import nox\n\n@nox.session\ndef tests(s):\n    s.run('pytest')\n\n"
               "@nox.session\ndef property_tests(s):\n    s.run('pytest', 'tests/property')\n")
    makefile = "test:\n\tpytest\n\ntest-slow:\n\tpytest -m slow\n"
    nox_tree = tree(tmp_path / "a", {**PY, "noxfile.py": noxfile, ".github/workflows/ci.yml":
                                     workflow("pipx run nox -s tests", "uv run pytest")})
    assert "nox -s property_tests" in commands(scan(nox_tree), "test_command")
    script_tree = tree(tmp_path / "b", {**PY, "Makefile": makefile, "ci.sh": "make test-slow\n",
                                        ".github/workflows/ci.yml": workflow(
                                            "pytest -q", "./ci.sh")})
    assert "make test-slow" in commands(scan(script_tree), "test_command")


def test_only_the_directory_ci_tests_directly_loses_its_variants(tmp_path):
    makefile = "test:\n\tpytest\n\ntest-cov:\n\tpytest --cov\n"
    files = {**PY, "Makefile": makefile, "web/package.json": '{"scripts": {}}',
             "web/Makefile": "test:\n\tnpx vitest\n\ntest-e2e:\n\tnpx playwright test\n",
             ".github/workflows/ci.yml": workflow("pytest -q")}
    facts = scan(tree(tmp_path, files))
    root = {f.command for f in facts if f.kind == "test_command" and not f.cwd}
    assert "make test-cov" not in root and "make test" in root
