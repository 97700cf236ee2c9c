"""The database's search indexes: keyword (FTS5) and vector (sqlite-vec), partitioned.

Part of the storage layer with db.py (the `Database` class inherits this), kept apart so
each file stays one job. Both indexes are partitioned the same way, by who may see a row
and where it lives: repository, owner (the user of a user-scope row, else '') and store.
A search reads only the partitions its user may see of the stores it asks for, so its
cost follows the size of what it searches, not of the whole machine's database:

- keyword: every row's `fts_part` column holds the tokens of its partitions
  (migrations.FTS_PART_SQL); a search ANDs those of (repository, owner) with the words, so
  FTS5 intersects postings instead of collecting every match of a common word in every
  repository. Store tokens are never ANDed: BM25 reads every phrase's whole postings
  list once per query (its IDF), and a store's list spans the machine (3.5x the cost of
  the search at 100k learnings); the SQL filter keeps the stores asked for;
- vector: sqlite-vec partition keys; one brute-force KNN per partition searched (the store
  a key only when one store is asked: the context build asks all of them, and four KNNs
  over a quarter each cost four times one over the whole).

Both halves return what ranking needs of a record (`Ranked`), not the record: a search
reads whole rows only for the few hits it returns (`rows_by_rid`).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from gcode.records import Learning, index_text

_ANY = None  # a partition key left free: every value of it
KNN_MAX = 4096  # sqlite-vec's largest k


@dataclass
class Ranked:
    """What ranking reads of a hit's record (gcode.aging weight and decay): its row id,
    confidence, status, source, ages and, as `evidence`, only its exit code."""

    rid: int
    confidence: float
    status: str
    source: str
    updated_at: str
    last_used_at: str | None
    evidence: dict[str, Any]
    triggered: bool = False  # it has an "applies when" trigger (gcode.hybrid: its relevance)


RANKED_COLUMNS = ("l.rid, l.confidence, l.status, l.source, l.updated_at, l.last_used_at, "
                  "json_extract(l.evidence, '$.exit_code') as _exit, coalesce(l.applies, '') != ''")


# The columns a Learning is made of, read by name: `select *` also computes the virtual
# generated columns (fts_part, applies) of every row, twice the cost of reading the rest.
LEARNING_FIELDS = tuple(f for f in Learning.__dataclass_fields__ if f != "score")
LEARNING_COLUMNS = ", ".join(f"l.{f}" for f in LEARNING_FIELDS)


_EVIDENCE = LEARNING_FIELDS.index("evidence")
# The columns are Learning's fields in its own order (score, the one left out, is last):
# a row is its positional arguments, a third of the cost of naming each (every hit a turn
# returns and every record a store lists is one).
assert LEARNING_FIELDS == tuple(Learning.__dataclass_fields__)[: len(LEARNING_FIELDS)]


def learning_of(row: Sequence[Any]) -> Learning:
    """A Learning from a row of LEARNING_COLUMNS (`Learning.from_row` without the dict)."""
    values = list(row)
    evidence = values[_EVIDENCE]
    if isinstance(evidence, str):
        values[_EVIDENCE] = json.loads(evidence) if evidence not in ("", "{}") else {}
    return Learning(*values)


def _found_by(row: dict[str, Any]) -> str:
    """The text a row is found by (its vector's text), from its title, content, applies."""
    return index_text(row["title"] or "", row["content"], row["applies"])


def _ranked(row: Sequence[Any]) -> Ranked:
    rid, confidence, status, source, updated_at, last_used_at, exit_code, triggered = row[:8]
    return Ranked(rid, confidence, status, source, updated_at, last_used_at,
                  {} if exit_code is None else {"exit_code": exit_code}, bool(triggered))


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
    branch: str = "", probe: bool = False,
) -> tuple[str, list[Any]]:
    """SQL conditions (on alias `l`) shared by listing and both halves of hybrid search.

    `probe`: for a statement that reads rows by row id. Its terms are written `+l.column`,
    so no index can serve them and the planner never weighs their values: with ANALYZE's
    samples (sqlite_stat4) it would otherwise prepare the statement again at every run
    (a tenth of a millisecond each), to arrive at the same row-id plan."""
    where: list[str] = []
    params: list[Any] = []
    col = "+l." if probe else "l."

    def among(column: str, values: Sequence[str]) -> None:
        where.append(f"{col}{column} in ({', '.join('?' for _ in values)})")
        params.extend(values)

    if repo_ids is not None:
        among("repo_id", repo_ids)
    if user is not None:  # someone else's user-scope records are never visible
        where.append(f"({col}scope != 'user' or {col}user = ?)")
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
    where.append(f"({col}branch = '' or {col}branch = ?)")
    params.append(branch)
    return (" and ".join(where) or "1"), params


Partition = tuple[str | None, str | None, str | None]  # (repo, owner, store); None: free


class Visible:
    """Which candidates of one search its filter lets through (and what ranking reads of
    them), each read once: a hybrid search has both halves' first candidates read in one
    statement (`expect` the vector half's, then the keyword half's check reads both).
    What it knows is kept by the database for the next search of the same filter until a
    row is written (`SearchIndex.visible`): a record written meanwhile is read again."""

    def __init__(self, where: str, params: list[Any],
                 known: dict[int, Ranked | None] | None = None) -> None:
        self.where = where
        self.params = params
        # None: the filter keeps it out. The database's verdicts of this filter since
        # nothing was written (a session's turns check mostly the same candidates).
        self.known: dict[int, Ranked | None] = {} if known is None else known
        self.expected: dict[int, None] = {}  # to read with the next check

    def expect(self, rids: Sequence[int]) -> None:
        """Candidates the next `check` reads too (another half's, about to be asked)."""
        self.expected.update((rid, None) for rid in rids if rid not in self.known)


@dataclass
class Knn:
    """A vector search's KNN so far: what each partition returned, at what depth, and the
    partitions that returned all they were asked (more may be nearer than they showed)."""

    depth: dict[Partition, int]
    got: dict[Partition, list[tuple[int, float]]]
    full: set[Partition]
    _nearest: list[tuple[float, int]] | None = None

    def nearest(self) -> list[tuple[float, int]]:
        """(distance, rid), nearest first; equal distances (the same text twice) by row id,
        not by the order an index happened to return them in."""
        if self._nearest is None:
            self._nearest = sorted((d, rid) for found in self.got.values() for rid, d in found)
        return self._nearest


Token = tuple[int, int]  # Database.change_token: changes whenever any row is written
_T = TypeVar("_T")
KEPT = 64  # what a connection keeps of one kind (a session asks for one or two)
JUDGED_MAX = 20_000  # visibility verdicts kept of one filter
WHOLE_MAX = 4_000  # whole rows kept


def kept_until_written(cache: dict[Any, tuple[Token, _T]], key: Any, token: Token,
                       read: Callable[[], _T]) -> _T:
    """What `read` gives for `key`, read again only when a row was written since (`token`,
    taken before the read: a write during it means read again). The value is the cache's:
    a caller that hands it on hands a copy."""
    kept = cache.get(key)
    if kept is not None and kept[0] == token:
        return kept[1]
    value = read()
    if len(cache) >= KEPT:
        cache.clear()
    cache[key] = (token, value)
    return value


# A list of row ids as one parameter: the statement's text is the same for any number of
# them, so the connection's statement cache compiles it once, not once per length
# (compiling the visibility check, with its long filter, costs about what running it does).
RID_LIST = "(select value from json_each(?))"


def rid_list(rids: Iterable[int]) -> str:
    """Row ids as the one parameter `RID_LIST` reads."""
    return json.dumps(list(rids))


def check_step(limit: int) -> int:
    """How many candidates a visibility check reads at a time: a few more than needed."""
    return limit + 16


class SearchIndex:
    """Keyword and vector search over learnings; mixed into `gcode.db.Database`."""

    conn: Any
    driver: Any
    branch: str
    _vec_table: bool

    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[dict[str, Any]]:
        raise NotImplementedError  # Database's

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        raise NotImplementedError  # Database's

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        raise NotImplementedError  # Database's

    def get_meta(self, key: str, default: str | None = None) -> str | None:
        raise NotImplementedError  # Database's

    def change_token(self) -> tuple[int, int]:
        raise NotImplementedError  # Database's

    _occupied: dict[tuple[tuple[str, ...], str], tuple[Token, set[tuple[str, str]]]]
    _judged: dict[tuple[Any, ...], tuple[Token, dict[int, Ranked | None]]]
    _whole: tuple[Token, dict[int, tuple[Any, ...]]] | None

    def occupied(self, repo_ids: Sequence[str] | None, user: str | None
                 ) -> set[tuple[str, str]] | None:
        """The (repository, owner) partitions of these repositories that hold a row at all,
        dead or alive (another user's rows count: a superset), by three index probes per
        repository; None when a search of them reads no partition by owner.

        A search leaves the others out: FTS5 pays for every phrase of a query, even one
        with no postings (a fifth of a 10k database's keyword half), and a KNN per
        partition. The shared rows of the personal repository ('') and a user's rows in a
        team repository are mostly none."""
        if repo_ids is None or user is None:
            return None
        repos = list(dict.fromkeys(repo_ids))

        def probe() -> set[tuple[str, str]]:
            sql = "(select 1 from learnings where repo_id = ? and scope {} 'user' limit 1)"
            (row,) = self.rows("select " + ", ".join(
                sql.format(op) for _ in repos for op in ("<", ">", "=")),
                [repo for repo in repos for _ in range(3)])
            found = set()
            for n, repo in enumerate(repos):
                below, above, mine = row[3 * n : 3 * n + 3]
                if below or above:  # a scope other than 'user': the shared partition
                    found.add((repo, ""))
                if mine:
                    found.add((repo, user))
            return found

        # Kept until a row is written (by any connection): a session's turns ask the same.
        found: set[tuple[str, str]] = kept_until_written(
            self._occupied, (tuple(repos), user), self.change_token(), probe)
        return set(found)

    def keyword_match(self, match: str, repo_ids: Sequence[str] | None, user: str | None,
                      scopes: Sequence[str] | None = None,
                      occupied: set[tuple[str, str]] | None = None) -> str | None:
        """The FTS5 query of the keyword half: the words, in the partitions searched (None:
        none of them holds a row)."""
        fts = f"{{title content kind applies}} : ({match})"
        if repo_ids is not None:
            parts = [owner_token(repo, owner) for repo in dict.fromkeys(repo_ids)
                     for owner in _owners(user, scopes)
                     if occupied is None or (repo, owner) in occupied]
            if not parts:
                return None
            fts = f"fts_part : ({' OR '.join(parts)}) AND {fts}"
        return fts

    def search_keywords(
        self, match: str, limit: int, repo_ids: Sequence[str] | None, user: str | None,
        stores: Sequence[str] | None = None, scopes: Sequence[str] | None = None,
        statuses: Sequence[str] | None = ("active",),
    ) -> list[tuple[Learning, float]]:
        """FTS5 BM25 over title/content/kind/trigger, best first; `match`: an FTS5 query."""
        found = self.keyword_ranked(match, limit, repo_ids, user, stores, scopes, statuses)
        rows = self.rows_by_rid([r.rid for r, _ in found])
        return [(rows[r.rid], bm25) for r, bm25 in found]

    def keyword_ranked(
        self, match: str, limit: int, repo_ids: Sequence[str] | None, user: str | None,
        stores: Sequence[str] | None = None, scopes: Sequence[str] | None = None,
        statuses: Sequence[str] | None = ("active",),
        occupied: set[tuple[str, str]] | None = None, visible: Visible | None = None,
    ) -> list[tuple[Ranked, float]]:
        """`search_keywords`, with what ranking needs of each record instead of the record
        (`occupied`: `self.occupied(repo_ids, user)`, when the caller has it already;
        `visible`: `self.visible(...)` of the same filter, shared with the vector half).

        The BM25 of every match in the partitions is read once and sorted here: with `order
        by rank`, FTS5 sorts in a statement of its own, and reading `rank` then runs BM25
        again on the outer cursor, IDF included (every phrase's postings read twice). With
        no partitions (every repository: the whole table's matches), FTS5 sorts and the
        best are read, deeper when the filter leaves too few."""
        visible = visible or self.visible(repo_ids, user, stores, scopes, statuses)
        occupied = occupied if occupied is not None else self.occupied(repo_ids, user)
        fts = self.keyword_match(match, repo_ids, user, scopes, occupied)
        if fts is None:
            return []
        depth = limit + 16
        try:
            while True:
                if repo_ids is not None:
                    scored = sorted((rank, rid) for rid, rank in self.rows(
                        "select rowid, rank from learnings_fts where learnings_fts match ?",
                        (fts,)))
                else:
                    scored = [(rank, rid) for rid, rank in self.rows(
                        "select rowid, rank from learnings_fts where learnings_fts match ? "
                        "order by rank limit ?", (fts, depth))]
                best = self._visible_first(scored, limit, visible)
                if repo_ids is not None or len(best) >= limit or len(scored) < depth:
                    return [(ranked, -rank) for ranked, rank in best]
                depth *= 4
        except self.driver.OperationalError:
            return []

    def vector_partitions(
        self, repo_ids: Sequence[str] | None, user: str | None,
        stores: Sequence[str] | None = None, scopes: Sequence[str] | None = None,
    ) -> list[tuple[str | None, str | None, str | None]]:
        """(repo, owner, store) partitions a search reads; None leaves that key free (the
        store is a key only when one store is asked: the filter keeps the others out)."""
        repos: Sequence[str | None] = list(repo_ids) if repo_ids is not None else [_ANY]
        keyed = list(stores) if stores and len(set(stores)) == 1 else [_ANY]
        return [(repo, owner, store) for repo in dict.fromkeys(repos)
                for owner in _owners(user, scopes) for store in keyed[:1]]

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
        found = self.vector_ranked(embedding, limit, repo_ids, user, stores, scopes, statuses)
        rows = self.rows_by_rid([r.rid for r, _ in found])
        return [(rows[r.rid], sim) for r, sim in found]

    def vector_ranked(
        self, embedding: bytes, limit: int, repo_ids: Sequence[str] | None, user: str | None,
        stores: Sequence[str] | None = None, scopes: Sequence[str] | None = None,
        statuses: Sequence[str] | None = ("active",),
        occupied: set[tuple[str, str]] | None = None, visible: Visible | None = None,
        knn: Knn | None = None,
    ) -> list[tuple[Ranked, float]]:
        """The `limit` nearest records the filter lets through (what ranking needs of each,
        and its cosine similarity), nearest first (`occupied`, `visible` as in
        `keyword_ranked`; `knn`: `self.vector_knn(...)` of the same search, already run).

        KNN cannot express the rest of the filter, so each partition is over-fetched, and
        read deeper when what it returned cannot be shown to hold the nearest visible ones
        (it returned all it was asked for, and its farthest is nearer than the last kept).
        Visibility is checked nearest first, a few more than needed at a time."""
        if not self.has_vec_table():
            return []
        visible = visible or self.visible(repo_ids, user, stores, scopes, statuses)
        knn = knn or self.vector_knn(embedding, limit, repo_ids, user, stores, scopes, occupied)
        while True:
            best = self._visible_first(knn.nearest(), limit, visible)
            last = best[-1][1] if len(best) >= limit else None
            todo = [p for p in knn.full if knn.depth[p] < KNN_MAX and knn.got[p] and (
                last is None or knn.got[p][-1][1] < last)]
            if not todo:
                return [(ranked, 1.0 - d) for ranked, d in best]
            for partition in todo:
                knn.depth[partition] = min(KNN_MAX, knn.depth[partition] * 4)
            self._knn(embedding, knn, todo)

    def vector_knn(
        self, embedding: bytes, limit: int, repo_ids: Sequence[str] | None, user: str | None,
        stores: Sequence[str] | None = None, scopes: Sequence[str] | None = None,
        occupied: set[tuple[str, str]] | None = None,
    ) -> Knn:
        """The first KNN of each partition a vector search reads (`vector_ranked` reads
        deeper where it must); [] partitions without the vector table."""
        occupied = occupied if occupied is not None else self.occupied(repo_ids, user)
        partitions = [p for p in self.vector_partitions(repo_ids, user, stores, scopes)
                      if occupied is None or (p[0], p[1]) in occupied]
        # Half as many again as asked for: most of a partition is visible, and where it is not,
        # `vector_ranked` reads deeper (it asked 4x as many before: 160 a partition for a turn's 40;
        # 10k, a first turn: KNN 0.44 -> 0.37 ms, no more second reads).
        first = min(KNN_MAX, max(limit + limit // 2, 40))
        knn = Knn(dict.fromkeys(partitions, first), {}, set())
        if self.has_vec_table():
            self._knn(embedding, knn, partitions)
        return knn

    def _knn(self, embedding: bytes, knn: Knn, partitions: Sequence[Partition]) -> None:
        knn._nearest = None
        for partition in partitions:
            sql, args = self.knn_sql(partition)
            rows = self.rows(sql, [embedding, knn.depth[partition], *args])
            if len(rows) < knn.depth[partition]:
                knn.full.discard(partition)
            else:
                knn.full.add(partition)
            # NULL: a zero vector (text of stopwords only) has no angle
            knn.got[partition] = [(int(rid), float(d)) for rid, d in rows if d is not None]

    def visible(self, repo_ids: Sequence[str] | None, user: str | None,
                stores: Sequence[str] | None = None, scopes: Sequence[str] | None = None,
                statuses: Sequence[str] | None = ("active",)) -> Visible:
        """A search's visibility checks (`Visible`), for both of its halves."""
        where, params = filters(repo_ids, user, stores, scopes, statuses, False, self.branch,
                                probe=True)
        known: dict[int, Ranked | None] = kept_until_written(
            self._judged, (where, *params), self.change_token(), dict)
        if len(known) > JUDGED_MAX:
            known.clear()
        return Visible(where, params, known)

    def _visible_first(self, hits: list[tuple[float, int]], limit: int, visible: Visible
                       ) -> list[tuple[Ranked, float]]:
        """Of (score, rid), best (lowest) first, the first `limit` the filter lets through,
        with their scores."""
        best: list[tuple[Ranked, float]] = []
        step = check_step(limit)
        known = visible.known
        for start in range(0, len(hits), step):
            chunk = hits[start : start + step]
            self._check(visible, [rid for _, rid in chunk])
            best += [(ranked, d) for d, rid in chunk if (ranked := known[rid]) is not None]
            if len(best) >= limit:
                break
        return best[:limit]

    def _check(self, visible: Visible, rids: Sequence[int]) -> None:
        """Read what is not known yet of `rids` and of the candidates expected, at once."""
        wanted = dict.fromkeys(rid for rid in rids if rid not in visible.known)
        if not wanted:
            return
        wanted.update(visible.expected)
        visible.expected.clear()
        verdicts: dict[int, Ranked | None] = dict.fromkeys(wanted)
        for row in self.rows(f"select {RANKED_COLUMNS} from learnings l where l.rid in "
                             f"{RID_LIST} and {visible.where}",
                             [rid_list(wanted), *visible.params]):
            verdicts[row[0]] = _ranked(row)
        visible.known.update(verdicts)  # only once read: kept verdicts are never guesses

    def rows_by_rid(self, rids: Sequence[int]) -> dict[int, Learning]:
        """The whole records of these row ids (the hits a search returns, the core's).

        Their rows are kept until a row is written (a session's turns hand out mostly the
        same records); each call makes new Learnings of them, which callers may change."""
        if not rids:
            return {}
        token = self.change_token()
        if self._whole is None or self._whole[0] != token or len(self._whole[1]) > WHOLE_MAX:
            self._whole = (token, {})
        kept = self._whole[1]
        missing = [rid for rid in rids if rid not in kept]
        if missing:
            for row in self.rows(f"select l.rid, {LEARNING_COLUMNS} from learnings l "
                                 f"where l.rid in {RID_LIST}", [rid_list(missing)]):
                kept[row[0]] = row[1:]
        return {rid: learning_of(kept[rid]) for rid in rids if rid in kept}

    def forget_kept(self, rids: Sequence[int]) -> None:
        """Drop what is kept of these rows (written in a way the change token leaves out:
        their use counts)."""
        for _, known in self._judged.values():
            for rid in rids:
                known.pop(rid, None)
        if self._whole is not None:
            for rid in rids:
                self._whole[1].pop(rid, None)

    def replaceable(self, repo_id: str, user: str | None, scope: str, kind: str | None,
                    names: Sequence[str], limit: int = 1000) -> list[Learning]:
        """Live active or stale records of a repository and scope that a new learning may
        replace (gcode.lifecycle.replaceable): those of `kind`, off its index, and those
        whose text has one of `names` (a superset, by keywords: the caller decides), most
        recently updated first."""
        where, params = filters([repo_id], user, None, [scope], ("active", "stale"), False,
                                self.branch)
        found: dict[int, tuple[Any, ...]] = {}
        if kind is not None:
            for row in self.rows(
                    f"select l.rid, l.updated_at, {LEARNING_COLUMNS} from learnings l "
                    f"where l.kind = ? and {where} order by l.updated_at desc, l.id "
                    f"limit {int(limit)}", [kind, *params]):
                found[row[0]] = row
        if names:
            words = " OR ".join('"' + n.replace('"', '""') + '"' for n in sorted(names))
            part = owner_token(repo_id, owner_of(scope, user or ""))
            for row in self.rows(
                    f"select l.rid, l.updated_at, {LEARNING_COLUMNS} from learnings_fts "
                    "join learnings l on l.rid = learnings_fts.rowid "
                    f"where learnings_fts match ? and {where} limit {int(limit)}",
                    [f"fts_part : ({part}) AND {{content}} : ({words})", *params]):
                found[row[0]] = row
        at_id = 2 + LEARNING_FIELDS.index("id")
        ordered = sorted(found.values(), key=lambda r: r[at_id])
        ordered.sort(key=lambda r: r[1], reverse=True)  # as list_learnings: newest, then id
        return [learning_of(row[2:]) for row in ordered]

    # -- the vector index -------------------------------------------------------------------

    def has_vec_table(self) -> bool:
        """Whether the vector table exists. Once it does, it always will (it is dropped only
        to be created again in the same transaction): every search asks, once is enough."""
        if self._vec_table:
            return True
        self._vec_table = bool(self.scalar(
            "select 1 from sqlite_master where name = 'learnings_vec'"))
        return self._vec_table

    def vec_index_info(self) -> tuple[str, int] | None:
        name = self.get_meta("embedder")
        dim = self.get_meta("embedder_dim")
        return (name, int(dim)) if name and dim else None

    def vec_index_recipe(self) -> int:
        """How the index's record vectors were made (1: before it was recorded)."""
        value = self.get_meta("vector_recipe")
        return int(value) if value and value.isdigit() else 1

    def live_learnings_for_index(self) -> list[tuple[int, str, str]]:
        """(rid, repo_id, the text it is found by) of every record the vector index holds."""
        return [(r["rid"], r["repo_id"], _found_by(r))
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
        return [(r["rid"], _found_by(r))
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
