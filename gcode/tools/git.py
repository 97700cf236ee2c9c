"""`git_status` and `git_diff`: read-only views of the work tree, so the model can check
its own changes without needing shell approval."""

from __future__ import annotations

import subprocess
from typing import Any

from gcode.errors import GcodeError
from gcode.safe_git import run_git
from gcode.tools.base import Tool, ToolContext, ToolError


def git(ctx: ToolContext, *args: str) -> str:
    """Run a read-only git command with the repository's filters, hooks, fsmonitor, pager,
    external diff and textconv switched off (gcode.safe_git)."""
    try:
        out = run_git(ctx.root, *args)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ToolError(f"git {args[0]} failed: {exc}") from None
    except GcodeError as exc:
        raise ToolError(exc.one_line()) from None
    if out.returncode != 0:
        raise ToolError(f"git {args[0]} failed: "
                        f"{out.stderr.decode('utf-8', 'replace').strip()}")
    return out.stdout.decode("utf-8", "replace")


def _git_status(args: dict[str, Any], ctx: ToolContext) -> str:
    out = git(ctx, "status", "--short", "--branch", "--untracked-files=all")
    lines = out.rstrip("\n").splitlines()
    if len(lines) <= 1:
        return out.rstrip("\n") + "\n(working tree clean)"
    return out.rstrip("\n")


def _git_diff(args: dict[str, Any], ctx: ToolContext) -> str:
    cmd = ["diff", "--no-color"]
    if args.get("staged"):
        cmd.append("--cached")
    if args.get("ref"):
        ref = args["ref"]
        if ref.startswith("-"):
            raise ToolError(f"invalid ref {ref!r}")
        cmd.append(ref)
    cmd.append("--")
    if args.get("path"):
        cmd.append(ctx.rel(ctx.resolve(args["path"])))
    out = git(ctx, *cmd)
    if not out.strip():
        what = "staged " if args.get("staged") else ""
        return f"no {what}changes" + (f" in {args['path']}" if args.get("path") else "")
    return out


GIT_STATUS = Tool(
    name="git_status",
    description="Show the branch and the changed, staged and untracked files (git status).",
    parameters={"type": "object", "properties": {}},
    run=_git_status,
)

GIT_DIFF = Tool(
    name="git_diff",
    description=("Show uncommitted changes as a unified diff (git diff). staged=true shows "
                 "what is staged; ref compares with a commit or branch; path limits to a file "
                 "or directory. New untracked files are not included (see git_status)."),
    parameters={
        "type": "object",
        "properties": {
            "path": {"type": "string", "description": "Only this file or directory."},
            "staged": {"type": "boolean", "description": "Show staged changes."},
            "ref": {"type": "string", "description": "Compare with this commit/branch."},
        },
    },
    run=_git_diff,
)
