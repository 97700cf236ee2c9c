"""`@path` in a chat message: attach the named files' text to what the model gets.

Names that are not files are left alone (`@decorator` and `@team` are words), a mention
that names a file gcode cannot attach is reported, never dropped in silence, and so is one
that looks like a path (a `/` or a file extension) but names nothing: a typo. Images
(`@screenshot.png`) become image parts for models that accept them (gcode.vision).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gcode.vision import MAX_IMAGE_BYTES, image_part, image_type

MAX_ATTACH_BYTES = 200_000  # per @file: enough for real source files, not for a database dump

# `@path`: not after a word character (emails), up to whitespace. Trailing punctuation is
# dropped when the path with it does not exist ("look at @src/app.py, please").
_MENTION = re.compile(r"(?<![\w@])@([^\s@]+)")
_TRAILING = ".,;:!?)]}'\""
# What a path looks like when it names nothing: a slash, or a short file extension.
_PATHLIKE = re.compile(r"/|\.[A-Za-z][A-Za-z0-9]{0,7}$")



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
    images: list[dict[str, Any]] = field(default_factory=list)  # image content parts


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


def _looks_like_path(raw: str) -> bool:
    name = raw.rstrip(_TRAILING)
    return bool(_PATHLIKE.search(name))


def expand_mentions(text: str, root: Path | None, cwd: Path | None = None,
                    images: bool = True) -> ExpandedMessage:
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
            if _looks_like_path(m.group(1)):
                result.problems.append(f"@{m.group(1).rstrip(_TRAILING)}: no such file, not "
                                       "attached (Tab completes paths)")
            continue
        shown = _display_path(path, root)
        if path.is_dir():
            result.problems.append(f"@{shown} is a directory (mention files)")
            continue
        if path.resolve() in seen:
            continue
        seen.add(path.resolve())
        mime = image_type(path.name)
        if mime is not None:
            _attach_image(result, path, shown, mime, images)
            continue
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


def _attach_image(result: ExpandedMessage, path: Path, shown: str, mime: str,
                  allowed: bool) -> None:
    if not allowed:
        result.problems.append(f"@{shown} is an image, and this model does not take images "
                               "([model] vision = false): not attached")
        return
    try:
        size = path.stat().st_size
        if size > MAX_IMAGE_BYTES:
            result.problems.append(f"@{shown} is too large to send ({size // 1_000_000} MB; "
                                   f"at most {MAX_IMAGE_BYTES // 1_000_000} MB)")
            return
        data = path.read_bytes()
    except OSError as exc:
        result.problems.append(f"cannot read @{shown}: {exc.strerror}")
        return
    result.images.append(image_part(data, mime))
    result.attachments.append(Attachment(shown, len(data)))
