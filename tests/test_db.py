"""The database: one SQLite file with sqlite-vec really loaded, WAL, a busy timeout, IMMEDIATE
write transactions, numbered migrations, refusal of a newer schema, and indexes kept in sync."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from gcode import migrations
from gcode.config import load_config
from gcode.db import Database, open_db
from gcode.migrations import MIGRATIONS
from gcode.embed import HashingEmbedder, to_blob
from gcode.errors import GcodeError
from gcode.knowledge import KnowledgeBase
from gcode.records import Learning


@pytest.fixture
def db(tmp_path: Path):
    database = open_db(tmp_path / "t.db")
    yield database
    database.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_default_path_is_created_under_xdg_data_home(isolated_env: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GCODE_DB")
    path = load_config(None).db_path
    assert path == isolated_env / ".local" / "share" / "gcode" / "gcode.db"
    with open_db(path):
        pass
    assert path.is_file()  # the directories were created


def test_sqlite_vec_is_really_loaded(db: Database) -> None:
    """On this machine's Python: not just importable, loaded and answering KNN queries."""
    assert db.vec_version and db.vec_version.startswith("v")
    assert db.scalar("select vec_version()") == db.vec_version
    if not hasattr(sqlite3.Connection, "enable_load_extension"):
        assert db.driver is not sqlite3  # the fallback that can load extensions was used
    db.conn.execute("create virtual table t_vec using vec0(embedding float[3])")
    for rowid, vec in ((1, [1.0, 0.0, 0.0]), (2, [0.0, 1.0, 0.0]), (3, [0.9, 0.1, 0.0])):
        db.conn.execute("insert into t_vec(rowid, embedding) values (?, ?)", (rowid, to_blob(vec)))
    rows = db.conn.execute("select rowid from t_vec where embedding match ? and k = 2 "
                           "order by distance", (to_blob([1.0, 0.0, 0.0]),)).fetchall()
    assert [r[0] for r in rows] == [1, 3]


def test_wal_and_busy_timeout(tmp_path: Path) -> None:
    with open_db(tmp_path / "w.db", busy_timeout_ms=4321) as database:
        assert database.scalar("pragma journal_mode") == "wal"
        assert database.scalar("pragma busy_timeout") == 4321
        assert database.scalar("pragma foreign_keys") == 1


def test_a_new_file_waits_for_a_writer_before_turning_to_wal(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite runs no busy handler for `pragma journal_mode = wal` while another process
    holds the write lock of the still-rollback file: a command creating the database beside
    another one failed at once with "locked" (CI's four concurrent `learn add`). It now
    waits as a write would."""
    import time

    path = tmp_path / "race.db"
    driver = open_db(tmp_path / "probe.db").driver
    holder = driver.connect(str(path), isolation_level=None, timeout=0)
    holder.execute("create table _migrations(id integer primary key, name text not null, "
                   "applied_at text not null)")  # another gcode, setting up the file
    holder.execute("begin immediate")  # the write lock of a rollback-journal file
    real_sleep = time.sleep

    def release_then_sleep(seconds: float) -> None:  # the first retry: the writer ends
        if holder.in_transaction:
            holder.execute("commit")
        real_sleep(seconds)

    monkeypatch.setattr(time, "sleep", release_then_sleep)
    try:
        with open_db(path) as database:
            assert database.scalar("pragma journal_mode") == "wal"
        assert not holder.in_transaction  # it had to wait for the writer
    finally:
        holder.close()


def test_concurrent_first_opens_all_succeed(tmp_path: Path) -> None:
    from concurrent.futures import ThreadPoolExecutor

    def open_once(path: Path) -> str:
        with open_db(path) as database:
            return str(database.scalar("pragma journal_mode"))

    for round_ in range(8):
        with ThreadPoolExecutor(max_workers=12) as pool:
            assert set(pool.map(open_once, [tmp_path / f"r{round_}.db"] * 12)) == {"wal"}


def test_write_transactions_begin_immediate(db: Database, tmp_path: Path) -> None:
    """The write lock is taken when the transaction opens, before any statement: a second
    writer is refused at BEGIN IMMEDIATE, not half-way through its read-then-write."""
    other = db.driver.connect(str(db.path), isolation_level=None, timeout=0)
    try:
        with db.write():
            assert db.conn.in_transaction
            with pytest.raises(db.driver.OperationalError, match="locked"):
                other.execute("begin immediate")
        other.execute("begin immediate")  # free again after commit
        other.execute("rollback")
    finally:
        other.close()


def test_write_rolls_back_on_error(db: Database) -> None:
    with pytest.raises(RuntimeError), db.write() as c:
        c.execute("insert into kv(key, value) values ('k', 'v')")
        raise RuntimeError("boom")
    assert db.get_meta("k") is None
    db.set_meta("k", "v")
    db.set_meta("k", "v2")
    assert db.get_meta("k") == "v2"


def test_migrations_from_empty(tmp_path: Path) -> None:
    path = tmp_path / "fresh.db"
    assert not path.exists()
    with open_db(path) as database:
        rows = database.query("select id, name from _migrations order by id")
        assert [r["id"] for r in rows] == list(range(1, len(MIGRATIONS) + 1))
        assert [r["name"] for r in rows] == [fn.__name__ for fn in MIGRATIONS]
        assert database.schema_version == len(MIGRATIONS)
        names = {r["name"] for r in database.query("select name from sqlite_master")}
        assert {"learnings", "learnings_fts", "sessions", "messages", "kv"} <= names
    with open_db(path) as database:  # re-opening applies nothing twice
        assert database.scalar("select count(*) from _migrations") == len(MIGRATIONS)


def test_new_migration_is_applied_once_and_recorded(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "old.db"
    with open_db(path) as database:
        database.set_meta("survives", "yes")
    applied: list[int] = []

    def m_test_extra(sdb) -> None:  # what a later release's migration looks like
        applied.append(1)
        sdb["extra"].create({"id": int, "note": str}, pk="id")

    monkeypatch.setattr(migrations, "MIGRATIONS", [*MIGRATIONS, m_test_extra])
    for _ in range(2):
        with open_db(path) as database:
            assert database.schema_version == len(MIGRATIONS) + 1
            assert database.scalar("select name from _migrations where id = ?",
                                   (len(MIGRATIONS) + 1,)) == "m_test_extra"
            assert database.get_meta("survives") == "yes"
            assert database.scalar("select count(*) from extra") == 0
    assert applied == [1]


def test_newer_schema_is_refused_and_not_modified(tmp_path: Path) -> None:
    path = tmp_path / "data" / "future.db"
    with open_db(path) as database:
        database.set_meta("keep", "me")
        with database.write() as c:
            c.execute("insert into _migrations(id, name, applied_at) "
                      "values (999, 'm999_from_the_future', '2030-01-01T00:00:00.000000Z')")
    before = digest(path)
    files_before = sorted(p.name for p in path.parent.iterdir())
    with pytest.raises(GcodeError) as info:
        open_db(path)
    assert "schema version 999" in info.value.message
    assert "newer" in info.value.message and "not modified" in info.value.message
    assert "upgrade gcode" in info.value.hint
    assert digest(path) == before
    assert sorted(p.name for p in path.parent.iterdir()) == files_before


def test_not_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    path = folder / "notes.txt"
    path.write_text("my precious notes\n")
    before = digest(path)
    with pytest.raises(GcodeError) as info:
        open_db(path)
    assert "not a SQLite database" in info.value.message
    assert digest(path) == before
    assert [p.name for p in folder.iterdir()] == ["notes.txt"]  # no -wal, no -journal


def test_directory_path_is_refused(tmp_path: Path) -> None:
    with pytest.raises(GcodeError, match="is a directory"):
        open_db(tmp_path)


def test_parent_that_is_a_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "afile").write_text("x")
    with pytest.raises(GcodeError, match="cannot create the database directory"):
        open_db(tmp_path / "afile" / "gcode.db")


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_unwritable_directory_and_file_are_refused(tmp_path: Path) -> None:
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o555)
    try:
        with pytest.raises(GcodeError, match="not writable"):
            open_db(ro / "gcode.db")
    finally:
        ro.chmod(0o755)
    path = tmp_path / "ro.db"
    open_db(path).close()
    path.chmod(0o444)
    with pytest.raises(GcodeError, match="not readable and writable"):
        open_db(path)


# -- the learnings table and its two indexes ------------------------------------------------


def fts_ids(database: Database, word: str) -> set[str]:
    return {r["id"] for r in database.query(
        "select l.id from learnings_fts join learnings l on l.rid = learnings_fts.rowid "
        "where learnings_fts match ?", (word,))}


def vec_rids(database: Database) -> set[int]:
    return {r[0] for r in database.conn.execute("select rowid from learnings_vec")}


def live_rids(database: Database) -> set[int]:
    return {r["rid"] for r in database.query(
        "select rid from learnings where deleted_at is null and superseded_by is null")}


def test_fts_and_vector_index_follow_every_change(db: Database) -> None:
    kb = KnowledgeBase(db, HashingEmbedder())
    a = kb.add(Learning(content="the staging database is postgres 15", repo_id="r")).learning
    b = kb.add(Learning(content="frontend builds with vite", repo_id="r")).learning
    assert db.vec_index_info() == ("hashing-v1", 384)
    assert fts_ids(db, "postgres") == {a.id} and fts_ids(db, "vite") == {b.id}
    assert vec_rids(db) == live_rids(db) and len(vec_rids(db)) == 2

    # Content changes: FTS follows (triggers) and the vector is replaced.
    a.content = "the staging database is mysql 8"
    kb.update(a, author="me", content_changed=True)
    assert fts_ids(db, "postgres") == set() and fts_ids(db, "mysql") == {a.id}
    assert vec_rids(db) == live_rids(db)
    hit = db.search_vectors(to_blob(kb.embedder.embed(["staging database mysql"])[0]), 1,
                            ["r"], None)
    assert hit[0][0].id == a.id

    # A tombstone leaves the vector index; the row stays for sync, hidden from search.
    kb.forget(b, author="me")
    assert vec_rids(db) == live_rids(db) and len(vec_rids(db)) == 1
    assert db.get_learning(b.id).deleted_at is not None
    assert db.search_keywords('"vite"', 10, ["r"], None) == []

    # Superseded: also out of the vector index.
    c = kb.supersede(a, Learning(content="staging runs on mysql 8.4 now", repo_id="r")).learning
    assert db.get_learning(a.id).superseded_by == c.id
    assert vec_rids(db) == live_rids(db) == {db.scalar("select rid from learnings where id = ?",
                                                       (c.id,))}


def test_list_learnings_filters(db: Database) -> None:
    kb = KnowledgeBase(db)
    kb.add(Learning(content="team fact", repo_id="r1"))
    kb.add(Learning(content="other repo fact", repo_id="r2"))
    kb.add(Learning(content="alice likes tabs", store="user_memory", scope="user", user="alice",
                    repo_id=""))
    kb.add(Learning(content="bob likes spaces", store="user_memory", scope="user", user="bob",
                    repo_id=""))
    seen = [r.content for r in db.list_learnings(["r1", ""], user="alice")]
    assert sorted(seen) == ["alice likes tabs", "team fact"]
    assert len(db.list_learnings(None, user=None)) == 4
    assert [r.content for r in db.list_learnings(None, user="bob", stores=["user_memory"])] == \
        ["bob likes spaces"]


def test_keyword_index_is_only_ever_dropped_in_memory(tmp_path):
    from gcode.db import open_db

    on_disk = open_db(tmp_path / "keep.db")
    with pytest.raises(ValueError):
        on_disk.stop_keyword_index()
    on_disk.close()
    mem = open_db(Path(":memory:"))
    mem.stop_keyword_index()
    assert not mem.query("select name from sqlite_master where type = 'trigger' "
                         "and name like 'learnings_a%'")


def test_a_database_of_the_last_release_ranks_trigger_words_double(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """m009: a database made before it (trigger and text words weighing the same) gets the
    trigger's double weight on its next open, its rows untouched."""
    path = tmp_path / "old.db"
    monkeypatch.setattr(migrations, "MIGRATIONS", MIGRATIONS[:8])
    monkeypatch.setattr(migrations, "TRIGGER_WEIGHTS", "1.0, 1.0, 1.0, 1.0")
    with open_db(path) as database:
        rank = "select v from learnings_fts_config where k = 'rank'"
        assert database.scalar(rank) == "bm25(1.0, 1.0, 1.0, 1.0, 0.0)"
        database.insert_learning(Learning(content="nightly cache rebuild", repo_id="r"))
    monkeypatch.undo()
    with open_db(path) as database:
        assert database.scalar(rank) == "bm25(1.0, 1.0, 1.0, 2.0, 0.0)"
        assert database.scalar("select count(*) from learnings_fts where learnings_fts "
                               "match 'nightly'") == 1
