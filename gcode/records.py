"""The one record shape every learning store uses (DESIGN section 3).

Pure data: no SQL here (that is db.py's job), so stores, sync and the CLI can
all share the same definition of a learning, its id and its content hash.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

SCOPES = ("team", "user", "machine")
FORGOTTEN = "(forgotten)"  # what a tombstone says instead of the forgotten text
SOURCES = ("scan", "observed", "extracted", "agent", "user", "imported")
STATUSES = ("active", "pending", "stale")


def new_id() -> str:
    """A random, time-ordered UUIDv7 string.

    Never derived from the text: a re-created fact must not collide with the
    tombstone of an earlier, forgotten one.
    """
    ms = time.time_ns() // 1_000_000
    rand = int.from_bytes(os.urandom(10), "big")
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76  # version 7
    value |= (rand >> 68 & 0xFFF) << 64  # rand_a, 12 bits
    value |= 0b10 << 62  # RFC 4122 variant
    value |= rand & ((1 << 62) - 1)  # rand_b, 62 bits
    h = f"{value:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


_KIND = re.compile(r"[A-Za-z][\w-]{0,39}")


def is_kind(text: str) -> bool:
    """Whether `text` can be a learning's kind: one short word (fact, test_command, ...)."""
    return bool(_KIND.fullmatch(text))


def short_id(learning_id: str) -> str:
    """The 8 characters people see and type: the random tail (a UUIDv7's head is its clock)."""
    return learning_id.replace("-", "")[-8:]


def now_iso() -> str:
    """UTC timestamp with microseconds; sorts lexically in time order."""
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


_ISO = re.compile(r"(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)\.(\d{6})Z\Z")


def parse_iso(value: str) -> datetime:
    """now_iso()'s format back to a datetime (5x faster than strptime: search weighs every
    candidate's age on every turn)."""
    found = _ISO.match(value)
    if found is None:  # not ours: strptime says what is wrong with it
        return datetime.strptime(value, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=timezone.utc)
    year, month, day, hour, minute, second, micro = map(int, found.groups())
    return datetime(year, month, day, hour, minute, second, micro, tzinfo=timezone.utc)


_WS = re.compile(r"\s+")


def normalize_text(text: str) -> str:
    return _WS.sub(" ", text.strip().lower())


def content_hash(text: str) -> str:
    """Hash of the normalized content: catches exact duplicates without a model call."""
    return hashlib.sha256(normalize_text(text).encode("utf-8")).hexdigest()[:32]


APPLIES_WHEN = "applies_when"  # evidence key: when a learning matters, in other words (issue 10)


def index_text(title: str, content: str, applies_when: object = None) -> str:
    """What a learning is found by: its title, its text and, when one was written, its
    "applies when" trigger (the situations it bears on, in words its text does not use)."""
    parts = [title, content]
    if isinstance(applies_when, str) and applies_when.strip():
        parts.append(f"{_TRIGGER_MARK}{applies_when.strip()}")
    return "\n".join(p for p in parts if p)


_TRIGGER_MARK = "Applies when: "


def trigger_of(text: str) -> str:
    """The "applies when" trigger of an `index_text` ('' when it has none)."""
    _, mark, trigger = text.rpartition("\n" + _TRIGGER_MARK)
    return trigger if mark else ""


@dataclass
class Learning:
    """One thing gcode knows. `evidence` is free-form JSON (command, exit code, paths, commit)."""

    content: str
    store: str = "learned_knowledge"
    repo_id: str = ""
    scope: str = "team"
    user: str = ""
    kind: str = "insight"
    title: str = ""
    evidence: dict[str, Any] = field(default_factory=dict)
    source: str = "user"
    confidence: float = 0.8
    rev: int = 1
    id: str = field(default_factory=new_id)
    created_at: str = field(default_factory=now_iso)
    updated_at: str = ""
    author: str = ""
    deleted_at: str | None = None
    superseded_by: str | None = None
    status: str = "active"
    # Local counters: never exported (they churn on every read).
    use_count: int = 0
    last_used_at: str | None = None
    # Local provenance, never exported: "imported" = read from a team file (a teammate's
    # claim); `branch` = read from a non-default branch's team file (provisional).
    origin: str = ""
    branch: str = ""
    # Set by search; not stored.
    score: float | None = None

    def __post_init__(self) -> None:
        if not self.updated_at:
            self.updated_at = self.created_at

    @property
    def hash(self) -> str:
        return content_hash(self.content)

    @property
    def applies_when(self) -> str:
        value = self.evidence.get(APPLIES_WHEN) if self.evidence else None
        return value.strip() if isinstance(value, str) else ""

    @property
    def index_text(self) -> str:
        return index_text(self.title, self.content, self.applies_when)

    @property
    def live(self) -> bool:
        return self.deleted_at is None and self.superseded_by is None

    def copy(self) -> Learning:
        """A copy that shares nothing mutable with this one (evidence copied deeply), at
        a fifth of copy.copy's cost (which shares evidence): a turn copies each search hit
        it hands a store."""
        new = object.__new__(Learning)
        new.__dict__.update(self.__dict__)
        new.evidence = _copy_json(self.evidence)
        return new

    def to_dict(self) -> dict[str, Any]:
        # Same result as dataclasses.asdict (evidence is the only mutable field, so it is the
        # only one copied deeply) at a fraction of the cost: every insert and update calls it.
        data = {name: getattr(self, name) for name in _FIELD_ORDER}
        data["evidence"] = _copy_json(self.evidence)
        if data["score"] is None:
            data.pop("score")
        return data

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Learning:
        data = {k: row[k] for k in row.keys() if k in _FIELDS}
        if isinstance(data.get("evidence"), str):
            data["evidence"] = json.loads(data["evidence"] or "{}")
        return cls(**data)


def _copy_json(value: Any) -> Any:
    """A copy of a JSON value: dicts and lists copied, the rest (immutable) shared."""
    if isinstance(value, dict):
        return {k: _copy_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_copy_json(v) for v in value]
    return value


_FIELDS = set(Learning.__dataclass_fields__)
_FIELD_ORDER = tuple(Learning.__dataclass_fields__)

# Columns that are shared through the team file. Counters, status of local
# review (pending) and scores stay on the machine.
EXPORTED_FIELDS = (
    "id", "store", "repo_id", "scope", "kind", "title", "content", "evidence", "source",
    "confidence", "rev", "created_at", "updated_at", "author", "deleted_at", "superseded_by",
)
