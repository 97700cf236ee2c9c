"""`gcode learn show/search/stats` at 80 and 60 columns: ids whole, content shown, --wide."""

from __future__ import annotations

import io
import json
import os
import re
from pathlib import Path

import pexpect
import pyte
import pytest
from conftest import GCODE, run_gcode
from rich.console import Console

from gcode.tables import render

LONG = ("the integration tests need the staging VPN and a running docker daemon, otherwise "
        "they time out after ten minutes without saying why")
HEADERS = ["id", "store", "kind", "content", "source", "conf", "author", "age"]
ROWS = [["3f9a1c2e", "learned_knowledge", "insight", LONG, "user", "0.90",
         "alice.longname@example.com", "3m"],
        ["0b1c2d3e", "project_context", "test_command", "Run the tests with `pytest -q`",
         "observed", "0.95", "bob@example.com", "2d"]]


def content_column(text: str) -> str:
    """The content column of a rendered table, its wrapped lines joined: what a person reads."""
    lines = text.splitlines()
    header = next(i for i, line in enumerate(lines) if re.search(r"\bcontent\b", line))
    start = lines[header].index("content")
    after = re.search(r"\S", lines[header][start + len("content"):])
    end = start + len("content") + after.start() - 1 if after else None
    cells = [line[start:end].strip() for line in lines[header + 2:]
             if not line.startswith("(not shown")]
    return " ".join(" ".join(cells).split())


def rendered(width: int, wide: bool = False) -> str:
    out = io.StringIO()
    console = Console(file=out, width=width, no_color=True, color_system=None,
                      highlight=False)
    render(HEADERS, ROWS, console=console, wrap="content", wide=wide,
           drop_order=("author", "source", "conf", "age", "kind", "store"))
    return out.getvalue()


@pytest.mark.parametrize("width", [80, 60])
def test_fits_the_width_ids_whole_content_shown(width: int) -> None:
    text = rendered(width)
    lines = text.splitlines()
    assert max(len(line) for line in lines) <= width, text
    for row in ROWS:
        assert re.search(rf"^{row[0]}\b", text, re.M), text  # whole, at a line start
    words = content_column(text)
    assert LONG in words  # wrapped, not cut
    assert "Run the tests with `pytest -q`" in words
    assert "--wide shows every column" in text  # says what it left out


def test_wide_shows_every_column_on_one_line() -> None:
    text = rendered(80, wide=True)
    row = next(line for line in text.splitlines() if line.startswith("3f9a1c2e"))
    assert LONG in row and "alice.longname@example.com" in row and row.rstrip().endswith("3m")
    assert "not shown" not in text


def test_control_characters_in_a_cell_are_shown_not_run() -> None:
    out = io.StringIO()
    render(["id", "content"], [["abcd1234", "red \x1b[31m alert\nnext"]],
           console=Console(file=out, width=60, no_color=True), wrap="content")
    assert "\x1b" not in out.getvalue() and "␛[31m alert next" in out.getvalue()


def screen_of(args: list[str], cwd: Path, columns: int, rows: int = 60) -> str:
    """What a person sees after running the command in a terminal `columns` wide."""
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    child = pexpect.spawn(GCODE, args, cwd=str(cwd), env=env, encoding="utf-8",
                          dimensions=(rows, columns), timeout=30)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.before
    screen = pyte.Screen(columns, rows)
    pyte.Stream(screen).feed(child.before.replace("\n", "\r\n"))
    return "\n".join(line.rstrip() for line in screen.display)


@pytest.mark.slow
@pytest.mark.parametrize("columns", [80, 60])
def test_learn_commands_in_a_narrow_terminal(repo: Path, columns: int) -> None:
    ids = []
    for content in (LONG, "we are cutting egress costs"):
        out = run_gcode("learn", "add", content, cwd=repo).stdout
        ids.append(re.search(r"\b([0-9a-f]{8})\b", out).group(1))
    shown = screen_of(["learn", "show"], repo, columns)
    for short in ids:
        assert re.search(rf"^{short}\b", shown, re.M), shown  # never cut to `3f9a1…`
    assert LONG in content_column(shown)
    found = screen_of(["learn", "search", "egress"], repo, columns)
    assert re.search(rf"^{ids[1]}\b", found, re.M)
    assert "we are cutting egress costs" in content_column(found)
    stats = screen_of(["learn", "stats"], repo, columns)
    assert "learned_knowledge" in stats and re.search(r"\b2\b", stats)
    wide = screen_of(["learn", "show", "--wide"], repo, 250)
    assert "repo@example.com" in wide and "--wide shows" not in wide
    # the pipe and JSON stay as they were: full rows, every field
    piped = run_gcode("learn", "show", cwd=repo).stdout
    assert piped.splitlines()[0].split() == [h.upper() for h in HEADERS]
    assert LONG in piped
    records = json.loads(run_gcode("learn", "show", "--json", cwd=repo).stdout)
    assert {r["content"] for r in records} == {LONG, "we are cutting egress costs"}
    assert {"id", "store", "scope", "kind", "content", "source", "confidence", "author",
            "created_at", "updated_at"} <= set(records[0])
