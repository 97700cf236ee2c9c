"""Where facts are gathered: one collector for the whole scan, and a view of one
directory (the repository root or a sub-project) that ecosystem readers write into."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from gcode.scan.classify import Kinds
from gcode.scan.files import Repo, join
from gcode.scan.make import RELEASE
from gcode.scan.programs import unwrap
from gcode.scan.model import (ASIDE, BUILD, FORMAT, INSTALL, LINT, TEST, Fact, command_fact,
                              env_fact, role)
from gcode.scan.shell import commands, words
from gcode.scan.tasks import Tasks

_WRAPPERS = frozenset({"uv", "run", "poetry", "pdm", "pipenv", "hatch", "python", "python3",
                       "-m", "npx", "pnpm", "yarn", "npm", "bun", "exec", "coverage"})


# Subcommands that do the same job as another (`cargo nextest run` runs the tests
# `cargo test` would): CI running one means the other is not a second way to do it.
_SAME = {"nextest": "test", "llvm-cov": "test", "insta": "test"}


def tool_of(command: str) -> str:
    """The program a command is about (`uv run ruff check .` -> ruff), to avoid saying
    the same thing twice from a config file."""
    ws = [w for w in words(command) if "=" not in w]
    for i, word in enumerate(ws):
        if word.startswith("-") or word in _WRAPPERS:
            continue
        prog = word.rsplit("/", 1)[-1]
        if prog in ("cargo", "go", "ruff") and i + 1 < len(ws):  # `ruff format --check`
            sub = next((w for w in ws[i + 1:] if not w.startswith(("-", "+"))), "")
            return f"{prog} {_SAME.get(sub, sub)}"
        return prog
    return ""


class Facts:
    """All facts of a scan, deduplicated by key and by (directory, command)."""

    def __init__(self) -> None:
        self.items: list[Fact] = []
        self._keys: set[str] = set()
        self._commands: set[tuple[str, str]] = set()
        self._tools: set[tuple[str, str, str]] = set()  # (cwd, kind, program)
        self.umbrellas: set[str] = set()  # keys of test commands that also lint or format
        self.ci_calls: set[tuple[str, str, str]] = set()  # (cwd, runner, word) CI runs
        self.ci_words: set[str] = set()  # every word of every CI command
        self.ci_programs: set[tuple[str, str]] = set()  # (cwd, program) CI runs there
        self.ci_tasks: set[tuple[str, str, str]] = set()  # (cwd, kind, runner) CI reaches
        # (cwd, runner, task) CI calls -> the (cwd, runner, task)s that task runs in turn
        self.ci_follows: dict[tuple[str, str, str], set[tuple[str, str, str]]] = {}

    def add(self, fact: Fact) -> bool:
        if fact.key in self._keys:
            return False
        if fact.command is not None:
            norm = " ".join(fact.command.split())
            if (fact.cwd, norm) in self._commands:
                return False
            self._commands.add((fact.cwd, norm))
            self._tools.add((fact.cwd, fact.kind, tool_of(fact.command)))
        self._keys.add(fact.key)
        self.items.append(fact)
        return True

    def note_tools(self, cwd: str, kind: str, leaves: list[str]) -> None:
        """The programs a task runs (`make lint` -> cargo clippy): a linter's bare default
        is not offered beside the task CI runs it with, nor a build tool's beside any
        build task (`make build` -> cargo build). Test tools keep theirs: `pytest` beside
        CI's `tox` is the quick local run."""
        self._tools.update((cwd, kind, tool_of(leaf)) for leaf in leaves)

    def has_tool(self, cwd: str, kind: str, tool: str) -> bool:
        return (cwd, kind, tool) in self._tools

    def count(self, cwd: str, kind: str) -> int:
        return sum(1 for f in self.items if f.cwd == cwd and f.kind == kind)

    def drop_umbrellas(self) -> None:
        """A target that lints (or formats) and tests (`make all`, `make ci`, `npm run
        test:report`) is not how to run the tests when the same directory has a command
        that only tests: such an umbrella is kept only when nothing else tests, when CI
        runs it, or when it is the runner's own entry point (`tox`, `npm test`)."""
        plain = {f.cwd for f in self.items
                 if f.kind == "test_command" and f.key not in self.umbrellas}
        self.items = [f for f in self.items if f.key not in self.umbrellas or f.cwd not in plain]

    def drop_unused_tasks(self, hidden: bool = False) -> None:
        """When CI runs a directory's tests (or lints, builds) through one of its task runners
        (`pnpm test`, `make test`, `task go:build`), that runner's other tasks of the same
        kind that no CI step calls (`test:coverage`, `test:local`, `cypress-run`,
        `test-report`, the parts of the build) are variants, not how the project does it:
        they are not offered. Lint tasks stay (linters complement each other), and so do the
        runner's entry point (`npm test`). When CI's task also lints (an umbrella: `make
        ci`, `just ci-test`), the test tasks it runs, however deep, count as called.
        tox envs and nox sessions are tasks like these (`nox -s tests-3.12` calls `tests`;
        bare `tox`/`nox` may run any). tox (nox) is not offered as the way to test when CI
        tests there without it, unless CI runs jobs it does not show (`hidden`: another
        repository's workflows)."""
        ci = {(f.cwd, f.kind, _RUNNER_OF.get(words(f.command)[0]))
              for f in self.items if f.command and from_ci(f)
              and f.kind in ("test_command", "build_command")  # linters complement
              and not re.search(r"also (lints|reformats)" if f.kind == "test_command" else
                                r"also (lints|runs tests)", f.content)}  # an umbrella (a build
        # that formats what it generated still builds)
        ci |= {t for t in self.ci_tasks if t[1] in ("test_command", "build_command")}
        umbrella, reached = self._umbrella_reach()
        direct = set() if hidden else self._direct_tests()

        def unused(f: Fact) -> bool:
            runner = _task_runner(f)
            if not runner or local_key(f) in _ENTRY_POINTS or (f.cwd, "", "") in self.ci_calls \
                    or runner in _ENVS and (f.cwd, runner, "") in self.ci_calls:
                return False  # containers may call any task; `tox`: every listed env
            call = (f.cwd, runner, _called(f.command or ""))
            if (f.cwd, f.kind, runner) in ci:
                return call not in self.ci_calls
            if f.kind == "test_command" and runner in _GENERIC_RUNNERS and \
                    call[2] not in _PLAIN and any(
                    c[:2] == (f.cwd, f.kind) and c[2] not in (None, runner) for c in ci) and \
                    not any(c[:2] == (f.cwd, runner) for c in self.ci_calls):
                return True  # CI tests here through tox (npm...): `make test-in-docker` aside
            if (f.cwd, f.kind) in direct and call[2] not in _PLAIN_OF[f.kind]:
                return call not in self.ci_calls | reached
            return (f.cwd, f.kind, runner) in umbrella and call not in self.ci_calls | reached
        envs = {(cwd, runner) for cwd, runner, _ in self.ci_calls if runner in _ENVS}
        self.items = [f for f in self.items if not unused(f) and not self._named_envs_only(
            f, hidden) and not (
            local_key(f) in ("test:tox", "test:nox") and not hidden and f.command and
            f.command.split()[-1] not in self.ci_words and (
                (f.cwd, f.kind, None) in ci or self._tests_without_envs(f.cwd)))
            and not (not hidden and _replaced(f, envs))]

    def _tests_without_envs(self, cwd: str) -> bool:
        """CI tests `cwd` through a task runner that is no tox/nox (`make test`) and
        never calls tox or nox, however deep its tasks go: a tox.ini left from before
        (`poetry run pytest`) is not how the project tests."""
        followed = {r for runs in self.ci_follows.values() for _, r, _ in runs}
        return any(c[0] == cwd and c[1] == "test_command" and c[2] and c[2] not in _ENVS
                   for c in self.ci_tasks | {
                       (f.cwd, f.kind, _RUNNER_OF.get(words(f.command)[0]))
                       for f in self.items if f.command and from_ci(f)}) and not any(
            r in _ENVS for _, r, _ in self.ci_calls) and not followed & set(_ENVS)

    def _named_envs_only(self, fact: Fact, hidden: bool) -> bool:
        """Bare `tox` (`nox`) whose default envs also lint (`envlist = lint, tests, docs`)
        where CI runs that runner only with named envs (`tox -e tests`, `tox -e lint`):
        CI splits the umbrella into its parts, so the bare call is not how it tests. So
        too `npm test` (`run-s lint test-node test-browser`) where CI runs test scripts of
        the package that only test (`npm run test-node:unit`) and never `npm test`."""
        key = local_key(fact)
        if key not in ("test:tox", "test:nox", "npm:test") or hidden or \
                not re.search(r"also (lints|reformats)", fact.content):
            return False
        runner = "npm" if key == "npm:test" else key.removeprefix("test:")
        named = {n for cwd, r, n in self.ci_calls if cwd == fact.cwd and r == runner}
        known = {n for n in named if not re.search(r"[$<{]", n)}  # not `-e ${{ matrix.x }}`
        if runner == "npm":
            return "test" not in named and any(
                f.kind == "test_command" and from_ci(f) and f.cwd == fact.cwd and
                _RUNNER_OF.get(words(f.command or "-")[0]) == "npm" and
                "also lints" not in f.content for f in self.items)  # parts that only test
        return bool(known) and known == named and "" not in named

    def _direct_tests(self) -> set[tuple[str, str]]:
        """The directories whose tests CI runs with the test tool itself (`go test ./...`,
        `gotestsum`, `uv run pytest`) and never through a runner (`make test`, `pipx run
        nox`, `tox`, `hatch run`, a script): there, a runner's test recipes other than
        its plain `test` are variants CI does not run. Builds likewise (`go build ./...`
        in CI: `make build-all` is not how CI builds; `make build` stays offered)."""
        ways: dict[tuple[str, str], set[bool]] = {}
        for f in self.items:
            if f.kind in _PLAIN_OF and f.command and from_ci(f):
                ways.setdefault((f.cwd, f.kind), set()).add(_direct(f.command))
        return {where for where, seen in ways.items() if seen == {True}}

    def _umbrella_reach(self) -> tuple[set[tuple[str, str, str]], set[tuple[str, str, str]]]:
        """The test tasks CI reaches through an umbrella task of a runner (`just ci-test`
        runs `check`, `doc`, `unit-tests`; `make ci` runs `_testall`, which runs
        `test_sqlite`...): (cwd, kind, runner) of each umbrella, and every task it runs,
        however deep. Only when it tests through a task of its own (that task is then the
        plain way to test); an umbrella that runs `eslint . && jest` itself leaves the
        runner's plain test tasks offered."""
        tests = {(f.cwd, _task_runner(f) or "", _called(f.command))
                 for f in self.items if f.kind == "test_command" and f.command}
        umbrella: set[tuple[str, str, str]] = set()
        reached: set[tuple[str, str, str]] = set()
        for f in self.items:
            runner = _RUNNER_OF.get(words(f.command or "-")[0])
            if not (runner and runner not in _ENVS and f.kind == "test_command" and
                    from_ci(f) and re.search(r"also lints", f.content)):
                continue
            call = (f.cwd, runner, _called(f.command or ""))
            runs = self.ci_follows.get(call, set())
            if runs - {call} & tests:  # it tests through a task of its own: the plain way
                umbrella.add((f.cwd, f.kind, runner))
                reached |= runs
        return umbrella, reached

    def note_ci_follows(self, cwd: str, command: str,
                        followed: set[tuple[str, str, str]]) -> None:
        """The tasks a CI command runs through its own (`make ci` -> `_check`, `build`...)."""
        runner = _RUNNER_OF.get(words(command or "-")[0])
        if runner:
            self.ci_follows.setdefault((cwd, runner, _called(command)), set()).update(
                (where, _TASK_KEYS.get(r, r), name) for r, name, where in followed)

    def drop_build_parts(self, tasks: Callable[[str, str], dict[str, list[str]]],
                         builds_: Callable[[str, str], bool]) -> None:
        """A build task that another build task of the same runner runs among others
        (`build:packages` runs `build:common`, `build:math`...; `build` runs
        `linux-amd64`...) is a part of that build, not a second way to build: it is not
        offered. `tasks(runner, cwd)` gives the runner's recipes there; `builds_(command,
        cwd)` whether a command builds."""
        builds = [(f, _task_runner(f), local_key(f).split(":", 1)[-1])
                  for f in self.items if f.kind == "build_command"]
        parts: set[tuple[str, str, str]] = set()
        for cwd, runner in {(f.cwd, r) for f, r, _ in builds if r}:
            prefix = "npm run" if runner == "npm" else runner
            for name, recipe in tasks(runner, cwd).items():
                if runner == "npm" and name in _NPM_HOOKS:
                    continue  # `prepare: husky && run-s build`: npm's hook runs the build
                called = {(cwd, runner, _called(x)) for line in recipe
                          for x in commands(line) if words(x)
                          and _RUNNER_OF.get(words(x)[0]) == runner and _called(x) != name}
                # an aggregate; one call (`build --no-dts`) is a variant, not a whole
                if len(called) > 1 and builds_(f"{prefix} {name}", cwd):
                    parts |= called
        self.items = [f for f in self.items if f.kind != "build_command" or not any(
            f is g and r and (g.cwd, r, n) in parts for g, r, n in builds)]

    def drop_lint_variants(self, leaves: Callable[[str, str], set[str]]) -> None:
        """A lint task named as a variant of another (`lint:next` of `lint`: a script's
        `base:variant` name) that runs every check that one runs, and more, is a variant of
        it: not offered beside it unless CI calls it (a make target `typecheck-both` is a
        name of its own). So is one CI never calls that runs what a task CI calls runs on
        another toolchain (`clippy-nightly: cargo +nightly clippy` beside CI's `make
        clippy`). `leaves(command, cwd)` gives the lint commands a task runs."""
        tasks = [(f, r, local_key(f).split(":", 1)[-1]) for f in self.items
                 if f.kind == "lint_command" and (r := _task_runner(f)) and f.command]
        variants = [f for f, r, name in tasks if (f.cwd, r, name) not in self.ci_calls and any(
            g is not f and s == r and g.cwd == f.cwd and re.match(rf"{re.escape(m)}:\w", name)
            and (base := leaves(g.command or "", g.cwd)) and base < leaves(f.command or "", f.cwd)
            for g, s, m in tasks)]
        called = [(g.cwd, leaves(g.command or "", g.cwd)) for g in self.items
                  if g.kind == "lint_command" and from_ci(g) and g.command]
        variants += [f for f, r, name in tasks if (f.cwd, r, name) not in self.ci_calls and
                     (pinned := leaves(f.command or "", f.cwd)) != (plain := _unpinned(pinned))
                     and any(c == f.cwd and got == plain for c, got in called)]
        self.items = [f for f in self.items if not any(f is v for v in variants)]

    def drop_unrun_lints(self, leaves: Callable[[str, str], set[str]]) -> None:
        """Where CI lints through a runner's tasks (`npm run lint`), a type-check task of
        that runner there that CI never calls, running only checkers no CI step there runs
        (`type-check: tsc --noEmit` beside CI's eslint; `knip`), is a check the project does not
        keep passing: not offered. `leaves(command, cwd)` gives the lint commands a task
        runs."""
        ci = [f for f in self.items if f.kind == "lint_command" and from_ci(f) and f.command]
        runners = {(f.cwd, _RUNNER_OF.get(words(f.command or "-")[0])) for f in ci}
        tools = {(f.cwd, _program(x)) for f in ci for x in {
            *leaves(f.command or "", f.cwd), f.command or ""}}

        def unrun(f: Fact) -> bool:
            runner = _task_runner(f)
            if f.kind != "lint_command" or not runner or runner in _ENVS or \
                    (f.cwd, runner) not in runners or (f.cwd, runner, "") in self.ci_calls or \
                    not _TYPE_CHECK.search(_called(f.command or "")) or \
                    (f.cwd, runner, _called(f.command or "")) in self.ci_calls:
                return False
            own = {_program(x) for x in leaves(f.command or "", f.cwd)}
            return bool(own) and not any((f.cwd, t) in tools or t in self.ci_words for t in own)
        self.items = [f for f in self.items if not unrun(f)]

    def drop_uncalled_lints(self, leaves: Callable[[str, str], set[str]],
                            hidden: bool = False) -> None:
        """Where CI calls a runner's tasks (`make build_test`) but lints there without them
        (golangci-lint's action), a lint task of that runner CI never calls nor reaches,
        running only linters no CI lint step there runs (`make vet`: go vet), is a check
        the project does not keep passing: not offered. So is a tox env (nox session) that
        lints where CI lints without them and never runs tox (nox) at all (`tox -e check`:
        flake8, beside CI's `make lint`: pre-commit), unless CI runs jobs it does not show."""
        ci = [f for f in self.items if f.kind == "lint_command" and from_ci(f) and f.command]
        tools = {(f.cwd, _linter(x)) for f in ci for x in {*leaves(f.command or "", f.cwd),
                                                            f.command or ""}}
        through = {(f.cwd, _RUNNER_OF.get(words(f.command or "-")[0])) for f in ci}
        reached = {t for runs in self.ci_follows.values() for t in runs}

        unused_envs = not hidden and not any(r in _ENVS for _, r, _ in self.ci_calls | reached)

        def uncalled(f: Fact) -> bool:
            runner = _task_runner(f)
            call = (f.cwd, runner or "", _called(f.command or ""))
            if f.kind == "lint_command" and runner in _ENVS and unused_envs and \
                    any(c == f.cwd for c, _ in through):
                own = {_linter(x) for x in leaves(f.command or "", f.cwd)}
                return bool(own) and not any((f.cwd, t) in tools for t in own)
            if f.kind != "lint_command" or not runner or runner in _ENVS or \
                    not any(c == f.cwd for c, _ in through) or (f.cwd, runner) in through or \
                    call in self.ci_calls | reached or (f.cwd, runner, "") in self.ci_calls or \
                    not any(c[:2] == (f.cwd, runner) for c in self.ci_calls):
                return False
            own = {_linter(x) for x in leaves(f.command or "", f.cwd)}
            return bool(own) and not any((f.cwd, t) in tools for t in own)
        self.items = [f for f in self.items if not uncalled(f)]

    def drop_narrowed_tests(self, leaves: Callable[[str, str], list[str]]) -> None:
        """A test task named as a part of another (`test:table` of `test`) whose one command
        is that task's own, narrowed to some paths (`go test ./table` beside `go test
        ./...`), is a narrower run, not how to test: not offered unless CI calls it.
        `leaves(command, cwd)` gives the test commands a task runs."""
        tasks = [(f, r, local_key(f).split(":", 1)[-1]) for f in self.items
                 if f.kind == "test_command" and (r := _task_runner(f)) and f.command]
        parts = [f for f, r, name in tasks if (f.cwd, r, name) not in self.ci_calls and any(
            g is not f and s == r and g.cwd == f.cwd and re.match(rf"{re.escape(m)}[-_:]\w", name)
            and _narrowed(leaves(f.command or "", f.cwd), leaves(g.command or "", g.cwd))
            for g, s, m in tasks)]
        self.items = [f for f in self.items if not any(f is p for p in parts)]

    def drop_reports_of_ci_tests(self, recipes: Callable[[str, str], dict[str, list[str]]],
                                 tests: Callable[[str, str], bool]) -> None:
        """A test task CI never calls that runs a test task CI calls and then, itself, only
        steps that run no test (`cover-html: cover` then `go tool cover -html`: a report on
        CI's run) is that run plus a report: not offered beside it. `recipes(runner, cwd)`
        gives a runner's recipes there; `tests(command, cwd)` whether a command tests."""
        def report(f: Fact) -> bool:
            runner, name = _task_runner(f), local_key(f).split(":", 1)[-1]
            if f.kind != "test_command" or not runner or runner in _ENVS or \
                    (f.cwd, runner, name) in self.ci_calls:
                return False
            lines = [x for line in recipes(runner, f.cwd).get(name, []) for x in commands(line)
                     if words(x)]
            calls = [x for x in lines if _RUNNER_OF.get(words(x)[0]) == runner]
            own = [x for x in lines if x not in calls]
            testing = [x for x in calls if tests(x, f.cwd)]
            return bool(testing and own) and not any(tests(x, f.cwd) for x in own) and all(
                (f.cwd, runner, _called(x)) in self.ci_calls for x in testing)
        self.items = [f for f in self.items if not report(f)]

    def note_ci_task(self, cwd: str, runner: str, name: str, kind: str) -> None:
        """A task in another directory that a CI command runs through a task of its own
        (`task test:ci` runs `cd frontend && pnpm run test:ci`): CI calls it too."""
        runner = _TASK_KEYS.get(runner, runner)
        self.ci_calls.add((cwd, runner, name))
        self.ci_tasks.add((cwd, f"{kind}_command", runner))

    def note_ci_call(self, cwd: str, command: str) -> None:
        """Record the tasks a CI command may call (`pnpm run lint`, `make -C x test`; a bare
        `make` calls the default goal). Containers CI starts (`docker compose up`) run
        commands not read here: any task of that directory may be what they call."""
        ws = words(command)
        self.ci_words.update(w.rsplit("/", 1)[-1] for w in ws)
        self.ci_programs.update([(cwd, ws[0])] if ws else [])
        runner = _RUNNER_OF.get(ws[0]) if ws else None
        inner = unwrap(ws) if ws else []  # `uv run --with tox-uv tox -e lint`
        if not runner and inner[:1] in (["tox"], ["nox"]):
            ws, runner = inner, inner[0]
        if runner:
            names = _task_words(ws)
            if runner in _ENVS:  # `tox -e lint,type`; `nox -s tests-3.12` is session `tests`
                names = [x for n in names[:1] for x in n.split(",")]
                names += [re.sub(r"-(py|pypy)?\d[\d.]*t?$", "", n) for n in names]
            self.ci_calls.update((cwd, runner, w) for w in names or [""])
        elif ws and ws[0] in ("docker", "docker-compose", "podman") and \
                {"up", "run"} & set(ws) and not _inline_without_tasks(ws) and \
                not _image_default(ws) and not (
                    "run" not in ws and {"-d", "--detach", "--wait"} & set(ws)):
            self.ci_calls.add((cwd, "", ""))


# Words before the program a command runs (`uv run pytest`, `pipx run nox`, `python -m`).
_LEADING = frozenset({"uv", "uvx", "run", "pipx", "python", "python3", "-m", "poetry",
                      "pipenv", "env", "time", "sudo", "xvfb-run", "-a"})
# Runners of their own tasks or environments, besides `_RUNNER_OF`'s.
_OTHER_RUNNERS = frozenset({"hatch", "pdm", "mise", "cargo-make", "earthly", "bazel",
                            "bash", "sh", "npx", "pnpx", "bunx"})
_PLAIN = frozenset({"test", "tests"})  # a runner's conventional test task
_PLAIN_OF = {"test_command": _PLAIN, "build_command": frozenset({"build"})}


# runners of the developer's own recipes, beside the tool CI tests through
_GENERIC_RUNNERS = frozenset({"make", "just", "task"})


def _direct(command: str) -> bool:
    """Whether a command runs a test tool itself rather than a runner's task or a script."""
    ws = [w for w in words(command) if not re.match(r"^[A-Za-z_][A-Za-z0-9_]*=", w)]
    prog = next((w for w in ws if w not in _LEADING), "")
    if prog == "deno":  # `deno test` is the tool itself, `deno task x` a runner's task
        return "task" not in ws
    return bool(prog) and prog not in _RUNNER_OF and prog not in _OTHER_RUNNERS \
        and "/" not in prog and not prog.endswith((".sh", ".py"))


def _narrowed(part: list[str], whole: list[str]) -> bool:
    """Whether `part` is `whole`'s one command given paths in place of all (`go test
    ./table` of `go test ./...`; `pytest tests/unit` of `pytest`)."""
    if len(part) != 1 or len(whole) != 1:
        return False
    a, b = words(part[0]), words(whole[0])
    head = 2 if b[:1] in (["go"], ["cargo"]) else 1
    rest = [w for w in b[head:] if w != "./..." and not w.startswith(("{{", "$"))]  # args
    paths = [w for w in a[head:] if w not in rest and not w.startswith(("{{", "$"))]
    if any(not w.startswith("-") for w in rest):
        return False  # the whole names what it runs itself (`node ./test/all.test.js`)
    return a[:head] == b[:head] and bool(paths) and all(
        not w.startswith("-") and ("/" in w or w.startswith(".")) for w in paths)


def _replaced(fact: Fact, envs: set[tuple[str, str]]) -> bool:
    """A tox env (nox session) where CI drives nox (tox) and never the other: the project
    runs its environments with the one CI calls (alembic keeps a tox.ini it no longer
    maintains beside the noxfile CI uses)."""
    runner = _task_runner(fact) or local_key(fact).removeprefix("test:")
    other = {"tox": "nox", "nox": "tox"}.get(runner)
    return bool(other) and (fact.cwd, other) in envs and (fact.cwd, runner) not in envs


def _inline_without_tasks(ws: list[str]) -> bool:
    """`docker run IMAGE bash -c "cargo test; mdbook build"`: the container runs the
    script given inline, which calls no task runner (not any task of the directory)."""
    for i, w in enumerate(ws[:-2]):
        if w.rsplit("/", 1)[-1] in ("sh", "bash", "zsh") and re.fullmatch(r"-\w*c", ws[i + 1]):
            return not any(x in _RUNNER_OF for x in words(ws[i + 2].replace(";", " ")))
    return False


# `docker run` options that take a value as the next word (`-p 8888:8888`)
_DOCKER_VALUED = frozenset({
    "-p", "--publish", "-v", "--volume", "-e", "--env", "--name", "--network", "--net", "-w",
    "--workdir", "--entrypoint", "--env-file", "-u", "--user", "--platform", "--mount", "-l",
    "--label", "--add-host", "--cpus", "-m", "--memory", "--shm-size", "--ulimit", "--cap-add",
    "--cap-drop", "--device", "-h", "--hostname", "--log-driver", "--restart", "--pull",
    "--volumes-from", "--tmpfs", "--gpus", "--dns", "--cidfile", "--expose", "--health-cmd",
    "--security-opt", "--ipc", "--pid", "--stop-signal", "--link"})


def _image_default(ws: list[str]) -> bool:
    """`docker run -d -p 8888:8888 IMAGE`: the container runs its image's own command (a
    server the tests then talk to), not a task of the directory: nothing after the image."""
    if len(ws) < 3 or ws[1] != "run":
        return False
    rest = ws[2:]
    while rest and rest[0].startswith("-"):
        rest = rest[2:] if rest[0] in _DOCKER_VALUED else rest[1:]
    return len(rest) == 1


def _program(command: str) -> str:
    """The program a command runs, past `pnpm exec`, `npx`, `uv run`... (`pnpm tsc`: tsc)."""
    w = unwrap(words(command))
    w = w[1:] if w[:1] and w[0] in ("pnpm", "yarn", "bun") and len(w) > 1 and \
        w[1] not in ("run", "test", "lint") else w
    return w[0].rsplit("/", 1)[-1] if w else ""


def _linter(command: str) -> str:
    """The linter a command runs: its program, with the subcommand for a toolchain's own
    (`go vet`, `cargo clippy`)."""
    w = unwrap(words(command))
    return " ".join(w[:2]) if w[:1] in (["go"], ["cargo"]) else _program(command)


# type checks, and knip's unused-code check: a project's lint CI may leave out
_TYPE_CHECK = re.compile(r"(^|[-_:])(type-?check|types|tsc|knip)($|[-_:])", re.I)


def _called(command: str) -> str:
    """The task a runner command calls (`pnpm run test:ci` -> test:ci; `make` -> "")."""
    return next(iter(_task_words(words(command))), "")


def _task_words(ws: list[str]) -> list[str]:
    """The words of a runner command that name tasks (`npm run a b` -> a, b)."""
    skip = ("run", "task") if ws[:1] == ["deno"] else ("run",)  # `deno task test:all`
    return [w for w in ws[1:] if not w.startswith("-") and w not in skip]


@dataclass
class Project:
    """One directory with manifests of its own; `cwd` is "" for the repository root."""

    repo: Repo
    tasks: Tasks
    facts: Facts
    cwd: str = ""

    def rel(self, name: str) -> str:
        return join(self.cwd, name)

    def has(self, name: str) -> bool:
        return self.repo.isfile(self.rel(name))

    def kinds(self, command: str) -> Kinds:
        return self.tasks.classifier.command(command, self.cwd)

    def env(self, tool: str, content: str, paths: list[str], source: str = "") -> None:
        self.facts.add(env_fact(tool, content, paths, source, self.cwd))

    def command(self, key: str, command: str, source: str, paths: list[str],
                kinds: Kinds | None = None, only: tuple[str, ...] = (),
                note: str = "") -> str | None:
        """Add `command` under the role its classification gives (or none when it does
        nothing we name). Returns the role."""
        kinds = self.kinds(command) if kinds is None else kinds
        label = role(kinds)
        if label is None or (only and label not in only):
            return None
        if any(RELEASE.search(leaf) for leaves in kinds.values() for leaf in leaves):
            return None
        leaves = [x for x in kinds.get(label, []) if x != command][:2]
        runs = "runs " + ", ".join(f"`{x}`" for x in leaves) if leaves else ""
        note = "; ".join(x for x in (runs, note) if x)
        others = [k for k in (LINT, FORMAT, TEST) if k in kinds and k != label]
        if others and label != INSTALL:
            also = {"lint": "also lints", "format": "also reformats files",
                    "test": "also runs tests"}
            note = "; ".join(x for x in (note, ", ".join(also[k] for k in others)) if x)
        fact = command_fact(key, label, command, source, paths, self.cwd, note)
        added = self.facts.add(fact)
        if added and (key.startswith("ci:") and label != TEST or label == BUILD):
            self.facts.note_tools(self.cwd, fact.kind, kinds.get(label, []))
        if added and label == TEST and kinds.keys() & {LINT, FORMAT, ASIDE} \
                and not key.startswith("ci:") and key not in _ENTRY_POINTS:
            self.facts.umbrellas.add(fact.key)
        return label

    def config_command(self, key: str, kind: str, command: str, source: str,
                       paths: list[str]) -> None:
        """A command implied by a tool's configuration: only when nothing more specific
        (CI, a Makefile, tox...) already says how this tool is run here."""
        tool = tool_of(command)
        if self.facts.has_tool(self.cwd, _KIND[kind], tool):
            return
        if kind in (LINT, FORMAT) and any(
                self.facts.has_tool(self.cwd, _KIND[k], tool) for k in (LINT, FORMAT, TEST)):
            return
        self.facts.add(command_fact(key, kind, command, source, paths, self.cwd))


_RUNNER_OF = {"npm": "npm", "pnpm": "npm", "yarn": "npm", "bun": "npm", "make": "make",
              "task": "task", "just": "just", "tox": "tox", "nox": "nox", "deno": "deno"}
_TASK_KEYS = {"npm": "npm", "make": "make", "task": "task", "just": "just", "tox": "tox",
              "nox": "nox", "deno": "deno"}
_ENVS = ("tox", "nox")  # runners of environments; called bare, they run the listed ones


def local_key(fact: Fact) -> str:
    """A fact's key without its directory prefix (`web:ci:pnpm test` -> `ci:pnpm test`)."""
    return fact.key[len(fact.cwd) + 1:] if fact.cwd else fact.key


def from_ci(fact: Fact) -> bool:
    """Whether a fact is a command CI runs, in whichever directory."""
    return local_key(fact).startswith("ci:")


def _unpinned(commands: set[str]) -> set[str]:
    """Commands without their toolchain pin (`cargo +nightly clippy` -> `cargo clippy`)."""
    return {re.sub(r"^(\S+)\s+\+[\w.-]+(?=\s|$)", r"\1", c) for c in commands}


def _task_runner(fact: Fact) -> str | None:
    """The task runner a fact is a task of (`make:test` -> make), None for other facts."""
    return _TASK_KEYS.get(local_key(fact).split(":", 1)[0])


# How a runner runs its tests by convention, whatever else it runs too: tox's and
# nox's default envs, package.json's `test` script. Kept even when they also lint.
_ENTRY_POINTS = frozenset({"test:tox", "test:nox", "npm:test", "deno:test"})
# scripts npm runs itself around an install or a publish: not builds of their own
_NPM_HOOKS = frozenset({"prepare", "prepublish", "prepublishOnly", "prepack", "postinstall"})
_KIND = {TEST: "test_command", LINT: "lint_command", FORMAT: "format_command",
         "build": "build_command", INSTALL: "env"}


def cite_key(repo: Repo, rel: str, needle: str) -> str:
    """`file:line` of the first line mentioning `needle` (or just the file)."""
    return repo.cite(rel, needle)


def slug(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip())[:120]
