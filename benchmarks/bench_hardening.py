"""What the hardening costs, next to floors measured in the same run.

1. Team-file import with one hostile 50 MB line: peak memory and time of `gcode learn
   import`, next to the same file without that line (the floor). Before the line limit
   this took 721 MB and 28 s on the development machine.
2. A git status through gcode.safe_git (which first asks `git config` for the
   repository's filter drivers) next to a plain `git status` (the floor).

    python benchmarks/bench_hardening.py [--runs 20]

Targets: the hostile import within 2x the floor's memory + 50 MB; safe git status within
plain git status + 10 ms (median).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from gcode.safe_git import run_git


def gcode_argv() -> list[str]:
    script = Path(sys.executable).with_name("gcode")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "gcode"]


def git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


def make_repo(base: Path) -> Path:
    root = base / "repo"
    root.mkdir()
    git(root, "init", "-q", "-b", "main")
    git(root, "config", "user.email", "bench@example.com")
    git(root, "config", "user.name", "bench")
    for i in range(200):
        (root / f"f{i}.py").write_text(f"x = {i}\n")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "init")
    return root


def measured(argv: list[str], cwd: Path, env: dict[str, str]) -> tuple[float, float]:
    """(seconds, peak MB) of one run, from a fresh Python whose only child it is."""
    probe = ("import json, resource, subprocess, sys, time; t = time.perf_counter();"
             "subprocess.run(sys.argv[1:], capture_output=True);"
             "print(json.dumps([time.perf_counter() - t,"
             " resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024]))")
    out = subprocess.run([sys.executable, "-c", probe, *argv], cwd=cwd, env=env,
                         capture_output=True, text=True, check=True)
    seconds, mb = json.loads(out.stdout)
    return float(seconds), float(mb)


def bench_team_file(base: Path, env: dict[str, str]) -> None:
    repo = make_repo(base)
    gcode = gcode_argv()
    subprocess.run([*gcode, "learn", "add", "run the tests with pytest -q"], cwd=repo, env=env,
                   check=True, capture_output=True)
    subprocess.run([*gcode, "learn", "export"], cwd=repo, env=env, check=True,
                   capture_output=True)
    team = repo / ".gcode" / "learnings.jsonl"
    good = team.read_text()
    floor = measured([*gcode, "learn", "import"], repo, env)
    record = json.loads(good.splitlines()[1])
    record.update(id="0190aaaa-0000-7000-8000-000000000001", content="x " * 25_000_000)
    team.write_text(good + json.dumps(record) + "\n")
    hostile = measured([*gcode, "learn", "import"], repo, env)
    print(f"team file import, floor (no hostile line): {floor[0]:.2f} s, {floor[1]:.0f} MB")
    print(f"team file import, one 50 MB line:          {hostile[0]:.2f} s, {hostile[1]:.0f} MB"
          f"  (target <= {2 * floor[1] + 50:.0f} MB)")


def bench_git_status(base: Path, runs: int) -> None:
    repo = base / "repo"
    plain, safe = [], []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(["git", "status", "--short"], cwd=repo, capture_output=True, check=True)
        plain.append(time.perf_counter() - t)
        t = time.perf_counter()
        run_git(repo, "status", "--short")
        safe.append(time.perf_counter() - t)
    p, s = statistics.median(plain) * 1000, statistics.median(safe) * 1000
    print(f"git status, plain (floor): {p:.1f} ms median of {runs}")
    print(f"git status, safe_git:      {s:.1f} ms  (+{s - p:.1f} ms; target <= +10 ms)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        env = {**os.environ, "GCODE_DB": str(base / "gcode.db"), "HOME": str(base),
               "XDG_CONFIG_HOME": str(base / ".config"), "GIT_CONFIG_NOSYSTEM": "1"}
        bench_team_file(base, env)
        bench_git_status(base, args.runs)


if __name__ == "__main__":
    main()
