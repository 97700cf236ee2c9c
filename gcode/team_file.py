"""The committed team file's format: one canonical JSON line per learning, parsed safely.

What a line is (canonical JSON of the exported fields, sorted keys), what the header
says, how a file is parsed into records and bad lines (never an exception for bad
input), and how a record is checked and scrubbed for secrets before it is shared.
Reading and writing the file, and merging it into the database, is sync.py's job.

The file comes from a teammate's branch, so parsing is bounded: it is read line by line
(never whole), a line over MAX_LINE_BYTES is a bad line that is skipped without being
kept, a line that is not UTF-8 is a bad line (never decoded with replacement characters,
so never exported back altered), and only the first MAX_BAD_KEPT bad lines are kept in
detail (the rest are counted, and their ids still protect their records from an export).
"""

from __future__ import annotations

import bisect
import hashlib
import io
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from gcode.records import EXPORTED_FIELDS, Learning, short_id

FORMAT = "gcode-learnings"
FORMAT_VERSION = 1
# Statuses that leave the machine. `pending` learnings wait for a local review first.
EXPORTED_STATUSES = ("active", "stale")

_CONFLICT_MARKER = re.compile(r"^(?:<{7}|={7}|>{7}|\|{7})(?:\s|$)")
_ID_IN_LINE = re.compile(r'"id"\s*:\s*"([0-9A-Za-z_-]{8,64})"')
_VALID_ID = re.compile(r"^[0-9A-Za-z_-]{8,64}$")
_ID_IN_BYTES = re.compile(rb'"id"\s*:\s*"([0-9A-Za-z_-]{8,64})"')

MAX_LINE_BYTES = 64 * 1024  # a learning is a few hundred bytes; 64 KB is far beyond any real one
MAX_BAD_KEPT = 100  # bad lines kept in detail; the rest are counted
SHOWN_BAD = 20  # bad lines printed before "... and K more bad lines"


_ENCODER = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def canonical(obj: Any) -> str:
    """The one JSON spelling of `obj`: what makes re-exports byte-identical.

    Same as json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":")),
    with the encoder built once (10k records per export)."""
    return _ENCODER.encode(obj)


def version_key(rec: Learning) -> tuple[int, str, str]:
    """Which of two copies of a record wins a merge: highest (rev, updated_at, author)."""
    return (rec.rev, rec.updated_at, rec.author)


def content_sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# -- the file format --------------------------------------------------------------------------


def record_dict(rec: Learning, repo_id: str | None = None) -> dict[str, Any]:
    """The exported fields of `rec`, exactly (no user, status, counters or score)."""
    data = {name: getattr(rec, name) for name in EXPORTED_FIELDS}
    data["confidence"] = round(float(rec.confidence), 4)
    if repo_id is not None:
        data["repo_id"] = repo_id
    return data


def header_dict(repo_id: str, compacted_before: str | None = None) -> dict[str, Any]:
    head: dict[str, Any] = {"format": FORMAT, "version": FORMAT_VERSION, "repo_id": repo_id}
    if compacted_before:
        head["compacted_before"] = compacted_before
    return head


def render(records: Iterable[Learning], repo_id: str, compacted_before: str | None = None) -> str:
    """The whole file: header, then one canonical line per record, sorted by id."""
    lines = [canonical(header_dict(repo_id, compacted_before))]
    lines.extend(canonical(record_dict(r, repo_id)) for r in sorted(records, key=lambda r: r.id))
    return "\n".join(lines) + "\n"


@dataclass
class BadLine:
    """A line import could not use, named by its 1-based number."""

    line: int
    reason: str
    record_id: str | None = None  # when the id could still be read from the line

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}"


@dataclass
class TeamFile:
    """A parsed team file: the winning copy of every record, and what was wrong."""

    records: dict[str, Learning] = field(default_factory=dict)
    line_of: dict[str, int] = field(default_factory=dict)
    bad: list[BadLine] = field(default_factory=list)  # the first MAX_BAD_KEPT, in detail
    repo_id: str | None = None
    compacted_before: str | None = None
    fatal: str | None = None  # the file as a whole cannot be read (a newer format version)
    more_bad: int = 0  # bad lines beyond MAX_BAD_KEPT: counted, not kept
    bad_ids: set[str] = field(default_factory=set)  # ids read from every bad line

    @property
    def live_ids(self) -> set[str]:
        return {rid for rid, rec in self.records.items() if rec.live}

    def ids_in_bad_lines(self) -> set[str]:
        return self.bad_ids | {b.record_id for b in self.bad if b.record_id}

    def add_bad(self, bad: BadLine) -> None:
        if bad.record_id:
            self.bad_ids.add(bad.record_id)
        if len(self.bad) < MAX_BAD_KEPT:
            self.bad.append(bad)
        else:
            self.more_bad += 1


def bad_line_messages(bad: Sequence[BadLine], more: int = 0,
                      limit: int = SHOWN_BAD) -> list[str]:
    """What to print about bad lines: the first `limit`, then one line for the rest."""
    out = [str(b) for b in bad[:limit]]
    rest = max(0, len(bad) - limit) + more
    if rest:
        out.append(f"... and {rest} more bad line{'s' if rest != 1 else ''}")
    return out


_REQUIRED = object()


def _str(obj: dict[str, Any], key: str, default: Any = "", nullable: bool = False) -> Any:
    if key not in obj:
        if default is _REQUIRED:
            raise ValueError(f"missing field {key!r}")
        return default
    value = obj[key]
    if value is None and nullable:
        return None
    if not isinstance(value, str):
        raise ValueError(f"field {key!r} must be a string")
    return value


# gcode's own evidence nests two or three levels; the redaction and the DB walk it
# recursively, so a record nesting hundreds of levels is refused as a bad line.
MAX_EVIDENCE_DEPTH = 32


def _depth(obj: Any) -> int:
    """How deeply lists and objects nest in `obj` (0 for a scalar), without recursing."""
    deepest, stack = 0, [(obj, 0)]
    while stack:
        value, level = stack.pop()
        if isinstance(value, (dict, list)):
            deepest = max(deepest, level + 1)
            if deepest > MAX_EVIDENCE_DEPTH:
                break
            items = value.values() if isinstance(value, dict) else value
            stack.extend((item, level + 1) for item in items)
    return deepest


def learning_from_dict(obj: dict[str, Any]) -> Learning:
    """Validate one record line (already JSON-decoded); ValueError says what is wrong."""
    rid = _str(obj, "id", _REQUIRED)
    if not _VALID_ID.match(rid):
        raise ValueError(f"invalid id {rid!r}")
    content = _str(obj, "content", _REQUIRED)
    if not content.strip():
        raise ValueError("empty content")
    scope = _str(obj, "scope", "team")
    if scope != "team":
        raise ValueError(f"scope {scope!r}: only team learnings belong in the team file")
    rev = obj.get("rev")
    if not isinstance(rev, int) or isinstance(rev, bool) or rev < 1:
        raise ValueError("field 'rev' must be a positive integer")
    created_at = _str(obj, "created_at", _REQUIRED)
    updated_at = _str(obj, "updated_at", _REQUIRED)
    if not created_at or not updated_at:
        raise ValueError("empty timestamp")
    evidence = obj.get("evidence", {})
    if not isinstance(evidence, dict):
        raise ValueError("field 'evidence' must be an object")
    if _depth(evidence) > MAX_EVIDENCE_DEPTH:
        raise ValueError("field 'evidence' nested too deeply")
    confidence = obj.get("confidence", 0.8)
    if not isinstance(confidence, (int, float)) or isinstance(confidence, bool) \
            or not 0.0 <= confidence <= 1.0:
        raise ValueError("field 'confidence' must be a number between 0 and 1")
    return Learning(
        id=rid, content=content, scope="team", user="", rev=rev,
        store=_str(obj, "store") or "learned_knowledge", repo_id=_str(obj, "repo_id"),
        kind=_str(obj, "kind") or "insight", title=_str(obj, "title"), evidence=evidence,
        source=_str(obj, "source") or "imported", confidence=float(confidence),
        created_at=created_at, updated_at=updated_at, author=_str(obj, "author"),
        deleted_at=_str(obj, "deleted_at", None, nullable=True) or None,
        superseded_by=_str(obj, "superseded_by", None, nullable=True) or None,
    )


def lines_of(fh: IO[bytes]) -> Iterator[tuple[int, bytes, bool]]:
    """(number, line, complete) for each line of a binary stream, in bounded memory: a line
    longer than MAX_LINE_BYTES is read past in chunks without being kept, and comes back
    as just its record id (`"id":"..."`, wherever it was on the line) with complete=False."""
    number = 0
    while True:
        line = fh.readline(MAX_LINE_BYTES + 1)
        if not line:
            return
        number += 1
        if line.endswith(b"\n") or len(line) <= MAX_LINE_BYTES:
            yield number, line, True
            continue
        found = _ID_IN_BYTES.search(line)
        tail = line[-128:]
        while chunk := fh.readline(1 << 16):
            if found is None:
                found = _ID_IN_BYTES.search(tail + chunk)
                tail = chunk[-128:]
            if chunk.endswith(b"\n"):
                break
        yield number, found.group(0) if found else b"", False


def parse_file(path: Path) -> TeamFile:
    """Parse the team file at `path`, streamed (OSError propagates)."""
    with path.open("rb") as fh:
        return parse_stream(fh)


def parse(data: str | bytes) -> TeamFile:
    """Parse a whole team file given as text or bytes (see parse_stream)."""
    raw = data.encode("utf-8", "surrogateescape") if isinstance(data, str) else data
    return parse_stream(io.BytesIO(raw))


def _line_id(line: bytes) -> str | None:
    found = _ID_IN_BYTES.search(line)
    return found.group(1).decode("ascii") if found else None


def parse_stream(fh: IO[bytes]) -> TeamFile:
    """Read a team file leniently: keep every good record, name every bad line.

    A union merge can leave two lines for one id (both sides edited it) and more
    than one header line (both sides created or compacted the file): both are
    normal. Two lines with the same id *and* the same version but different
    content cannot be resolved, so neither is used.
    """
    out = TeamFile()
    candidates: dict[str, list[tuple[int, Learning]]] = {}
    header_seen = conflicted = False
    for number, raw, complete in lines_of(fh):
        if not complete:
            out.add_bad(BadLine(number, f"longer than {MAX_LINE_BYTES // 1024} KB; not read",
                                _line_id(raw)))
            continue
        data = raw.strip()
        if not data:
            continue
        try:
            line = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            out.add_bad(BadLine(number, f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at "
                                        f"column {exc.start + 1}); not read", _line_id(data)))
            continue
        if _CONFLICT_MARKER.match(line):
            conflicted = True
            out.add_bad(BadLine(number, "merge conflict marker (is `merge=union` set in "
                                        ".gitattributes? `gcode init` sets it)"))
            continue
        try:
            obj = json.loads(line)
        except ValueError:
            out.add_bad(BadLine(number, "not valid JSON (a truncated or hand-edited line?)",
                                _line_id(data)))
            continue
        except RecursionError:  # `[[[[...` thousands deep: json's decoder recurses
            out.add_bad(BadLine(number, "nested too deeply; not read", _line_id(data)))
            continue
        if not isinstance(obj, dict):
            out.add_bad(BadLine(number, "not a JSON object"))
            continue
        if "format" in obj:
            problem = _read_header(obj, out)
            if out.fatal:
                out.add_bad(BadLine(number, f"{out.fatal}; nothing was imported"))
                return out
            if problem:
                out.add_bad(BadLine(number, problem))
            header_seen = header_seen or not problem
            continue
        try:
            rec = learning_from_dict(obj)
        except ValueError as exc:
            rid = obj.get("id") if isinstance(obj.get("id"), str) else None
            out.add_bad(BadLine(number, str(exc), rid))
            continue
        candidates.setdefault(rec.id, []).append((number, rec))
    if not header_seen and not candidates and out.bad and not conflicted and not any(
            b.record_id for b in out.bad):
        # no line of it is gcode's (/etc/passwd, a CSV): one line says so, not one per line
        out.fatal = "not a gcode team file (no header and no learning on any line)"
        out.bad, out.more_bad = [], 0
        return out
    if not header_seen and candidates:
        out.add_bad(BadLine(1, "no header line "
                               '({"format":"gcode-learnings","version":1,...})'))
    for rid, copies in candidates.items():
        if len(copies) > 1:  # a union merge of two edits: the highest version wins
            best = max(version_key(rec) for _, rec in copies)
            copies = [(n, rec) for n, rec in copies if version_key(rec) == best]
        if len(copies) > 1:
            first_line, first = copies[0]
            ident = canonical(record_dict(first, ""))
            clash = [n for n, rec in copies[1:] if canonical(record_dict(rec, "")) != ident]
            for n in clash:
                out.add_bad(BadLine(
                    n, f"learning {short_id(rid)} is also on line {first_line} with the same "
                       f"rev, updated_at and author but different content; neither was used", rid))
            if clash:
                continue
        out.records[rid] = copies[0][1]
        out.line_of[rid] = copies[0][0]
    out.bad.sort(key=lambda b: b.line)
    return out


def _read_header(obj: dict[str, Any], out: TeamFile) -> str | None:
    """Take what a header line says into `out`; returns a problem or None (sets out.fatal)."""
    if obj.get("format") != FORMAT:
        return f"unknown header: format {obj.get('format')!r} (expected {FORMAT!r})"
    version = obj.get("version")
    if version != FORMAT_VERSION:
        out.fatal = (f"unknown format version {version!r} (this gcode reads version "
                     f"{FORMAT_VERSION}; a newer gcode wrote it?)")
        return out.fatal
    repo_id = obj.get("repo_id")
    if isinstance(repo_id, str) and repo_id and out.repo_id is None:
        out.repo_id = repo_id
    cut = obj.get("compacted_before")
    if isinstance(cut, str) and cut and (out.compacted_before or "") < cut:
        out.compacted_before = cut
    return None


# -- secrets ----------------------------------------------------------------------------------

_SEPARATOR = "\n\n\x00\n\n"
_TEXT_FIELDS = ("content", "title", "kind", "store", "source", "author")


def secret_fields(records: Sequence[Learning]) -> dict[str, list[str]]:
    """{record id: [field, ...]} for every record where redaction would still change something.

    One `find_secrets` pass over all the text finds the suspects (a pass per
    string costs ~70 us, far too slow for 10k records); each suspect is then
    confirmed field by field with exactly the checks used before storing, so the
    verdict is the same as redacting each record on its own.
    """
    from gcode.redact import contains_secret, find_secrets, redact_obj

    pieces: list[str] = []
    ends: list[int] = []  # where each record's text ends (with its separator) in `joined`
    offset = 0
    for rec in records:
        texts = [getattr(rec, f) or "" for f in _TEXT_FIELDS]
        if rec.evidence:
            texts.extend(_leaf_strings(rec.evidence))
        chunk = "\n".join(texts)
        pieces.append(chunk)
        offset += len(chunk) + len(_SEPARATOR)
        ends.append(offset)
    if not pieces:
        return {}
    joined = _SEPARATOR.join(pieces)
    suspects: set[int] = set()
    for finding in find_secrets(joined):
        first = bisect.bisect_right(ends, finding.start)
        last = bisect.bisect_right(ends, max(finding.start, finding.end - 1))
        suspects.update(range(first, min(last, len(records) - 1) + 1))
    # A key can make its value a secret on its own ({"password": "hunter2"}): redact_obj knows
    # that rule, so every record whose evidence has a credential-like key is confirmed too.
    for index, rec in enumerate(records):
        if rec.evidence and index not in suspects and _credential_key(rec.evidence):
            suspects.add(index)
    found: dict[str, list[str]] = {}
    for index in sorted(suspects):
        rec = records[index]
        fields = [f for f in _TEXT_FIELDS if contains_secret(getattr(rec, f) or "")]
        if rec.evidence and redact_obj(rec.evidence) != rec.evidence:
            fields.append("evidence")
        if fields:
            found[rec.id] = fields
    return found


_CREDENTIAL_HINT = re.compile(
    r"pass|pwd|secret|token|key|auth|cred|cookie|salt|dsn|(?:^|[^a-z])pat(?:$|[^a-z])", re.I)


def _credential_key(obj: Any) -> bool:
    if isinstance(obj, dict):
        return any((isinstance(k, str) and _CREDENTIAL_HINT.search(k) and isinstance(v, str))
                   or _credential_key(v) for k, v in obj.items())
    if isinstance(obj, (list, tuple)):
        return any(_credential_key(v) for v in obj)
    return False


def _leaf_strings(obj: Any) -> list[str]:
    if isinstance(obj, str):
        return [obj]
    if isinstance(obj, dict):
        return [s for v in obj.values() for s in _leaf_strings(v)]
    if isinstance(obj, (list, tuple)):
        return [s for v in obj for s in _leaf_strings(v)]
    return []


def redact_record(rec: Learning) -> bool:
    """Redact `rec` in place (content, title, evidence...); True if anything changed."""
    from gcode.redact import redact, redact_obj

    before = canonical(record_dict(rec))
    for name in _TEXT_FIELDS:
        setattr(rec, name, redact(getattr(rec, name) or ""))
    rec.evidence = redact_obj(rec.evidence)
    return canonical(record_dict(rec)) != before
