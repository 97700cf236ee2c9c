"""Team insights not tied to code: goals, constraints, decisions ("we are cutting egress costs").

Shared with the team. Recalled by relevance to the message only: an insight surfaces when
nobody named it through its "applies when" trigger, written when it was learned.
"""

from __future__ import annotations

from gcode.store_api import BaseStore


class LearnedKnowledge(BaseStore):
    name = "learned_knowledge"
    title = "Team knowledge"
    scope = "team"
    kinds = ("insight", "decision", "convention", "constraint")
    background = False
    extract = ("team-wide insights not tied to a file: goals, priorities, constraints, "
               "decisions, conventions, vendor choices (e.g. 'The team is cutting egress costs.')")
