"""The hot queries read only what their result needs: SQLite's own query plans say so.

Each query is captured as gcode really runs it (the connection's trace callback, with its
parameters bound), on a database of 24k learnings over 40 repositories, before and after
`ANALYZE` (a user's database has no statistics; a long-lived one may). A plan that sorts
in a temporary B-tree or scans the learnings table (or a whole index of it) grows with
the database, not with the answer: it fails here.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import pytest

from gcode.db import Database, open_db
from gcode.embed import HashingEmbedder, to_blob
from gcode.hybrid import fts_query
from gcode.knowledge import KnowledgeBase
from gcode.records import Learning
from stores.project_context import CORE_SCORE

REPOS = 40
USERS = ["ann", "bob", "cyd"]
STORES = [("learned_knowledge", "team"), ("project_context", "team"),
          ("decision_log", "machine")]
WORDS = ("deploy staging database migration pytest fixture docker cache redis egress cost "
         "grafana datadog flaky timeout worker queue endpoint login build lint venv").split()


def _records(count: int) -> list[Learning]:
    rng = random.Random(16)
    out = []
    for i in range(count):
        text = " ".join(rng.choice(WORDS) for _ in range(8)) + f" #{i}"
        if i % 25 == 0:
            user = USERS[i % len(USERS)]
            out.append(Learning(content=text, store="user_memory", scope="user", user=user,
                                repo_id="", kind="preference"))
            continue
        store, scope = STORES[i % len(STORES)]
        rec = Learning(content=text, store=store, scope=scope, repo_id=f"repo-{i % REPOS}")
        if i % 30 == 0:
            rec.deleted_at = rec.created_at
        out.append(rec)
    return out


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Database:
    db = open_db(tmp_path_factory.mktemp("plans") / "plans.db")
    KnowledgeBase(db, HashingEmbedder(16)).ensure_index()
    records = _records(24_000)
    embedder = HashingEmbedder(16)
    for start in range(0, len(records), 4000):
        chunk = records[start : start + 4000]
        vectors = embedder.embed([r.content for r in chunk])
        db.insert_learnings([(r, to_blob(v)) for r, v in zip(chunk, vectors)])
    db.track_team("repo-3")
    db.mark_team_dirty("repo-3", [r.id for r in records[:50] if r.repo_id == "repo-3"])
    return db


def _sample(db: Database) -> Learning:
    rec = db.list_learnings(["repo-7"], stores=["learned_knowledge"], limit=1)[0]
    return rec


HOT: dict[str, Callable[[Database, KnowledgeBase], object]] = {
    "a store's recent records (every turn)": lambda db, kb: db.list_learnings(
        ["repo-7"], user="ann", stores=["project_context"], statuses=("active",), limit=30),
    "briefs of a store's recent records (every turn's core)": lambda db, kb: (
        db._briefs.clear(),  # kept from the last run while nothing was written: read it
        db.brief_learnings(["repo-7"], "ann", "project_context", ("active",), 500)),
    "a store's records ranked for its core (every turn)": lambda db, kb: (
        db._briefs.clear(),
        db.ranked_briefs("repo-7", "ann", "project_context", CORE_SCORE, ("active",), 76)),
    "personal memories, recent": lambda db, kb: db.list_learnings(
        [""], user="bob", stores=["user_memory"], statuses=("active", "stale"), limit=24),
    "hybrid search, one store": lambda db, kb: kb.search(
        "why does the staging deploy time out?", ["repo-7"], "ann", k=10,
        stores=["learned_knowledge"]),
    "hybrid search, repo and personal": lambda db, kb: kb.search(
        "redis cache flaky", ["repo-7", ""], "ann", k=10),
    "keyword half, no user filter": lambda db, kb: db.search_keywords(
        fts_query("docker build"), 50, ["repo-9"], None),
    "exact duplicate on add": lambda db, kb: db.find_by_hash(
        "repo-7", "team", "", _sample(db).hash),
    "team fingerprint (every turn)": lambda db, kb: db.team_fingerprint("repo-7"),
    "short id": lambda db, kb: db.learnings_by_short_id(_sample(db).id.replace("-", "")[-6:]),
    "id prefix": lambda db, kb: db.learnings_by_short_id(_sample(db).id[:13]),
    "records by id": lambda db, kb: db.get_learnings([_sample(db).id]),
    "duplicates among what an import wrote": lambda db, kb: db.live_duplicates(
        "repo-7", "team", [_sample(db).hash]),
    "team file, streamed in id order": lambda db, kb: [
        b for b in db.team_records_by_id("repo-7", ("active", "stale"))],
    "team file state": lambda db, kb: (db.team_lines("repo-3"), db.team_dirty("repo-3"),
                                       db.team_tracked("repo-3")),
    "provisional records": lambda db, kb: db.provisional_in_repo("repo-7"),
    "what a new learning may replace (every add)": lambda db, kb: db.replaceable(
        "repo-7", None, "team", "test_command", ["docker", "redis cache"]),
    "the files facts cite (every turn)": lambda db, kb: db.cited_paths(
        ["repo-7"], "ann", "project_context"),
}

# Tables that grow with the database (the FTS5 and vec0 virtual tables answer their own
# MATCH; sqlite_master is a handful of rows).
GROWING = {"learnings", "l", "team_lines", "team_dirty", "team_stats", "team_tracked"}


def _statements(db: Database, run: Callable[[], object]) -> list[str]:
    seen: list[str] = []
    db.conn.set_trace_callback(seen.append)
    try:
        run()
    finally:
        db.conn.set_trace_callback(None)
    return [s for s in seen if s.lstrip().lower().startswith("select")]


@pytest.mark.parametrize("analyzed", [False, True], ids=["no statistics", "analyzed"])
@pytest.mark.parametrize("name", list(HOT))
def test_hot_query_plans_are_bounded_by_their_result(big: Database, name: str,
                                                     analyzed: bool) -> None:
    if analyzed:
        big.conn.execute("analyze")
    else:
        big.conn.execute("drop table if exists sqlite_stat1")
        big.conn.execute("analyze sqlite_schema")  # reload: the planner forgets the stats
    kb = KnowledgeBase(big, HashingEmbedder(16))
    statements = _statements(big, lambda: HOT[name](big, kb))
    assert statements, f"{name}: no query ran"
    for sql in statements:
        plan = [row[3] for row in big.conn.execute("explain query plan " + sql)]
        bad = [step for step in plan if "TEMP B-TREE" in step or (
            step.startswith("SCAN ") and step.split()[1] in GROWING)]
        assert not bad, f"{name}: {sql}\n  plan: {plan}"


def test_the_keyword_half_reads_only_the_partitions_searched(big: Database) -> None:
    """A word common to every repository: the search reads this repository's rows of it,
    and what it returns is exactly what the unpartitioned filter would return."""
    match = fts_query("pytest deploy")
    got = big.search_keywords(match, 500, ["repo-7", ""], "ann", ["learned_knowledge"])
    assert got and all(r.repo_id == "repo-7" and r.store == "learned_knowledge" for r, _ in got)
    want = big.query(
        "select l.id from learnings_fts join learnings l on l.rid = learnings_fts.rowid "
        "where learnings_fts match ? and l.repo_id in ('repo-7', '') and l.store = "
        "'learned_knowledge' and l.status = 'active' and l.deleted_at is null and "
        "l.superseded_by is null and (l.scope != 'user' or l.user = 'ann') "
        "order by learnings_fts.rank limit 500", (f"{{title content kind}} : ({match})",))
    assert [r.id for r, _ in got] == [w["id"] for w in want]


def test_personal_memories_are_partitioned_by_user(big: Database) -> None:
    """Another user's memories are never read: their vectors are in another partition."""
    for user in USERS:
        count = big.scalar("select count(*) from learnings_vec where repo_id = '' "
                           "and owner = ?", (user,))
        assert count == big.scalar("select count(*) from learnings where repo_id = '' and "
                                   "user = ? and deleted_at is null", (user,)) > 0
    probe = to_blob(HashingEmbedder(16).embed(["redis cache"])[0])
    hits = big.search_vectors(probe, 20, [""], "bob")
    assert hits and {r.user for r, _ in hits} == {"bob"}
    assert big.vector_partitions([""], "bob") == [("", "", None), ("", "bob", None)]


def test_migrated_database_keeps_its_vectors_and_finds_the_same(tmp_path: Path) -> None:
    """m003 re-partitions an existing index without embedding anything again."""
    import sqlite_utils

    from gcode import migrations

    path = tmp_path / "old.db"
    db = open_db(path, migrate_schema=False)
    conn = db.conn
    conn.execute("create table if not exists _migrations "
                 "(id integer primary key, name text not null, applied_at text not null)")
    for number, fn in enumerate(migrations.MIGRATIONS[:2], start=1):
        fn(sqlite_utils.Database(conn))
        conn.execute("insert into _migrations values (?, ?, '')", (number, fn.__name__))
    conn.execute("create virtual table learnings_vec using vec0(repo_id text partition key, "
                 "embedding float[16] distance_metric=cosine, chunk_size=64)")
    conn.execute("insert into kv values ('embedder', 'hashing-v1'), ('embedder_dim', '16')")
    embedder = HashingEmbedder(16)
    texts = ["alice prefers tabs", "bob prefers spaces", "deploys need the vpn"]
    owners = [("", "user", "alice"), ("", "user", "bob"), ("r", "team", "")]
    for n, (text, (repo, scope, user)) in enumerate(zip(texts, owners), start=1):
        conn.execute("insert into learnings(rid, id, store, repo_id, scope, user, content, "
                     "created_at, updated_at) values (?, ?, 's', ?, ?, ?, ?, 't', 't')",
                     (n, f"id-{n:08d}", repo, scope, user, text))
        conn.execute("insert into learnings_vec(rowid, repo_id, embedding) values (?, ?, ?)",
                     (n, repo, to_blob(embedder.embed([text])[0])))
    db.close()
    db = open_db(path)
    assert db.schema_version == len(migrations.MIGRATIONS)
    assert db.query("select rowid, repo_id, owner from learnings_vec order by rowid") == [
        {"rowid": 1, "repo_id": "", "owner": "alice"}, {"rowid": 2, "repo_id": "", "owner": "bob"},
        {"rowid": 3, "repo_id": "r", "owner": ""}]
    probe = to_blob(embedder.embed(["prefers"])[0])
    assert [r.user for r, _ in db.search_vectors(probe, 5, [""], "bob")] == ["bob"]
    assert [r.id for r, _ in db.search_keywords('"vpn"', 5, ["r"], "bob")] == ["id-00000003"]
    assert db.team_fingerprint("r") == "1:1:0"
