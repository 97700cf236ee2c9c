"""What the sandbox costs per command: `run_shell` of `true`, sandboxed and not, in one run.

    python benchmarks/bench_sandbox.py             # 60 runs of each
    python benchmarks/bench_sandbox.py --runs 200

The floor is the same tool call with `--sandbox off` (bash starting `true`, gcode's own
bookkeeping included); each sandbox this machine has (bubblewrap, Landlock, Seatbelt) runs the
same call, interleaved with the floor so load on a shared machine hits both alike. Printed:
median and p95 per command, the median overhead on top of the floor (target <= 20 ms), and the
one-time cost of finding the sandbox (its probe) at a session's first command.
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

from gcode.config import Config
from gcode.sandbox import BACKENDS, probe
from gcode.tools import ToolContext, execute
from gcode.tools.approval import Approver
from gcode.tools.shell import RUN_SHELL

TARGET_MS = 20.0


def context(root: Path, mode: str) -> ToolContext:
    cfg = Config()
    cfg.agent.sandbox = mode
    return ToolContext(root, cfg, Approver(mode="full-auto"))


def call(ctx: ToolContext) -> float:
    start = time.perf_counter()
    result = execute(RUN_SHELL, {"command": "true"}, ctx)
    elapsed = time.perf_counter() - start
    if result.content != "exit code: 0\n(no output)":
        raise SystemExit(f"`true` failed: {result.content}")
    return elapsed * 1000


def ms(values: list[float]) -> tuple[float, float]:
    ordered = sorted(values)
    return statistics.median(ordered), ordered[int(0.95 * (len(ordered) - 1))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=60)
    args = parser.parse_args()
    print(f"sandbox overhead per command: run_shell `true`, {args.runs} runs each, interleaved; "
          f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, "
          f"load {os.getloadavg()[0]:.2f}")
    with tempfile.TemporaryDirectory(prefix="gcode-sandbox-") as tmp:
        root = Path(tmp) / "repo"
        root.mkdir()
        subprocess.run(["git", "init", "-q"], cwd=root, check=True)
        rows = []
        for name in BACKENDS:
            os.environ["GCODE_SANDBOX_BACKEND"] = name
            start = time.perf_counter()
            works, detail = probe(name)
            probe_ms = (time.perf_counter() - start) * 1000
            if not works:
                print(f"  {name}: not available here ({detail})")
                continue
            floor_ctx, boxed_ctx = context(root, "off"), context(root, "workspace-write")
            call(floor_ctx), call(boxed_ctx)  # warm up
            floor, boxed = [], []
            for _ in range(args.runs):
                floor.append(call(floor_ctx))
                boxed.append(call(boxed_ctx))
            rows.append((name, ms(floor), ms(boxed), probe_ms))
        os.environ.pop("GCODE_SANDBOX_BACKEND", None)
    print(f"\n| sandbox | unsandboxed floor p50 / p95 | sandboxed p50 / p95 | overhead p50 "
          f"(target <= {TARGET_MS:g} ms) | first-command probe |")
    print("| --- | --- | --- | --- | --- |")
    for name, (f50, f95), (b50, b95), probe_ms in rows:
        over = b50 - f50
        verdict = "ok" if over <= TARGET_MS else "OVER"
        print(f"| {name} | {f50:.1f} / {f95:.1f} ms | {b50:.1f} / {b95:.1f} ms | "
              f"{over:+.1f} ms ({verdict}) | {probe_ms:.1f} ms |")


if __name__ == "__main__":
    main()
