"""What every command module shares: the global flags and the workspace they shape.

Kept apart from gcode.cli so the command modules can use it without importing the
app that registers them (no import cycle).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from gcode.team_file import BadLine
    from gcode.workspace import Workspace

# Set by the app's callback: --debug, and flags such as --db that every workspace applies.
state: dict[str, Any] = {"debug": False, "flags": {}, "workspaces": []}


def workspace(**flags: Any) -> Workspace:
    """The Workspace for this command, with global and command flags applied."""
    from gcode.workspace import Workspace

    ws = Workspace(flags={**state["flags"], **{k: v for k, v in flags.items() if v is not None}})
    state["workspaces"].append(ws)
    return ws


# "(waited 10 s)": a lock given up on twice says how long in all (gcode.db.Database.write)
_WAITED = re.compile(r" \(waited [\d.]+ s\)")


def _unwaited(line: str) -> str:
    return _WAITED.sub("", line)


def show_notices(ws: Workspace | None = None, besides: str = "") -> None:
    """Print what the layers below left in `notices` (of `ws`, or of every workspace this
    command made), each once, as `gcode: warning:` lines on stderr. `besides`: the error
    the command ends with; a notice that only repeats it (the team file's import failing
    on the same broken database) is left out: the error line says it."""
    from gcode.ui import warn

    shown: set[str] = state.setdefault("notices_shown", set())
    for each in [ws] if ws is not None else state["workspaces"]:
        while each.notices:
            notice = each.notices.pop(0)
            if besides and _unwaited(notice).endswith(_unwaited(besides)):
                continue
            if notice not in shown:  # two workspaces of one command load one config
                shown.add(notice)
                warn(notice)


def shown_path(ws: Workspace, path: Path) -> str:
    """`path` as the user sees it: relative to the repository root when inside it."""
    try:
        return path.resolve().relative_to(ws.require_repo().root.resolve()).as_posix()
    except ValueError:
        return str(path)


def warn_bad_lines(source: str, bad: list[BadLine], more: int = 0) -> None:
    """The first bad lines of a team file, then how many more (a broken file of a million
    lines is a few lines of output, not a million)."""
    from gcode.team_file import bad_line_messages
    from gcode.term_safe import clean

    for line in bad_line_messages(bad, more):
        print(clean(f"gcode: {source} {line}"), file=sys.stderr)
