"""The team file's sync state in the database: what makes import and export proportional to
what changed (gcode/sync_delta.py uses it).

Part of the storage layer with db.py (the `Database` class inherits this):

- `team_lines`: the team file as last imported or exported, one row per line that is in
  step with the database (a 64-bit hash of the line's bytes, and the record's id). An
  import parses only the lines whose hash is not there.
- `team_dirty`: team records changed since the last export, recorded by triggers for the
  repositories in `team_tracked` (those whose file a full export has written). An export
  rewrites only their lines.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from typing import Any

from gcode.records import Learning


def _chunks(items: Sequence[Any], size: int = 500) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


class TeamState:
    """Team file state and team-record queries; mixed into `gcode.db.Database`."""

    conn: Any
    branch: str

    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[dict[str, Any]]:
        raise NotImplementedError  # Database's

    def write(self) -> AbstractContextManager[Any]:
        raise NotImplementedError  # Database's

    # -- lines of the file ------------------------------------------------------------------

    def team_lines(self, repo_id: str) -> dict[bytes, str]:
        """{line hash: record id} of the file as last imported or exported."""
        return dict(self.conn.execute(
            "select digest, id from team_lines where repo_id = ?", (repo_id,)))

    def team_digests(self, repo_id: str) -> set[bytes]:
        """The line hashes alone (what an import compares every line against), read as one
        value: 100k rows one by one cost more than the import's own work."""
        joined = self.conn.execute("select group_concat(hex(digest), '') from team_lines "
                                   "where repo_id = ?", (repo_id,)).fetchone()[0] or ""
        raw = bytes.fromhex(joined)
        return {raw[i : i + 8] for i in range(0, len(raw), 8)}

    def team_ids_of(self, repo_id: str, digests: Sequence[bytes]) -> dict[bytes, str]:
        found: dict[bytes, str] = {}
        for chunk in _chunks(list(digests)):
            marks = ", ".join("?" for _ in chunk)
            found.update(self.conn.execute(
                f"select digest, id from team_lines where repo_id = ? and digest in ({marks})",
                [repo_id, *chunk]))
        return found

    def has_team_lines(self, repo_id: str) -> bool:
        return self.conn.execute("select 1 from team_lines where repo_id = ? limit 1",
                                 (repo_id,)).fetchone() is not None

    def update_team_lines(self, repo_id: str, removed: Iterable[bytes],
                          added: Iterable[tuple[bytes, str]], replace: bool = False) -> None:
        """Drop `removed` line hashes (all of them with `replace`), then add `added`."""
        with self.write() as c:
            if replace:
                c.execute("delete from team_lines where repo_id = ?", (repo_id,))
            else:
                c.executemany("delete from team_lines where repo_id = ? and digest = ?",
                              [(repo_id, d) for d in removed])
            c.executemany("insert or replace into team_lines(repo_id, digest, id) "
                          "values (?, ?, ?)", [(repo_id, d, i) for d, i in added])

    # -- what changed since the last export -------------------------------------------------

    def team_tracked(self, repo_id: str) -> bool:
        return self.conn.execute("select 1 from team_tracked where repo_id = ?",
                                 (repo_id,)).fetchone() is not None

    def track_team(self, repo_id: str) -> None:
        """From now on every change of the repository's team records is in team_dirty."""
        with self.write() as c:
            c.execute("insert or ignore into team_tracked(repo_id) values (?)", (repo_id,))

    def team_dirty(self, repo_id: str) -> list[str]:
        """Ids of team records changed since the last export, in id order."""
        return [i for (i,) in self.conn.execute(
            "select id from team_dirty where repo_id = ? order by id", (repo_id,))]

    def mark_team_dirty(self, repo_id: str, ids: Iterable[str]) -> None:
        with self.write() as c:
            c.executemany("insert or ignore into team_dirty(repo_id, id) values (?, ?)",
                          [(repo_id, i) for i in ids])

    def clear_team_dirty(self, repo_id: str, ids: Sequence[str] | None = None) -> None:
        with self.write() as c:
            if ids is None:
                c.execute("delete from team_dirty where repo_id = ?", (repo_id,))
            else:
                c.executemany("delete from team_dirty where repo_id = ? and id = ?",
                              [(repo_id, i) for i in ids])

    # -- team records -----------------------------------------------------------------------

    def team_records_by_id(self, repo_id: str, statuses: Sequence[str],
                           batch: int = 2000) -> Iterator[list[Learning]]:
        """The repository's team records in the file (tombstones included), in id order,
        a batch at a time: a 100k-record export never holds them all."""
        marks = ", ".join("?" for _ in statuses)
        cur = self.conn.execute(
            f"select * from learnings where repo_id = ? and scope = 'team' and status in "
            f"({marks}) and (branch = '' or branch = ?) order by id",
            [repo_id, *statuses, self.branch])
        cols = [d[0] for d in cur.description]
        while rows := cur.fetchmany(batch):
            yield [Learning.from_row(dict(zip(cols, row))) for row in rows]

    def team_counts(self, repo_id: str, statuses: Sequence[str]) -> tuple[int, int]:
        """(live, dead) team records of the repository that belong in its file."""
        marks = ", ".join("?" for _ in statuses)
        row = self.conn.execute(
            f"select count(*), coalesce(sum(deleted_at is null and superseded_by is null), 0) "
            f"from learnings where repo_id = ? and scope = 'team' and status in ({marks}) "
            f"and (branch = '' or branch = ?)", [repo_id, *statuses, self.branch]).fetchone()
        return int(row[1]), int(row[0]) - int(row[1])

    def team_tombstones_before(self, repo_id: str, cutoff: str) -> list[Learning]:
        """Team tombstones of the repository forgotten before `cutoff` (ISO time)."""
        return [Learning.from_row(r) for r in self.query(
            "select * from learnings where repo_id = ? and scope = 'team' "
            "and deleted_at is not null and deleted_at < ? order by id", (repo_id, cutoff))]

    def provisional_in_repo(self, repo_id: str) -> list[str]:
        """Ids of the repository's provisional records (read on some non-default branch)."""
        return [i for (i,) in self.conn.execute(
            "select id from learnings where repo_id = ? and branch > ''", (repo_id,))]

    def live_duplicates(self, repo_id: str, scope: str,
                        hashes: Sequence[str] | None = None) -> list[Learning]:
        """Live records of `repo_id`/`scope` whose content hash another live record shares
        (only among `hashes`, when given: an import asks about what it wrote)."""
        live = "repo_id = ? and scope = ? and deleted_at is null and superseded_by is null"
        if hashes is not None:
            found: list[Learning] = []
            for chunk in _chunks(sorted(set(hashes))):
                marks = ", ".join("?" for _ in chunk)
                found.extend(Learning.from_row(r) for r in self.query(
                    f"select * from learnings where {live} and content_hash in ("
                    f"select content_hash from learnings where {live} and content_hash in "
                    f"({marks}) group by content_hash having count(*) > 1)",
                    (repo_id, scope, repo_id, scope, *chunk)))
            return sorted(found, key=lambda r: (r.created_at, r.id))
        rows = self.query(
            f"select * from learnings where {live} and content_hash in ("
            f"select content_hash from learnings where {live} "
            f"group by content_hash having count(*) > 1) order by created_at, id",
            (repo_id, scope, repo_id, scope))
        return [Learning.from_row(r) for r in rows]
