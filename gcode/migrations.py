"""The database's whole history: migrations keyed by name, applied once each, in order.

As in simonw/llm's migrations.py: each migration is a function registered with
`@migration`; its name is its identity (recorded in `_migrations`), so a database
knows exactly which steps it has had. A database that records a migration this
gcode does not know was written by a newer gcode and is refused untouched.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from gcode.records import now_iso

MIGRATIONS: list[Callable[[Any], None]] = []


def migration(fn: Callable[[Any], None]) -> Callable[[Any], None]:
    """Register a migration. Never rename, reorder or edit one that has shipped."""
    MIGRATIONS.append(fn)
    return fn


@migration
def m001_initial(db: Any) -> None:
    db["learnings"].create(
        {
            "rid": int,  # stable integer key shared with the FTS and vector indexes
            "id": str,
            "store": str,
            "repo_id": str,
            "scope": str,
            "user": str,
            "kind": str,
            "title": str,
            "content": str,
            "evidence": str,
            "source": str,
            "confidence": float,
            "rev": int,
            "created_at": str,
            "updated_at": str,
            "author": str,
            "deleted_at": str,
            "superseded_by": str,
            "status": str,
            "content_hash": str,
            "use_count": int,
            "last_used_at": str,
        },
        pk="rid",
        not_null={"id", "store", "repo_id", "scope", "content", "created_at", "updated_at"},
        defaults={"user": "", "title": "", "evidence": "{}", "rev": 1, "status": "active",
                  "confidence": 0.8, "use_count": 0, "author": "", "kind": "insight"},
    )
    db["learnings"].create_index(["id"], unique=True)
    db["learnings"].create_index(["repo_id", "scope", "content_hash"])
    db["learnings"].create_index(["repo_id", "store"])
    db["learnings"].enable_fts(["title", "content", "kind"], create_triggers=True,
                               tokenize="porter unicode61")
    db["sessions"].create(
        {
            "id": str,
            "repo_id": str,
            "repo_root": str,
            "user": str,
            "model": str,
            "title": str,
            "created_at": str,
            "updated_at": str,
            "status": str,
            "prompt_tokens": int,
            "completion_tokens": int,
        },
        pk="id",
        defaults={"status": "active", "prompt_tokens": 0, "completion_tokens": 0, "title": ""},
    )
    db["sessions"].create_index(["repo_id", "updated_at"])
    db["messages"].create(
        {
            "session_id": str,
            "seq": int,
            "turn": int,
            "role": str,
            "content": str,
            "data": str,  # JSON: tool_calls, tool_call_id, name
            "created_at": str,
        },
        pk=("session_id", "seq"),
        foreign_keys=[("session_id", "sessions", "id")],
    )
    db["kv"].create({"key": str, "value": str}, pk="key")



@migration
def m002_provenance(db: Any) -> None:
    """Local-only provenance: `origin` says a record came from a team file (a teammate's
    claim, not evidence this machine produced); `branch` marks a record read from the team
    file of a non-default branch (provisional until it reaches the default branch)."""
    db["learnings"].add_column("origin", str, not_null_default="")
    db["learnings"].add_column("branch", str, not_null_default="")
    db["learnings"].create_index(["repo_id", "branch"])


@migration
def m003_fts_secure_delete(db: Any) -> None:
    """Forgetting must remove a learning's words from the keyword index at once, not leave
    them in old FTS5 segments until a merge (SQLite 3.44+; older ones merge later)."""
    try:
        db.execute("insert into learnings_fts(learnings_fts, rank) values ('secure-delete', 1)")
    except Exception:  # noqa: BLE001 - an older SQLite: the words go at the next merge
        pass


# -- m004: the hot queries bounded by their result (issue 16) ---------------------------------

# The FTS partition tokens of a row: who may see it ("o" + repo + owner, the owner being the
# user of a user-scope row) and its store ("s" + store). Hex keeps each one token whatever
# the ids hold; the trailing 0 keeps the porter stemmer off it. db_search.fts_tokens() is
# the same rule in Python.
FTS_PART_SQL = ("'o' || hex(repo_id) || 'x' || hex(case when scope = 'user' then user else '' end)"
                " || '0 s' || hex(store) || '0'")
# What a team record's line in the team file is made of, plus what decides whether it is
# exported: a change to any of these may change the file.
TEAM_COLUMNS = ("id, store, repo_id, scope, kind, title, content, evidence, source, confidence, "
                "rev, created_at, updated_at, author, deleted_at, superseded_by, status, branch")


TRIGGER_WEIGHTS = "1.0, 1.0, 1.0, 2.0"  # title, content, kind, trigger: m009


def create_fts(conn: Any, columns: tuple[str, ...] = ("title", "content", "kind", "applies"),
               weights: str = TRIGGER_WEIGHTS) -> None:
    """The keyword index with a partition column (`fts_part`): a search ANDs the tokens of
    the partitions it may see, so FTS5 reads only their rows of a common word's postings."""
    cols = ", ".join((*columns, "fts_part"))
    conn.execute(f"create virtual table learnings_fts using fts5({cols}, "
                 "content='learnings', content_rowid='rid', tokenize='porter unicode61')")
    # `order by rank` is then answered inside FTS5, and the partition column weighs nothing.
    conn.execute("insert into learnings_fts(learnings_fts, rank) "
                 f"values ('rank', 'bm25({weights}, 0.0)')")
    try:  # as m003: forgotten words leave the index at once (SQLite 3.44+)
        conn.execute("insert into learnings_fts(learnings_fts, rank) values ('secure-delete', 1)")
    except Exception:  # noqa: BLE001 - an older SQLite: the words go at the next merge
        pass
    new = ", ".join(f"new.{c}" for c in cols.split(", "))
    old = ", ".join(f"old.{c}" for c in cols.split(", "))
    # The trigger (`applies`) is generated from evidence: an evidence change may change it.
    watched = ", ".join(c if c != "applies" else "evidence" for c in columns)
    conn.execute(f"create trigger learnings_ai after insert on learnings begin "
                 f"insert into learnings_fts(rowid, {cols}) values (new.rid, {new}); end")
    conn.execute(f"create trigger learnings_ad after delete on learnings begin "
                 f"insert into learnings_fts(learnings_fts, rowid, {cols}) "
                 f"values ('delete', old.rid, {old}); end")
    # Only a change of what is indexed re-indexes: counting a use (every turn) does not.
    conn.execute(f"create trigger learnings_au after update of {watched}, repo_id, "
                 f"scope, user, store on learnings begin "
                 f"insert into learnings_fts(learnings_fts, rowid, {cols}) "
                 f"values ('delete', old.rid, {old}); "
                 f"insert into learnings_fts(rowid, {cols}) values (new.rid, {new}); end")


def _recreate_fts(conn: Any, **kwargs: Any) -> None:
    for trigger in ("learnings_ai", "learnings_ad", "learnings_au"):
        conn.execute(f"drop trigger if exists {trigger}")
    conn.execute("drop table if exists learnings_fts")
    create_fts(conn, **kwargs)
    conn.execute("insert into learnings_fts(learnings_fts) values ('rebuild')")


def _team_triggers(conn: Any) -> None:
    """team_stats (the fingerprint, O(1)) and team_dirty (what an export must rewrite) follow
    every change of a team record."""
    def bump(row: str, sign: str) -> str:
        return (f"insert into team_stats(repo_id, n, revs, changes) "
                f"select {row}.repo_id, {sign}1, {sign}{row}.rev, 1 where {row}.scope = 'team' "
                f"on conflict(repo_id) do update set n = n + excluded.n, "
                f"revs = revs + excluded.revs, changes = changes + 1;")

    def dirty(row: str) -> str:
        return (f"insert or ignore into team_dirty(repo_id, id) select {row}.repo_id, {row}.id "
                f"where {row}.scope = 'team' and exists "
                f"(select 1 from team_tracked t where t.repo_id = {row}.repo_id);")

    conn.execute(f"create trigger learnings_team_ai after insert on learnings "
                 f"when new.scope = 'team' begin {bump('new', '')} {dirty('new')} end")
    conn.execute(f"create trigger learnings_team_ad after delete on learnings "
                 f"when old.scope = 'team' begin {bump('old', '-')} {dirty('old')} end")
    conn.execute(f"create trigger learnings_team_au after update of {TEAM_COLUMNS} on learnings "
                 f"when old.scope = 'team' or new.scope = 'team' begin "
                 f"{bump('old', '-')} {bump('new', '')} {dirty('old')} {dirty('new')} end")


def create_vec_table(conn: Any, dim: int) -> None:
    """The vector index, partitioned by repository, owner (the user of a user-scope row, else
    '') and store: a search brute-forces only what its user may see of the stores it asks."""
    # Every partition allocates whole chunks: the default 1024 vectors made a 10k-learning
    # database 159 MB and inserts 5x slower; 64 keeps KNN as fast.
    conn.execute(f"create virtual table learnings_vec using vec0("
                 f"repo_id text partition key, owner text partition key, "
                 f"store text partition key, "
                 f"embedding float[{int(dim)}] distance_metric=cosine, chunk_size=64)")
    # sqlite-vec finds a partition's chunks by scanning its chunk table: index it.
    conn.execute("create index learnings_vec_chunks_part on learnings_vec_chunks"
                 "(partition00, partition01, partition02)")


@migration
def m004_scale(db: Any) -> None:
    """Indexes for the hot queries, a partitioned keyword and vector index, O(1) team
    fingerprints and the state that makes team file sync proportional to what changed."""
    conn = db.conn
    for old in ("idx_learnings_repo_id_store", "idx_learnings_repo_id_scope_content_hash"):
        conn.execute(f"drop index if exists {old}")
    # A store's recent records (every turn), read in order off the index: no sort.
    conn.execute("create index idx_learnings_recent on learnings"
                 "(repo_id, store, updated_at desc, id)")
    # Exact duplicates (every add) and duplicate groups (import), oldest first.
    conn.execute("create index idx_learnings_hash on learnings"
                 "(repo_id, scope, content_hash, created_at)")
    # A repository's team records in id order: the team file, streamed.
    conn.execute("create index idx_learnings_team on learnings(repo_id, scope, id)")
    # Short ids, as people type them (`learn forget 3f9a1c2e`).
    conn.execute("create index idx_learnings_short_id on learnings"
                 "(substr(replace(id, '-', ''), -8))")
    conn.execute(f"alter table learnings add column fts_part text "
                 f"generated always as ({FTS_PART_SQL}) virtual")
    _recreate_fts(conn, columns=("title", "content", "kind"), weights="1.0, 1.0, 1.0")
    conn.execute("create table team_stats (repo_id text primary key, n integer not null, "
                 "revs integer not null, changes integer not null)")
    conn.execute("insert into team_stats(repo_id, n, revs, changes) select repo_id, count(*), "
                 "coalesce(sum(rev), 0), 0 from learnings where scope = 'team' group by repo_id")
    # The team file as last imported or exported: one row per line in step with the
    # database (a hash of the line's bytes and the record's id).
    conn.execute("create table team_lines (repo_id text not null, digest blob not null, "
                 "id text not null, primary key (repo_id, digest)) without rowid")
    # Repositories whose every team change since their last full export is in team_dirty.
    conn.execute("create table team_tracked (repo_id text primary key)")
    conn.execute("create table team_dirty (repo_id text not null, id text not null, "
                 "primary key (repo_id, id)) without rowid")
    _team_triggers(conn)
    exists = conn.execute("select 1 from sqlite_master where name = 'learnings_vec'").fetchone()
    dim = conn.execute("select value from kv where key = 'embedder_dim'").fetchone()
    if exists and dim:
        # Re-partitioned, vectors kept: nothing is embedded again.
        conn.execute("create temp table learnings_vec_old as "
                     "select rowid as rid, embedding from learnings_vec")
        conn.execute("drop table learnings_vec")
        create_vec_table(conn, int(dim[0]))
        conn.execute("insert into learnings_vec(rowid, repo_id, owner, store, embedding) "
                     "select l.rid, l.repo_id, case when l.scope = 'user' then l.user else '' "
                     "end, l.store, v.embedding from temp.learnings_vec_old v "
                     "join learnings l on l.rid = v.rid order by l.rid")
        conn.execute("drop table temp.learnings_vec_old")


@migration
def m005_applies_when(db: Any) -> None:
    """A learning's "applies when" trigger (evidence.applies_when, written at extraction)
    is indexed for keywords beside its text, weighing a little less (issue 10)."""
    conn = db.conn
    conn.execute("alter table learnings add column applies text generated always as "
                 "(json_extract(evidence, '$.applies_when')) virtual")
    _recreate_fts(conn)


@migration
def m006_session_watermark(db: Any) -> None:
    """Extraction is batched across turns: `learned_seq` is the last message of a session
    whose statements reached extraction, `learner` the process that owns the rest (host,
    pid and start time), so a session left behind by a killed process is picked up by the
    next one. Sessions before this step were learned from turn by turn: all done."""
    db["sessions"].add_column("learned_seq", int, not_null_default=0)
    db["sessions"].add_column("learner", str, not_null_default="")
    db.conn.execute("update sessions set learned_seq = coalesce((select max(seq) from "
                    "messages m where m.session_id = sessions.id), 0)")


@migration
def m007_lifecycle_index(db: Any) -> None:
    """What a new command or environment fact may replace (gcode.lifecycle) is the records
    of its kind in its repository: read off an index, not by listing the repository."""
    db.conn.execute("create index if not exists idx_learnings_kind on learnings"
                    "(repo_id, kind, updated_at desc, id)")


@migration
def m008_trigger_weight(db: Any) -> None:
    """A trigger's words weigh as much as the text's: they are the words a question uses
    that the text does not (hashing embedder, benchmarks/bench_learning_quality.py: implied
    recall@5 0.23 -> 0.29; e5 unchanged). Only the ranking function changes."""
    _rank_by(db, "1.0, 1.0, 1.0, 1.0")


@migration
def m009_trigger_weight_double(db: Any) -> None:
    """A trigger's words weigh twice the text's: a trigger names the situations a learning
    applies to, so a word of the question found there says more than the same word in
    passing in the text (bench_learning_quality.py, both corpora: implied recall@5 with
    hashing 0.21 -> 0.29 and 0.32 -> 0.37, with e5 0.53 -> 0.58 and 0.48 -> 0.50; overall
    flat or better)."""
    _rank_by(db, TRIGGER_WEIGHTS)


def _rank_by(db: Any, weights: str) -> None:
    """Rank keyword matches by BM25 with these column weights (only the ranking changes)."""
    db.conn.execute("insert into learnings_fts(learnings_fts, rank) values ('rank', ?)",
                    (f"bm25({weights}, 0.0)",))


def _applied(conn: Any) -> list[tuple[int, str]]:
    exists = conn.execute(
        "select 1 from sqlite_master where type = 'table' and name = '_migrations'").fetchone()
    if not exists:
        return []
    return [(int(i), str(n)) for i, n in conn.execute("select id, name from _migrations")]


def applied_version(conn: Any) -> int:
    """The highest migration number recorded (the "schema version" people see)."""
    return max((i for i, _ in _applied(conn)), default=0)


def unknown_migrations(conn: Any) -> list[str]:
    """Names the database has applied that this gcode does not know (a newer gcode's)."""
    known = {fn.__name__ for fn in MIGRATIONS}
    return [name for _, name in sorted(_applied(conn)) if name not in known]


def foreign_tables(conn: Any) -> list[str]:
    """The tables of a database gcode never set up (no `_migrations`): another program's."""
    if conn.execute("select 1 from sqlite_master where type = 'table' "
                    "and name = '_migrations'").fetchone():
        return []
    return [str(n) for (n,) in conn.execute(
        "select name from sqlite_master where type = 'table' and name not like 'sqlite%' "
        "order by name")]


def migrate(conn: Any) -> None:
    """Apply the migrations not yet recorded, in one IMMEDIATE transaction."""
    if {name for _, name in _applied(conn)} >= {fn.__name__ for fn in MIGRATIONS}:
        return
    import sqlite_utils  # only paid for when the schema needs work (~30 ms)

    db = sqlite_utils.Database(conn)
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("create table if not exists _migrations "
                     "(id integer primary key, name text not null, applied_at text not null)")
        done = _applied(conn)  # re-read under the lock: another process may have won
        names = {name for _, name in done}
        number = max((i for i, _ in done), default=0)
        for fn in MIGRATIONS:
            if fn.__name__ not in names:
                fn(db)
                number += 1
                conn.execute("insert into _migrations(id, name, applied_at) values (?, ?, ?)",
                             (number, fn.__name__, now_iso()))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
