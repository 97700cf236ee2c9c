"""Find the key shapes of rules.py, and private key blocks, in any text.

Speed matters (every stored message passes here), so the shapes run as one
compiled alternation, and only inside *runs*: stretches of 20+ characters a key
can be made of. Ordinary prose has few such runs. ``re`` skips a branch whose
first character does not match without entering it, so the branches are grouped
by their first character (a trie of depth two), and each carries an empty named
group right after its head; ``lastgroup`` then names the shape that matched.
The few shapes that start with a character class (``[a-f0-9]{32}-us\\d``) run on
their own, only in runs holding one of their anchor literals.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter
from functools import lru_cache

from gcode.redact.names import Found, has_digit_and_letter
from gcode.redact.rules import SHAPES, Shape

# Characters a key can be made of (base64, urlsafe, dotted, `|`/`%` for Facebook,
# `~` for Azure, `@`/`:` for webhook URLs). A key never spans anything else.
_KEY_CHARS = r"A-Za-z0-9_\-.+/=~:%|@"
# The leading non-key character lets `re` rule out a position with one test instead of
# rescanning the rest of every short word (several times faster on prose).
_RUN_RE = re.compile(rf"[^{_KEY_CHARS}][{_KEY_CHARS}]{{20,}}")
_FIRST_RUN_RE = re.compile(rf"[{_KEY_CHARS}]{{20,}}")
_ALNUM_RUN_RE = re.compile(r"[A-Za-z0-9]{12,}")
# A key starts at a token boundary (only a letter or digit before it means it is the
# middle of another word; `--ghp_...` or `KEY=ghp_...` are still keys) and ends at one.
_BEFORE, _AFTER = r"(?<![A-Za-z0-9])", r"(?![A-Za-z0-9])"
_HEAD_RE = re.compile(r"[A-Za-z0-9_~@:%-]|\\[.\-|%~/+=]")


def _alternatives(pattern: str) -> list[str]:
    """`(?:AKIA|A3T[A-Z0-9])rest` -> [`AKIArest`, `A3T[A-Z0-9]rest`]; `[sr]k_` likewise."""
    if pattern.startswith("(?:"):
        depth, alts, begin = 0, [], 3
        for i in range(3, len(pattern)):
            c = pattern[i]
            if c == "\\":
                continue
            if c == "(":
                depth += 1
            elif c == ")" and depth:
                depth -= 1
            elif c == "|" and not depth:
                alts.append(pattern[begin:i])
                begin = i + 1
            elif c == ")":
                alts.append(pattern[begin:i])
                return [alt + pattern[i + 1 :] for alt in alts]
    m = re.match(r"\[([A-Za-z0-9]{2,4})\]", pattern)
    if m:
        return [c + pattern[m.end() :] for c in m.group(1)]
    return [pattern]


def _literal(pattern: str, pos: int) -> re.Match[str] | None:
    """One literal character at `pos`, unless a quantifier follows (`A{22}` is no head)."""
    m = _HEAD_RE.match(pattern, pos)
    return m if m and pattern[m.end() : m.end() + 1] not in ("{", "*", "+", "?") else None


def _build() -> tuple[re.Pattern[str], dict[str, int], list[tuple[int, re.Pattern[str]]]]:
    groups: dict[str, list[str]] = {}
    marker_to_shape: dict[str, int] = {}
    alone: list[tuple[int, re.Pattern[str]]] = []
    for index, shape in enumerate(SHAPES):
        if shape.anchors:
            alone.append((index, re.compile(_BEFORE + "(?:" + shape.pattern + ")" + _AFTER)))
            continue
        for alt in _alternatives(shape.pattern):
            first = _literal(alt, 0)
            second = first and _literal(alt, first.end())
            if not first:
                raise ValueError(f"{shape.rules}: needs anchors, {alt!r} starts with no literal")
            marker = f"s{len(marker_to_shape)}"
            marker_to_shape[marker] = index
            head_end = second.end() if second else first.end()
            rest = alt[first.end() : head_end] + f"(?P<{marker}>)" + alt[head_end:]
            groups.setdefault(first.group(), []).append(rest)
    trie = "|".join(f"{head}(?:{'|'.join(rests)})" for head, rests in groups.items())
    return re.compile(f"{_BEFORE}(?:{trie}){_AFTER}"), marker_to_shape, alone


class _Compiled:
    """The compiled shapes; built on first use, so a CLI that never redacts never pays."""

    def __init__(self) -> None:
        self.trie, self.marker_to_shape, self.alone = _build()
        anchors = {re.escape(a) for i, _ in self.alone for a in SHAPES[i].anchors}
        self.anchors = re.compile("|".join(sorted(anchors, key=len, reverse=True)))
        self.keep = {i: re.compile(s.keep) for i, s in enumerate(SHAPES) if s.keep}


@lru_cache(maxsize=1)
def _compiled() -> _Compiled:
    return _Compiled()


def _entropy(s: str) -> float:
    n = len(s)
    return -sum(c / n * math.log2(c / n) for c in Counter(s).values())


def _plausible(shape: Shape, value: str) -> bool:
    """Checks a regex cannot express: randomness, mixed characters."""
    if shape.entropy and _entropy(value) < shape.entropy:
        return False
    if shape.mixed and not (has_digit_and_letter(value) and _ALNUM_RUN_RE.search(value)):
        return False
    if shape.mixed_case and (value.islower() or value.isupper()):
        return False
    return True


def _emit(text: str, index: int, m: re.Match[str], out: list[Found]) -> bool:
    shape = SHAPES[index]
    if not _plausible(shape, m.group()):
        return False
    start = m.start()
    keep = _compiled().keep.get(index)
    if keep is not None:
        k = keep.search(text, start, m.end())
        start = k.end() if k else start
    out.append((start, m.end(), shape.kind))
    return True


def _runs(text: str) -> list[tuple[int, int]]:
    spans = [(m.start() + 1, m.end()) for m in _RUN_RE.finditer(text)]
    first = _FIRST_RUN_RE.match(text)
    if first:
        spans.insert(0, first.span())
    return spans


def find_shapes(text: str, out: list[Found]) -> None:
    """Append every provider key in `text` to `out`."""
    compiled = _compiled()
    search, marker_to_shape = compiled.trie.search, compiled.marker_to_shape
    for pos, end in _runs(text):
        run_start = pos
        while pos < end:
            m = search(text, pos, end)
            if m is None:
                break
            index = marker_to_shape[m.lastgroup or ""]
            pos = m.end() if _emit(text, index, m, out) else m.start() + 1
        if compiled.alone and compiled.anchors.search(text, run_start, end):
            anchors = set(compiled.anchors.findall(text, run_start, end))
            for index, pattern in compiled.alone:
                if anchors.intersection(SHAPES[index].anchors):
                    for m in pattern.finditer(text, run_start, end):
                        _emit(text, index, m, out)


_PK_BEGIN_RE = re.compile(r"-----BEGIN[A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----")
_PK_END_RE = re.compile(r"-----END[A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----")
# A block whose END line is missing (truncated output): header lines, then base64 runs.
_PK_TRUNCATED_RE = re.compile(
    r"(?:\\n|\s)*(?:[A-Za-z][A-Za-z-]*:[^\n]*(?:\n|\\n))*(?:[A-Za-z0-9+/=]{16,}(?:\\n|\s)*)*"
)


def find_private_keys(text: str, out: list[Found]) -> None:
    """PEM/OpenSSH private key blocks, whole, even without their END line."""
    if "PRIVATE KEY" not in text:
        return
    ends = [m.end() for m in _PK_END_RE.finditer(text)]
    pos = 0
    for m in _PK_BEGIN_RE.finditer(text):
        if m.start() < pos:
            continue
        k = bisect_right(ends, m.end())
        if k < len(ends):
            end = ends[k]
        else:  # no END line: take what looks like the key body
            body = _PK_TRUNCATED_RE.match(text, m.end())
            end = m.end() + (len(body.group()) if body else 0)
            while end > m.end() and (text[end - 1].isspace() or text[end - 2 : end] == "\\n"):
                end -= 2 if text[end - 2 : end] == "\\n" else 1
        out.append((m.start(), end, "private-key"))
        pos = end
