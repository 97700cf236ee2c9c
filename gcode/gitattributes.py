"""`.gitattributes` for the committed team file: git's union merge, set once per repository.

git's built-in union driver needs no per-clone setup, so teammates' learnings merge line by
line without conflicts; import then keeps the newest version of each learning.
"""

from __future__ import annotations

from pathlib import Path

from gcode.atomic import within, write_if_changed
from gcode.errors import GcodeError


def ensure_union_merge(root: Path, rel: str) -> bool:
    """Make `.gitattributes` say `<team file> merge=union`; True when the file was changed.

    git's built-in union driver needs no per-clone setup: when both sides changed
    the same lines, it keeps both, and import picks the winner.
    """
    path = within(root, root / ".gitattributes")
    try:
        text = path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        text = ""
    except (OSError, UnicodeDecodeError) as exc:
        raise GcodeError(f"cannot read {path}: {exc}",
                         hint=f"add the line `{rel} merge=union` yourself") from None
    for line in text.splitlines():
        parts = line.split()
        if parts and parts[0].strip('"').lstrip("/") == rel and "merge=union" in parts[1:]:
            return False
    newline = "\r\n" if "\r\n" in text else "\n"
    pattern = f'"{rel}"' if any(c.isspace() for c in rel) else rel
    if text and not text.endswith("\n"):
        text += newline
    text += (f"# gcode: teammates' learnings merge line by line (import keeps the newest)"
             f"{newline}{pattern} merge=union{newline}")
    write_if_changed(path, text)
    return True
