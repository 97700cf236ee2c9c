"""`gcode context` without the Typer app (gcode.cli_fast, issue 16): the same output, exit
code and errors as through the app, for every command line it answers, and the app's own
answer for every one it leaves alone."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from gcode import cli_fast
from gcode.knowledge import KnowledgeBase
from gcode.records import Learning
from gcode.workspace import Workspace

THROUGH_TYPER = ("import sys; from gcode.__main__ import _printable_streams; "
                 "_printable_streams(); from gcode.cli import run_app; "
                 "sys.exit(run_app(sys.argv[1:]))")


@pytest.fixture
def learned(repo: Path) -> Path:
    ws = Workspace(cwd=repo)
    kb = KnowledgeBase(ws.db)
    for text in ("Run the tests with make test; they need docker running",
                 "We are cutting egress costs this quarter"):
        kb.add(Learning(content=text, repo_id=ws.repo_id, author="alice", confidence=0.9))
    ws.close()
    return repo


def _run(code: list[str], args: list[str], cwd: Path) -> tuple[int, str, str]:
    done = subprocess.run([sys.executable, *code, *args], cwd=cwd, capture_output=True,
                          text=True, stdin=subprocess.DEVNULL, timeout=60)
    return done.returncode, done.stdout, done.stderr


LINES = [
    ["context"], ["context", "--json"], ["context", "-f", "json"],
    ["context", "--format=json", "-m", "docker tests"], ["context", "--message=egress"],
    ["context", "--budget", "60"], ["context", "--budget=400", "--json", "-f", "markdown"],
    ["--debug", "context"], ["context", "-f", "nope"], ["context", "-m", ""],
    ["--db", "{db}", "context", "--json"], ["--db={db}", "--debug", "context"],
    # left to the Typer app: help and mistakes, which it words
    ["context", "--help"], ["context", "-x"], ["context", "--budget", "49"],
    ["context", "--budget", "sixty"], ["context", "--budget"], ["context", "-m", "-x"],
    ["context", "-f", "json", "-f", "markdown"], ["context", "extra"], ["--json", "context"],
]


@pytest.mark.parametrize("line", LINES, ids=[" ".join(a) for a in LINES])
def test_the_same_as_through_the_typer_app(learned: Path, tmp_path: Path,
                                           line: list[str]) -> None:
    args = [a.replace("{db}", str(tmp_path / "other.db")) for a in line]
    fast = _run(["-m", "gcode"], args, learned)
    typer = _run(["-c", THROUGH_TYPER], args, learned)
    assert fast == typer
    handled = cli_fast.parse(args) is not None
    assert handled == (LINES.index(line) < 12)  # the first 12 are answered without Typer


def test_what_it_answers_is_read_as_typer_reads_it() -> None:
    call = cli_fast.parse(["--db", "x/y.db/", "--debug", "context", "-o", "out.md",
                           "--budget=50", "-m", "why?", "--json"])
    assert call is not None
    assert call.debug and call.db == Path("x/y.db")
    assert call.options == {"output": Path("out.md"), "budget": 50, "message": "why?",
                            "as_json": True}
    for left in (["context", "--output="], ["--db", "context"], ["--db=", "context"],
                 ["learn", "show"], ["context", "--budget", "050"], ["context", "--", "x"],
                 ["--db", "a", "--db", "b", "context"], ["context", "-fjson"]):
        assert cli_fast.parse(left) is None, left
