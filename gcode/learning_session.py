"""The learning side of one agent session, shared by `gcode run` and `gcode chat`.

At the start: import the committed team file if it changed, then build the
learning machine that plugs into the agent as its hooks. At the end: wait for
background learning to be committed (the user never waits for it during a
turn, but it must not be lost at exit), report what went wrong in one line
each, and export the team file if team learnings changed.
"""

from __future__ import annotations

from typing import Any

from gcode.ui import warn


def start(ws: Any, llm: Any) -> Any:
    """The LearningMachine for this session (after importing teammates' learnings)."""
    from gcode.learning import LearningMachine
    from gcode.sync import auto_import

    auto_import(ws)  # never raises: a broken team file must not stop the agent
    return LearningMachine.from_workspace(ws, llm_factory=lambda: llm)


def finish(ws: Any, machine: Any) -> None:
    """Commit background learning, surface its errors, export team learnings if changed."""
    if machine is None:
        return
    machine.flush()
    for problem in machine.errors:
        warn(problem)
    machine.errors.clear()
    if machine.proposals_made:
        count = len(machine.pending())
        if count:
            warn(f"{count} proposed learning(s) await review: `gcode learn show --pending`, "
                 "then `gcode learn accept ID` or `gcode learn reject ID`")
        machine.proposals_made = False
    if machine.team_changed:
        from gcode.sync import auto_export

        auto_export(ws)  # never raises; refusals become warnings
        machine.team_changed = False
