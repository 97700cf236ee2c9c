"""What a tool is, what it runs with, and how one call is executed safely.

Every tool failure becomes a result the model can read and react to (a missing
file, a refused command, bad arguments); only the user's Ctrl-C escapes. Paths
are confined to the repository here, once, so no tool can forget to check.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gcode.turn import Change

if TYPE_CHECKING:
    from gcode.config import Config
    from gcode.sandbox import Sandbox
    from gcode.tools.approval import Approver, Decision

# Refuse to touch git's own directory: hooks and config there run code on the next git command,
# which would let an "edit" smuggle in a shell command the user never approved.
PROTECTED_DIRS = (".git",)


class ToolError(Exception):
    """A failure the model should see as the tool's result (marked as an error)."""


@dataclass
class ToolContext:
    root: Path
    config: Config
    approver: Approver
    changes: list[Change] = field(default_factory=list)
    sandbox: Sandbox | None = None  # found on the first shell command (gcode.tools.shell)

    def __post_init__(self) -> None:
        self.root = Path(os.path.realpath(self.root))

    def resolve(self, path: str, *, write: bool = False) -> Path:
        """The real path of `path` (relative to the root, or absolute), refused if outside it.

        Symlinks are followed before the check, so a link pointing out of the repository
        is refused like `../` or an absolute path elsewhere.
        """
        if not isinstance(path, str) or not path.strip():
            raise ToolError("path is empty; give a path relative to the repository root")
        if "\0" in path:
            raise ToolError("path contains a NUL byte")
        candidate = Path(path) if os.path.isabs(path) else self.root / path
        real = Path(os.path.realpath(candidate))
        if real != self.root and self.root not in real.parents:
            raise ToolError(f"refused: {path!r} is outside the repository ({self.root}); "
                            "only files inside the repository can be used")
        rel = real.relative_to(self.root)
        if rel.parts and rel.parts[0] in PROTECTED_DIRS:
            raise ToolError(f"refused: {path!r} is inside {rel.parts[0]}/, which gcode does "
                            "not read or change; use git_status / git_diff")
        if write and real == self.root:
            raise ToolError(f"refused: {path!r} is the repository root, not a file")
        return real

    def rel(self, path: Path) -> str:
        """`path` relative to the root, as the model should see it."""
        try:
            return path.relative_to(self.root).as_posix() or "."
        except ValueError:
            return str(path)

    def record_change(self, path: Path, before: str | None, after: str) -> None:
        self.changes.append(Change(self.rel(path), before, after))


@dataclass
class ToolOutput:
    """What a tool returns when it has more to say than text: a command's exit code."""

    text: str
    exit_code: int | None = None
    timed_out: bool = False
    sandboxed: bool = False
    sandbox_blocked: bool = False  # the sandbox refused what the command tried


@dataclass
class Tool:
    name: str
    description: str
    parameters: dict[str, Any]  # JSON schema of the arguments object
    run: Callable[[dict[str, Any], ToolContext], str | ToolOutput]
    action: str | None = None  # None (read-only), "edit", "shell" or "mcp": its approval
    # (summary, detail, pattern_key) shown when asking for approval; computing it may raise
    # ToolError (e.g. the edit does not apply), which then never bothers the user.
    preview: Callable[[dict[str, Any], ToolContext], tuple[str, str, str]] | None = None
    # The approval to ask for when it depends on the context (a shell command with no sandbox
    # to run in needs "unsandboxed"); None: `action`.
    approval_action: Callable[[ToolContext], str] | None = None


@dataclass
class ToolResult:
    content: str
    is_error: bool = False
    decision: Decision | None = None  # set when approval was checked
    exit_code: int | None = None
    timed_out: bool = False
    sandboxed: bool = False
    sandbox_blocked: bool = False
    duration: float = 0.0
    changed_paths: list[str] = field(default_factory=list)


def openai_schema(tool: Tool) -> dict[str, Any]:
    """The entry for this tool in Chat Completions' `tools=` parameter."""
    return {
        "type": "function",
        "function": {"name": tool.name, "description": tool.description,
                     "parameters": tool.parameters},
    }


_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,), "integer": (int,), "number": (int, float), "boolean": (bool,),
    "array": (list,), "object": (dict,),
}


def check_arguments(tool: Tool, args: Any) -> dict[str, Any]:
    """Validate the top level of the arguments against the schema, with a message a model
    can act on (the full JSON-schema language is not needed for our flat schemas)."""
    if not isinstance(args, dict):
        raise ToolError(f"arguments for {tool.name} must be a JSON object, "
                        f"got {type(args).__name__}")
    props = tool.parameters.get("properties", {})
    missing = [k for k in tool.parameters.get("required", []) if args.get(k) is None]
    if missing:
        raise ToolError(f"missing required argument(s) for {tool.name}: {', '.join(missing)}")
    for key, value in args.items():
        spec = props.get(key)
        if spec is None:
            if tool.parameters.get("additionalProperties") is False:
                raise ToolError(f"unknown argument {key!r} for {tool.name}; "
                                f"expected: {', '.join(props)}")
            continue
        expected = spec.get("type")
        if value is None or expected not in _JSON_TYPES:
            continue
        ok = isinstance(value, _JSON_TYPES[expected])
        if expected in ("integer", "number") and isinstance(value, bool):
            ok = False
        if expected == "integer" and isinstance(value, float) and value.is_integer():
            args[key], ok = int(value), True
        if not ok:
            raise ToolError(f"argument {key!r} of {tool.name} must be {expected}, "
                            f"got {type(value).__name__} {json.dumps(value)[:80]}")
    return args


def cap_output(text: str, limit: int) -> str:
    """Keep the head and the tail of a long output: errors tend to be at the end."""
    if limit <= 0 or len(text) <= limit:
        return text
    head = limit * 2 // 5
    tail = limit - head
    dropped = len(text) - head - tail
    return (f"{text[:head]}\n\n[... {dropped} characters omitted ...]\n\n{text[-tail:]}")


def execute(tool: Tool, raw_arguments: str | dict[str, Any], ctx: ToolContext) -> ToolResult:
    """Parse, validate, approve and run one tool call; every failure becomes an error result."""
    started = time.monotonic()
    changes_before = len(ctx.changes)
    result = _execute(tool, raw_arguments, ctx)
    result.duration = round(time.monotonic() - started, 3)
    result.changed_paths = list(dict.fromkeys(c.path for c in ctx.changes[changes_before:]))
    return result


def _execute(tool: Tool, raw_arguments: str | dict[str, Any], ctx: ToolContext) -> ToolResult:
    decision = None
    try:
        if isinstance(raw_arguments, dict):
            args: Any = raw_arguments
        else:
            try:
                args = json.loads(raw_arguments) if raw_arguments.strip() else {}
            except ValueError as exc:
                raise ToolError(f"the arguments for {tool.name} are not valid JSON ({exc}); "
                                "call the tool again with a JSON object matching its schema"
                                ) from None
        args = check_arguments(tool, args)
        if tool.action:
            if tool.preview:
                summary, detail, key = tool.preview(args, ctx)
            else:
                summary, detail, key = f"{tool.name}", json.dumps(args, indent=2), tool.name
            action = tool.approval_action(ctx) if tool.approval_action else tool.action
            decision = ctx.approver.check(action, summary, detail, key)
            if not decision.allowed:
                raise ToolError(f"not approved: {decision.reason}")
        output = tool.run(args, ctx)
        if not isinstance(output, ToolOutput):
            output = ToolOutput(output)
        return ToolResult(cap_output(output.text, ctx.config.agent.max_output_chars), False,
                          decision, output.exit_code, output.timed_out, output.sandboxed,
                          output.sandbox_blocked)
    except ToolError as exc:
        return ToolResult(str(exc), True, decision)
    except Exception as exc:  # noqa: BLE001 - a tool bug must not end the session
        return ToolResult(f"internal error in tool {tool.name}: {type(exc).__name__}: {exc}",
                          True, decision)


def read_text(path: Path, what: str = "") -> str:
    """A file's text, refusing directories, binaries and non-UTF-8 with a clear message."""
    label = what or path.name
    if path.is_dir():
        raise ToolError(f"{label} is a directory; use list_files to see what it contains")
    if not path.exists():
        raise ToolError(f"{label} does not exist")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ToolError(f"cannot read {label}: {exc.strerror}") from None
    return decode_text(data, label)


def decode_text(data: bytes, label: str) -> str:
    """A file's bytes as text, refusing binaries and non-UTF-8 with a clear message."""
    if b"\0" in data[:8192]:
        raise ToolError(f"{label} is a binary file; gcode only reads text files")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise ToolError(f"{label} is not UTF-8 text; gcode only reads text files") from None
