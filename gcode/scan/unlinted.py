"""Lint commands of a sub-project CI tests but never lints, where CI lints elsewhere."""

from __future__ import annotations

import re

from gcode.scan.ci import WORKFLOWS
from gcode.scan.files import Repo
from gcode.scan.model import Fact
from gcode.scan.project import Facts, _task_runner, from_ci, local_key

# `working-directory: ${{ matrix.workdir }}`: a step run in directories the file does not say
_CHOSEN_DIR = re.compile(r"working-directory:\s*['\"]?\$\{\{")


def _dirs_unsaid(repo: Repo) -> bool:
    return any(_CHOSEN_DIR.search(repo.read(f"{WORKFLOWS}/{name}") or "")
               for name in repo.files(WORKFLOWS) if name.endswith((".yml", ".yaml")))


def drop_unlinted_subprojects(repo: Repo, facts: Facts) -> None:
    """A sub-project whose tests CI runs (`cd v2 && go test ./...`) while its lint jobs
    check other directories and nothing there (`npm run check` in v3, semgrep at the
    root): that sub-project's lint tasks and linters' defaults (`task lint`, `golangci-lint
    run` from v2/.golangci.yml) are checks the project does not keep passing. The root
    and directories CI lints keep theirs."""
    linted = _ci_dirs(facts, "lint_command")
    tested = {f.cwd for f in facts.items if f.kind == "test_command" and from_ci(f)}
    called = {cwd for cwd, _, _ in facts.ci_calls}
    names = {(runner, name) for _, runner, name in facts.ci_calls}  # in any directory
    if not linted or _dirs_unsaid(repo) or any((runner, name) in names for f in facts.items
                         if f.kind == "lint_command" and f.cwd in tested - linted and
                         (runner := _task_runner(f)) and
                         (name := local_key(f).split(":", 1)[-1])):
        return  # a CI that never lints (the defaults stay, round 25), or one that calls
        # the sub-project's lint task by its name from a directory it does not say
        # (`make lint` in a reusable workflow's `inputs.working-directory`, a matrix's)
    facts.items = [f for f in facts.items
                   if not _only_tested_there(f, "lint_command", tested, linted, called)]
    _drop_go_builds(facts, tested, called)


def _ci_dirs(facts: Facts, kind: str) -> set[str]:
    """The directories where CI runs a command of `kind` (itself or through a task)."""
    return ({f.cwd for f in facts.items if f.kind == kind and from_ci(f)}
            | {cwd for cwd, found, _ in facts.ci_tasks if found == kind})


def _only_tested_there(f: Fact, kind: str, tested: set[str], done: set[str],
                       called: set[str]) -> bool:
    """`f` is a guessed `kind` command of a sub-project where CI runs the tests, no `kind`
    command, and no task by name."""
    return (f.kind == kind and bool(f.cwd) and not from_ci(f) and f.cwd in tested
            and f.cwd not in done and f.cwd not in called)


def _drop_go_builds(facts: Facts, tested: set[str], called: set[str]) -> None:
    """So too a nested Go module's `go build ./...` (its go.mod's default) where CI builds
    other directories and only tests that one: `go test` compiles it already."""
    built = _ci_dirs(facts, "build_command")
    if not built:
        return
    facts.items = [f for f in facts.items if not (
        _only_tested_there(f, "build_command", tested, built, called)
        and f.command == "go build ./..." and f.paths[:1] == [f"{f.cwd}/go.mod"])]
