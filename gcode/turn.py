"""The vocabulary every layer shares: a turn, what it streams, and what its tools did.

The agent produces these, renderers and the learning machine consume them, and
none of them needs to know about the others. `ToolRun` is the structured record
of one tool call (exit code, changed paths, approval), so a learning store never
parses a tool's output text to learn what happened.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, ClassVar, Protocol

def estimate_tokens(text: str) -> int:
    """~4 characters per token: close enough for budgeting, needs no tokenizer download."""
    return chars_to_tokens(len(text))


def chars_to_tokens(chars: int) -> int:
    return (chars + 3) // 4


# -- usage --------------------------------------------------------------------------------------


@dataclass
class Usage:
    prompt_tokens: int = 0
    completion_tokens: int = 0

    def __add__(self, other: Usage | None) -> Usage:
        if other is None:
            return Usage(self.prompt_tokens, self.completion_tokens)
        return Usage(self.prompt_tokens + other.prompt_tokens,
                     self.completion_tokens + other.completion_tokens)

    @property
    def total_tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens


# -- what one tool call did ---------------------------------------------------------------------


@dataclass
class Change:
    """One file write, so an undo can restore `before` (None: the file did not exist)."""

    path: str  # relative to the repo root, posix
    before: str | None
    after: str


@dataclass
class ToolRun:
    """One tool call and its outcome, as learning stores and the decision log read it."""

    call_id: str
    name: str
    arguments: dict[str, Any]  # {} when the model sent something that is not a JSON object
    # None (read-only), "edit", "shell" or "mcp": the tool's kind; "revert" is not a tool
    # call but /undo or /rewind putting files back (`name` says which, `changed_paths` which)
    action: str | None = None
    output: str = ""
    is_error: bool = False
    exit_code: int | None = None  # shell commands that finished; None for others and timeouts
    timed_out: bool = False
    duration: float = 0.0  # seconds
    changed_paths: list[str] = field(default_factory=list)  # repo-relative, posix
    approved: bool | None = None  # None: no approval was needed
    sandboxed: bool = False
    # It failed because the sandbox refused it (a write outside, the network): its exit code
    # says nothing about the command itself.
    sandbox_blocked: bool = False

    @property
    def refused(self) -> bool:
        return self.approved is False

    @property
    def command(self) -> str | None:
        """The command line of a shell run, else None."""
        value = self.arguments.get("command") if self.action == "shell" else None
        return value if isinstance(value, str) and value.strip() else None

    @property
    def ran(self) -> bool:
        """The tool really executed (not refused, not rejected for bad arguments)."""
        return self.approved is not False and (self.exit_code is not None or self.timed_out
                                               or not self.is_error)


# -- a finished turn ----------------------------------------------------------------------------


@dataclass
class Turn:
    """One user message and everything the model did about it, as the learning machine
    receives it once the turn has ended (also a cancelled or failed one)."""

    session_id: str
    index: int
    user_message: str
    messages: list[dict[str, Any]] = field(default_factory=list)  # user, assistant, tool
    final_text: str = ""
    usage: Usage = field(default_factory=Usage)
    error: str | None = None
    cancelled: bool = False
    steps: int = 0
    tool_runs: list[ToolRun] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)  # files written during this turn

    @property
    def healthy(self) -> bool:
        return not self.error and not self.cancelled


# -- events -------------------------------------------------------------------------------------


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
class ReasoningDelta(Event):
    """The model thinking aloud (shown dimmed, never part of the answer). `retract`: the
    answer text streamed since the last tool call was in fact this reasoning."""

    type: ClassVar[str] = "reasoning_delta"
    text: str
    retract: bool = False


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
class SessionEvent(Event):
    """Which session a run belongs to: the first event `gcode run --json` prints."""

    type: ClassVar[str] = "session"
    session_id: str
    model: str
    repo: str  # the repository root (or the directory, outside a repository)
    resumed: bool = False


@dataclass
class CompactionEvent(Event):
    """Earlier messages were replaced by a summary (by /compact, or near the window)."""

    type: ClassVar[str] = "compaction"
    summary: str
    messages: int  # how many messages the summary replaced
    tokens_before: int  # estimated tokens of the conversation before and after
    tokens_after: int
    automatic: bool


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


# -- where a session's transcript goes ----------------------------------------------------------


class SessionLog(Protocol):
    """Where the agent keeps its sessions. The agent hands over plain chat messages; the
    log decides how they are stored (and redacts them: a transcript never holds a key)."""

    def create(self, first_message: str, model: str) -> str:
        """Start a session; returns its id."""
        ...

    def open(self, reference: str) -> tuple[str, list[dict[str, Any]]]:
        """(full id, messages) of a stored session named by id or unique prefix."""
        ...

    def append(self, session_id: str, turn: int, messages: list[dict[str, Any]]) -> None: ...

    def add_usage(self, session_id: str, usage: Usage) -> None: ...

    def set_status(self, session_id: str, status: str) -> None:
        """`active`, `cancelled` or `error`: how the session's last turn ended."""
        ...
