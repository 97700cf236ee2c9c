"""Helpers for driving the learning machine in-process: a finished turn and a model stub.

The end-to-end scenarios go through the real console script and the fake HTTP
model server; these unit tests only need `complete_json`, so a recording stub
is enough and keeps them fast.
"""

from __future__ import annotations

import json
from typing import Any

from gcode.turn import ToolRun, Turn


def shell_turn(user: str, runs: list[tuple[str, int, str]], answer: str = "done",
               edits: tuple[str, ...] = ()) -> Turn:
    """A turn in which the agent edited `edits` and ran `runs` (command, exit code, output)
    through run_shell: the transcript, and the ToolRuns the agent records for it."""
    messages: list[dict[str, Any]] = [{"role": "user", "content": user}]
    tool_runs: list[ToolRun] = []
    for i, path in enumerate(edits):
        messages.append({"role": "assistant", "content": None, "tool_calls": [{
            "id": f"e{i}", "type": "function", "function": {
                "name": "edit_file", "arguments": json.dumps({"path": path})}}]})
        messages.append({"role": "tool", "tool_call_id": f"e{i}", "content": "--- diff"})
        tool_runs.append(ToolRun(f"e{i}", "edit_file", {"path": path}, action="edit",
                                 output="--- diff", changed_paths=[path], approved=True))
    for i, (cmd, code, out) in enumerate(runs):
        messages.append({"role": "assistant", "content": None, "tool_calls": [{
            "id": f"c{i}", "type": "function", "function": {
                "name": "run_shell", "arguments": json.dumps({"command": cmd})}}]})
        messages.append({"role": "tool", "tool_call_id": f"c{i}",
                         "content": f"exit code: {code}\n{out}"})
        tool_runs.append(ToolRun(f"c{i}", "run_shell", {"command": cmd}, action="shell",
                                 output=f"exit code: {code}\n{out}", exit_code=code,
                                 approved=True))
    messages.append({"role": "assistant", "content": answer})
    return Turn("s1", 1, user, messages, answer, tool_runs=tool_runs)


def chat_turn(user: str, answer: str = "ok") -> Turn:
    return Turn("s1", 1, user, [{"role": "user", "content": user},
                                {"role": "assistant", "content": answer}], answer)


class RecordingLLM:
    """Answers extraction calls with scripted JSON and records what it was asked."""

    def __init__(self, *responses: Any) -> None:
        self.responses = list(responses)
        self.calls: list[list[dict[str, Any]]] = []

    def complete_json(self, messages: list[dict[str, Any]]) -> Any:
        self.calls.append(messages)
        return self.responses.pop(0) if self.responses else {"learnings": []}

    def __call__(self) -> RecordingLLM:  # usable as the machine's llm_factory
        return self
