"""What can go wrong around the database file, worded for the person at the keyboard.

Paths are checked before SQLite creates or rewrites anything (a directory, another
program's file, a folder we may not write, a path too long). SQLite's own failures — a
lock held past the busy timeout, a full disk, a disk I/O error, a damaged or read-only
file — are facts about the machine, not bugs: each becomes one GcodeError line with what
to do. sqlite3 and sqlean raise the same messages, so the message text decides.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from gcode.errors import GcodeError, StorageError, os_error

SQLITE_MAGIC = b"SQLite format 3\x00"


def is_busy(exc: BaseException) -> bool:
    """Another process holds the lock (SQLITE_BUSY / SQLITE_LOCKED, by their message)."""
    low = str(exc).lower()
    return "locked" in low or "busy" in low


def describe_error(exc: BaseException, path: Path | str | None = None,
                   busy_timeout_ms: int | None = None) -> StorageError:
    """A SQLite failure (sqlite3's or sqlean's) as one line with what to do. The write it
    interrupted was rolled back, so the database is as it was before the command."""
    msg = str(exc)
    low = msg.lower()
    db = f"database {path}" if path else "the database"
    if is_busy(exc):
        waited = f" (waited {busy_timeout_ms / 1000:g} s)" if busy_timeout_ms else ""
        return StorageError(f"{db} is locked by another process{waited}; nothing was changed",
                          hint="let the other gcode command finish and run this one again, "
                               "or raise [database] busy_timeout_ms", writes_only=True)
    if "full" in low or ("disk i/o" in low and path and _nearly_full(Path(path))):
        return StorageError(f"the disk holding {db} is full; nothing was changed",
                          hint="free some disk space and run the command again",
                          writes_only=True)
    if "disk i/o" in low:
        return StorageError(f"disk I/O error on {db}; nothing was changed",
                          hint="check the disk and free space, then run the command again")
    if "malformed" in low or "not a database" in low or "corrupt" in low:
        return StorageError(f"{db} is damaged ({msg}); gcode does not try to repair it",
                          hint="move the file aside and gcode starts a new one (`sqlite3 FILE "
                               ".recover` may save its content), or set GCODE_DB")
    if ("readonly" in low or "read-only" in low) and path and _read_only_mount(Path(path)):
        return StorageError(f"{db} is on a read-only file system; nothing was changed",
                            hint="remount it read-write or set GCODE_DB to a file on a "
                                 "writable disk", writes_only=True)
    if "readonly" in low or "read-only" in low:
        return StorageError(f"{db} is read-only; nothing was changed",
                          hint="check the permissions of the file and its folder, or set "
                               "GCODE_DB", writes_only=True)
    if "unable to open" in low:
        return StorageError(f"cannot open {db}",
                          hint="check that its folder exists and is writable, or set GCODE_DB")
    return StorageError(f"database error on {db}: {msg}",
                      hint="run `gcode doctor`, or set GCODE_DB to another file")


def _nearly_full(path: Path) -> bool:
    """SQLite often reports a full disk as a plain I/O error (a failed write to the WAL)."""
    try:
        st = os.statvfs(path.parent)
    except OSError:
        return False
    return st.f_bavail * st.f_frsize < 1 << 20


def is_sqlite_error(exc: BaseException) -> bool:
    """True for sqlite3's and sqlean's exceptions (without importing either)."""
    return any(c.__module__.split(".")[0] in ("sqlite3", "sqlean") and c.__name__ == "Error"
               for c in type(exc).__mro__)


def check_path(path: Path) -> None:
    """Refuse paths we must not touch, before SQLite creates or rewrites anything."""
    try:
        _check_path(path)
    except OSError as exc:  # a path too long, a folder we may not read...
        raise os_error(exc, str(path)) from None


def _read_only_mount(path: Path) -> bool:
    """Whether `path` is on a file system mounted read-only (not a matter of permissions)."""
    try:
        return bool(os.statvfs(path).f_flag & os.ST_RDONLY)
    except OSError:
        return False


def _check_path(path: Path) -> None:
    if path.is_dir():
        raise GcodeError(f"database path {path} is a directory",
                         hint="set GCODE_DB (or [database] path) to a file path")
    if path.exists():
        if not os.access(path, os.R_OK | os.W_OK):
            if _read_only_mount(path):
                raise StorageError(f"database {path} is on a read-only file system",
                                   hint="remount it read-write or set GCODE_DB to a file on a "
                                        "writable disk")
            raise GcodeError(f"database {path} is not readable and writable by you",
                             hint="fix its permissions or set GCODE_DB to another file")
        with path.open("rb") as fh:
            head = fh.read(16)
        if head and head != SQLITE_MAGIC:
            raise GcodeError(f"{path} exists but is not a SQLite database; it was left untouched",
                             hint="set GCODE_DB to another path or move that file aside")
        return
    parent = path.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        if exc.errno in (errno.EEXIST, errno.ENOTDIR):  # a file where a folder should be
            blocker = next(p for p in (parent, *parent.parents) if p.exists())
            raise GcodeError(f"cannot create the database directory: {blocker} is a file",
                             hint="set GCODE_DB (or [database] path) to a path in a folder"
                             ) from None
        err = os_error(exc, str(parent))
        own_hint = exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.ENAMETOOLONG, errno.EROFS)
        raise GcodeError(f"cannot create the database directory: {err.message}",
                         hint=err.hint if own_hint else "set GCODE_DB to a writable location"
                         ) from None
    if not os.access(parent, os.W_OK | os.X_OK):
        raise GcodeError(f"cannot create the database in {parent}: directory is not writable",
                         hint="set GCODE_DB to a writable location")
