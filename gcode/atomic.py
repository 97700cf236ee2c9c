"""Writing a file people commit or read: atomically, and only when the bytes change.

An unchanged file keeps its mtime (no spurious rebuilds, no noise in `git status`), and a
crash mid-write never leaves half a file behind. The temporary file is created new
(O_EXCL, O_NOFOLLOW, a random name), so a link planted in its place cannot redirect the
write, and the rename replaces the target's directory entry, never writing through it.

A target that is not a regular file (a pipe, a terminal, /dev/null, a descriptor of this
process such as /dev/stdout) is written in place instead: it is never read (that would wait
on a pipe, or read /dev/full forever) and never renamed over.
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
import stat
from pathlib import Path
from typing import BinaryIO

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


# A descriptor of this process reached through a link (/dev/stdout, /dev/fd/1, /proc/self/fd/1)
_DESCRIPTOR = re.compile(r"/proc/[^/]+/fd/|/dev/fd/")


def _through_descriptor(path: Path) -> bool:
    """Whether `path`, its links followed, names a descriptor this process already has open."""
    current = os.path.abspath(path)
    for _ in range(40):
        if _DESCRIPTOR.match(current):
            return True
        if not os.path.islink(current):
            return False
        current = os.path.normpath(os.path.join(os.path.dirname(current),
                                                os.readlink(current)))
    return False


def is_special(path: Path) -> bool:
    """Whether `path` exists and is no regular file to replace (links followed): a pipe, a
    device, a socket, or a descriptor of this process (/dev/stdout when it is a file)."""
    try:
        mode = os.stat(path).st_mode
    except (FileNotFoundError, NotADirectoryError):
        return False
    except OSError as exc:
        raise os_error(exc, str(path)) from None
    return not stat.S_ISREG(mode) or _through_descriptor(path)


def write_in_place(path: Path, data: bytes | BinaryIO) -> None:
    """Write `data` into an existing special file (see is_special): no read, no rename, no
    truncation (a regular file behind /dev/stdout gets the bytes at its end, as `>>` would)."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CLOEXEC)
        with os.fdopen(fd, "wb") as fh:
            if isinstance(data, bytes):
                fh.write(data)
            else:
                shutil.copyfileobj(data, fh)
    except BrokenPipeError:  # `| head`: the reader has all it wanted (gcode.cli_guard)
        raise
    except OSError as exc:  # /dev/full: ENOSPC; no permission...
        raise os_error(exc, str(path)) from None


def output_file(path: Path) -> Path | None:
    """The file to write for an --output the user named: None for "-" (standard output).

    A link is followed to the file it leads to (that file is replaced, the link stays); a
    special file is kept as named (written in place). Refused, nothing written: no file name
    (a usage error), a directory, a folder that does not exist (none is created)."""
    if str(path) == "-":
        return None
    if not path.name or path.name in (".", ".."):
        shown = "" if str(path) == "." else f", not {str(path)!r}"  # "" arrives as "."
        raise GcodeError(f"--output needs a file name{shown}",
                         hint="pass a file path, or - for standard output", exit_code=2)
    if is_special(path):
        return path
    target = Path(os.path.realpath(path)) if os.path.islink(path) else path
    if target.is_dir():
        raise GcodeError(f"--output {path} is a directory", hint="pass a file path inside it",
                         exit_code=2)
    parent = target.parent
    try:
        if not stat.S_ISDIR(os.stat(parent).st_mode):
            raise GcodeError(f"cannot write {path}: {parent} is not a directory",
                             hint="choose another path")
    except FileNotFoundError:
        raise GcodeError(f"cannot write {path}: there is no folder {parent}",
                         hint="create it first (mkdir -p), or choose another path") from None
    except OSError as exc:  # a path too long, no permission...
        raise os_error(exc, str(path)) from None
    return target


def write_if_changed(path: Path, text: str) -> bool:
    """Write atomically, and only if the bytes differ (an unchanged file keeps its mtime).
    A special file (see is_special) is written in place, never read or replaced."""
    data = text.encode("utf-8")
    if is_special(path):
        write_in_place(path, data)
        return True
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
