"""Writing a file people commit or read: atomically, and only when the bytes change.

An unchanged file keeps its mtime (no spurious rebuilds, no noise in `git status`), and a
crash mid-write never leaves half a file behind. The temporary file is created new
(O_EXCL, O_NOFOLLOW, a random name), so a link planted in its place cannot redirect the
write, and the rename replaces the target's directory entry, never writing through it.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from gcode.errors import GcodeError, os_error


def within(root: Path, path: Path) -> Path:
    """The real path of `path`, refused unless it is inside `root`: a repository can hold a
    link named AGENTS.md or .gitattributes that leads to a private file, whose content an
    update would otherwise copy into the repository."""
    real = Path(os.path.realpath(path))
    base = Path(os.path.realpath(root))
    if real != base and base not in real.parents:
        raise GcodeError(f"refused: {path} is a link that leads outside the repository "
                         f"({real}); gcode does not read or write through it",
                         hint="replace the link with a regular file")
    return real


def write_if_changed(path: Path, text: str) -> bool:
    """Write atomically, and only if the bytes differ (an unchanged file keeps its mtime)."""
    data = text.encode("utf-8")
    try:
        if path.read_bytes() == data:
            return False
    except FileNotFoundError:
        pass
    except OSError as exc:  # a path too long, no permission...
        raise os_error(exc, str(path)) from None
    tmp = path.with_name(f".gcode-{secrets.token_hex(6)}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC,
                     0o666)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except OSError as exc:  # a full disk, no permission...: the old file is left whole
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass
        raise os_error(exc, str(path)) from None
    return True
