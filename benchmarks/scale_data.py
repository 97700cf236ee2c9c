"""Data for bench_scale.py: databases of up to a million learnings and team files of up to
300k lines, built in bulk (a million `KnowledgeBase.add` calls would take hours).

Learnings are written like bench_search.py's (commands, paths, tools, gotchas, made-up
project words) over 100 repositories; 4% are personal memories of four users. Texts come
from a pool whose vectors are embedded once with the benchmark's embedder (the hashing
one unless asked), so similarities are those of real texts; each record's text adds its
own number.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_search import QUESTIONS, TEMPLATES, USERS, fill, words

from gcode.db import Database
from gcode.embed import Embedder, HashingEmbedder, to_blob
from gcode.records import content_hash, new_id

REPOS = 100
POOL = 20_011  # distinct texts embedded (prime: spread over repositories)
SLOW_POOL = 2_003  # with a slow embedder (e5: ~20 ms a text on 2 cores), fewer
STORES = [("learned_knowledge", "team", "insight"), ("project_context", "team", "layout"),
          ("project_context", "team", "test_command"), ("decision_log", "machine", "decision")]
COLUMNS = ("id", "store", "repo_id", "scope", "user", "kind", "title", "content", "evidence",
           "source", "confidence", "rev", "created_at", "updated_at", "author", "deleted_at",
           "superseded_by", "status", "content_hash", "use_count", "last_used_at", "origin",
           "branch")
NOW = datetime.now(timezone.utc)


def iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class Pool:
    """Texts and their vectors, made once per run."""

    def __init__(self, seed: int = 16, embedder: Embedder | None = None,
                 size: int = POOL) -> None:
        self.rng = random.Random(seed)
        self.vocab = words(self.rng, 3000)
        self.texts = [fill(self.rng.choice(TEMPLATES), self.rng, self.vocab) for _ in range(size)]
        embedder = embedder or HashingEmbedder()
        self.blobs = [to_blob(v) for start in range(0, size, 64)
                      for v in embedder.embed(self.texts[start : start + 64])]

    def question(self) -> str:
        return fill(self.rng.choice(QUESTIONS), self.rng, self.vocab)


def rows(pool: Pool, count: int, seed: int) -> Iterator[tuple[tuple[object, ...], bytes, str]]:
    """(row, vector, owner) for `count` learnings."""
    rng = random.Random(seed)
    for i in range(count):
        text_no = rng.randrange(len(pool.texts))
        moment = iso(NOW - timedelta(seconds=rng.randrange(180 * 86400)))
        if i % 25 == 0:
            user = USERS[i // 25 % len(USERS)]
            content = f"{user} prefers {pool.texts[text_no]} (#{i})"
            row = (new_id(), "user_memory", "", "user", user, "preference", "", content, "{}",
                   "extracted", 0.8, 1, moment, moment, user, None, None, "active",
                   content_hash(content), 0, None, "", "")
            yield row, pool.blobs[text_no], user
            continue
        store, scope, kind = STORES[rng.randrange(len(STORES))]
        content = f"{pool.texts[text_no]} (#{i})"
        dead = iso(NOW) if rng.random() < 0.03 else None
        row = (new_id(), store, f"repo-{i % REPOS:03d}", scope, "", kind, "", content, "{}",
               "extracted", round(rng.uniform(0.5, 0.95), 2), 2 if dead else 1, moment,
               dead or moment, rng.choice(USERS), dead, None, "active", content_hash(content),
               0, None, "", "")
        yield row, pool.blobs[text_no], ""


def build_db(db: Database, pool: Pool, count: int, seed: int = 1) -> None:
    """`count` learnings, bulk-inserted: rows and vectors in batches, with the triggers off
    and then the keyword index rebuilt and the team counts recomputed in one go (what the
    triggers would have done, row by row, five times slower)."""
    marks = ", ".join("?" for _ in COLUMNS)
    insert = f"insert into learnings ({', '.join(COLUMNS)}) values ({marks})"
    batch: list[tuple[tuple[object, ...], bytes, str]] = []
    triggers = db.query("select name, sql from sqlite_master where type = 'trigger' "
                        "and tbl_name = 'learnings'")

    def flush() -> None:
        with db.write() as c:
            first = (c.execute("select coalesce(max(rid), 0) from learnings").fetchone()[0]) + 1
            c.executemany(insert, [r for r, _, _ in batch])
            c.executemany("insert into learnings_vec(rowid, repo_id, owner, store, embedding) "
                          "values (?, ?, ?, ?, ?)",
                          [(first + n, r[2], owner, r[1], blob)
                           for n, (r, blob, owner) in enumerate(batch) if r[15] is None])
        batch.clear()

    with db.write() as c:
        for trigger in triggers:
            c.execute(f"drop trigger {trigger['name']}")
    for item in rows(pool, count, seed):
        batch.append(item)
        if len(batch) == 20_000:
            flush()
    if batch:
        flush()
    with db.write() as c:
        c.execute("insert into learnings_fts(learnings_fts) values ('rebuild')")
        c.execute("delete from team_stats")
        c.execute("insert into team_stats(repo_id, n, revs, changes) select repo_id, count(*), "
                  "sum(rev), 0 from learnings where scope = 'team' group by repo_id")
        for trigger in triggers:
            c.execute(trigger["sql"])
    db.conn.execute("pragma optimize=0x10002")


def team_lines(pool: Pool, count: int, repo_id: str, seed: int = 7) -> list[str]:
    """A team file of `count` learnings (5% tombstones), as gcode writes it."""
    from gcode.records import Learning
    from gcode.team_file import canonical, header_dict, record_dict

    rng = random.Random(seed)
    out = [canonical(header_dict(repo_id))]
    records = []
    for i in range(count):
        moment = iso(NOW - timedelta(seconds=rng.randrange(180 * 86400)))
        store = rng.choice(["learned_knowledge", "project_context"])
        evidence: dict[str, object] = {}
        if i % 3 == 0:
            evidence = {"command": f"pytest -q tests/test_{rng.choice(pool.vocab)}.py",
                        "exit_code": 0, "paths": [f"src/{rng.choice(pool.vocab)}.py"]}
        rec = Learning(content=f"{pool.texts[rng.randrange(len(pool.texts))]} (#{i})", store=store,
                       repo_id=repo_id, kind=rng.choice(["insight", "gotcha"]),
                       evidence=evidence, author=rng.choice(USERS), source="extracted",
                       confidence=round(rng.uniform(0.5, 0.95), 3), created_at=moment)
        if i % 20 == 0:
            rec.deleted_at, rec.rev = iso(NOW), 2
            rec.updated_at = rec.deleted_at
        records.append(rec)
    records.sort(key=lambda r: r.id)
    out.extend(canonical(record_dict(r, repo_id)) for r in records)
    return out


def edit_lines(lines: list[str], count: int, seed: int = 3) -> list[str]:
    """`count` teammates' edits: a line's record gets new text and a higher rev."""
    rng = random.Random(seed)
    out = list(lines)
    for n in rng.sample(range(1, len(lines)), count):
        obj = json.loads(out[n])
        obj["content"] += f" (edited {seed})"
        obj["rev"] += 1
        obj["updated_at"] = iso(datetime.now(timezone.utc))
        out[n] = json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return out
