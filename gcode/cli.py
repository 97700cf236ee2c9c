"""The `gcode` command line. Thin: parse, call, render.

Every command imports what it needs inside its body, so `gcode learn show`
never pays for openai or prompt_toolkit. A GcodeError becomes one line on
stderr and a non-zero exit; any other exception is a bug, shown in full only
with --debug (or GCODE_DEBUG=1).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any, Optional

import typer

from gcode import __version__
from gcode.cli_common import show_notices, state, workspace
from gcode.errors import GcodeError

app = typer.Typer(
    name="gcode",
    help="A terminal coding agent that learns your repository and shares it with your team.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
learn_app = typer.Typer(help="See, add, search and correct what gcode has learned.",
                        no_args_is_help=True)
app.add_typer(learn_app, name="learn")



def _version(value: bool) -> None:
    if value:
        print(f"gcode {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: bool = typer.Option(False, "--version", "-V", callback=_version, is_eager=True,
                                 help="Print the version and exit."),
    debug: bool = typer.Option(False, "--debug", help="Show full tracebacks on errors."),
    db: Optional[Path] = typer.Option(None, "--db", help="Database file (default: $GCODE_DB or "
                                      "$XDG_DATA_HOME/gcode/gcode.db)."),
) -> None:
    state["debug"] = debug or bool(os.environ.get("GCODE_DEBUG"))
    if db is not None:
        state["flags"]["database.path"] = str(db)


# -- doctor -----------------------------------------------------------------------------------


@app.command()
def doctor() -> None:
    """Check the installation, database, configuration and model settings."""
    from gcode.doctor import run_checks
    from gcode.ui import escape, say

    checks = run_checks(workspace())
    width = max(len(c.name) for c in checks)
    for c in checks:
        mark = ("[green]ok[/]     " if c.ok else "[red]problem[/]" if c.required
                else "[yellow]warning[/]")
        line = f"{mark} {c.name.ljust(width)}  {escape(c.detail)}"
        if not c.ok and c.hint:
            line += f"\n{' ' * (9 + width)}  hint: {escape(c.hint)}"
        say(line)
    if not all(c.ok for c in checks if c.required):
        raise typer.Exit(1)


# Command groups defined in their own modules. Each exposes `register(app, learn_app)` and
# imports nothing heavy at module level (the list is imported on every start).
COMMAND_MODULES: list[str] = [
    "gcode.cli_learn",
    "gcode.cli_context",
    "gcode.cli_agent",
    "gcode.cli_chat",
    "gcode.cli_trust",
    "gcode.cli_mcp",
]


def _register_command_modules() -> None:
    import importlib

    for name in COMMAND_MODULES:
        importlib.import_module(name).register(app, learn_app)


_register_command_modules()


def run_app(args: list[str]) -> int:
    """Run the CLI; turn user-facing errors into one line and an exit code. `gcode -p X` and
    `gcode "X"` are spelled out first (gcode.headless)."""
    from gcode.headless import rewrite_args

    try:
        return _run(rewrite_args(args, _command_names()))
    finally:
        try:
            show_notices()  # whatever a command's lower layers left unsaid
        except OSError:
            pass
        state["workspaces"].clear()


def _command_names() -> set[str]:
    names = {c.name or (c.callback.__name__.replace("_", "-") if c.callback else "")
             for c in app.registered_commands}
    return {n for n in names if n} | {g.name for g in app.registered_groups if g.name}


def _check_arguments(args: list[str]) -> None:
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


def _run(args: list[str]) -> int:
    try:
        _check_arguments(args)
        # Without standalone mode, a `typer.Exit(n)` comes back as the return value.
        rv = app(args=args, prog_name="gcode", standalone_mode=False)
        return rv if isinstance(rv, int) and not isinstance(rv, bool) else 0
    except GcodeError as exc:
        show_notices()  # before the error line: it is the last thing the user reads
        if state["debug"]:
            import traceback

            traceback.print_exc()
        _error_line(f"gcode: error: {exc.one_line()}")
        return exc.exit_code
    except typer.Abort:
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
            show_notices()
            _error_line(f"gcode: error: {mapped.one_line()}")
            return mapped.exit_code
        _error_line(f"gcode: internal error: {type(exc).__name__}: {exc} "
                    f"(re-run with --debug for details and please report it)")
        return 70


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
