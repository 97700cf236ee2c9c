"""A teammate's `.gcode/learnings.jsonl` built to break gcode, through the real console
script: every bad line is a warning naming it, the good lines still arrive, never a
traceback or "internal error"."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from conftest import run_gcode

TEAM = ".gcode/learnings.jsonl"
# The console script imports gcode from where it was installed; the source tree beside
# these tests goes first so that it is this tree's code that runs.
SOURCE = str(Path(__file__).resolve().parents[1])


def gcode(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return run_gcode(*args, cwd=cwd, env={"PYTHONPATH": SOURCE})


@pytest.fixture
def team_repo(repo: Path) -> Path:
    """A repo with a team file holding one good learning."""
    assert gcode("learn", "add", "run the tests with pytest -q", cwd=repo).returncode == 0
    assert gcode("learn", "export", cwd=repo).returncode == 0
    return repo


def add_lines(repo: Path, *lines: str) -> None:
    with (repo / TEAM).open("a") as fh:
        fh.write("".join(f"{line}\n" for line in lines))


@pytest.mark.parametrize("line", [
    "[" * 30_000 + "]" * 30_000,
    '{"id":' * 5_000 + "1" + "}" * 5_000,
], ids=["nested-arrays", "nested-objects"])
def test_deeply_nested_json_line_is_a_bad_line(team_repo: Path, line: str) -> None:
    """Under the 64 KB line cap, 30,000 nested arrays made json.loads raise RecursionError,
    which is not a ValueError: `gcode learn show` ended in "internal error"."""
    add_lines(team_repo, line)
    result = gcode("learn", "show", cwd=team_repo)
    assert result.returncode == 0, result.stderr
    assert "internal error" not in result.stderr and "Traceback" not in result.stderr
    assert "pytest -q" in result.stdout
    assert f"{TEAM} line 3: nested too deeply; not read" in result.stderr


def test_deeply_nested_evidence_is_a_bad_line(team_repo: Path) -> None:
    """A record whose evidence nests deeper than anything gcode writes (but not so deep
    that json.loads fails) is named as bad, not carried into the redaction and the DB."""
    rec = json.loads((team_repo / TEAM).read_text().splitlines()[1])
    rec.update(id="01a23ac1-e2ef-7c30-a3f9-00000000000e", content="deep evidence",
               evidence=json.loads('{"a":' * 900 + "1" + "}" * 900))
    add_lines(team_repo, json.dumps(rec))
    result = gcode("learn", "show", cwd=team_repo)
    assert result.returncode == 0, result.stderr
    assert "internal error" not in result.stderr and "Traceback" not in result.stderr
    assert "pytest -q" in result.stdout
    assert "line 3: field 'evidence' nested too deeply" in result.stderr


def test_team_file_that_is_a_symlink_loop(repo: Path) -> None:
    """A committed link to itself (git stores links): Path.resolve() raised RuntimeError
    and every command in the clone ended in "internal error"."""
    (repo / ".gcode").mkdir()
    (repo / TEAM).symlink_to("learnings.jsonl")
    show = gcode("learn", "show", cwd=repo)
    assert show.returncode == 0, show.stderr
    assert "internal error" not in show.stderr and "Traceback" not in show.stderr
    assert "symbolic link loop" in show.stderr
    add = gcode("learn", "add", "the build needs docker running", cwd=repo)
    assert add.returncode == 0, add.stderr
    assert "internal error" not in add.stderr
    assert "docker running" in gcode("learn", "show", cwd=repo).stdout  # nothing lost


def test_team_file_that_is_a_fifo_does_not_hang(repo: Path) -> None:
    """Reading the repo id from the team file's header opened the path whatever it was: a
    named pipe there blocked every command for ever."""
    (repo / ".gcode").mkdir()
    os.mkfifo(repo / TEAM)
    result = run_gcode("learn", "show", cwd=repo, env={"PYTHONPATH": SOURCE}, timeout=30)
    assert result.returncode == 0, result.stderr
    assert "internal error" not in result.stderr
