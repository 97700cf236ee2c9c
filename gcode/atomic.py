"""Writing a file people commit or read: atomically, and only when the bytes change.

An unchanged file keeps its mtime (no spurious rebuilds, no noise in `git status`), and a
crash mid-write never leaves half a file behind.
"""

from __future__ import annotations

import os
from pathlib import Path

from gcode.errors import GcodeError


def write_if_changed(path: Path, text: str) -> bool:
    """Write atomically, and only if the bytes differ (an unchanged file keeps its mtime)."""
    data = text.encode("utf-8")
    try:
        if path.read_bytes() == data:
            return False
    except FileNotFoundError:
        pass
    except OSError as exc:
        raise GcodeError(f"cannot read {path}: {exc.strerror}") from None
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise GcodeError(f"cannot write {path}: {exc.strerror}",
                         hint="check the permissions, or pass --output") from None
    return True
