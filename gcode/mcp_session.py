"""The MCP side of one agent session (`gcode run`, `gcode chat`, `gcode mcp list`).

Which servers a session may start (the user's own, and a repository's only once the user
trusts it), the manager that runs them, and the hooks that offer their tools to the agent
next to the learning machine's. Nothing here prints: what goes wrong becomes `ws.notices`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from gcode.config import data_dir
from gcode.mcp_config import McpServerConfig, repo_mcp_servers

if TYPE_CHECKING:
    from gcode.agent import AgentHooks
    from gcode.mcp_client import McpManager
    from gcode.tools import Tool
    from gcode.turn import Turn
    from gcode.workspace import Workspace


def servers(ws: Workspace, trusted: bool | None = None) -> dict[str, McpServerConfig]:
    """The user's servers, then (when trusted) the repository's; notices go to `ws`.

    `trusted` is the user's decision about this repository, by default the one `gcode
    trust` recorded for its config files as they are now (`ws.repo_trusted`): untrusted,
    a repository's `.gcode.toml` [mcp_servers] and `.mcp.json` start nothing.
    """
    found = dict(ws.config.mcp_servers)
    if ws.repo is not None:
        if trusted is None:
            trusted = ws.repo_trusted
        theirs, notices = repo_mcp_servers(ws.repo.root, trusted)
        ws.notices.extend(notices)
        for name, server in theirs.items():
            if name in found:
                ws.notices.append(f"MCP server {name} of {server.origin} is ignored: your "
                                  "own config defines one with that name")
            else:
                found[name] = server
    return found


def manager(ws: Workspace, trusted: bool | None = None,
            found: dict[str, McpServerConfig] | None = None) -> McpManager:
    """A manager of every configured server (or of `found`), starting none of them yet."""
    from gcode.mcp_client import McpManager

    return McpManager(servers(ws, trusted) if found is None else found,
                      root=ws.repo.root if ws.repo else None,
                      cache_path=data_dir() / "mcp-tools.json", notices=ws.notices)


def start(ws: Workspace, trusted: bool | None = None) -> McpManager | None:
    """The session's manager, or None when no server is enabled (then `mcp` is not imported)."""
    found = servers(ws, trusted)
    if not any(s.enabled for s in found.values()):
        return None
    return manager(ws, trusted, found)


def finish(manager: McpManager | None) -> None:
    """Stop the session's servers (also done at exit, should this be skipped)."""
    if manager is not None:
        manager.close()


class McpHooks:
    """The agent's hooks plus the MCP servers' tools: context and learning stay the inner
    hooks' (the learning machine's); a server tool never shadows one of theirs."""

    def __init__(self, inner: AgentHooks, mcp: McpManager) -> None:
        self.inner = inner
        self.mcp = mcp

    def context(self, message: str) -> str:
        return self.inner.context(message)

    def tools(self) -> list[Tool]:
        own = self.inner.tools()
        names = {t.name for t in own}
        return own + [t for t in self.mcp.tools() if t.name not in names]

    def after_turn(self, turn: Turn) -> None:
        self.inner.after_turn(turn)


def with_mcp(hooks: AgentHooks, mcp: McpManager | None) -> AgentHooks:
    return hooks if mcp is None else McpHooks(hooks, mcp)
