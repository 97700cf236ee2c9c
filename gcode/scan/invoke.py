"""Invoke's tasks.py: `@task` functions and the shell commands they `run`.

Invoke names a task for its function, underscores as dashes (`def fixed_client_tests` is
`invoke fixed-client-tests`). A task's commands are the literal strings it passes to
`run(...)` / `c.run(...)` / `c.sudo(...)` (an f-string's fields as `{...}`), and the tasks
it calls (`linters(c)` -> `invoke linters`), in order; `pre=[...]` tasks run first."""

from __future__ import annotations

import ast

from gcode.scan.files import Repo, join
from gcode.scan.make import Task
from gcode.scan.pytasks import decorated_name

Table = tuple[dict[str, Task], str, str]
_RUNS = ("run", "sudo", "local")


def invoke_table(repo: Repo, cwd: str) -> Table:
    rel = join(cwd, "tasks.py")
    text = repo.read(rel)
    if not text or "invoke" not in text:
        return {}, "", ""
    try:
        tree = ast.parse(text)
    except (SyntaxError, ValueError):
        return {}, "", ""
    funcs = {n.name: n for n in tree.body if isinstance(n, ast.FunctionDef)}
    named = {name: _task_name(node) for name, node in funcs.items()}
    tasks: dict[str, Task] = {}
    default = ""
    for name, node in funcs.items():
        label = named[name]
        if label is None:
            continue
        pre = [f"invoke {named[p]}" for p in _pre(node) if named.get(p)]
        tasks[label] = Task(label, pre + _lines(node, named), node.lineno)
        if _is_default(node):
            default = label
    return tasks, default, rel


def _task_name(node: ast.FunctionDef) -> str | None:
    """The name a `@task`-decorated function is called by, None for other functions."""
    name = decorated_name(node, "task")
    return None if name is None else name or node.name.replace("_", "-").strip("-")


def _decorator_keyword(node: ast.FunctionDef, key: str) -> ast.expr | None:
    for dec in node.decorator_list:
        if isinstance(dec, ast.Call):
            for kw in dec.keywords:
                if kw.arg == key:
                    return kw.value
    return None


def _pre(node: ast.FunctionDef) -> list[str]:
    value = _decorator_keyword(node, "pre")
    if isinstance(value, (ast.List, ast.Tuple)):
        return [e.id for e in value.elts if isinstance(e, ast.Name)]
    positional = [a for dec in node.decorator_list if isinstance(dec, ast.Call)
                  for a in dec.args]  # `@task(clean, build)`: tasks to run first
    return [a.id for a in positional if isinstance(a, ast.Name)]


def _is_default(node: ast.FunctionDef) -> bool:
    value = _decorator_keyword(node, "default")
    return isinstance(value, ast.Constant) and value.value is True


def _lines(node: ast.FunctionDef, named: dict[str, str | None]) -> list[str]:
    lines: list[tuple[int, int, str]] = []
    for call in ast.walk(node):
        if not isinstance(call, ast.Call):
            continue
        func = call.func
        if isinstance(func, ast.Attribute) and func.attr in _RUNS or \
                isinstance(func, ast.Name) and func.id in _RUNS:
            text = _literal(call.args[0]) if call.args else None
            if text:
                lines.append((call.lineno, call.col_offset, text))
        elif isinstance(func, ast.Name) and named.get(func.id):
            lines.append((call.lineno, call.col_offset, f"invoke {named[func.id]}"))
    return [text for _, _, text in sorted(lines)]


def _literal(arg: ast.expr) -> str | None:
    """A command string: a literal, or an f-string with its fields as `{...}`."""
    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
        return arg.value.strip() or None
    if isinstance(arg, ast.JoinedStr):
        parts = [v.value if isinstance(v, ast.Constant) else "{...}" for v in arg.values]
        text = "".join(str(p) for p in parts).strip()
        return text if text and not text.startswith("{") else None
    return None
