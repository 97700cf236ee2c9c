"""What the agent did and how it turned out: each command, edit and its outcome.

Machine scope (commands may carry local paths), searchable like any learning,
and the evidence other stores build on ("`pytest -q` passed at abc123").
Only outcomes that match the current message are recalled, and with a low
weight: it is a log, not advice.
"""

from __future__ import annotations

from gcode.records import Learning
from gcode.store_api import BaseStore, LearningContext, clip
from gcode.turn import ToolRun, Turn
from stores.project_context import command_paths


REVERTED = ", then reverted"


class DecisionLog(BaseStore):
    name = "decision_log"
    title = "Recent outcomes"
    scope = "machine"
    kinds = ("decision",)
    extract = ""  # learns by observation only
    background = False
    overview = False  # a log: recalled only when it matches
    context_weight = 0.4
    recall_k = 3

    def process(self, turn: Turn, ctx: LearningContext) -> None:
        for run in turn.tool_runs:
            if run.action == "revert":  # /undo or /rewind put a file back
                self._reverted(run, ctx)
                continue
            summary = describe(run)
            if summary is None:
                continue
            evidence: dict[str, object] = {"tool": run.name}
            if run.command:
                evidence["command"] = run.command
            if run.changed_paths:
                evidence["path"] = run.changed_paths[0]
            elif run.action == "edit" and isinstance(run.arguments.get("path"), str):
                evidence["path"] = run.arguments["path"]
            # The files the outcome rests on: "Ran `make test`: succeeded" goes stale with the
            # Makefile, "Changed app.py" with app.py.
            paths = command_paths(ctx.repo_root, run.command) if run.command else []
            if isinstance(evidence.get("path"), str) and ctx.repo_root is not None and \
                    (ctx.repo_root / str(evidence["path"])).exists():
                paths.append(str(evidence["path"]))
            if paths:
                evidence["paths"] = paths
            if run.exit_code is not None:
                evidence["exit_code"] = run.exit_code
            if run.sandboxed:  # a failure there may be the sandbox, not the command
                evidence["sandboxed"] = True
            ctx.save(self.name, summary, kind="decision", scope="machine", evidence=evidence,
                     source="observed", confidence=0.6)

    def recall(self, ctx: LearningContext) -> list[Learning]:
        self.refresh(ctx)
        return super().recall(ctx)

    def refresh(self, ctx: LearningContext) -> None:
        ctx.refresh_paths(self.name)

    def _reverted(self, run: ToolRun, ctx: LearningContext) -> None:
        """The edit the log says "Changed" was undone: say so on that record (the latest for
        the path), so the log never keeps an undone edit as a change."""
        for path in run.changed_paths:
            for rec in ctx.records(self.name, limit=200):
                if (rec.evidence.get("path") != path or not rec.content.startswith("Changed ")
                        or REVERTED in rec.content):
                    continue
                rec.content = f"{rec.content}{REVERTED} with {run.name}"
                rec.evidence["reverted"] = True
                ctx.update(rec, content_changed=True)
                break


def describe(run: ToolRun) -> str | None:
    """One searchable line per action; reads are not decisions and are skipped. Only what
    really happened: a refused or rejected command "did not run", never "ran"."""
    if run.command and run.refused:
        return f"Did not run `{run.command}`: not approved"
    if run.command and not run.ran:
        reason = clip(run.output.strip().splitlines()[0], 120) if run.output.strip() else "error"
        return f"Did not run `{run.command}`: {reason}"
    if run.command:
        if run.sandbox_blocked:
            return f"Ran `{run.command}`: blocked by the sandbox (exit {run.exit_code})"
        result = ("succeeded" if run.exit_code == 0 else
                  f"failed (exit {run.exit_code})" if run.exit_code is not None else
                  "timed out" if run.timed_out else "finished")
        return f"Ran `{run.command}`: {result}"
    if run.action == "mcp":  # a tool of one of the user's MCP servers
        outcome = ("not approved" if run.refused else "failed" if run.is_error
                   else "succeeded")
        return f"Called MCP tool {run.name}: {outcome}"
    path = run.arguments.get("path")
    if run.action == "edit" and isinstance(path, str) and path:
        verb = "Changed" if run.changed_paths else "Tried to change"
        return f"{verb} {path} ({run.name})"
    return None
