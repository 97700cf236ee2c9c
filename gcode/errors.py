"""One exception type for everything a user can cause or fix.

The CLI turns a GcodeError into a single line on stderr (plus its hint) and a
non-zero exit; anything else is a bug and is shown in full only with --debug.
Environmental failures (a full disk, a long path, bad bytes) are not bugs: `os_error`
and `unicode_error` word them as GcodeErrors.
"""

from __future__ import annotations

import errno


class GcodeError(Exception):
    """A problem the user can act on: `message` says what, `hint` says what to do."""

    def __init__(self, message: str, hint: str = "", exit_code: int = 1) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.exit_code = exit_code

    def one_line(self) -> str:
        return f"{self.message} — {self.hint}" if self.hint else self.message


class StorageError(GcodeError):
    """The machine, not the input: a locked, full, damaged or unreadable database or disk.
    Every part of a command is affected, so no part may swallow it as its own failure.

    `writes_only`: only writing failed (a lock another process holds, a full disk, a
    read-only file): what the database holds can still be read and shown."""

    def __init__(self, message: str, hint: str = "", exit_code: int = 1,
                 writes_only: bool = False) -> None:
        super().__init__(message, hint, exit_code)
        self.writes_only = writes_only


_OS_HINTS = {
    errno.ENOSPC: ("no space left on the device", "free some disk space and run the command "
                                                  "again"),
    errno.EDQUOT: ("disk quota exceeded", "free some space (or ask for a larger quota) and run "
                                          "the command again"),
    errno.ENAMETOOLONG: ("path too long", "use a shorter path (each name at most 255 bytes)"),
    errno.EACCES: ("permission denied", "check the permissions of the file and its folder, or "
                                        "use another location"),
    errno.EPERM: ("operation not permitted", "check the permissions of the file and its "
                                             "folder, or use another location"),
    errno.EROFS: ("read-only file system", "use a location on a writable file system"),
    errno.ELOOP: ("too many levels of symbolic links", "check for a symlink loop in the path"),
    errno.EIO: ("input/output error", "check the disk, then run the command again"),
}


def os_error(exc: OSError, what: str = "") -> GcodeError:
    """An OSError from the environment (full disk, long path, permissions...) as one line
    that names the file and says what to do."""
    target = what or exc.filename or ""
    known = _OS_HINTS.get(exc.errno or 0)
    reason = known[0] if known else (exc.strerror or str(exc))
    hint = known[1] if known else "check the file and its folder, then run the command again"
    shown = str(target)
    if len(shown) > 120:  # an over-long path is the problem itself: show its ends
        shown = f"{shown[:50]}...{shown[-50:]} ({len(shown)} characters)"
    return GcodeError(f"{reason}: {shown}" if shown else reason, hint=hint)


def unicode_error(exc: UnicodeError) -> GcodeError:
    """Text that is not UTF-8 (an argument, input, a file or the terminal's encoding)."""
    obj = getattr(exc, "object", b"")
    start = getattr(exc, "start", 0)
    if isinstance(obj, str):
        byte = obj[start:start + 1].encode("utf-8", "surrogateescape")[:1]
    else:
        byte = bytes(obj[start:start + 1])
    where = f" (byte 0x{byte[0]:02x})" if byte else ""
    return GcodeError(f"text that is not valid UTF-8{where}",
                      hint="gcode reads and writes UTF-8: check the encoding of the input or "
                           "file, and use a UTF-8 locale (e.g. LANG=C.UTF-8)")
