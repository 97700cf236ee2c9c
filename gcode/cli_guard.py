"""Every command's last line of defence: what reaches the top becomes one line and an exit code.

A GcodeError is one line on stderr and its exit code; a command-line mistake one line with a
hint; the environment's faults (a full disk, a locked database, bytes that are not text) one
clear line; any other exception is a bug, shown in full only with --debug (or GCODE_DEBUG=1).
Kept apart from gcode.cli (the Typer app) so that `gcode context` can run without building
that app (gcode.cli_fast) and fail exactly as it does through it.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import Any

from gcode.cli_common import show_notices, state
from gcode.errors import GcodeError


def guarded(call: Callable[[], object], abort: tuple[type[BaseException], ...] = ()) -> int:
    """Run a command; its exit code (an int it returns, else 0), errors as one line each.
    `abort`: the exceptions that mean the user declined a prompt (Typer's Abort)."""
    try:
        rv = call()
        return rv if isinstance(rv, int) and not isinstance(rv, bool) else 0
    except GcodeError as exc:
        show_notices(besides=exc.one_line())  # before the error: the last line read
        if state["debug"]:
            import traceback

            traceback.print_exc()
        _error_line(f"gcode: error: {exc.one_line()}")
        return exc.exit_code
    except abort:
        print("gcode: aborted", file=sys.stderr)
        return 130
    except KeyboardInterrupt:
        print("gcode: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `gcode learn show | head`: the reader has all it wanted
        _quiet_stdout()
        return 0
    except Exception as exc:  # last line of defence: one line unless --debug
        if hasattr(exc, "format_message") and isinstance(getattr(exc, "exit_code", None), int):
            return _usage_error(exc)
        if state["debug"] or os.environ.get("GCODE_DEBUG"):
            raise
        mapped = environmental(exc)
        if mapped is not None:  # the machine's fault, not a bug: say what to do
            show_notices(besides=mapped.one_line())
            _error_line(f"gcode: error: {mapped.one_line()}")
            return mapped.exit_code
        _error_line(f"gcode: internal error: {type(exc).__name__}: {exc} "
                    f"(re-run with --debug for details and please report it)")
        return 70


def finish() -> None:
    """After any command: whatever its lower layers left unsaid, then no workspace kept."""
    try:
        show_notices()
    except OSError:
        pass
    state["workspaces"].clear()
    state.pop("notices_shown", None)


def check_arguments(args: list[str]) -> None:
    """Every argument must be text: bytes that are not UTF-8 (`$'\\xff'`) arrive as lone
    surrogates that SQLite, JSON and the terminal all refuse, each in its own way."""
    for number, arg in enumerate(args, start=1):
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError as exc:
            raw = arg.encode("utf-8", "surrogateescape")
            shown = raw.decode("utf-8", "backslashreplace")
            raise GcodeError(
                f"argument {number} is not valid UTF-8 (byte 0x{raw[exc.start]:02x} in "
                f"{shown!r}); nothing was done",
                hint="pass text and paths in UTF-8, and use a UTF-8 locale (e.g. "
                     "LANG=C.UTF-8)") from None


def environmental(exc: BaseException) -> GcodeError | None:
    """The environment's failures that reached the top (a full disk or a long path in some
    command's own file handling, a locked or damaged database outside a write, bad bytes)
    as one clear line; None for a real bug."""
    from gcode.db_guard import describe_error, is_sqlite_error
    from gcode.errors import os_error, unicode_error

    if isinstance(exc, UnicodeError):
        return unicode_error(exc)
    if isinstance(exc, OSError):
        return os_error(exc)
    if is_sqlite_error(exc):
        paths = [ws.__dict__["db"].path for ws in state["workspaces"] if "db" in ws.__dict__]
        return describe_error(exc, paths[0] if paths else None)
    return None


def _error_line(line: str) -> None:
    """Print an error line with secrets redacted: messages may quote what the user typed
    (a pasted key as an unknown option, a token in a URL)."""
    from gcode.redact import redact
    from gcode.term_safe import clean

    print(clean(redact(line)), file=sys.stderr)


def _usage_error(exc: Any) -> int:
    """A command-line mistake (unknown command or option, missing or bad argument) as one
    line with a hint. Typer >= 0.2x raises its own copy of click's exceptions, older typer
    click's: both have `format_message()` and `exit_code`."""
    ctx = getattr(exc, "ctx", None)
    if type(exc).__name__ == "NoArgsIsHelpError":  # a bare `gcode` or `gcode learn`: the help
        try:
            print(exc.format_message(), flush=True)
        except BrokenPipeError:  # `gcode | head`
            _quiet_stdout()
        return 0
    command = ctx.command_path if ctx is not None else "gcode"
    _error_line(f"gcode: error: {exc.format_message()} — see `{command} --help`")
    return int(exc.exit_code)


def _quiet_stdout() -> None:
    """After a broken pipe, point stdout at /dev/null so the final flush at exit is silent."""
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError):
        pass
