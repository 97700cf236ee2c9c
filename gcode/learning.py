"""The learning machine: stores that learn from every turn and bring it back later.

A `LearningStore` has four methods (the protocol a user's custom store implements):

- `recall(ctx)`: what it knows that may matter now (usually a list of Learning);
- `build_context(items) -> str`: its block of the system prompt;
- `process(turn, ctx)`: learn from a finished turn (transcript incl. tool calls and results);
- `tools(ctx)` (optional): functions offered to the model.

`LearningMachine` composes the stores: one shared token budget for every context
block, per-store modes (always / agentic / propose / off), and ONE extraction
call per turn shared by every store in `always`/`propose` mode, made after the
answer is shown and only when a cheap pre-filter says the turn may hold
something worth keeping.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from gcode.config import Config
from gcode.db import Database
from gcode.errors import GcodeError
from gcode.knowledge import AddResult, KnowledgeBase
from gcode.records import BUILTIN_STORES, GLOBAL_STORES, SCOPES, Learning, short_id

MODES = ("always", "agentic", "propose", "off")


def estimate_tokens(text: str) -> int:
    """~4 characters per token: close enough for budgeting, needs no tokenizer download."""
    return (len(text) + 3) // 4


@dataclass
class LearningContext:
    """What a store needs to know about the moment, and the only door to the database."""

    repo_id: str
    repo_root: Path | None
    user: str
    session_id: str | None
    message: str
    config: Config
    kb: KnowledgeBase
    # Filled by the machine's shared extraction call: items for this store only.
    extracted: list[dict[str, Any]] = field(default_factory=list)
    # Set for propose mode: new learnings are stored as pending proposals.
    propose: bool = False
    # Each store's default scope, as the store declares it (`scope` attribute).
    store_scopes: dict[str, str] = field(default_factory=dict)

    @property
    def db(self) -> Database:
        return self.kb.db

    def repo_ids_for(self, store: str) -> list[str]:
        return [""] if store in GLOBAL_STORES else [self.repo_id]

    def save(self, store: str, content: str, kind: str = "insight", *, scope: str | None = None,
             title: str = "", evidence: dict[str, Any] | None = None, source: str = "extracted",
             confidence: float = 0.7, supersedes: Learning | None = None) -> AddResult:
        """Store a learning for `store` (redacted, deduplicated, indexed)."""
        scope = scope or self.store_scopes.get(store) or BUILTIN_STORES.get(store, "team")
        rec = Learning(
            content=content, store=store, repo_id="" if store in GLOBAL_STORES else self.repo_id,
            scope=scope, user=self.user if scope == "user" else "", kind=kind, title=title,
            evidence=dict(evidence or {}), source=source, confidence=confidence,
            author=self.user, status="pending" if self.propose else "active",
        )
        if self.session_id:
            rec.evidence.setdefault("session", self.session_id)
        if supersedes is not None and supersedes.live and not self.propose:
            return self.kb.supersede(supersedes, rec)
        if supersedes is not None:
            rec.evidence["supersedes"] = supersedes.id
        return self.kb.add(rec)

    def records(self, store: str, kinds: Sequence[str] | None = None,
                statuses: Sequence[str] = ("active",), limit: int = 500) -> list[Learning]:
        """The store's records here, most recently updated first (bounded: this runs on
        every turn, and a store can grow large)."""
        recs = self.db.list_learnings(self.repo_ids_for(store), user=self.user, stores=[store],
                                      statuses=statuses, limit=limit)
        return [r for r in recs if kinds is None or r.kind in kinds]

    def search(self, query: str, stores: Sequence[str], k: int = 10) -> list[Learning]:
        repo_ids = sorted({rid for s in stores for rid in self.repo_ids_for(s)})
        return self.kb.search(query, repo_ids, self.user, k=k, stores=list(stores))

    def update(self, rec: Learning, content_changed: bool = False) -> None:
        self.kb.update(rec, self.user, content_changed=content_changed)

    def forget(self, rec: Learning) -> None:
        self.kb.forget(rec, self.user)


@runtime_checkable
class LearningStore(Protocol):
    name: str

    def recall(self, ctx: LearningContext) -> Any: ...

    def build_context(self, data: Any) -> str: ...

    def process(self, turn: Any, ctx: LearningContext) -> None: ...


class BaseStore:
    """Convenience base for stores: sensible recall/build_context/process for record stores.

    Subclasses set `name`, `title`, `scope`, and optionally `extract` (a one-line
    description of what the shared extraction call should look for on this
    store's behalf; empty = the store does not want model extraction).
    """

    name = "store"
    title = "Learnings"
    scope = "team"
    extract = ""
    kinds: tuple[str, ...] = ("insight",)
    recall_k = 8
    background = True  # also recall recent records that do not match the message

    def recall(self, ctx: LearningContext) -> list[Learning]:
        hits = ctx.search(ctx.message, [self.name], k=self.recall_k) if ctx.message.strip() else []
        if not self.background:
            return hits
        seen = {r.id for r in hits}
        extra = [r for r in ctx.records(self.name, limit=self.recall_k * 3)
                 if r.id not in seen][: self.recall_k * 2]
        for rec in extra:  # below any real match, ordered by confidence
            rec.score = 0.5 * rec.confidence
        return hits + extra

    def build_context(self, data: Any) -> str:
        lines = [f"- {format_learning(r)}" for r in data]
        return f"### {self.title}\n" + "\n".join(lines) if lines else ""

    def process(self, turn: Any, ctx: LearningContext) -> None:
        for item in ctx.extracted:
            save_extracted(ctx, self.name, item, self.kinds[0])


def format_learning(rec: Learning) -> str:
    """One line for the system prompt: the fact, plus how we know it."""
    text = " ".join(rec.content.split())
    ev = rec.evidence or {}
    notes = []
    if rec.kind.endswith("_command") and rec.source != "scan" and ev.get("exit_code") == 0:
        runs = int(ev.get("runs", 1) or 1)
        notes.append(f"verified: exited 0{f' in {runs} runs' if runs > 1 else ''}")
    suffix = f" ({'; '.join(notes)})" if notes else ""
    return f"{text}{suffix} [{short_id(rec.id)}]"


def save_extracted(ctx: LearningContext, store: str, item: dict[str, Any],
                   default_kind: str) -> AddResult | None:
    """Save one item of the extraction call's output for `store`."""
    content = str(item.get("content") or "").strip()
    if not content:
        return None
    old = None
    if item.get("supersedes"):
        try:
            old = ctx.kb.resolve(str(item["supersedes"]), ctx.user)
        except GcodeError:
            old = None
        if old is not None and old.store != store:
            old = None
    return ctx.save(store, content, kind=str(item.get("kind") or default_kind), supersedes=old,
                    source="extracted", confidence=float(item.get("confidence") or 0.7))


@dataclass
class BuiltContext:
    """The learning block of the system prompt, and which records it used."""

    text: str
    items: list[Learning]
    blocks: dict[str, str]


def load_custom_stores(config: Config) -> dict[str, Any]:
    """Stores registered in config (`name = "module:Class"`) or by entry point `gcode.stores`."""
    import importlib
    from importlib.metadata import entry_points

    found: dict[str, Any] = {}
    for ep in entry_points(group="gcode.stores"):
        found[ep.name] = ep
    for name, target in config.learning.custom_stores.items():
        found[name] = target
    stores: dict[str, Any] = {}
    for name, target in found.items():
        try:
            if isinstance(target, str):
                module, _, attr = target.partition(":")
                cls = getattr(importlib.import_module(module), attr or "Store")
            else:
                cls = target.load()
            store = cls() if isinstance(cls, type) else cls
        except Exception as exc:  # noqa: BLE001 - a broken plugin must name itself
            raise GcodeError(f"cannot load custom learning store {name!r} ({target}): {exc}",
                             hint="fix or remove it under [learning.custom_stores]") from None
        if not all(callable(getattr(store, m, None)) for m in ("recall", "build_context",
                                                                 "process")):
            raise GcodeError(f"custom learning store {name!r} lacks recall/build_context/process",
                             hint="see the README section on custom stores")
        if not getattr(store, "name", None) or store.name == "store":
            store.name = name
        stores[name] = store
    return stores


def builtin_stores() -> dict[str, Any]:
    from stores.decision_log import DecisionLog
    from stores.learned_knowledge import LearnedKnowledge
    from stores.project_context import ProjectContext
    from stores.user_memory import UserMemory

    return {s.name: s for s in (ProjectContext(), LearnedKnowledge(), UserMemory(), DecisionLog())}


CONTEXT_HEADER = (
    "## What gcode has learned\n"
    "Learned from this repository and from your teammates' sessions. Use it without being "
    "asked: when a team insight bears on the user's question, mention it. Prefer verified "
    "commands. If something here turns out wrong, say so."
)


class LearningMachine:
    """Composes the stores and plugs into the agent as its hooks (context, tools, after_turn)."""

    def __init__(self, config: Config, kb: KnowledgeBase, repo_id: str, repo_root: Path | None,
                 user: str, stores: dict[str, Any] | None = None,
                 llm_factory: Callable[[], Any] | None = None) -> None:
        self.config = config
        self.kb = kb
        self.repo_id = repo_id
        self.repo_root = repo_root
        self.user = user
        self.stores = stores if stores is not None else {**builtin_stores(),
                                                        **load_custom_stores(config)}
        self.llm_factory = llm_factory
        self.store_scopes = {name: scope for name, store in self.stores.items()
                             if (scope := getattr(store, "scope", None)) in SCOPES}
        self.session_id: str | None = None
        self.budget = config.learning.token_budget
        self.stats = {"extraction_calls": 0, "skipped_turns": 0}
        self.errors: list[str] = []
        self.team_changed = False
        self.proposals_made = False  # a propose-mode store made proposals this session
        self._worker: threading.Thread | None = None

    @classmethod
    def from_workspace(cls, ws: Any,
                       llm_factory: Callable[[], Any] | None = None) -> LearningMachine:
        from gcode.embed import make_embedder

        repo = ws.repo
        return cls(ws.config, KnowledgeBase(ws.db, make_embedder(ws.config)),
                   ws.repo_id if repo else "", repo.root if repo else None, ws.user,
                   llm_factory=llm_factory)

    # -- modes ------------------------------------------------------------------------------

    def mode_of(self, store: str) -> str:
        mode = self.config.learning.stores.get(store, self.config.learning.mode)
        return mode if mode in MODES else "always"

    def set_mode(self, mode: str, store: str | None = None) -> None:
        if mode not in MODES:
            raise GcodeError(f"unknown learning mode {mode!r}",
                             hint=f"use one of {', '.join(MODES)}")
        if store is None:
            self.config.learning.mode = mode
            self.config.learning.stores = {}
        else:
            if store not in self.stores:
                raise GcodeError(f"unknown store {store!r}",
                                 hint=f"stores: {', '.join(self.stores)}")
            self.config.learning.stores[store] = mode

    @property
    def mode(self) -> str:
        modes = {self.mode_of(s) for s in self.stores}
        return modes.pop() if len(modes) == 1 else "mixed"

    def ctx(self, message: str = "", kb: KnowledgeBase | None = None) -> LearningContext:
        return LearningContext(self.repo_id, self.repo_root, self.user, self.session_id, message,
                               self.config, kb or self.kb, store_scopes=self.store_scopes)

    # -- context ----------------------------------------------------------------------------

    def build_context(self, message: str = "") -> BuiltContext:
        """Every active store's recall, ranked together and cut to one token budget."""
        candidates: list[tuple[float, str, Learning]] = []
        opaque: dict[str, Any] = {}
        for name, store in self.stores.items():
            if self.mode_of(name) == "off":
                continue
            data = store.recall(self.ctx(message))
            if isinstance(data, list) and all(isinstance(d, Learning) for d in data):
                seen: set[str] = set()
                for rec in data:
                    if rec.id in seen or not rec.live or rec.status != "active":
                        continue
                    seen.add(rec.id)
                    weight = getattr(store, "context_weight", 1.0)
                    candidates.append(((rec.score or 0.0) * weight, name, rec))
            elif data:
                opaque[name] = data
        candidates.sort(key=lambda c: c[0], reverse=True)
        budget = self.budget - estimate_tokens(CONTEXT_HEADER)
        chosen: dict[str, list[Learning]] = {}
        used_ids: set[str] = set()
        for _, name, rec in candidates:
            if rec.id in used_ids:
                continue
            cost = estimate_tokens(format_learning(rec)) + 2
            if cost > budget:
                continue
            budget -= cost
            used_ids.add(rec.id)
            chosen.setdefault(name, []).append(rec)
        blocks: dict[str, str] = {}
        items: list[Learning] = []
        for name, store in self.stores.items():  # stable order: stores as registered
            if name in chosen:
                block = store.build_context(chosen[name])
                items.extend(chosen[name])
            elif name in opaque:
                block = store.build_context(opaque[name])
                if estimate_tokens(block) > budget:
                    continue
                budget -= estimate_tokens(block)
            else:
                continue
            if block.strip():
                blocks[name] = block.strip()
        text = CONTEXT_HEADER + "\n\n" + "\n\n".join(blocks.values()) if blocks else ""
        return BuiltContext(text, items, blocks)

    # -- agent hooks ------------------------------------------------------------------------

    def context(self, message: str) -> str:
        built = self.build_context(message)
        if built.items:
            self.kb.db.mark_used([r.id for r in built.items])
        guidance = self.guidance()
        return "\n\n".join(p for p in (built.text, guidance) if p)

    def agentic_stores(self) -> list[str]:
        return [n for n in self.stores if self.mode_of(n) == "agentic"]

    def guidance(self) -> str:
        from gcode.learning_tools import GUIDANCE

        return GUIDANCE if self.agentic_stores() else ""

    def tools(self) -> list[Any]:
        tools: list[Any] = []
        agentic = self.agentic_stores()
        if agentic:
            from gcode.learning_tools import learning_tools

            tools.extend(learning_tools(self, agentic))
        for name, store in self.stores.items():
            if self.mode_of(name) != "off" and callable(getattr(store, "tools", None)):
                tools.extend(store.tools(self.ctx()))
        return tools

    def after_turn(self, turn: Any) -> None:
        """Learn from a finished turn in the background; `flush()` waits for it."""
        self.flush()
        self.session_id = getattr(turn, "session_id", self.session_id)
        self._worker = threading.Thread(target=self._process_safely, args=(turn,),
                                        name="gcode-learning", daemon=False)
        self._worker.start()

    def flush(self, timeout: float | None = None) -> None:
        """Wait for background learning to be committed (call before exit and before /context)."""
        worker = self._worker
        if worker is not None:
            worker.join(timeout)
            if not worker.is_alive():
                self._worker = None

    def _process_safely(self, turn: Any) -> None:
        try:
            self.process(turn)
        except GcodeError as exc:
            self.errors.append(f"learning skipped: {exc.one_line()}")
        except Exception as exc:  # noqa: BLE001 - learning must never break the session
            self.errors.append(f"learning failed: {type(exc).__name__}: {exc}")

    def process(self, turn: Any) -> None:
        """Run every store's `process` on a connection of its own (it runs in a worker thread)."""
        from gcode.db import open_db

        in_worker = threading.current_thread() is not threading.main_thread()
        if self.kb.db.path.name == ":memory:" or not in_worker:
            self._process(turn, self.kb)
            return
        db = open_db(self.kb.db.path, self.config.database.busy_timeout_ms)
        try:
            self._process(turn, KnowledgeBase(db, self.kb.embedder))
        finally:
            db.close()

    def _process(self, turn: Any, kb: KnowledgeBase) -> None:
        """Every store's `process`, with one shared extraction call when it is worth it."""
        from gcode.extraction import extract, worth_extracting

        message = getattr(turn, "user_message", "") or ""
        wanting = [n for n, s in self.stores.items()
                   if self.mode_of(n) in ("always", "propose") and getattr(s, "extract", "")]
        extracted: dict[str, list[dict[str, Any]]] = {}
        healthy = not getattr(turn, "error", None) and not getattr(turn, "cancelled", False)
        if wanting and healthy and worth_extracting(turn) and self.llm_factory is not None:
            try:
                related = kb.search(message, [self.repo_id, ""], self.user, k=8,
                                    stores=wanting) if message.strip() else []
                self.stats["extraction_calls"] += 1
                items = extract(self.llm_factory(), turn,
                                {n: self.stores[n] for n in wanting}, related)
            except GcodeError as exc:  # the model failing must not cost us what we observed
                self.errors.append(f"nothing extracted from this turn: {exc.one_line()}")
                items = []
            for item in items:
                extracted.setdefault(item["store"], []).append(item)
        elif wanting:
            self.stats["skipped_turns"] += 1
        before = kb.db.team_fingerprint(self.repo_id)
        for name, store in self.stores.items():
            mode = self.mode_of(name)
            if mode == "off":
                continue
            ctx = self.ctx(message, kb)
            ctx.extracted = extracted.get(name, []) if mode in ("always", "propose") else []
            ctx.propose = mode == "propose"
            try:
                store.process(turn, ctx)
            except GcodeError as exc:
                self.errors.append(f"store {name} did not learn: {exc.one_line()}")
            except Exception as exc:  # noqa: BLE001 - one broken store must not stop the rest
                self.errors.append(f"store {name} failed: {type(exc).__name__}: {exc}")
            if ctx.propose and ctx.extracted:
                self.proposals_made = True
        if kb.db.team_fingerprint(self.repo_id) != before:
            self.team_changed = True

    # -- proposals --------------------------------------------------------------------------

    def pending(self) -> list[Learning]:
        return self.kb.db.list_learnings([self.repo_id, ""], user=self.user, statuses=("pending",))

    def accept(self, rec: Learning, content: str | None = None) -> None:
        """Accept a proposal (optionally edited); it supersedes what it was proposed to replace."""
        rec.status = "active"
        if content is not None and content.strip() and content.strip() != rec.content:
            rec.content = content.strip()
            self.kb.update(rec, self.user, content_changed=True)
        else:
            self.kb.update(rec, self.user)
        old_id = rec.evidence.get("supersedes")
        old = self.kb.db.get_learning(old_id) if old_id else None
        if old is not None and old.live:
            old.superseded_by = rec.id
            self.kb.update(old, self.user)
        if rec.scope == "team":
            self.team_changed = True

    def reject(self, rec: Learning) -> None:
        self.kb.forget(rec, self.user)
