"""The sessions' SQL: transcripts, usage and status, kept beside the learnings' in db.py.

A mixin of `gcode.db.Database` (it runs on the same connection and write transactions);
the agent reaches it only through gcode/sessions.py's SessionLog.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from contextlib import AbstractContextManager
from typing import Any

from gcode.records import now_iso


def like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class SessionQueries:
    """Session methods of the database (needs `write`, `query` and `scalar`)."""

    def write(self) -> AbstractContextManager[Any]:
        raise NotImplementedError

    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()
              ) -> list[dict[str, Any]]:
        raise NotImplementedError

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        raise NotImplementedError

    def create_session(self, session: dict[str, Any]) -> None:
        session = {"created_at": now_iso(), **session}
        session.setdefault("updated_at", session["created_at"])
        cols = ", ".join(session)
        marks = ", ".join("?" for _ in session)
        with self.write() as c:
            c.execute(f"insert into sessions ({cols}) values ({marks})", list(session.values()))

    def update_session(self, session_id: str, **fields: Any) -> None:
        fields["updated_at"] = now_iso()
        sets = ", ".join(f"{k} = ?" for k in fields)
        with self.write() as c:
            c.execute(f"update sessions set {sets} where id = ?", [*fields.values(), session_id])

    def add_session_usage(self, session_id: str, prompt: int, completion: int) -> None:
        with self.write() as c:
            c.execute("update sessions set prompt_tokens = prompt_tokens + ?, "
                      "completion_tokens = completion_tokens + ?, updated_at = ? where id = ?",
                      (prompt, completion, now_iso(), session_id))

    def append_messages(self, session_id: str, turn: int,
                        messages: Sequence[dict[str, Any]]) -> None:
        """Append chat messages (OpenAI shape) to a session's transcript, in order."""
        with self.write() as c:
            seq = self.scalar("select coalesce(max(seq), 0) from messages where session_id = ?",
                              (session_id,))
            now = now_iso()
            for msg in messages:
                seq += 1
                extra = {k: v for k, v in msg.items() if k not in ("role", "content")}
                content = msg.get("content")
                c.execute(
                    "insert into messages(session_id, seq, turn, role, content, data, created_at) "
                    "values (?, ?, ?, ?, ?, ?, ?)",
                    (session_id, seq, turn, msg["role"],
                     content if isinstance(content, str) or content is None
                     else json.dumps(content),
                     json.dumps(extra) if extra else None, now),
                )
            c.execute("update sessions set updated_at = ? where id = ?", (now, session_id))

    def session_messages(self, session_id: str) -> list[dict[str, Any]]:
        out = []
        for r in self.query("select role, content, data, turn from messages where session_id = ? "
                            "order by seq", (session_id,)):
            msg: dict[str, Any] = {"role": r["role"], "content": r["content"]}
            if r["data"]:
                msg.update(json.loads(r["data"]))
            out.append(msg)
        return out

    def get_session(self, session_id: str) -> dict[str, Any] | None:
        rows = self.query("select * from sessions where id = ?", (session_id,))
        return rows[0] if rows else None

    def sessions_by_prefix(self, prefix: str) -> list[dict[str, Any]]:
        return self.query("select * from sessions where id like ? escape '\\' order by id",
                          (like_escape(prefix.lower()) + "%",))

    def list_sessions(self, repo_id: str | None = None, limit: int = 20) -> list[dict[str, Any]]:
        sql = ("select s.*, (select count(*) from messages m where m.session_id = s.id) "
               "as message_count from sessions s")
        params: list[Any] = []
        if repo_id is not None:
            sql += " where s.repo_id = ?"
            params.append(repo_id)
        sql += " order by s.updated_at desc limit ?"
        params.append(limit)
        return self.query(sql, params)
