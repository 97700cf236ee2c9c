"""The database's search indexes: keyword (FTS5) and vector (sqlite-vec), partitioned.

Part of the storage layer with db.py (the `Database` class inherits this), kept apart so
each file stays one job. Both indexes are partitioned the same way, by who may see a row
and where it lives: repository, owner (the user of a user-scope row, else '') and store.
A search reads only the partitions its user may see of the stores it asks for, so its
cost follows the size of what it searches, not of the whole machine's database:

- keyword: every row's `fts_part` column holds the tokens of its partitions
  (migrations.FTS_PART_SQL); a search ANDs them with the words, so FTS5 intersects
  postings instead of collecting every match of a common word in every repository;
- vector: sqlite-vec partition keys; one brute-force KNN per partition searched.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from gcode.records import Learning, index_text

_ANY = None  # a partition key left free: every value of it


def owner_of(scope: str, user: str) -> str:
    """The owner partition of a row: its user for user scope, else '' (shared)."""
    return user if scope == "user" else ""


def _hex(text: str) -> str:
    return text.encode("utf-8").hex()


def owner_token(repo_id: str, owner: str | None) -> str:
    """The FTS token of a (repository, owner) partition; owner None: a prefix query for
    every owner of the repository."""
    head = f"o{_hex(repo_id)}x"
    return f"{head}*" if owner is None else f"{head}{_hex(owner)}0"


def store_token(store: str) -> str:
    return f"s{_hex(store)}0"


def _owners(user: str | None, scopes: Sequence[str] | None) -> list[str | None]:
    """Owner partitions a search may read: shared rows and the user's own (None: any)."""
    if user is None:
        return [_ANY]
    wanted: list[str | None] = []
    if not scopes or any(s != "user" for s in scopes):
        wanted.append("")
    if not scopes or "user" in scopes:
        wanted.append(user)
    return list(dict.fromkeys(wanted))


def filters(
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


class SearchIndex:
    """Keyword and vector search over learnings; mixed into `gcode.db.Database`."""

    conn: Any
    driver: Any
    branch: str

    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[dict[str, Any]]:
        raise NotImplementedError  # Database's

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        raise NotImplementedError  # Database's

    def get_meta(self, key: str, default: str | None = None) -> str | None:
        raise NotImplementedError  # Database's

    def keyword_sql(
        self, match: str, repo_ids: Sequence[str] | None, user: str | None,
        stores: Sequence[str] | None = None, scopes: Sequence[str] | None = None,
        statuses: Sequence[str] | None = ("active",),
    ) -> tuple[str, list[Any]]:
        """The keyword half's statement (tests read its query plan) and its parameters,
        ending with the limit's placeholder."""
        where, params = filters(repo_ids, user, stores, scopes, statuses, False, self.branch)
        fts = f"{{title content kind applies}} : ({match})"
        if repo_ids is not None:
            parts = [owner_token(repo, owner) for repo in repo_ids
                     for owner in _owners(user, scopes)]
            fts = f"fts_part : ({' OR '.join(parts)}) AND {fts}"
        if stores:
            fts = f"fts_part : ({' OR '.join(store_token(s) for s in stores)}) AND {fts}"
        sql = ("select l.*, learnings_fts.rank as _bm25 from learnings_fts "
               "join learnings l on l.rid = learnings_fts.rowid "
               f"where learnings_fts match ? and {where} order by learnings_fts.rank limit ?")
        return sql, [fts, *params]

    def search_keywords(
        self, match: str, limit: int, repo_ids: Sequence[str] | None, user: str | None,
        stores: Sequence[str] | None = None, scopes: Sequence[str] | None = None,
        statuses: Sequence[str] | None = ("active",),
    ) -> list[tuple[Learning, float]]:
        """FTS5 BM25 over title/content/kind/trigger, best first; `match`: an FTS5 query."""
        sql, params = self.keyword_sql(match, repo_ids, user, stores, scopes, statuses)
        try:
            rows = self.query(sql, [*params, limit])
        except self.driver.OperationalError:
            return []
        return [(Learning.from_row(r), -float(r["_bm25"])) for r in rows]

    def vector_partitions(
        self, repo_ids: Sequence[str] | None, user: str | None,
        stores: Sequence[str] | None = None, scopes: Sequence[str] | None = None,
    ) -> list[tuple[str | None, str | None, str | None]]:
        """(repo, owner, store) partitions a search reads; None leaves that key free."""
        repos: Sequence[str | None] = list(repo_ids) if repo_ids is not None else [_ANY]
        return [(repo, owner, store) for repo in dict.fromkeys(repos)
                for owner in _owners(user, scopes)
                for store in (dict.fromkeys(stores) if stores else [_ANY])]

    def knn_sql(self, partition: tuple[str | None, str | None, str | None]
                ) -> tuple[str, list[Any]]:
        """One partition's KNN statement (after the embedding and k) and its key values."""
        sql = "select rowid, distance from learnings_vec where embedding match ? and k = ?"
        args: list[Any] = []
        for column, value in zip(("repo_id", "owner", "store"), partition):
            if value is not None:
                sql += f" and {column} = ?"
                args.append(value)
        return sql, args

    def search_vectors(
        self, embedding: bytes, limit: int, repo_ids: Sequence[str] | None, user: str | None,
        stores: Sequence[str] | None = None, scopes: Sequence[str] | None = None,
        statuses: Sequence[str] | None = ("active",),
    ) -> list[tuple[Learning, float]]:
        """KNN over the partitions this search may see, filtered, nearest first."""
        if not self.has_vec_table():
            return []
        where, params = filters(repo_ids, user, stores, scopes, statuses, False, self.branch)
        # KNN cannot express the rest of the filter, so over-fetch per partition, then filter.
        fetch = max(limit * 4, 40)
        hits: dict[int, float] = {}
        for partition in self.vector_partitions(repo_ids, user, stores, scopes):
            sql, args = self.knn_sql(partition)
            for rid, dist in self.conn.execute(sql, [embedding, fetch, *args]):
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

    # -- the vector index -------------------------------------------------------------------

    def has_vec_table(self) -> bool:
        return bool(self.scalar(
            "select 1 from sqlite_master where name = 'learnings_vec'"))

    def vec_index_info(self) -> tuple[str, int] | None:
        name = self.get_meta("embedder")
        dim = self.get_meta("embedder_dim")
        return (name, int(dim)) if name and dim else None

    def live_learnings_for_index(self) -> list[tuple[int, str, str]]:
        """(rid, repo_id, the text it is found by) of every record the vector index holds."""
        return [(r["rid"], r["repo_id"], index_text(r["title"] or "", r["content"], r["applies"]))
                for r in self.query("select rid, repo_id, title, content, applies from learnings "
                                    "where deleted_at is null and superseded_by is null")]

    _MISSING = ("from learnings l where deleted_at is null and superseded_by is null and "
                "not exists (select 1 from learnings_vec v where v.rowid = l.rid)")

    def missing_vectors(self, limit: int, after: int = 0,
                        among: Sequence[int] | None = None) -> list[tuple[int, str]]:
        """(rid, text it is found by) of live records the vector index lacks, in rid order
        past `after` (or only those `among`): imported while a slow embedder was configured,
        or stored while a remote one was down."""
        if not self.has_vec_table():
            return []
        only = f" and rid in ({', '.join(str(int(r)) for r in among)})" if among else ""
        return [(r["rid"], index_text(r["title"] or "", r["content"], r["applies"]))
                for r in self.query(f"select rid, title, content, applies {self._MISSING} "
                                    f"and rid > ?{only} order by rid limit ?", (after, limit))]

    def count_missing_vectors(self) -> int:
        return int(self.scalar(f"select count(*) {self._MISSING}")) if self.has_vec_table() else 0

    def add_vectors(self, conn: Any, rows: Sequence[tuple[int, bytes]]) -> None:
        """Index vectors by row id, each in its record's partition (inside a write)."""
        conn.executemany(
            "insert into learnings_vec(rowid, repo_id, owner, store, embedding) "
            "select rid, repo_id, case when scope = 'user' then user else '' end, store, ? "
            "from learnings where rid = ?", [(blob, rid) for rid, blob in rows])
