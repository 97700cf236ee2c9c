"""Facts from task runners' tables: Makefile, justfile and Taskfile targets, tox envs,
nox sessions, hatch/pdm scripts and poe tasks, each labelled by what it runs."""

from __future__ import annotations

import re
from typing import Any

from gcode.scan.tasknames import by_name
from gcode.scan.make import RELEASE_NAME
from gcode.scan.model import BUILD, FORMAT, INSTALL, LINT, TEST, role
from gcode.scan.project import Project

MAX_PER_FILE = 10
# side tasks: not how the project is tested or built (`make tools` builds the developer's
# helper programs, `make repro-check` builds twice to compare checksums)
SIDE_TASK = re.compile(r"(^|[-_:])(bench|benchmarks?|perf|profile|fuzz|watch|serve|dev|"
                       r"start|clean|update|debug|size|generate|gen|regen|codegen|bless|snapshots?|"
                       r"tools|repro|interactive|shell|console|repl)"
                       r"($|[-_:])")
RUNS_APP = re.compile(r"(^|[-_:])run$")  # `make run`, `task sleepit:run`: starts a program
_PY_VERSION = re.compile(r"(py|pypy)?\d+(\.\d+)*t?|py")  # a factor naming a Python version
_FILE_TARGET = re.compile(r"[/$]|\.\w+$")  # `target/release/fd`, `$(EXE)`, `docs.html`
_PREFIX = {"make": "make", "just": "just", "task": "task", "poe": "poe",
           "cargo-make": "cargo make"}


def scan_runners(p: Project) -> None:
    for runner in ("make", "just", "task", "cargo-make"):
        tasks, default, rel = p.tasks.table(runner, p.cwd)
        if runner == "cargo-make" and tasks:
            p.env("cargo-make", f"Tasks run with cargo-make: `cargo install cargo-make` ({rel})",
                  [rel], rel)
        emitted = 0
        offered: list[list[str]] = []  # the recipes of the tasks offered so far
        linters = _ci_reached_linters(p, runner, tasks)
        helped = runner == "make" and sum(t.documented for t in tasks.values()) >= 2
        for name, task in tasks.items():
            if emitted >= MAX_PER_FILE and name not in linters:
                continue  # past the cap, the linters a CI call reaches still count
            if task.releases or task.needs_args or task.shadowed or task.instance or \
                    name in ("", "default") or \
                    name.startswith("_") or SIDE_TASK.search(name) or RUNS_APP.search(name) or \
                    _clones(tasks, runner, name) or deprecated(tasks, runner, name) or \
                    _report_of(tasks, runner, name):
                continue
            if _alias(p, tasks, runner, name) and not (
                    name == default and (p.cwd, runner, "") in p.facts.ci_calls):  # bare `make`
                emitted += 1  # not offered, but it keeps its place under the cap
                continue
            command = f"{_PREFIX[runner]} {name}"
            if runner == "make" and _FILE_TARGET.search(name):
                if name != default:
                    continue  # a file the build makes, not a task to run
                command = "make"  # the default goal builds that file
            if helped and not task.documented and role(p.kinds(command)) == BUILD and \
                    (p.cwd, runner, name) not in p.facts.ci_calls:
                continue  # a self-documented Makefile's build step with no `## help`: one
                # the documented targets run (`binary: $(TARGET)-native ## Build ...`)
            if by_name(name) == TEST and role(p.kinds(command)) == BUILD:
                continue  # `test-plugin`: builds a helper the tests use, not the project
            if task.lines in offered and role(p.kinds(command)) == TEST:
                continue  # the test of a task offered before, under a second name
                # (`testtimer: pytest` after `pytest: pytest`); linters' second names
                # (`lint lint_diff:`) still fill their place as before
            where = task.file or rel
            source = f"{where}:{task.line}" if task.line else where
            if p.command(f"{runner}:{name}", command, source, list(dict.fromkeys([rel, where]))) \
                    not in (None, INSTALL):  # `make venv` leaves room for `make build`
                emitted += 1
                offered.append(task.lines)


def _ci_reached_linters(p: Project, runner: str, tasks: dict[str, Any]) -> set[str]:
    """The lint tasks a CI call runs through its own (`make check: test vet web-lint`):
    past the cap of a long file, still offered."""
    reached = {name for runs in p.facts.ci_follows.values() for where, r, name in runs
               if where == p.cwd and r == runner and name in tasks}
    return {n for n in reached if role(p.kinds(f"{_PREFIX[runner]} {n}")) == LINT}


# `@echo "WARNING: This target is deprecated ... Use 'make build' instead."`
_DEPRECATED = re.compile(r"^[@-]*(echo|printf)\b.*\b(deprecated|obsolete)\b", re.I)


def deprecated(tasks: dict[str, Any], runner: str, name: str, depth: int = 2) -> bool:
    """Whether a task (or one it runs first) says it is deprecated: an old name kept for a
    while (`buildall: deprecated build`), not the way to run it now."""
    task = tasks.get(name)
    if task is None or depth == 0:
        return False
    return any(_DEPRECATED.search(line) or bool(called := _task_call(line, runner)) and
               deprecated(tasks, runner, called or "", depth - 1) for line in task.lines)


def _clones(tasks: dict[str, Any], runner: str, name: str, depth: int = 4) -> bool:
    """Whether a task (or one it runs) clones another repository: it tests or builds
    someone else's code (`compose-test-latest` against upstream's newest release)."""
    task = tasks.get(name)
    if task is None or depth == 0:
        return False
    for line in task.lines:
        if re.search(r"\bgit\s+clone\b", line):
            return True
        called = _task_call(line, runner)
        if called and _clones(tasks, runner, called, depth - 1):
            return True
    return False


# the conventional entry points: `lint: lint-go` is how to lint, whatever it runs
_ENTRIES = frozenset({"test", "tests", "lint", "check", "build", "format", "fmt"})


def _alias(p: Project, tasks: dict[str, Any], runner: str, name: str) -> bool:
    """Whether a task is only a second name for another task of the file (`all: build`),
    offered under its own name; unless a CI step calls it by this one (or may: a container)
    or it is the conventional entry point (`lint: lint-go`)."""
    lines = tasks[name].lines
    called = _task_call(lines[0], runner) if len(lines) == 1 else None
    return bool(called) and called != name and called in tasks and name not in _ENTRIES and not \
        {(p.cwd, runner, name), (p.cwd, "", "")} & p.facts.ci_calls  # a container: any task


def _task_call(line: str, runner: str) -> str | None:
    """The task of the same file a recipe line runs, when that is all it does (`make
    build`, `$(MAKE) build`, `just build`)."""
    words = line.split()
    return words[1] if len(words) == 2 and words[0] in (runner, "$(MAKE)", "${MAKE}") else None


# Renders what an earlier run measured: a coverage report, opened in a browser
_REPORT = re.compile(r"^[@-]*((\S*/)?coverage\s+(html|xml|json|lcov|report)|genhtml|"
                     r"(xdg-)?open|python3?\s+-m\s+webbrowser|echo|printf)\b")


def _report_of(tasks: dict[str, Any], runner: str, name: str) -> bool:
    """Whether a task runs another task of the file and then only renders its report
    (`coverage-html: coverage` then `coverage html`): that task again, not one of its own."""
    task = tasks.get(name)
    if task is None:
        return False
    calls = [c for x in task.lines if (c := _task_call(x, runner)) in tasks]
    rest = [x for x in task.lines if _task_call(x, runner) not in calls]
    return bool(calls) and bool(rest) and all(_REPORT.match(x) for x in rest)


def scan_python_runners(p: Project, prefix: str) -> None:
    """tox, nox, hatch, pdm and poe: the default run and each named env that lints,
    formats or builds (test envs are covered by the default run)."""
    tasks, _, rel = p.tasks.table("tox", p.cwd)
    if rel:
        p.env("tox", f"Test environments are managed with tox ({rel})", [rel], rel)
        p.command("test:tox", f"{prefix}tox", rel, [rel], only=(TEST,))
        _named(p, "tox", tasks, rel, lambda n: f"{prefix}tox -e {n}", (LINT, FORMAT, BUILD))
    tasks, _, rel = p.tasks.table("nox", p.cwd)
    if rel:
        p.env("nox", f"Sessions are run with nox ({rel})", [rel], rel)
        chosen = tasks[""].lines if "" in tasks else []
        # `nox.options.sessions` chosen (without it, `nox` runs every session), mostly
        # sessions that test: `nox` is then how to run the tests, not a round of linters
        if chosen and 2 * sum(TEST in p.kinds(x) for x in chosen) >= len(chosen):
            p.command("test:nox", f"{prefix}nox", rel, [rel], only=(TEST,))
        _named(p, "nox", tasks, rel, lambda n: f"{prefix}nox -s {n}", (TEST, LINT, FORMAT,
                                                                       BUILD))
    tasks, _, rel = p.tasks.table("hatch", p.cwd)
    if rel:
        if "hatch-test" in tasks:
            p.command("test:hatch", "hatch test", rel, [rel], only=(TEST,))
        _named(p, "hatch", {k: v for k, v in tasks.items() if k != "hatch-test"}, rel,
               lambda n: f"hatch run {n}", (TEST, LINT, FORMAT, BUILD))
    for runner, run in (("pdm", "pdm run {}"), ("poe", "poe {}")):
        tasks, _, rel = p.tasks.table(runner, p.cwd)
        if rel:
            _named(p, runner, tasks, rel, run.format, (TEST, LINT, FORMAT, BUILD))


def _named(p: Project, runner: str, tasks: dict[str, Any], rel: str, command: object,
           roles: tuple[str, ...]) -> None:
    emitted = 0
    seen: set[str] = set()  # names without their Python version: `3.10-mypy` is `3.14-mypy`
    for name, task in tasks.items():
        if not name or name.startswith("@") or emitted >= MAX_PER_FILE or \
                RELEASE_NAME.search(name) or task.releases \
                or SIDE_TASK.search(name) or _clones(tasks, runner, name):
            continue
        unversioned = "-".join(f for f in name.split("-") if not _PY_VERSION.fullmatch(f))
        if unversioned != name and unversioned in seen:
            continue
        seen.add(unversioned)
        cmd = command(name)  # type: ignore[operator]
        line = p.repo.line_of(rel, name) if rel.endswith((".ini", ".cfg", ".toml")) else None
        source = f"{rel}:{task.line or line}" if (task.line or line) else rel
        if p.command(f"{runner}:{name}", cmd, source, [rel], only=roles):
            emitted += 1
