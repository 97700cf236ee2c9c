"""A cloned repository's own settings files (`.gcode.toml`, `.mcp.json`) built to break
gcode, through the real console script: a stranger's file is read on every command (to say
it is ignored, or to see whether it changed since it was trusted), so it must cost bounded
memory and never end a command in "internal error"."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import GCODE, run_gcode

# The console script imports gcode from where it was installed; the source tree beside
# these tests goes first so that it is this tree's code that runs.
SOURCE = str(Path(__file__).resolve().parents[1])


def gcode(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return run_gcode(*args, cwd=cwd, env={"PYTHONPATH": SOURCE})


def peak_rss_mb(args: list[str], cwd: Path) -> tuple[subprocess.CompletedProcess, float]:
    """Run the console script as the only child of a fresh Python and read its peak
    resident memory."""
    probe = ("import resource, subprocess, sys, json;"
             "p = subprocess.run(sys.argv[1:], capture_output=True, text=True);"
             "print(json.dumps([p.returncode, p.stdout, p.stderr,"
             " resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss]))")
    cmd = [GCODE] if GCODE else [sys.executable, "-m", "gcode"]
    out = subprocess.run([sys.executable, "-c", probe, *cmd, *args], cwd=cwd,
                         capture_output=True, text=True, timeout=300, check=True,
                         env={**os.environ, "PYTHONPATH": SOURCE})
    code, stdout, stderr, rss_kb = json.loads(out.stdout)
    return subprocess.CompletedProcess(args, code, stdout, stderr), rss_kb / 1024


def no_crash(result: subprocess.CompletedProcess) -> None:
    assert "internal error" not in result.stderr and "Traceback" not in result.stderr, \
        result.stderr


def test_deeply_nested_gcode_toml_of_an_untrusted_repo(repo: Path) -> None:
    """`a = [[[[...` 5,000 deep: tomllib recursed out, and every command in that clone
    (here `learn show`, which needs no settings from it) ended in "internal error"."""
    (repo / ".gcode.toml").write_text("a = " + "[" * 5000 + "]" * 5000 + "\n")
    result = gcode("learn", "show", cwd=repo)
    no_crash(result)
    assert result.returncode == 0
    assert ".gcode.toml is ignored: this repository is not trusted" in result.stderr


def one_error_line(result: subprocess.CompletedProcess) -> str:
    no_crash(result)
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("gcode: error: "), result.stderr
    return lines[0]


def test_trusting_a_deeply_nested_gcode_toml_is_one_line(repo: Path) -> None:
    (repo / ".gcode.toml").write_text("a = " + "[" * 5000 + "]" * 5000 + "\n")
    assert "nested too deeply" in one_error_line(gcode("trust", cwd=repo))


def test_deeply_nested_mcp_json(repo: Path) -> None:
    (repo / ".mcp.json").write_text('{"mcpServers":' + "[" * 5000 + "]" * 5000 + "}")
    result = gcode("mcp", "list", cwd=repo)
    no_crash(result)
    assert result.returncode == 0


@pytest.mark.parametrize("name", [".gcode.toml", ".mcp.json"])
def test_huge_settings_file_costs_bounded_memory(repo: Path, name: str) -> None:
    """A 64 MB settings file in a clone was read whole, on every command, by the trust
    check and by the notice that it is ignored: the memory grew with the file."""
    small, small_rss = peak_rss_mb(["learn", "show"], repo)
    assert small.returncode == 0, small.stderr
    with (repo / name).open("w") as fh:
        if name == ".mcp.json":
            fh.write('{"mcpServers": {}, "pad": "' + "a" * (64 << 20) + '"}')
        else:
            fh.write('[model]\nname = "m"\n' + ("#" * 1023 + "\n") * (64 << 10))
    big, big_rss = peak_rss_mb(["learn", "show"], repo)
    no_crash(big)
    assert big.returncode == 0
    assert big_rss < small_rss + 32, (small_rss, big_rss)


def test_trusting_a_huge_gcode_toml_is_one_line(repo: Path) -> None:
    (repo / ".gcode.toml").write_text('[model]\nname = "m"\n' + "#" * 2_000_000 + "\n")
    assert "larger than 1 MB" in one_error_line(gcode("trust", cwd=repo))
