"""What a stored transcript means when it is read back: the conversation as the model last saw it.

The session log is append-only, so nothing said is ever lost, but the conversation the
model sees can shrink: a compaction replaces the earlier turns with a summary, a rewind goes
back to an earlier turn. Both are appended to the log as control records (role "system",
marked with CONTROL_KEY, never sent to the model), and `replay` applies them in order
when a session is resumed. Positions count from the end of the conversation: the
messages after a cut were all written to the log, so the count is the same on both sides.
"""

from __future__ import annotations

from typing import Any

CANCELLED_RESULT = "cancelled: the user interrupted the turn before this tool call finished"
CONTROL_KEY = "gcode_control"
SUMMARY_HEAD = ("[gcode: summary of the earlier conversation, which was compacted to fit the "
                "model's context window]")
SUMMARY_ACK = "Understood. I have the summary of our earlier conversation and continue from it."


def summary_messages(summary: str) -> list[dict[str, Any]]:
    """The summary as it stays in the conversation: a user message and a short answer, so
    the roles keep alternating (some servers' chat templates insist on it)."""
    return [{"role": "user", "content": f"{SUMMARY_HEAD}\n\n{summary.strip()}"},
            {"role": "assistant", "content": SUMMARY_ACK}]


def is_summary(msg: dict[str, Any]) -> bool:
    content = msg.get("content")
    return msg.get("role") == "user" and isinstance(content, str) and \
        content.startswith(SUMMARY_HEAD)


def summary_text(msg: dict[str, Any]) -> str:
    return str(msg.get("content") or "")[len(SUMMARY_HEAD):].strip()


def compact_record(summary: str, keep: int) -> dict[str, Any]:
    """Log record: the conversation is now the summary plus its last `keep` messages."""
    return {"role": "system", "content": summary, CONTROL_KEY: "compact", "keep": keep}


def rewind_record(drop: int, turn: int) -> dict[str, Any]:
    """Log record: the last `drop` messages (turn `turn` onwards) are no longer part of it."""
    return {"role": "system", "content": f"rewound to before turn {turn}",
            CONTROL_KEY: "rewind", "drop": drop}


def replay(stored: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The conversation a stored log amounts to, its control records applied in order."""
    out: list[dict[str, Any]] = []
    for msg in stored:
        kind = msg.get(CONTROL_KEY)
        if kind == "compact":
            keep = max(0, int(msg.get("keep") or 0))
            out = summary_messages(str(msg.get("content") or "")) + \
                (out[len(out) - keep:] if keep else [])
        elif kind == "rewind":
            drop = max(0, int(msg.get("drop") or 0))
            out = out[:len(out) - drop] if drop else out
        elif msg.get("role") == "system":
            continue  # never part of the conversation (the system prompt is built per turn)
        else:
            out.append(msg)
    return out
