"""One exception type for everything a user can cause or fix.

The CLI turns a GcodeError into a single line on stderr (plus its hint) and a
non-zero exit; anything else is a bug and is shown in full only with --debug.
"""

from __future__ import annotations


class GcodeError(Exception):
    """A problem the user can act on: `message` says what, `hint` says what to do."""

    def __init__(self, message: str, hint: str = "", exit_code: int = 1) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.exit_code = exit_code

    def one_line(self) -> str:
        return f"{self.message} — {self.hint}" if self.hint else self.message
