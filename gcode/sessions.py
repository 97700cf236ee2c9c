"""Sessions in the database: the agent's `SessionLog`, kept beside the SQL that stores it.

Everything that reaches the transcript is redacted here, once, so neither the agent
nor a renderer can forget to: a pasted key never lands in the database.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from gcode.db import Database
from gcode.errors import GcodeError
from gcode.owner import identity
from gcode.records import new_id
from gcode.redact import redact, redact_obj
from gcode.turn import Usage


def redacted_message(msg: dict[str, Any]) -> dict[str, Any]:
    """What is stored: contents and tool-call arguments without secrets."""
    out = dict(msg)
    if isinstance(out.get("content"), list):  # content parts: images are not kept
        out["content"] = flatten_parts(out["content"])
    if isinstance(out.get("content"), str):
        out["content"] = redact(out["content"])
    elif out.get("content") is not None:
        out["content"] = redact_obj(out["content"])
    if isinstance(out.get("reasoning_content"), str):
        out["reasoning_content"] = redact(out["reasoning_content"])
    if out.get("tool_calls"):
        calls = []
        for c in out["tool_calls"]:
            fn = dict(c.get("function") or {})
            fn["arguments"] = redact(fn.get("arguments") or "")
            calls.append({**c, "function": fn})
        out["tool_calls"] = calls
    return out


IMAGE_PLACEHOLDER = "[an image was attached here; images are not kept in the transcript]"


def flatten_parts(parts: list[Any]) -> str:
    """A message's content parts as the text that is stored: text kept, each image named."""
    texts = []
    for part in parts:
        if isinstance(part, dict) and part.get("type") == "text":
            texts.append(str(part.get("text") or ""))
        else:
            texts.append(IMAGE_PLACEHOLDER)
    return "\n\n".join(texts)


class SqliteSessionLog:
    """The `SessionLog` of one repository and user, in gcode's database."""

    def __init__(self, db: Database, *, repo_id: str, repo_root: Path, user: str) -> None:
        self.db = db
        self.repo_id = repo_id
        self.repo_root = repo_root
        self.user = user

    def create(self, first_message: str, model: str) -> str:
        session_id = new_id()
        title = redact(" ".join(first_message.split()))[:80]
        self.db.create_session({"id": session_id, "repo_id": self.repo_id,
                                "repo_root": str(self.repo_root), "user": self.user,
                                "model": model, "title": title, "learner": identity()})
        return session_id

    def find(self, reference: str) -> dict[str, Any]:
        """The session row named by a full id or a unique prefix, in this repository."""
        row = self.db.get_session(reference)
        if row is None:
            rows = self.db.sessions_by_prefix(reference)
            if len(rows) > 1:
                raise GcodeError(f"session id {reference!r} is ambiguous ({len(rows)} sessions)",
                                 hint="give more characters of the id")
            row = rows[0] if rows else None
        if row is None:
            raise GcodeError(f"no session {reference!r}",
                             hint="/sessions in `gcode chat` lists them")
        if row.get("repo_id") and row["repo_id"] != self.repo_id:
            raise GcodeError(f"session {row['id'][:13]} belongs to another repository "
                             f"({row.get('repo_root')})", hint="resume it from that repository")
        return row

    def open(self, reference: str) -> tuple[str, list[dict[str, Any]]]:
        row = self.find(reference)
        return row["id"], self.db.session_messages(row["id"])

    def append(self, session_id: str, turn: int, messages: list[dict[str, Any]]) -> None:
        self.db.append_messages(session_id, turn, [redacted_message(m) for m in messages])

    def add_usage(self, session_id: str, usage: Usage) -> None:
        self.db.add_session_usage(session_id, usage.prompt_tokens, usage.completion_tokens)

    def set_status(self, session_id: str, status: str) -> None:
        self.db.update_session(session_id, status=status)

    def recent(self, limit: int = 20) -> list[dict[str, Any]]:
        return self.db.list_sessions(self.repo_id, limit=limit)
