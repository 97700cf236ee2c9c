"""`gcode context` without the Typer app: the command CI runs on every job (issue 16).

Building the Typer app and its option adapters (pydantic) costs more than the command
itself (~0.15 s of a 0.4 s run), so the console script answers a plain, well-formed
`gcode context` here: the same function (gcode.context_cmd.show_context), the same global
flags, the same error handling (gcode.cli_guard). Whatever is not plainly well formed (help,
an unknown or repeated option, a missing or odd value, a budget Typer would refuse, a value
that starts with '-') is left to the Typer app, which says what is wrong exactly as before:
this parser only ever accepts what Typer accepts, and reads it the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

# option -> the show_context parameter it sets (each takes one value)
_VALUES = {"--format": "fmt", "-f": "fmt", "--output": "output", "-o": "output",
           "--message": "message", "-m": "message", "--budget": "budget"}
_LONG = ("--format", "--output", "--message", "--budget")  # these may be `--name=value`
_BUDGET = re.compile(r"[1-9][0-9]{1,8}\Z")  # what Typer reads as that int (min 50, below)


@dataclass
class ContextCall:
    """A `gcode context` command line, read as the Typer app reads it."""

    debug: bool = False
    db: Path | None = None
    options: dict[str, object] = field(default_factory=dict)


def parse(args: list[str]) -> ContextCall | None:
    """The call `args` make, or None when the Typer app should read them."""
    call = ContextCall()
    i = 0
    while i < len(args) and args[i] != "context":  # global options come first
        arg = args[i]
        if arg == "--debug":
            call.debug = True
        elif (arg == "--db" or arg.startswith("--db=")) and call.db is None:
            if arg == "--db":
                i += 1
                if i == len(args):
                    return None
            call.db = _path(args[i] if arg == "--db" else arg[len("--db="):])
            if call.db is None:
                return None
        else:
            return None
        i += 1
    if i == len(args):
        return None
    rest = args[i + 1:]
    j = 0
    while j < len(rest):
        arg = rest[j]
        name, value = arg, None
        if arg.startswith(_LONG) and "=" in arg:
            name, value = arg.split("=", 1)
        if name == "--json" and value is None:
            call.options["as_json"] = True
        elif name in _VALUES and _VALUES[name] not in call.options:
            if value is None:
                j += 1
                if j == len(rest):
                    return None
                value = rest[j]
            parsed = _value(_VALUES[name], value)
            if parsed is None:
                return None
            call.options[_VALUES[name]] = parsed
        else:
            return None
        j += 1
    return call


def _path(value: str) -> Path | None:
    return Path(value) if value and not value.startswith("-") else None


def _value(param: str, value: str) -> object | None:
    if value.startswith("-"):
        return None
    if param == "output":
        return _path(value)
    if param == "budget":
        return int(value) if _BUDGET.match(value) and int(value) >= 50 else None
    return value


def run(args: list[str]) -> int | None:
    """Run `gcode context` from `args`; None when they are for the Typer app."""
    call = parse(args)
    if call is None:
        return None
    import os

    from gcode.cli_common import state
    from gcode.cli_guard import check_arguments, finish, guarded
    from gcode.context_cmd import show_context

    def command() -> None:
        check_arguments(args)
        state["debug"] = call.debug or bool(os.environ.get("GCODE_DEBUG"))
        if call.db is not None:
            state["flags"]["database.path"] = str(call.db)
        show_context(**call.options)  # type: ignore[arg-type]

    try:
        return guarded(command)
    finally:
        finish()
