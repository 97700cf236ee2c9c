"""`grep`: regex search over the repository's own files (what git sees, so .gitignore'd
build output and virtualenvs never flood the model's context)."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from gcode.tools import beneath
from gcode.tools.base import Tool, ToolContext, ToolError
from gcode.tools.files import files_under, glob_match

MAX_MATCHES = 200
MAX_LINE = 300  # characters of a matching line shown
MAX_FILE_BYTES = 2_000_000  # larger files are skipped (generated data, not code)


def _grep(args: dict[str, Any], ctx: ToolContext) -> str:
    flags = re.IGNORECASE if args.get("case_insensitive") else 0
    try:
        regex = re.compile(args["pattern"], flags)
    except re.error as exc:
        raise ToolError(f"invalid regular expression {args['pattern']!r}: {exc}") from None
    files, prefix = files_under(ctx, args.get("path"))
    glob = args.get("glob") or ""
    if glob:
        files = [f for f in files if glob_match(f, glob)]
    out: list[str] = []
    total = 0
    skipped = 0
    for rel in files:
        real = Path(os.path.realpath(ctx.root / rel))
        if ctx.root not in real.parents:
            continue  # a link that leads out of the repository (listing already drops those)
        try:  # never through a link swapped in since the listing (gcode.tools.beneath)
            data = beneath.read_bytes(ctx.root, real, limit=MAX_FILE_BYTES + 1)
        except (OSError, ToolError):
            continue
        if len(data) > MAX_FILE_BYTES:
            skipped += 1
            continue
        if b"\0" in data[:8192]:
            continue  # binary
        text = data.decode("utf-8", "replace")
        for number, line in enumerate(text.splitlines(), 1):
            if regex.search(line):
                total += 1
                if total <= MAX_MATCHES:
                    shown = line if len(line) <= MAX_LINE else line[:MAX_LINE] + "…"
                    out.append(f"{rel}:{number}: {shown}")
    if not out:
        where = f" under {prefix}" if prefix else ""
        return f"no matches for {args['pattern']!r}{where}"
    if total > MAX_MATCHES:
        out.append(f"[{total - MAX_MATCHES} more matches; narrow the pattern, path or glob]")
    if skipped:
        out.append(f"[{skipped} files over {MAX_FILE_BYTES // 1_000_000} MB not searched]")
    return "\n".join(out)


GREP = Tool(
    name="grep",
    description=("Search the repository's files (tracked and untracked-not-ignored; "
                 ".gitignore is respected) for a Python regular expression. Returns "
                 "`path:line: text` lines."),
    parameters={
        "type": "object",
        "properties": {
            "pattern": {"type": "string", "description": "Regular expression (Python syntax)."},
            "path": {"type": "string", "description": "Only search under this directory/file."},
            "glob": {"type": "string", "description": "Only files matching this glob, e.g. *.py"},
            "case_insensitive": {"type": "boolean"},
        },
        "required": ["pattern"],
    },
    run=_grep,
)
