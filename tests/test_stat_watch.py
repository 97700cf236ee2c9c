"""The scan's fingerprint is known from a few stats while nothing it rests on changed
(gcode.stat_watch), and every change the fingerprint would see still brings a rescan."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import run_gcode
from scan_helpers import tree, workflow

from gcode.scan import fingerprint_watch
from gcode.stat_watch import unchanged

BASE = {"pyproject.toml": "[project]\nname = 'x'\n", "x/__init__.py": "",
        ".github/workflows/ci.yml": workflow("pytest -q"), "tests/test_x.py": "",
        "docs/index.md": ""}


def _bump(path: Path) -> None:
    """A later modification time, as an editor's save gives (the size may stay the same)."""
    st = os.stat(path)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 2_000_000_000))


CHANGES = {
    "a manifest added at the root": lambda r: (r / "tox.ini").write_text("[tox]\n"),
    "a workflow added": lambda r: (r / ".github/workflows/lint.yml").write_text("x: 1\n"),
    "a workflow edited, same size": lambda r: (
        (r / ".github/workflows/ci.yml").write_text(workflow("pytest -x")),
        _bump(r / ".github/workflows/ci.yml")),
    "a manifest removed": lambda r: (r / "pyproject.toml").unlink(),
    "a top-level directory added": lambda r: (r / "src").mkdir(),
    "a sub-project's manifest added": lambda r: (r / "x/package.json").write_text("{}"),
    "a layout directory gains a directory": lambda r: (r / "tests/unit").mkdir(),
    "the workflows directory appears": lambda r: (r / ".gitlab-ci.yml").write_text("a: 1\n"),
}


@pytest.mark.parametrize("change", list(CHANGES), ids=list(CHANGES))
def test_a_change_the_fingerprint_sees_is_seen_by_the_stats(tmp_path: Path, change: str) -> None:
    root = tree(tmp_path / "r", BASE)
    fp, kept = fingerprint_watch(root)
    assert unchanged(root, kept)  # nothing moved: known without the scan
    CHANGES[change](root)
    assert fingerprint_watch(root)[0] != fp  # the fingerprint sees it ...
    assert not unchanged(root, kept)  # ... and so do the stats


def test_what_the_fingerprint_ignores_may_leave_the_stats_unchanged(tmp_path: Path) -> None:
    """A source file edited in place is nothing the scan reads: no rescan for it."""
    root = tree(tmp_path / "r", BASE)
    _, kept = fingerprint_watch(root)
    (root / "x/__init__.py").write_text("print('edited')\n")
    assert unchanged(root, kept)


@pytest.mark.parametrize("kept", [None, "", "not json", "[]", '{"a": [1, 2]}'])
def test_no_usable_snapshot_means_changed(tmp_path: Path, kept: str | None) -> None:
    assert not unchanged(tree(tmp_path / "r", BASE), kept)


def test_a_manifest_added_after_a_run_is_scanned_on_the_next(make_repo) -> None:
    """Through the console script: the second run knows the manifests stat as they did,
    the third sees the Makefile added meanwhile and offers its test target."""
    root = make_repo("w", {"pyproject.toml": "[project]\nname = 'w'\n", "w/__init__.py": ""})
    assert run_gcode("context", cwd=root).returncode == 0
    second = run_gcode("context", cwd=root)
    assert second.returncode == 0 and "make check" not in second.stdout
    (root / "Makefile").write_text("check:\n\tpytest -q\n")
    third = run_gcode("context", cwd=root)
    assert third.returncode == 0 and "make check" in third.stdout
