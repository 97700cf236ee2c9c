"""gcode as an MCP server: this repository's learnings for any agent (Claude Code, Codex,
Cursor, VS Code...), through the official MCP SDK.

`gcode mcp serve` offers four tools, each doing what the same thing does inside gcode:

- `search_learnings(query, k)`: the hybrid search of `gcode learn search`, with provenance;
- `get_context(message)`: exactly the learning block gcode's own agent gets for a message;
- `save_learning(content, kind, scope)`: redacted, deduplicated, stored in the store the
  scope and kind call for, a pending proposal when that store is in propose mode; team
  learnings reach the committed team file as after any gcode session;
- `forget_learning(id)`: a tombstone, so the deletion reaches teammates.

The tools run one at a time (one SQLite connection), and the team file is imported again
whenever it changes on disk (a `git pull` while the server runs). Nothing here prints: the
terminal layer is handed the notices through `notify`.
"""

from __future__ import annotations

import hmac
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, Any

from pydantic import Field  # (the tools' signatures are their schemas, read at run time)

from gcode import __version__
from gcode.errors import GcodeError
from gcode.records import Learning, short_id
from gcode.store_api import build_learning

if TYPE_CHECKING:
    from gcode.learning import LearningMachine
    from gcode.workspace import Workspace

SCOPES = ("team", "user", "machine")
INSTRUCTIONS = (
    "gcode's memory of this repository, shared by the team through git. Call "
    "search_learnings (or get_context with the user's message) before answering questions "
    "about how this team works: goals and constraints, conventions, how to build, test and "
    "run, environment gotchas, past decisions. Call save_learning when the user states "
    "something durable (not the task itself, not guesses, never secrets); forget_learning "
    "when they say a learning is wrong.")


class ServiceError(Exception):
    """A request the caller can fix; the message is what the calling agent reads."""


class LearningService:
    """The four operations over one workspace, serialized, with the notices they leave."""

    def __init__(self, ws: Workspace, notify: Callable[[str], None] | None = None) -> None:
        self.ws = ws
        self.notify = notify
        self._lock = threading.Lock()
        self._machine: LearningMachine | None = None
        self._team_stamp: tuple[int, int] | None = None

    @property
    def machine(self) -> LearningMachine:
        if self._machine is None:
            from gcode import learning_session

            self._machine = learning_session.start(self.ws, None)  # imports the team file
            self._team_stamp = self._stamp()
        return self._machine

    def _stamp(self) -> tuple[int, int] | None:
        from gcode.sync import team_path

        try:
            st = team_path(self.ws).stat()
        except (OSError, GcodeError):
            return None
        return st.st_mtime_ns, st.st_size

    def _run(self, op: Callable[[LearningMachine], Any]) -> Any:
        """Run one operation: import a changed team file first, collect notices after."""
        with self._lock:
            try:
                machine = self.machine
                stamp = self._stamp()
                if stamp != self._team_stamp:
                    from gcode.sync import auto_import

                    auto_import(self.ws)
                    self._team_stamp = stamp
                    machine.fill_vectors()  # what a teammate's lines left to embed
                return op(machine)
            except GcodeError as exc:
                raise ServiceError(exc.one_line()) from None
            finally:
                self._flush_notices()

    def _flush_notices(self) -> list[str]:
        notices = list(self.ws.notices)
        self.ws.notices.clear()
        if self.notify is not None:
            for notice in notices:
                self.notify(notice)
        return notices

    def _finish(self, machine: LearningMachine) -> list[str]:
        """What `gcode learn add` does after a change: export team learnings if they moved."""
        from gcode import learning_session

        learning_session.finish(self.ws, machine)
        machine.fill_vectors()  # finishing stopped the background filling; the server goes on
        self._team_stamp = self._stamp()  # our own export is not a teammate's change
        return list(self.ws.notices)

    # -- the operations -----------------------------------------------------------------------

    def search(self, query: str, k: int = 8) -> dict[str, Any]:
        if not query.strip():
            raise ServiceError("the query is empty; say what to look for")
        k = max(1, min(int(k), 50))

        def op(machine: LearningMachine) -> dict[str, Any]:
            hits = machine.kb.search(query, [machine.repo_id, ""], machine.user, k=k)
            return {"repository": self._repo_name(), "results": [provenance(r) for r in hits]}

        result: dict[str, Any] = self._run(op)
        return result

    def context(self, message: str = "") -> str:
        text: str = self._run(lambda machine: machine.context(message))
        return text or "(gcode has learned nothing about this repository yet)"

    def save(self, content: str, kind: str = "", scope: str = "team", store: str = ""
             ) -> dict[str, Any]:
        if not content.strip():
            raise ServiceError("nothing to save: the content is empty")
        scope = (scope or "team").strip().lower()
        if scope not in SCOPES:
            raise ServiceError(f"scope must be one of {', '.join(SCOPES)} (team: shared with "
                               "teammates; user: private to you; machine: this machine only)")

        def op(machine: LearningMachine) -> dict[str, Any]:
            from gcode.redact import contains_secret

            name = store or pick_store(machine, kind, scope)
            owner = machine.store(name)
            if (owner.scope == "user") != (scope == "user"):
                raise ServiceError(f"store {name} keeps {owner.scope}-scope learnings, not "
                                   f"{scope} ones")
            mode = machine.mode_of(name)
            if mode == "off":
                raise ServiceError(f"learning is off for store {name} ([learning] mode)")
            propose = mode == "propose"
            rec = build_learning(owner, content.strip(), repo_id=machine.repo_id,
                                 user=machine.user, kind=kind.strip(),
                                 scope=scope if scope != owner.scope else None, source="agent",
                                 confidence=0.75,
                                 evidence={"via": "mcp", "applies_when_pending": True},
                                 status="pending" if propose else "active")
            result = machine.kb.add(rec)
            saved = result.learning
            if propose and result.outcome == "added":
                machine.proposals_made = True
            elif saved.scope == "team":
                machine.team_changed = True
            notices = self._finish(machine)
            return {"outcome": "proposed" if saved.status == "pending" else result.outcome,
                    **provenance(saved), "redacted": contains_secret(content),
                    "shared": saved.scope == "team" and saved.status == "active",
                    "notices": notices}

        result: dict[str, Any] = self._run(op)
        return result

    def forget(self, reference: str) -> dict[str, Any]:
        def op(machine: LearningMachine) -> dict[str, Any]:
            rec = machine.kb.resolve(reference, machine.user)
            if rec.repo_id not in (machine.repo_id, ""):
                raise ServiceError(f"learning {short_id(rec.id)} belongs to another repository")
            if rec.deleted_at:
                raise ServiceError(f"learning {short_id(rec.id)} is already forgotten")
            machine.forget(rec)
            notices = self._finish(machine)
            return {"forgotten": short_id(rec.id), "id": rec.id, "store": rec.store,
                    "scope": rec.scope, "content": rec.content, "notices": notices}

        result: dict[str, Any] = self._run(op)
        return result

    def _repo_name(self) -> str:
        repo = self.ws.repo
        return repo.name if repo is not None else ""

    def close(self) -> None:
        with self._lock:
            if self._machine is not None:
                try:
                    self._finish(self._machine)
                finally:
                    self._flush_notices()
            self.ws.close()


def pick_store(machine: LearningMachine, kind: str, scope: str) -> str:
    """The store a learning of this kind and scope belongs in: the first of that scope that
    lists the kind, else the default one (learned_knowledge, or user_memory for `user`)."""
    wanted = "user" if scope == "user" else "team"
    candidates = [n for n, s in machine.stores.items() if s.scope == wanted]
    if not candidates:
        raise ServiceError(f"no learning store keeps {scope}-scope learnings")
    for name in candidates:
        if kind and kind in machine.stores[name].kinds:
            return name
    return "learned_knowledge" if "learned_knowledge" in candidates else candidates[0]


def provenance(rec: Learning) -> dict[str, Any]:
    """A learning with where it came from: who, which store and scope, how it is known."""
    data = {"id": rec.id, "short_id": short_id(rec.id), "store": rec.store, "scope": rec.scope,
            "kind": rec.kind, "content": rec.content, "author": rec.author,
            "source": rec.source, "confidence": rec.confidence, "evidence": rec.evidence,
            "created_at": rec.created_at, "updated_at": rec.updated_at}
    if rec.score is not None:
        data["score"] = round(rec.score, 3)
    return data


# -- the MCP server -------------------------------------------------------------------------


def build_server(service: LearningService) -> Any:
    """An MCPServer offering the service's four operations as tools."""
    from mcp.server import MCPServer
    from mcp.server.mcpserver.exceptions import ToolError
    from mcp.types import ToolAnnotations

    server = MCPServer("gcode", version=__version__, instructions=INSTRUCTIONS,
                       log_level="WARNING")

    def guarded(fn: Callable[[], Any]) -> Any:
        try:
            return fn()
        except ServiceError as exc:
            raise ToolError(str(exc)) from None

    @server.tool(annotations=ToolAnnotations(read_only_hint=True, open_world_hint=False))
    def search_learnings(
        query: Annotated[str, Field(description="What to look for: words or a question.")],
        k: Annotated[int, Field(description="How many results (1-50).", ge=1, le=50)] = 8,
    ) -> dict[str, Any]:
        """Search what this repository's team (and you) taught gcode: hybrid keyword and
        semantic search, best first, each learning with its provenance (id, store, scope,
        author, source, evidence)."""
        result: dict[str, Any] = guarded(lambda: service.search(query, k))
        return result

    @server.tool(annotations=ToolAnnotations(read_only_hint=True, open_world_hint=False))
    def get_context(
        message: Annotated[str, Field(description="The user's message (empty: the "
                                                  "repository's standing context).")] = "",
    ) -> str:
        """The learning context gcode's own agent gets for this message: the team's
        insights, verified commands, gotchas and your preferences, ranked and within a
        token budget. Put it in your context before answering."""
        text: str = guarded(lambda: service.context(message))
        return text

    @server.tool(annotations=ToolAnnotations(read_only_hint=False, destructive_hint=False,
                                             idempotent_hint=True, open_world_hint=False))
    def save_learning(
        content: Annotated[str, Field(description="One self-contained sentence.")],
        kind: Annotated[str, Field(description="e.g. insight, decision, convention, "
                                               "test_command, env, gotcha, preference.")] = "",
        scope: Annotated[str, Field(description="team (shared with teammates through git, "
                                                "the default), user (private to you) or "
                                                "machine (this machine only).")] = "team",
    ) -> dict[str, Any]:
        """Save a durable learning for future sessions and teammates. Secrets are removed,
        a repeat confirms the existing learning instead of adding one."""
        result: dict[str, Any] = guarded(lambda: service.save(content, kind, scope))
        return result

    @server.tool(annotations=ToolAnnotations(read_only_hint=False, destructive_hint=True,
                                             idempotent_hint=True, open_world_hint=False))
    def forget_learning(
        id: Annotated[str, Field(description="The learning's id or short id (at least 4 "
                                             "characters).")],
    ) -> dict[str, Any]:
        """Forget a wrong or outdated learning (teammates forget it too)."""
        result: dict[str, Any] = guarded(lambda: service.forget(id))
        return result

    return server


def run_stdio(server: Any) -> None:
    server.run("stdio")


def run_http(server: Any, port: int, token: str, on_ready: Callable[[str], None]) -> None:
    """Streamable HTTP on 127.0.0.1 only, every request carrying `Authorization: Bearer
    TOKEN` (any local user could otherwise read and write the team's learnings), and the
    SDK's DNS-rebinding protection (Host and Origin must be local)."""
    import socket

    import uvicorn

    app = _RequireToken(server.streamable_http_app(host="127.0.0.1"), token)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(("127.0.0.1", port))
    except OSError as exc:
        sock.close()
        raise GcodeError(f"cannot listen on 127.0.0.1:{port}: {exc.strerror}",
                         hint="pick another --port (0: any free one)") from None
    sock.listen(128)  # connections queue from now on: "ready" must mean ready
    on_ready(f"http://127.0.0.1:{sock.getsockname()[1]}/mcp")
    uvicorn.Server(uvicorn.Config(app, log_level="warning")).run(sockets=[sock])


# A JSON-RPC error body, so that MCP clients show the reason rather than "HTTP 401".
UNAUTHORIZED = (b'{"jsonrpc": "2.0", "id": null, "error": {"code": -32001, "message": '
                b'"unauthorized: gcode mcp serve --http needs the bearer token it was started '
                b'with (GCODE_MCP_TOKEN)"}}')


class _RequireToken:
    """ASGI middleware: 401 unless the request carries the bearer token."""

    def __init__(self, app: Any, token: str) -> None:
        self.app = app
        self.expected = f"Bearer {token}".encode()

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope.get("type") == "http":
            given = dict(scope.get("headers") or []).get(b"authorization", b"")
            if not hmac.compare_digest(given, self.expected):
                await send({"type": "http.response.start", "status": 401,
                            "headers": [(b"content-type", b"application/json"),
                                        (b"www-authenticate", b"Bearer")]})
                await send({"type": "http.response.body", "body": UNAUTHORIZED})
                return
        await self.app(scope, receive, send)
