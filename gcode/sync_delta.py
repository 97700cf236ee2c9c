"""Team file work proportional to what changed: streamed, line-hashed import and export.

sync.py decides what to import and export; this module makes it cheap (issue 16):

- the file is read as a stream of lines, never whole, and a line over MAX_LINE_BYTES is a
  bad line that is skipped without being kept;
- every line in step with the database is remembered by a hash (db `team_lines`), so an
  import parses only the lines whose hash is new: ten teammates' edits in a 100k-line
  file parse ten lines;
- an export rewrites only the lines of records changed since (db `team_dirty`, kept by
  triggers) by merging them into the sorted old file as it streams by; a file that is not
  exactly such a sorted file of known lines (a union merge's leftovers, a hand edit) is
  written in full instead, still streamed from the database in id order.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING

from gcode.errors import GcodeError
from gcode.records import Learning
from gcode.team_file import (
    EXPORTED_STATUSES,
    BadLine,
    TeamFile,
    canonical,
    header_dict,
    learning_from_dict,
    parse,
    record_dict,
)

if TYPE_CHECKING:  # pragma: no cover
    from gcode.db import Database

MAX_LINE_BYTES = 64 * 1024  # a learning is a few hundred bytes; 64 KB is far beyond any real one
_ID_KEY = b'"id":"'


def line_digest(line: bytes) -> int:
    """64-bit hash of a line's bytes (stripped), as stored in team_lines."""
    return int.from_bytes(hashlib.blake2b(line, digest_size=8).digest(), "big", signed=True)


def lines_of(fh: IO[bytes]) -> Iterator[tuple[int, bytes | None]]:
    """(number, stripped line) for each non-blank line, in bounded memory; a line longer than
    MAX_LINE_BYTES is read past in chunks and comes back as None."""
    number = 0
    while True:
        line = fh.readline(MAX_LINE_BYTES + 1)
        if not line:
            return
        number += 1
        if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
            while (chunk := fh.readline(1 << 16)) and not chunk.endswith(b"\n"):
                pass
            yield number, None
            continue
        line = line.strip()
        if line:
            yield number, line


def overlong(number: int) -> BadLine:
    return BadLine(number, f"longer than {MAX_LINE_BYTES // 1024} KB; not read")


def file_sha(path: Path) -> str | None:
    """sha256 of the file, read in chunks; None when there is no file."""
    digest = hashlib.sha256()
    try:
        with path.open("rb") as fh:
            while chunk := fh.read(1 << 20):
                digest.update(chunk)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise GcodeError(f"cannot read {path}: {exc.strerror}") from None
    return digest.hexdigest()


def stat_key(path: Path) -> str:
    """Size, mtime and inode: what says a file is unchanged without reading it."""
    try:
        st = path.stat()
    except OSError:
        return ""
    return f"{st.st_size}:{st.st_mtime_ns}:{st.st_ino}"


def remember_stat(db: Database, key: str, path: Path) -> None:
    """Remember the stat of a file whose hash was just recorded, so the next command skips
    reading it while it holds. Only for a file older than two seconds: a write within the
    clock's granularity of this moment cannot hide behind the same stamp."""
    import time

    try:
        old_enough = path.stat().st_mtime_ns < time.time_ns() - 2_000_000_000
    except OSError:
        return
    if old_enough:
        db.set_meta(key, stat_key(path))


def _open(path: Path) -> IO[bytes]:
    try:
        return path.open("rb")
    except OSError as exc:
        raise GcodeError(f"cannot read {path}: {exc.strerror}") from None


# -- import -----------------------------------------------------------------------------------


@dataclass
class Changes:
    """What a team file holds that the database has not seen, against team_lines."""

    parsed: TeamFile  # the new lines only, with the file's line numbers
    digests: dict[int, int]  # line number -> hash, of the lines parsed
    known: dict[str, int] = field(default_factory=dict)  # id -> line, of lines in step
    vanished: list[tuple[int, str]] = field(default_factory=list)  # (hash, id) no longer there


def parse_path(path: Path) -> TeamFile:
    """Every line of the file, parsed (read as a stream, each line bounded)."""
    return read_changes(path, {}).parsed


def read_changes(path: Path, known: dict[int, str]) -> Changes:
    """Stream the file once: lines whose hash is in `known` (team_lines) are skipped
    unread, the others are parsed."""
    present: dict[int, int] = {}
    numbers: list[int] = []
    texts: list[str] = []
    digests: dict[int, int] = {}
    bad: list[BadLine] = []
    with _open(path) as fh:
        for number, line in lines_of(fh):
            if line is None:
                bad.append(overlong(number))
                continue
            digest = line_digest(line)
            if digest in known and digest not in present:
                present[digest] = number
                continue
            numbers.append(number)
            digests[number] = digest
            texts.append(line.decode("utf-8", errors="replace"))
    parsed = parse("\n".join(texts))
    for b in parsed.bad:  # parse numbered the lines it was given
        if not b.reason.startswith("no header line"):
            b.line = numbers[b.line - 1]
        elif present:  # the records it misses a header for include the unread ones
            b.line = 1
    parsed.line_of = {rid: numbers[n - 1] for rid, n in parsed.line_of.items()}
    if present and not parsed.records and not any(b.reason.startswith("no header line")
                                                  for b in parsed.bad) \
            and parsed.repo_id is None and parsed.compacted_before is None \
            and not any(_is_header(t) for t in texts):
        parsed.bad.append(BadLine(1, "no header line "
                                     '({"format":"gcode-learnings","version":1,...})'))
    parsed.bad = sorted(bad + parsed.bad, key=lambda b: b.line)
    return Changes(parsed, {n: digests[n] for n in numbers},
                   {known[d]: n for d, n in present.items()},
                   [(d, i) for d, i in known.items() if d not in present])


def _is_header(text: str) -> bool:
    return text.lstrip().startswith('{"format"')


def settle_import(db: Database, repo_id: str, changes: Changes,
                  rendered: Callable[[str], str | None]) -> None:
    """After an import: remember the parsed lines now in step with the database (their
    record renders to exactly that line), forget vanished lines, and mark for export every
    record whose line is missing or differs from the database's copy."""
    in_step: list[tuple[int, str]] = []
    dirty = {rid for _, rid in changes.vanished}
    for rid, number in changes.parsed.line_of.items():
        line = rendered(rid)
        if line is not None and line_digest(line.encode("utf-8")) == changes.digests[number]:
            in_step.append((changes.digests[number], rid))
        else:
            dirty.add(rid)
    dirty.update(b.record_id for b in changes.parsed.bad if b.record_id)
    with db.write():
        db.update_team_lines(repo_id, [d for d, _ in changes.vanished], in_step)
        if dirty:
            db.mark_team_dirty(repo_id, sorted(dirty))


# -- export -----------------------------------------------------------------------------------


@dataclass
class Written:
    written: bool
    live: int
    dead: int
    sha: str


def exported(rec: Learning | None, repo_id: str, branch: str) -> bool:
    return (rec is not None and rec.repo_id == repo_id and rec.scope == "team"
            and rec.status in EXPORTED_STATUSES and rec.branch in ("", branch))


def _write_stream(target: Path, fill: Callable[[Callable[[str], None]], None]) -> tuple[Path, str]:
    """Write lines to a temporary file beside `target`; returns it and its sha256."""
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    sha = hashlib.sha256()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with tmp.open("wb") as out:
            def emit(text: str) -> None:
                data = text.encode("utf-8") + b"\n"
                sha.update(data)
                out.write(data)
            fill(emit)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise GcodeError(f"cannot write {target}: {exc.strerror}",
                         hint="check the permissions, or pass --output") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp, sha.hexdigest()


def _finish(tmp: Path, target: Path, sha: str, old_sha: str | None) -> bool:
    """Put the new file in place if its bytes differ (an unchanged file keeps its mtime)."""
    if sha == old_sha:
        tmp.unlink(missing_ok=True)
        return False
    try:
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise GcodeError(f"cannot write {target}: {exc.strerror}") from None
    return True


def export_full(db: Database, target: Path, repo_id: str, compacted: str,
                check: Callable[[Sequence[Learning]], None],
                refuse_shrinking: Callable[[set[str]], None],
                ) -> tuple[Written, list[tuple[int, str]]]:
    """The whole file, streamed from the database in id order: `check` sees each batch
    (secrets), `refuse_shrinking` the ids written, before anything replaces the file."""
    lines: list[tuple[int, str]] = []
    counts = [0, 0]

    def fill(emit: Callable[[str], None]) -> None:
        emit(canonical(header_dict(repo_id, compacted or None)))
        for batch in db.team_records_by_id(repo_id, EXPORTED_STATUSES):
            check(batch)
            for rec in batch:
                text = canonical(record_dict(rec, repo_id))
                emit(text)
                lines.append((line_digest(text.encode("utf-8")), rec.id))
                counts[0 if rec.live else 1] += 1

    tmp, sha = _write_stream(target, fill)
    old = file_sha(target)
    if sha != old:
        try:
            refuse_shrinking({rid for _, rid in lines})
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
    return Written(_finish(tmp, target, sha, old), counts[0], counts[1], sha), lines


class NotClean(Exception):
    """The file is not a sorted file of known lines: write it in full instead."""


def export_delta(db: Database, path: Path, repo_id: str, compacted: str, counts: tuple[int, int],
                 check: Callable[[Sequence[Learning]], None],
                 refuse_dropping: Callable[[list[str]], None]) -> Written | None:
    """Rewrite only the lines of records changed since the last export, merged into the
    sorted old file as it streams by. None: the file is not clean (write it in full)."""
    dirty = db.team_dirty(repo_id)
    known = db.team_lines(repo_id)
    records = db.get_learnings(dirty)
    new: dict[str, str | None] = {}
    for rid in dirty:
        rec = records.get(rid)
        new[rid] = canonical(record_dict(rec, repo_id)) if rec is not None and exported(
            rec, repo_id, db.branch) else None
    check([records[rid] for rid, line in new.items() if line is not None])
    header = canonical(header_dict(repo_id, compacted or None))
    wanted = set(dirty)
    old_of: dict[str, int] = {rid: d for d, rid in known.items() if rid in wanted}
    new_digest = {rid: line_digest(t.encode("utf-8")) for rid, t in new.items() if t is not None}
    old_lines: dict[str, bytes] = {}
    live, dead = counts

    def fill(emit: Callable[[str], None]) -> None:
        pending = iter(dirty)
        nxt = next(pending, None)
        last = ""
        first = True
        with _open(path) as fh:
            for _, line in lines_of(fh):
                if line is None:
                    raise NotClean
                rid = known.get(line_digest(line))
                if rid is None:
                    if not (first and line.startswith(b'{"format"')):
                        raise NotClean
                    emit(header)
                    first = False
                    continue
                if first or rid <= last:
                    raise NotClean
                last = rid
                while nxt is not None and nxt < rid:
                    if (text := new[nxt]) is not None:
                        emit(text)
                    nxt = next(pending, None)
                if nxt == rid:
                    old_lines[rid] = line
                    if (text := new[rid]) is not None:
                        emit(text)
                    nxt = next(pending, None)
                else:
                    emit(line.decode("utf-8"))
        if first:
            raise NotClean
        while nxt is not None:
            if (text := new[nxt]) is not None:
                emit(text)
            nxt = next(pending, None)

    try:
        tmp, sha = _write_stream(path, fill)
    except NotClean:
        path.with_name(f".{path.name}.{os.getpid()}.tmp").unlink(missing_ok=True)
        return None
    was_live = {rid: _live(line) for rid, line in old_lines.items()}
    for rid in dirty:  # the counts follow the lines that changed
        if rid in was_live:
            live, dead = live - was_live[rid], dead - (not was_live[rid])
        if new[rid] is not None:
            now = records[rid].live
            live, dead = live + now, dead + (not now)
    dropped = [rid for rid in dirty if new[rid] is None and was_live.get(rid)]
    old = file_sha(path)
    if sha != old and dropped:
        try:
            refuse_dropping(dropped)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
    written = _finish(tmp, path, sha, old)
    with db.write():
        db.update_team_lines(repo_id, [old_of[r] for r in dirty if r in old_of],
                             [(new_digest[r], r) for r in dirty if r in new_digest])
        db.clear_team_dirty(repo_id, dirty)
    return Written(written, live, dead, sha)


def _live(line: bytes) -> bool:
    """Whether an old line holds a live learning (when in doubt, yes: never drop silently)."""
    import json

    try:
        obj = json.loads(line)
        return not isinstance(obj, dict) or learning_from_dict(obj).live
    except ValueError:
        return True
