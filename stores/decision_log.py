"""What the agent did and how it turned out: each command, edit and its outcome.

Machine scope (commands may carry local paths), searchable like any learning,
and the evidence other stores build on ("`pytest -q` passed at abc123").
Only outcomes that match the current message are recalled, and with a low
weight: it is a log, not advice.
"""

from __future__ import annotations

import json
from typing import Any

from gcode.learning import BaseStore, LearningContext


def tool_outcomes(turn: Any) -> list[dict[str, Any]]:
    """Pair every tool call of the turn with its result: name, arguments, output, exit code."""
    calls: dict[str, dict[str, Any]] = {}
    order: list[str] = []
    for msg in getattr(turn, "messages", []) or []:
        if msg.get("role") == "assistant":
            for call in msg.get("tool_calls") or []:
                fn = call.get("function", {})
                try:
                    args = json.loads(fn.get("arguments") or "{}")
                except ValueError:
                    args = {}
                calls[call.get("id", "")] = {"tool": fn.get("name"), "args": args if
                                             isinstance(args, dict) else {}, "output": None}
                order.append(call.get("id", ""))
        elif msg.get("role") == "tool" and msg.get("tool_call_id") in calls:
            entry = calls[msg["tool_call_id"]]
            entry["output"] = msg.get("content") or ""
            entry["exit_code"] = parse_exit_code(entry["output"])
    return [calls[i] for i in order if calls[i]["output"] is not None]


def parse_exit_code(output: str) -> int | None:
    """The exit code run_shell reports on its first line (`exit code: N`), if any."""
    for line in output.splitlines()[:3]:
        low = line.strip().lower()
        for prefix in ("exit code:", "exit_code:", "exit code", "exit status:"):
            if low.startswith(prefix):
                try:
                    return int(low[len(prefix):].strip().split()[0].rstrip(".,;)"))
                except (ValueError, IndexError):
                    return None
    return None


class DecisionLog(BaseStore):
    name = "decision_log"
    title = "Recent outcomes"
    scope = "machine"
    kinds = ("decision",)
    extract = ""  # learns by observation only
    background = False
    context_weight = 0.4
    recall_k = 3

    def process(self, turn: Any, ctx: LearningContext) -> None:
        for out in tool_outcomes(turn):
            summary = describe(out)
            if summary is None:
                continue
            evidence = {"tool": out["tool"], **{k: v for k, v in out["args"].items()
                                                 if k in ("command", "path")}}
            if out.get("exit_code") is not None:
                evidence["exit_code"] = out["exit_code"]
            ctx.save(self.name, summary, kind="decision", scope="machine", evidence=evidence,
                     source="observed", confidence=0.6)


def describe(out: dict[str, Any]) -> str | None:
    """One searchable line per action; reads are not decisions and are skipped."""
    tool, args, code = out["tool"], out["args"], out.get("exit_code")
    if tool == "run_shell" and args.get("command"):
        result = "succeeded" if code == 0 else f"failed (exit {code})" if code is not None \
            else "ran"
        return f"Ran `{args['command']}`: {result}"
    if tool in ("edit_file", "write_file") and args.get("path"):
        failed = (out["output"] or "").lower().startswith(("error", "not approved", "refused"))
        return f"{'Tried to change' if failed else 'Changed'} {args['path']} ({tool})"
    return None
