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
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple

from gcode.db_search import Token, filters, kept_until_written


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


class Listings:
    """Kept brief listings; mixed into `gcode.db.Database`."""

    branch: str
    _briefs: dict[tuple[Any, ...], tuple[Token, list[Brief]]]

    def change_token(self) -> Token:
        raise NotImplementedError  # Database's

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
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
