"""pixi's tasks (pixi.toml `[tasks]` and `[feature.<name>.tasks]`, or the same under
pyproject.toml's `[tool.pixi]`), and which of them a `pixi run` names: `pixi run
--environment lint lint` runs the task `lint` in the environment `lint`, where `pixi run -e
py312 python -m pytest` runs a command."""

from __future__ import annotations

from typing import Any

from gcode.scan.files import Repo, as_dict, as_list, get, join
from gcode.scan.make import Task
from gcode.scan.pytasks import Table

# `pixi run` options that take a value (the rest are flags)
_VALUED = frozenset({"-e", "--environment", "--manifest-path", "--executable", "-x"})


def pixi_task(w: list[str]) -> str | None:
    """The first word after `pixi run` and its options: a task's name, or a program."""
    if len(w) < 3 or w[0].rsplit("/", 1)[-1] != "pixi" or w[1] != "run":
        return None
    i = 2
    while i < len(w) and w[i].startswith("-"):
        i += 2 if w[i] in _VALUED else 1
    return w[i] if i < len(w) and w[i] != "--" else None


def _lines(value: Any) -> list[str]:
    """What a task runs: its command (`"pytest"`, `{ cmd = ... }`), after the tasks it
    depends on (`depends-on`, or a list of `{ task = ... }`: an alias), each as `pixi run`."""
    def dep(item: Any) -> str | None:
        name = item if isinstance(item, str) else get(item, "task")
        return f"pixi run {name}" if isinstance(name, str) else None

    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [x for x in map(dep, value) if x]
    spec = as_dict(value)
    lines = [x for x in map(dep, as_list(spec.get("depends-on", spec.get("depends_on")))) if x]
    cmd = spec.get("cmd")
    if isinstance(cmd, list):
        cmd = " ".join(str(x) for x in cmd)
    if isinstance(cmd, str):
        lines.append(" ".join(cmd.split("\\\n")))
    return lines


def pixi_table(repo: Repo, cwd: str) -> Table:
    rel = join(cwd, "pixi.toml")
    data = repo.toml(rel) if repo.isfile(rel) else {}
    if not data:
        rel = join(cwd, "pyproject.toml")
        data = as_dict(get(repo.toml(rel), "tool", "pixi"))
    tables = [data.get("tasks"), *(get(f, "tasks") for f in as_dict(data.get("feature")).values())]
    tasks: dict[str, Task] = {}
    for table in tables:
        for name, value in as_dict(table).items():
            tasks.setdefault(str(name), Task(str(name), _lines(value)))
    return tasks, "", rel if tasks else ""
