"""Reading and writing files inside the repository without ever leaving it, even when a
path is changed between the check and the use.

`ToolContext.resolve` checks a path once. A symlink swapped in after that check (by a
process the model started, or anything else running in the work tree) would redirect a
plain `open()` outside the repository, and a hard link to an outside file would let a
write land in it. So files are reached relative to a held directory descriptor, one
component at a time, each opened with O_NOFOLLOW: a component that became a symlink is
refused. A write goes to a new temporary file in the same directory (O_CREAT|O_EXCL) that
is then renamed over the target: rename replaces the directory entry, never writes into
whatever inode or link the name points at, and leaves no half-written file. A target with
more than one hard link is refused outright (one of the names may be outside).
"""

from __future__ import annotations

import errno
import os
import secrets
import stat
from collections.abc import Sequence
from pathlib import Path

from gcode.tools.base import ToolError

_DIR_FLAGS = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC
_LINK_ERRORS = (errno.ELOOP, errno.ENOTDIR, errno.EMLINK)


def relative_parts(root: Path, path: Path) -> tuple[str, ...]:
    """The components of `path` (a real path inside `root`, from ToolContext.resolve)."""
    parts = path.relative_to(root).parts
    if not parts or any(p in ("", ".", "..") for p in parts):
        raise ToolError(f"refused: {path} is not a file inside the repository")
    return parts


def _show(parts: Sequence[str]) -> str:
    return "/".join(parts) or "."


def open_dir(root: Path, parts: Sequence[str], create: bool = False) -> int:
    """A descriptor of the directory root/parts..., every component opened without following
    a symlink; with `create`, missing directories are made. The caller closes it."""
    fd = os.open(root, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    try:
        for i, part in enumerate(parts):
            try:
                child = os.open(part, _DIR_FLAGS, dir_fd=fd)
            except FileNotFoundError:
                if not create:
                    raise
                try:
                    os.mkdir(part, 0o777, dir_fd=fd)
                except FileExistsError:
                    pass  # made meanwhile: opened (or refused) below like any other
                child = os.open(part, _DIR_FLAGS, dir_fd=fd)
            except OSError as exc:
                if exc.errno in _LINK_ERRORS:
                    raise ToolError(f"refused: {_show(parts[:i + 1])} is a symbolic link or "
                                    "not a directory (it changed after the path was checked?)"
                                    ) from None
                raise
            os.close(fd)
            fd = child
    except BaseException:
        os.close(fd)
        raise
    return fd


def check_target(parts: Sequence[str], dir_fd: int) -> os.stat_result | None:
    """The stat of an existing target (None when missing), refusing anything but a regular
    file with a single link."""
    try:
        st = os.stat(parts[-1], dir_fd=dir_fd, follow_symlinks=False)
    except FileNotFoundError:
        return None
    rel = _show(parts)
    if stat.S_ISLNK(st.st_mode):
        raise ToolError(f"refused: {rel} is a symbolic link (it changed after the path was "
                        "checked?)")
    if stat.S_ISDIR(st.st_mode):
        raise ToolError(f"{rel} is a directory")
    if not stat.S_ISREG(st.st_mode):
        raise ToolError(f"refused: {rel} is not a regular file")
    if st.st_nlink > 1:
        raise ToolError(f"refused: {rel} has {st.st_nlink} hard links, and another name for "
                        "it may be outside the repository; gcode does not write to "
                        "multiply-linked files (copy it to break the link first)")
    return st


def writable(root: Path, path: Path) -> None:
    """Refuse early (before an approval question) a write that would be refused anyway."""
    parts = relative_parts(root, path)
    try:
        fd = open_dir(root, parts[:-1])
    except FileNotFoundError:
        return  # new directories: nothing there to be a link
    try:
        check_target(parts, fd)
    finally:
        os.close(fd)


def write_bytes(root: Path, path: Path, data: bytes) -> None:
    """Replace (or create) the file `path` inside `root` with `data`, atomically, through
    held directory descriptors (see the module docstring). Keeps an existing file's mode."""
    parts = relative_parts(root, path)
    dir_fd = open_dir(root, parts[:-1], create=True)
    try:
        st = check_target(parts, dir_fd)
        tmp = f".gcode-{secrets.token_hex(6)}.tmp"
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC,
                     0o666, dir_fd=dir_fd)
        try:
            with os.fdopen(fd, "wb") as fh:
                if st is not None:
                    os.fchmod(fh.fileno(), stat.S_IMODE(st.st_mode))
                fh.write(data)
            os.replace(tmp, parts[-1], src_dir_fd=dir_fd, dst_dir_fd=dir_fd)
        except BaseException:
            try:
                os.unlink(tmp, dir_fd=dir_fd)
            except OSError:
                pass
            raise
    finally:
        os.close(dir_fd)


def remove(root: Path, path: Path) -> None:
    """Delete the file `path` inside `root` (its name only: a link's target is untouched)."""
    parts = relative_parts(root, path)
    dir_fd = open_dir(root, parts[:-1])
    try:
        if check_target(parts, dir_fd) is not None:
            os.unlink(parts[-1], dir_fd=dir_fd)
    finally:
        os.close(dir_fd)


def read_bytes(root: Path, path: Path, limit: int | None = None) -> bytes:
    """The content of the regular file `path` inside `root`, never through a link swapped in
    after the check, never blocking on a FIFO or device. At most `limit` bytes if given."""
    parts = relative_parts(root, path)
    dir_fd = open_dir(root, parts[:-1])
    try:
        try:
            fd = os.open(parts[-1], os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC,
                         dir_fd=dir_fd)
        except OSError as exc:
            if exc.errno in _LINK_ERRORS:
                raise ToolError(f"refused: {_show(parts)} is a symbolic link (it changed after "
                                "the path was checked?)") from None
            raise
    finally:
        os.close(dir_fd)
    with os.fdopen(fd, "rb") as fh:
        mode = os.fstat(fh.fileno()).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(errno.EISDIR, "Is a directory")
        if not stat.S_ISREG(mode):
            raise ToolError(f"refused: {_show(parts)} is not a regular file")
        return fh.read() if limit is None else fh.read(limit)
