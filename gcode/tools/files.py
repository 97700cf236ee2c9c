"""File tools: read, list, edit (exact replace) and write, all confined to the repository.

Edits are exact string replacements rather than line numbers or whole-file
rewrites: a stale view of the file fails loudly (old text not found) instead of
silently clobbering someone's change, and the diff shown for approval is the
diff that gets applied.
"""

from __future__ import annotations

import difflib
import functools
import os
import re
import subprocess
from pathlib import Path
from typing import Any

from gcode.errors import GcodeError
from gcode.safe_git import run_git
from gcode.tools import beneath
from gcode.tools.base import Tool, ToolContext, ToolError, decode_text

MAX_LIST = 1000  # entries list_files returns before asking for a narrower pattern
DIFF_LINES = 400  # lines of diff returned to the model after an edit


# -- the repository's files -------------------------------------------------------------------


def repo_files(root: Path) -> list[str]:
    """Tracked files plus untracked files that are not ignored: what a developer sees."""
    try:
        out = run_git(root, "ls-files", "-z", "--cached", "--others", "--exclude-standard")
    except (OSError, subprocess.TimeoutExpired, GcodeError) as exc:
        raise ToolError(f"cannot list files: {exc}") from None
    if out.returncode != 0:
        raise ToolError(f"cannot list files: git ls-files failed: "
                        f"{out.stderr.decode('utf-8', 'replace').strip()}")
    names = out.stdout.decode("utf-8", "replace").split("\0")
    real_root = os.path.realpath(root) + os.sep
    # A symlink git lists (it stores links, not targets) must not lead grep out of the repo.
    return sorted({n for n in names if n and (root / n).is_file()
                   and os.path.realpath(root / n).startswith(real_root)})


@functools.lru_cache(maxsize=256)
def _glob_regex(pattern: str) -> re.Pattern[str]:
    """`**` spans directories, `*` and `?` stay inside one path segment."""
    out = []
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
            continue
        if pattern.startswith("**", i):
            out.append(".*")
            i += 2
            continue
        if c == "*":
            out.append("[^/]*")
        elif c == "?":
            out.append("[^/]")
        elif c == "[":
            end = pattern.find("]", i + 1)
            if end == -1:
                out.append(re.escape(c))
            else:
                body = pattern[i + 1:end].replace("\\", "\\\\")
                if body.startswith("!"):
                    body = "^" + body[1:]
                out.append(f"[{body}]")
                i = end
        else:
            out.append(re.escape(c))
        i += 1
    return re.compile("".join(out) + r"\Z")


def glob_match(path: str, pattern: str) -> bool:
    """Match a repo-relative path; a pattern without `/` matches the file name anywhere."""
    pattern = pattern.strip().removeprefix("./")
    if "/" not in pattern:
        return bool(_glob_regex(pattern).match(path.rsplit("/", 1)[-1]))
    return bool(_glob_regex(pattern).match(path))


def files_under(ctx: ToolContext, path: str | None) -> tuple[list[str], str]:
    """Repo files below `path` (a directory or one file); returns (files, prefix shown)."""
    files = repo_files(ctx.root)
    if not path or path in (".", "./"):
        return files, ""
    target = ctx.resolve(path)
    rel = ctx.rel(target)
    if target.is_file():
        return ([rel] if rel in files else []), rel
    if not target.exists():
        raise ToolError(f"{path} does not exist")
    prefix = rel.rstrip("/") + "/"
    return [f for f in files if f.startswith(prefix)], prefix


# -- read_file --------------------------------------------------------------------------------


def _read_file(args: dict[str, Any], ctx: ToolContext) -> str:
    path = ctx.resolve(args["path"])
    text = read_text(ctx, path, args["path"])
    lines = text.splitlines(keepends=True)
    total = len(lines)
    if not total:
        return f"{ctx.rel(path)} (empty file)"
    start = args.get("start_line") or 1
    end = args.get("end_line") or total
    if start < 1:
        raise ToolError(f"invalid start_line {start}; lines are numbered from 1")
    if start > total:
        raise ToolError(f"{args['path']} has only {total} lines; start_line {start} is past "
                        "the end")
    if end < start:
        raise ToolError(f"invalid line range {start}-{end}: end_line is before start_line")
    limit = ctx.config.agent.max_output_chars
    chosen: list[str] = []
    size = 0
    for line in lines[start - 1:end]:
        if chosen and size + len(line) > limit:
            break
        chosen.append(line)
        size += len(line)
    last = start + len(chosen) - 1
    rel = ctx.rel(path)
    header = f"{rel} (lines {start}-{last} of {total})" if (start, last) != (1, total) \
        else f"{rel} ({total} lines)"
    body = "".join(chosen)
    if last < min(end, total):
        body += (f"\n[truncated at {limit} characters: continue with start_line={last + 1}]")
    return f"{header}\n{body}"


READ_FILE = Tool(
    name="read_file",
    description=("Read a text file of the repository. Returns a header line with the line "
                 "range, then the file's exact content (no line-number prefixes). Use "
                 "start_line/end_line (1-based, inclusive) for part of a long file."),
    parameters={
        "type": "object",
        "properties": {
            "path": {"type": "string", "description": "Path relative to the repository root."},
            "start_line": {"type": "integer", "description": "First line to read (1-based)."},
            "end_line": {"type": "integer", "description": "Last line to read (inclusive)."},
        },
        "required": ["path"],
    },
    run=_read_file,
)


# -- list_files -------------------------------------------------------------------------------


def _list_files(args: dict[str, Any], ctx: ToolContext) -> str:
    files, prefix = files_under(ctx, args.get("path"))
    pattern = args.get("pattern") or ""
    if pattern:
        files = [f for f in files if glob_match(f, pattern)]
    if not files:
        where = f" under {prefix}" if prefix else ""
        what = f" matching {pattern!r}" if pattern else ""
        return f"no files{what}{where} (tracked or untracked-not-ignored)"
    shown = files[:MAX_LIST]
    out = "\n".join(shown)
    if len(files) > MAX_LIST:
        out += f"\n[{len(files) - MAX_LIST} more files; narrow the path or pattern]"
    return out


LIST_FILES = Tool(
    name="list_files",
    description=("List the repository's files (tracked, plus untracked files that are not "
                 "ignored by .gitignore), one path per line. Optional glob pattern: `*.py` "
                 "matches by file name anywhere, `src/**/*.ts` matches whole paths."),
    parameters={
        "type": "object",
        "properties": {
            "pattern": {"type": "string", "description": "Glob, e.g. *.py or src/**/test_*.py"},
            "path": {"type": "string", "description": "Only files under this directory."},
        },
    },
    run=_list_files,
)


# -- edit_file / write_file -------------------------------------------------------------------


def unified_diff(rel: str, before: str | None, after: str) -> str:
    old = (before or "").splitlines(keepends=True)
    new = after.splitlines(keepends=True)
    lines = list(difflib.unified_diff(old, new, "/dev/null" if before is None else f"a/{rel}",
                                      f"b/{rel}", n=3))
    fixed = [ln if ln.endswith("\n") else ln + "\n\\ No newline at end of file\n"
             for ln in lines]
    if len(fixed) > DIFF_LINES:
        fixed = fixed[:DIFF_LINES] + [f"[... {len(fixed) - DIFF_LINES} more diff lines]\n"]
    return "".join(fixed)


def _plan_edit(args: dict[str, Any], ctx: ToolContext) -> tuple[Path, str, str]:
    """(path, before, after) of an edit, or a ToolError that tells the model how to fix it."""
    path = ctx.resolve(args["path"], write=True)
    old, new = args["old_text"], args["new_text"]
    if old == "":
        raise ToolError("old_text is empty; to create a file or replace all of it use "
                        "write_file")
    if old == new:
        raise ToolError("old_text and new_text are identical; nothing to change")
    if not path.exists():
        raise ToolError(f"{args['path']} does not exist; use write_file to create it")
    before = read_text(ctx, path, args["path"])
    beneath.writable(ctx.root, path)  # refused now rather than after the user said yes
    count = before.count(old)
    if count == 0 and "\r\n" in before and "\r\n" not in old:
        old, new = old.replace("\n", "\r\n"), new.replace("\n", "\r\n")  # CRLF file
        count = before.count(old)
    if count == 0:
        hint = ""
        if old.strip() and before.count(old.strip()) >= 1:
            hint = " (it does occur with different leading/trailing whitespace)"
        raise ToolError(f"old_text was not found in {args['path']}{hint}; read the file again "
                        "and copy the exact text, including indentation")
    if count > 1 and not args.get("replace_all"):
        raise ToolError(f"old_text matches {count} places in {args['path']}; include more "
                        "surrounding lines to make it unique, or set replace_all to true")
    return path, before, before.replace(old, new)


def _edit_preview(args: dict[str, Any], ctx: ToolContext) -> tuple[str, str, str]:
    path, before, after = _plan_edit(args, ctx)
    rel = ctx.rel(path)
    return f"edit {rel}", unified_diff(rel, before, after), rel


def _write(ctx: ToolContext, path: Path, before: str | None, after: str) -> None:
    """Through held directory descriptors, never following a link swapped in since the
    path was checked (gcode.tools.beneath)."""
    try:
        beneath.write_bytes(ctx.root, path, after.encode("utf-8"))
    except OSError as exc:
        raise ToolError(f"cannot write {ctx.rel(path)}: {exc.strerror}") from None
    ctx.record_change(path, before, after)


def read_text(ctx: ToolContext, path: Path, what: str) -> str:
    """A repository file's text, read without following a link swapped in after the check."""
    if path == ctx.root or path.is_dir():
        raise ToolError(f"{what} is a directory; use list_files to see what it contains")
    try:
        data = beneath.read_bytes(ctx.root, path)
    except FileNotFoundError:
        raise ToolError(f"{what} does not exist") from None
    except IsADirectoryError:
        raise ToolError(f"{what} is a directory; use list_files to see what it contains"
                        ) from None
    except OSError as exc:
        raise ToolError(f"cannot read {what}: {exc.strerror}") from None
    return decode_text(data, what)


def _edit_file(args: dict[str, Any], ctx: ToolContext) -> str:
    path, before, after = _plan_edit(args, ctx)
    _write(ctx, path, before, after)
    rel = ctx.rel(path)
    return f"edited {rel}\n{unified_diff(rel, before, after)}"


EDIT_FILE = Tool(
    name="edit_file",
    description=("Replace an exact piece of text in an existing file. old_text must match the "
                 "file exactly (whitespace included) and exactly once, unless replace_all is "
                 "true; include enough surrounding lines to make it unique. Returns the diff."),
    parameters={
        "type": "object",
        "properties": {
            "path": {"type": "string", "description": "Path relative to the repository root."},
            "old_text": {"type": "string", "description": "Exact text to replace."},
            "new_text": {"type": "string", "description": "Replacement text."},
            "replace_all": {"type": "boolean", "description": "Replace every occurrence."},
        },
        "required": ["path", "old_text", "new_text"],
    },
    run=_edit_file,
    action="edit",
    preview=_edit_preview,
)


def _plan_write(args: dict[str, Any], ctx: ToolContext) -> tuple[Path, str | None, str]:
    path = ctx.resolve(args["path"], write=True)
    if path.is_dir():
        raise ToolError(f"{args['path']} is a directory")
    before = read_text(ctx, path, args["path"]) if path.exists() else None
    beneath.writable(ctx.root, path)  # refused now rather than after the user said yes
    return path, before, args["content"]


def _write_preview(args: dict[str, Any], ctx: ToolContext) -> tuple[str, str, str]:
    path, before, after = _plan_write(args, ctx)
    rel = ctx.rel(path)
    verb = "create" if before is None else "overwrite"
    return f"{verb} {rel}", unified_diff(rel, before, after), rel


def _write_file(args: dict[str, Any], ctx: ToolContext) -> str:
    path, before, after = _plan_write(args, ctx)
    _write(ctx, path, before, after)
    rel = ctx.rel(path)
    if before is None:
        return f"created {rel} ({len(after.splitlines())} lines)"
    if before == after:
        return f"{rel} unchanged (same content)"
    return f"overwrote {rel}\n{unified_diff(rel, before, after)}"


WRITE_FILE = Tool(
    name="write_file",
    description=("Create a file, or overwrite one completely, with the given content. Parent "
                 "directories are created. Prefer edit_file for changing part of a file."),
    parameters={
        "type": "object",
        "properties": {
            "path": {"type": "string", "description": "Path relative to the repository root."},
            "content": {"type": "string", "description": "The whole new content of the file."},
        },
        "required": ["path", "content"],
    },
    run=_write_file,
    action="edit",
    preview=_write_preview,
)
