"""What a command does: test, lint, format, build or install, judged by the program it
runs and its flags, never by the name of a target. Task runners (make, npm scripts,
just, task, tox, nox, hatch, pdm, shell scripts) are followed to the commands they run."""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable

from gcode.scan.cargomake import cargo_make_task
from gcode.scan.composer import composer_task
from gcode.scan.dispatch import dispatched
from gcode.scan.multitask import other_tasks
from gcode.scan.runafter import ends_in_script, runs_test_script, steps
from gcode.scan.model import ASIDE, BUILD, FORMAT, INSTALL, LINT, TEST
from gcode.scan.lintjudges import EMIT_FLAGS
from gcode.scan.inert import runs_nothing
from gcode.scan.pixi import pixi_task
from gcode.scan.pmtasks import monorepo_task, npm_task
from gcode.scan.scriptargs import wrapped
from gcode.scan.programs import FIX_FLAGS, base, is_watch, program_kind, unwrap
from gcode.scan.shell import checked, commands, is_noise, only_prints, words
from gcode.scan.ownrun import built_binary, check_mode, root_program
from gcode.scan.ownscripts import own_scripts
from gcode.scan.tasknames import FIX_TASK, by_name, entry_lint, entry_test, forwarded, script_kind
from gcode.scan.taskargs import given_args, option_value

# handed on to a formatting task, they make it report what it would change
_CHECK_FLAGS = frozenset({"--check", "--list-different", "--diff", "--dry-run"})
Kinds = dict[str, list[str]]  # kind -> the leaf commands that make it so

# test runners `pnpm vitest` runs as a binary when no script has that name (browser e2e
# runners, which need the app served, are left to their scripts)
_UNIT_RUNNERS = frozenset({"vitest", "jest", "mocha", "ava", "tap", "uvu"})

Resolver = Callable[[str, str, str], "list[str] | None"]
_SET = re.compile(r"^(?:export\s+)?([A-Za-z_]\w*)=((?:\"[^\"$`]*\"|'[^']*'|[^\s$`'\"]*))$")
_VAR_REF = re.compile(r"\$\{(\w+)\}|\$(\w+)")
# Tasks that build documentation (`tox -e docs`, `make man`): never the project's build.
DOCS_TASK = re.compile(r"(^|[-_:.])(docs?|man|manpages?|site|website|book|sphinx|mkdocs|"
                       r"docset|api-docs|typedoc|storybook)($|[-_:.])", re.I)
# A task run in the docs directory (`make -C docs htmllive`) works on the docs.
DOCS_DIR = re.compile(r"(^|/)(docs?|documentation|site|website|book)$")
# A task that generates data files (`build-compat-data`, `build-data`): not the build.
DATA_TASK = re.compile(r"(^|[-_:.])(data|dataset|fixtures?)($|[-_:.])", re.I)
# A task named for type checking: its `tsc` (emitting or not) is a type check. One named
# for the compiler alone (`tsc:all`) does what its tsc does: emits, or checks on noEmit.
TYPES_TASK = re.compile(r"(^|[-_:.])(types?|typecheck|type-check|check-types|typings)"
                        r"($|[-_:.])|^(lint|check|validate)([-_:]|$)", re.I)
# Named for type checking alone: the tests it also runs are the types' tests.
_TYPECHECK = re.compile(r"(^|[-_:.])(typecheck|type-check|check-types|typings)($|[-_:.])", re.I)
EMIT_TASK = re.compile(r"(^|[-_:.])(build|compile|emit|dist|dts|declarations?|prepare|pack|gen)"
                       r"($|[-_:.])", re.I)  # `build:types`: writes the .d.ts files


# Builds, then checks nothing changed (`verify-bundles.sh`, `vite build && git diff
# --exit-code`): what it does is check that the committed output is up to date.
_VERIFY = re.compile(r"(^|[-_:.])(verify|check|validate)([-_:.]|$)", re.I)
# ...unless named for the build first (`build:check`: next build into another directory):
# the check is that it builds
_BUILD_FIRST = re.compile(r"(build|compile|bundle)[-_:.]", re.I)
_GIT_DIFF = re.compile(r"\bgit\s+(--no-pager\s+)?diff\b.*(--exit-code|--quiet)|"
                       r"\bgit\s+--no-pager\s+diff\b")
_IN_TESTS = re.compile(r"(^|/)(e2e|tests?|integration|integration[-_]tests?)/|"
                       r"(^|/)tests?([-_][\w.-]+)?\.(sh|bash)$")  # or named so: ci/test.sh
# a program out of a build directory started in a process substitution or the background
_STARTS_BUILT = re.compile(r"<\(\s*(\./)?(target|dist|build|out)/[\w./-]+\s*\)|"
                           r"^\s*(nohup\s+)?(\./)?(target|dist|build|out)/[\w./-]+[^&|]*&\s*$")
# the project's own program run from source (`cargo run --quiet -- build`, `go run .`)
_RUNS_OWN = re.compile(r"(^|[;&|]\s*)(cargo\s+run|go\s+run)\b")
_SETUP_TASK = re.compile(r"(develop|dev-setup|setup|bootstrap|init)([-_:]|$)", re.I)
# makes a virtualenv or installs requirement files: a development environment, not a build
_ENV_SETUP = re.compile(r"^\S*(virtualenv|python3?\s+-m\s+venv)\b|"
                        r"\bpip3?\s+install\s.*(-r|--requirement)")
_PACKAGE_TASK = re.compile(r"(package|packages|dist|sdist|bdist|wheels?)$")
_DIST_CHECK = re.compile(r"(^|[\s/])(twine\s+check|check-wheel-contents|check-readme)(\s|$)")


_RUN_ALL = r"(npm-run-all2?|run-[sp]|concurrently)\s"
# Tasks followed in a scan (tests/data's repositories: up to 5,416; 8^12 hung it).
MAX_FOLLOWS = 50_000


class Classifier:
    """Classifies commands; `resolve(runner, name, cwd)` returns the commands a named
    task runs (make target, npm script, tox env...) or None when it is not known."""

    def __init__(self, resolve: Resolver | None = None) -> None:
        self.resolve = resolve or (lambda runner, name, cwd: None)
        self._stack: set[tuple[str, str, str]] = set()
        self.followed: set[tuple[str, str, str]] = set()  # (runner, task, dir) reached
        self.follows = 0  # tasks followed so far, at most MAX_FOLLOWS
        self._watches: dict[tuple[str, str, str, int], bool] = {}  # see _watching

    # -- public ------------------------------------------------------------------------

    def script(self, script: str, cwd: str = "") -> Kinds:
        """The kinds a whole shell script has, with the leaf commands behind each."""
        out: Kinds = {}
        names: dict[str, str] = {}  # `PIP_INSTALL="pip install -q"`, used later as a command
        for cmd in commands(script):
            cd = re.match(r"^cd\s+([\w./-]+)$", cmd)  # `(cd ui && yarn lint)`: yarn, in ui/
            if cd and not cd.group(1).startswith("/"):
                where = posixpath.normpath(posixpath.join(cwd, cd.group(1)))
                cwd = "" if where == "." else cwd if where.startswith("..") else where
                continue
            m = _SET.match(cmd)
            if m:
                names[m.group(1)] = " ".join(words(m.group(2)))
                continue
            if names and "$" in cmd:
                cmd = _VAR_REF.sub(lambda v: names.get(v.group(1) or v.group(2), v.group(0)),
                                   cmd)
            for kind, leaves in checked(self.command(cmd, cwd), cmd, script).items():
                out.setdefault(kind, []).extend(x for x in leaves if x not in out[kind])
        return out

    def command(self, command: str, cwd: str = "") -> Kinds:
        if is_noise(command):
            return {}
        w = unwrap(words(command))
        if not w or built_binary(w[0]):
            return {}  # `./target/debug/lychee --generate ...`: the project's own binary
        if base(w[0]) == "tox" and w[1:2] == ["exec"] and "--" in w:
            return self.command(" ".join(_shell_quote(x) for x in w[w.index("--") + 1:]), cwd)
        if runs_nothing(w):
            return {}
        if (name := pixi_task(words(command))) and self.resolve("pixi", name, cwd) is not None:
            return self._follow(("pixi", name, ""), command, cwd, [])  # a task, not a program
        task = self._task(w) if "--notest" not in w else None
        if task is not None and task[0] == "script" and {"-install", "--install"} & set(w[1:]):
            return {INSTALL: [command]}  # `./scripts/vet.sh -install`: its setup mode
        if task is not None and task[0] == "npm" and not task[2] and w[1:2] == [task[1]] and \
                base(w[0]) in ("pnpm", "yarn", "bun") and task[1] in _UNIT_RUNNERS and \
                self.resolve("npm", task[1], cwd) is None:  # no such script: the binary
            return self.command(" ".join(_shell_quote(x) for x in w[1:]), cwd)  # `pnpm vitest`
        if task is not None:
            rest = w[2:] if base(w[0]) in ("hatch", "pdm") and w[1:2] == ["run"] else w[1:]
            out = self._follow(task, command, cwd, [_shell_quote(x) for x in rest])
            for more in other_tasks(w, task, _make_args(w[1:])[1]):  # `make a b`
                for k, leaves in self._follow(more, command, cwd, []).items():
                    out.setdefault(k, []).extend(x for x in leaves if x not in out[k])
            if LINT in out and (FIX_FLAGS & set(_passed(task, w)) or FIX_TASK.search(task[1])):
                # `npm run lint -- --fix`; `make lint-fix` (lint-go with FIX=--fix): rewrites
                out.setdefault(FORMAT, []).extend(out.pop(LINT))
            elif FORMAT in out and LINT not in out and _CHECK_FLAGS & set(_passed(task, w)):
                out[LINT] = out.pop(FORMAT)  # `pnpm run format --check`: checks, writes none
            elif task[0] == "script" and check_mode(set(out), w[1:]):
                out = {LINT: [command]}  # `./script/generate.sh --check`
            if not out and task[0] == "script" and rest and " " in rest[0].strip():
                out = self.command(rest[0], cwd)  # `each-module.sh "make test"`: runs it
            return out
        kind = program_kind(w)
        handed = [h for c in wrapped(w) if (h := self.command(c, cwd))] if kind is None else []
        if handed:  # `node withMockServer.js "vitest run"`: the command it is handed runs
            return handed[0]
        staged = self.resolve("lint-staged", "", cwd) if base(w[0]) == "lint-staged" else None
        if staged and {FORMAT} == {k for c in staged for k in self.script(c, cwd)}:
            kind = FORMAT  # runs `eslint --fix` on the staged files: rewrites them
        if kind == BUILD and base(w[0]) in ("tsc", "tsgo", "vue-tsc") and not EMIT_FLAGS & set(w) \
                and self._no_emit(w, cwd):
            kind = LINT  # the tsconfig says noEmit: a type check
        return {kind: [command]} if kind else {}

    def _ends_unread(self, recipe: list[str], cwd: str) -> bool:
        """Whether a recipe ends running a program of no kind we know (`bundlewatch`)."""
        last = commands(recipe[-1])[-1:] if recipe else []
        return bool(last) and not is_noise(last[0]) and self.task_of(last[0]) is None and \
            not self.command(last[0], cwd)

    @staticmethod
    def _runs_output(line: str) -> bool:
        """Whether a recipe line starts a program out of a build directory."""
        cmds = commands(line)
        w = unwrap(words(cmds[-1])) if cmds else []
        if w and base(w[0]) in ("node", "bun", "deno") and len(w) > 1:
            w = w[1:] if not w[1].startswith("-") else [x for x in w[1:] if
                                                          not x.startswith("-")]
        if w[:2] in (["go", "run"], ["cargo", "run"]):
            return True  # `run-all-in-one: build-ui` then `go run ./cmd/all-in-one`
        if _STARTS_BUILT.search(line):
            return True  # `exec 3< <(./target/debug/examples/server)`: starts what it built
        if w and root_program(w[0]):
            return True  # `print-log: build` then `./lazygit --logs`: the binary just built
        return bool(w) and bool(re.match(r"^(\./)?(dist|build|target|out)/\S", w[0])) and \
            not re.match(r"^(\./)?build/.*\.([mc]?ts|py|sh)$", w[0])  # build/build.ts: a script

    def _no_emit(self, w: list[str], cwd: str) -> bool:
        project = option_value(w[1:], ("-p", "--project")) or "tsconfig.json"
        if not project.endswith(".json"):
            project = f"{project.rstrip('/')}/tsconfig.json"
        tests, out = re.search(r"(^|/)(tests?|__tests__|specs?)/", project), False
        for _ in range(3):  # follow `extends` a little way
            text = self.resolve("file", project, cwd)
            if not text and not project.endswith(".json"):
                text = self.resolve("file", f"{project}.json", cwd)  # `"extends": "./tsconfig"`
            if not text:
                return False
            text = [re.sub(r"(?m)^\s*//.*$", "", re.sub(r'/\*[^"]*?\*/', "", text[0]))]
            out = out or bool(re.search(r'"out(Dir|File)"', text[0]))
            emit = re.search(r'"noEmit"\s*:\s*(true|false)', text[0])  # comments aside (JSONC)
            if emit:  # the nearest config that says decides (`"noEmit": false` over a base's)
                return emit.group(1) == "true"
            parent = re.search(r'"extends"\s*:\s*"(\.[^"]+)"', text[0])
            if not parent:  # `tsc -p test/ts/` writing nowhere: type-checks the tests
                return bool(tests) and not out
            project = posixpath.normpath(posixpath.join(posixpath.dirname(project),
                                                        parent.group(1)))
        return False

    # -- task runners ------------------------------------------------------------------

    def _follow(self, task: tuple[str, str, str], command: str, cwd: str,
                rest: list[str]) -> Kinds:
        runner, name, sub = task
        where = f"{cwd}/{sub}".strip("/") if sub else cwd
        key = (runner, name, where)
        self.follows += 1
        if key in self._stack or len(self._stack) > 12 or self.follows > MAX_FOLLOWS:
            return {}
        if sub == "*":  # `pnpm -r build`: the script of that name in each workspace package
            out: Kinds = {}
            watching = False  # the package's script watches or opens a UI: not a test
            for pkg in self.resolve("workspaces", "", cwd) or []:
                if (runner, name, pkg) in self._stack:
                    continue
                found = self.resolve(runner, name, pkg)
                if found is None:
                    continue  # not every package has the script (the name decides below)
                watching = watching or self._watching(found, pkg, 2)
                for kind, leaves in self._follow((runner, name, pkg.removeprefix(
                        f"{cwd}/") if cwd else pkg), command, cwd, rest).items():
                    out.setdefault(kind, []).extend(x for x in leaves if x not in out[kind])
            if BUILD in out and LINT in out and by_name(name) == BUILD and TEST not in out:
                del out[LINT]  # `turbo run build`: one package's `build` only type-checks
            if out or watching:
                return out  # `test:ui` opening playwright's UI in the package: not a test
        recipe = self.resolve(runner, name, where) if sub != "*" else None
        if recipe is None and runner in ("hatch", "pdm") and rest:
            return self.command(" ".join(rest), cwd)  # `hatch run pytest`: not a script
        if recipe is None and runner == "script" and (
                built := program_kind([base(name), *rest])):
            if self.resolve("product", base(name), where) is not None:
                return {}  # `./golangci-lint config` in golangci-lint: its own binary, tried
            return {built: [command]}  # a built tool
        if recipe is None:
            named = by_name(name) if runner != "script" else script_kind(name)
            if runner == "tox" and (not name or _PY_ENV.fullmatch(name)):
                named = TEST if self.resolve("tox-config", "", where) else None  # tox's
                # default run, or an env named for a Python alone (`tox -e py3.12` where the
                # config defines none): its base test env; with no tox config, nothing
            elif runner == "tox" and "$" not in name and re.search(
                    rf"\s(-e|--env)[ =]{re.escape(name)}(\s|$)", command) and self.resolve(
                    "tox-config", "", where):
                named = None  # `tox -e lint` where tox.ini defines no such env: tox refuses
            return {named: [command]} if named else {}
        if runner == "script" and rest and (arm := dispatched(recipe[0], rest[0].strip("'\""))):
            recipe = [arm]  # `./boil.sh test-user psql`: the arm its first argument selects
        with_args = given_args(recipe, runner, name, command)
        if with_args != recipe and re.match(_RUN_ALL, with_args[0]):
            with_args = self.resolve("run-all", with_args[0], where) or with_args
        recipe = with_args
        if self._watching(recipe, where, 3):
            return {}  # a watch loop (`cargo watch`, `--watch`): never a one-shot command
        self._stack.add(key)
        self.followed.add(key)
        try:
            out = {}
            hooks = (f"npm run pre{name}", f"npm run post{name}") if runner == "npm" else ()
            own = False  # whether the script itself, its pre/post hooks aside, does something
            # make: a line of its own (not a prerequisite) doing nothing we name; one doing more
            unread = done = False
            for line in recipe:
                got = self.script(line, where)
                own = own or bool(got) and line not in hooks
                if runner == "make" and not line.startswith("make "):
                    unread = unread or not got and not is_noise(line)
                    done = done or bool(got)
                for kind, leaves in got.items():
                    out.setdefault(kind, []).extend(x for x in leaves if x not in out[kind])
                if not got and self._named_aside(line):
                    out.setdefault(ASIDE, []).append(line)
            if BUILD in out and TYPES_TASK.search(name) and not EMIT_TASK.search(name) and all(
                    base(unwrap(words(x))[0]) in ("tsc", "tsgo", "vue-tsc") for x in out[BUILD]
                    if unwrap(words(x))):
                out.setdefault(LINT, []).extend(out.pop(BUILD))  # `types: tsc --build`
            if TEST in out and LINT in out and _TYPECHECK.search(name) and not by_name(
                    name) == TEST:
                out[LINT].extend(out.pop(TEST))  # `typecheck: tsc && cd type-tests && npm test`
            if BUILD in out and any(_DIST_CHECK.search(x) for x in recipe) and \
                    not _PACKAGE_TASK.match(name.rsplit("/", 1)[-1]):
                del out[BUILD]  # builds the package to check its metadata (`twine check`);
                # `package: flit build && twine check dist/*` builds, checking what it made
            if (DOCS_TASK.search(name.rsplit("/", 1)[-1]) or DOCS_DIR.search(where)
                    or DATA_TASK.search(name)) and BUILD in out:
                del out[BUILD]  # docs, a man page or data files: not the project's build
            if INSTALL in out and (DOCS_TASK.search(name.rsplit("/", 1)[-1]) or
                                   DOCS_DIR.search(where)):
                del out[INSTALL]  # `doc: cd docs && npm install && npm start`: the docs' own
                # dependencies, for the docs site: not how to set up the project
            if LINT in out and DOCS_TASK.search(name.rsplit("/", 1)[-1]) and \
                    by_name(name.rsplit("/", 1)[-1]) is None and self._uses_unread(recipe, where):
                del out[LINT]  # `docs:json: yarn pretest && typedoc`: makes the docs, after
                # a task that also checks (madge): the docs' generator is what it runs
            leaf = name.rsplit("/", 1)[-1]
            if BUILD in out and (_VERIFY.search(leaf) and not _BUILD_FIRST.match(leaf) or any(
                    _GIT_DIFF.search(x) for x in recipe)) and TEST not in out:
                out.setdefault(LINT, []).extend(out.pop(BUILD))  # builds to compare: a check
            if set(out) == {FORMAT} and any(_GIT_DIFF.search(x) for x in recipe):
                out = {LINT: out[FORMAT]}  # `go fmt ./...`, then fails on `git diff`: a check
            if set(out) == {INSTALL} and by_name(leaf) == BUILD and runner != "script" and \
                    not any(_ENV_SETUP.search(x) for x in recipe):
                out = {BUILD: out[INSTALL]}  # `build-dev: maturin develop`: compiles, installs
            if TEST in out and by_name(leaf) == BUILD and out.keys() & {BUILD, INSTALL}:
                del out[TEST]  # `build-pgo`: builds, runs benchmarks to profile it, rebuilds
            if runner == "script" and _IN_TESTS.search(name) and set(out) - {INSTALL, ASIDE} \
                    == {BUILD}:
                del out[BUILD]  # `scripts/e2e/x.sh`, `ci/test-remote.sh` builds what its
                # checks need (then runs it through a variable, `"${CROSS}" run`): no build
            if hooks and not own and set(out) == {FORMAT}:
                return {}  # `postgenerate: npm run lint -- --fix` is not what generate does
            if hooks and not own and set(out) - {ASIDE} == {BUILD} and by_name(leaf) is None:
                return {}  # `prof: bash prof.sh` after `preprof: npm run prepare`: builds
                # first, then does its own job (a profile), which is no build
            if set(out) == {INSTALL} and unread and not done:
                del out[INSTALL]  # `docs: venv` then sphinx: sets up first, then does its job
            if BUILD in out and INSTALL in out and _SETUP_TASK.match(name):
                del out[BUILD]  # `develop`: installs, builds the assets: sets up the env
            if BUILD in out and re.match(r"(.*[-_])?(un)?install($|[-_:.])", leaf):
                del out[BUILD]  # copies the program into place; `ci_install.sh`: sets up
            lines = recipe if runner != "script" else recipe[0].splitlines()  # a file's
            if BUILD in out and TEST not in out and len(lines) > 1 and \
                    any(self._runs_output(x) or _TIMED_RUN.search(x) for x in lines[1:]):
                del out[BUILD]  # builds, then runs what it built (`yarn perf`, `make
                # flamegraph: build` piping a benchmark into target/release/delta): a run
            if len(out) == 1 and out.keys() <= {BUILD, LINT} and by_name(leaf) is None and (
                    runner == "npm" and self._ends_unread(recipe, where) or
                    runner == "make" and BUILD in out and not done and ends_in_script(recipe)
                    and not self.script(recipe[-1], where)):
                out = {}  # `bundlewatch: npm run build && bundlewatch`, `conformance: tsc
                # --noEmit && connectconformance`: builds (checks) for the tool it then runs;
                # `runconformance: build` then a script we can't read: the build is its step
            if BUILD in out and LINT in out and not out.keys() & {TEST, FORMAT} and \
                    by_name(name) == BUILD:
                del out[LINT]  # `build` that checks its output afterwards (publint) builds
            if set(out) - {INSTALL} == {BUILD} and steps(recipe) > 1 and (
                    by_name(name) == TEST or runs_test_script(name, recipe)):
                del out[BUILD]  # `test-sdist`: builds a package to try installing it; `test:
                # docker build -t x . && docker run x`, a script building what its test runs
            if set(out) - {INSTALL, ASIDE} == {LINT} and by_name(leaf) == TEST and any(
                    _RUNS_OWN.search(x) for x in recipe):
                out = {TEST: out[LINT]}  # `test: cargo run -- build && tsc --noEmit`: checks
                # what the project's own program made: a test of that program
            if not out and entry_test(name) and runner != "script" and \
                    not only_prints(recipe):
                out[TEST] = [command]  # the conventional entry point, running what we can't read
            if not out and runner == "make" and (told := forwarded(name, recipe)):
                out[told] = [command]  # the dispatcher it hands its name to is not read
            if not out and runner == "npm" and entry_lint(name, recipe):
                out[LINT] = [command]  # the package's lint script, running a CLI unknown here
            if not out and runner == "script" and script_kind(name):
                out[script_kind(name) or TEST] = [command]  # lines we can't read
            if not out and name == "build" and runner in ("npm", "deno") and \
                    own_scripts(recipe, lambda x: self.resolve("npm", x, where)):
                out[BUILD] = [command]  # `build: node scripts/build.js`, the same convention
            return out
        finally:
            self._stack.discard(key)

    def _uses_unread(self, recipe: list[str], cwd: str) -> bool:
        """Whether a recipe, or a task it runs, runs a program of no kind we know."""
        for line in recipe:
            for cmd in commands(line):
                w = unwrap(words(cmd))
                task = self._task(w) if w else None
                if task and task[0] != "script" and task[2] != "*":
                    where = f"{cwd}/{task[2]}".strip("/") if task[2] else cwd
                    sub = self.resolve(task[0], task[1], where)
                    if sub and (task[0], task[1], where) not in self._stack and \
                            self._uses_unread(sub, where):
                        return True
                elif w and not task and not is_noise(cmd) and not program_kind(w):
                    return True
        return False

    def _named_aside(self, line: str) -> bool:
        """Whether a recipe line runs another task, unreadable, named for linting or
        formatting: what makes an aggregate (`ci: lint build test`) more than a test."""
        cmds = commands(line)
        w = unwrap(words(cmds[0])) if len(cmds) == 1 else []
        task = self._task(w) if w else None
        return task is not None and task[0] != "script" and by_name(task[1]) in (LINT, FORMAT)

    def _watching(self, lines: list[str], cwd: str, depth: int) -> bool:
        """Whether a recipe, or a task it runs, watches files until stopped."""
        for line in lines:
            for cmd in commands(line):
                w = unwrap(words(cmd))
                if not w:
                    continue
                if is_watch(w):
                    return True
                task = self._task(w) if depth else None
                if task and task[2] != "*":
                    where = f"{cwd}/{task[2]}".strip("/") if task[2] else cwd
                    known = (task[0], task[1], where, depth)  # each task looked into once
                    if known not in self._watches:
                        sub = self.resolve(task[0], task[1], where)
                        self._watches[known] = bool(sub and self._watching(sub, where, depth - 1))
                    if self._watches[known]:
                        return True
        return False

    def task_of(self, command: str) -> str | None:
        """The name of the task a command runs (`tox -e lint` -> lint), if it runs one."""
        w = unwrap(words(command))
        task = self._task(w) if w else None
        return task[1] if task else None

    def _task(self, w: list[str]) -> tuple[str, str, str] | None:
        """(runner, task name, sub-directory) when `w` runs a named task."""
        prog, args = base(w[0]), w[1:]
        if prog in ("make", "gmake", "$(MAKE)", "${MAKE}", "mingw32-make"):
            sub, targets = _make_args(args)
            return ("make", targets[0] if targets else "", sub)
        if prog == "cargo" and args[:1] and args[0].startswith("+"):
            args = args[1:]  # `cargo +nightly make ci-check`
        if prog == "cargo" and args[:1] == ["make"] or prog in ("makers", "cargo-make"):
            rest = args[1:] if prog == "cargo" or args[:1] == ["make"] else args
            name = cargo_make_task(rest)
            return ("cargo-make", name, "") if name else None
        if prog in ("just", "task", "poe", "invoke", "inv", "mage"):
            names = [a for a in args if not a.startswith("-") and "=" not in a]
            return (prog if prog not in ("inv",) else "invoke", names[0] if names else "", "")
        if prog in ("pnpm", "yarn", "bun") and args[:1] in (["turbo"], ["nx"], ["lerna"]):
            return monorepo_task(args[0], args[1:])  # the workspace's own binary
        if prog == "deno" and args[:1] == ["task"]:
            sub = option_value(args, ("--cwd",)) or ""
            names = [a for a in args[1:] if not a.startswith("-") and a != sub]
            return ("deno", names[0], sub) if names else None
        if prog in ("npm", "pnpm", "yarn", "bun", "deno") or prog == "vp" and args[:1] == ["run"]:
            return npm_task(prog, args)  # Vite+'s `vp run --filter x test`: a package script
        if prog == "nr":  # @antfu/ni: runs the script with the lockfile's package manager
            names = [a for a in args if not a.startswith("-")]
            return ("npm", names[0], "") if names else None
        if prog in ("turbo", "lerna", "nx"):
            return monorepo_task(prog, args)
        if prog == "tox":
            envs = option_value(args, ("-e", "--env", "-f", "--factor"))
            labels = option_value(args, ("-m", "--labels"))  # `tox -m check`: the envs labelled so
            return ("tox", envs or ",".join(f"@{x}" for x in (labels or "").split(",") if x)
                    or "", "")
        if prog == "nox":
            # `-e` is nox's alias of `-s` (tox's spelling): `nox -e build` runs that session
            return ("nox", option_value(args, ("-s", "-e", "--session", "--sessions", "-k", "-t",
                                       "--tags")) or "", "")
        if prog == "rake" and not [a for a in args if not a.startswith("-")]:
            return ("rake", "", "")  # a bare `rake`: the Rakefile's default task
        if prog == "composer":
            return composer_task(args)  # `composer phpstan`: the package's script
        if prog == "hatch" and args[:1] == ["run"] and len(args) > 1:
            return ("hatch", args[1], "")
        if prog == "hatch" and args[:1] == ["test"]:
            return None
        if prog == "pdm" and args and args[0] not in ("install", "sync", "add", "lock",
                                                      "build", "publish", "update", "use"):
            rest = args[1:] if args[0] == "run" else args
            if rest and not rest[0].startswith("-"):
                return ("pdm", rest[0], "")
        if prog in ("bash", "sh", "zsh") and _shell_script(args):
            return ("script", _shell_script(args), "")
        if re.match(r"^(\./)?([\w.-]+/)*[\w.-]+(\.sh|\.bash)?$", w[0]) and "/" in w[0] \
                and not w[0].startswith(("/", "~")) and "bin/" not in w[0] and \
                prog not in ("mvnw", "gradlew"):  # the build tool's wrapper, read as the tool
            return ("script", w[0], "")
        if w[0].endswith(".sh") and not w[0].startswith("/"):
            return ("script", w[0], "")
        return None


# A recipe line timing a program it built (`time $(gix) pack verify`, `time ./target/x`):
# after a build prerequisite, a stress run or a benchmark
_TIMED_RUN = re.compile(r"(^|[;&|]\s*|\bdo\s+)time\s+(\$[({]|\.?/|\S*\b(target|release|debug)/)")


# A tox env named only for an interpreter (`py`, `py312`, `py3.12`, `pypy3`, `3.13t`)
# a Python (`py3.12`), maybe with factors the config conditions on (`py-dj51-postgres`)
_PY_ENV = re.compile(r"((py|pypy|graalpy)\d*(\.\d+)*t?|\d+(\.\d+)+t?)(-[a-z]+\d*)*")


def _shell_script(args: list[str]) -> str:
    """The script a shell runs (`bash -x ./ci/test.sh`: its options skipped), or "" for
    an inline command (`bash -c "..."`, `bash -ec "..."`) or none."""
    rest = list(args)
    while rest and rest[0].startswith(("-", "+")) and len(rest[0]) > 1:
        if not rest[0].startswith("--") and "c" in rest[0][1:]:
            return ""
        rest = rest[2:] if rest[0] in ("-o", "+o", "-O", "+O") else rest[1:]
    return rest[0] if rest else ""


def _passed(task: tuple[str, str, str], w: list[str]) -> list[str]:
    """The arguments a task runner hands on to the task: after `--`, and for pnpm,
    yarn and bun everything after the script's name (`pnpm run lint --fix`)."""
    if "--" in w:
        return w[w.index("--") + 1:]
    if task[0] == "npm" and base(w[0]) in ("pnpm", "yarn", "bun") and task[1] in w:
        return w[w.index(task[1]) + 1:]
    return []


def _shell_quote(word: str) -> str:
    return word if re.match(r"^[\w@%+=:,./-]+$", word) else "'" + word.replace("'", "") + "'"


def _make_args(args: list[str]) -> tuple[str, list[str]]:
    sub, targets, skip = "", [], False
    for i, arg in enumerate(args):
        if skip:
            skip = False
            continue
        if arg in ("-C", "--directory") and i + 1 < len(args):
            sub, skip = args[i + 1], True
        elif arg in ("-f", "--file", "-j", "-l") and i + 1 < len(args) and arg != "-j":
            skip = True
        elif not arg.startswith("-") and ("=" not in arg or arg.startswith(("$(", "${"))):
            # `$(MODULES:%=lint_module_%)`: one target per module, named by the pattern
            sub_ref = re.match(r"^\$[({][\w.-]+:[^=]*=([^)}]+)[)}]$", arg)
            targets.append(sub_ref.group(1) if sub_ref else arg)
    return sub, targets
