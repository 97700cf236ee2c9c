"""cargo-make (Makefile.toml): tasks and what each runs, so that `cargo make ci-clippy`
in CI is read as the clippy run it is. A task runs its `dependencies`, then its
`command` + `args` or its shell `script`, then `run_task`; `extend` files add tasks."""

from __future__ import annotations

import posixpath
import re
import shlex
from typing import Any

from gcode.scan.files import Repo, as_dict, as_list, join
from gcode.scan.make import Task

MAKEFILES_TOML = ("Makefile.toml",)
MAX_EXTENDS = 6


def _extends(data: dict[str, Any]) -> list[str]:
    out: list[str] = []
    for item in as_list(data.get("extend")):
        path = item if isinstance(item, str) else as_dict(item).get("path")
        if isinstance(path, str):
            out.append(path)
    return out


def _run_task(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    name = as_dict(value).get("name")
    return [str(n) for n in as_list(name) if isinstance(n, str)]


def _lines(spec: dict[str, Any]) -> list[str]:
    lines = [f"cargo make {d}" for d in as_list(spec.get("dependencies")) if isinstance(d, str)]
    command = spec.get("command")
    if isinstance(command, str):
        args = [str(a) for a in as_list(spec.get("args")) if isinstance(a, (str, int))
                and a not in ("${@}", "$@")]
        lines.append(" ".join(shlex.quote(w) if re.search(r"[\s;&|<>]", w) else w
                              for w in [command, *args]))
    script = spec.get("script")
    body = script if isinstance(script, str) else "\n".join(
        s for s in as_list(script) if isinstance(s, str)) if isinstance(script, list) else ""
    if body and not body.lstrip().startswith("#!@"):  # duckscript / rust scripts: not shell
        lines += [x for x in body.splitlines() if x.strip() and not x.lstrip().startswith("#")]
    lines += [f"cargo make {n}" for n in _run_task(spec.get("run_task"))]
    return lines


def parse_cargo_make(repo: Repo, rel: str) -> dict[str, Task]:
    """Tasks of `rel` and of the files it extends (its own definitions win)."""
    tasks: dict[str, Task] = {}
    queue: list[str] = [rel]
    seen: set[str] = set()
    while queue and len(seen) < MAX_EXTENDS:
        path = queue.pop(0)
        if path in seen or path.startswith(".."):
            continue
        seen.add(path)
        data = repo.toml(path)
        text = repo.read(path) or ""
        for name, spec in as_dict(data.get("tasks")).items():
            spec = as_dict(spec)
            if name in tasks or spec.get("private") or spec.get("disabled"):
                continue
            alias = spec.get("alias")
            lines = [f"cargo make {alias}"] if isinstance(alias, str) else _lines(spec)
            m = re.search(rf"^\[tasks\.{re.escape(str(name))}\]", text, re.M)
            task = Task(str(name), lines, text.count("\n", 0, m.start()) + 1 if m else 0)
            task.file = path if path != rel else ""
            tasks[str(name)] = task
        base = posixpath.dirname(path)
        queue += [posixpath.normpath(join(base, e)) for e in _extends(data)]
    return tasks


def cargo_make_task(args: list[str]) -> str | None:
    """The task `cargo make [options] <task>` (or `makers ...`) runs."""
    it = iter(args)
    for arg in it:
        if arg in ("--env", "-e", "--profile", "-p", "--makefile", "--cwd", "-t", "--task",
                   "--loglevel", "-l", "--env-file"):
            value = next(it, "")
            if arg in ("-t", "--task"):
                return value or None
        elif not arg.startswith("-") and "=" not in arg:
            return arg
    return None
