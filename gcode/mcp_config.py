"""MCP servers gcode may start: what a definition says, and where one may come from.

A server is a program gcode runs with the user's rights (or a URL it sends requests to), so
only the user decides which ones exist: `[mcp_servers.NAME]` tables in the user's own config
file, or the file `GCODE_MCP_CONFIG` names. A repository can define servers too (its
`.gcode.toml`, or a Claude Code style `.mcp.json`), but those are read only through
`repo_mcp_servers(root, trusted)`: until the user trusts the repository they are never
started, only mentioned once.

Values may use `${VAR}` or `${VAR:-default}` (as in Claude Code's `.mcp.json`), expanded
from gcode's environment when the server starts, so tokens stay out of config files.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gcode.errors import GcodeError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

SERVER_NAME = re.compile(r"^[A-Za-z0-9_-]{1,32}$")
_VAR = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}")
UNTRUSTED_HINT = ("gcode starts only the servers in your own config file "
                  "(~/.config/gcode/config.toml) until you trust this repository")


@dataclass
class McpServerConfig:
    """One `[mcp_servers.NAME]` table: a stdio server (`command`) or an HTTP one (`url`)."""

    name: str
    command: str = ""  # stdio: the program to run, with `args`, `env` and `cwd`
    args: list[str] = field(default_factory=list)
    env: dict[str, str] = field(default_factory=dict)  # added to HOME, PATH, USER, SHELL...
    cwd: str = ""  # relative paths are relative to the repository root
    url: str = ""  # streamable HTTP: the endpoint, with `headers`
    headers: dict[str, str] = field(default_factory=dict)
    enabled: bool = True
    tools: list[str] = field(default_factory=list)  # offered tools (names or globs); [] = all
    auto_approve: list[str] = field(default_factory=list)  # tools that never ask (names, globs)
    timeout: float = 60.0  # seconds a tool call may take
    startup_timeout: float = 30.0  # seconds to start and list the tools
    origin: str = ""  # the file that defined it (not a setting)

    @property
    def transport(self) -> str:
        return "http" if self.url else "stdio"

    @property
    def target(self) -> str:
        """What it runs or reaches, for listings (the command line, or the URL)."""
        return self.url or " ".join([self.command, *self.args])

    def fingerprint(self) -> str:
        """How it is started, hashed: a cached tool listing is valid while this is unchanged."""
        data = [self.command, self.args, self.env, self.cwd, self.url, self.headers]
        return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()[:16]

    def expanded(self, environ: Mapping[str, str] | None = None) -> McpServerConfig:
        """A copy with `${VAR}` references replaced from the environment (GcodeError when one
        without a default is unset: the server cannot start as its author meant)."""
        env = os.environ if environ is None else environ

        def one(text: str) -> str:
            def sub(m: re.Match[str]) -> str:
                value = env.get(m.group(1))
                if value is None or (value == "" and m.group(2) is not None):
                    if m.group(2) is None:
                        raise GcodeError(f"environment variable {m.group(1)} is not set "
                                         f"(used by MCP server {self.name})",
                                         hint=f"set it, or give a default: "
                                              f"${{{m.group(1)}:-value}}")
                    return m.group(2)
                return value

            return _VAR.sub(sub, text)

        return McpServerConfig(
            self.name, one(self.command), [one(a) for a in self.args],
            {k: one(v) for k, v in self.env.items()}, one(self.cwd), one(self.url),
            {k: one(v) for k, v in self.headers.items()}, self.enabled, list(self.tools),
            list(self.auto_approve), self.timeout, self.startup_timeout, self.origin)


# -- parsing --------------------------------------------------------------------------------

_TYPES: dict[str, tuple[type, str]] = {
    "command": (str, "a string"), "args": (list, "a list of strings"),
    "env": (dict, "a table of strings"), "cwd": (str, "a string"), "url": (str, "a string"),
    "headers": (dict, "a table of strings"), "enabled": (bool, "a boolean"),
    "tools": (list, "a list of strings"), "auto_approve": (list, "a list of strings"),
    "timeout": (float, "a number"), "startup_timeout": (float, "a number"),
}


def parse_server(name: str, table: Any, origin: str) -> McpServerConfig:
    """One server table, validated key by key with the file, the key and the type expected."""
    where = f"{origin}: mcp_servers.{name}"
    if not SERVER_NAME.match(name):
        raise GcodeError(f"{origin}: MCP server name {name!r} is not usable",
                         hint="use 1-32 letters, digits, '-' or '_' (it prefixes its tools' "
                              "names)")
    if not isinstance(table, dict):
        raise GcodeError(f"{where} must be a table", hint=f"[mcp_servers.{name}] command = ...")
    values: dict[str, Any] = {}
    for key, value in table.items():
        if key not in _TYPES:
            raise GcodeError(f"{where}: unknown key {key!r}",
                             hint=f"known keys: {', '.join(_TYPES)}")
        tp, label = _TYPES[key]
        if tp is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        ok = isinstance(value, tp) and not (tp is not bool and isinstance(value, bool))
        if ok and tp is list:
            ok = all(isinstance(v, str) for v in value)
        if ok and tp is dict:
            ok = all(isinstance(v, str) for v in value.values())
        if not ok:
            raise GcodeError(f"{where}.{key} must be {label}, got {type(value).__name__} "
                             f"{value!r}"[:200])
        values[key] = value
    server = McpServerConfig(name, origin=origin, **values)
    if bool(server.command) == bool(server.url):
        raise GcodeError(f"{where}: give either `command` (a local stdio server) or `url` "
                         "(a streamable HTTP server)",
                         hint='e.g. command = "uvx", args = ["mcp-server-time"]')
    if server.url and not re.match(r"^https?://", server.url, re.I):
        raise GcodeError(f"{where}.url must start with http:// or https://")
    if server.timeout <= 0 or server.startup_timeout <= 0:
        raise GcodeError(f"{where}: timeouts must be more than 0 seconds")
    return server


def parse_servers(data: Any, origin: str) -> dict[str, McpServerConfig]:
    """The `[mcp_servers]` table of a TOML file: NAME -> server."""
    if not isinstance(data, dict):
        raise GcodeError(f"{origin}: mcp_servers must be a table of tables",
                         hint="[mcp_servers.NAME] command = ...")
    return {name: parse_server(name, table, origin) for name, table in data.items()}


def parse_mcp_json(text: str, origin: str) -> dict[str, McpServerConfig]:
    """Claude Code's `.mcp.json` format: {"mcpServers": {NAME: {command, args, env} or
    {type: "http", url, headers}}}. Keys gcode has no use for are ignored (it is another
    tool's file); the ones it uses are checked like its own."""
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise GcodeError(f"{origin}: not valid JSON ({exc})") from None
    except RecursionError:
        raise GcodeError(f"{origin}: nested too deeply") from None
    servers = data.get("mcpServers") if isinstance(data, dict) else None
    if not isinstance(servers, dict):
        raise GcodeError(f"{origin}: no \"mcpServers\" object",
                         hint='{"mcpServers": {"NAME": {"command": "...", "args": []}}}')
    out = {}
    for name, entry in servers.items():
        if not isinstance(entry, dict):
            raise GcodeError(f"{origin}: mcpServers.{name} must be an object")
        kind = entry.get("type", "http" if "url" in entry else "stdio")
        if kind not in ("stdio", "http", "streamable-http"):
            raise GcodeError(f"{origin}: mcpServers.{name} uses the {kind!r} transport",
                             hint="gcode speaks stdio and streamable HTTP (\"type\": \"http\")")
        keys = ("command", "args", "env", "cwd") if kind == "stdio" else ("url", "headers")
        out[name] = parse_server(name, {k: entry[k] for k in keys if k in entry}, origin)
    return out


# A settings file is a few KB. A repository's is read on every command (to see whether it
# changed since it was trusted, to say it is ignored): a 300 MB one cost 600 MB of memory.
MAX_CONFIG_BYTES = 1_000_000


def read_config_text(path: Path) -> str:
    """The text of a settings file: GcodeError when it is larger than MAX_CONFIG_BYTES
    (read no further); OSError and UnicodeDecodeError propagate."""
    with path.open("rb") as fh:
        data = fh.read(MAX_CONFIG_BYTES + 1)
    if len(data) > MAX_CONFIG_BYTES:
        raise GcodeError(f"{path}: larger than {MAX_CONFIG_BYTES // 1_000_000} MB, not read "
                         "(a settings file is a few KB)", hint="move it aside")
    return data.decode("utf-8")


def read_servers_file(path: Path) -> dict[str, McpServerConfig]:
    """A file of server definitions: `.json` in `.mcp.json` format, else TOML whose only
    table is `[mcp_servers]` (for GCODE_MCP_CONFIG)."""
    try:
        text = read_config_text(path)
    except (OSError, UnicodeDecodeError) as exc:
        raise GcodeError(f"cannot read MCP server file {path}: {exc}") from None
    if path.suffix == ".json":
        return parse_mcp_json(text, str(path))
    data = _toml(text, path)
    other = sorted(set(data) - {"mcp_servers"})
    if other:
        raise GcodeError(f"{path}: only [mcp_servers.NAME] tables belong in this file, "
                         f"found [{other[0]}]")
    return parse_servers(data.get("mcp_servers", {}), str(path))


def _toml(text: str, path: Path) -> dict[str, Any]:
    try:
        data: dict[str, Any] = tomllib.loads(text)
        return data
    except tomllib.TOMLDecodeError as exc:
        raise GcodeError(f"{path}: TOML syntax error: {exc}",
                         hint="fix the file or move it aside") from None
    except RecursionError:
        raise GcodeError(f"{path}: nested too deeply", hint="fix the file or move it aside"
                         ) from None


# -- a repository's own servers -------------------------------------------------------------


def repo_mcp_servers(root: Path, trusted: bool) -> tuple[dict[str, McpServerConfig], list[str]]:
    """The servers a repository defines (`.gcode.toml` [mcp_servers], `.mcp.json`), and notices.

    `trusted` is the user's decision about this repository. Untrusted: nothing is returned
    and, when the repository defines servers, one notice says so (its files are not even
    validated: a stranger's broken file must not stop gcode). Trusted: every valid server,
    a notice per bad file; a repository can never make its tools run without asking
    (`auto_approve` is dropped), and a relative `cwd` is taken from the repository root.
    """
    found: dict[str, McpServerConfig] = {}
    notices: list[str] = []
    defined: list[str] = []
    for rel in (".gcode.toml", ".mcp.json"):
        path = root / rel
        if not path.is_file():
            continue
        if path.is_symlink():  # (trust covers the files themselves: gcode.trust skips links)
            notices.append(f"{rel} is a symbolic link: its MCP servers are ignored")
            continue
        try:
            text = read_config_text(path)
            data = json.loads(text) if rel == ".mcp.json" else tomllib.loads(text)
            raw = data.get("mcpServers" if rel == ".mcp.json" else "mcp_servers")
        except (OSError, UnicodeDecodeError, ValueError, AttributeError, GcodeError,
                RecursionError) as exc:  # (RecursionError: `[[[[...` thousands deep)
            if rel == ".mcp.json":  # (a broken .gcode.toml is reported by the config loader)
                if trusted:
                    notices.append(f"{rel}: MCP servers not read ({exc})")
                else:
                    defined.append(f"{rel} (unreadable)")
            continue
        if isinstance(raw, dict):  # gcode's own server (`claude mcp add --scope project`)
            raw = {n: v for n, v in raw.items() if not _is_gcode_itself(v)}
        if not raw:
            continue
        defined.extend(f"{name} ({rel})" for name in (raw if isinstance(raw, dict) else {}))
        if not trusted:
            continue
        try:
            servers = (parse_mcp_json(json.dumps({"mcpServers": raw}), rel)
                       if rel == ".mcp.json" else parse_servers(raw, rel))
        except GcodeError as exc:
            notices.append(f"MCP servers of {rel} skipped: {exc.one_line()}")
            continue
        for name, server in servers.items():
            server.auto_approve = []
            if server.cwd and not os.path.isabs(os.path.expanduser(server.cwd)):
                server.cwd = str(root / server.cwd)
            found.setdefault(name, server)
    if defined and not trusted:
        notices.append(f"this repository defines MCP servers that gcode does not start: "
                       f"{', '.join(defined)} — {UNTRUSTED_HINT}")
    return found, notices


def _is_gcode_itself(entry: Any) -> bool:
    """`gcode mcp serve` registered for other agents: gcode has these tools built in."""
    if not isinstance(entry, dict):
        return False
    command, args = entry.get("command"), entry.get("args")
    return (isinstance(command, str) and os.path.basename(command) == "gcode"
            and isinstance(args, list) and args[:2] == ["mcp", "serve"])
