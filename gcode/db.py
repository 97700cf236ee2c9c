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
from collections.abc import Container, Iterator, Sequence
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Any

from gcode.db_guard import check_path, describe_error, is_busy
from gcode.db_listing import Listings
from gcode.errors import GcodeError
from gcode.db_search import LEARNING_COLUMNS, SearchIndex, filters, learning_of, owner_of
from gcode.db_sessions import SessionQueries
from gcode.db_team import TeamState
from gcode.migrations import (
    MIGRATIONS,
    applied_version,
    create_vec_table,
    foreign_tables,
    migrate,
    unknown_migrations,
)
from gcode.records import FORGOTTEN, Learning, now_iso

# How long a write waits for another process's lock once this process has given up on it
# for the whole busy timeout: the holder is busy for longer than the user will wait.
LOCK_RETRY_MS = 500

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


class Database(SearchIndex, TeamState, SessionQueries, Listings):
    """A connection plus the operations gcode needs. Use `open_db()` to get one.

    Search (db_search), the team file's sync state (db_team) and sessions (db_sessions)
    are its parts; db_listing reads what choosing a store's core needs of its records."""

    def __init__(self, conn: Any, path: Path, driver: Any, busy_timeout_ms: int = 0) -> None:
        self.conn = conn
        self.path = path
        self.driver = driver
        self.busy_timeout_ms = busy_timeout_ms
        self.vec_version: str | None = None
        self._in_write = False
        # What this process has already waited for another's lock and given up on: the
        # next write waits only briefly (one command's two writes, a team import and a
        # `learn add`, waited the whole timeout twice) and says how long it waited in all.
        self._lock_waited_ms = 0
        self._counted = 0  # rows mark_used changed (change_token leaves them out)
        self._briefs = {}  # brief_learnings (db_listing): kept while nothing is written
        self._ranked_indexes = {}  # ranked_briefs (db_listing): which rank indexes are there
        self._occupied = {}  # occupied (db_search): kept while nothing is written
        self._judged = {}  # visible (db_search): each filter's verdicts, kept likewise
        self._whole = None  # rows_by_rid (db_search): whole rows, kept likewise
        self._vec_table = False  # has_vec_table: known to exist
        # The branch checked out where this database is used: its provisional records
        # (read from its team file, not yet on the default branch) are visible too.
        self.branch = ""
        # Records this process stored without a vector (a slow embedder's import): the
        # next search embeds them first when they are few (KnowledgeBase.search_hits).
        self.vectors_behind = 0

    # -- plumbing ---------------------------------------------------------------------------

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def error(self, exc: BaseException) -> GcodeError:
        """A SQLite failure on this database as one clear line (see describe_error)."""
        if is_busy(exc):
            self._lock_waited_ms += self.busy_timeout_ms
            return describe_error(exc, self.path, self._lock_waited_ms)
        return describe_error(exc, self.path, self.busy_timeout_ms)

    @contextmanager
    def write(self) -> Iterator[Any]:
        """A write transaction opened with BEGIN IMMEDIATE; nested calls join the outer one.

        A lock held past the busy timeout, a full disk or a damaged file becomes a
        GcodeError after the rollback: nothing of the transaction is kept."""
        if self._in_write:
            yield self.conn
            return
        gave_up = self._lock_waited_ms >= self.busy_timeout_ms > 0
        with self.patience(LOCK_RETRY_MS) if gave_up else nullcontext():
            try:
                self.conn.execute("BEGIN IMMEDIATE")
            except self.driver.Error as exc:
                raise self.error(exc) from None  # the wait it gave up on counted in
        self._lock_waited_ms = 0
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

    @contextmanager
    def patience(self, ms: int) -> Iterator[None]:
        """Wait at most `ms` for another process's lock inside the block (never longer than
        the configured busy timeout): a command that only shows learnings tries its optional
        writes briefly, then shows what the database holds."""
        kept = self.busy_timeout_ms
        ms = min(ms, kept)
        self.conn.execute(f"pragma busy_timeout = {int(ms)}")
        self.busy_timeout_ms = ms
        try:
            yield
        finally:
            self.busy_timeout_ms = kept
            self.conn.execute(f"pragma busy_timeout = {int(kept)}")

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

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """`query` as tuples: for hot reads of many small rows (no dict per row)."""
        try:
            return list(self.conn.execute(sql, params).fetchall())
        except self.driver.DatabaseError as exc:
            if self._in_write:
                raise
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
                c.executemany("insert into learnings_vec(rowid, repo_id, owner, store, embedding) "
                              "values (?, ?, ?, ?, ?)",
                              [(rid_of[rec.id], rec.repo_id, owner_of(rec.scope, rec.user),
                                rec.store, blob) for rec, blob in vectors])

    def update_learning(self, rec: Learning, embedding: bytes | None = None,
                        reembed: bool = False) -> None:
        """Rewrite a record in place. With `reembed`, replace (or, when dead, drop) its vector;
        a record that moves partition (repo, owner, store) takes its vector along."""
        row = _update_row(rec)
        row.pop("id")
        sets = ", ".join(f"{k} = ?" for k in row)
        with self.write() as c:
            found = c.execute("select rid, repo_id, scope, user, store from learnings "
                              "where id = ?", (rec.id,)).fetchone()
            if found is None:
                raise KeyError(rec.id)
            rid = found[0]
            moved = (found[1], owner_of(found[2], found[3] or ""), found[4]) != \
                (rec.repo_id, owner_of(rec.scope, rec.user), rec.store)
            c.execute(f"update learnings set {sets} where rid = ?", [*row.values(), rid])
            if (reembed or moved or not rec.live) and self.has_vec_table():
                if moved and not reembed and rec.live:
                    old = c.execute("select embedding from learnings_vec where rowid = ?",
                                    (rid,)).fetchone()
                    embedding = old[0] if old else None
                c.execute("delete from learnings_vec where rowid = ?", (rid,))
                if embedding is not None and rec.live:
                    self.add_vectors(c, [(rid, embedding)])

    def move_repo(self, old: str, new: str) -> int:
        """Re-key what is stored under repo id `old` to `new` (keyword and vector index, team
        state follow through update_learning and the triggers), once: the first repository
        to claim an old id gets its learnings. Returns how many records moved."""
        key = f"repo_moved:{old}"
        if self.get_meta(key) is not None or not self.query(
                "select 1 from learnings where repo_id = ? limit 1", (old,)):
            return 0
        with self.write():
            if self.get_meta(key) is not None:
                return 0
            rows = self.query("select * from learnings where repo_id = ?", (old,))
            for row in rows:
                rec = Learning.from_row(row)
                rec.repo_id = new
                self.update_learning(rec)
            self.conn.execute("update sessions set repo_id = ? where repo_id = ?", (new, old))
            self.set_meta(key, new)
        return len(rows)

    def get_learning(self, learning_id: str) -> Learning | None:
        rows = self.query("select * from learnings where id = ?", (learning_id,))
        return Learning.from_row(rows[0]) if rows else None

    def learnings_by_short_id(self, fragment: str) -> list[Learning]:
        """Records whose id (with or without dashes) or short id (the last 8 hex) starts with
        `fragment`: people type the beginning of what `learn show` printed.

        Read off the id and short-id indexes as ranges (ids are ASCII, below "~"); a dashless
        prefix is matched with a UUID's dashes put back."""
        frag = fragment.lower()
        hexfrag = frag.replace("-", "")
        dashed = "-".join(hexfrag[a:b] for a, b in ((0, 8), (8, 12), (12, 16), (16, 20),
                                                    (20, None)) if hexfrag[a:b])
        short = "substr(replace(id, '-', ''), -8)"
        conds = ["(id >= ? and id < ?)", "(id >= ? and id < ?)"]
        params = [frag, frag + "~", dashed, dashed + "~"]
        if len(hexfrag) <= 8:
            conds.append(f"({short} >= ? and {short} < ?)")
            params += [hexfrag, hexfrag + "~"]
        rows = self.query(f"select * from learnings where {' or '.join(conds)}", params)
        return sorted((Learning.from_row(r) for r in rows), key=lambda r: r.id)

    def rids_of(self, ids: Sequence[str]) -> dict[str, int]:
        """{id: row id} for the ids that exist."""
        found: dict[str, int] = {}
        ids = list(ids)
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ", ".join("?" for _ in chunk)
            found.update((i, r) for i, r in self.conn.execute(
                f"select id, rid from learnings where id in ({marks})", chunk))
        return found

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
        where, params = filters(repo_ids, user, stores, scopes, statuses, include_dead,
                                self.branch)
        sql = (f"select {LEARNING_COLUMNS} from learnings l where {where} "
               "order by l.updated_at desc, l.id")
        if limit:
            sql += f" limit {int(limit)}"
        return [learning_of(row) for row in self.rows(sql, params)]

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
        """Changes whenever a team record of the repo is added, touched or removed: counts
        kept by triggers (team_stats), so it costs one row read at any size."""
        row = self.conn.execute("select n, revs, changes from team_stats where repo_id = ?",
                                (repo_id,)).fetchone()
        return ":".join(str(v) for v in (row or (0, 0, 0)))

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

    def provisional_ids(self, repo_id: str, branch: str) -> list[str]:
        return [r["id"] for r in self.query(
            "select id from learnings where repo_id = ? and branch = ?", (repo_id, branch))]

    def confirm_provisional(self, repo_id: str, ids: Container[str]) -> int:
        """Records the default branch's team file now has are provisional no more."""
        found = [i for i in self.provisional_in_repo(repo_id) if i in ids]
        with self.write() as c:
            c.executemany("update learnings set branch = '' where id = ?", [(i,) for i in found])
        return len(found)

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
        before = self.conn.total_changes
        with self.write() as c:
            used = [rid for (rid,) in c.execute(
                f"update learnings set use_count = use_count + 1, last_used_at = ? "
                f"where id in ({marks}) returning rid", [now_iso(), *ids]).fetchall()]
        self._counted += self.conn.total_changes - before
        self.forget_kept(used)  # what is kept of them has their old use time

    def change_token(self) -> tuple[int, int]:
        """Changes whenever a row is written, by this connection or another: what is derived
        from the records (which cited files are gone) need not be derived again until then.
        Use counts aside: every turn writes them, and nothing is derived from them."""
        return int(self.scalar("pragma data_version")), self.conn.total_changes - self._counted

    def cited_paths(self, repo_ids: Sequence[str], user: str, store: str,
                    limit: int = 500) -> list[tuple[int, str, Any]]:
        """(rid, status, the paths it cites: a list, else None) of a store's most recent
        active or stale records, as `list_learnings` orders them: what a staleness check
        reads, without parsing whole rows."""
        where, params = filters(repo_ids, user, [store], None, ("active", "stale"), False,
                                self.branch)
        found = []
        for rid, status, paths in self.rows(
                "select l.rid, l.status, case when json_type(l.evidence, '$.paths') = 'array' "
                f"then json_extract(l.evidence, '$.paths') end from learnings l where {where} "
                f"order by l.updated_at desc, l.id limit {int(limit)}", params):
            found.append((rid, status, json.loads(paths) if paths else None))
        return found

    # -- vector index -----------------------------------------------------------------------

    def create_vec_index(self, embedder: str, dim: int, recipe: int) -> None:
        """(Re)create the vector table for `embedder`, whose record vectors are made the
        way `recipe` numbers (gcode.knowledge.VECTOR_RECIPE); callers then fill it."""
        with self.write() as c:
            c.execute("drop table if exists learnings_vec")
            create_vec_table(c, dim)
            for key, value in (("embedder", embedder), ("embedder_dim", str(dim)),
                               ("vector_recipe", str(recipe))):
                c.execute("insert into kv(key, value) values (?, ?) "
                          "on conflict(key) do update set value = excluded.value", (key, value))

    def insert_vectors(self, rows: Sequence[tuple[int, str, bytes]]) -> None:
        """(rid, repo_id, vector) rows; each goes to its record's partition."""
        with self.write() as c:
            self.add_vectors(c, [(rid, blob) for rid, _, blob in rows])


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
        foreign = foreign_tables(conn)
    except driver.Error as exc:
        raise describe_error(exc, path, busy_timeout_ms) from None
    if foreign:  # (before WAL and the schema: either would change that program's file)
        conn.close()
        raise GcodeError(f"{path} is another program's SQLite database (tables "
                         f"{', '.join(foreign[:3])}{', ...' if len(foreign) > 3 else ''}); "
                         "it was left untouched",
                         hint="set GCODE_DB to another path or move that file aside")
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
        _use_wal(conn, driver, busy_timeout_ms)
        conn.execute("pragma synchronous = normal")
        conn.execute("pragma foreign_keys = on")
        if migrate_schema:
            migrate(conn)
    except driver.Error as exc:
        conn.close()
        raise describe_error(exc, path, busy_timeout_ms) from None
    return db


def _use_wal(conn: Any, driver: Any, busy_timeout_ms: int) -> None:
    """Put the file in WAL mode, waiting for other processes as a write would.

    Turning a new file to WAL needs it to itself, and SQLite runs no busy handler for
    that pragma: two gcode commands creating the database at once failed at once with
    "locked". WAL is a property of the file, so once any process has set it there is
    nothing to do; until then the switch is tried again within the busy timeout."""
    import time

    deadline = time.monotonic() + busy_timeout_ms / 1000
    pause = 0.005
    while True:
        try:
            mode = conn.execute("pragma journal_mode").fetchone()[0]
            if str(mode).lower() == "wal":
                return
            mode = conn.execute("pragma journal_mode = wal").fetchone()[0]
            if str(mode).lower() in ("wal", "memory"):  # ":memory:" has no WAL
                return
        except driver.Error as exc:
            if not is_busy(exc):
                raise
        if time.monotonic() >= deadline:
            raise driver.OperationalError("database is locked")
        time.sleep(pause)
        pause = min(pause * 2, 0.1)


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
