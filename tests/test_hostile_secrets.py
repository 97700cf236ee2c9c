"""Secrets handed to gcode by hostile or careless input, through the real console script:
none of their characters may reach the output, the database or the committed team file."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
from pathlib import Path

import pytest
from conftest import run_gcode

TEAM = ".gcode/learnings.jsonl"
# The console script imports gcode from where it was installed; the source tree beside
# these tests goes first so that it is this tree's code that runs.
SOURCE = str(Path(__file__).resolve().parents[1])
# An AWS secret access key: 40 characters of base64, '/' among them.
AWS_SECRET = "8nQk3Yx/Vb2Lr9TzW1qPsd0eHmJfKc7uGa4NoXyZ"


def gcode(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return run_gcode(*args, cwd=cwd, env={"PYTHONPATH": SOURCE})


def db_text() -> str:
    """Every row of every table plain SQLite can read (the vector tables need sqlite-vec)."""
    db = sqlite3.connect(os.environ["GCODE_DB"])
    rows: list[str] = []
    try:
        for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'"
                                  " AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'").fetchall():
            try:
                rows += [str(row) for row in db.execute(f'SELECT * FROM "{name}"')]
            except sqlite3.OperationalError:
                continue
    finally:
        db.close()
    assert rows
    return "\n".join(rows)


@pytest.mark.parametrize("text", [
    f"the aws secret is {AWS_SECRET}",
    f"aws key AKIA2E0A8F3B244C9986 secret {AWS_SECRET}",
    f"secret key is {AWS_SECRET}",
])
def test_aws_secret_key_with_a_slash_is_redacted_whole(repo: Path, text: str) -> None:
    """The '/' in the key read as a `user/pass` pair: only the part after it was redacted,
    and the first seven characters of the secret went into the output, the DB and the
    team file (`8nQk3Yx/[REDACTED]`)."""
    assert gcode("init", cwd=repo).returncode == 0
    result = gcode("learn", "add", text, cwd=repo)
    assert result.returncode == 0, result.stderr
    head = AWS_SECRET.split("/")[0]
    assert "[REDACTED]" in result.stdout
    assert head not in result.stdout + result.stderr
    assert head not in (repo / TEAM).read_text()
    assert head not in db_text()


def test_a_teammates_slashed_secret_is_redacted_on_import(repo: Path) -> None:
    assert gcode("learn", "add", "run the tests with pytest -q", cwd=repo).returncode == 0
    assert gcode("learn", "export", cwd=repo).returncode == 0
    lines = (repo / TEAM).read_text().splitlines()
    rec = json.loads(lines[1])
    rec.update(id="01a23ac1-e2ef-7c30-a3f9-00000000000f", content=f"aws secret {AWS_SECRET}")
    (repo / TEAM).write_text("\n".join([*lines, json.dumps(rec)]) + "\n")
    result = gcode("learn", "show", cwd=repo)
    assert result.returncode == 0, result.stderr
    assert "aws secret [REDACTED]" in result.stdout
    assert AWS_SECRET.split("/")[0] not in result.stdout + db_text()


def test_a_user_slash_password_pair_keeps_the_user(repo: Path) -> None:
    result = gcode("learn", "add", "the staging login is deploy/Tr0ub4dor&3", cwd=repo)
    assert result.returncode == 0, result.stderr
    assert "deploy/[REDACTED]" in result.stdout
