"""The database: one SQLite file shared by every repo, user and session on the machine.

This is the only module that writes SQL. It opens a connection that can load
sqlite-vec (the standard `sqlite3` when it allows extensions, else `sqlean`),
keeps the schema's history as numbered migrations, and opens every write with
`BEGIN IMMEDIATE` so concurrent gcode processes queue instead of failing with
SQLITE_BUSY.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from gcode.db_guard import check_path, describe_error
from gcode.errors import GcodeError
from gcode.db_sessions import SessionQueries, like_escape
from gcode.migrations import MIGRATIONS, applied_version, migrate, unknown_migrations
from gcode.records import FORGOTTEN, Learning, now_iso



def _can_load_extensions(module: Any) -> bool:
    return hasattr(module.Connection, "enable_load_extension")


def _driver() -> Any:
    """The sqlite3-compatible module to use: stdlib if it can load extensions, else sqlean."""
    if _can_load_extensions(sqlite3):
        return sqlite3
    try:
        import sqlean
    except ImportError:  # pragma: no cover - sqlean.py is a dependency
        raise GcodeError(
            "this Python's sqlite3 cannot load extensions and sqlean.py is not installed",
            hint="pip install sqlean.py",
        ) from None
    return sqlean


class Database(SessionQueries):
    """A connection plus the operations gcode needs. Use `open_db()` to get one."""

    def __init__(self, conn: Any, path: Path, driver: Any, busy_timeout_ms: int = 0) -> None:
        self.conn = conn
        self.path = path
        self.driver = driver
        self.busy_timeout_ms = busy_timeout_ms
        self.vec_version: str | None = None
        self._in_write = False
        # The branch checked out where this database is used: its provisional records
        # (read from its team file, not yet on the default branch) are visible too.
        self.branch = ""

    # -- plumbing ---------------------------------------------------------------------------

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def error(self, exc: BaseException) -> GcodeError:
        """A SQLite failure on this database as one clear line (see describe_error)."""
        return describe_error(exc, self.path, self.busy_timeout_ms)

    @contextmanager
    def write(self) -> Iterator[Any]:
        """A write transaction opened with BEGIN IMMEDIATE; nested calls join the outer one.

        A lock held past the busy timeout, a full disk or a damaged file becomes a
        GcodeError after the rollback: nothing of the transaction is kept."""
        if self._in_write:
            yield self.conn
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except self.driver.Error as exc:
            raise self.error(exc) from None
        self._in_write = True
        try:
            yield self.conn
            self.conn.execute("COMMIT")
        except BaseException as exc:
            self._rollback()
            if isinstance(exc, self.driver.Error):
                raise self.error(exc) from None
            raise
        finally:
            self._in_write = False

    def _rollback(self) -> None:
        if self.conn.in_transaction:
            try:
                self.conn.execute("ROLLBACK")
            except self.driver.Error:
                pass  # SQLite rolled back already (a full disk can do that)

    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[dict[str, Any]]:
        try:
            cur = self.conn.execute(sql, params)
            cols = [d[0] for d in cur.description or ()]
            return [dict(zip(cols, row)) for row in cur.fetchall()]
        except self.driver.DatabaseError as exc:
            if self._in_write:
                raise  # write() rolls back, then words it
            raise self.error(exc) from None

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        try:
            row = self.conn.execute(sql, params).fetchone()
        except self.driver.DatabaseError as exc:
            if self._in_write:
                raise
            raise self.error(exc) from None
        return row[0] if row else None

    @property
    def schema_version(self) -> int:
        return applied_version(self.conn)

    @property
    def sqlite_version(self) -> str:
        return str(self.scalar("select sqlite_version()"))

    # -- key/value --------------------------------------------------------------------------

    def get_meta(self, key: str, default: str | None = None) -> str | None:
        value = self.scalar("select value from kv where key = ?", (key,))
        return default if value is None else value

    def set_meta(self, key: str, value: str) -> None:
        with self.write() as c:
            c.execute("insert into kv(key, value) values (?, ?) "
                      "on conflict(key) do update set value = excluded.value", (key, value))

    # -- learnings --------------------------------------------------------------------------

    def insert_learning(self, rec: Learning, embedding: bytes | None = None) -> None:
        """Insert a record (and its vector, if given) in one transaction."""
        self.insert_learnings([(rec, embedding)])

    def insert_learnings(self, items: Sequence[tuple[Learning, bytes | None]]) -> None:
        """Insert many new records (and the vectors given) in one transaction, in bulk:
        importing a teammate's 10k-record file must not pay one statement per row."""
        if not items:
            return
        rows = [_learning_row(rec) for rec, _ in items]
        cols = list(rows[0])
        sql = (f"insert into learnings ({', '.join(cols)}) "
               f"values ({', '.join('?' for _ in cols)})")
        vectors = [(rec, blob) for rec, blob in items if blob is not None and rec.live]
        with self.write() as c:
            c.executemany(sql, [[row[k] for k in cols] for row in rows])
            rid_of: dict[str, int] = {}
            ids = [rec.id for rec, _ in vectors]
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                marks = ", ".join("?" for _ in chunk)
                rid_of.update((lid, rid) for rid, lid in c.execute(
                    f"select rid, id from learnings where id in ({marks})", chunk))
            if vectors:
                c.executemany("insert into learnings_vec(rowid, repo_id, embedding) "
                              "values (?, ?, ?)",
                              [(rid_of[rec.id], rec.repo_id, blob) for rec, blob in vectors])

    def update_learning(self, rec: Learning, embedding: bytes | None = None,
                        reembed: bool = False) -> None:
        """Rewrite a record in place. With `reembed`, replace (or, when dead, drop) its vector."""
        row = _update_row(rec)
        row.pop("id")
        sets = ", ".join(f"{k} = ?" for k in row)
        with self.write() as c:
            rid = self.scalar("select rid from learnings where id = ?", (rec.id,))
            if rid is None:
                raise KeyError(rec.id)
            c.execute(f"update learnings set {sets} where rid = ?", [*row.values(), rid])
            if reembed or not rec.live:
                if self.has_vec_table():
                    c.execute("delete from learnings_vec where rowid = ?", (rid,))
                if embedding is not None and rec.live:
                    c.execute("insert into learnings_vec(rowid, repo_id, embedding) "
                              "values (?, ?, ?)", (rid, rec.repo_id, embedding))

    def get_learning(self, learning_id: str) -> Learning | None:
        rows = self.query("select * from learnings where id = ?", (learning_id,))
        return Learning.from_row(rows[0]) if rows else None

    def learnings_by_short_id(self, fragment: str) -> list[Learning]:
        """Records whose id (with or without dashes) or short id (the last 8 hex) starts with
        `fragment`: people type the beginning of what `learn show` printed."""
        frag = like_escape(fragment.lower())
        hexfrag = frag.replace("-", "")
        rows = self.query("select * from learnings where id like ? escape '\\' "
                          "or replace(id, '-', '') like ? escape '\\' "
                          "or substr(replace(id, '-', ''), -8) like ? escape '\\' order by id",
                          (frag + "%", hexfrag + "%", hexfrag + "%"))
        return [Learning.from_row(r) for r in rows]

    def find_by_hash(self, repo_id: str, scope: str, user: str, chash: str) -> Learning | None:
        """The live record with this content hash in the same scope (and user, for user scope)."""
        rows = self.query(
            "select * from learnings where repo_id = ? and scope = ? and content_hash = ? "
            "and deleted_at is null and superseded_by is null "
            "and (scope != 'user' or user = ?) order by created_at limit 1",
            (repo_id, scope, chash, user),
        )
        return Learning.from_row(rows[0]) if rows else None

    def list_learnings(
        self,
        repo_ids: Sequence[str] | None = None,
        user: str | None = None,
        stores: Sequence[str] | None = None,
        scopes: Sequence[str] | None = None,
        statuses: Sequence[str] | None = ("active", "stale"),
        include_dead: bool = False,
        limit: int | None = None,
    ) -> list[Learning]:
        where, params = _filters(repo_ids, user, stores, scopes, statuses, include_dead,
                                 self.branch)
        sql = f"select * from learnings l where {where} order by l.updated_at desc, l.id"
        if limit:
            sql += f" limit {int(limit)}"
        return [Learning.from_row(r) for r in self.query(sql, params)]

    def learning_stats(self) -> list[dict[str, Any]]:
        return self.query(
            "select repo_id, store, scope, "
            "sum(deleted_at is null and superseded_by is null and status = 'active') as active, "
            "sum(deleted_at is null and superseded_by is null and status = 'pending') as pending, "
            "sum(deleted_at is null and superseded_by is null and status = 'stale') as stale, "
            "sum(superseded_by is not null and deleted_at is null) as superseded, "
            "sum(deleted_at is not null) as forgotten "
            "from learnings group by repo_id, store, scope order by repo_id, store, scope")

    def stop_keyword_index(self) -> None:
        """Stop maintaining the FTS index (drop its triggers). Only for a throwaway in-memory
        database that will never be searched: loading 10k records then skips tokenizing."""
        if str(self.path) != ":memory:":
            raise ValueError("the keyword index is only ever dropped in an in-memory database")
        with self.write() as c:
            for trigger in ("learnings_ai", "learnings_ad", "learnings_au"):
                c.execute(f"drop trigger if exists {trigger}")

    def team_fingerprint(self, repo_id: str) -> str:
        """Changes whenever a team record of the repo is added or touched (cheap to compare).

        The sum of revs moves on every touch even when a teammate's clock is ahead
        (a later updated_at already in the table would hide a new max)."""
        return str(self.scalar(
            "select count(*) || ':' || coalesce(sum(rev), 0) || ':' || "
            "coalesce(max(updated_at), '') from learnings "
            "where repo_id = ? and scope = 'team'", (repo_id,)))

    # -- team file sync (gcode/sync.py) -----------------------------------------------------

    def get_learnings(self, ids: Sequence[str]) -> dict[str, Learning]:
        """{id: record} for the ids that exist, in any repo or scope."""
        found: dict[str, Learning] = {}
        ids = list(ids)
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ", ".join("?" for _ in chunk)
            for row in self.query(f"select * from learnings where id in ({marks})", chunk):
                found[row["id"]] = Learning.from_row(row)
        return found

    def live_duplicates(self, repo_id: str, scope: str) -> list[Learning]:
        """Live records of `repo_id`/`scope` whose content hash another live record shares."""
        live = ("repo_id = ? and scope = ? and deleted_at is null and superseded_by is null")
        rows = self.query(
            f"select * from learnings where {live} and content_hash in ("
            f"select content_hash from learnings where {live} "
            f"group by content_hash having count(*) > 1) order by created_at, id",
            (repo_id, scope, repo_id, scope))
        return [Learning.from_row(r) for r in rows]

    def provisional_ids(self, repo_id: str, branch: str) -> list[str]:
        return [r["id"] for r in self.query(
            "select id from learnings where repo_id = ? and branch = ?", (repo_id, branch))]

    def confirm_provisional(self, repo_id: str, ids: Sequence[str]) -> int:
        """Records the default branch's team file now has are provisional no more."""
        count = 0
        ids = list(ids)
        with self.write() as c:
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                marks = ", ".join("?" for _ in chunk)
                count += c.execute(f"update learnings set branch = '' where repo_id = ? and "
                                   f"branch != '' and id in ({marks})",
                                   [repo_id, *chunk]).rowcount
        return int(count)

    def purge_learnings(self, ids: Sequence[str]) -> int:
        """Delete records for good (compacted tombstones), with their vectors; returns count."""
        count = 0
        ids = list(ids)
        with self.write() as c:
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                marks = ", ".join("?" for _ in chunk)
                rids = [r["rid"] for r in self.query(
                    f"select rid from learnings where id in ({marks})", chunk)]
                if rids and self.has_vec_table():
                    c.executemany("delete from learnings_vec where rowid = ?",
                                  [(rid,) for rid in rids])
                count += c.execute(f"delete from learnings where id in ({marks})",
                                   chunk).rowcount
        return count

    def scrub_wal(self) -> None:
        """Copy the log into the database and empty it: after a forget, old page images
        with the forgotten text must not linger in the -wal file (best effort: a reader
        holding an old snapshot keeps its pages until it ends)."""
        try:
            self.conn.execute("pragma wal_checkpoint(truncate)")
        except self.driver.OperationalError:
            pass

    def mark_used(self, ids: Sequence[str]) -> None:
        if not ids:
            return
        marks = ", ".join("?" for _ in ids)
        with self.write() as c:
            c.execute(f"update learnings set use_count = use_count + 1, last_used_at = ? "
                      f"where id in ({marks})", [now_iso(), *ids])

    def search_keywords(
        self, match: str, limit: int, repo_ids: Sequence[str] | None, user: str | None,
        stores: Sequence[str] | None = None, scopes: Sequence[str] | None = None,
        statuses: Sequence[str] | None = ("active",),
    ) -> list[tuple[Learning, float]]:
        """FTS5 BM25 over title/content/kind, best first; `match` is an FTS5 query string."""
        where, params = _filters(repo_ids, user, stores, scopes, statuses, False, self.branch)
        in_repos: list[Any] = []
        if repo_ids is not None:
            # A common word matches thousands of rows of other repos. Drop those against the
            # repos' row ids (a covering index, a bloom filter) before reading any row. The
            # unary + keeps SQLite from making the IN list one FTS5 query per rowid.
            marks = ", ".join("?" for _ in repo_ids)
            where = (f"+learnings_fts.rowid in (select rid from learnings where repo_id in "
                     f"({marks})) and {where}")
            in_repos = list(repo_ids)
        sql = (f"select l.*, bm25(learnings_fts) as _bm25 from learnings_fts "
               f"join learnings l on l.rid = learnings_fts.rowid "
               f"where learnings_fts match ? and {where} order by _bm25 limit ?")
        try:
            rows = self.query(sql, [match, *in_repos, *params, limit])
        except self.driver.OperationalError:
            return []
        return [(Learning.from_row(r), -float(r["_bm25"])) for r in rows]

    def search_vectors(
        self, embedding: bytes, limit: int, repo_ids: Sequence[str] | None, user: str | None,
        stores: Sequence[str] | None = None, scopes: Sequence[str] | None = None,
        statuses: Sequence[str] | None = ("active",),
    ) -> list[tuple[Learning, float]]:
        """KNN over the vector index (partitioned by repo), filtered, nearest first."""
        if not self.has_vec_table():
            return []
        where, params = _filters(repo_ids, user, stores, scopes, statuses, False, self.branch)
        # KNN cannot express our visibility filter, so over-fetch per partition and filter after.
        fetch = max(limit * 4, 40)
        hits: dict[int, float] = {}
        partitions: Sequence[str | None] = list(repo_ids) if repo_ids is not None else [None]
        for repo in partitions:
            sql = "select rowid, distance from learnings_vec where embedding match ? and k = ?"
            args: list[Any] = [embedding, fetch]
            if repo is not None:
                sql += " and repo_id = ?"
                args.append(repo)
            for rid, dist in self.conn.execute(sql, args):
                if dist is not None:  # NULL: a zero vector (text of stopwords only) has no angle
                    hits[int(rid)] = float(dist)
        if not hits:
            return []
        marks = ", ".join("?" for _ in hits)
        visible = [r for (r,) in self.conn.execute(
            f"select l.rid from learnings l where l.rid in ({marks}) and {where}",
            [*hits, *params])]
        best = sorted(visible, key=hits.__getitem__)[:limit]  # whole rows only for these
        if not best:
            return []
        rows = {r["rid"]: r for r in self.query(
            f"select * from learnings where rid in ({', '.join('?' for _ in best)})", best)}
        return [(Learning.from_row(rows[rid]), 1.0 - hits[rid]) for rid in best]

    # -- vector index -----------------------------------------------------------------------

    def has_vec_table(self) -> bool:
        return bool(self.scalar(
            "select 1 from sqlite_master where name = 'learnings_vec'"))

    def vec_index_info(self) -> tuple[str, int] | None:
        name = self.get_meta("embedder")
        dim = self.get_meta("embedder_dim")
        return (name, int(dim)) if name and dim else None

    def create_vec_index(self, embedder: str, dim: int) -> None:
        """(Re)create the vector table for `embedder`; callers then fill it."""
        with self.write() as c:
            c.execute("drop table if exists learnings_vec")
            # Every partition (repo) allocates whole chunks: the default 1024 vectors made a
            # 10k-learning database 159 MB and inserts 5x slower; 64 keeps KNN as fast.
            c.execute(f"create virtual table learnings_vec using vec0("
                      f"repo_id text partition key, "
                      f"embedding float[{int(dim)}] distance_metric=cosine, chunk_size=64)")
            for key, value in (("embedder", embedder), ("embedder_dim", str(dim))):
                c.execute("insert into kv(key, value) values (?, ?) "
                          "on conflict(key) do update set value = excluded.value", (key, value))

    def live_learnings_for_index(self) -> list[tuple[int, str, str, str]]:
        """(rid, repo_id, title, content) of every record that belongs in the vector index."""
        return [(r["rid"], r["repo_id"], r["title"] or "", r["content"]) for r in self.query(
            "select rid, repo_id, title, content from learnings "
            "where deleted_at is null and superseded_by is null")]

    def insert_vectors(self, rows: Sequence[tuple[int, str, bytes]]) -> None:
        with self.write() as c:
            c.executemany("insert into learnings_vec(rowid, repo_id, embedding) values (?, ?, ?)",
                          rows)


def _learning_row(rec: Learning) -> dict[str, Any]:
    data = rec.to_dict()
    data.pop("score", None)
    data["evidence"] = json.dumps(data["evidence"], sort_keys=True, ensure_ascii=False)
    data["content_hash"] = rec.hash
    return data


def _update_row(rec: Learning) -> dict[str, Any]:
    """The columns an update rewrites: a scrubbed tombstone keeps its content hash."""
    row = _learning_row(rec)
    if rec.deleted_at and rec.content == FORGOTTEN:
        row.pop("content_hash")
    return row


def _filters(
    repo_ids: Sequence[str] | None, user: str | None, stores: Sequence[str] | None,
    scopes: Sequence[str] | None, statuses: Sequence[str] | None, include_dead: bool,
    branch: str = "",
) -> tuple[str, list[Any]]:
    """SQL conditions (on alias `l`) shared by listing and both halves of hybrid search."""
    where: list[str] = []
    params: list[Any] = []

    def among(column: str, values: Sequence[str]) -> None:
        where.append(f"l.{column} in ({', '.join('?' for _ in values)})")
        params.extend(values)

    if repo_ids is not None:
        among("repo_id", repo_ids)
    if user is not None:  # someone else's user-scope records are never visible
        where.append("(l.scope != 'user' or l.user = ?)")
        params.append(user)
    if stores:
        among("store", stores)
    if scopes:
        among("scope", scopes)
    if statuses:
        among("status", statuses)
    if not include_dead:
        where.append("l.deleted_at is null and l.superseded_by is null")
    # Provisional records of another branch are invisible: a PR branch checked out once
    # must not leave its team-file learnings in main's context or main's next export.
    where.append("(l.branch = '' or l.branch = ?)")
    params.append(branch)
    return (" and ".join(where) or "1"), params


def open_db(path: Path, busy_timeout_ms: int = 10000, migrate_schema: bool = True) -> Database:
    """Open (creating if needed) the database at `path`, sqlite-vec loaded, schema current."""
    path = Path(path).expanduser()
    if str(path) != ":memory:":  # in-memory: `gcode context` in a fresh clone with no DB
        check_path(path)
    driver = _driver()
    try:
        conn = driver.connect(str(path), isolation_level=None, check_same_thread=False,
                              timeout=busy_timeout_ms / 1000)
        conn.execute(f"pragma busy_timeout = {int(busy_timeout_ms)}")
        unknown = unknown_migrations(conn)
        version = applied_version(conn)
    except driver.Error as exc:
        raise describe_error(exc, path, busy_timeout_ms) from None
    if unknown:
        conn.close()
        raise GcodeError(
            f"database {path} has schema version {version}, newer than "
            f"this gcode understands (it knows {len(MIGRATIONS)} migrations, not "
            f"{', '.join(unknown[:3])}); it was not modified",
            hint="upgrade gcode (pip install -U gcode) or set GCODE_DB to another file",
        )
    db = Database(conn, path, driver, busy_timeout_ms)
    db.vec_version = _load_vec(conn)
    try:
        conn.execute("pragma secure_delete = on")  # forgotten text is overwritten, not freed
        conn.execute("pragma journal_mode = wal")
        conn.execute("pragma synchronous = normal")
        conn.execute("pragma foreign_keys = on")
        if migrate_schema:
            migrate(conn)
    except driver.Error as exc:
        conn.close()
        raise describe_error(exc, path, busy_timeout_ms) from None
    return db


def _vec_loadable_path() -> str:
    """sqlite_vec.loadable_path() without importing sqlite_vec, which imports numpy (~70 ms
    on every command) when numpy is installed."""
    import importlib.util

    spec = importlib.util.find_spec("sqlite_vec")
    for folder in (spec and spec.submodule_search_locations) or ():
        if any(Path(folder).glob("vec0.*")):
            return str(Path(folder) / "vec0")
    import sqlite_vec  # an unexpected layout: ask the package

    return str(sqlite_vec.loadable_path())


def _load_vec(conn: Any) -> str:
    """Load sqlite-vec and prove it loaded (`import sqlite_vec` alone proves nothing)."""
    try:
        conn.enable_load_extension(True)
        conn.load_extension(_vec_loadable_path())
        conn.enable_load_extension(False)
        return str(conn.execute("select vec_version()").fetchone()[0])
    except Exception as exc:  # noqa: BLE001 - any failure here has the same remedy
        raise GcodeError(f"could not load the sqlite-vec extension: {exc}",
                         hint="pip install -U sqlite-vec sqlean.py; see `gcode doctor`") from None
