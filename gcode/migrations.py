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
