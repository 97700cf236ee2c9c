"""`@path` in a chat message: attach the named files' text to what the model gets.

Names that are not files are left alone (`@decorator` and `@team` are words), and a
mention that names a file gcode cannot attach is reported, never dropped in silence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

MAX_ATTACH_BYTES = 200_000  # per @file: enough for real source files, not for a database dump

# `@path`: not after a word character (emails), up to whitespace. Trailing punctuation is
# dropped when the path with it does not exist ("look at @src/app.py, please").
_MENTION = re.compile(r"(?<![\w@])@([^\s@]+)")
_TRAILING = ".,;:!?)]}'\""



@dataclass
class Attachment:
    path: str  # as shown to the model: relative to the repo root when inside it
    size: int
    truncated: bool = False


@dataclass
class ExpandedMessage:
    text: str  # what the model gets: the message, then one <file> block per attachment
    attachments: list[Attachment] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # mentions that could not be attached


def _resolve_mention(raw: str, root: Path | None, cwd: Path) -> Path | None:
    candidates = [raw]
    stripped = raw
    while stripped and stripped[-1] in _TRAILING:
        stripped = stripped[:-1]
        candidates.append(stripped)
    for name in candidates:
        p = Path(name).expanduser()
        for base in ([cwd, root] if root and root != cwd else [cwd]):
            full = p if p.is_absolute() else base / p
            if full.exists():
                return full
    return None


def _display_path(path: Path, root: Path | None) -> str:
    resolved = path.resolve()
    if root is not None:
        try:
            return resolved.relative_to(root.resolve()).as_posix()
        except ValueError:
            pass
    return str(resolved)


def expand_mentions(text: str, root: Path | None, cwd: Path | None = None) -> ExpandedMessage:
    """Attach every `@path` that names a readable text file to the message.

    The message keeps its `@path` words (the model sees what the user pointed
    at) and gets the file contents appended, each in a `<file path=...>` block.
    Names that are not files are left alone: `@decorator` and `@team` are words.
    """
    cwd = cwd or Path.cwd()
    result = ExpandedMessage(text)
    seen: set[Path] = set()
    blocks: list[str] = []
    for m in _MENTION.finditer(text):
        path = _resolve_mention(m.group(1), root, cwd)
        if path is None:
            continue
        shown = _display_path(path, root)
        if path.is_dir():
            result.problems.append(f"@{shown} is a directory (mention files)")
            continue
        if path.resolve() in seen:
            continue
        seen.add(path.resolve())
        try:
            data = path.read_bytes()
        except OSError as exc:
            result.problems.append(f"cannot read @{shown}: {exc.strerror}")
            continue
        if b"\0" in data[:8192]:
            result.problems.append(f"@{shown} is a binary file, not attached")
            continue
        truncated = len(data) > MAX_ATTACH_BYTES
        body = data[:MAX_ATTACH_BYTES].decode("utf-8", errors="replace")
        if truncated:
            body += f"\n[... truncated: {len(data) - MAX_ATTACH_BYTES} more bytes ...]"
        blocks.append(f'<file path="{shown}">\n{body.rstrip(chr(10))}\n</file>')
        result.attachments.append(Attachment(shown, len(data), truncated))
    if blocks:
        result.text = text.rstrip() + "\n\n" + "\n\n".join(blocks)
    return result
