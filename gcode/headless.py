"""Headless habits from other agents: `gcode "task"`, `gcode -p`, piped stdin, one JSON result.

- `gcode -p PROMPT` / `gcode --print PROMPT` is `gcode run PROMPT`;
- `gcode "PROMPT"` (a first argument that is no command) opens the chat with that message;
- `git diff | gcode run "review this diff"`: what is piped in is added to the prompt;
- `--output-format json`: one object at the end (answer, session, usage, tool calls, exit
  status) for scripts, instead of text or a stream of events.
"""

from __future__ import annotations

import difflib
import json
import os
import select
import stat
import sys
from typing import IO, Any

from gcode.turn import (
    ApprovalEvent,
    DoneEvent,
    Event,
    SessionEvent,
    ToolCallEvent,
    ToolResultEvent,
)

MAX_STDIN_CHARS = 200_000
STDIN_NOTICE_AFTER = 3.0  # seconds of silence on a piped stdin before saying what gcode waits for
GLOBAL_VALUE_OPTIONS = ("--db",)
GLOBAL_FLAGS = ("--debug",)


def rewrite_args(args: list[str], commands: set[str]) -> list[str]:
    """The command line with the aliases spelled out: `-p X` is `run X`, and a first argument
    that is not a command (nor an option, nor a near-typo of a command) is a chat prompt."""
    i = 0
    while i < len(args):  # global options come first: `gcode --db x.db -p "..."`
        if args[i] in GLOBAL_FLAGS or any(args[i].startswith(o + "=")
                                          for o in GLOBAL_VALUE_OPTIONS):
            i += 1
        elif args[i] in GLOBAL_VALUE_OPTIONS:
            i += 2
        else:
            break
    head, rest = args[:i], args[i:]
    if not rest:
        return args
    first = rest[0]
    if first in ("-p", "--print"):
        return [*head, "run", *rest[1:]]
    if first.startswith("--print="):
        return [*head, "run", first.split("=", 1)[1], *rest[1:]]
    if first.startswith("-") or first in commands:
        return args
    try:
        first.encode("utf-8")
    except UnicodeEncodeError:  # bytes that are not text: the command line says so as it is
        return args
    if not any(c.isspace() for c in first) and difflib.get_close_matches(first, commands, n=1,
                                                                        cutoff=0.75):
        return args  # `gcode lern show`: a typo Typer explains better than a chat would
    from gcode.redact import redact

    if redact(first) != first:  # a pasted key is a mistake, not a message for the model
        return args
    return [*head, "chat", "--message", first, *rest[1:]]


def piped_stdin(stream: IO[str] | None = None, err: IO[str] | None = None) -> str | None:
    """What is piped into gcode (a pipe or a redirected file), None when stdin is a terminal
    or something else (/dev/null, closed). Waits for the writer to finish: after a few silent
    seconds it says once on stderr what it waits for."""
    stream = stream or sys.stdin
    try:
        fd = stream.fileno()
        mode = os.fstat(fd).st_mode
    except (OSError, ValueError, AttributeError):
        return None
    if stream.isatty() or not (stat.S_ISFIFO(mode) or stat.S_ISREG(mode) or
                               stat.S_ISSOCK(mode)):
        return None
    if not stat.S_ISREG(mode):
        try:
            ready, _, _ = select.select([fd], [], [], STDIN_NOTICE_AFTER)
        except (OSError, ValueError):
            ready = [fd]
        if not ready:
            print("gcode: reading what is piped in on stdin (close it, or run with "
                  "< /dev/null to send nothing)", file=err or sys.stderr, flush=True)
    data = stream.read(MAX_STDIN_CHARS + 1)
    if len(data) > MAX_STDIN_CHARS:
        data = data[:MAX_STDIN_CHARS] + \
            f"\n[... truncated: only the first {MAX_STDIN_CHARS} characters were read ...]"
    return data


def with_stdin(prompt: str, data: str | None) -> str:
    """The prompt, then what was piped in as context the model can tell apart."""
    if not data or not data.strip():
        return prompt
    return f"{prompt.rstrip()}\n\n<stdin>\n{data.rstrip(chr(10))}\n</stdin>"


class ResultRenderer:
    """`--output-format json`: nothing while the turn runs, one object when it is over."""

    def __init__(self, out: IO[str] | None = None) -> None:
        self.out = out or sys.stdout
        self.result: dict[str, Any] = {
            "type": "result", "answer": "", "session_id": None, "model": None, "repo": None,
            "usage": {"prompt_tokens": 0, "completion_tokens": 0}, "tool_calls": [],
            "steps": 0, "cancelled": False, "error": None, "exit_status": None}
        self._calls: dict[str, dict[str, Any]] = {}

    def handle(self, event: Event) -> None:
        r = self.result
        if isinstance(event, SessionEvent):
            r.update(session_id=event.session_id, model=event.model, repo=event.repo)
        elif isinstance(event, ToolCallEvent):
            call = {"id": event.id, "name": event.name, "arguments": event.arguments,
                    "approved": None, "is_error": None}
            self._calls[event.id] = call
            r["tool_calls"].append(call)
        elif isinstance(event, ApprovalEvent) and event.id in self._calls:
            self._calls[event.id]["approved"] = event.allowed
        elif isinstance(event, ToolResultEvent) and event.id in self._calls:
            self._calls[event.id]["is_error"] = event.is_error
        elif isinstance(event, DoneEvent):
            r.update(answer=event.final_text, session_id=event.session_id, steps=event.steps,
                     cancelled=event.cancelled, error=event.error,
                     usage={"prompt_tokens": event.prompt_tokens,
                            "completion_tokens": event.completion_tokens})

    def close(self) -> None:
        return None

    def finish(self, exit_status: int, error: str | None = None) -> None:
        """Print the one object: how the run ended, with the exit status gcode returns."""
        self.result["exit_status"] = exit_status
        if error and not self.result["error"]:
            self.result["error"] = error
        self.out.write(json.dumps(self.result, ensure_ascii=False, default=str) + "\n")
        self.out.flush()
