"""Team insights not tied to code: goals, constraints, decisions ("we are cutting egress costs").

Shared with the team. Recalled by relevance to the message only: an insight surfaces when
nobody named it through its "applies when" trigger, written when it was learned.
"""

from __future__ import annotations

from gcode.records import Learning
from gcode.store_api import BaseStore, LearningContext


class LearnedKnowledge(BaseStore):
    name = "learned_knowledge"
    title = "Team knowledge"
    scope = "team"
    kinds = ("insight", "decision", "convention", "constraint")
    background = False
    extract = ("team-wide insights not tied to a file: goals, priorities, constraints, "
               "decisions, conventions, vendor choices (e.g. 'The team is cutting egress costs.')")

    def recall(self, ctx: LearningContext) -> list[Learning]:
        self.refresh(ctx)
        return super().recall(ctx)

    def refresh(self, ctx: LearningContext) -> None:
        """A taught fact that names files of the repository goes stale when they are gone."""
        ctx.refresh_paths(self.name)
