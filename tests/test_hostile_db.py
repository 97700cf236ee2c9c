"""The database file gcode is pointed at, made hostile, through the real console script:
one clear error line, a non-zero exit, and the file left as it was."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
from pathlib import Path

import pytest
from conftest import run_gcode

# The console script imports gcode from where it was installed; the source tree beside
# these tests goes first so that it is this tree's code that runs.
SOURCE = str(Path(__file__).resolve().parents[1])


def gcode(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return run_gcode(*args, cwd=cwd, env={"PYTHONPATH": SOURCE})


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("args", [("learn", "show"), ("learn", "add", "use make test"),
                                  ("context",)])
def test_another_programs_sqlite_file_is_left_untouched(repo: Path, tmp_path: Path,
                                                        args: tuple[str, ...]) -> None:
    """GCODE_DB (or --db) naming another program's SQLite file: gcode turned it to WAL
    and created its own twenty tables in it, beside the program's own."""
    other = tmp_path / "app.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("create table orders (id integer primary key, total real)")
    conn.execute("insert into orders (total) values (9.5)")
    conn.commit()
    conn.close()
    before = digest(other)
    result = gcode("--db", str(other), *args, cwd=repo)
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("gcode: error: "), result.stderr
    assert "another program" in lines[0] and "orders" in lines[0]
    assert digest(other) == before
    assert not Path(f"{other}-wal").exists()
