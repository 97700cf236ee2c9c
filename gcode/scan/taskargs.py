"""The arguments a call gives the task it runs: appended to a one-line script, a tox
env's posargs, a shell script's `"$@"` and `$1`."""

from __future__ import annotations

import re
import shlex

from gcode.scan.shell import words


def given_args(recipe: list[str], runner: str, name: str, command: str) -> list[str]:
    """A one-line script called with more arguments (`yarn prettier --list-different`,
    `npm run lint -- --fix`) runs its line with them, a tox env its posargs; a shell
    script, its `"$@"`."""
    ws = words(command)
    if runner == "script" and len(recipe) == 1:
        recipe = [_positional(recipe[0], ws[ws.index(name) + 1:] if name in ws else [])]
    if runner == "script" and len(recipe) == 1 and name in ws and ws[ws.index(name) + 1:]:
        given = " ".join(shlex.quote(x) for x in ws[ws.index(name) + 1:])
        return [recipe[0].replace('"$@"', given)]  # `nextest "$@"` given `archive ...`
    name = "--" if runner == "tox" and "--" in ws else name  # `tox -e black -- --check`
    if runner not in ("npm", "tox") or len(recipe) != 1 or name not in ws:
        return recipe
    extra = ws[ws.index(name) + 1:]
    extra = extra[1:] if extra[:1] == ["--"] else extra
    if not extra or any(c in recipe[0] for c in "&|;"):
        return recipe
    return [f"{recipe[0]} {' '.join(shlex.quote(x) for x in extra)}"]


_POSITIONAL = re.compile(r"\$\{([1-9])(?::?-([^}\s]*))?\}|\$([1-9])\b")


def _positional(script: str, given: list[str]) -> str:
    """A script's `$1` (`cmd="${1:-test}"`) as the call gives it, or its default."""
    def fill(m: re.Match[str]) -> str:
        i = int(m.group(1) or m.group(3)) - 1
        if i < len(given):
            return shlex.quote(given[i])
        return m.group(2) if m.group(2) is not None else m.group(0)
    return _POSITIONAL.sub(fill, script)


def option_value(args: list[str], names: tuple[str, ...]) -> str | None:
    """The value given to the first of `names` among `args` (`-e lint`, `--labels=lint`)."""
    for i, arg in enumerate(args):
        if arg in names and i + 1 < len(args):
            return args[i + 1]
        for name in names:
            if name.startswith("--") and arg.startswith(name + "="):
                return arg.split("=", 1)[1]
    return None
