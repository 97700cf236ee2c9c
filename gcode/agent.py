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

import json
import platform
import threading
from collections.abc import Generator, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from gcode import compaction, instructions, transcript, vision
from gcode.checkpoints import Checkpoints, Rewound, check_untouched, restore, undo_last
from gcode.transcript import CANCELLED_RESULT
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
    CompactionEvent,
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
    estimate_tokens,
)

if TYPE_CHECKING:
    from gcode.config import Config
    from gcode.llm import LLM
    from gcode.tools.approval import Approver

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


messages_tokens = compaction.messages_tokens


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


def fit_window(system: str, messages: list[dict[str, Any]], budget: int, extra: int = 0
               ) -> list[dict[str, Any]]:
    """Drop the oldest whole turns until the conversation fits `budget` tokens (the current
    turn is always kept, so tool calls and their results are never separated). `extra`:
    tokens sent besides the system prompt and messages (the tool schemas). The last resort
    when compaction failed: the agent compacts before it comes to this."""
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
        self.checkpoints = Checkpoints()  # one per turn of this chat, for /rewind
        # Directories (repo-relative) the agent read, listed or changed files in: their own
        # instruction files apply (gcode.instructions). The caller may add where it started.
        self.worked_in: set[str] = set()
        self._notes_shown: set[str] = set()  # instruction-file notes already reported
        self._turn_start = 0  # index in self.messages of the running turn's user message
        self._context = ""  # the learned context of the running turn

    # -- sessions --

    def resume(self, reference: str) -> str:
        """Continue a stored session (full id or unique prefix); returns its id."""
        session_id, messages = self.log.open(reference)
        self.session_id = session_id
        self.messages = repair_transcript(transcript.replay(messages))
        self.turn_index = sum(1 for m in self.messages if m.get("role") == "user"
                              and not transcript.is_summary(m))
        self.checkpoints = Checkpoints()  # rewinding reaches the turns of this chat only
        return session_id

    def reset(self) -> None:
        """Start afresh: the next message opens a new session (the old one stays stored)."""
        self.session_id = None
        self.messages = []
        self.turn_index = 0
        self.usage = Usage()
        self.checkpoints = Checkpoints()

    def undo_last_change(self) -> tuple[Change, str]:
        """Put back the file as it was before the agent's last write; returns the change
        and the diff that undid it. Refuses when the file changed since that write."""
        change, diff = undo_last(self.ctx.root, self.ctx.changes)
        self._report_revert([change.path], "/undo")
        return change, diff

    def _report_revert(self, paths: list[str], how: str) -> None:
        """Tell the hooks (the decision log) that files were put back: an undone edit must
        not stay on record as a change."""
        if self.session_id is None or not paths:
            return
        turn = Turn(self.session_id, self.turn_index, how)
        turn.tool_runs.append(ToolRun(f"{how}-{len(self.ctx.changes)}", how, {"paths": paths},
                                      action="revert", changed_paths=list(paths)))
        try:
            self.hooks.after_turn(turn)
        except Exception:  # noqa: BLE001 - learning must never break the session
            pass

    def start_session(self, first_message: str) -> str:
        """The session id, creating the session if there is none yet (so `gcode run --json`
        can name it before the turn starts)."""
        if self.session_id is None:
            self.session_id = self.log.create(first_message, self.llm.model)
        return self.session_id

    _ensure_session = start_session

    # -- compaction and rewind --

    def compact(self, instructions: str = "") -> compaction.Compaction:
        """Replace the conversation so far by a summary the model writes (one request);
        what it replaces goes to the hooks' learning first. Between turns (/compact)."""
        if self.session_id is None or not self.messages:
            raise GcodeError("nothing to compact yet", hint="compaction summarises the "
                             "conversation of this session; send a message first")
        self.messages = repair_transcript(self.messages)
        return self._compact(len(self.messages), instructions)

    def _compact(self, upto: int, instructions: str = "") -> compaction.Compaction:
        """Summarise self.messages[:upto] and put the summary in their place."""
        assert self.session_id is not None
        old, kept = self.messages[:upto], self.messages[upto:]
        before = messages_tokens(self.messages)
        learn = Turn(self.session_id, self.turn_index, "(earlier conversation, compacted)",
                     messages=list(old))
        try:  # learning sees what is compacted away before it goes
            self.hooks.after_turn(learn)
        except Exception:  # noqa: BLE001 - learning must never break the session
            pass
        window = self.llm.context_window(self.config.model.context_window)
        summary, usage, omitted = compaction.summarize(self.llm, old, instructions, window)
        if usage is not None:
            self.usage = self.usage + usage
            self.log.add_usage(self.session_id, usage)
        added = transcript.summary_messages(summary)
        self.messages = added + kept
        self.log.append(self.session_id, self.turn_index,
                        [transcript.compact_record(summary, len(kept))])
        self.checkpoints.compacted(len(old), len(added))
        self._turn_start = max(0, self._turn_start - len(old) + len(added))
        return compaction.Compaction(summary, len(old), before, messages_tokens(self.messages),
                                     usage, omitted)

    def rewind(self, turn: int, code: bool = True, conversation: bool = True) -> Rewound:
        """Go back to before `turn`: undo the agent's file writes since (refused, changing
        nothing, if the user changed one of those files since), cut the conversation, or
        both. Turns are those of this chat (checkpoints are not stored)."""
        index, cp = self.checkpoints.find(turn)
        changes = self.ctx.changes[cp.changes_from:]
        if conversation and cp.position is None:
            raise GcodeError(f"turn {turn} was compacted into a summary: its conversation "
                             "cannot be restored", hint=f"rewind the code only: /rewind {turn} "
                             "code")
        if code:
            check_untouched(self.ctx.root, changes)
        done = Rewound(cp)
        if code and changes:
            done.files, done.deleted = restore(self.ctx.root, changes)
            del self.ctx.changes[cp.changes_from:]
            self._report_revert(done.files + done.deleted, "/rewind")
        if conversation and cp.position is not None and self.session_id is not None:
            done.messages = len(self.messages) - cp.position
            self.messages = self.messages[:cp.position]
            self.log.append(self.session_id, self.turn_index,
                            [transcript.rewind_record(done.messages, turn)])
            del self.checkpoints.items[index:]
        return done

    def _add(self, turn: Turn, msg: dict[str, Any]) -> None:
        self.messages.append(msg)
        turn.messages.append(msg)
        self.log.append(turn.session_id, turn.index, [msg])

    # -- prompt and tools --

    def instructions(self, warnings: list[ErrorEvent] | None = None) -> str:
        """The instruction files that apply (gcode.instructions), capped in size; notes about
        them (a refused @import) become warnings, once each."""
        found = instructions.load(self.root, self.config, self.worked_in)
        for note in found.notes:
            if warnings is not None and note not in self._notes_shown:
                self._notes_shown.add(note)
                warnings.append(ErrorEvent(note, fatal=False))
        return found.text

    def system_prompt(self, message: str, warnings: list[ErrorEvent] | None = None,
                      context: str | None = None) -> str:
        parts = [SYSTEM_PROMPT.format(root=self.root, os=platform.system() or "unknown",
                                      today=date.today().isoformat())]
        found = self.instructions(warnings)
        if found:
            parts.append(found)
        if context is None:
            try:
                context = self.hooks.context(message)
            except Exception as exc:  # noqa: BLE001 - learned context is optional
                context = ""
                if warnings is not None:
                    warnings.append(ErrorEvent(f"learned context unavailable: {exc}",
                                               fatal=False))
        self._context = context
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

    def run_turn(self, user_text: str, images: list[dict[str, Any]] | None = None
                 ) -> Iterator[Event]:
        """Run one user message to its answer, yielding events; always ends with `done`.
        `images` are content parts (image_url) sent with the message."""
        self._cancel.clear()
        self.messages = repair_transcript(self.messages)  # an earlier turn cut short
        session_id = self._ensure_session(user_text)
        self.turn_index += 1
        turn = Turn(session_id, self.turn_index, user_text)
        changes_before = len(self.ctx.changes)
        self._turn_start = len(self.messages)
        self.checkpoints.take(self.turn_index, user_text, len(self.messages), changes_before)
        state = _TurnState()
        content: Any = user_text if not images else \
            [{"type": "text", "text": user_text}, *images]
        try:
            self._add(turn, {"role": "user", "content": content})
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
        worked_in = set(self.worked_in)
        for step in range(1, self.config.agent.max_steps + 1):
            turn.steps = step
            self._check_cancel()
            if self.worked_in != worked_in:  # new directories: their AGENTS.md apply now
                worked_in, warnings = set(self.worked_in), []
                system = self.system_prompt(turn.user_message, warnings, self._context)
                yield from warnings
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
        """One model request; when it overflows the window, trimmed to the window the server
        names (or, if it names none, to 4/5 of what it refused, then kept) and asked again."""
        try:
            return (yield from self._stream_once(turn, state, system, schemas, budget))
        except ContextOverflow as exc:
            extra = estimate_tokens(json.dumps(schemas))
            limit = exc.limit or (estimate_tokens(system) + extra + messages_tokens(
                fit_window(system, self.messages, budget, extra))) * 4 // 5
            if limit * 0.85 >= budget:
                raise
            done = yield from self._stream_once(turn, state, system, schemas, int(limit * 0.85))
            if not exc.limit:
                self.llm.caps.learn(window=limit, window_source="refusal")
            return done

    def _stream_once(self, turn: Turn, state: _TurnState, system: str,
                     schemas: list[dict[str, Any]], budget: int
                     ) -> Generator[Event, None, Completion]:
        """One model request, streamed as events; returns the finished completion."""
        extra = estimate_tokens(json.dumps(schemas))
        if compaction.needed(system, self.messages, int(budget / 0.85), extra) \
                and self._compactable():
            yield from self._auto_compact(turn, system, budget)
        window = fit_window(system, self.messages, budget, extra)
        completion: Completion | None = None
        state.partial = []
        for ev in self._request([{"role": "system", "content": system}, *window], schemas):
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

    def _compactable(self) -> bool:
        """Is there anything before the running turn but a summary to compact?"""
        start = self._turn_start
        return start > 2 or (start > 0 and not transcript.is_summary(self.messages[0]))

    def _auto_compact(self, turn: Turn, system: str, budget: int) -> Iterator[Event]:
        """Near the window: summarise the turns before this one instead of dropping them;
        if the summary cannot be had, drop the oldest turns for this request and say so."""
        try:
            done = self._compact(self._turn_start)
        except GcodeError as exc:
            kept = fit_window(system, self.messages, budget)
            yield ErrorEvent(f"could not compact the conversation ({exc.message}); the "
                             f"{len(self.messages) - len(kept)} oldest messages are left out "
                             "of this request", fatal=False)
            return
        turn.usage = turn.usage + done.usage  # the summary's request is part of this turn
        yield CompactionEvent(done.summary, done.messages, done.tokens_before,
                              done.tokens_after, automatic=True)

    def _request(self, messages: list[dict[str, Any]], schemas: list[dict[str, Any]]
                 ) -> Iterator[Any]:
        """The model's stream; a server refusing images becomes one clear error, and the
        images leave the conversation (gcode.vision)."""
        try:
            yield from self.llm.stream_chat(messages, schemas)
        except GcodeError as exc:
            refused = vision.refusal(exc, self.llm.model, self.messages)
            if refused is None:
                raise
            raise refused from None

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
        folder = instructions.folder_of(self.root, arguments) if not result.is_error else None
        if folder:
            self.worked_in.add(folder)
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
