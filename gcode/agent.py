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

import difflib
import json
import platform
import threading
from collections.abc import Generator, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from gcode import agents_md
from gcode.errors import GcodeError
from gcode.llm import (
    Completion,
    ContextOverflow,
    Notice,
    ReasoningChunk,
    Retract,
    Retrying,
    TextChunk,
    ToolCall,
)
from gcode.llm_stream import clean_history_message
from gcode.tools import Tool, ToolContext, ToolResult, builtin_tools, execute, openai_schema
from gcode.turn import (
    ApprovalEvent,
    Change,
    DoneEvent,
    ErrorEvent,
    Event,
    ReasoningDelta,
    RetryEvent,
    SessionLog,
    TextDelta,
    ToolCallEvent,
    ToolResultEvent,
    ToolRun,
    Turn,
    Usage,
    UsageEvent,
    chars_to_tokens,
    estimate_tokens,
)

if TYPE_CHECKING:
    from gcode.config import Config
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


# -- hooks ------------------------------------------------------------------------------------


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
    """Give every tool call a result (a process killed mid-turn can leave one without), and
    every tool call valid JSON arguments (a malformed string in history makes vLLM, Ollama
    and llama.cpp refuse every later request: sessions stored before that rule are mended)."""
    out: list[dict[str, Any]] = []
    i = 0
    while i < len(messages):
        msg = clean_history_message(messages[i])
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


def messages_tokens(messages: list[dict[str, Any]]) -> int:
    """Rough token count of chat messages: enough to decide when to drop old turns."""
    size = 0
    for m in messages:
        content = m.get("content")
        size += len(content if isinstance(content, str) else json.dumps(content or "")) + 16
        for c in m.get("tool_calls") or []:
            size += len(c.get("function", {}).get("arguments") or "") + 32
    return chars_to_tokens(size)


def fit_window(system: str, messages: list[dict[str, Any]], budget: int, extra: int = 0
               ) -> list[dict[str, Any]]:
    """Drop the oldest whole turns until the conversation fits `budget` tokens (the current
    turn is always kept, so tool calls and their results are never separated). `extra`:
    tokens sent besides the system prompt and messages (the tool schemas)."""
    starts = [i for i, m in enumerate(messages) if m.get("role") == "user"]
    fixed = estimate_tokens(system) + extra
    for start in [0, *starts[1:]]:
        window = messages[start:]
        if fixed + messages_tokens(window) <= budget or start == (starts[-1] if starts else 0):
            return window
    return messages


def _parsed(arguments: str) -> Any:
    try:
        return json.loads(arguments) if arguments.strip() else {}
    except ValueError:
        return arguments


# -- the agent --------------------------------------------------------------------------------


class Agent:
    """A conversation with the model about one repository, kept in a `SessionLog`."""

    def __init__(self, llm: LLM, log: SessionLog, *, root: Path, config: Config,
                 approver: Approver, hooks: AgentHooks | None = None) -> None:
        self.llm = llm
        self.log = log
        self.root = Path(root)
        self.config = config
        self.hooks: AgentHooks = hooks or NoHooks()
        self.ctx = ToolContext(self.root, config, approver)
        self.messages: list[dict[str, Any]] = []  # user/assistant/tool; no system prompt
        self.session_id: str | None = None
        self.turn_index = 0
        self.usage = Usage()
        self._cancel = threading.Event()

    # -- sessions --

    def resume(self, reference: str) -> str:
        """Continue a stored session (full id or unique prefix); returns its id."""
        session_id, messages = self.log.open(reference)
        self.session_id = session_id
        self.messages = repair_transcript(messages)
        self.turn_index = sum(1 for m in self.messages if m.get("role") == "user")
        return session_id

    def reset(self) -> None:
        """Start afresh: the next message opens a new session (the old one stays stored)."""
        self.session_id = None
        self.messages = []
        self.turn_index = 0
        self.usage = Usage()

    def undo_last_change(self) -> tuple[Change, str]:
        """Put back the file as it was before the agent's last write; returns the change
        and the diff that undid it. Refuses when the file changed since that write."""
        changes = self.ctx.changes
        if not changes:
            raise GcodeError("nothing to undo", hint="gcode has not changed a file in this chat")
        change = changes[-1]
        path = self.root / change.path
        try:  # bytes, not read_text: newline translation would hide (or fake) a change
            current = path.read_bytes().decode("utf-8") if path.exists() else None
        except (OSError, UnicodeDecodeError):
            current = None
        if current != change.after:
            raise GcodeError(f"{change.path} was changed after gcode's edit; not undoing it",
                             hint="see /diff, and revert by hand or with git")
        from gcode.tools import beneath
        from gcode.tools.base import ToolError

        try:  # through held directory descriptors, like the edit itself
            root = self.ctx.root
            real = root / change.path  # the real path the edit wrote; no link followed
            if change.before is None:
                beneath.remove(root, real)
            else:
                beneath.write_bytes(root, real, change.before.encode("utf-8"))
        except (ToolError, ValueError, OSError) as exc:
            raise GcodeError(f"not undoing {change.path}: {exc}",
                             hint="revert it by hand or with git") from None
        changes.pop()
        diff = "".join(difflib.unified_diff(
            change.after.splitlines(keepends=True),
            (change.before or "").splitlines(keepends=True),
            f"a/{change.path}", f"b/{change.path}"))
        return change, diff

    def _ensure_session(self, first_message: str) -> str:
        if self.session_id is None:
            self.session_id = self.log.create(first_message, self.llm.model)
        return self.session_id

    def _add(self, turn: Turn, msg: dict[str, Any]) -> None:
        self.messages.append(msg)
        turn.messages.append(msg)
        self.log.append(turn.session_id, turn.index, [msg])

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
        self.messages = repair_transcript(self.messages)  # an earlier turn cut short
        session_id = self._ensure_session(user_text)
        self.turn_index += 1
        turn = Turn(session_id, self.turn_index, user_text)
        changes_before = len(self.ctx.changes)
        state = _TurnState()
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

    def _loop(self, turn: Turn, state: _TurnState) -> Iterator[Event]:
        warnings: list[ErrorEvent] = []
        system = self.system_prompt(turn.user_message, warnings)
        yield from warnings
        tools = self.tools()
        schemas = [openai_schema(t) for t in tools.values()]
        budget = int(self.llm.context_window(self.config.model.context_window) * 0.85)
        for step in range(1, self.config.agent.max_steps + 1):
            turn.steps = step
            self._check_cancel()
            completion = yield from self._stream(turn, state, system, schemas, budget)
            calls = completion.tool_calls
            msg: dict[str, Any] = {"role": "assistant", "content": completion.content or None}
            if completion.reasoning:  # DeepSeek's thinking mode wants it back with tool calls
                msg["reasoning_content"] = completion.reasoning
            if calls:
                msg["tool_calls"] = [c.to_message() for c in calls]
            state.partial = []
            self._add(turn, msg)
            if not calls:
                turn.final_text = completion.content
                if completion.finish_reason == "length":
                    yield ErrorEvent("the answer was cut off: the model reached its output "
                                     "limit", fatal=False)
                return
            state.pending = list(calls)
            for call in calls:
                self._check_cancel()
                yield from self._run_tool(turn, state, call, tools)
        raise GcodeError(f"stopped after {self.config.agent.max_steps} tool-call rounds "
                         "without a final answer",
                         hint="raise agent.max_steps (or --max-steps), or ask for a smaller step")

    def _stream(self, turn: Turn, state: _TurnState, system: str,
                schemas: list[dict[str, Any]], budget: int) -> Generator[Event, None, Completion]:
        """One model request; when it overflows a window the server names, trimmed to that
        window and asked once more."""
        try:
            return (yield from self._stream_once(turn, state, system, schemas, budget))
        except ContextOverflow as exc:
            if not exc.limit or exc.limit * 0.85 >= budget:
                raise
            return (yield from self._stream_once(turn, state, system, schemas,
                                                 int(exc.limit * 0.85)))

    def _stream_once(self, turn: Turn, state: _TurnState, system: str,
                     schemas: list[dict[str, Any]], budget: int
                     ) -> Generator[Event, None, Completion]:
        """One model request, streamed as events; returns the finished completion."""
        window = fit_window(system, self.messages, budget, estimate_tokens(json.dumps(schemas)))
        completion: Completion | None = None
        state.partial = []
        for ev in self.llm.stream_chat([{"role": "system", "content": system}, *window],
                                       schemas):
            self._check_cancel()
            if isinstance(ev, TextChunk):
                state.partial.append(ev.text)
                yield TextDelta(ev.text)
            elif isinstance(ev, ReasoningChunk):
                yield ReasoningDelta(ev.text)
            elif isinstance(ev, Retract):  # the "answer" so far was the model thinking
                state.partial = []
                yield ReasoningDelta(ev.reasoning, retract=True)
            elif isinstance(ev, Notice):
                yield ErrorEvent(ev.message, fatal=False)
            elif isinstance(ev, Retrying):
                if ev.discard:
                    state.partial = []
                yield RetryEvent(ev.attempt, ev.attempts, round(ev.wait, 3), ev.reason,
                                 ev.discard)
            else:
                completion = ev
        if completion is None:  # pragma: no cover - stream_chat always ends with one
            raise GcodeError("the model server ended the response without an answer")
        if completion.usage is not None:
            turn.usage = turn.usage + completion.usage
            self.usage = self.usage + completion.usage
            self.log.add_usage(turn.session_id, completion.usage)
            yield UsageEvent(completion.usage.prompt_tokens, completion.usage.completion_tokens,
                             turn.usage.prompt_tokens, turn.usage.completion_tokens)
        return completion

    def _run_tool(self, turn: Turn, state: _TurnState, call: ToolCall,
                  tools: dict[str, Tool]) -> Iterator[Event]:
        """Approve and run one tool call; record it in the transcript and as a ToolRun."""
        arguments = _parsed(call.arguments)
        yield ToolCallEvent(call.id, call.name, arguments)
        tool = tools.get(call.name)
        if tool is None:
            result = ToolResult(f"unknown tool {call.name!r}; available tools: "
                                f"{', '.join(tools)}", True)
        else:
            result = execute(tool, call.arguments, self.ctx)
        if result.decision is not None:
            yield ApprovalEvent(call.id, call.name, result.decision.allowed,
                                result.decision.reason)
        turn.tool_runs.append(ToolRun(
            call.id, call.name, arguments if isinstance(arguments, dict) else {},
            action=tool.action if tool else None, output=result.content,
            is_error=result.is_error, exit_code=result.exit_code, timed_out=result.timed_out,
            duration=result.duration, changed_paths=result.changed_paths,
            approved=result.decision.allowed if result.decision else None,
            sandboxed=result.sandboxed, sandbox_blocked=result.sandbox_blocked))
        self._add(turn, {"role": "tool", "tool_call_id": call.id, "content": result.content})
        state.pending.remove(call)
        yield ToolResultEvent(call.id, call.name, result.content, result.is_error)

    def _close_open(self, turn: Turn, state: _TurnState) -> None:
        """Leave a transcript the model API accepts: keep a partial answer, answer open calls."""
        try:
            partial = "".join(state.partial)
            if partial:
                state.partial = []
                self._add(turn, {"role": "assistant", "content": partial})
                turn.final_text = partial
            for c in list(state.pending):
                self._add(turn, {"role": "tool", "tool_call_id": c.id,
                                 "content": CANCELLED_RESULT if turn.cancelled else
                                 f"not run: the turn failed ({turn.error})"})
                state.pending.remove(c)
        except Exception:  # noqa: BLE001 - the database itself failing: nothing more to save
            pass

    def _finish(self, turn: Turn, changes_before: int) -> list[ErrorEvent]:
        """Record how the turn ended and hand it to the hooks; returns warnings."""
        turn.changes = list(self.ctx.changes[changes_before:])
        status = "cancelled" if turn.cancelled else "error" if turn.error else "active"
        warnings = []
        try:
            self.log.set_status(turn.session_id, status)
        except Exception as exc:  # noqa: BLE001
            warnings.append(ErrorEvent(f"could not update the session: {exc}", fatal=False))
        try:
            self.hooks.after_turn(turn)
        except Exception as exc:  # noqa: BLE001 - learning must never break the session
            warnings.append(ErrorEvent(f"learning from this turn failed: {exc}", fatal=False))
        return warnings


@dataclass
class _TurnState:
    """What must be tidied up if the turn stops early: streamed text, unanswered calls."""

    partial: list[str] = field(default_factory=list)
    pending: list[ToolCall] = field(default_factory=list)
