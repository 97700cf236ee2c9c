"""Checkpoints per turn, so `/rewind` can put code, conversation or both back to a turn.

A checkpoint is taken when a turn starts: where the conversation stood (its length) and
how many file writes the agent had made (`ToolContext.changes`). Rewinding the code undoes
every write from that turn on, newest first, but only when each file is still exactly
what the agent left: a change the user made since is never overwritten (nothing is
rewound, and the files are named). Rewinding the conversation cuts it back to before the
turn; a turn that was compacted into a summary has no conversation left to go back to.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from gcode.errors import GcodeError
from gcode.turn import Change


@dataclass
class Checkpoint:
    turn: int
    text: str  # the user's message that started the turn
    position: int | None  # messages before the turn; None once compacted into a summary
    changes_from: int  # index in ToolContext.changes of the turn's first write
    at: float = field(default_factory=time.time)


@dataclass
class Rewound:
    checkpoint: Checkpoint
    files: list[str] = field(default_factory=list)  # restored (or deleted: created by gcode)
    deleted: list[str] = field(default_factory=list)
    messages: int = 0  # messages taken out of the conversation


class Checkpoints:
    def __init__(self) -> None:
        self.items: list[Checkpoint] = []

    def take(self, turn: int, text: str, position: int, changes_from: int) -> None:
        self.items.append(Checkpoint(turn, text, position, changes_from))

    def find(self, turn: int) -> tuple[int, Checkpoint]:
        for i, cp in enumerate(self.items):
            if cp.turn == turn:
                return i, cp
        known = ", ".join(str(cp.turn) for cp in self.items) or "none yet"
        raise GcodeError(f"no checkpoint for turn {turn}",
                         hint=f"turns of this chat that can be rewound: {known} (/rewind lists "
                              "them)")

    def compacted(self, replaced: int, added: int) -> None:
        """The first `replaced` messages became `added` summary messages: positions move."""
        for cp in self.items:
            if cp.position is None:
                continue
            cp.position = None if cp.position < replaced else cp.position - replaced + added

    def changes_of(self, index: int, changes: list[Change]) -> list[Change]:
        start = self.items[index].changes_from
        end = self.items[index + 1].changes_from if index + 1 < len(self.items) else len(changes)
        return changes[start:max(start, end)]


def current_text(path: Path) -> str | None:
    try:  # bytes, not read_text: newline translation would hide (or fake) a change
        return path.read_bytes().decode("utf-8") if path.exists() else None
    except (OSError, UnicodeDecodeError):
        return "\0unreadable"


def check_untouched(root: Path, changes: list[Change]) -> None:
    """Refuse (naming the files) when a file is no longer what the agent's last write left."""
    last: dict[str, Change] = {}
    for change in changes:
        last[change.path] = change
    moved = [path for path, change in last.items()
             if current_text(root / path) != change.after]
    if moved:
        raise GcodeError(f"changed since gcode's edit: {', '.join(sorted(moved))}; "
                         "nothing was rewound",
                         hint="see /diff; put those files back (or commit them) and rewind "
                              "again, or rewind the conversation only")


def _put_back(root: Path, path: str, before: str | None, what: str) -> None:
    """Write `before` to `path` (None: delete it) through held directory descriptors, like
    the agent's edits: no link swapped in meanwhile is followed."""
    from gcode.tools import beneath
    from gcode.tools.base import ToolError

    target = root / path
    try:
        if before is None:
            if target.exists():
                beneath.remove(root, target)
        else:
            beneath.write_bytes(root, target, before.encode("utf-8"))
    except (ToolError, ValueError, OSError) as exc:
        raise GcodeError(f"{what}: {exc}", hint="revert it by hand or with git") from None


def restore(root: Path, changes: list[Change]) -> tuple[list[str], list[str]]:
    """Put every file back as it was before the first of `changes`; (restored, deleted)."""
    first: dict[str, Change] = {}
    for change in changes:
        first.setdefault(change.path, change)
    restored: list[str] = []
    deleted: list[str] = []
    for path, change in first.items():
        _put_back(root, path, change.before, f"could not put {path} back")
        (deleted if change.before is None else restored).append(path)
    return restored, deleted


def undo_last(root: Path, changes: list[Change]) -> tuple[Change, str]:
    """/undo: put back the file as it was before the agent's last write; the change and the
    diff that undid it. Refused when the file changed since that write."""
    import difflib

    if not changes:
        raise GcodeError("nothing to undo", hint="gcode has not changed a file in this chat")
    change = changes[-1]
    if current_text(root / change.path) != change.after:
        raise GcodeError(f"{change.path} was changed after gcode's edit; not undoing it",
                         hint="see /diff, and revert by hand or with git")
    _put_back(root, change.path, change.before, f"not undoing {change.path}")
    changes.pop()
    diff = "".join(difflib.unified_diff(
        change.after.splitlines(keepends=True), (change.before or "").splitlines(keepends=True),
        f"a/{change.path}", f"b/{change.path}"))
    return change, diff
