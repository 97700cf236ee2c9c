"""The learning machine: stores that learn from every turn and bring it back later.

A `LearningStore` has four methods (the protocol a user's custom store implements):

- `recall(ctx)`: what it knows that may matter now (usually a list of Learning);
- `build_context(items) -> str`: its block of the system prompt;
- `process(turn, ctx)`: learn from a finished turn (transcript incl. tool calls and results);
- `tools(ctx)` (optional): functions offered to the model.

`LearningMachine` composes the stores: one shared token budget for every context
block, per-store modes (always / agentic / propose / off), and one extraction call
shared by every store in `always`/`propose` mode, in the background, for a batch of
turns in which the user stated something (gcode/capture.py, gcode/capture_batch.py).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gcode.config import Config
from gcode.db_guard import is_sqlite_error
from gcode.errors import GcodeError, StorageError
from gcode.knowledge import AddResult, KnowledgeBase
from gcode.records import Learning
from gcode.store_api import (
    LearningContext,
    LearningStore,
    Prefetch,
    build_learning,
    complete,
    load_stores,
)
from gcode.trigger_backlog import TriggerBacklog
from gcode.vector_filler import VectorFiller
from gcode.learning_worker import LearningWorker
from gcode.turn import Turn
from gcode.injection import (  # noqa: F401 - CONTEXT_* are read from here too
    CONTEXT_FRAME, CONTEXT_HEADER, FIRST_FEW_FLOOR, SEARCH_K, BuiltContext, assemble,
    core_room)

if TYPE_CHECKING:
    from gcode.extraction import PendingTurn  # with the capture rules: only when learning
    from gcode.tools import Tool
    from gcode.workspace import Workspace

MODES = ("always", "agentic", "propose", "off")
# How long a command that only shows learnings waits for another process's lock before it
# shows what the database holds without rescanning (gcode learn show, gcode context).
READING_PATIENCE_MS = 1000


def learning_mode(config: Config, store: str) -> str:
    """How `store` learns (MODES): its own setting, else the general one."""
    mode = config.learning.stores.get(store, config.learning.mode)
    return mode if mode in MODES else "always"


def extracting_stores(config: Config, stores: dict[str, LearningStore]) -> list[str]:
    """The stores a model writes to (extraction, the trigger backlog): those that extract,
    in mode always or propose."""
    return [n for n, s in stores.items()
            if learning_mode(config, n) in ("always", "propose") and s.extract]


class LearningMachine:
    """Composes the stores and plugs into the agent as its hooks (context, tools, after_turn)."""

    def __init__(self, config: Config, kb: KnowledgeBase, repo_id: str, repo_root: Path | None,
                 user: str, stores: dict[str, LearningStore] | None = None,
                 llm_factory: Callable[[], Any] | None = None) -> None:
        self.config = config
        self.kb = kb
        self.repo_id = repo_id
        self.repo_root = repo_root
        self.user = user
        self.stores = stores if stores is not None else load_stores(config)
        self.llm_factory = llm_factory
        self.session_id: str | None = None
        self.budget = config.learning.token_budget
        self.stats = {"extraction_calls": 0, "skipped_turns": 0, "turns": 0, "trigger_calls": 0}
        self.errors: list[str] = []
        self.reading = False  # a command that only shows learnings (see refresh)
        self._recall_errors: set[str] = set()
        self.team_changed = False
        self.proposals_made = False  # a propose-mode store made proposals this session
        # Hashes of user messages extraction has already considered: a compaction hands the
        # turns it replaces to `after_turn` once more, and those need no second model call.
        self._considered: set[int] = set()
        # Extraction is batched (capture_batch.py): turns wait here, the worker drains jobs.
        self.worker = LearningWorker(kb, config.database.busy_timeout_ms, self._job_in,
                                     self.errors)
        self._lock = threading.Lock()
        self._pending: list[PendingTurn] = []
        self._seen: dict[str, int] = {}  # session -> last seq handed to learning
        self._failed_at = 0  # pending turns when a call last failed: wait for more
        self.vectors = VectorFiller(kb, config.database.busy_timeout_ms)  # a slow embedder's
        self.triggers = TriggerBacklog(repo_id, user)  # learnings still without a trigger

    @classmethod
    def from_workspace(cls, ws: Workspace, llm_factory: Callable[[], Any] | None = None,
                       stores: dict[str, LearningStore] | None = None) -> LearningMachine:
        from gcode.embed import make_embedder

        repo = ws.repo
        if repo is None:  # no repository: only what is yours (a team record needs a repo id)
            every = stores if stores is not None else load_stores(ws.config)
            stores = {name: s for name, s in every.items()
                      if complete(s, name).scope == "user"}
        return cls(ws.config, KnowledgeBase(ws.db, make_embedder(ws.config, ws.capabilities)),
                   ws.repo_id if repo else "", repo.root if repo else None, ws.user,
                   stores=stores, llm_factory=llm_factory)

    @property
    def stores(self) -> dict[str, LearningStore]:
        return self._stores

    @stores.setter
    def stores(self, stores: dict[str, Any]) -> None:
        self._stores = {name: complete(store, name) for name, store in stores.items()}

    def store(self, name: str) -> LearningStore:
        """The store called `name`, or a clear error listing the ones there are."""
        if name not in self.stores:
            raise GcodeError(f"unknown store {name!r}",
                             hint=f"use one of: {', '.join(self.stores)}")
        return self.stores[name]

    def teach(self, store: str, content: str, *, kind: str = "", title: str = "",
              source: str = "user") -> AddResult:
        """What a person tells gcode directly (`learn add`, `/remember`): stored at once,
        with the scope its store declares; a team learning marks the team file for export."""
        from gcode.lifecycle import cited_paths

        paths = cited_paths(self.repo_root, content)  # it goes stale when they are gone
        rec = build_learning(self.store(store), content, repo_id=self.repo_id, user=self.user,
                             kind=kind, title=title, source=source, confidence=0.9,
                             evidence={"paths": paths, "applies_when_pending": True}
                             if paths else {"applies_when_pending": True})  # next call writes it
        result = self.kb.add(rec)
        if result.learning.scope == "team":
            self.team_changed = True
        return result

    # -- modes ------------------------------------------------------------------------------

    def mode_of(self, store: str) -> str:
        return learning_mode(self.config, store)

    def set_mode(self, mode: str, store: str | None = None) -> None:
        if mode not in MODES:
            raise GcodeError(f"unknown learning mode {mode!r}",
                             hint=f"use one of {', '.join(MODES)}")
        if store is None:
            self.config.learning.mode = mode
            self.config.learning.stores = {}
        else:
            self.store(store)
            self.config.learning.stores[store] = mode

    @property
    def mode(self) -> str:
        modes = {self.mode_of(s) for s in self.stores}
        return modes.pop() if len(modes) == 1 else "mixed"

    def ctx(self, message: str = "", kb: KnowledgeBase | None = None) -> LearningContext:
        return LearningContext(self.repo_id, self.repo_root, self.user, self.session_id, message,
                               self.config, self.stores, kb or self.kb)

    # -- context ----------------------------------------------------------------------------

    def build_context(self, message: str = "") -> BuiltContext:
        """The learning block for `message`: a small core every turn gets (what stores offer
        unasked: verified commands, the environment, this user's preferences), then what
        ONE hybrid search across the stores finds relevant, above a relevance floor, both
        cut to one token budget. A message nothing bears on gets the core and nothing else."""
        active = [n for n, s in self.stores.items() if self.mode_of(n) != "off"]
        self.refresh(active)  # stale facts marked before the search hands them out
        prefetch = self._prefetch(message, active)
        # id -> (place in the search's order, relevance) of what the turn's search found
        found = {h.learning.id: (i, h.relevance)
                 for i, h in enumerate(prefetch.hits if prefetch else [])}
        matched: list[tuple[float, str, Learning]] = []
        unasked: list[tuple[float, str, Learning]] = []
        opaque: dict[str, Any] = {}
        room = core_room(self.config.learning, overview=not message.strip())
        for name in active:
            store = self.stores[name]
            ctx = self.ctx(message)
            ctx.prefetched = prefetch
            ctx.core_room = room  # what a store's core candidates may be priced against
            try:
                data = store.recall(ctx)
            except Exception as exc:  # one store failing keeps the others
                if isinstance(exc, (OSError, StorageError)) or is_sqlite_error(exc):
                    raise  # the database or the disk: every store is affected, say so
                self._recall_failed(name, exc)
                continue
            if isinstance(data, list) and all(isinstance(d, Learning) for d in data):
                seen: set[str] = set()
                for rec in data:
                    if rec.id in seen or not rec.live or rec.status != "active":
                        continue
                    seen.add(rec.id)
                    if rec.id in found:
                        rec.score = found[rec.id][1]
                        matched.append((rec.score, name, rec))
                    else:
                        unasked.append(((rec.score or 0.0) * store.context_weight, name, rec))
            elif data:
                opaque[name] = data
        matched.sort(key=lambda c: found[c[2].id][0])
        return assemble(self.stores, self.config.learning, matched, unasked, opaque,
                        overview=not message.strip())

    def _prefetch(self, message: str, stores: list[str]) -> Prefetch | None:
        """This turn's one search, over every active store (None: nothing to search for)."""
        if not message.strip() or not stores:
            return None
        repo_ids = [self.repo_id, ""] if self.repo_id else [""]
        # Only what the injection gate could take is read: a weaker hit never enters the
        # prompt as a match, and a core record it found still enters as core.
        gate = self.config.learning.relevance_floor * FIRST_FEW_FLOOR
        relevance: dict[int, float] = {}
        hits = self.kb.search_hits(message, repo_ids, self.user, k=SEARCH_K, stores=stores,
                                   min_relevance=gate, relevance_by_rid=relevance)
        return Prefetch(message, frozenset(stores), hits, relevance)

    def _recall_failed(self, store: str, exc: Exception) -> None:
        """Say once per session which store could not recall; its context is left out."""
        if store in self._recall_errors:
            return
        self._recall_errors.add(store)
        what = exc.one_line() if isinstance(exc, GcodeError) else f"{type(exc).__name__}: {exc}"
        self.errors.append(f"store {store} left out of the context: {what}")

    # -- agent hooks ------------------------------------------------------------------------

    def context(self, message: str) -> str:
        built = self.build_context(message)
        self.errors.extend(w for w in self.kb.warnings if w not in self.errors)
        self.kb.warnings.clear()
        if built.items:
            self.kb.db.mark_used([r.id for r in built.items])
        guidance = self.guidance()
        return "\n\n".join(p for p in (built.text, guidance) if p)

    def agentic_stores(self) -> list[str]:
        return [n for n in self.stores if self.mode_of(n) == "agentic"]

    def guidance(self) -> str:
        from gcode.learning_tools import GUIDANCE

        return GUIDANCE if self.agentic_stores() else ""

    def tools(self) -> list[Tool]:
        tools: list[Tool] = []
        agentic = self.agentic_stores()
        if agentic:
            from gcode.learning_tools import learning_tools

            tools.extend(learning_tools(self, agentic))
        for name, store in self.stores.items():
            if self.mode_of(name) != "off":
                tools.extend(store.tools(self.ctx()))
        return tools

    def after_turn(self, turn: Turn) -> None:
        """Learn from a finished turn in the background (the caller never waits): the stores'
        own observations at once, its statements into the next batched extraction call."""
        self.session_id = turn.session_id
        self.worker.submit(lambda kb: self._process(turn, kb))

    def flush(self, timeout: float | None = None) -> None:
        """Wait for background learning to be committed (call before exit and before /context).
        Statements waiting for a batch stay pending: `end_session()` extracts them."""
        self.worker.flush(timeout)

    def process(self, turn: Turn) -> None:
        """Learn from `turn` now, in this thread (the worker runs this for `after_turn`)."""
        self.worker.now(lambda kb: self._process(turn, kb))

    def _process(self, turn: Turn, kb: KnowledgeBase) -> None:
        """Every store's own `process` for the turn (observations, no model call); the turn's
        statements join the pending batch, which is extracted when it is due."""
        from gcode.capture_probe import judge_for
        from gcode.extraction import PendingTurn, turn_context, turn_statements, user_texts

        for name in self.stores:
            if self.mode_of(name) != "off":
                self._run_store(name, turn, kb, [], turn.session_id)
        self.stats["turns"] += 1
        texts = self._fresh(turn)
        statements = turn_statements(texts, judge_for(kb.embedder)) \
            if self._extracting() else []
        where = self._where(kb, turn)
        if statements:
            with self._lock:
                self._pending.append(PendingTurn(
                    turn.session_id, turn.index, statements, turn_context(turn),
                    where[0] if where else None, where[1] if where else None))
        elif self._extracting() and texts:
            self.stats["skipped_turns"] += 1
        if where:
            self._seen[turn.session_id] = max(self._seen.get(turn.session_id, 0), where[1])
        compaction = bool(turn.messages) and turn.user_message not in user_texts(turn)
        self._extract_due(kb, everything=compaction)  # compaction: a batch boundary
        self._save_watermarks(kb, {turn.session_id})

    def _fresh(self, turn: Turn) -> list[str]:
        """The turn's user messages extraction has not considered yet (marks them): a
        compaction hands the turns it replaces to `after_turn` once more."""
        from gcode.extraction import user_texts

        fresh = []
        for text in user_texts(turn):
            if hash(text) not in self._considered:
                self._considered.add(hash(text))
                fresh.append(text)
        return fresh

    def refresh(self, stores: list[str] | None = None) -> None:
        """Bring what stores know of the repository up to date before it is listed or searched
        (the scan's facts are stored lazily; a fact whose file is gone goes stale): `/learn`
        and `gcode learn show` then list what `/context` would show.

        The refresh writes, but what it brings is optional: when the database cannot be
        written (another process's lock, a full disk) what it holds is shown, with a note.
        A machine that is `reading` (a command that only shows learnings) waits for a lock
        briefly, not the whole busy timeout."""
        if self.repo_root is None:
            return
        try:
            with self.kb.db.patience(READING_PATIENCE_MS if self.reading
                                     else self.kb.db.busy_timeout_ms):
                self._refresh(stores)
        except StorageError as exc:
            if not exc.writes_only:
                raise
            self.errors.append(f"what gcode knows of this repository was not brought up to "
                               f"date: {exc.message}")

    def _refresh(self, stores: list[str] | None) -> None:
        for name, store in self.stores.items():
            if stores is not None and name not in stores:
                continue
            refresh = getattr(store, "refresh", None)
            if self.mode_of(name) == "off" or not callable(refresh):
                continue
            try:
                refresh(self.ctx())
            except StorageError:
                raise  # the database or disk, not the store: the whole command must say so
            except GcodeError as exc:
                self.errors.append(f"store {name} could not refresh: {exc.one_line()}")

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

    def forget(self, rec: Learning) -> None:
        """Forget a learning for good (a tombstone, so the deletion reaches teammates)."""
        self.kb.forget(rec, self.user)
        if rec.scope == "team":
            self.team_changed = True

    # -- batched extraction: statements wait, one call covers several turns ---------------------

    def end_session(self, wait: bool = True, model_failed: bool = False) -> None:
        """The session ends (/clear, exit, the end of `gcode run`): extract what is pending
        now, in one call; `wait` False leaves it to the background (the user goes on).
        `model_failed`: the session's last model call failed (the server is down, the
        address serves no API): asking again would fail the same way, after its retries,
        and say so twice; what is pending waits for the next start (the watermarks)."""
        if wait:
            self.vectors.stop()  # it ends here: no vector batch after the one running
            self.errors += self.vectors.errors
            self.vectors.errors.clear()
        if not model_failed:
            self.worker.submit(self._drain)
        if wait:
            self.flush()

    def fill_vectors(self) -> None:
        """Search vectors an import left out, filled in the background (gcode.vector_filler)."""
        self.vectors.start()

    def catch_up(self) -> None:
        """Pick up, in the background, statements of this repository's sessions whose process
        died before they were extracted (the stored transcript past each one's watermark)."""
        if self._extracting() and self.repo_id:
            self.worker.submit(self._catch_up)

    @property
    def pending_turns(self) -> int:  # turns whose statements wait for the next call
        return len(self._pending)

    def _wanting(self) -> list[str]:
        return extracting_stores(self.config, self.stores)

    def _extracting(self) -> bool:
        return self.llm_factory is not None and bool(self._wanting())

    def _drain(self, kb: KnowledgeBase) -> None:
        self._extract_due(kb, everything=True)
        self._save_watermarks(kb, set(self._seen))
        self._triggers_due(kb)

    def _job_in(self, run: Callable[[KnowledgeBase], Any], kb: KnowledgeBase) -> None:
        """Run one job; note whether team learnings changed and what the stores warned of."""
        before = kb.db.team_fingerprint(self.repo_id)
        try:
            run(kb)
        finally:
            if kb.db.team_fingerprint(self.repo_id) != before:
                self.team_changed = True
            self.errors.extend(w for w in kb.warnings if w not in self.errors)
            kb.warnings.clear()

    def _run_store(self, name: str, turn: Turn, kb: KnowledgeBase, items: list[dict[str, Any]],
                   session_id: str | None) -> None:
        mode = self.mode_of(name)
        ctx = self.ctx(turn.user_message, kb)
        ctx.session_id = session_id
        ctx.extracted = items if mode in ("always", "propose") else []
        ctx.propose = mode == "propose"
        try:
            self.stores[name].process(turn, ctx)
        except GcodeError as exc:
            self.errors.append(f"store {name} did not learn: {exc.one_line()}")
        except Exception as exc:  # noqa: BLE001 - one broken store must not stop the rest
            self.errors.append(f"store {name} failed: {type(exc).__name__}: {exc}")
        if ctx.propose and ctx.extracted:
            self.proposals_made = True

    def _where(self, kb: KnowledgeBase, turn: Turn) -> tuple[int, int] | None:
        """Where the turn sits in its stored transcript; claims a session first seen here
        (a resumed one) so no other process picks its turns up."""
        if not turn.session_id:
            return None
        from gcode.owner import identity

        try:
            where = kb.db.turn_seqs(turn.session_id, turn.index)
            if where is not None and turn.session_id not in self._seen:
                kb.db.claim_session(turn.session_id, identity())
        except Exception as exc:  # no transcript here: nothing to mark
            if not is_sqlite_error(exc):
                raise
            return None
        return where

    def _extract_due(self, kb: KnowledgeBase, everything: bool = False) -> None:
        """Make the extraction call(s) if the batch is due: enough turns, enough text, or
        `everything` (the session ends, a compaction). One call per batch of turns."""
        from gcode.extraction import MAX_TRANSCRIPT_CHARS

        with self._lock:
            pending = list(self._pending)
        if not pending:
            return
        cfg = self.config.learning
        due = (everything or len(pending) >= self._failed_at + max(1, cfg.batch_turns)
               or sum(p.size for p in pending) >= cfg.batch_chars)
        if not due or self.llm_factory is None:
            return
        chunk: list[PendingTurn] = []
        for item in pending:
            if chunk and sum(p.size for p in chunk) + item.size > MAX_TRANSCRIPT_CHARS - 500:
                if not self._extract_batch(kb, chunk):
                    return
                chunk = []
            chunk.append(item)
        if chunk:
            self._extract_batch(kb, chunk)

    def _extract_batch(self, kb: KnowledgeBase, chunk: list[PendingTurn]) -> bool:
        """One extraction call for `chunk`; guarded items go to their stores, triggers to the
        hand-taught records. False (the turns stay pending) when the model failed."""
        from gcode.capture_batch import related_learnings
        from gcode.extraction import extract

        assert self.llm_factory is not None
        wanting = self._wanting()
        said = " ".join(s for p in chunk for s in p.statements)
        related, contradicted = related_learnings(kb, said, [self.repo_id, ""], self.user,
                                                  wanting)
        needing = self.triggers.take(kb, wanting, ride_along=True)
        self.stats["extraction_calls"] += 1
        try:
            items, triggers = extract(self.llm_factory(), chunk,
                                      {n: self.stores[n] for n in wanting}, related, needing,
                                      contradicted, self.triggers.offered)
        except GcodeError as exc:  # the model failing must not cost us what was said
            what = "this turn" if len(chunk) == 1 else f"{len(chunk)} turns"
            self.errors.append(f"nothing extracted from {what} yet: {exc.one_line()}")
            with self._lock:
                self._failed_at = len(self._pending)
            return False
        with self._lock:
            self._pending = [p for p in self._pending if all(p is not c for c in chunk)]
            self._failed_at = 0
        by_store: dict[str, list[dict[str, Any]]] = {}
        for item in items:
            kept = self._guard(item, wanting)
            if kept is not None:
                by_store.setdefault(kept["store"], []).append(kept)
        last = chunk[-1]
        turn = Turn(last.session_id, last.index, said)
        for name, kept_items in by_store.items():
            self._run_store(name, turn, kb, kept_items, last.session_id)
        self.stats["triggers"] = self.stats.get("triggers", 0) + self.triggers.write(
            kb, needing, triggers)
        return True

    def _guard(self, item: dict[str, Any], wanting: list[str]) -> dict[str, Any] | None:
        from gcode.capture_batch import guard

        kept = guard(item, self.stores, wanting)
        if kept is None:
            self.stats["dropped"] = self.stats.get("dropped", 0) + 1
        return kept

    def _triggers_due(self, kb: KnowledgeBase) -> None:
        """At a session's end, one request for the trigger backlog: if a model extracts (not
        agentic mode), nothing waits, and learning made fewer requests than turns (<= 1)."""
        made = self.stats["extraction_calls"] + self.stats["trigger_calls"]
        if self.llm_factory is not None and not self._pending and made < self.stats["turns"]:
            self.triggers.request(kb, self.llm_factory, self._wanting(), self.stats,
                                  self.errors)

    def _save_watermarks(self, kb: KnowledgeBase, sessions: set[str]) -> None:
        """Each session's watermark: up to its first turn still pending, else all it has."""
        for sid in sessions:
            if sid not in self._seen:
                continue
            with self._lock:
                befores = [p.before for p in self._pending
                           if p.session_id == sid and p.before is not None]
            try:
                kb.db.set_learned(sid, min(befores) if befores else self._seen[sid])
            except Exception as exc:  # the next start may redo a turn; no more
                if not is_sqlite_error(exc):
                    raise

    def _catch_up(self, kb: KnowledgeBase) -> None:
        """Statements of sessions whose process died before extracting them, into the batch."""
        from gcode.capture_batch import abandoned
        from gcode.capture_probe import judge_for

        caught = set()
        for sid, found, last in abandoned(kb.db, self.repo_id, self.user, set(self._seen),
                                          judge_for(kb.embedder)):
            self._considered.update(hash(text) for text, _ in found)
            with self._lock:
                self._pending.extend(turn for _, turn in found)
            self._seen[sid] = last
            caught.add(sid)
        if caught:
            self._extract_due(kb, everything=True)
            self._save_watermarks(kb, caught)
