"""GitHub Actions expressions in a step's script: `${{ matrix.x }}`, `${{ env.x }}` and
`${{ a || 'b' }}` filled in where the job says their value. Kept apart from gcode.scan.ci
(which reads the workflows) because it is one job of its own: evaluating what a step
will run once GitHub has substituted its expressions."""

from __future__ import annotations

import re
from typing import Any

from gcode.scan.cistep import Step
from gcode.scan.files import as_list, get

_EXPR = re.compile(r"\$\{\{\s*([^}]*?)\s*\}\}")
_SLOT_DEFAULT = re.compile(r"matrix\.[\w-]+\s*(?:\|\||or)\s*'[\w:.-]+'")
_INDEXED = re.compile(r"(.*?)(?:\[(\d+)\])?", re.S)  # `python-version[1]`: path, index


def _value(expr: str, step: Step, varying: list[str]) -> str | None:
    """The value of `matrix.x`, `env.x` or `a || b` (the first that has one; a quoted
    literal counts), or None when it is not known here."""
    if "||" in expr or _SLOT_DEFAULT.fullmatch(expr):
        for part in (x.strip() for x in re.split(r"\|\||\s+or\s+", expr)):
            if len(part) > 1 and part[0] == part[-1] == "'":
                return part[1:-1]
            value = _value(part, step, varying)
            if value:  # '' is false to GitHub: `'' || 'x'` is 'x'
                return value
        return None
    if expr.startswith("matrix."):
        m = _INDEXED.fullmatch(expr[7:])
        path, index = (m.group(1), m.group(2)) if m else (expr[7:], None)
        found = _pluck(step.matrix, path.split("."))
        if found is None:  # only in `include:` entries
            found = next((get(x, *path.split(".")) for x in
                          as_list(step.matrix.get("include"))
                          if get(x, *path.split(".")) is not None), None)
        if found is None and _written_out(step.matrix):
            return ""  # a key no entry of a written-out matrix has is '' to GitHub
        if index is not None:  # `matrix.python[1]`: that item of each entry's list
            found = [v[int(index)] for v in as_list(found)
                     if isinstance(v, list) and len(v) > int(index)]
        values = [v for v in as_list(found) if isinstance(v, (str, int, float))
                  and not isinstance(v, bool) and "\n" not in str(v)]  # not a whole script
        if len(values) > 1:
            varying.append(f"{expr[7:]} ∈ {', '.join(str(v) for v in values[:4])}")
        if values:
            return str(values[0])  # one runnable instance; the note names the rest
    if expr.startswith("env.") and expr[4:] in step.env:
        return step.env[expr[4:]]
    return None


_MATRIX_TEST = re.compile(r"\s*(?:\$\{\{\s*)?matrix\.([\w-]+)\s*(?:\}\})?\s*")


def matrix_false(condition: Any, matrix: dict[str, Any]) -> bool:
    """A step's `if: ${{ matrix.tox_env }}` where no entry of the written-out matrix has
    that key: it is '' in every job, and the step never runs."""
    m = _MATRIX_TEST.fullmatch(condition) if isinstance(condition, str) else None
    if m is None or not _written_out(matrix):
        return False
    key = m.group(1)
    return get(matrix, key) is None and not any(
        get(x, key) is not None for x in as_list(matrix.get("include")))


def _written_out(matrix: dict[str, Any]) -> bool:
    """A matrix given in the workflow itself, not computed (`${{ fromJSON(...) }}`)."""
    return bool(matrix) and "${{" not in str(matrix)


def _pluck(matrix: dict[str, Any], keys: list[str]) -> Any:
    """`matrix.task.nox` over `task: [{name: Build, nox: build}, ...]`: an axis of mappings
    gives that key of each entry (plain `get` stops at the list)."""
    found = get(matrix, keys[0])
    if len(keys) > 1 and isinstance(found, list) and all(isinstance(x, dict) for x in found):
        return [x.get(keys[1]) for x in found if x.get(keys[1]) is not None] or None
    return get(matrix, *keys)


def substitute(command: str, step: Step) -> tuple[str, str]:
    """Fill `${{ matrix.x }}` and `${{ env.x }}` where the value is known; the note
    names the matrix values that vary."""
    varying: list[str] = []

    def fill(m: re.Match[str]) -> str:
        value = _value(m.group(1), step, varying)
        return m.group(0) if value is None else value

    filled = _EXPR.sub(fill, command)
    if filled != command:  # a slot filled with '' (`${{ matrix.wrapper }} tox`) leaves no gap
        filled = re.sub(r"(?<=\S) {2,}(?=\S)", " ", filled).strip()
        filled = re.sub(r"\s+--$", "", filled)  # `pytest -- ${{ matrix.args }}`, no args
    command = filled
    return command, ("matrix: " + "; ".join(dict.fromkeys(varying))) if varying else ""


def or_expressions_filled(step: Step) -> str:
    """The step's script with each `${{ a || b }}` replaced by its value where it is known,
    before the shell's `||` is read; a matrix slot with a default (`npm run ${{
    matrix.command || 'test:only' }}`) stays a slot, its `||` spelled `or`, for
    gcode.scan.cistep.matrix_tasks to give each job its task."""
    def fill(m: re.Match[str]) -> str:
        expr = m.group(1)
        if _SLOT_DEFAULT.fullmatch(expr):
            return m.group(0).replace("||", "or")
        if "||" in expr:
            return _value(expr, step, []) or m.group(0)
        return m.group(0)

    return _EXPR.sub(fill, step.script)
