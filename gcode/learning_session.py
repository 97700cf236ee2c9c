"""The learning side of one agent session, shared by `gcode run` and `gcode chat`.

At the start: import the committed team file if it changed, then build the
learning machine that plugs into the agent as its hooks (it picks up, in the background,
statements a killed session left unextracted). At the end: extract what waits for a
batch and wait for background learning to be committed (the user never waits for it during a
turn, but it must not be lost at exit), turn what went wrong into notices, and
export the team file if team learnings changed. Nothing here prints: problems
go to `ws.notices` for the terminal layer to show.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from gcode.learning import LearningMachine
    from gcode.workspace import Workspace


def start(ws: Workspace, llm_factory: Callable[[], Any] | None) -> LearningMachine:
    """The LearningMachine for this session (after importing teammates' learnings)."""
    from gcode.learning import LearningMachine
    from gcode.sync import auto_import

    auto_import(ws)  # never raises: a broken team file must not stop the agent
    machine = LearningMachine.from_workspace(ws, llm_factory=llm_factory)
    machine.catch_up()  # in the background: what a killed session stated, from its transcript
    machine.fill_vectors()  # and search vectors for what the import brought
    return machine


def finish(ws: Workspace, machine: LearningMachine | None, model_failed: bool = False) -> None:
    """Extract what the session stated and still waits for a batch, commit background
    learning, report its errors, export team learnings if changed. `model_failed`: the
    session's model call failed, so none is made now (LearningMachine.end_session)."""
    if machine is None:
        return
    machine.end_session(model_failed=model_failed)
    ws.notices.extend(machine.errors)
    machine.errors.clear()
    if machine.proposals_made:
        count = len(machine.pending())
        if count:
            ws.notices.append(
                f"{count} proposed learning(s) await review: `gcode learn show --pending`, "
                "then `gcode learn accept ID` or `gcode learn reject ID`")
        machine.proposals_made = False
    if machine.team_changed:
        from gcode.sync import auto_export

        auto_export(ws)  # never raises; refusals become notices
        machine.team_changed = False
