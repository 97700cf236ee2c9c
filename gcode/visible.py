"""Control characters shown as visible stand-ins: C0 controls as their Unicode control
pictures (ESC is `␛`, BEL `␇`), DEL as `␡`, C1, bidi and format controls and lone surrogates
as `<U+009B>`. Text from a teammate's branch, a tool or a model can hold `ESC[2J` or a
right-to-left override; wherever such text is shown or handed on (a terminal, a learning's
prompt line, AGENTS.md), it is shown, never obeyed."""

from __future__ import annotations

import re

UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e"
                    "\u2066-\u2069\ud800-\udfff]")  # surrogates: undecodable bytes


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)
    if code == 0x7F:
        return "\u2421"
    return f"<U+{code:04X}>"


def visible(text: str) -> str:
    """`text` with every control except newline and tab made visible."""
    return UNSAFE.sub(_visible, text) if UNSAFE.search(text) else text
