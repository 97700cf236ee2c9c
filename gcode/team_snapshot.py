"""`gcode context` with no database (a CI job's fresh clone): the team file read once,
keyword-first, into a throwaway in-memory database, in bounded time and memory.

A full import would parse, check for secrets and index every line (and the first search
would embed every learning): seconds per 10k lines. What the context can show is far
less, so the file is streamed once and each line only glanced at (its id, store, time and
liveness are read off gcode's canonical spelling; any other line is parsed in full):

- every store's most recent learnings (MAX_RECENT each: what a store lists), and
- with a message, the learnings that share a word with it (or, for the offline embedder,
  one of its concepts), of which the keyword index's best CANDIDATES are embedded;

only those (and every copy of an id a union merge left twice) are parsed, checked and
loaded by the import's rules. Secrets are redacted in what the context shows
(`build_safely`), as an import would have redacted them. A broken or hand-edited line is
always parsed and named; a well-formed line the context does not use is not validated.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from gcode.errors import os_error
from gcode.records import Learning
from gcode.sync_delta import Overlong, lines_of, overlong
from gcode.team_file import MAX_BAD_KEPT, BadLine, parse, redact_record, secret_fields

if TYPE_CHECKING:  # pragma: no cover
    from gcode.knowledge import KnowledgeBase
    from gcode.injection import BuiltContext
    from gcode.learning import LearningMachine

MAX_RECENT = 500  # a store lists at most this many records by default (ctx.records)
CANDIDATES = 500  # learnings embedded for the semantic half of a search
_CANONICAL_HEAD = b'{"author":"'


@dataclass
class Snapshot:
    bad: list[BadLine] = field(default_factory=list)
    more_bad: int = 0  # bad lines beyond MAX_BAD_KEPT, counted
    loaded: int = 0
    lines: int = 0


_ID, _STORE, _UPDATED = b'"id":"', b'"store":"', b',"updated_at":"'
_DELETED_LIVE, _SUPERSEDED_LIVE = b'"deleted_at":null', b'"superseded_by":null'
_STAMP = len("2024-01-01T00:00:00.000000Z")


def _value(line: bytes, at: int) -> bytes | None:
    """The string value starting at `at`, or None if it holds an escape (parse it in full)."""
    end = line.find(b'"', at)
    value = line[at:end]
    return None if end < 0 or b"\\" in value else value


def _glance(line: bytes) -> tuple[str, str, str, bool] | None:
    """(id, store, updated_at, live) of a line in gcode's canonical spelling (sorted keys, no
    spaces), read off its bytes: keys after `evidence` are found from the end, the ones
    before it from the start (inside a JSON string a quote is always escaped, so `"key":`
    is structure). None: any other line, to be parsed in full."""
    if not line.startswith(_CANONICAL_HEAD) or line[-_STAMP - 17 : -_STAMP - 2] != _UPDATED:
        return None
    evidence = line.find(b'"evidence":')
    at_id, at_store = line.rfind(_ID), line.rfind(_STORE)
    if evidence < 0 or at_id < evidence or at_store < at_id:
        return None
    rid, store = _value(line, at_id + 6), _value(line, at_store + 9)
    if rid is None or store is None:
        return None
    live = line.find(_DELETED_LIVE, 0, evidence) > 0 and line.rfind(_SUPERSEDED_LIVE) > at_store
    return rid.decode(), store.decode(), line[-_STAMP - 2 : -2].decode(), live


def _searchable(line: bytes) -> bytes:
    """The lowercased title and content of a canonical line (what FTS5 and the embedder read;
    kind is one word): where the message's terms are looked for."""
    start = line.find(b'"content":"')
    end = line.find(b'","created_at":"', start)
    title = line.rfind(b'"title":"')
    return (line[start:end] + line[title:-_STAMP - 17]).lower()


def query_terms(message: str, expand: bool) -> list[str]:
    """Word stems of the message (and, for the offline embedder, the words of its concepts),
    as lowercase substrings: a superset of what FTS5 and the embedder would match."""
    from gcode.embed import CONCEPTS, RELATED, STOPWORDS, _CONCEPT_OF

    words = [w for w in re.findall(r"[a-z0-9]+", message.lower())
             if w not in STOPWORDS and len(w) > 1]
    terms = {w[: max(3, len(w) - 3)] if len(w) > 4 else w for w in words}
    if expand:
        for word in words:
            for concept in _CONCEPT_OF.get(word, ()):
                for name in (concept, *RELATED.get(concept, ())):
                    terms.update(CONCEPTS[name])
    return sorted(terms)


def load(kb: KnowledgeBase, path: Path, repo_id: str, message: str = "",
         expand: bool = True) -> Snapshot:
    """Load what the context can use from the team file at `path` into `kb.db` (fresh,
    in memory); embed the keyword candidates of `message`."""
    terms = [t.encode() for t in query_terms(message, expand)] if message.strip() else []
    # A term that contains another adds nothing to a substring search ("billing", "bill").
    needles = [t for t in terms if not any(o != t and o in t for o in terms)]
    pattern = re.compile(b"|".join(re.escape(t) for t in needles))

    def wanted(line: bytes) -> bool:
        return pattern.search(_searchable(line)) is not None

    recent: dict[bytes, list[tuple[bytes, bytes, int]]] = {}  # store -> (updated, id, line)
    keep: dict[int, bytes] = {}  # line number -> line, of what may be used
    out = Snapshot()
    twice: set[bytes] = set()  # ids on more than one line (a union merge): all their lines
    seen_ids: set[bytes] = set()
    for number, line in _stream(path, out):
        if not line.startswith(_CANONICAL_HEAD) or line[-_STAMP - 17 : -_STAMP - 2] != _UPDATED:
            keep[number] = line  # a header, a hand-edited or a broken line: parse it
            continue
        at = line.rfind(_ID) + 6
        rid = line[at : line.find(b'"', at)]
        if rid in seen_ids:
            twice.add(rid)
        seen_ids.add(rid)
        if terms and wanted(line):
            keep[number] = line  # a candidate (if it is a tombstone, loading skips it)
        at = line.rfind(_STORE) + 9
        heap = recent.setdefault(line[at : line.find(b'"', at)], [])
        item = (line[-_STAMP - 2 : -2], rid, number)
        if len(heap) >= MAX_RECENT and item <= heap[0]:
            continue  # older than every store's recent ones: most lines stop here
        seen = _glance(line)  # read it properly now: it may be shown
        if seen is None:
            keep[number] = line
            continue
        if not seen[3]:
            continue
        keep[number] = line
        if len(heap) < MAX_RECENT:
            heapq.heappush(heap, item)
            continue
        gone = heapq.heapreplace(heap, item)[2]
        if not (terms and wanted(keep[gone])):
            keep.pop(gone, None)
    if twice:  # rare: read again for every copy, so the import's rules pick the winner
        for number, line in _stream(path, Snapshot()):
            at = line.rfind(_ID) + 6
            if line[at : line.find(b'"', at)] in twice:
                keep[number] = line
    _insert(kb, repo_id, keep, out)
    if terms:
        _embed_candidates(kb, repo_id, [t.decode() for t in terms])
    return out


def _stream(path: Path, out: Snapshot) -> Iterable[tuple[int, bytes]]:
    """The file's lines; an overlong one is named in `out` and skipped."""
    try:
        fh = path.open("rb")
    except OSError as exc:
        raise os_error(exc, str(path)) from None
    with fh:
        for number, line in lines_of(fh):
            out.lines += 1
            if isinstance(line, Overlong):
                out.bad.append(overlong(number, line))
                continue
            yield number, line


def _insert(kb: KnowledgeBase, repo_id: str, keep: dict[int, bytes], out: Snapshot) -> None:
    """Parse the kept lines exactly as an import does and load their live learnings."""
    numbers = sorted(keep)
    parsed = parse(b"\n".join(keep[n] for n in numbers))
    for b in parsed.bad:
        if not b.reason.startswith("no header line"):  # that one is about line 1 anyway
            b.line = numbers[b.line - 1]
        out.bad.append(b)
    out.bad.sort(key=lambda b: b.line)
    out.more_bad += parsed.more_bad + max(0, len(out.bad) - MAX_BAD_KEPT)
    del out.bad[MAX_BAD_KEPT:]
    db = kb.db
    live: list[Learning] = []
    oldest: dict[str, Learning] = {}  # content hash -> the copy that stays (as an import does)
    for rec in sorted(parsed.records.values(), key=lambda r: (r.created_at, r.id)):
        if not rec.live:
            continue
        rec.repo_id, rec.origin, rec.branch = repo_id, "imported", db.branch
        if rec.hash in oldest:
            continue  # a younger copy of the same text: superseded by the oldest
        oldest[rec.hash] = rec
        live.append(rec)
    for start in range(0, len(live), 2000):
        db.insert_learnings([(rec, None) for rec in live[start : start + 2000]])
    out.loaded = len(live)


def _embed_candidates(kb: KnowledgeBase, repo_id: str, terms: Iterable[str]) -> None:
    """Embed the keyword index's best matches of the message's words and concepts."""
    from gcode.embed import to_blob

    db = kb.db
    match = " OR ".join(f'"{t}"*' for t in terms)
    hits = db.search_keywords(match, CANDIDATES, None, None, statuses=None)
    if not hits:
        return
    rids = db.rids_of([rec.id for rec, _ in hits])
    vectors = kb.embed_records([rec.index_text for rec, _ in hits])
    db.insert_vectors([(rids[rec.id], rec.repo_id, to_blob(v))
                       for (rec, _), v in zip(hits, vectors)])


def build_safely(machine: LearningMachine, message: str) -> BuiltContext:
    """The context, with every learning it shows redacted first (an import would have
    redacted them on the way in; here only what is shown is checked)."""
    done: set[str] = set()
    while True:
        built = machine.build_context(message)
        flagged = secret_fields([r for r in built.items if r.id not in done])
        if not flagged:
            return built
        for rec in built.items:
            if rec.id in flagged:
                done.add(rec.id)
                if redact_record(rec):
                    machine.kb.touch(rec, "")
                    machine.kb.db.update_learning(rec)

