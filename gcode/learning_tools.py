"""Agentic mode: the model itself decides what to save, search and forget.

Descriptions are kept terse on purpose: these schemas plus GUIDANCE are sent on
every request, and together must stay under ~600 tokens (see
benchmarks/bench_learning_overhead.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from gcode.errors import GcodeError
from gcode.records import short_id
from gcode.tools.base import Tool, ToolContext, ToolError

if TYPE_CHECKING:
    from gcode.learning import LearningMachine

GUIDANCE = (
    "## Learning\n"
    "You can keep knowledge for future sessions and teammates. Call save_learning when the "
    "user states something durable: a team goal or constraint, a convention, how to "
    "build/test/run, an environment requirement, a gotcha, a personal preference. Not the task "
    "itself, not guesses, never secrets. Use search_learnings before answering questions about "
    "how this team works; forget_learning when the user says something is wrong."
)


def learning_tools(machine: LearningMachine, stores: list[str]) -> list[Tool]:
    """save/search/forget tools over the stores in agentic mode."""

    def save(args: dict[str, Any], _ctx: ToolContext) -> str:
        store = args.get("store") or stores[0]
        if store not in stores:
            raise ToolError(f"store must be one of: {', '.join(stores)}")
        ctx = machine.ctx(args["content"])
        old = None
        if args.get("replaces"):
            try:
                old = ctx.resolve(args["replaces"])
            except GcodeError as exc:
                raise ToolError(exc.message) from None
        result = ctx.save(store, args["content"], kind=args.get("kind") or "", source="agent",
                          supersedes=old, confidence=0.75)
        if result.learning.scope == "team":
            machine.team_changed = True
        return f"{result.outcome} [{short_id(result.learning.id)}]: {result.learning.content}"

    def search(args: dict[str, Any], _ctx: ToolContext) -> str:
        hits = machine.ctx(args["query"]).search(args["query"], list(machine.stores), k=8)
        if not hits:
            return "no learnings match"
        return "\n".join(f"[{short_id(r.id)}] ({r.store}) {r.content}" for r in hits)

    def forget(args: dict[str, Any], _ctx: ToolContext) -> str:
        try:
            rec = machine.kb.resolve(args["id"], machine.user)
        except GcodeError as exc:
            raise ToolError(exc.message) from None
        said = rec.content  # a tombstone keeps nothing of it
        machine.forget(rec)
        return f"forgot [{short_id(rec.id)}]: {said}"

    return [
        Tool("save_learning", "Save a durable learning for future sessions.", {
            "type": "object",
            "properties": {
                "content": {"type": "string", "description": "One self-contained sentence."},
                "store": {"type": "string", "enum": stores},
                "kind": {"type": "string", "description": "e.g. insight, test_command, gotcha, "
                                                          "preference"},
                "replaces": {"type": "string", "description": "Id of a learning this corrects."},
            },
            "required": ["content"],
        }, save),
        Tool("search_learnings", "Search what the team and you have learned.", {
            "type": "object", "properties": {"query": {"type": "string"}},
            "required": ["query"],
        }, search),
        Tool("forget_learning", "Forget a wrong or outdated learning by id.", {
            "type": "object", "properties": {"id": {"type": "string"}}, "required": ["id"],
        }, forget),
    ]
