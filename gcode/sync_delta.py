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
import re
from collections.abc import Callable, Container, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from gcode.atomic import is_special, write_in_place
from gcode.errors import os_error
from gcode.records import Learning
from gcode.team_file import (
    EXPORTED_STATUSES,
    MAX_LINE_BYTES,
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

_ID_IN_BYTES = re.compile(rb'"id"\s*:\s*"([0-9A-Za-z_-]{8,64})"')  # as team_file reads it
_SPACE = frozenset(bytes([c]) for c in b" \t\r\x0b\x0c")  # what bytes.strip() removes


def line_digest(line: bytes) -> bytes:
    """64-bit hash of a line's bytes (stripped), as stored in team_lines."""
    return hashlib.blake2b(line, digest_size=8).digest()


class Overlong:
    """A line over MAX_LINE_BYTES, never kept: only the record id found in it, if any."""

    __slots__ = ("record_id",)

    def __init__(self, record_id: str | None) -> None:
        self.record_id = record_id


def lines_of(fh: IO[bytes], sha: Any = None) -> Iterator[tuple[int, bytes | Overlong]]:
    """(number, stripped line) for each non-blank line, read in 1 MB blocks (bounded
    memory); a line longer than MAX_LINE_BYTES is never kept and comes back as Overlong
    (with the id it names, so its record is still protected from an export's drop).
    `sha` (a hashlib object) sees every byte read."""
    number = 0
    rest = b""  # the line not finished yet
    long_id: str | None = None  # the line not finished is over the limit: its id so far
    too_long = False
    seen = b""  # the last bytes of an overlong line (an id may straddle two blocks)

    def find_id(data: bytes) -> str | None:
        found = _ID_IN_BYTES.search(data)
        return found.group(1).decode("ascii") if found else None

    while chunk := fh.read(1 << 20):
        if sha is not None:
            sha.update(chunk)
        parts = chunk.split(b"\n")
        tail = parts.pop()
        if too_long and long_id is None:
            long_id = find_id(seen + (parts[0] if parts else tail))
            seen = (parts[0] if parts else tail)[-128:]
        first: bytes | Overlong | None = None
        if parts:
            joined = None if too_long else rest + parts[0]
            first = joined if joined is not None and len(joined) <= MAX_LINE_BYTES else \
                Overlong(long_id if too_long else find_id(joined or b""))
            rest, too_long, long_id, seen = tail, False, None, b""
        elif not too_long:
            rest += tail
        if len(rest) > MAX_LINE_BYTES:
            long_id, seen = find_id(rest), rest[-128:]
            rest, too_long = b"", True
        for n, line in enumerate(parts):
            number += 1
            item = first if n == 0 else line
            if isinstance(item, Overlong):
                yield number, item
                continue
            assert item is not None
            if len(item) > MAX_LINE_BYTES:
                yield number, Overlong(find_id(item))
                continue
            if item[-1:] in _SPACE or item[:1] in _SPACE:
                item = item.strip()
            if item:
                yield number, item
    if too_long:
        yield number + 1, Overlong(long_id)
    elif rest.strip():
        yield number + 1, rest.strip()


def overlong(number: int, found: Overlong) -> BadLine:
    return BadLine(number, f"longer than {MAX_LINE_BYTES // 1024} KB; not read", found.record_id)


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
        raise os_error(exc, str(path)) from None
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
        raise os_error(exc, str(path)) from None


# -- import -----------------------------------------------------------------------------------


class KnownLines(Mapping[str, int]):
    """{id: line number} of the file's lines already in step with the database (not parsed).

    Its size is known at once; the ids are read from team_lines only when asked for (a
    provisional record, a duplicate or a union merge's second line needs them), and an id
    whose old line vanished from the file (an edit) is known not to be there."""

    def __init__(self, db: Database, repo_id: str, present: dict[bytes, int],
                 vanished_ids: set[str]) -> None:
        self._db, self._repo_id, self._present = db, repo_id, present
        self._vanished = vanished_ids
        self._ids: dict[str, int] | None = None

    def _load(self) -> dict[str, int]:
        if self._ids is None:
            lines = self._db.team_lines(self._repo_id)
            self._ids = {lines[d]: n for d, n in self._present.items()}
        return self._ids

    def __len__(self) -> int:
        return len(self._present)

    def __contains__(self, rid: object) -> bool:
        return bool(self._present) and rid not in self._vanished and rid in self._load()

    def __getitem__(self, rid: str) -> int:
        return self._load()[rid]

    def __iter__(self) -> Iterator[str]:
        return iter(self._load())


class InFile(Container[str]):
    """Whether an id is in the file: parsed, or on a line in step that was not read."""

    def __init__(self, parsed: Container[str], known: Container[str] | None) -> None:
        self.parsed, self.known = parsed, known

    def __contains__(self, rid: object) -> bool:
        return rid in self.parsed or (self.known is not None and rid in self.known)


@dataclass
class Changes:
    """What a team file holds that the database has not seen, against team_lines."""

    parsed: TeamFile  # the new lines only, with the file's line numbers
    digests: dict[int, bytes]  # line number -> hash, of the lines parsed
    known: KnownLines | None  # None: no state yet (every line was parsed)
    vanished: dict[bytes, str] = field(default_factory=dict)  # hash -> id, lines no longer there
    sha: str = ""  # of the whole file as read
    ordered: bool = False  # one header, then record lines in strictly increasing id order


def parse_path(path: Path) -> TeamFile:
    """Every line of the file, parsed (read as a stream, each line bounded)."""
    from gcode.team_file import parse_file

    try:
        return parse_file(path)
    except OSError as exc:
        raise os_error(exc, str(path)) from None


def read_changes(db: Database, repo_id: str, path: Path, trust_order: bool = False
                 ) -> Changes:
    """Stream the file once: lines whose hash is in team_lines are skipped unread, the
    others are parsed (`trust_order`: see _read)."""
    known = db.team_digests(repo_id)
    parsed, digests, present, sha, ordered = _read(path, known, trust_order)
    gone = known - present.keys()
    vanished = db.team_ids_of(repo_id, sorted(gone)) if gone else {}
    state = KnownLines(db, repo_id, present, set(vanished.values())) if known else None
    return Changes(parsed, digests, state, vanished, sha, ordered)


def line_id(line: bytes) -> str | None:
    """The id of a record line in gcode's canonical spelling (sorted keys: no key after `id`
    holds an object, and in a JSON string a quote is always escaped)."""
    at = line.rfind(b'"id":"')
    end = line.find(b'"', at + 6)
    return line[at + 6 : end].decode("ascii", errors="replace") if at >= 0 < end else None


def _read(path: Path, known: set[bytes], trust_order: bool = False
          ) -> tuple[TeamFile, dict[int, bytes], dict[bytes, int], str, bool]:
    """(parsed new lines, their hashes by line number, known hash -> line, file sha,
    whether the file is one header then records in strictly increasing id order).

    With `trust_order` (the lines in `known` came from a file found in order), only the
    ids around new lines are compared: a merge keeps the order of the lines it did not
    change, so only a new line can be out of place."""
    present: dict[bytes, int] = {}
    numbers: list[int] = []
    texts: list[bytes] = []
    digests: dict[int, bytes] = {}
    bad: list[BadLine] = []
    sha = hashlib.sha256()
    blake = hashlib.blake2b
    last: str | None = None  # None: the header is still to come
    ordered = True
    prev = b""  # the line before, while its id is not needed yet
    check = False  # the next line's id must be compared (it follows a new line)
    with _open(path) as fh:
        for number, line in lines_of(fh, sha):
            if isinstance(line, Overlong):
                bad.append(overlong(number, line))
                continue
            digest = blake(line, digest_size=8).digest()
            new = digest not in known or digest in present
            if last is None:
                ordered = ordered and line.startswith(b'{"format"')
                last = ""
            elif ordered and (new or check or not trust_order):
                if prev and not check and trust_order:
                    last = line_id(prev) or last
                rid = line_id(line)
                ordered = rid is not None and rid > last
                last = rid or last
                check = new
                prev = b""
            else:
                prev = line
            if not new:
                present[digest] = number
                continue
            numbers.append(number)
            digests[number] = digest
            texts.append(line)
    parsed = parse(b"\n".join(texts))
    for b in parsed.bad:  # parse numbered the lines it was given
        if not b.reason.startswith("no header line"):
            b.line = numbers[b.line - 1]
        elif present:  # the records it misses a header for include the unread ones
            b.line = 1
    parsed.line_of = {rid: numbers[n - 1] for rid, n in parsed.line_of.items()}
    if present and not any(b.reason.startswith("no header line") for b in parsed.bad) \
            and not any(t.lstrip().startswith(b'{"format"') for t in texts):
        bad.append(BadLine(1, "no header line "
                              '({"format":"gcode-learnings","version":1,...})'))
    for b in bad:
        parsed.add_bad(b)
    parsed.bad.sort(key=lambda b: b.line)
    ordered = ordered and not parsed.bad and not parsed.more_bad
    return parsed, {n: digests[n] for n in numbers}, present, sha.hexdigest(), ordered


def settle_import(db: Database, repo_id: str, changes: Changes,
                  rendered: Callable[[str], str | None]) -> bool:
    """After an import: remember the parsed lines now in step with the database (their
    record renders to exactly that line), forget vanished lines, and mark for export every
    record whose line is missing or differs from the database's copy."""
    in_step: list[tuple[bytes, str]] = []
    dirty = set(changes.vanished.values())
    for rid, number in changes.parsed.line_of.items():
        line = rendered(rid)
        if line is not None and line_digest(line.encode("utf-8")) == changes.digests[number]:
            in_step.append((changes.digests[number], rid))
        else:
            dirty.add(rid)
    dirty.update(b.record_id for b in changes.parsed.bad if b.record_id)
    with db.write():
        db.update_team_lines(repo_id, list(changes.vanished), in_step)
        if dirty:
            db.mark_team_dirty(repo_id, sorted(dirty))
    return len(in_step) == len(changes.parsed.line_of)


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


class _Out:
    """A temporary file beside `target` being written, and the sha256 of what went in."""

    def __init__(self, out: IO[bytes]) -> None:
        self.out, self.sha = out, hashlib.sha256()
        self.block: list[bytes] = []

    def line(self, line: bytes) -> None:
        self.block.append(line)
        if len(self.block) >= 4096:
            self.flush()

    def raw(self, data: bytes) -> None:
        """Whole lines, newlines included, copied as they are."""
        self.flush()
        self.sha.update(data)
        self.out.write(data)

    def flush(self) -> None:
        if self.block:
            data = b"\n".join(self.block) + b"\n"
            self.block.clear()
            self.sha.update(data)
            self.out.write(data)


def _write_stream(target: Path, fill: Callable[[_Out], None]) -> tuple[Path, str]:
    """Fill a new temporary file beside `target` (never through a link, as atomic.py does);
    returns it and its sha256. On any failure it is removed and the old file left whole."""
    import secrets

    tmp = target.with_name(f".gcode-{secrets.token_hex(6)}.tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC,
                     0o666)
        with os.fdopen(fd, "wb") as fh:
            out = _Out(fh)
            fill(out)
            out.flush()
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise os_error(exc, str(target)) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp, out.sha.hexdigest()


def _finish(tmp: Path, target: Path, sha: str, old_sha: str | None) -> bool:
    """Put the new file in place if its bytes differ (an unchanged file keeps its mtime)."""
    if sha == old_sha:
        tmp.unlink(missing_ok=True)
        return False
    try:
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise os_error(exc, str(target)) from None
    return True


def _export_in_place(target: Path, fill: Callable[[_Out], None],
                     check: Callable[[], None]) -> tuple[bool, str]:
    """Fill a private temporary file, run `check`, then copy it into `target` in place (see
    gcode.atomic.is_special): a refusal leaves nothing written."""
    import tempfile

    try:
        with tempfile.TemporaryFile() as fh:
            out = _Out(fh)
            fill(out)
            out.flush()
            check()
            fh.seek(0)
            write_in_place(target, fh)
    except BrokenPipeError:
        raise
    except OSError as exc:  # the temporary folder is full...
        raise os_error(exc) from None
    return True, out.sha.hexdigest()


def export_full(db: Database, target: Path, repo_id: str, compacted: str,
                check: Callable[[Sequence[Learning]], None],
                refuse_shrinking: Callable[[set[str]], None],
                ) -> tuple[Written, list[tuple[bytes, str]]]:
    """The whole file, streamed from the database in id order: `check` sees each batch
    (secrets), `refuse_shrinking` the ids written, before anything replaces the file."""
    lines: list[tuple[bytes, str]] = []
    counts = [0, 0]

    def fill(out: _Out) -> None:
        out.line(canonical(header_dict(repo_id, compacted or None)).encode("utf-8"))
        for batch in db.team_records_by_id(repo_id, EXPORTED_STATUSES):
            check(batch)
            for rec in batch:
                data = canonical(record_dict(rec, repo_id)).encode("utf-8")
                out.line(data)
                lines.append((line_digest(data), rec.id))
                counts[0 if rec.live else 1] += 1

    if is_special(target):  # a pipe or a device: never read, renamed over or written beside
        written, sha = _export_in_place(
            target, fill, lambda: refuse_shrinking({rid for _, rid in lines}))
        return Written(written, counts[0], counts[1], sha), lines
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
                 refuse_dropping: Callable[[list[str]], None],
                 old_sha: str | None = None) -> Written | None:
    """Rewrite only the lines of records changed since the last export, merged into the old
    file as it streams by. The caller knows the file is clean (one header, then lines in
    step with the database in strictly increasing id order: what the last sync left); a
    line that says otherwise makes this give up (None: write it in full)."""
    dirty = db.team_dirty(repo_id)
    records = db.get_learnings(dirty)
    new: dict[str, bytes | None] = {}
    for rid in dirty:
        rec = records.get(rid)
        new[rid] = canonical(record_dict(rec, repo_id)).encode("utf-8") if rec is not None \
            and exported(rec, repo_id, db.branch) else None
    check([records[rid] for rid, line in new.items() if line is not None])
    header = canonical(header_dict(repo_id, compacted or None)).encode("utf-8")
    old_lines: dict[str, bytes] = {}
    live, dead = counts

    def fill(out: _Out) -> None:
        """Blocks of the old file without a changed id are copied whole; the others are
        merged line by line with the changed records' new lines, in id order."""
        todo = list(dirty)
        at = 0
        last = ""

        def merge(lines: list[bytes]) -> None:
            nonlocal at, last
            for line in lines:
                rid = line_id(line)
                if rid is None or rid <= last:
                    raise NotClean
                last = rid
                while at < len(todo) and todo[at] < rid:
                    if (text := new[todo[at]]) is not None:
                        out.line(text)
                    at += 1
                if at < len(todo) and todo[at] == rid:
                    old_lines[rid] = line
                    if (text := new[rid]) is not None:
                        out.line(text)
                    at += 1
                else:
                    out.line(line)

        with _open(path) as fh:
            if not fh.readline(MAX_LINE_BYTES).startswith(b'{"format"'):
                raise NotClean
            out.line(header)
            carry = b""
            while chunk := fh.read(1 << 20):
                data = carry + chunk
                cut = data.rfind(b"\n") + 1
                block, carry = data[:cut], data[cut:]
                if len(carry) > MAX_LINE_BYTES:
                    raise NotClean
                if not block:
                    continue
                tail = block[block.rfind(b"\n", 0, len(block) - 1) + 1 : -1]
                block_last = line_id(tail)
                if block_last is None or b"\n\n" in block:
                    raise NotClean
                if at < len(todo) and todo[at] <= block_last:
                    merge(block.split(b"\n")[:-1])
                else:  # the clean file's order holds: nothing of ours in here
                    if block_last <= last:
                        raise NotClean
                    out.raw(block)
                    last = block_last
            if carry.strip():
                raise NotClean
        while at < len(todo):
            if (text := new[todo[at]]) is not None:
                out.line(text)
            at += 1

    try:
        tmp, sha = _write_stream(path, fill)
    except NotClean:
        return None
    was_live = {rid: _live(line) for rid, line in old_lines.items()}
    for rid in dirty:  # the counts follow the lines that changed
        if rid in was_live:
            live, dead = live - was_live[rid], dead - (not was_live[rid])
        if new[rid] is not None:
            now = records[rid].live
            live, dead = live + now, dead + (not now)
    dropped = [rid for rid in dirty if new[rid] is None and was_live.get(rid)]
    old = old_sha or file_sha(path)
    if sha != old and dropped:
        try:
            refuse_dropping(dropped)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
    written = _finish(tmp, path, sha, old)
    with db.write():
        db.update_team_lines(repo_id, [line_digest(line) for line in old_lines.values()],
                             [(line_digest(t), r) for r, t in new.items() if t is not None])
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
