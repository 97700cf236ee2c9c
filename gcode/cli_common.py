"""What every command module shares: the global flags and the workspace they shape.

Kept apart from gcode.cli so the command modules can use it without importing the
app that registers them (no import cycle).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from gcode.workspace import Workspace

# Set by the app's callback: --debug, and flags such as --db that every workspace applies.
state: dict[str, Any] = {"debug": False, "flags": {}, "workspaces": []}


def workspace(**flags: Any) -> Workspace:
    """The Workspace for this command, with global and command flags applied."""
    from gcode.workspace import Workspace

    ws = Workspace(flags={**state["flags"], **{k: v for k, v in flags.items() if v is not None}})
    state["workspaces"].append(ws)
    return ws


def show_notices(ws: Workspace | None = None) -> None:
    """Print what the layers below left in `notices` (of `ws`, or of every workspace this
    command made), each once, as `gcode: warning:` lines on stderr."""
    from gcode.ui import warn

    for each in [ws] if ws is not None else state["workspaces"]:
        while each.notices:
            warn(each.notices.pop(0))
