"""gcode as an MCP client: the user's MCP servers, and their tools offered to the model.

The MCP SDK is async (anyio) and the agent loop is sync, so `McpManager` owns one asyncio
event loop in a daemon thread, started the first time a server is needed. Each server
connection is one long-lived task on that loop; the agent's thread waits on futures, and a
Ctrl-C while it waits cancels the call and reaches the agent like any other interruption.

Lazy start, and what the model sees: a server's tools are offered from its listing cached on
disk (valid while the way it is started is unchanged), so a turn begins without starting
anything; the server starts on the first call of one of its tools, and its fresh listing
replaces the cached one. A server never listed (new, or its command changed) is started at
the beginning of the next turn to list its tools. One that fails to start is one notice and
sits out the rest of the session; one that crashes or times out during a call is a tool
error, and the next call starts it again.

Stopping: `close()` (the terminal layer calls it; it is also registered with atexit) ends
each connection the SDK's way: close the server's stdin, wait, then terminate its process
group. A server never outlives gcode: it runs in its own session (a Ctrl-C at the terminal
does not reach it) and a stdio server exits when its stdin closes, which the kernel does for
it when gcode dies, however it dies.
"""

from __future__ import annotations

import asyncio
import atexit
import concurrent.futures
import json
import math
import os
import re
import shutil
import sys
import tempfile
import threading
from collections.abc import Coroutine, Mapping
from contextlib import AsyncExitStack
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Any, TextIO, TypeVar

from gcode import __version__
from gcode.atomic import write_if_changed
from gcode.errors import GcodeError
from gcode.mcp_config import McpServerConfig
from gcode.tools.base import Tool, ToolContext, ToolError

T = TypeVar("T")
MAX_NAME = 64  # what OpenAI-compatible servers accept as a function name
MAX_DESCRIPTION = 1024
CACHE_VERSION = 1
_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9_-]")


class McpUnavailable(Exception):
    """A server could not be used for this call; the message is one line for the model."""


@dataclass
class ListedTool:
    """A tool as the server lists it."""

    name: str
    description: str
    input_schema: dict[str, Any]


@dataclass
class ServerStatus:
    """One server for `gcode mcp list` and `/mcp`."""

    name: str
    transport: str
    target: str
    origin: str
    state: str  # disabled | not started | running | failed
    detail: str = ""  # why it failed, or where its tool list came from
    tools: list[str] = field(default_factory=list)  # the names the model sees


def tool_name(server: str, tool: str) -> str:
    """`server__tool`, in the characters and length function names allow."""
    name = f"{server}__{_UNSAFE_NAME.sub('_', tool)}"
    if len(name) > MAX_NAME or name != f"{server}__{tool}":
        import hashlib

        suffix = hashlib.sha1(tool.encode()).hexdigest()[:6]
        name = f"{name[: MAX_NAME - 7]}_{suffix}" if len(name) > MAX_NAME else name
    return name


def offered(cfg: McpServerConfig, tool: str) -> bool:
    return not cfg.tools or any(fnmatchcase(tool, p) for p in cfg.tools)


def format_result(result: Any) -> str:
    """A CallToolResult as text for the model: text blocks as they are, other content named."""
    parts: list[str] = []
    for block in result.content:
        kind = getattr(block, "type", "")
        if kind == "text":
            parts.append(block.text)
        elif kind in ("image", "audio"):
            parts.append(f"[{kind} {block.mime_type}, {len(block.data) * 3 // 4} bytes, not "
                         "shown]")
        elif kind == "resource":
            res = block.resource
            text = getattr(res, "text", None)
            parts.append(f"[resource {res.uri}]\n{text}" if text is not None
                         else f"[resource {res.uri}: {res.mime_type or 'binary'}, not shown]")
        elif kind == "resource_link":
            parts.append(f"[resource link {block.name}: {block.uri}]")
        else:
            parts.append(f"[{kind or 'unknown'} content, not shown]")
    if not parts and result.structured_content is not None:
        parts.append(json.dumps(result.structured_content, ensure_ascii=False, indent=2))
    return "\n".join(parts) or "(no output)"


def _object_schema(schema: Any) -> dict[str, Any]:
    """Function parameters must be an object schema; MCP input schemas nearly always are."""
    out = dict(schema) if isinstance(schema, dict) else {}
    if out.get("type") != "object":
        out = {"type": "object", "properties": {}, "additionalProperties": True}
    out.setdefault("properties", {})
    return out


def _leaf(exc: BaseException) -> BaseException:
    """The first real error inside (nested) exception groups."""
    inner = getattr(exc, "exceptions", None)  # (BaseExceptionGroup is 3.11+; anyio's backport)
    while isinstance(inner, tuple) and inner and isinstance(inner[0], BaseException):
        exc = inner[0]
        inner = getattr(exc, "exceptions", None)
    return exc


class _Server:
    """One configured server and its connection (touched by the loop thread only while the
    agent's thread waits for it)."""

    def __init__(self, cfg: McpServerConfig) -> None:
        self.cfg = cfg
        self.listing: list[ListedTool] | None = None
        self.live = False  # the listing came from the running server
        self.client: Any = None
        self.scope: Any = None  # the anyio CancelScope that holds the connection open
        self.task: asyncio.Task[None] | None = None
        self.ready: asyncio.Future[None] | None = None  # the start under way, or done
        self.lock: asyncio.Lock | None = None
        self.failed: str | None = None  # did not start: sits out the session
        self.errlog: TextIO | None = None
        self.fresh = False  # a new listing to write to the cache

    def stderr_tail(self) -> str:
        """The server's last line on stderr (why it died, often), or ''."""
        log = self.errlog
        if log is None:
            return ""
        try:
            log.flush()
            size = log.seek(0, os.SEEK_END)
            log.seek(max(0, size - 4000))
            lines = [ln.strip() for ln in log.read().splitlines() if ln.strip()]
        except (OSError, ValueError):
            return ""
        return f" (its last words on stderr: {lines[-1][:200]})" if lines else ""


class McpManager:
    """The configured MCP servers of one session: their tools, their calls, their shutdown."""

    def __init__(self, servers: Mapping[str, McpServerConfig], *, root: Path | None = None,
                 cache_path: Path | None = None, notices: list[str] | None = None) -> None:
        self.servers = {name: _Server(cfg) for name, cfg in servers.items()}
        self.root = root
        self.cache_path = cache_path
        self.notices = notices if notices is not None else []
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._closed = False
        cache = self._read_cache()
        for name, srv in self.servers.items():
            entry = cache.get(name)
            if isinstance(entry, dict) and entry.get("fingerprint") == srv.cfg.fingerprint():
                try:
                    srv.listing = [ListedTool(t["name"], t.get("description", ""),
                                              t.get("input_schema", {}))
                                   for t in entry.get("tools", [])]
                except (KeyError, TypeError, AttributeError):
                    srv.listing = None

    # -- what the agent sees ----------------------------------------------------------------

    def tools(self) -> list[Tool]:
        """Every offered tool of every usable server (starting only the never-listed ones)."""
        unlisted = [s for s in self._usable() if s.listing is None]
        if unlisted:
            self.start([s.cfg.name for s in unlisted])
        out: list[Tool] = []
        for srv in self._usable():
            for listed in srv.listing or []:
                if offered(srv.cfg, listed.name):
                    out.append(self._tool(srv, listed))
        return out

    def start(self, names: list[str]) -> None:
        """Start these servers at once and list their tools; failures become notices."""
        wanted = [self.servers[n] for n in names if n in self.servers]
        if not wanted:
            return
        bound = max(s.cfg.startup_timeout for s in wanted) + 10
        errors = self._wait(self._start_all(wanted), bound)
        for srv, error in zip(wanted, errors):
            if error:
                srv.failed = error
                self.notices.append(f"MCP server {srv.cfg.name} did not start: {error}; its "
                                    "tools are not offered in this session")
        self._save_cache()

    def call(self, server: str, tool: str, arguments: dict[str, Any]) -> tuple[str, bool]:
        """Run one tool: (text, is_error). McpUnavailable when the server could not answer."""
        srv = self.servers[server]
        bound = srv.cfg.startup_timeout + srv.cfg.timeout + 10
        text, is_error = self._wait(self._call(srv, tool, arguments), bound)
        self._save_cache()
        return text, is_error

    def status(self) -> list[ServerStatus]:
        out = []
        for name, srv in self.servers.items():
            cfg = srv.cfg
            if not cfg.enabled:
                state, detail = "disabled", "enabled = false"
            elif srv.failed:
                state, detail = "failed", srv.failed
            elif srv.client is not None:
                state, detail = "running", ""
            else:
                state = "not started"
                detail = "tools from the cached listing" if srv.listing is not None else ""
            tools = [tool_name(name, t.name) for t in srv.listing or [] if offered(cfg, t.name)]
            out.append(ServerStatus(name, cfg.transport, cfg.target, cfg.origin, state,
                                    detail, tools if state != "failed" else []))
        return out

    def auto_approved(self) -> list[str]:
        """`server__tool` patterns of the tools the user lets run without asking (for the
        approver: an MCP tool call asks like an edit or a command, unless listed)."""
        return [f"{name}__{re.sub(r'[^A-Za-z0-9_*?-]', '_', pattern)}"
                for name, srv in self.servers.items() for pattern in srv.cfg.auto_approve]

    def _usable(self) -> list[_Server]:
        return [s for s in self.servers.values() if s.cfg.enabled and s.failed is None]

    def _tool(self, srv: _Server, listed: ListedTool) -> Tool:
        server, tool = srv.cfg.name, listed.name
        full = tool_name(server, tool)

        def run(args: dict[str, Any], _ctx: ToolContext) -> str:
            try:
                text, is_error = self.call(server, tool, args)
            except McpUnavailable as exc:
                raise ToolError(str(exc)) from None
            if is_error:
                raise ToolError(text)
            return text

        def preview(args: dict[str, Any], _ctx: ToolContext) -> tuple[str, str, str]:
            detail = json.dumps(args, indent=2, ensure_ascii=False)
            return f"MCP tool {tool} of server {server}", detail[:4000], full

        description = (listed.description or tool).strip()
        if len(description) > MAX_DESCRIPTION:
            description = description[: MAX_DESCRIPTION - 1] + "…"
        return Tool(full, f"{description} (MCP server {server})",
                    _object_schema(listed.input_schema), run, action="mcp", preview=preview)

    # -- the loop thread ----------------------------------------------------------------------

    def _ensure_loop(self) -> asyncio.AbstractEventLoop:
        if self._closed:
            raise McpUnavailable("the MCP servers were already shut down")
        if self._loop is None:
            import logging

            # The SDK logs its servers' failures; they reach the user as this module's one
            # lines, not as tracebacks over the chat (logging's last-resort stderr handler).
            sdk_log = logging.getLogger("mcp")
            if not sdk_log.handlers:
                sdk_log.addHandler(logging.NullHandler())
            loop = asyncio.new_event_loop()
            loop.set_exception_handler(lambda _loop, _context: None)
            self._thread = threading.Thread(target=_run_loop, args=(loop,), name="gcode-mcp",
                                            daemon=True)
            self._thread.start()
            self._loop = loop
            atexit.register(self.close)
        return self._loop

    def _wait(self, coro: Coroutine[Any, Any, T], bound: float) -> T:
        """Run `coro` on the loop and wait for it; Ctrl-C cancels it and goes on up."""
        try:
            loop = self._ensure_loop()
        except McpUnavailable:
            coro.close()
            raise
        future = asyncio.run_coroutine_threadsafe(coro, loop)
        try:
            return future.result(bound)
        except KeyboardInterrupt:
            future.cancel()
            raise
        except concurrent.futures.TimeoutError:
            future.cancel()
            raise McpUnavailable(f"no answer within {bound:g} s") from None
        except concurrent.futures.CancelledError:
            raise McpUnavailable("the call was cancelled") from None

    def close(self) -> None:
        """Stop every server (bounded: the SDK escalates to SIGKILL) and the loop thread."""
        if self._closed:
            return
        try:
            if self._loop is not None:
                try:
                    self._wait(self._stop_all(), 20)
                except (McpUnavailable, KeyboardInterrupt):
                    pass
        finally:
            self._closed = True
            atexit.unregister(self.close)
            if self._loop is not None:
                self._loop.call_soon_threadsafe(self._loop.stop)
                if self._thread is not None:
                    self._thread.join(5)

    # -- on the loop --------------------------------------------------------------------------

    async def _start_all(self, servers: list[_Server]) -> list[str]:
        results = await asyncio.gather(*(self._ensure(s) for s in servers),
                                       return_exceptions=True)
        return ["" if r is None else str(r) if isinstance(r, McpUnavailable)
                else f"{type(r).__name__}: {r}" for r in results]

    async def _ensure(self, srv: _Server) -> None:
        """Start `srv` unless it runs; raises McpUnavailable with the reason it did not."""
        if srv.lock is None:
            srv.lock = asyncio.Lock()
        async with srv.lock:
            if srv.client is not None:
                return
            if srv.task is None or srv.task.done():  # else a start (cut short by a Ctrl-C)
                try:                                   # is still under way: wait for it
                    cfg = srv.cfg.expanded()
                except GcodeError as exc:
                    raise McpUnavailable(exc.one_line()) from None
                srv.ready = asyncio.get_running_loop().create_future()
                srv.task = asyncio.ensure_future(self._hold(srv, cfg, srv.ready))
            ready = srv.ready
        if ready is not None:
            await asyncio.shield(ready)

    async def _hold(self, srv: _Server, cfg: McpServerConfig, ready: asyncio.Future[None]
                    ) -> None:
        """Connect, list the tools, then hold the connection open until cancelled."""
        import anyio
        from mcp import Client, Implementation

        try:
            deadline = anyio.current_time() + cfg.startup_timeout
            with anyio.CancelScope(deadline=deadline) as scope:
                srv.scope = scope
                async with AsyncExitStack() as stack:
                    transport = await self._transport(stack, srv, cfg)
                    client = await stack.enter_async_context(Client(
                        transport, client_info=Implementation(name="gcode",
                                                              version=__version__)))
                    srv.listing = await _list_tools(client)
                    scope.deadline = math.inf
                    srv.client, srv.live, srv.fresh = client, True, True
                    ready.set_result(None)
                    await anyio.sleep_forever()
            if not ready.done():
                ready.set_exception(McpUnavailable(
                    f"no answer within {cfg.startup_timeout:g} s (startup_timeout)"
                    f"{srv.stderr_tail()}"))
        except McpUnavailable as exc:
            if not ready.done():
                ready.set_exception(exc)
        except Exception as exc:  # noqa: BLE001 - whatever the server did, it is one line
            if not ready.done():
                ready.set_exception(McpUnavailable(_reason(_leaf(exc), srv)))
        finally:
            srv.client = srv.scope = None
            srv.live = False

    async def _transport(self, stack: AsyncExitStack, srv: _Server, cfg: McpServerConfig
                         ) -> Any:
        if cfg.url:
            import httpx2
            from mcp.client.streamable_http import streamable_http_client

            http = await stack.enter_async_context(httpx2.AsyncClient(
                headers=cfg.headers or None, timeout=httpx2.Timeout(30.0, read=300.0)))
            return streamable_http_client(cfg.url, http_client=http)
        from mcp.client.stdio import StdioServerParameters, stdio_client

        cwd = Path(os.path.expanduser(cfg.cwd)) if cfg.cwd else self.root
        if cwd is not None and not cwd.is_absolute():
            cwd = (self.root or Path.cwd()) / cwd
        if cwd is not None and not cwd.is_dir():
            raise McpUnavailable(f"its cwd {cwd} is not a directory")
        command = cfg.command
        if os.sep in command and not os.path.isabs(command):
            command = str((cwd or Path.cwd()) / command)
        found = shutil.which(command)
        if found is None:
            raise McpUnavailable(f"command {cfg.command!r} not found"
                                 + ("" if os.sep in cfg.command else " on PATH"))
        if srv.errlog is not None:
            srv.errlog.close()
        srv.errlog = _errlog()
        argv = [found, *cfg.args]
        if sys.platform == "linux":  # the server dies with gcode, even with a stuck thread
            argv = [sys.executable, "-I", "-S", "-c", _DIE_WITH_PARENT, str(os.getpid()), *argv]
        return stdio_client(StdioServerParameters(command=argv[0], args=argv[1:],
                                                  env=cfg.env or None,
                                                  cwd=str(cwd) if cwd else None),
                            errlog=srv.errlog)

    async def _call(self, srv: _Server, tool: str, arguments: dict[str, Any]
                    ) -> tuple[str, bool]:
        import anyio
        from mcp import MCPError
        from mcp_types import CONNECTION_CLOSED

        name = srv.cfg.name
        try:
            await self._ensure(srv)
        except McpUnavailable as exc:
            srv.failed = str(exc)
            raise McpUnavailable(f"MCP server {name} did not start: {exc}") from None
        client = srv.client
        timeout = srv.cfg.timeout
        try:
            with anyio.fail_after(timeout):
                result = await client.call_tool(tool, arguments)
        except TimeoutError:
            raise McpUnavailable(f"MCP server {name} did not answer {tool} within {timeout:g} s "
                                 f"(timeout in [mcp_servers.{name}])") from None
        except MCPError as exc:
            if exc.code == CONNECTION_CLOSED:
                await self._stop(srv)
                raise McpUnavailable(f"MCP server {name} stopped during the call"
                                     f"{srv.stderr_tail()}; it restarts on the next call"
                                     ) from None
            raise McpUnavailable(f"MCP server {name}: {exc.message}") from None
        except Exception as exc:  # noqa: BLE001 - a broken connection is one line, not a crash
            await self._stop(srv)
            raise McpUnavailable(f"MCP server {name} failed: {_reason(_leaf(exc), srv)}"
                                 ) from None
        return format_result(result), bool(result.is_error)

    async def _stop(self, srv: _Server) -> None:
        task = srv.task
        if srv.scope is not None:
            srv.scope.cancel()
        if task is not None and not task.done():
            await asyncio.wait([task], timeout=15)

    async def _stop_all(self) -> None:
        await asyncio.gather(*(self._stop(s) for s in self.servers.values()),
                             return_exceptions=True)
        for srv in self.servers.values():
            if srv.errlog is not None:
                srv.errlog.close()
                srv.errlog = None

    # -- the listing cache --------------------------------------------------------------------

    def _read_cache(self) -> dict[str, Any]:
        if self.cache_path is None:
            return {}
        try:
            data = json.loads(self.cache_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        ok = isinstance(data, dict) and data.get("version") == CACHE_VERSION
        servers = data.get("servers") if ok else None
        return servers if isinstance(servers, dict) else {}

    def _save_cache(self) -> None:
        fresh = [s for s in self.servers.values() if s.fresh and s.listing is not None]
        if self.cache_path is None or not fresh:
            return
        cache = self._read_cache()  # another gcode may have listed other servers meanwhile
        for srv in fresh:
            srv.fresh = False
            cache[srv.cfg.name] = {
                "fingerprint": srv.cfg.fingerprint(),
                "tools": [{"name": t.name, "description": t.description,
                           "input_schema": t.input_schema} for t in srv.listing or []]}
        text = json.dumps({"version": CACHE_VERSION, "servers": cache}, indent=1,
                          sort_keys=True, ensure_ascii=False)
        try:
            write_if_changed(self.cache_path, text + "\n")
        except GcodeError as exc:
            self.notices.append(f"MCP tool listing not cached: {exc.one_line()}")


# Run a stdio server so that the kernel sends it SIGTERM when gcode dies, however it dies
# (kill -9 included): prctl(PR_SET_PDEATHSIG) survives exec. Most servers also exit when their
# stdin closes, but not one stuck in a tool call. Checks gcode did not die before the prctl.
_DIE_WITH_PARENT = (
    "import ctypes, os, signal, sys\n"
    "ctypes.CDLL(None).prctl(1, signal.SIGTERM)\n"
    "if os.getppid() != int(sys.argv[1]): os._exit(1)\n"
    "os.execv(sys.argv[2], sys.argv[2:])\n")


def _errlog() -> TextIO:
    """Where a stdio server's stderr goes: a temporary file (its last line explains a crash)."""
    return tempfile.TemporaryFile("w+", encoding="utf-8", errors="replace")


def _run_loop(loop: asyncio.AbstractEventLoop) -> None:
    asyncio.set_event_loop(loop)
    try:
        loop.run_forever()
    finally:
        try:
            loop.close()
        except RuntimeError:
            pass


async def _list_tools(client: Any) -> list[ListedTool]:
    """Every page of the server's tool listing (bounded: a paginator must end)."""
    out: list[ListedTool] = []
    cursor = None
    for _ in range(100):
        page = await client.list_tools(cursor=cursor)
        out.extend(ListedTool(t.name, t.description or "", dict(t.input_schema or {}))
                   for t in page.tools)
        cursor = page.next_cursor
        if not cursor:
            break
    return out


def _reason(exc: BaseException, srv: _Server) -> str:
    """One line on why a server could not be used."""
    if isinstance(exc, McpUnavailable):
        return str(exc)
    if isinstance(exc, OSError) and exc.strerror:
        return f"cannot run {srv.cfg.command or srv.cfg.url}: {exc.strerror}"
    if isinstance(exc, TimeoutError):
        return f"no answer in time{srv.stderr_tail()}"
    message = getattr(exc, "message", None) or str(exc) or type(exc).__name__
    if "connection closed" in message.lower():
        return f"it exited before it was ready{srv.stderr_tail()}"
    if type(exc).__name__ == "MCPError":
        if message == "Server returned an error response":  # (the SDK drops the status)
            return f"{srv.cfg.url} answered with an HTTP error; check its url and headers"
        return f"it refused: {message}"
    name = type(exc).__name__
    if "Connect" in name or "HTTP" in name:
        return f"cannot reach {srv.cfg.url}: {message}"
    return f"{name}: {message}"[:300]
