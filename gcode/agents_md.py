"""A gcode-managed block inside AGENTS.md, so other coding agents get the team's learnings.

AGENTS.md belongs to people: gcode only ever rewrites the text between its two
marker lines and leaves every other byte as it was (when the block is new, it is
appended after the existing text). The block carries team-scope learnings only,
because AGENTS.md is committed.
"""

from __future__ import annotations

from pathlib import Path

from gcode.errors import GcodeError

BEGIN = "<!-- gcode:begin learnings -->"
END = "<!-- gcode:end learnings -->"
NOTICE = ("<!-- Managed by gcode (`gcode context --format agents-md`): "
          "edits between these markers are replaced. -->")


def _line_of(text: str, index: int) -> int:
    return text.count("\n", 0, index) + 1


def find_block(text: str, name: str = "AGENTS.md") -> tuple[int, int] | None:
    """(start of BEGIN, end of END) of the managed block, None if absent; malformed = error."""
    begins = _positions(text, BEGIN)
    ends = _positions(text, END)
    if not begins and not ends:
        return None
    if len(begins) == 1 and len(ends) == 1 and begins[0] < ends[0]:
        return begins[0], ends[0] + len(END)
    where = ", ".join(f"line {_line_of(text, i)}" for i in sorted(begins + ends))
    raise GcodeError(
        f"{name} has a broken gcode block: {len(begins)} begin and {len(ends)} end marker(s) "
        f"({where})",
        hint=f"leave exactly one `{BEGIN}` followed by one `{END}` (or delete both)")


def _positions(text: str, marker: str) -> list[int]:
    found, start = [], 0
    while (i := text.find(marker, start)) >= 0:
        found.append(i)
        start = i + len(marker)
    return found


def render_block(body: str, newline: str = "\n") -> str:
    lines = [BEGIN, NOTICE, *body.strip("\n").splitlines(), END]
    return newline.join(line.rstrip("\r") for line in lines)


def upsert(text: str, body: str, name: str = "AGENTS.md") -> str:
    """`text` with its managed block set to `body`; every byte outside the block unchanged."""
    newline = "\r\n" if "\r\n" in text else "\n"
    block = render_block(body, newline)
    span = find_block(text, name)
    if span is not None:
        return text[: span[0]] + block + text[span[1]:]
    if not text:
        return block + newline
    sep = "" if text.endswith(newline * 2) else newline if text.endswith(newline) else newline * 2
    return text + sep + block + newline


def strip(text: str) -> str:
    """`text` without the managed block (for readers who already have the learnings)."""
    span = find_block(text)
    if span is None:
        return text
    end = span[1]
    while end < len(text) and text[end] in "\r\n":
        end += 1
    return text[: span[0]] + text[end:]


def write(path: Path, body: str) -> bool:
    """Create or refresh the block in `path`; True when the file changed."""
    from gcode.atomic import is_special, write_if_changed

    try:
        raw = b"" if is_special(path) else path.read_bytes()  # a pipe is written, never read
    except FileNotFoundError:
        raw = b""
    except OSError as exc:
        raise GcodeError(f"cannot read {path}: {exc.strerror}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise GcodeError(f"{path} is not UTF-8 text; it was left untouched",
                         hint="save it as UTF-8, or pass --output to write elsewhere") from None
    return write_if_changed(path, upsert(text, body, path.name))
