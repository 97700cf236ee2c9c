"""Search, context-build and insert speed on databases of 10k and 100k learnings.

    python benchmarks/bench_search.py                 # 10k and 100k, 100 repos
    python benchmarks/bench_search.py --sizes 10000   # just one size

Builds each database in a temporary directory (nothing of yours is touched): learnings
spread over 100 repositories, written like a team writes them (commands, paths, tools,
gotchas, plus made-up project words), with the default offline embedder. Prints:

- insert rate: `KnowledgeBase.add` one at a time (dedupe + near-duplicate check + embed +
  its own transaction, as the agent does) and `KnowledgeBase.add_many` (bulk, as an import);
- search latency p50/p95: `KnowledgeBase.search(k=10)` in one repo (plus the user's
  cross-repo records), for keyword queries and questions phrased in other words;
- context-build latency p50/p95: what one agent turn pays before calling the model
  (`LearningMachine.build_context`, every store's recall under one token budget).

Targets on a 2-core machine: search p95 <= 15 ms at 10k, <= 40 ms at 100k.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gcode.config import Config
from gcode.db import open_db
from gcode.embed import HashingEmbedder
from gcode.knowledge import KnowledgeBase
from gcode.records import Learning

REPOS = 100
USERS = [f"dev{i}@example.com" for i in range(4)]  # a shared dev box at most
TOOLS = ["pytest", "tox", "nox", "make", "npm", "pnpm", "cargo", "go", "gradle", "docker",
         "ruff", "mypy", "eslint", "vite", "webpack", "alembic", "terraform", "helm", "kubectl"]
PLACES = ["src", "lib", "app", "services", "web", "api", "cmd", "internal", "scripts", "infra",
          "docs", "tests", "tools", "migrations", "config", "deploy"]
TOPICS = ["egress costs", "the cdn", "datadog", "grafana dashboards", "postgres", "redis cache",
          "the build", "ci pipeline", "staging", "feature flags", "auth tokens", "rate limits",
          "the queue workers", "s3 buckets", "the release train", "flaky tests", "timeouts",
          "the monorepo", "code owners", "the api gateway", "logging", "sentry alerts"]
TEMPLATES = [
    "run the {w} tests with {tool} -q {place}/{w2}",
    "{place}/{w} holds the {w2} code; {w3} lives in {place2}/",
    "gotcha: {tool} fails on {w} unless {W}_{W2} is set",
    "we are trying to reduce {topic} for {w}",
    "use {tool} from .venv for {w}; the {w2} environment is {w3}",
    "{w} depends on {topic}; talk to {user} before changing {w2}",
    "the team decided to move {topic} to {w} because of {w2}",
    "deploys of {w} go through {tool} and need {topic}",
    "{topic}: the {w} job retries {n} times and then pages {user}",
    "prefer {w} over {w2} when touching {place}/{w3}",
]
QUESTIONS = [
    "how do I run the tests?", "where does the {w} code live?", "why does {tool} fail?",
    "should we add a CDN?", "I'm deciding between datadog and grafana, any advice?",
    "what environment should I use for {w}?", "who owns {topic}?", "how do deploys work?",
    "is there anything I should know before touching {place}?", "{w} {w2}",
]


def words(rng: random.Random, n: int) -> list[str]:
    syllables = ["ka", "lo", "mi", "ne", "su", "ta", "vo", "ri", "pe", "zu", "da", "gi", "ho",
                 "ju", "be", "ce", "fa", "xi"]
    out = set()
    while len(out) < n:
        out.add("".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))))
    return sorted(out)


def fill(template: str, rng: random.Random, vocab: list[str]) -> str:
    w = [rng.choice(vocab) for _ in range(3)]
    return template.format(w=w[0], w2=w[1], w3=w[2], W=w[0].upper(), W2=w[1].upper(),
                           tool=rng.choice(TOOLS), place=rng.choice(PLACES),
                           place2=rng.choice(PLACES), topic=rng.choice(TOPICS),
                           user=rng.choice(USERS), n=rng.randint(2, 9))


def make_records(count: int, rng: random.Random, vocab: list[str]) -> list[Learning]:
    records = []
    stores = [("learned_knowledge", "team", "insight"), ("project_context", "team", "layout"),
              ("project_context", "team", "test_command"), ("decision_log", "machine", "decision")]
    for i in range(count):
        repo = f"repo-{i % REPOS:03d}"
        if i % 25 == 0:  # some personal memory that follows its user across repos
            user = rng.choice(USERS)
            records.append(Learning(content=f"{user} prefers " + fill(rng.choice(TEMPLATES), rng,
                                                                       vocab),
                                    store="user_memory", scope="user", user=user, repo_id="",
                                    kind="preference", author=user))
            continue
        store, scope, kind = rng.choice(stores)
        records.append(Learning(content=f"{fill(rng.choice(TEMPLATES), rng, vocab)} (#{i})",
                                store=store, scope=scope, kind=kind, repo_id=repo,
                                confidence=round(rng.uniform(0.5, 0.95), 2),
                                author=rng.choice(USERS), source="extracted"))
    return records


def pct(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def timed(fn: Callable[[], object], runs: list[tuple]) -> list[float]:
    out = []
    for args in runs:
        start = time.perf_counter()
        fn(*args)
        out.append((time.perf_counter() - start) * 1000)
    return out


def context_builder(kb: KnowledgeBase, runs: list[tuple[str, str, str]],
                    ) -> tuple[str, Callable[[str, str, str], object]]:
    """LearningMachine.build_context when the learning machine is available, else the
    repo-scoped k=20 search that is its core. Machines are made before the clock starts:
    a session makes one and builds the context on every turn."""
    try:
        from gcode.learning import LearningMachine

        machines = {(repo, user): LearningMachine(Config(), kb, repo, None, user)
                    for _, repo, user in runs}

        def build(query: str, repo: str, user: str) -> object:
            return machines[repo, user].build_context(query)

        build("warm up", *runs[0][1:])
        return "LearningMachine.build_context", build
    except Exception as exc:  # noqa: BLE001 - report and fall back
        print(f"  (learning machine unavailable: {exc}; timing search k=20 instead)")

        def search20(query: str, repo: str, user: str) -> object:
            return kb.search(query, [repo, ""], user, k=20)

        return "KnowledgeBase.search(k=20)", search20


def bench(size: int, workdir: Path, queries: int, single: int) -> dict[str, float]:
    rng = random.Random(size)
    vocab = words(rng, 3000)
    records = make_records(size, rng, vocab)
    db = open_db(workdir / f"bench-{size}.db")
    kb = KnowledgeBase(db, HashingEmbedder())
    results: dict[str, float] = {}

    start = time.perf_counter()
    for rec in records[:single]:
        kb.add(rec)
    results["add_per_s"] = single / (time.perf_counter() - start)

    start = time.perf_counter()
    rest = records[single:]
    for i in range(0, len(rest), 2000):
        kb.add_many(rest[i:i + 2000])
    results["bulk_per_s"] = len(rest) / (time.perf_counter() - start)
    db.conn.execute("pragma optimize")
    live = db.scalar("select count(*) from learnings")

    runs = []
    for _ in range(queries):
        q = fill(rng.choice(QUESTIONS), rng, vocab)
        runs.append((q, f"repo-{rng.randrange(REPOS):03d}", rng.choice(USERS)))
    kb.search("warm up", ["repo-000", ""], USERS[0])  # page the index in, as any run does
    lat = timed(lambda q, repo, user: kb.search(q, [repo, ""], user, k=10), runs)
    results["search_p50"], results["search_p95"] = pct(lat, 0.5), pct(lat, 0.95)
    label, build = context_builder(kb, runs[: max(20, queries // 2)])
    lat = timed(build, runs[: max(20, queries // 2)])
    results["context_p50"], results["context_p95"] = pct(lat, 0.5), pct(lat, 0.95)
    results["rows"] = live
    results["db_mb"] = (workdir / f"bench-{size}.db").stat().st_size / 1e6
    print(f"{size:>7,} learnings ({live:,} rows, {REPOS} repos, {results['db_mb']:.0f} MB)")
    print(f"  insert, one at a time (add):  {results['add_per_s']:8,.0f} learnings/s "
          f"({single:,} rows)")
    print(f"  insert, bulk (add_many):      {results['bulk_per_s']:8,.0f} learnings/s")
    print(f"  search k=10, one repo:        p50 {results['search_p50']:6.1f} ms   "
          f"p95 {results['search_p95']:6.1f} ms   ({queries} queries)")
    print(f"  context build ({label}): p50 {results['context_p50']:6.1f} ms   "
          f"p95 {results['context_p95']:6.1f} ms")
    db.close()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--single", type=int, default=2000,
                        help="rows inserted one at a time with add() before the bulk rest")
    parser.add_argument("--keep", type=Path, help="build the databases here and keep them")
    args = parser.parse_args()
    print(f"gcode search benchmark: Python {sys.version.split()[0]}, {os.cpu_count()} CPUs")
    with tempfile.TemporaryDirectory(prefix="gcode-bench-") as tmp:
        workdir = args.keep or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        for size in args.sizes:
            bench(size, workdir, args.queries, min(args.single, size))


if __name__ == "__main__":
    main()
