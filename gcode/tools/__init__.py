"""The coding tools the agent can call, and the approval policy that guards them."""

from __future__ import annotations

from gcode.tools.base import (
    Tool,
    ToolContext,
    ToolError,
    ToolOutput,
    ToolResult,
    execute,
    openai_schema,
)
from gcode.turn import Change

__all__ = ["Change", "Tool", "ToolContext", "ToolError", "ToolOutput", "ToolResult",
           "builtin_tools", "execute", "openai_schema"]


def builtin_tools() -> list[Tool]:
    """Every built-in tool, read-only ones first (the order the model sees them)."""
    from gcode.tools.files import EDIT_FILE, LIST_FILES, READ_FILE, WRITE_FILE
    from gcode.tools.git import GIT_DIFF, GIT_STATUS
    from gcode.tools.search import GREP
    from gcode.tools.shell import RUN_SHELL

    return [READ_FILE, LIST_FILES, GREP, GIT_STATUS, GIT_DIFF, EDIT_FILE, WRITE_FILE, RUN_SHELL]
