"""`--output` of `gcode context` and `gcode learn export` (gcode.atomic.output_file): "-" is
standard output; a pipe, a device or /dev/stdout is written in place (never read, never
renamed over); a link keeps being a link; a bad name or a missing folder is one clear line.
And `gcode learn compact --older-than` refuses a number of days no date can be made from.

Nothing under /dev is ever replaced here: /dev/stdout is only named with stdout a pipe."""

from __future__ import annotations

import os
import subprocess
import threading
from pathlib import Path

import pytest

from conftest import run_gcode

FACT = "Run the tests with make test"


@pytest.fixture
def taught(repo: Path) -> Path:
    result = run_gcode("learn", "add", FACT, cwd=repo)
    assert result.returncode == 0, result.stderr
    return repo


def error_line(result: subprocess.CompletedProcess, code: int, *words: str) -> str:
    """One line on stderr, an exit code, no traceback."""
    assert result.returncode == code, (result.returncode, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    line = lines[0]
    assert line.startswith("gcode: error: ") and " — " in line, line
    assert "internal error" not in line and "Traceback" not in result.stderr
    for word in words:
        assert word in line, (word, line)
    return line


EXPORT = ("learn", "export", "--output")
CONTEXT = ("context", "--output")


@pytest.mark.parametrize("command", [CONTEXT, EXPORT])
def test_dash_is_standard_output(taught: Path, command: tuple[str, ...]) -> None:
    result = run_gcode(*command, "-", cwd=taught, timeout=30)
    assert result.returncode == 0, result.stderr
    assert FACT in result.stdout
    assert not (taught / "-").exists()


@pytest.mark.parametrize("command", [CONTEXT, EXPORT])
def test_dev_stdout_on_a_pipe_is_written_not_read(taught: Path,
                                                  command: tuple[str, ...]) -> None:
    result = run_gcode(*command, "/dev/stdout", cwd=taught, timeout=30)  # stdout: a pipe
    assert result.returncode == 0, result.stderr
    assert FACT in result.stdout
    assert os.path.islink("/dev/stdout") or not os.path.isfile("/dev/stdout")


def test_agents_md_to_dev_stdout_is_the_block_and_no_updated_line(taught: Path) -> None:
    result = run_gcode("context", "--format", "agents-md", "--output", "/dev/stdout",
                       cwd=taught, timeout=30)
    assert result.returncode == 0, result.stderr
    assert FACT in result.stdout and "gcode:end learnings" in result.stdout
    assert "Updated" not in result.stdout + result.stderr


@pytest.mark.parametrize("command", [CONTEXT, EXPORT])
def test_a_fifo_is_written_in_place(taught: Path, tmp_path: Path,
                                    command: tuple[str, ...]) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    result = run_gcode(*command, str(fifo), cwd=taught, timeout=30)
    assert result.returncode == 0, result.stderr
    reader.join(10)
    assert got and FACT in got[0].decode()
    assert fifo.is_fifo()


@pytest.mark.parametrize("command", [CONTEXT, EXPORT])
def test_a_full_device_is_one_error_line(taught: Path, command: tuple[str, ...]) -> None:
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full here")
    result = run_gcode(*command, "/dev/full", cwd=taught, timeout=30)
    error_line(result, 1, "no space left", "/dev/full")


@pytest.mark.parametrize("command", [CONTEXT, EXPORT])
def test_a_link_is_followed_and_kept(taught: Path, tmp_path: Path,
                                     command: tuple[str, ...]) -> None:
    real = tmp_path / "real" / "out.txt"
    real.parent.mkdir()
    real.write_text("old\n")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    result = run_gcode(*command, str(link), cwd=taught, timeout=30)
    assert result.returncode == 0, result.stderr
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert FACT in real.read_text()
    assert sorted(p.name for p in real.parent.iterdir()) == ["out.txt"]  # no temporary left


@pytest.mark.parametrize("command", [CONTEXT, EXPORT])
def test_an_empty_name_is_a_usage_error(taught: Path, command: tuple[str, ...]) -> None:
    error_line(run_gcode(*command, "", cwd=taught, timeout=30), 2, "needs a file name")


@pytest.mark.parametrize("command", [CONTEXT, EXPORT])
def test_a_missing_folder_is_refused_not_created(taught: Path, tmp_path: Path,
                                                 command: tuple[str, ...]) -> None:
    target = tmp_path / "missing" / "deeper" / "out.txt"
    result = run_gcode(*command, str(target), cwd=taught, timeout=30)
    error_line(result, 1, "there is no folder", "mkdir")
    assert not (tmp_path / "missing").exists()


@pytest.mark.parametrize("days", ["inf", "1e309", "99999999999", "36501"])
def test_compact_refuses_days_no_date_can_be_made_from(taught: Path, days: str) -> None:
    result = run_gcode("learn", "compact", "--older-than", days, "--yes", cwd=taught)
    error_line(result, 2, "--older-than", "36500")


def test_compact_accepts_a_century(taught: Path) -> None:
    result = run_gcode("learn", "compact", "--older-than", "36500", "--yes", cwd=taught)
    assert result.returncode == 0, result.stderr
    assert "nothing to compact" in result.stdout
