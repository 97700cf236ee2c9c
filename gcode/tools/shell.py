"""`run_shell`: one command in the repository root, bounded in time and in output.

The command gets its own process group so a timeout or Ctrl-C kills everything it
started, and no stdin so an unexpected prompt fails instead of hanging the run.
The environment is passed through unchanged apart from pagers and git prompts being
turned off; gcode adds no credentials of its own.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from typing import Any

from gcode.tools.approval import shell_pattern
from gcode.tools.base import Tool, ToolContext, ToolError, ToolOutput, cap_output

_ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07]*\x07")
_QUIET_ENV = {"PAGER": "cat", "GIT_PAGER": "cat", "GIT_TERMINAL_PROMPT": "0",
              "GIT_EDITOR": "true", "EDITOR": "true"}


def _kill(proc: subprocess.Popen[bytes]) -> None:
    try:
        if sys.platform != "win32":
            os.killpg(proc.pid, signal.SIGKILL)
        else:  # pragma: no cover
            proc.kill()
    except (ProcessLookupError, PermissionError):
        pass


def run_command(command: str, cwd: str, timeout: float) -> tuple[int | None, str]:
    """(exit code or None on timeout, combined stdout+stderr)."""
    shell = "/bin/bash" if os.path.exists("/bin/bash") else None
    try:
        proc = subprocess.Popen(
            command, shell=True, executable=shell, cwd=cwd, stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
            env={**os.environ, **_QUIET_ENV}, start_new_session=True,
        )
    except OSError as exc:
        raise ToolError(f"cannot start the shell: {exc.strerror}") from None
    try:
        out, _ = proc.communicate(timeout=timeout)
        code: int | None = proc.returncode
    except subprocess.TimeoutExpired:
        _kill(proc)
        try:
            out, _ = proc.communicate(timeout=5)
        except subprocess.TimeoutExpired:  # a grandchild escaped the group and holds the pipe
            out = b""
        code = None
    except BaseException:  # Ctrl-C: take the command down with us
        _kill(proc)
        proc.wait()
        raise
    return code, _ANSI.sub("", (out or b"").decode("utf-8", "replace"))


def _run_shell(args: dict[str, Any], ctx: ToolContext) -> ToolOutput:
    command = args["command"]
    if not command.strip():
        raise ToolError("command is empty")
    limit = ctx.config.agent.shell_timeout
    timeout = float(args.get("timeout") or limit)
    if timeout <= 0:
        raise ToolError("timeout must be a positive number of seconds")
    timeout = min(timeout, limit)
    code, output = run_command(command, str(ctx.root), timeout)
    # Leave room for the status line so the cap in execute() never cuts the tail again.
    output = cap_output(output.rstrip("\n"), max(ctx.config.agent.max_output_chars - 100, 100))
    if code is None:
        status = f"timed out after {timeout:g}s (killed)"
    else:
        status = f"exit code: {code}"
    text = f"{status}\n{output}" if output else f"{status}\n(no output)"
    return ToolOutput(text, exit_code=code, timed_out=code is None)


def _preview(args: dict[str, Any], ctx: ToolContext) -> tuple[str, str, str]:
    command = args["command"]
    if not command.strip():
        raise ToolError("command is empty")
    first = command.strip().splitlines()[0]
    summary = first if len(first) <= 120 and "\n" not in command.strip() else first[:117] + "…"
    return summary, command, shell_pattern(command)


RUN_SHELL = Tool(
    name="run_shell",
    description=("Run a shell command (bash) in the repository root and return its exit code "
                 "and combined stdout/stderr (long output keeps the head and tail). No stdin: "
                 "interactive commands fail. Use for tests, builds, linters and git queries."),
    parameters={
        "type": "object",
        "properties": {
            "command": {"type": "string", "description": "The command line to run."},
            "timeout": {"type": "number", "description": "Seconds before it is killed "
                        "(capped by the configured shell timeout)."},
        },
        "required": ["command"],
    },
    run=_run_shell,
    action="shell",
    preview=_preview,
)
