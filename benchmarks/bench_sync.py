"""Team file speed: export and import of 10k learnings, and `gcode context` wall time.

    /tmp/venv/bin/python benchmarks/bench_sync.py [--records 10000] [--repeat 3]

Targets (issue 5): export of 10k records <= 0.5 s, import of 10k <= 2 s, and
`gcode context` in a fresh shallow clone (no database, no model, no key) well
under a second. Everything runs in a temporary directory; nothing of yours is
touched. Times are the best of --repeat runs, in seconds.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

WORDS = ("deploy staging database migration pytest fixture docker compose cache redis egress "
         "cost vendor grafana datadog flaky timeout worker queue kafka endpoint login session "
         "build webpack lint ruff format venv poetry tenant billing search ingest mailer proxy "
         "schema index replica backup rollout canary feature flag config secret-free").split()


def make_records(n: int, repo_id: str, seed: int = 5) -> list:
    from gcode.records import Learning, now_iso

    rng = random.Random(seed)
    out = []
    for i in range(n):
        text = (f"{rng.choice(['Remember', 'Note', 'Gotcha', 'Team decision'])}: "
                + " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 24)))
                + f" (item {i})")
        evidence = {}
        if i % 3 == 0:
            evidence = {"command": f"pytest -q tests/test_{rng.choice(WORDS)}.py -k case{i}",
                        "exit_code": 0, "paths": [f"src/{rng.choice(WORDS)}/mod{i % 97}.py"]}
        rec = Learning(content=text, repo_id=repo_id, kind=rng.choice(["insight", "gotcha"]),
                       store=rng.choice(["learned_knowledge", "project_context"]),
                       evidence=evidence, author=rng.choice(["alice", "bob", "carol"]),
                       source=rng.choice(["user", "extracted", "observed"]),
                       confidence=round(rng.uniform(0.5, 0.95), 3))
        if i % 20 == 0:
            rec.deleted_at, rec.rev = now_iso(), 2
        out.append(rec)
    return out


def best(fn: Callable[[], object], repeat: int, setup: Callable[[], object] | None = None) -> float:
    times = []
    for _ in range(repeat):
        if setup is not None:
            setup()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


def gcode_wall(args: list[str], cwd: Path, env: dict[str, str], repeat: int) -> float:
    cmd = [sys.executable, "-m", "gcode", *args]

    def run() -> None:
        done = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True)
        if done.returncode != 0:
            raise SystemExit(f"gcode {' '.join(args)} failed: {done.stderr}")

    return best(run, repeat)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    opts = parser.parse_args()
    n, repeat = opts.records, opts.repeat

    tmp = Path(tempfile.mkdtemp(prefix="gcode-bench-sync-"))
    env = {**os.environ, "HOME": str(tmp / "home"), "XDG_CONFIG_HOME": str(tmp / "home/.config"),
           "XDG_DATA_HOME": str(tmp / "home/.local/share"), "GIT_CONFIG_NOSYSTEM": "1",
           "GCODE_DB": str(tmp / "a.db"), "NO_COLOR": "1", "GCODE_USER": "alice",
           "GIT_AUTHOR_NAME": "b", "GIT_AUTHOR_EMAIL": "b@x", "GIT_COMMITTER_NAME": "b",
           "GIT_COMMITTER_EMAIL": "b@x"}
    for var in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "GCODE_MODEL", "GCODE_EMBEDDER"):
        env.pop(var, None)
    os.environ.clear()
    os.environ.update(env)
    try:
        from gcode import sync, team_file
        from gcode.db import open_db
        from gcode.knowledge import KnowledgeBase
        from gcode.workspace import Workspace

        repo = tmp / "repo"
        repo.mkdir()
        git(repo, "init", "-q", "-b", "main")
        (repo / "README.md").write_text("# bench\n")
        git(repo, "add", "-A")
        git(repo, "commit", "-q", "-m", "init")
        team = repo / ".gcode" / "learnings.jsonl"

        ws = Workspace(cwd=repo)
        records = make_records(n, ws.repo_id)
        with ws.db.write():
            for rec in records:
                ws.db.insert_learning(rec)
        rows: list[tuple[str, float, str]] = []

        def drop_file() -> None:
            team.unlink(missing_ok=True)
            ws.db.set_meta(f"team_import_hash:{ws.repo_id}", "")

        rows.append((f"export {n:,} records (new file)",
                     best(lambda: sync.export_file(ws), repeat, drop_file), "<= 0.5"))
        rows.append((f"re-export {n:,}, nothing changed (byte-identical, not rewritten)",
                     best(lambda: sync.export_file(ws), repeat), "<= 0.5"))
        one = [r for r in records if r.live][-1]

        def touch_one() -> None:
            rec = ws.db.get_learning(one.id)
            KnowledgeBase.touch(rec, "bob")
            ws.db.update_learning(rec)

        rows.append((f"re-export {n:,} after one learning changed (one-line diff)",
                     best(lambda: sync.export_file(ws), repeat, touch_one), "<= 0.5"))
        live = [r for r in records if r.live]
        rows.append((f"  of which: secret check of {n:,} records",
                     best(lambda: team_file.secret_fields(live), repeat), ""))
        size = team.stat().st_size

        def fresh(name: str) -> Workspace:
            path = tmp / f"{name}.db"
            for p in tmp.glob(f"{name}.db*"):
                p.unlink()
            return Workspace(cwd=repo, flags={"database.path": str(path)})

        holder: dict[str, Workspace] = {}

        def new_b() -> None:
            holder["b"] = fresh("b")

        rows.append((f"import {n:,} into a new database (vectors on first search)",
                     best(lambda: sync.import_file(holder["b"]), repeat, new_b), "<= 2"))

        def new_c() -> None:
            holder["c"] = fresh("c")
            KnowledgeBase(holder["c"].db).ensure_index()  # an index exists: embed on import

        rows.append((f"import {n:,} into a database with a vector index (embeds all)",
                     best(lambda: sync.import_file(holder["c"]), repeat, new_c), "<= 2"))
        b = holder["b"]
        rows.append((f"re-import {n:,} unchanged (`gcode learn import`)",
                     best(lambda: sync.import_file(b), repeat), ""))
        rows.append(("auto-import at start, file unchanged (hash hit)",
                     best(lambda: sync.auto_import(b), repeat), ""))

        # Ten teammates' edits arrive: incremental import.
        from gcode.knowledge import KnowledgeBase as KB

        edited = [r for r in live[:10]]

        def ten_edits() -> None:
            for rec in edited:
                rec = ws.db.get_learning(rec.id)
                KB.touch(rec, "bob")
                rec.content += " (edited)"
                ws.db.update_learning(rec)
            sync.export_file(ws)

        rows.append(("import after 10 teammates' edits (10 updated)",
                     best(lambda: sync.import_file(b), repeat, ten_edits), ""))

        # `gcode context`: a CI job's fresh shallow clone, no database, no key.
        git(repo, "add", "-A")
        git(repo, "commit", "-q", "-m", "team file")
        ctx_rows = []
        for count in (200, n):
            small = tmp / f"repo{count}"
            shutil.rmtree(small, ignore_errors=True)
            subprocess.run(["git", "clone", "-q", f"file://{repo}", str(small)], check=True)
            text = team.read_text().splitlines()
            (small / ".gcode/learnings.jsonl").write_text("\n".join(text[: count + 1]) + "\n")
            git(small, "commit", "-q", "--allow-empty", "-am", f"{count} records")
            clone = tmp / f"ci{count}"
            subprocess.run(["git", "clone", "-q", "--depth", "1", f"file://{small}", str(clone)],
                           check=True)
            ci_env = {**env, "GCODE_DB": str(tmp / "ci-none" / "gcode.db")}
            ctx_rows.append((f"gcode context, shallow clone, no DB, {count:,}-record file",
                             gcode_wall(["context"], clone, ci_env, repeat), "< 1"))
            ctx_rows.append((f"gcode context -m 'add a CDN?', same ({count:,})",
                             gcode_wall(["context", "-m", "should we add a CDN?"], clone,
                                        ci_env, repeat), ""))
            assert not (tmp / "ci-none").exists(), "context created a database"
        ctx_rows.append((f"gcode context, with a database ({n:,} team records)",
                         gcode_wall(["context"], repo, env, repeat), "< 1"))
        ctx_rows.append(("gcode --version (startup floor)",
                         gcode_wall(["--version"], repo, env, repeat), ""))
        rows.extend(ctx_rows)

        print(f"gcode team-file benchmark: {n:,} records ({n // 20:,} tombstones), file "
              f"{size / 1e6:.1f} MB, best of {repeat}, Python {sys.version.split()[0]}")
        width = max(len(r[0]) for r in rows)
        print(f"{'what'.ljust(width)}  {'seconds':>8}  target")
        for name, secs, target in rows:
            print(f"{name.ljust(width)}  {secs:8.3f}  {target}")
        for w in (ws, b, holder.get("c")):
            if w is not None:
                w.close()
        _ = open_db  # imported to fail early if the package is broken
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
