"""A shell script that dispatches on its first argument (`./boil.sh test-user psql`:
`case "$1" in build) ...;; test-user) test_user "$1";; esac`): what one call runs is the
arm its argument selects, with the functions that arm calls, not the whole script."""

from __future__ import annotations

import fnmatch
import re

_CASE = re.compile(r'^case\s+"?\$\{?(\w+)\}?"?\s+in\b')  # top level: at the start of a line
_ARM = re.compile(r"^\s*\(?\s*([^()\s][^()]*?)\s*\)\s*(.*)$")
_FUNCTION = re.compile(r"^(?:function\s+)?([A-Za-z_][\w-]*)\s*(?:\(\s*\))?\s*\{\s*$")


def dispatched(text: str, arg: str) -> str | None:
    """The commands `text` runs given first argument `arg`, or None when it does not
    dispatch on that argument at its top level."""
    lines = text.splitlines()
    first = _first_args(lines)
    start = next((i for i, x in enumerate(lines) if (m := _CASE.match(x)) and
                  m.group(1) in first), None)
    if start is None:
        return None
    body = _arm(lines[start + 1:], arg)
    if body is None:
        return None
    functions = _functions(lines)
    out: list[str] = []
    for line in body:
        name = line.split(maxsplit=1)[0] if line.split() else ""
        out += functions.get(name, [line])
    return "\n".join(out)


def _first_args(lines: list[str]) -> set[str]:
    """`1` and the variables the script sets from it (`command=$1`)."""
    names = {"1"}
    for x in lines:
        m = re.match(r'^\s*(?:local\s+)?(\w+)="?\$\{?1\}?"?\s*$', x)
        if m:
            names.add(m.group(1))
    return names


def _arm(lines: list[str], arg: str) -> list[str] | None:
    body: list[str] | None = None
    for x in lines:
        if re.match(r"^\s*esac\b", x):
            break
        if body is None:
            m = _ARM.match(x)
            if m and any(fnmatch.fnmatchcase(arg, p.strip().strip("'\""))
                         for p in m.group(1).split("|")):
                body = []
                x = m.group(2)
            else:
                continue
        done = ";;" in x
        x = x.split(";;", 1)[0].strip()
        if x:
            body.append(x)
        if done:
            return body
    return body


def _functions(lines: list[str]) -> dict[str, list[str]]:
    """The script's functions (`name() {` ... `}` at the start of a line) and their lines."""
    out: dict[str, list[str]] = {}
    name: str | None = None
    for x in lines:
        m = _FUNCTION.match(x)
        if name is None and m:
            name, out[m.group(1)] = m.group(1), []
        elif name is not None and x.startswith("}"):
            name = None
        elif name is not None and x.strip():
            out[name].append(x.strip())
    return out
