"""`run_shell`: one command in the repository root, bounded in time and in output.

The command gets its own process group so a timeout or Ctrl-C kills everything it
started, and no stdin so an unexpected prompt fails instead of hanging the run. It runs in
the OS sandbox `[agent] sandbox` asks for (gcode.sandbox); when the sandbox seems to have
stopped it, the model is told so, and only the user can let it run again outside. With no
sandbox to be had, every command is an "unsandboxed" approval. The environment is the
user's minus the credentials gcode knows (gcode.sandbox.env), with pagers and git prompts
turned off.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from collections.abc import Mapping
from typing import Any

from gcode.errors import GcodeError
from gcode.sandbox import Sandbox, for_config
from gcode.sandbox.denial import explain
from gcode.sandbox.env import QUIET, command_env
from gcode.tools.approval import UNSANDBOXED, shell_pattern
from gcode.tools.base import Tool, ToolContext, ToolError, ToolOutput, cap_output

_ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07]*\x07")


def _kill(proc: subprocess.Popen[bytes]) -> None:
    try:
        if sys.platform != "win32":
            os.killpg(proc.pid, signal.SIGKILL)
        else:  # pragma: no cover
            proc.kill()
    except (ProcessLookupError, PermissionError):
        pass


def run_command(command: str, cwd: str, timeout: float, *, sandbox: Sandbox | None = None,
                env: Mapping[str, str] | None = None) -> tuple[int | None, str]:
    """(exit code or None on timeout, combined stdout+stderr), inside `sandbox` if given."""
    shell = "/bin/bash" if os.path.exists("/bin/bash") else "/bin/sh"
    argv, preexec = [shell, "-c", command], None
    if sandbox is not None:
        argv, preexec = sandbox.wrap(argv)
    try:
        proc = subprocess.Popen(
            argv, cwd=cwd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT, env=dict(env) if env is not None else {**os.environ, **QUIET},
            start_new_session=True, preexec_fn=preexec,
        )
    except subprocess.SubprocessError as exc:  # the sandbox could not be set up in the child
        raise ToolError(f"the sandbox refused to start the command ({exc}); gcode doctor "
                        "shows which sandbox is in use") from None
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
    box = sandbox_of(ctx)
    env = command_env(os.environ, ctx.config.model.api_key)
    if not box.active:  # "off", or none here and the user approved this one command
        code, output = run_command(command, str(ctx.root), timeout, env=env)
        return _result(ctx, code, output, timeout)
    code, output = run_command(command, str(ctx.root), timeout, sandbox=box, env=env)
    blocked = explain(output, box.policy) if code not in (0, None) else None
    if blocked is None:
        return _result(ctx, code, output, timeout, sandboxed=True)
    what = (f"[sandbox] This looks like gcode's sandbox, not a fault of the command: {blocked}. "
            f"Commands run in the {box.policy.mode} sandbox ({box.backend}): "
            f"{box.policy.allowance()}.")
    decision = ctx.approver.check(UNSANDBOXED, f"re-run outside the sandbox: {_summary(command)}",
                                  command, "")
    if not decision.allowed:
        note = (f"{what} It was not re-run outside the sandbox: {decision.reason}. Do not try to "
                "get around the sandbox; work inside the writable paths, or tell the user what "
                "has to run outside it and why.")
        result = _result(ctx, code, output, timeout, sandboxed=True, note=note)
        result.sandbox_blocked = True
        return result
    code, output = run_command(command, str(ctx.root), timeout, env=env)
    note = f"{what} The user approved running it again outside the sandbox; this is that run."
    return _result(ctx, code, output, timeout, note=note)


def sandbox_of(ctx: ToolContext) -> Sandbox:
    """The session's sandbox, found once (the probes run a command or two)."""
    if ctx.sandbox is None:
        try:
            ctx.sandbox = for_config(ctx.config.agent, ctx.root)
        except GcodeError as exc:
            raise ToolError(f"{exc.message} ({exc.hint})" if exc.hint else exc.message) from None
    return ctx.sandbox


def _result(ctx: ToolContext, code: int | None, output: str, timeout: float, *,
            sandboxed: bool = False, note: str = "") -> ToolOutput:
    # Leave room for the status line (and the note) so the cap in execute() never cuts the tail.
    room = max(ctx.config.agent.max_output_chars - 100 - len(note), 100)
    output = cap_output(output.rstrip("\n"), room)
    if code is None:
        status = f"timed out after {timeout:g}s (killed)"
    else:
        status = f"exit code: {code}"
    text = f"{status}\n{output}" if output else f"{status}\n(no output)"
    if note:
        text += f"\n\n{note}"
    return ToolOutput(text, exit_code=code, timed_out=code is None, sandboxed=sandboxed)


def _approval(ctx: ToolContext) -> str:
    """Plain "shell", or "unsandboxed" when a sandbox is wanted and none can be had here."""
    return UNSANDBOXED if sandbox_of(ctx).missing else "shell"


def _summary(command: str) -> str:
    first = command.strip().splitlines()[0]
    return first if len(first) <= 120 and "\n" not in command.strip() else first[:117] + "…"


def _preview(args: dict[str, Any], ctx: ToolContext) -> tuple[str, str, str]:
    command = args["command"]
    if not command.strip():
        raise ToolError("command is empty")
    return _summary(command), command, shell_pattern(command)


RUN_SHELL = Tool(
    name="run_shell",
    description=("Run a shell command (bash) in the repository root and return its exit code "
                 "and combined stdout/stderr (long output keeps the head and tail). No stdin: "
                 "interactive commands fail. Use for tests, builds, linters and git queries. "
                 "It normally runs sandboxed: writes only inside the repository and the temp "
                 "dir, no network; a result marked [sandbox] was blocked by that."),
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
    approval_action=_approval,
)
