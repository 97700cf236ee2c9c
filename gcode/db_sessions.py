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

    # -- the learning watermark: turns whose statements have not reached extraction --------

    def turn_seqs(self, session_id: str, turn: int) -> tuple[int, int] | None:
        """(last seq before turn `turn`, last seq of it): where a turn sits in the transcript;
        None when the session has no such messages (not stored here)."""
        rows = self.query("select max(case when turn < ? then seq end) as before, "
                          "max(seq) as upto from messages where session_id = ? and turn <= ?",
                          (turn, session_id, turn))
        if not rows or rows[0]["upto"] is None:
            return None
        return int(rows[0]["before"] or 0), int(rows[0]["upto"])

    def set_learned(self, session_id: str, seq: int) -> None:
        with self.write() as c:
            c.execute("update sessions set learned_seq = ? where id = ?", (seq, session_id))

    def claim_session(self, session_id: str, owner: str, was: str | None = None) -> bool:
        """Make `owner` the session's learner; with `was`, only if it still is `was` (two
        processes picking up one abandoned session: one wins)."""
        with self.write() as c:
            if was is None:
                cur = c.execute("update sessions set learner = ? where id = ?",
                                (owner, session_id))
            else:
                cur = c.execute("update sessions set learner = ? where id = ? and learner = ?",
                                (owner, session_id, was))
            return bool(cur.rowcount)

    def unlearned_sessions(self, repo_id: str, user: str, limit: int = 20
                           ) -> list[dict[str, Any]]:
        """Sessions here with messages past their watermark, most recent first."""
        return self.query(
            "select s.id, s.learner, s.learned_seq from sessions s where s.repo_id = ? and "
            "s.user = ? and exists (select 1 from messages m where m.session_id = s.id and "
            "m.seq > s.learned_seq) order by s.updated_at desc limit ?", (repo_id, user, limit))

    def messages_after(self, session_id: str, seq: int, limit: int = 2000
                       ) -> list[dict[str, Any]]:
        """The stored user messages past `seq`: seq, turn, content, data."""
        return self.query("select seq, turn, content, data from messages where session_id = ? "
                          "and seq > ? and role = 'user' order by seq limit ?",
                          (session_id, seq, limit))

    def last_seq(self, session_id: str) -> int:
        return int(self.scalar("select coalesce(max(seq), 0) from messages where "
                               "session_id = ?", (session_id,)) or 0)
