"""Wall time of `gcode --version` and `gcode learn show`, as a user types them.

    python benchmarks/bench_startup.py            # 20 runs each
    python benchmarks/bench_startup.py --runs 50

Runs the installed console script (the one beside this Python, else `gcode` on PATH) in a
throwaway git repository with its own database holding a few learnings, and prints the
median and p95 wall time of each command. Target on a 2-core machine: `gcode --version`
<= 0.15 s.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def console_script() -> list[str]:
    beside = Path(sys.executable).with_name("gcode")
    if beside.is_file():
        return [str(beside)]
    found = shutil.which("gcode")
    return [found] if found else [sys.executable, "-m", "gcode"]


def wall(cmd: list[str], cwd: Path, env: dict[str, str], runs: int) -> list[float]:
    subprocess.run(cmd, cwd=cwd, env=env, check=True, capture_output=True)  # warm the caches
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, cwd=cwd, env=env, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    gcode = console_script()
    print(f"gcode start-up benchmark: {' '.join(gcode)}, Python {sys.version.split()[0]}, "
          f"{os.cpu_count()} CPUs, {args.runs} runs each")
    with tempfile.TemporaryDirectory(prefix="gcode-startup-") as tmp:
        root = Path(tmp) / "repo"
        root.mkdir()
        env = {**os.environ, "HOME": tmp, "XDG_CONFIG_HOME": f"{tmp}/config",
               "XDG_DATA_HOME": f"{tmp}/data", "GCODE_DB": f"{tmp}/gcode.db", "NO_COLOR": "1",
               "GIT_CONFIG_NOSYSTEM": "1", "GCODE_USER": "bench@example.com"}
        for git_args in (["init", "-q"], ["-c", "user.email=b@example.com", "-c", "user.name=b",
                                          "commit", "-q", "--allow-empty", "-m", "init"]):
            subprocess.run(["git", *git_args], cwd=root, env=env, check=True)
        for text in ("run tests with pytest -q", "the frontend builds with vite",
                     "we are cutting egress costs", "use python 3.11 from .venv"):
            subprocess.run([*gcode, "learn", "add", text], cwd=root, env=env, check=True,
                           capture_output=True)
        for label, cmd in (("gcode --version", [*gcode, "--version"]),
                           ("gcode learn show", [*gcode, "learn", "show"])):
            times = sorted(wall(cmd, root, env, args.runs))
            p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
            print(f"  {label:<18} median {statistics.median(times):.3f} s   p95 {p95:.3f} s")


if __name__ == "__main__":
    main()
