"""A misbehaving MCP server for gcode's client tests, built on the official SDK (MCPServer):
one tool answers, one kills the server mid-call, one never answers.

`python mcp_faulty_server.py` serves over stdio; with `--die-at-start` it exits before
answering anything, as a broken installation would.
"""

from __future__ import annotations

import os
import sys
import time

from mcp.server import MCPServer

server = MCPServer("faulty")


@server.tool()
def echo(text: str) -> str:
    """Say `text` back."""
    return f"echo: {text}"


@server.tool()
def crash() -> str:
    """Exit in the middle of the call."""
    print("faulty: out of memory (simulated)", file=sys.stderr, flush=True)
    os._exit(3)


@server.tool()
def hang() -> str:
    """Never answer."""
    time.sleep(3600)
    return "too late"


if __name__ == "__main__":
    if "--die-at-start" in sys.argv:
        print("faulty: cannot open my config file", file=sys.stderr, flush=True)
        sys.exit(2)
    server.run()
