"""How long `gcode chat` takes to show its first prompt, and how much memory it holds idle.

Runs the real console script in a pseudo-terminal (like a person's terminal), in a
throwaway git repository with its own database, and times from spawn to the first
prompt being drawn (prompt-toolkit's first screen update). Then, with the chat
idle at the prompt, it reads the process's resident memory.

    python benchmarks/bench_chat_startup.py [--runs 10]

Target: median <= 0.8 s to the first prompt on the development machine.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pexpect

PROMPT = r"\x1b\[6n|\x1b\[0;1m>"  # the cursor-position request or the bold "> ": first paint
TARGET_S = 0.8


def gcode_argv() -> list[str]:
    script = Path(sys.executable).with_name("gcode")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "gcode"]


def make_repo(base: Path) -> Path:
    root = base / "repo"
    root.mkdir()
    for args in (["init", "-q", "-b", "main"], ["config", "user.email", "bench@example.com"],
                 ["config", "user.name", "bench"]):
        subprocess.run(["git", *args], cwd=root, check=True)
    (root / "README.md").write_text("# bench\n")
    (root / "app.py").write_text("print('hi')\n")
    subprocess.run(["git", "add", "-A"], cwd=root, check=True)
    subprocess.run(["git", "commit", "-q", "-m", "initial"], cwd=root, check=True)
    return root


def rss_kb(pid: int, field: str = "VmRSS") -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def one_run(argv: list[str], cwd: Path, env: dict[str, str], idle: float) -> tuple[float, int]:
    start = time.perf_counter()
    child = pexpect.spawn(argv[0], argv[1:], cwd=str(cwd), env=env, dimensions=(40, 120),
                          timeout=20)
    child.expect(PROMPT)
    elapsed = time.perf_counter() - start
    if idle:
        time.sleep(idle)
    rss = rss_kb(child.pid)
    child.sendeof()
    child.expect(pexpect.EOF)
    child.close()
    return elapsed, rss


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--idle", type=float, default=1.0,
                        help="seconds idle at the prompt before reading memory")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        root = make_repo(base)
        env = {**os.environ, "TERM": "xterm", "HOME": str(base),
               "XDG_CONFIG_HOME": str(base / "config"), "XDG_DATA_HOME": str(base / "data"),
               "GCODE_DB": str(base / "gcode.db"), "GCODE_MODEL": "bench-model",
               "OPENAI_BASE_URL": "http://127.0.0.1:9/v1"}  # never contacted: nothing is sent
        argv = [*gcode_argv(), "chat"]
        one_run(argv, root, env, 0)  # first start creates the database; not counted
        times, rss = [], []
        for _ in range(args.runs):
            t, r = one_run(argv, root, env, args.idle)
            times.append(t)
            rss.append(r)
        t0 = time.perf_counter()
        subprocess.run([*gcode_argv(), "--version"], capture_output=True, env=env, check=True)
        version = time.perf_counter() - t0
    med = statistics.median(times)
    print(f"gcode chat, start to first prompt ({args.runs} runs): median {med:.3f} s, "
          f"min {min(times):.3f} s, max {max(times):.3f} s "
          f"(target <= {TARGET_S} s: {'ok' if med <= TARGET_S else 'MISSED'})")
    print(f"idle memory at the prompt (RSS after {args.idle:g} s): median "
          f"{statistics.median(rss) / 1024:.1f} MB, max {max(rss) / 1024:.1f} MB")
    print(f"for comparison, gcode --version: {version:.3f} s")
    return 0 if med <= TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
