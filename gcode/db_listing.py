"""Briefs: what choosing a store's core needs of its recent records, not the records.

Part of the storage layer with db.py (the `Database` class inherits this). Every turn the
always-on core looks at a store's most recent records (up to 500) to pick the handful that
fit its small budget: at 100k learnings, reading and parsing 500 whole rows each turn cost
more than the turn's search. A brief is the few columns that scoring a record and pricing
its prompt line need (gcode.store_api.LearningContext.core_records reads whole rows only
for those that may enter), and a listing of briefs is kept with the database's change token
(`Database.change_token`: any row written by this connection or another): read again only
when something was written. Briefs are tuples, so what is kept is never changed by a reader,
and they hold no use counts (those churn every turn and are not in the token).

Also here: the listing of learnings that have no "applies when" trigger yet (the trigger
backlog's, gcode/trigger_backlog.py), and its count.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any, NamedTuple

from gcode.db_search import LEARNING_COLUMNS, Token, filters, kept_until_written, learning_of
from gcode.errors import GcodeError
from gcode.records import Learning


class Brief(NamedTuple):
    """A record as scoring and pricing it need: its prompt line's text and notes, and the
    evidence a store's ranking reads (the command it ran and how that went)."""

    rid: int
    id: str
    content: str
    kind: str
    source: str
    confidence: float
    origin: str
    author: str
    branch: str
    exit_code: Any  # evidence["exit_code"], None when absent
    runs: Any  # evidence["runs"]
    command: Any  # evidence["command"]


BRIEF_COLUMNS = ("l.rid, l.id, l.content, l.kind, l.source, l.confidence, l.origin, l.author, "
                 "l.branch, json_extract(l.evidence, '$.exit_code'), "
                 "json_extract(l.evidence, '$.runs'), json_extract(l.evidence, '$.command')")


_STORE_NAME = re.compile(r"[a-z0-9_]{1,64}")  # a store's name written into SQL as a literal


class Listings:
    """Kept brief listings; mixed into `gcode.db.Database`."""

    branch: str
    path: Path
    _briefs: dict[tuple[Any, ...], tuple[Token, Any]]
    _ranked_indexes: dict[tuple[str, str], bool]  # (store, score): its index is there

    def write(self) -> AbstractContextManager[Any]:
        raise NotImplementedError  # Database's

    def patience(self, ms: int) -> AbstractContextManager[None]:
        raise NotImplementedError  # Database's

    def change_token(self) -> Token:
        raise NotImplementedError  # Database's

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        raise NotImplementedError  # Database's

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        raise NotImplementedError  # Database's

    def brief_learnings(self, repo_ids: Sequence[str], user: str, store: str,
                        statuses: Sequence[str], limit: int) -> list[Brief]:
        """Briefs of what `list_learnings(repo_ids, user, [store], statuses=statuses,
        limit=limit)` lists, in its order; read again only when a record was written since
        this listing was last read."""
        def read() -> list[Brief]:
            where, params = filters(repo_ids, user, [store], None, statuses, False,
                                    self.branch)
            return [Brief._make(row) for row in self.rows(
                f"select {BRIEF_COLUMNS} from learnings l where {where} "
                f"order by l.updated_at desc, l.id limit {int(limit)}", params)]

        key = (tuple(repo_ids), user, store, tuple(statuses), limit, self.branch)
        briefs: list[Brief] = kept_until_written(self._briefs, key, self.change_token(), read)
        return list(briefs)

    def ranked_briefs(self, repo_id: str, user: str, store: str, score: str,
                      statuses: Sequence[str], limit: int) -> list[tuple[float, Brief]]:
        """The store's records of `repo_id` best first by `score` (an SQL expression over a
        record's columns: the store's ranking of what its core offers unasked), each with
        its score; ties most recently updated first. Read again only when a record was
        written since.

        An index on (repository, score) of the store's rows serves it (`_rank_index`):
        the first `limit` rows in that order are read, not every record of the store here
        (at 100k learnings, scoring a repository's 500 most recent records cost more than
        the turn's search)."""
        def read() -> list[tuple[float, Brief]]:
            where, params = filters([repo_id], user, None, None, statuses, False, self.branch)
            if self._rank_index(store, score):
                where += f" and l.store = '{store}'"  # a literal: the index is for its rows
            else:
                where += " and l.store = ?"
                params.append(store)
            rows = self.rows(
                f"select {score}, {BRIEF_COLUMNS} from learnings l where {where} "
                f"order by {score} desc, l.updated_at desc, l.id limit {int(limit)}", params)
            return [(float(row[0] or 0.0), Brief._make(row[1:])) for row in rows]

        key = ("ranked", repo_id, user, store, score, tuple(statuses), limit, self.branch)
        ranked: list[tuple[float, Brief]] = kept_until_written(
            self._briefs, key, self.change_token(), read)
        return list(ranked)

    def _rank_index(self, store: str, score: str) -> bool:
        """Make sure the index `ranked_briefs` reads is there: a partial index on the
        store's rows, named after the store and the score's text, so a store that ranks
        differently gets a new one and its old one is dropped. Made once per database
        (a tenth of a second at 100k learnings); False when it cannot be (another process
        holds the write lock, a read-only file): the listing then sorts the store's rows
        here, slower and just as right."""
        known = self._ranked_indexes.get((store, score))
        if known is not None:
            return known
        # an in-memory database (`gcode context` in a fresh clone) lists once: sorting the
        # store's rows costs less than indexing them first
        if not _STORE_NAME.fullmatch(store) or str(self.path) == ":memory:":
            self._ranked_indexes[store, score] = False
            return False
        name = f"idx_rank_{store}_{hashlib.sha256(score.encode()).hexdigest()[:12]}"
        there = {n for (n,) in self.rows(
            "select name from sqlite_master where type = 'index' and name like ?",
            (f"idx_rank_{store}_%",))}
        made = name in there
        if not made:
            try:
                with self.patience(200), self.write() as conn:
                    for old in there:
                        conn.execute(f'drop index if exists "{old}"')
                    conn.execute(
                        f'create index if not exists "{name}" on learnings(repo_id, '
                        f"({score}) desc, updated_at desc, id) where store = '{store}'")
                made = True
            except GcodeError:
                made = False  # asked again by the next process, not by every turn of this one
        self._ranked_indexes[store, score] = made
        return made

    def untriggered_learnings(self, repo_ids: Sequence[str], user: str, stores: Sequence[str],
                              limit: int) -> list[Learning]:
        """Live active learnings with no "applies when" trigger (m005's `applies` column): not
        the scan's or the agent's observations, nor what this machine's extraction call wrote
        (the model was asked for one then), a teammate's export without one is: hand-taught
        first, then the most used, then the newest (the backlog, gcode/trigger_backlog.py)."""
        where, params = self._untriggered(repo_ids, user, stores)
        sql = (f"select {LEARNING_COLUMNS} from learnings l where {where} order by "
               "json_extract(l.evidence, '$.applies_when_pending') is null, l.use_count desc, "
               "l.updated_at desc, l.id limit ?")
        return [learning_of(row) for row in self.rows(sql, [*params, int(limit)])]

    def count_untriggered(self, repo_ids: Sequence[str], user: str,
                          stores: Sequence[str]) -> int:
        """How many learnings `untriggered_learnings` would list with no limit."""
        where, params = self._untriggered(repo_ids, user, stores)
        return int(self.scalar(f"select count(*) from learnings l where {where}", params))

    def _untriggered(self, repo_ids: Sequence[str], user: str, stores: Sequence[str]
                     ) -> tuple[str, list[Any]]:
        where, params = filters(repo_ids, user, stores, None, ("active",), False, self.branch)
        return (f"{where} and coalesce(l.applies, '') = '' "
                "and l.source not in ('scan', 'observed') "
                "and (l.source != 'extracted' or l.origin = 'imported')"), params
