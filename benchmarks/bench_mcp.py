"""`gcode mcp serve`: how soon an MCP client can use it, and how fast it answers a search.

    python benchmarks/bench_mcp.py                  # 10k learnings, 5 starts, 50 searches
    python benchmarks/bench_mcp.py --learnings 1000 --starts 3 --searches 20

Builds a throwaway repository whose database holds N learnings (written like a team writes
them, default offline embedder; nothing of yours is touched), then drives `gcode mcp serve`
with the official MCP SDK's client over stdio, as Claude Code or Codex would:

- start: from spawning the server until the client has finished the handshake and listed
  the tools, next to two floors measured in the same run: `python -c pass` (an interpreter
  start) and `python -c "import mcp"` (what importing the SDK costs any Python MCP server);
- search: one `search_learnings` round trip (p50/p95, after a warm-up call), next to the
  floor `KnowledgeBase.search` on the same database in this process.

Targets (issue 14): start <= 0.3 s, search <= 50 ms at 10k learnings.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import anyio
from bench_search import QUESTIONS, make_records, pct, words
from mcp import Client, StdioServerParameters
from mcp.client.stdio import stdio_client

from gcode.db import open_db
from gcode.embed import HashingEmbedder
from gcode.knowledge import KnowledgeBase
from gcode.repo import Repo


def console_script() -> list[str]:
    beside = Path(sys.executable).with_name("gcode")
    return [str(beside)] if beside.is_file() else [sys.executable, "-m", "gcode"]


def wall(cmd: list[str], runs: int) -> list[float]:
    subprocess.run(cmd, check=True, capture_output=True)  # warm the file cache
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        out.append(time.perf_counter() - start)
    return out


def setup(tmp: Path, count: int) -> tuple[Path, dict[str, str], list[str]]:
    """A git repository with `count` learnings in the database; returns (root, env, queries)."""
    root = tmp / "repo"
    root.mkdir()
    env = {**os.environ, "HOME": str(tmp), "XDG_CONFIG_HOME": f"{tmp}/config",
           "XDG_DATA_HOME": f"{tmp}/data", "GCODE_DB": f"{tmp}/gcode.db", "NO_COLOR": "1",
           "GIT_CONFIG_NOSYSTEM": "1", "GCODE_USER": "dev0@example.com"}
    for git_args in (["init", "-q"], ["-c", "user.email=b@example.com", "-c", "user.name=b",
                                      "commit", "-q", "--allow-empty", "-m", "init"]):
        subprocess.run(["git", *git_args], cwd=root, env=env, check=True)
    repo_id = Repo.discover(root).identity(".gcode/learnings.jsonl")  # type: ignore[union-attr]
    rng = random.Random(14)
    vocab = words(rng, 400)
    records = make_records(count, rng, vocab)
    for rec in records:  # every learning belongs to the served repository: the worst case
        if rec.repo_id:
            rec.repo_id = repo_id
    db = open_db(Path(env["GCODE_DB"]))
    KnowledgeBase(db, HashingEmbedder()).add_many(records)
    db.close()
    queries = [q.format(w=rng.choice(vocab), w2=rng.choice(vocab), tool="pytest",
                        topic="egress costs", place="src") for q in QUESTIONS]
    return root, env, queries


def params(root: Path, env: dict[str, str]) -> StdioServerParameters:
    cmd = console_script()
    return StdioServerParameters(command=cmd[0], args=[*cmd[1:], "mcp", "serve"], env=env,
                                 cwd=str(root))


async def time_start(p: StdioServerParameters) -> float:
    start = time.perf_counter()
    async with Client(stdio_client(p)) as client:
        await client.list_tools()
        elapsed = time.perf_counter() - start
    return elapsed


async def time_searches(p: StdioServerParameters, queries: list[str], n: int
                        ) -> tuple[float, list[float]]:
    """(the first call, which opens the database, in ms; then `n` searches in ms)."""
    out = []
    async with Client(stdio_client(p)) as client:
        start = time.perf_counter()
        await client.call_tool("search_learnings", {"query": "warm up", "k": 10})
        first = (time.perf_counter() - start) * 1000
        for i in range(n):
            start = time.perf_counter()
            result = await client.call_tool("search_learnings",
                                            {"query": queries[i % len(queries)], "k": 10})
            out.append((time.perf_counter() - start) * 1000)
            assert not result.is_error, result.content
    return first, out


def direct_searches(env: dict[str, str], root: Path, queries: list[str], n: int
                    ) -> list[float]:
    db = open_db(Path(env["GCODE_DB"]))
    kb = KnowledgeBase(db, HashingEmbedder())
    repo_id = Repo.discover(root).identity(".gcode/learnings.jsonl")  # type: ignore[union-attr]
    kb.search("warm up", [repo_id, ""], env["GCODE_USER"], k=10)
    out = []
    for i in range(n):
        start = time.perf_counter()
        kb.search(queries[i % len(queries)], [repo_id, ""], env["GCODE_USER"], k=10)
        out.append((time.perf_counter() - start) * 1000)
    db.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--learnings", type=int, default=10_000)
    parser.add_argument("--starts", type=int, default=5)
    parser.add_argument("--searches", type=int, default=50)
    args = parser.parse_args()
    print(f"gcode mcp serve benchmark: Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, "
          f"{args.learnings} learnings")
    with tempfile.TemporaryDirectory(prefix="gcode-bench-mcp-") as tmp:
        root, env, queries = setup(Path(tmp), args.learnings)
        p = params(root, env)

        python = wall([sys.executable, "-c", "pass"], args.starts)
        sdk = wall([sys.executable, "-c", "import mcp"], args.starts)
        anyio.run(time_start, p)  # warm up (first import writes bytecode, opens the index)
        starts = [anyio.run(time_start, p) for _ in range(args.starts)]
        print("start (spawn -> handshake done -> tools listed), median of "
              f"{args.starts}:")
        print(f"  gcode mcp serve            {statistics.median(starts):6.3f} s   "
              f"(target <= 0.3 s)")
        print(f"  floor: python -c pass      {statistics.median(python):6.3f} s")
        print(f"  floor: python -c 'import mcp' {statistics.median(sdk):6.3f} s   "
              "(the SDK's own import)")

        first, served = anyio.run(time_searches, p, queries, args.searches)
        direct = direct_searches(env, root, queries, args.searches)
        print(f"search_learnings k=10 over {args.learnings} learnings, {args.searches} "
              "queries:")
        print(f"  via MCP (stdio round trip) p50 {pct(served, 0.5):6.1f} ms   p95 "
              f"{pct(served, 0.95):6.1f} ms   (target <= 50 ms)")
        print(f"  floor: KnowledgeBase.search p50 {pct(direct, 0.5):6.1f} ms   p95 "
              f"{pct(direct, 0.95):6.1f} ms")
        print(f"  (the session's first call, which opens the database: {first:.1f} ms)")


if __name__ == "__main__":
    main()
