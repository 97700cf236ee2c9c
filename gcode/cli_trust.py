"""`gcode trust` / `gcode untrust`, and the question `gcode chat` asks about a new repository.

A repository's `.gcode.toml` and `.mcp.json` take effect only once the user trusts them
(gcode/trust.py); here the user sees what they would change before agreeing.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Optional

import typer

from gcode.errors import GcodeError

if TYPE_CHECKING:
    from gcode.workspace import Workspace


def _root(path: Optional[Path]) -> Path:
    from gcode.repo import Repo

    return Repo.require(path or Path.cwd()).root


def what_it_would_change(root: Path) -> list[str]:
    """One line per setting the repository's files carry, marked when it would be ignored
    even once trusted (credentials, what runs unasked, where data lives). GcodeError when
    a value is one no command could run with: trusting it would break every command."""
    from gcode.config import (
        Config,
        apply_file,
        check_value,
        file_settings,
        read_toml,
        repo_config_path,
        repo_refusal,
        user_config_path,
    )
    user = Config()
    if user_config_path().is_file():
        apply_file(user, user_config_path())
    lines = []
    path = repo_config_path(root)
    if path.is_file():
        for dotted, value in file_settings(path, read_toml(path)).items():
            check_value(dotted, value, str(path))  # a value no command could run with
            reason = repo_refusal(user, dotted, value)
            lines.append(f"{path.name}: {dotted} = {value!r}"
                         + (f"   (ignored even when trusted: {reason})" if reason else ""))
    from gcode.mcp_config import repo_mcp_servers

    servers, problems = repo_mcp_servers(root, trusted=True)
    for server in servers.values():
        does = (f"connects to {server.url}" if server.url
                else f"runs `{server.target}`" + (f" in {server.cwd}" if server.cwd else ""))
        lines.append(f"{server.origin}: MCP server {server.name}: {does}")
    lines.extend(problems)
    return lines


def ask_to_trust(ws: Workspace) -> None:
    """Before the first chat in a repository with untrusted config files, on a terminal:
    show what they would change and ask. Elsewhere nothing is asked: they stay ignored."""
    from gcode import trust
    from gcode.ui import escape, say

    repo = ws.repo
    if repo is None or trust.is_trusted(repo.root) or "config" in ws.__dict__:
        return
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        return
    say(f"[bold]{escape(repo.name)}[/] has its own gcode settings, which you have not trusted "
        "yet (or that changed since you did):")
    try:
        changes = what_it_would_change(repo.root)
    except GcodeError as exc:
        changes = [f"(cannot read them: {exc.one_line()})"]
    for line in changes:
        say(f"  {escape(line)}")
    if typer.confirm("Trust this repository's settings?", default=False):
        trust.trust(repo.root)
        say("Trusted. (`gcode untrust` takes it back; a changed file asks again.)")
    else:
        say("Not trusted: gcode runs with your own settings only.")


def trust_command(
    path: Optional[Path] = typer.Argument(None, help="The repository (default: this one)."),
    list_: bool = typer.Option(False, "--list", help="List the trusted repositories."),
) -> None:
    """Trust a repository's own settings (.gcode.toml, .mcp.json) as they are now."""
    from gcode import trust
    from gcode.ui import escape, say, table

    if list_:
        entries = trust.trusted()
        if not entries:
            say("No trusted repositories.")
            return
        table(["repository", "trusted", "settings hash"],
              [[e.path, e.trusted_at, e.digest[:12]] for e in entries])
        return
    root = _root(path)
    if not trust.has_repo_config(root):
        say(f"{escape(root)} has no .gcode.toml or .mcp.json: there is nothing to trust.")
        return
    for line in what_it_would_change(root):
        say(f"  {escape(line)}")
    trust.trust(root)
    say(f"Trusted {escape(root)}: its settings apply until the files change.")


def untrust_command(
    path: Optional[Path] = typer.Argument(None, help="The repository (default: this one)."),
) -> None:
    """Stop using a repository's own settings."""
    from gcode import trust
    from gcode.ui import escape, say

    root = _root(path)
    if trust.untrust(root):
        say(f"{escape(root)} is no longer trusted: its settings are ignored.")
    else:
        say(f"{escape(root)} was not trusted.")


def register(app: typer.Typer, learn_app: typer.Typer) -> None:
    """Add `trust` and `untrust` (called by gcode.cli's command-module registry)."""
    app.command("trust")(trust_command)
    app.command("untrust")(untrust_command)
