"""Team insights not tied to code: goals, constraints, decisions ("we are cutting egress costs").

Shared with the team. Recalled by relevance to the message, and the rest in
the background, so an insight can surface when nobody asked about it.
"""

from __future__ import annotations

from gcode.store_api import BaseStore


class LearnedKnowledge(BaseStore):
    name = "learned_knowledge"
    title = "Team knowledge"
    scope = "team"
    kinds = ("insight", "decision", "convention", "constraint")
    extract = ("team-wide insights not tied to a file: goals, priorities, constraints, "
               "decisions, conventions, vendor choices (e.g. 'The team is cutting egress costs.')")
