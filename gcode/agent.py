"""The agent loop: model -> tool calls -> results -> model ..., as a stream of typed events.

One `run_turn` is one user message and everything the model does about it, until
it answers without calling a tool (or hits the step limit). Renderers consume the
events; the loop itself prints nothing and knows nothing about SQLite beyond the
Database's session methods.

The transcript is written to the database message by message, so a crash or a
Ctrl-C leaves a transcript the model API accepts on resume: every assistant
message with tool calls is followed by one result per call id (synthetic
"cancelled" results if need be), and a partial answer is kept.
"""

from __future__ import annotations

import platform
import threading
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Protocol

from gcode import agents_md
from gcode.errors import GcodeError
from gcode.llm import Completion, Retrying, TextChunk, Usage
from gcode.records import new_id
from gcode.redact import redact, redact_obj
from gcode.tools import Change, Tool, ToolContext, ToolResult, builtin_tools, execute, openai_schema

if TYPE_CHECKING:
    from gcode.config import Config
    from gcode.db import Database
    from gcode.llm import LLM
    from gcode.tools.approval import Approver

CANCELLED_RESULT = "cancelled: the user interrupted the turn before this tool call finished"

SYSTEM_PROMPT = """\
You are gcode, a coding agent working in the user's git repository at {root}.
You read, search and change its files and run commands through the tools provided.

How to work:
- Look before you change anything: find and read the relevant code first (grep, list_files,
  read_file).
- Make the smallest change that does what was asked, in the style of the surrounding code.
- Change files with edit_file (copy old_text exactly from read_file output); use write_file
  only for new files or complete rewrites.
- After changing code, run the relevant tests or checks with run_shell when the project has
  them, and fix what you broke.
- Paths are relative to the repository root; nothing outside the repository is reachable.
- If a tool result says an action was not approved, do not work around it: say what you
  wanted to do and why.
- When you are done, answer briefly in Markdown: what you found or changed, and anything the
  user still has to do.

Environment: {os}; today is {today}."""


# -- events -----------------------------------------------------------------------------------


@dataclass
class Event:
    type: ClassVar[str] = "event"

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.type, **asdict(self)}


@dataclass
class TextDelta(Event):
    type: ClassVar[str] = "text_delta"
    text: str


@dataclass
class ToolCallEvent(Event):
    type: ClassVar[str] = "tool_call"
    id: str
    name: str
    arguments: Any  # the parsed object, or the raw text when it is not valid JSON


@dataclass
class ApprovalEvent(Event):
    type: ClassVar[str] = "approval"
    id: str
    name: str
    allowed: bool
    reason: str


@dataclass
class ToolResultEvent(Event):
    type: ClassVar[str] = "tool_result"
    id: str
    name: str
    content: str
    is_error: bool


@dataclass
class UsageEvent(Event):
    type: ClassVar[str] = "usage"
    prompt_tokens: int
    completion_tokens: int
    turn_prompt_tokens: int
    turn_completion_tokens: int


@dataclass
class RetryEvent(Event):
    type: ClassVar[str] = "retry"
    attempt: int
    attempts: int
    wait: float
    reason: str
    discard: bool  # the text streamed since the last tool call is void; a new answer follows


@dataclass
class ErrorEvent(Event):
    type: ClassVar[str] = "error"
    message: str
    hint: str = ""
    fatal: bool = True  # False: a warning, the turn goes on


@dataclass
class DoneEvent(Event):
    type: ClassVar[str] = "done"
    session_id: str
    turn: int
    final_text: str
    steps: int
    prompt_tokens: int
    completion_tokens: int
    cancelled: bool = False
    error: str | None = None


# -- turns and hooks --------------------------------------------------------------------------


@dataclass
class Turn:
    """One finished turn, as the learning machine receives it."""

    session_id: str
    index: int
    user_message: str
    messages: list[dict[str, Any]] = field(default_factory=list)  # user, assistant, tool
    final_text: str = ""
    usage: Usage = field(default_factory=Usage)
    error: str | None = None
    cancelled: bool = False
    steps: int = 0
    changes: list[Change] = field(default_factory=list)  # files written during this turn


class AgentHooks(Protocol):
    def context(self, message: str) -> str:
        """A text block appended to the system prompt for this message."""

    def tools(self) -> list[Tool]:
        """Extra tools offered to the model (same shape as the built-in ones)."""

    def after_turn(self, turn: Turn) -> None:
        """Called once per finished turn (also cancelled or failed ones)."""


class NoHooks:
    def context(self, message: str) -> str:
        return ""

    def tools(self) -> list[Tool]:
        return []

    def after_turn(self, turn: Turn) -> None:
        return None


class TurnCancelled(Exception):
    """Raised inside the loop when `Agent.cancel()` was called."""


# -- transcript helpers -----------------------------------------------------------------------


def repair_transcript(messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Give every tool call a result (a process killed mid-turn can leave one without)."""
    out: list[dict[str, Any]] = []
    i = 0
    while i < len(messages):
        msg = messages[i]
        out.append(msg)
        i += 1
        calls = (msg.get("tool_calls") or []) if msg.get("role") == "assistant" else []
        if not calls:
            continue
        answered = set()
        while i < len(messages) and messages[i].get("role") == "tool":
            answered.add(messages[i].get("tool_call_id"))
            out.append(messages[i])
            i += 1
        for c in calls:
            if c.get("id") not in answered:
                out.append({"role": "tool", "tool_call_id": c.get("id"),
                            "content": CANCELLED_RESULT})
    return out


def estimate_tokens(messages: list[dict[str, Any]]) -> int:
    """Rough token count (4 characters a token): enough to decide when to drop old turns."""
    size = 0
    for m in messages:
        size += len(m.get("content") or "") + 16
        for c in m.get("tool_calls") or []:
            size += len(c.get("function", {}).get("arguments") or "") + 32
    return size // 4


def fit_window(system: str, messages: list[dict[str, Any]], budget: int
               ) -> list[dict[str, Any]]:
    """Drop the oldest whole turns until the conversation fits `budget` tokens (the current
    turn is always kept, so tool calls and their results are never separated)."""
    starts = [i for i, m in enumerate(messages) if m.get("role") == "user"]
    fixed = len(system) // 4
    for start in [0, *starts[1:]]:
        window = messages[start:]
        if fixed + estimate_tokens(window) <= budget or start == (starts[-1] if starts else 0):
            return window
    return messages


def _redacted(msg: dict[str, Any]) -> dict[str, Any]:
    """What is stored: contents and tool-call arguments without secrets."""
    out = dict(msg)
    if isinstance(out.get("content"), str):
        out["content"] = redact(out["content"])
    elif out.get("content") is not None:
        out["content"] = redact_obj(out["content"])
    if out.get("tool_calls"):
        calls = []
        for c in out["tool_calls"]:
            fn = dict(c.get("function") or {})
            fn["arguments"] = redact(fn.get("arguments") or "")
            calls.append({**c, "function": fn})
        out["tool_calls"] = calls
    return out


def _parsed(arguments: str) -> Any:
    import json

    try:
        return json.loads(arguments) if arguments.strip() else {}
    except ValueError:
        return arguments


# -- the agent --------------------------------------------------------------------------------


class Agent:
    """A conversation with the model about one repository, persisted as a session."""

    def __init__(self, llm: LLM, db: Database, *, root: Path, config: Config,
                 approver: Approver, repo_id: str, user: str,
                 hooks: AgentHooks | None = None) -> None:
        self.llm = llm
        self.db = db
        self.root = Path(root)
        self.config = config
        self.repo_id = repo_id
        self.user = user
        self.hooks: AgentHooks = hooks or NoHooks()
        self.ctx = ToolContext(self.root, config, approver)
        self.messages: list[dict[str, Any]] = []  # user/assistant/tool; no system prompt
        self.session_id: str | None = None
        self.turn_index = 0
        self.usage = Usage()
        self._cancel = threading.Event()

    # -- sessions --

    def resume(self, session_id: str) -> dict[str, Any]:
        """Continue a stored session (full id or unique prefix); returns its row."""
        row = self.db.get_session(session_id)
        if row is None:
            rows = self.db.sessions_by_prefix(session_id)
            if len(rows) > 1:
                raise GcodeError(f"session id {session_id!r} is ambiguous ({len(rows)} sessions)",
                                 hint="give more characters of the id")
            row = rows[0] if rows else None
        if row is None:
            raise GcodeError(f"no session {session_id!r}",
                             hint="/sessions in `gcode chat` lists them")
        if row.get("repo_id") and row["repo_id"] != self.repo_id:
            raise GcodeError(f"session {row['id'][:13]} belongs to another repository "
                             f"({row.get('repo_root')})", hint="resume it from that repository")
        self.session_id = row["id"]
        self.messages = repair_transcript(self.db.session_messages(row["id"]))
        self.turn_index = sum(1 for m in self.messages if m.get("role") == "user")
        return row

    def _ensure_session(self, first_message: str) -> str:
        if self.session_id is None:
            self.session_id = new_id()
            title = redact(" ".join(first_message.split()))[:80]
            self.db.create_session({"id": self.session_id, "repo_id": self.repo_id,
                                    "repo_root": str(self.root), "user": self.user,
                                    "model": self.llm.model, "title": title})
        return self.session_id

    def _add(self, turn: Turn, msg: dict[str, Any]) -> None:
        self.messages.append(msg)
        turn.messages.append(msg)
        self.db.append_messages(turn.session_id, turn.index, [_redacted(msg)])

    # -- prompt and tools --

    def instructions(self) -> str:
        """The repository's own instruction files (AGENTS.md...), capped in size."""
        budget = self.config.agent.max_instruction_chars
        parts = []
        for name in self.config.agent.instruction_files:
            path = self.root / name
            try:
                real = path.resolve()
                if self.root.resolve() not in real.parents or not real.is_file():
                    continue
                text = real.read_text(encoding="utf-8", errors="replace")
            except OSError:
                continue
            try:  # gcode's own managed block: the learning context already carries it
                text = agents_md.strip(text).strip()
            except GcodeError:  # broken markers: keep the file as the user wrote it
                text = text.strip()
            if not text or budget <= 0:
                continue
            if len(text) > budget:
                text = text[:budget] + f"\n[... {name} truncated at {budget} characters]"
            budget -= len(text)
            parts.append(f"## Instructions from the repository's {name}\n\n{text}")
        return "\n\n".join(parts)

    def system_prompt(self, message: str, warnings: list[ErrorEvent] | None = None) -> str:
        parts = [SYSTEM_PROMPT.format(root=self.root, os=platform.system() or "unknown",
                                      today=date.today().isoformat())]
        instructions = self.instructions()
        if instructions:
            parts.append(instructions)
        try:
            context = self.hooks.context(message)
        except Exception as exc:  # noqa: BLE001 - learned context is optional
            context = ""
            if warnings is not None:
                warnings.append(ErrorEvent(f"learned context unavailable: {exc}", fatal=False))
        if context:
            parts.append(context.strip())
        return "\n\n".join(parts)

    def tools(self) -> dict[str, Tool]:
        """Built-in tools, then the hook's (a hook tool with a built-in's name replaces it)."""
        out = {t.name: t for t in builtin_tools()}
        out.update({t.name: t for t in self.hooks.tools()})
        return out

    # -- the loop --

    def cancel(self) -> None:
        """Stop the running turn at the next chunk or tool call (thread-safe)."""
        self._cancel.set()

    def _check_cancel(self) -> None:
        if self._cancel.is_set():
            raise TurnCancelled

    def run_turn(self, user_text: str) -> Iterator[Event]:
        """Run one user message to its answer, yielding events; always ends with `done`."""
        self._cancel.clear()
        session_id = self._ensure_session(user_text)
        self.turn_index += 1
        turn = Turn(session_id, self.turn_index, user_text)
        changes_before = len(self.ctx.changes)
        state: dict[str, Any] = {"partial": [], "pending": []}
        try:
            self._add(turn, {"role": "user", "content": user_text})
            yield from self._loop(turn, state)
        except (KeyboardInterrupt, TurnCancelled):
            turn.cancelled = True
            self._close_open(turn, state)
        except GeneratorExit:  # the consumer stopped listening (its own Ctrl-C): still tidy up
            turn.cancelled = True
            self._close_open(turn, state)
            self._finish(turn, changes_before)
            raise
        except GcodeError as exc:
            turn.error = exc.one_line()
            self._close_open(turn, state)
            yield ErrorEvent(exc.message, exc.hint, fatal=True)
        except BaseException:
            turn.error = "internal error"
            self._close_open(turn, state)
            self._finish(turn, changes_before)
            raise
        yield from self._finish(turn, changes_before)
        yield DoneEvent(session_id, turn.index, turn.final_text, turn.steps,
                        turn.usage.prompt_tokens, turn.usage.completion_tokens,
                        turn.cancelled, turn.error)

    def _loop(self, turn: Turn, state: dict[str, Any]) -> Iterator[Event]:
        warnings: list[ErrorEvent] = []
        system = self.system_prompt(turn.user_message, warnings)
        yield from warnings
        tools = self.tools()
        schemas = [openai_schema(t) for t in tools.values()]
        budget = int(self.config.model.context_window * 0.85)
        for step in range(1, self.config.agent.max_steps + 1):
            turn.steps = step
            self._check_cancel()
            window = fit_window(system, self.messages, budget)
            completion: Completion | None = None
            state["partial"] = []
            for ev in self.llm.stream_chat([{"role": "system", "content": system}, *window],
                                           schemas):
                self._check_cancel()
                if isinstance(ev, TextChunk):
                    state["partial"].append(ev.text)
                    yield TextDelta(ev.text)
                elif isinstance(ev, Retrying):
                    if ev.discard:
                        state["partial"] = []
                    yield RetryEvent(ev.attempt, ev.attempts, round(ev.wait, 3), ev.reason,
                                     ev.discard)
                else:
                    completion = ev
            if completion is None:  # pragma: no cover - stream_chat always ends with one
                raise GcodeError("the model server ended the response without an answer")
            if completion.usage is not None:
                turn.usage = turn.usage + completion.usage
                self.usage = self.usage + completion.usage
                self.db.add_session_usage(turn.session_id, completion.usage.prompt_tokens,
                                          completion.usage.completion_tokens)
                yield UsageEvent(completion.usage.prompt_tokens,
                                 completion.usage.completion_tokens,
                                 turn.usage.prompt_tokens, turn.usage.completion_tokens)
            calls = completion.tool_calls
            msg: dict[str, Any] = {"role": "assistant", "content": completion.content or None}
            if calls:
                msg["tool_calls"] = [c.to_message() for c in calls]
            state["partial"] = []
            self._add(turn, msg)
            if not calls:
                turn.final_text = completion.content
                if completion.finish_reason == "length":
                    yield ErrorEvent("the answer was cut off: the model reached its output "
                                     "limit", fatal=False)
                return
            state["pending"] = list(calls)
            for c in calls:
                self._check_cancel()
                yield ToolCallEvent(c.id, c.name, _parsed(c.arguments))
                tool = tools.get(c.name)
                if tool is None:
                    result = ToolResult(f"unknown tool {c.name!r}; available tools: "
                                        f"{', '.join(tools)}", True)
                else:
                    result = execute(tool, c.arguments, self.ctx)
                if result.decision is not None:
                    yield ApprovalEvent(c.id, c.name, result.decision.allowed,
                                        result.decision.reason)
                self._add(turn, {"role": "tool", "tool_call_id": c.id, "content": result.content})
                state["pending"].remove(c)
                yield ToolResultEvent(c.id, c.name, result.content, result.is_error)
        raise GcodeError(f"stopped after {self.config.agent.max_steps} tool-call rounds "
                         "without a final answer",
                         hint="raise agent.max_steps (or --max-steps), or ask for a smaller step")

    def _close_open(self, turn: Turn, state: dict[str, Any]) -> None:
        """Leave a transcript the model API accepts: keep a partial answer, answer open calls."""
        try:
            partial = "".join(state["partial"])
            if partial:
                state["partial"] = []
                self._add(turn, {"role": "assistant", "content": partial})
                turn.final_text = partial
            for c in list(state["pending"]):
                self._add(turn, {"role": "tool", "tool_call_id": c.id,
                                 "content": CANCELLED_RESULT if turn.cancelled else
                                 f"not run: the turn failed ({turn.error})"})
                state["pending"].remove(c)
        except Exception:  # noqa: BLE001 - the database itself failing: nothing more to save
            pass

    def _finish(self, turn: Turn, changes_before: int) -> list[ErrorEvent]:
        """Record how the turn ended and hand it to the hooks; returns warnings."""
        turn.changes = list(self.ctx.changes[changes_before:])
        status = "cancelled" if turn.cancelled else "error" if turn.error else "active"
        warnings = []
        try:
            self.db.update_session(turn.session_id, status=status)
        except Exception as exc:  # noqa: BLE001
            warnings.append(ErrorEvent(f"could not update the session: {exc}", fatal=False))
        try:
            self.hooks.after_turn(turn)
        except Exception as exc:  # noqa: BLE001 - learning must never break the session
            warnings.append(ErrorEvent(f"learning from this turn failed: {exc}", fatal=False))
        return warnings
