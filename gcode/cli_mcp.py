"""`gcode mcp ...`: the MCP servers gcode uses (`list`), and gcode as one (`serve`).

Registered into the Typer app by gcode.cli (COMMAND_MODULES). Nothing heavy is
imported at module level: the MCP SDK takes about a second to import, and only
`serve` and a server actually started need it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Optional

import typer

from gcode.cli_common import show_notices, workspace
from gcode.errors import GcodeError

if TYPE_CHECKING:
    from gcode.mcp_client import ServerStatus

EXAMPLE = """\
[mcp_servers.time]
command = "uvx"
args = ["mcp-server-time"]"""
STATE_STYLE = {"running": "green", "ok": "green", "failed": "red", "disabled": "dim",
               "not started": "yellow"}


def status_lines(statuses: list[ServerStatus]) -> list[str]:
    """Each server as rich markup lines: name, state, what it runs, where it is defined,
    and the tool names the model sees (shared by `gcode mcp list` and `/mcp`)."""
    from gcode.ui import escape

    if not statuses:
        return ["No MCP servers configured. Add one to ~/.config/gcode/config.toml, e.g.:",
                escape(EXAMPLE)]
    width = max(len(s.name) for s in statuses)
    lines = []
    for s in statuses:
        style = STATE_STYLE.get(s.state, "")
        state = f"[{style}]{s.state}[/]" if style else s.state
        detail = f" — {escape(s.detail)}" if s.detail else ""
        lines.append(f"[bold]{escape(s.name.ljust(width))}[/]  {state}{detail}")
        lines.append(f"{' ' * width}  {s.transport}: {escape(s.target)}"
                     + (f"  [dim]({escape(s.origin)})[/]" if s.origin else ""))
        if s.tools:
            lines.append(f"{' ' * width}  tools: {escape(', '.join(s.tools))}")
    return lines


def mcp_list(
    as_json: bool = typer.Option(False, "--json", help="Print a JSON array."),
    cached: bool = typer.Option(False, "--cached", help="Start no server: show the tools "
                                "remembered from their last start."),
) -> None:
    """Show the MCP servers gcode may use, their state and the tools they offer (each
    enabled server is started to check it, then stopped)."""
    import dataclasses
    import json

    from gcode import mcp_session
    from gcode.ui import say

    ws = workspace()
    manager = mcp_session.manager(ws)
    try:
        if not cached:
            before = len(ws.notices)
            manager.start([s.name for s in manager.status() if s.state != "disabled"])
            del ws.notices[before:]  # (their failures are in the listing itself)
        statuses = [dataclasses.replace(s, state="ok") if s.state == "running" else s
                    for s in manager.status()]  # (started to check it; stopped below)
    finally:
        manager.close()
        show_notices(ws)
    if as_json:
        print(json.dumps([dataclasses.asdict(s) for s in statuses], indent=2))
        return
    for line in status_lines(statuses):
        say(line)


def mcp_serve(
    http: bool = typer.Option(False, "--http", help="Serve streamable HTTP on 127.0.0.1 "
                              "instead of stdio (clients send the token as a bearer token)."),
    port: int = typer.Option(0, "--port", min=0, max=65535, help="With --http: the port "
                             "(0: any free one)."),
    repo: Optional[Path] = typer.Option(None, "--repo", help="The repository to serve "
                                        "(default: the current directory's)."),
) -> None:
    """Offer this repository's learnings to other agents over MCP (search_learnings,
    get_context, save_learning, forget_learning)."""
    from gcode.ui import warn

    if repo is not None:
        if not repo.expanduser().is_dir():
            raise GcodeError(f"--repo {repo} is not a directory")
        os.chdir(repo.expanduser())
    ws = workspace()
    if ws.repo is None:
        raise GcodeError(f"{ws.cwd} is not inside a git repository",
                         hint="start `gcode mcp serve` in the repository (set the MCP client's "
                              "working directory) or pass --repo PATH")
    from gcode.mcp_server import LearningService, build_server, run_http, run_stdio

    service = LearningService(ws, notify=warn)
    server = build_server(service)
    try:
        if http:
            import secrets

            token = os.environ.get("GCODE_MCP_TOKEN") or secrets.token_urlsafe(24)

            def ready(url: str) -> None:
                shown = "$GCODE_MCP_TOKEN" if os.environ.get("GCODE_MCP_TOKEN") else token
                print(f"gcode mcp serve: {url} (send `Authorization: Bearer {shown}`; "
                      "Ctrl-C stops)", file=sys.stderr, flush=True)

            run_http(server, port, token, ready)
        else:
            run_stdio(server)
    finally:
        service.close()


def register(app: typer.Typer, learn_app: typer.Typer | None = None) -> None:
    """Add `mcp list` and `mcp serve` (called by gcode.cli's command-module registry)."""
    mcp_app = typer.Typer(help="MCP: the servers gcode uses, and gcode as a server for other "
                               "agents.", no_args_is_help=True)
    mcp_app.command("list")(mcp_list)
    mcp_app.command("serve")(mcp_serve)
    app.add_typer(mcp_app, name="mcp")
