"""The one door for learning stores: what a store is, what it is handed, how it is found.

A store is a class with a handful of declarations and up to four methods:

- declarations (the only place a store's facts live): `name`, `title`, `scope` (team, user
  or machine), `kinds` (the first is the default), `extract` (what the shared extraction
  call should look for on its behalf; empty = nothing), `follows_user` (records follow the
  user across repositories);
- `recall(ctx)`: what it knows that may matter now (usually a list of Learning);
- `build_context(items) -> str`: its block of the system prompt;
- `process(turn, ctx)`: learn from a finished turn (`turn.tool_runs` say what the tools did);
- `tools(ctx)` (optional): functions offered to the model.

Built-in stores are registered in `BUILTIN_STORES` exactly like custom ones are in config or
by entry point, so a new store is one file plus one line. Stores reach the database only
through the `LearningContext` they are handed.
"""

from __future__ import annotations

import importlib
import weakref
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from gcode.errors import GcodeError
from gcode.hybrid import Hit
from gcode.knowledge import AddResult, KnowledgeBase
from gcode.records import SCOPES, Learning, is_kind, short_id
from gcode.visible import visible
from gcode.redact import clip as clip  # for stores: redact, then cut (never a token cut short)
from gcode.turn import Turn, chars_to_tokens

if TYPE_CHECKING:
    from gcode.config import Config
    from gcode.db import Database
    from gcode.db_listing import Brief
    from gcode.tools import Tool

# Per database, per (store, repositories, user, root): the change token when the cited
# files were last checked, and whether each existed (LearningContext.refresh_paths).
_CHECKED: weakref.WeakKeyDictionary[Database, dict[tuple[str, tuple[str, ...], str, str],
                                                 tuple[tuple[int, int], dict[str, bool]]]] \
    = weakref.WeakKeyDictionary()

# The built-in stores, in the order their blocks appear in the prompt: "module:Class".
BUILTIN_STORES = (
    "stores.project_context:ProjectContext",
    "stores.learned_knowledge:LearnedKnowledge",
    "stores.user_memory:UserMemory",
    "stores.decision_log:DecisionLog",
)


@runtime_checkable
class LearningStore(Protocol):
    """What every store provides (BaseStore gives sensible defaults for all but `name`)."""

    name: str
    title: str
    scope: str
    kinds: tuple[str, ...]
    extract: str
    follows_user: bool

    context_weight: float

    def recall(self, ctx: LearningContext) -> Any: ...

    def build_context(self, data: Any) -> str: ...

    def process(self, turn: Turn, ctx: LearningContext) -> None: ...

    def tools(self, ctx: LearningContext) -> list[Tool]: ...


def build_learning(store: LearningStore, content: str, *, repo_id: str, user: str, kind: str = "",
                   scope: str | None = None, title: str = "", source: str = "user",
                   confidence: float = 0.9, evidence: dict[str, Any] | None = None,
                   status: str = "active", id: str | None = None) -> Learning:
    """The one rule that turns what a store was told into a record: the scope the store
    declares (unless given), its repository (none when it follows its user), its owner.
    `id`: a fact with a stable identity of its own (the scan's); otherwise a new one."""
    scope = scope or store.scope
    rec = Learning(
        content=content, store=store.name, repo_id="" if store.follows_user else repo_id,
        scope=scope, user=user if scope == "user" else "", kind=kind or store.kinds[0],
        title=title, evidence=dict(evidence or {}), source=source, confidence=confidence,
        author=user, status=status,
    )
    if id is not None:
        rec.id = id
    return rec


@dataclass
class LearningContext:
    """What a store needs to know about the moment, and its only door to the database."""

    repo_id: str
    repo_root: Path | None
    user: str
    session_id: str | None
    message: str
    config: Config
    stores: dict[str, LearningStore]  # every store of the machine, by name
    _kb: KnowledgeBase = field(repr=False)
    # Filled by the machine's shared extraction call: items for this store only.
    extracted: list[dict[str, Any]] = field(default_factory=list)
    # Set for propose mode: new learnings are stored as pending proposals.
    propose: bool = False
    # The machine's one search of this turn's message across every store (issue 10/16):
    # `search` for that message is answered from it, so N stores cost one search, not N.
    prefetched: Prefetch | None = None
    # Set by the machine: the most tokens its core can take this turn (None: not known,
    # `core_records` hands over every record it is given).
    core_room: int | None = None

    def repo_ids_for(self, store: str) -> list[str]:
        owner = self.stores.get(store)
        return [""] if owner is not None and owner.follows_user else [self.repo_id]

    def save(self, store: str, content: str, kind: str = "", *, scope: str | None = None,
             title: str = "", evidence: dict[str, Any] | None = None, source: str = "extracted",
             confidence: float = 0.7, supersedes: Learning | None = None,
             consolidate: bool = True, id: str | None = None) -> AddResult:
        """Store a learning for `store` (redacted, deduplicated, indexed; `consolidate`
        False: never merged into a similar-looking record, for facts with a key of their
        own; `id`: such a fact's stable id)."""
        owner = self.stores.get(store)
        if owner is None:
            raise GcodeError(f"unknown store {store!r}")
        rec = build_learning(owner, content, repo_id=self.repo_id, user=self.user, kind=kind,
                             scope=scope, title=title, source=source, confidence=confidence,
                             evidence=evidence, id=id,
                             status="pending" if self.propose else "active")
        if self.session_id:
            rec.evidence.setdefault("session", self.session_id)
        if supersedes is not None and supersedes.live and not self.propose:
            return self._kb.supersede(supersedes, rec)
        if supersedes is not None:
            rec.evidence["supersedes"] = supersedes.id
        return self._kb.add(rec, consolidate=consolidate)

    def records(self, store: str, kinds: Sequence[str] | None = None,
                statuses: Sequence[str] = ("active",), limit: int = 500) -> list[Learning]:
        """The store's records here, most recently updated first (bounded: this runs on
        every turn, and a store can grow large)."""
        recs = self._kb.db.list_learnings(self.repo_ids_for(store), user=self.user,
                                          stores=[store], statuses=statuses, limit=limit)
        return [r for r in recs if kinds is None or r.kind in kinds]

    def briefs(self, store: str, statuses: Sequence[str] = ("active",),
               limit: int = 500) -> list[Brief]:
        """What choosing the core needs of the records `records` lists (gcode.db_listing:
        a few columns, read again only when something was written): score them, then
        `core_records` reads whole records only for those that may enter the prompt."""
        return self._kb.db.brief_learnings(self.repo_ids_for(store), self.user, store,
                                           statuses, limit)

    def ranked_briefs(self, store: str, score: str,
                      statuses: Sequence[str] = ("active",)) -> list[tuple[float, Brief]]:
        """A store's records here, best first by `score` (an SQL expression over a record's
        columns: how the store ranks what its core offers unasked), each with its score, as
        many as the core could take this turn: every line costs at least MIN_LINE tokens,
        and a cheaper one further down may fill what a dearer one left (twice that, plus
        what the turn's search may have found of them). Served by an index on the score
        (gcode.db_listing), so the store's size here does not matter."""
        room = self.core_room if self.core_room is not None else 1000 * MIN_LINE
        limit = 2 * (room // MIN_LINE) + 16
        return self._kb.db.ranked_briefs(self.repo_ids_for(store)[0], self.user, store, score,
                                         statuses, limit)

    def core_records(self, scored: Sequence[tuple[float, Brief]]) -> list[Learning]:
        """The whole records of `scored` (a store's core candidates, best first, each with
        the score it ranks by) that the core may take this turn, in order, scored.

        The core takes candidates best first, each that still fits its room
        (gcode.injection.assemble); so one is taken only if every better candidate of the
        same store that costs no more was taken too, and it is left out here when it and
        those cost more than the room can ever be. The rest are read whole. A record the
        turn's search found is the search's (never priced here, always handed over).

        Of candidates that score the same, what the message bears on, even too weakly to
        be a match, comes first (of a user's preferences, the one about comparing options
        when options are compared); a better score is never passed."""
        found = {h.learning.id for h in self.prefetched.hits} if self.prefetched else set()
        relevance = self.prefetched.relevance_by_rid if self.prefetched else {}
        if relevance:
            scored = sorted(scored, key=lambda c: (c[0], relevance.get(c[1].rid, 0.0)),
                            reverse=True)
        keep = _may_enter([None if b.id in found or score < 0 else _line_tokens(b)
                           for score, b in scored], self.core_room)
        chosen = [(score, b) for (score, b), ok in zip(scored, keep) if ok]
        rows = self._kb.db.rows_by_rid([b.rid for _, b in chosen])
        out = []
        for score, b in chosen:
            rec = rows.get(b.rid)
            if rec is not None:
                rec.score = score
                out.append(rec)
        return out

    def search(self, query: str, stores: Sequence[str], k: int = 10) -> list[Learning]:
        if self.prefetched is not None and (found := self.prefetched.answer(query, stores, k)) \
                is not None:
            return found
        repo_ids = sorted({rid for s in stores for rid in self.repo_ids_for(s)})
        return self._kb.search(query, repo_ids, self.user, k=k, stores=list(stores))

    def resolve(self, reference: str) -> Learning:
        """The record an id or short id names (one this user may see); GcodeError if none."""
        return self._kb.resolve(reference, self.user)

    def update(self, rec: Learning, content_changed: bool = False) -> None:
        self._kb.update(rec, self.user, content_changed=content_changed)

    def forget(self, rec: Learning) -> None:
        self._kb.forget(rec, self.user)

    def get(self, learning_id: str) -> Learning | None:
        """The record with this id in any state, a tombstone included."""
        return self._kb.db.get_learning(learning_id)

    def purge(self, rec: Learning) -> None:
        """Delete for good, no tombstone: only for what never leaves this machine (a
        scan fact whose file changed), which no teammate has to be told about."""
        if rec.scope != "machine":
            raise GcodeError(f"{rec.id} is shared: forget it, do not purge it")
        self._kb.db.purge_learnings([rec.id])

    def refresh_paths(self, store: str) -> None:
        """A fact that rests on files (`evidence["paths"]`) goes stale when one is gone, and
        comes back when they all are there again (a branch switch, a revert).

        This runs every turn: when no record was written since the last check in this
        process and every file then cited still exists or not as it did, nothing can have
        changed and nothing is read. Otherwise the records' cited paths are read (whole
        records only for those that change status)."""
        from gcode.stat_watch import paths_exist

        root = self.repo_root
        if root is None:
            return
        db = self._kb.db
        repo_ids = self.repo_ids_for(store)
        key = (store, tuple(repo_ids), self.user, str(root))
        watched = _CHECKED.setdefault(db, {})
        last = watched.get(key)
        if last is not None and last[0] == db.change_token() and all(
                paths_exist(root, [path]) == there for path, there in last[1].items()):
            return
        seen: dict[str, bool] = {}

        def there(path: str) -> bool:
            if path not in seen:
                seen[path] = paths_exist(root, [path])
            return seen[path]

        flips = []
        for rid, status, paths in db.cited_paths(repo_ids, self.user, store):
            if not paths or not isinstance(paths, list):
                continue
            exists = all([there(str(p)) for p in paths])  # every path is watched
            if (status == "active") != exists and status in ("active", "stale"):
                flips.append(rid)
        records = db.rows_by_rid(flips)
        for rec in (records[rid] for rid in flips):
            if rec.status == "active":
                rec.status = "stale"
                rec.confidence = round(rec.confidence * 0.5, 3)
            else:
                rec.status = "active"
                rec.confidence = min(0.99, round(rec.confidence * 2, 3))
            self.update(rec)
        watched[key] = (db.change_token(), seen)

    def get_state(self, store: str, key: str) -> str | None:
        """A store's own small state (e.g. the fingerprint of what it last scanned)."""
        return self._kb.db.get_meta(f"store:{store}:{key}")

    def set_state(self, store: str, key: str, value: str) -> None:
        self._kb.db.set_meta(f"store:{store}:{key}", value)


@dataclass
class Prefetch:
    """One search's hits for `query` over `stores`, kept to answer the stores' own searches.

    Each store gets copies of its records (a store may change what it is handed)."""

    query: str
    stores: frozenset[str]
    hits: list[Hit]
    # The relevance of every candidate the search found, by row id, the hits below the gate
    # included: what the core prefers among its own (LearningContext.core_records).
    relevance_by_rid: dict[int, float] = field(default_factory=dict)

    def answer(self, query: str, stores: Sequence[str], k: int) -> list[Learning] | None:
        """The hits for `stores`, best first, or None when this search cannot answer."""
        if query != self.query or not set(stores) <= self.stores:
            return None
        wanted = set(stores)  # a store's share of the turn's best hits (never a second search)
        mine = [h.learning for h in self.hits if h.learning.store in wanted][:k]
        return [rec.copy() for rec in mine]


class BaseStore:
    """Convenience base for stores: sensible recall/build_context/process for record stores."""

    name = "store"
    title = "Learnings"
    scope = "team"
    kinds: tuple[str, ...] = ("insight",)
    extract = ""
    follows_user = False
    recall_k = 8
    background = True  # also recall recent records that do not match the message
    overview = True  # list recent records when there is no message (`gcode context`)
    context_weight = 1.0

    def recall(self, ctx: LearningContext) -> list[Learning]:
        """What matches the message; with `background`, also recent records unasked (the
        machine gives those only the small core budget). With no message (`gcode context`
        for CI, an overview), every store with `overview` lists its recent records."""
        if not ctx.message.strip():
            return self._recent(ctx, []) if (self.background or self.overview) else []
        hits = ctx.search(ctx.message, [self.name], k=self.recall_k)
        return hits + self._recent(ctx, hits) if self.background else hits

    def _recent(self, ctx: LearningContext, hits: list[Learning]) -> list[Learning]:
        """The store's most recent records the search did not find, below any real match,
        ordered by confidence: scored from briefs, read whole only if the core may take
        them (LearningContext.core_records)."""
        seen = {r.id for r in hits}
        extra = [b for b in ctx.briefs(self.name, limit=self.recall_k * 3)
                 if b.id not in seen][: self.recall_k * 2]
        scored = sorted(((0.5 * b.confidence, b) for b in extra), key=lambda c: c[0],
                        reverse=True)
        return ctx.core_records(scored)

    def build_context(self, data: Any) -> str:
        lines = [f"- {format_learning(r)}" for r in data]
        return f"### {self.title}\n" + "\n".join(lines) if lines else ""

    def process(self, turn: Turn, ctx: LearningContext) -> None:
        for item in ctx.extracted:
            save_extracted(ctx, self.name, item)

    def tools(self, ctx: LearningContext) -> list[Tool]:
        return []


FENCE = "learned-notes"  # learned text is quoted inside <learned-notes> ... </learned-notes>


def prompt_text(content: str) -> str:
    """A learning's text as its prompt line quotes it: on one line, the fence unbroken.

    Most texts are that already, found by a few scans instead of splitting and joining
    (the core prices every candidate's line each turn: 500 at 100k learnings). A printable
    text has no whitespace but the ASCII space (str.isprintable: separators and controls
    are not printable), so with no two in a row and none at an end it splits and joins to
    itself."""
    if (content.isprintable() and "  " not in content and content[:1] != " "
            and content[-1:] != " " and "</" not in content):
        return content
    # a control character (ESC[2J, a right-to-left override from a teammate's branch) is
    # shown, never passed on raw: to the model, to a piped `gcode context`, to AGENTS.md
    return visible(" ".join(content.split())).replace(f"</{FENCE}", f"</ {FENCE}")


def format_learning(rec: Learning) -> str:
    """One line for the system prompt: the fact, plus how we know it and from whom.

    "verified" only for evidence this machine produced; a teammate's claim read from the
    team file says who reported it; a learning from a non-default branch's file says so."""
    text = prompt_text(rec.content)
    ev = rec.evidence or {}
    notes = []
    if rec.kind.endswith("_command") and rec.source != "scan" and ev.get("exit_code") == 0:
        runs = int(ev.get("runs", 1) or 1)
        times = f" in {runs} runs" if runs > 1 else ""
        if rec.origin == "imported":
            notes.append(f"reported by {rec.author or 'a teammate'}: exited 0{times}")
        else:
            notes.append(f"verified: exited 0{times}")
    elif rec.origin == "imported" and rec.author:
        notes.append(f"from {rec.author}")
    if rec.branch:
        notes.append(f"provisional: from branch {rec.branch}")
    suffix = f" ({'; '.join(notes)})" if notes else ""
    return f"{text}{suffix} [{short_id(rec.id)}]"


MIN_LINE = 5  # the fewest tokens a prompt line costs: an empty text's id, notes and bullet
_NOTES: dict[tuple[Any, ...], int] = {}  # _line_tokens: length of the notes, by kind of note


# _line_tokens of the briefs of kept listings (gcode.db_listing), which are priced every
# turn: by the brief's identity (hashing its text cost more than pricing it), the brief
# held so that its id is not another's.
_COSTS: dict[int, tuple[Brief, int]] = {}


def _line_tokens(brief: Brief) -> int:
    """What a record's prompt line costs the core (gcode.injection.assemble: its tokens
    plus 2), from its brief: the text's length plus that of the notes and id after it,
    which format_learning gives for an empty text (kept per kind of note: most share one).
    A function of the brief alone, kept for the next turn's pricing of the same listing."""
    kept = _COSTS.get(id(brief))
    if kept is not None and kept[0] is brief:
        return kept[1]
    if len(_COSTS) >= 8192:
        _COSTS.clear()
    cost = _price(brief)
    _COSTS[id(brief)] = (brief, cost)
    return cost


def _price(brief: Brief) -> int:
    short = min(8, len(brief.id) - brief.id.count("-"))  # len(short_id(...)), unbuilt
    key = (brief.kind.endswith("_command"), brief.source, brief.exit_code, brief.runs,
           brief.origin, brief.author, brief.branch, short)
    notes = _NOTES.get(key)
    if notes is None:
        evidence = {k: v for k, v in (("exit_code", brief.exit_code), ("runs", brief.runs))
                    if v is not None}
        notes = len(format_learning(Learning(
            content="", kind=brief.kind, source=brief.source, evidence=evidence,
            origin=brief.origin, author=brief.author, branch=brief.branch,
            id="0" * short, created_at="")))
        if len(_NOTES) < 1024:
            _NOTES[key] = notes
    return chars_to_tokens(len(prompt_text(brief.content)) + notes) + 2


def _may_enter(costs: list[int | None], room: int | None) -> list[bool]:
    """For candidates best first with their costs (None: not known), which the core may
    take in a room of at most `room` tokens: X is taken only if every better candidate
    costing no more than X was taken too, so X is out when X plus those exceed the room.

    `limit` is the dearest a candidate may cost: it only falls as cheaper ones are kept,
    and `below` is what the kept ones up to `limit` cost together."""
    if room is None:
        return [True] * len(costs)
    limit, below = room, 0
    spent_at: dict[int, int] = {}  # cost -> what the kept ones of that cost cost together
    out = []
    for cost in costs:
        if cost is None:
            out.append(True)
            continue
        if cost > limit:
            out.append(False)
            continue
        out.append(True)
        spent_at[cost] = spent_at.get(cost, 0) + cost
        below += cost
        while limit > 0 and limit + below > room:
            below -= spent_at.get(limit, 0)
            limit -= 1
    return out


def save_extracted(ctx: LearningContext, store: str, item: dict[str, Any]) -> AddResult | None:
    """Save one item of the extraction call's output for `store`."""
    content = str(item.get("content") or "").strip()
    if not content:
        return None
    old = None
    if item.get("supersedes"):
        try:
            old = ctx.resolve(str(item["supersedes"]))
        except GcodeError:
            old = None
        if old is not None and old.store != store:
            old = None
    from gcode.lifecycle import cited_paths

    evidence: dict[str, Any] = {}
    if paths := cited_paths(ctx.repo_root, content):
        evidence["paths"] = paths
    if trigger := item.get("applies_when"):
        evidence["applies_when"] = trigger
    kind = str(item.get("kind") or "")
    return ctx.save(store, content, kind=kind if is_kind(kind) else "", supersedes=old,
                    source="extracted", confidence=float(item.get("confidence") or 0.7),
                    evidence=evidence or None)


# -- finding stores -----------------------------------------------------------------------------


def _instantiate(name: str, target: Any, label: str = "custom ") -> LearningStore:
    """A store object from "module:Class" or an entry point; a broken one names itself."""
    try:
        if isinstance(target, str):
            module, _, attr = target.partition(":")
            cls = getattr(importlib.import_module(module), attr or "Store")
        else:
            cls = target.load()
        store = cls() if isinstance(cls, type) else cls
    except Exception as exc:  # noqa: BLE001 - a broken plugin must name itself
        raise GcodeError(f"cannot load {label}learning store {name!r} ({target}): {exc}",
                         hint="fix or remove it under [learning.custom_stores]") from None
    return complete(store, name)


def complete(store: Any, name: str = "") -> LearningStore:
    """Check a store and give it the declarations it left out (a plain class may declare
    only `name`), so the machine reads every store the same way."""
    if not all(callable(getattr(store, m, None)) for m in ("recall", "build_context",
                                                             "process")):
        raise GcodeError(f"learning store {name or store!r} lacks recall/build_context/process",
                         hint="see the README section on custom stores")
    if not getattr(store, "name", None) or store.name == "store":
        store.name = name
    for attr, value in _DECLARATION_DEFAULTS.items():  # a plain class may declare only `name`
        if not hasattr(store, attr):
            setattr(store, attr, value)
    if not callable(getattr(store, "tools", None)):
        store.tools = lambda ctx: []
    if store.scope not in SCOPES:
        raise GcodeError(f"learning store {name!r} declares scope {store.scope!r}",
                         hint=f"use one of: {', '.join(SCOPES)}")
    checked: LearningStore = store
    return checked


_DECLARATION_DEFAULTS: dict[str, Any] = {
    "title": "", "scope": "team", "kinds": ("insight",), "extract": "", "follows_user": False,
    "context_weight": 1.0,
}


def builtin_stores() -> dict[str, LearningStore]:
    stores = [_instantiate(target, target, "built-in ") for target in BUILTIN_STORES]
    return {s.name: s for s in stores}


def custom_store_targets(config: Config) -> dict[str, Any]:
    """name -> target of stores registered by entry point `gcode.stores` or in config."""
    from gcode.entry_points import entry_points  # importlib.metadata only when needed

    found: dict[str, Any] = {ep.name: ep for ep in entry_points("gcode.stores")}
    found.update(config.learning.custom_stores)
    return found


def load_custom_stores(config: Config) -> dict[str, LearningStore]:
    return {name: _instantiate(name, target)
            for name, target in custom_store_targets(config).items()}


def load_stores(config: Config, custom: bool = True) -> dict[str, LearningStore]:
    """Every store by name: built-ins first (in registry order), then custom ones."""
    stores = builtin_stores()
    if custom:
        stores.update(load_custom_stores(config))
    return stores
