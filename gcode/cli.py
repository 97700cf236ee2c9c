"""The `gcode` command line. Thin: parse, call, render.

Every command imports what it needs inside its body, so `gcode learn show`
never pays for openai or prompt_toolkit. A GcodeError becomes one line on
stderr and a non-zero exit; any other exception is a bug, shown in full only
with --debug (or GCODE_DEBUG=1): gcode.cli_guard.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

import typer

from gcode import __version__
from gcode.cli_common import state, workspace

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
    from gcode.cli_guard import check_arguments, finish, guarded
    from gcode.headless import rewrite_args

    args = rewrite_args(args, _command_names())

    def call() -> object:
        check_arguments(args)
        # Without standalone mode, a `typer.Exit(n)` comes back as the return value.
        return app(args=args, prog_name="gcode", standalone_mode=False)

    try:
        return guarded(call, abort=(typer.Abort,))
    finally:
        finish()


def _command_names() -> set[str]:
    names = {c.name or (c.callback.__name__.replace("_", "-") if c.callback else "")
             for c in app.registered_commands}
    return {n for n in names if n} | {g.name for g in app.registered_groups if g.name}


