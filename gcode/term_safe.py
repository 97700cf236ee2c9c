"""What data may put on a terminal: text, newlines and tabs, never a control sequence.

Learnings come from teammates' branches, tool output from whatever a command printed,
answers from a model: any of them can hold `ESC[2J` (clear the screen), an OSC title or
OSC 8 hyperlink, cursor movement that redraws an approval question, C1 controls (a
one-byte CSI) or bidi overrides that show text in another order than it runs. Every such
character is shown as a visible stand-in instead: C0 controls as their Unicode control
pictures (ESC is `␛`, BEL `␇`), DEL as `␡`, C1 controls and bidi/format controls as
`<U+009B>`. A CRLF line end becomes a plain newline. Lone surrogates (bytes that were not
UTF-8, in a path or an argument) show as `<U+DCFF>` instead of failing to print.

`clean()` is for plain output; `safe_console()` is a rich Console that cleans the text of
everything it renders (Markdown, tables, markup) while its own styling still works, since
rich's styles and cursor controls never travel in a segment's text.
"""

from __future__ import annotations

import json
import re
from typing import Any

from gcode.visible import UNSAFE, visible

# Characters json.dumps(ensure_ascii=False) leaves raw: C1 controls and bidi controls.
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def clean(text: str) -> str:
    """`text` with every terminal control except newline and tab made visible."""
    return visible(text.replace("\r\n", "\n")) if UNSAFE.search(text) else text


def for_stream(text: str, stream: Any) -> str:
    """Cleaned when `stream` is a terminal; as it is for a file or pipe (a payload such as
    `gcode context > file` keeps its exact bytes)."""
    try:
        tty = bool(stream.isatty())
    except (AttributeError, ValueError):
        tty = False
    return clean(text) if tty else text


def json_dumps(data: Any, **kwargs: Any) -> str:
    """json.dumps with readable non-ASCII text but every control escaped (`\\u009b`), so a
    JSON document on a terminal cannot drive it either."""
    text = json.dumps(data, ensure_ascii=False, **kwargs)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


_CONSOLE_CLASS: Any = None


def safe_console(**kwargs: Any) -> Any:
    """A rich Console (same arguments) whose rendered text is cleaned; styles still work."""
    global _CONSOLE_CLASS
    if _CONSOLE_CLASS is None:
        from rich.console import Console
        from rich.segment import Segment

        class SafeConsole(Console):
            def _render_buffer(self, buffer: Any) -> str:
                return str(super()._render_buffer(
                    seg if seg.control else Segment(clean(seg.text), seg.style)
                    for seg in buffer))

        _CONSOLE_CLASS = SafeConsole
    return _CONSOLE_CLASS(**kwargs)
