"""A hostile or broken team file costs bounded memory and bounded output, and a line that is
not UTF-8 is named as bad, never imported with replacement characters and exported back."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import GCODE, run_gcode

from gcode.team_file import (
    MAX_BAD_KEPT,
    MAX_LINE_BYTES,
    SHOWN_BAD,
    bad_line_messages,
    lines_of,
    parse,
)

TEAM = ".gcode/learnings.jsonl"


@pytest.fixture
def team_repo(repo: Path) -> Path:
    """A repo with a team file holding one good learning."""
    assert run_gcode("learn", "add", "run the tests with pytest -q", cwd=repo).returncode == 0
    assert run_gcode("learn", "export", cwd=repo).returncode == 0
    return repo


def good_lines(repo: Path) -> list[str]:
    return (repo / TEAM).read_text().splitlines()


def record(repo: Path, **fields: object) -> dict:
    rec = json.loads(good_lines(repo)[1])
    rec.update(fields)
    return rec


def peak_rss_mb(args: list[str], cwd: Path) -> tuple[subprocess.CompletedProcess, float]:
    """Run the console script under a fresh Python whose only child it is, and read the
    child's peak resident memory."""
    probe = ("import resource, subprocess, sys, json;"
             "p = subprocess.run(sys.argv[1:], capture_output=True, text=True);"
             "print(json.dumps([p.returncode, p.stdout, p.stderr,"
             " resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss]))")
    out = subprocess.run([sys.executable, "-c", probe, GCODE, *args], cwd=cwd,
                         capture_output=True, text=True, timeout=300, check=True)
    code, stdout, stderr, rss_kb = json.loads(out.stdout)
    return subprocess.CompletedProcess(args, code, stdout, stderr), rss_kb / 1024


def test_lines_of_cuts_long_lines_without_keeping_them() -> None:
    m = MAX_LINE_BYTES
    data = b"a" * m + b"\n" + b"b" * (m + 1) + b"\n" + b"c" * (5 * m) + b"\nlast"
    got = [(n, len(line), ok) for n, line, ok in lines_of(io.BytesIO(data))]
    assert got == [(1, m + 1, True), (2, 0, False), (3, 0, False), (4, 4, True)]
    assert [ok for _, _, ok in lines_of(io.BytesIO(b"x" * (m + 1)))] == [False]
    # what is kept of a long line is its record id, wherever it is on the line
    late_id = b'{"content":"' + b"y" * (3 * m) + b'","id":"0190dddd-0000"}\nnext\n'
    got = list(lines_of(io.BytesIO(late_id)))
    assert got == [(1, b'"id":"0190dddd-0000"', False), (2, b"next\n", True)]


@pytest.mark.slow
def test_a_50_mb_line_is_a_bad_line_in_bounded_memory(team_repo: Path) -> None:
    """Before: 721 MB and 28 s for this file (and more for other shapes). Now the line is
    never held: one bad line, named by number, and the good record still imported."""
    lines = good_lines(team_repo)
    huge = json.dumps(record(team_repo, id="0190aaaa-0000-7000-8000-000000000001",
                             content="x " * 25_000_000))
    (team_repo / TEAM).write_text("\n".join([lines[0], huge, *lines[1:]]) + "\n")
    result, rss = peak_rss_mb(["learn", "import"], team_repo)
    assert result.returncode == 1
    assert "line 2: longer than 64 KB; not read" in result.stderr
    assert result.stderr.strip().splitlines()[-1].startswith("gcode: error: 1 bad line(s)")
    assert rss < 200, f"peak memory {rss:.0f} MB"
    # the record on that line is protected: export refuses to drop what it could not read
    refused = run_gcode("learn", "export", cwd=team_repo)
    assert refused.returncode == 1 and "would be dropped" in refused.stderr


def test_a_million_bad_lines_print_a_few_lines(team_repo: Path) -> None:
    lines = good_lines(team_repo)
    (team_repo / TEAM).write_text("\n".join(lines) + "\n" + "not json at all\n" * 1_000_000)
    result = run_gcode("learn", "import", cwd=team_repo, timeout=300)
    assert result.returncode == 1
    err = result.stderr.strip().splitlines()
    assert len(err) == SHOWN_BAD + 2, err[-3:]  # the first lines, "... and K more", the error
    assert err[SHOWN_BAD] == f"gcode: {TEAM} ... and {1_000_000 - SHOWN_BAD} more bad lines"
    assert "1000000 bad line(s)" in err[-1]
    # the automatic import at the start of a session is as short
    context = run_gcode("context", cwd=team_repo, timeout=300)
    assert context.returncode == 0
    warnings = [ln for ln in context.stderr.splitlines() if "bad line" in ln or "line " in ln]
    assert len(warnings) <= SHOWN_BAD + 1, context.stderr[-500:]


def test_parse_keeps_a_bounded_number_of_bad_lines_but_every_id() -> None:
    ids = [f"0190bbbb-0000-7000-8000-{i:012d}" for i in range(3 * MAX_BAD_KEPT)]
    text = "\n".join(f'{{"id": "{rid}", broken' for rid in ids)
    parsed = parse(text)
    assert len(parsed.bad) == MAX_BAD_KEPT and parsed.more_bad == 2 * MAX_BAD_KEPT
    assert parsed.ids_in_bad_lines() == set(ids)
    shown = bad_line_messages(parsed.bad, parsed.more_bad)
    assert len(shown) == SHOWN_BAD + 1
    assert shown[-1] == f"... and {3 * MAX_BAD_KEPT - SHOWN_BAD} more bad lines"


def test_invalid_utf8_is_a_bad_line_and_never_exported_altered(team_repo: Path) -> None:
    lines = good_lines(team_repo)
    rid = "0190cccc-0000-7000-8000-000000000001"
    bad = json.dumps(record(team_repo, id=rid, content="caf\u00e9 latte"),
                     ensure_ascii=False).encode()
    bad = bad.replace("\u00e9".encode(), b"\xe9")  # Latin-1, as a careless editor saves it
    (team_repo / TEAM).write_bytes(("\n".join(lines) + "\n").encode() + bad + b"\n")
    result = run_gcode("learn", "import", cwd=team_repo)
    assert result.returncode == 1
    assert f"{TEAM} line 3: not valid UTF-8 (byte 0xe9 at column" in result.stderr
    shown = run_gcode("learn", "show", "--json", cwd=team_repo)
    assert "latte" not in shown.stdout  # not imported with a replacement character
    refused = run_gcode("learn", "export", cwd=team_repo)
    assert refused.returncode == 1 and "would be dropped" in refused.stderr
    assert (team_repo / TEAM).read_bytes().endswith(bad + b"\n")  # left as it was
    forced = run_gcode("learn", "export", "--force", cwd=team_repo)
    assert forced.returncode == 0, forced.stderr
    assert "\ufffd" not in (team_repo / TEAM).read_text(encoding="utf-8")
