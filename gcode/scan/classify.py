"""What a command does: test, lint, format, build or install, judged by the program it
runs and its flags, never by the name of a target. Task runners (make, npm scripts,
just, task, tox, nox, hatch, pdm, shell scripts) are followed to the commands they run."""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable

from gcode.scan.model import BUILD, FORMAT, INSTALL, LINT, TEST
from gcode.scan.shell import commands, is_noise, words

Kinds = dict[str, list[str]]  # kind -> the leaf commands that make it so
_ASSIGN = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*=")
_PY = re.compile(r"^(python[\d.]*|py|pypy[\d.]*)$")

# Programs whose job does not depend on flags.
_FIXED: dict[str, str] = {
    **dict.fromkeys(("pytest", "py.test", "jest", "vitest", "mocha", "ava", "tap", "karma",
                     "ctest", "rspec", "phpunit", "nextest", "testem", "jasmine",
                     "uvu", "playwright", "cypress", "wdio", "unittest", "trial", "ward",
                     "hypothesis", "tape", "lab", "qunit", "zig-test"), TEST),
    **dict.fromkeys(("flake8", "pylint", "mypy", "pyright", "basedpyright", "pyrefly", "ty",
                     "pytype", "bandit", "codespell", "pydocstyle", "pycodestyle", "vulture",
                     "pre-commit", "prek", "shellcheck", "hadolint", "yamllint", "actionlint",
                     "typos", "cspell", "oxlint", "stylelint", "markdownlint",
                     "markdownlint-cli2", "golangci-lint", "staticcheck", "revive",
                     "govulncheck", "zizmor", "clang-tidy", "check-manifest", "pyroma",
                     "validate-pyproject", "slotscheck", "lychee", "editorconfig-checker",
                     "commitlint", "knip", "publint", "attw", "are-the-types-wrong",
                     "deptry", "pip-audit", "semgrep", "mdformat-check", "tsc-strict",
                     "vue-tsc", "svelte-check", "flow", "standard", "tslint", "jshint",
                     "rome", "cargo-deny", "cargo-clippy", "interrogate", "darglint",
                     "refurb", "pyflakes", "pylama", "prospector", "lint-staged", "tsd",
                     "madge"), LINT),
    **dict.fromkeys(("pyupgrade", "autoflake", "add-trailing-comma", "docformatter",
                     "goimports-reviser", "gofumpt", "swiftformat", "stylua-fix"), FORMAT),
    **dict.fromkeys(("webpack", "rollup", "esbuild", "tsup", "tsdown", "unbuild", "parcel",
                     "microbundle", "pyproject-build", "ninja", "bazel-build", "ncc",
                     "rolldown", "babel", "swc", "rspack", "pkgroll", "bunchee"), BUILD),
}
_CHECK_FLAGS = frozenset({"--check", "-c", "--diff", "--check-only", "--list-different", "-l",
                          "-d", "--dry-run", "--verify"})
_WRITE_FLAGS = frozenset({"--fix", "--write", "-w", "--apply", "-i", "--in-place",
                          "--fix-only", "--unsafe-fixes", "--apply-unsafe"})
# Formatters: rewrite files unless told to check.
_FORMATTERS = frozenset({"black", "isort", "yapf", "autopep8", "rustfmt", "gofmt", "goimports",
                         "clang-format", "stylua", "shfmt", "taplo", "mdformat", "blue",
                         "ufmt", "usort", "csharpier", "ktlint-format", "dprint-fmt"})
_NPM_BUILTIN = frozenset({"install", "i", "ci", "add", "remove", "rm", "update", "up", "link",
                          "publish", "pack", "version", "init", "audit", "outdated", "dedupe",
                          "why", "list", "ls", "config", "set", "dlx", "create", "import",
                          "rebuild", "prune", "store", "fetch", "licenses", "info", "view",
                          "login", "cache", "exec", "x", "patch", "-v", "--version",
                          "workspaces", "workspace", "changeset", "node", "help"})

Resolver = Callable[[str, str, str], "list[str] | None"]
_SET = re.compile(r"^(?:export\s+)?([A-Za-z_]\w*)=((?:\"[^\"$`]*\"|'[^']*'|[^\s$`'\"]*))$")
_VAR_REF = re.compile(r"\$\{(\w+)\}|\$(\w+)")
# Tasks that build documentation (`tox -e docs`, `make man`): never the project's build.
DOCS_TASK = re.compile(r"(^|[-_:.])(docs?|man|manpages?|site|website|book|sphinx|mkdocs|"
                       r"docset|api-docs|typedoc|storybook)($|[-_:.])", re.I)
# A script named for its job (`node scripts/build.js`): its code is not readable here.
_SCRIPT_STEM = re.compile(r"^(build|compile|bundle|test|tests|run[-_]?tests?|lint)"
                          r"(\.(js|mjs|cjs|ts|mts|py))$")
_INTERPRETERS = frozenset({"node", "tsx", "ts-node", "bun", "deno", "zx", "vite-node", "esno",
                           "jiti"})


def by_name(name: str) -> str | None:
    """The job a task is named for: used only when the task's recipe cannot be read."""
    n = name.lower()
    if re.search(r"(^|[-_:.])(test|tests|unit|integration|e2e|spec|coverage|cov)($|[-_:.])", n) \
            or n.startswith("test"):
        return TEST
    if re.search(r"(^|[-_:])(lint|typecheck|type-check|typing|types|mypy|clippy|vet|style|"
                 r"flake8|pyright|check-format|format-check|fmt-check)($|[-_:])", n):
        return LINT
    if re.search(r"(^|[-_:])(format|fmt|prettier|black|fix)($|[-_:])", n):
        return FORMAT
    if re.search(r"(^|[-_:])(build|compile|dist|bundle)($|[-_:])", n):
        return BUILD
    return None


class Classifier:
    """Classifies commands; `resolve(runner, name, cwd)` returns the commands a named
    task runs (make target, npm script, tox env...) or None when it is not known."""

    def __init__(self, resolve: Resolver | None = None) -> None:
        self.resolve = resolve or (lambda runner, name, cwd: None)
        self._stack: set[tuple[str, str, str]] = set()

    # -- public ------------------------------------------------------------------------

    def script(self, script: str, cwd: str = "") -> Kinds:
        """The kinds a whole shell script has, with the leaf commands behind each."""
        out: Kinds = {}
        names: dict[str, str] = {}  # `PIP_INSTALL="pip install -q"`, used later as a command
        for cmd in commands(script):
            m = _SET.match(cmd)
            if m:
                names[m.group(1)] = " ".join(words(m.group(2)))
                continue
            if names and "$" in cmd:
                cmd = _VAR_REF.sub(lambda v: names.get(v.group(1) or v.group(2), v.group(0)),
                                   cmd)
            for kind, leaves in self.command(cmd, cwd).items():
                out.setdefault(kind, []).extend(x for x in leaves if x not in out[kind])
        return out

    def command(self, command: str, cwd: str = "") -> Kinds:
        if is_noise(command):
            return {}
        w = _unwrap(words(command))
        if not w:
            return {}
        if _base(w[0]) == "tox" and w[1:2] == ["exec"] and "--" in w:
            return self.command(" ".join(_shell_quote(x) for x in w[w.index("--") + 1:]), cwd)
        task = self._task(w) if "--notest" not in w else None
        if task is not None:
            rest = w[2:] if _base(w[0]) in ("hatch", "pdm") and w[1:2] == ["run"] else w[1:]
            return self._follow(task, command, cwd, [_shell_quote(x) for x in rest])
        if {"--version", "-V", "--help", "-h", "version"} & set(w[1:3]):
            return {}
        kind = program_kind(w)
        if kind == BUILD and _base(w[0]) in ("tsc", "vue-tsc") and self._no_emit(w, cwd):
            kind = LINT  # the tsconfig says noEmit: a type check
        return {kind: [command]} if kind else {}

    def _no_emit(self, w: list[str], cwd: str) -> bool:
        project = _opt(w[1:], ("-p", "--project")) or "tsconfig.json"
        if not project.endswith(".json"):
            project = f"{project.rstrip('/')}/tsconfig.json"
        for _ in range(3):  # follow `extends` a little way
            text = self.resolve("file", project, cwd)
            if not text:
                return False
            if re.search(r'"noEmit"\s*:\s*true', text[0]):
                return True
            parent = re.search(r'"extends"\s*:\s*"(\.[^"]+)"', text[0])
            if not parent:
                return False
            project = posixpath.normpath(posixpath.join(posixpath.dirname(project),
                                                        parent.group(1)))
        return False

    # -- task runners ------------------------------------------------------------------

    def _follow(self, task: tuple[str, str, str], command: str, cwd: str,
                rest: list[str]) -> Kinds:
        runner, name, sub = task
        where = f"{cwd}/{sub}".strip("/") if sub else cwd
        key = (runner, name, where)
        if key in self._stack or len(self._stack) > 12:
            return {}
        if sub == "*":  # `pnpm -r build`: the script of that name in each workspace package
            out: Kinds = {}
            for pkg in self.resolve("workspaces", "", cwd) or []:
                if (runner, name, pkg) in self._stack:
                    continue
                for kind, leaves in self._follow((runner, name, pkg.removeprefix(
                        f"{cwd}/") if cwd else pkg), command, cwd, rest).items():
                    out.setdefault(kind, []).extend(x for x in leaves if x not in out[kind])
            if out:
                return out
        recipe = self.resolve(runner, name, where) if sub != "*" else None
        if recipe is None and runner in ("hatch", "pdm") and rest:
            return self.command(" ".join(rest), cwd)  # `hatch run pytest`: not a script
        if recipe is None:
            named = by_name(name) if runner != "script" else None
            if runner == "tox" and not name:
                named = TEST
            return {named: [command]} if named else {}
        self._stack.add(key)
        try:
            out = {}
            for line in recipe:
                for kind, leaves in self.script(line, where).items():
                    out.setdefault(kind, []).extend(x for x in leaves if x not in out[kind])
            if DOCS_TASK.search(name.rsplit("/", 1)[-1]) and BUILD in out:
                del out[BUILD]  # building the docs or a man page is not building the project
            if not out and name in ("test", "tests") and runner != "script" and not any(
                    "no test specified" in x for x in recipe):
                out[TEST] = [command]  # the conventional entry point, running what we can't read
            return out
        finally:
            self._stack.discard(key)

    def _task(self, w: list[str]) -> tuple[str, str, str] | None:
        """(runner, task name, sub-directory) when `w` runs a named task."""
        prog, args = _base(w[0]), w[1:]
        if prog in ("make", "gmake", "$(MAKE)", "${MAKE}", "mingw32-make"):
            sub, targets = _make_args(args)
            return ("make", targets[0] if targets else "", sub)
        if prog in ("just", "task", "poe", "invoke", "inv", "mage", "cargo-make"):
            names = [a for a in args if not a.startswith("-") and "=" not in a]
            return (prog if prog not in ("inv",) else "invoke", names[0] if names else "", "")
        if prog in ("npm", "pnpm", "yarn", "bun", "deno"):
            return _npm_task(prog, args)
        if prog == "tox":
            envs = _opt(args, ("-e", "--env", "-f", "--factor"))
            return ("tox", envs or "", "")
        if prog == "nox":
            return ("nox", _opt(args, ("-s", "--session", "--sessions", "-k", "-t", "--tags"))
                    or "", "")
        if prog == "hatch" and args[:1] == ["run"] and len(args) > 1:
            return ("hatch", args[1], "")
        if prog == "hatch" and args[:1] == ["test"]:
            return None
        if prog == "pdm" and args and args[0] not in ("install", "sync", "add", "lock",
                                                      "build", "publish", "update", "use"):
            rest = args[1:] if args[0] == "run" else args
            if rest and not rest[0].startswith("-"):
                return ("pdm", rest[0], "")
        if prog in ("bash", "sh", "zsh") and args and not args[0].startswith("-"):
            return ("script", args[0], "")
        if re.match(r"^(\./)?([\w.-]+/)*[\w.-]+(\.sh|\.bash)?$", w[0]) and "/" in w[0] \
                and not w[0].startswith(("/", "~")) and "bin/" not in w[0]:
            return ("script", w[0], "")
        if w[0].endswith(".sh") and not w[0].startswith("/"):
            return ("script", w[0], "")
        return None


def _shell_quote(word: str) -> str:
    return word if re.match(r"^[\w@%+=:,./-]+$", word) else "'" + word.replace("'", "") + "'"


def _base(prog: str) -> str:
    return prog.rsplit("/", 1)[-1] if not prog.startswith("$") else prog


def _opt(args: list[str], names: tuple[str, ...]) -> str | None:
    for i, arg in enumerate(args):
        if arg in names and i + 1 < len(args):
            return args[i + 1]
        for name in names:
            if name.startswith("--") and arg.startswith(name + "="):
                return arg.split("=", 1)[1]
    return None


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
        elif not arg.startswith("-") and "=" not in arg:
            targets.append(arg)
    return sub, targets


def _npm_task(prog: str, args: list[str]) -> tuple[str, str, str] | None:
    rest: list[str] = []
    sub = ""
    it = iter(args)
    for arg in it:  # pnpm -r, --filter x, --prefix dir: anywhere before the script name
        if not arg.startswith("-") or rest and rest[0] not in ("run", "run-script"):
            rest.append(arg)
            continue
        if arg in ("-r", "--recursive", "--workspaces", "-ws") or arg.startswith(
                ("--filter", "-F", "--workspace")):
            sub = "*"  # runs in workspace packages: only the name is known
        if arg in ("--filter", "-F", "--prefix", "-C", "--dir", "--cwd", "-w", "--workspace"):
            value = next(it, "")
            if arg in ("--prefix", "-C", "--dir", "--cwd") and sub != "*":
                sub = value
    if prog == "yarn" and rest[:1] in (["workspaces"], ["workspace"]):
        rest = rest[2:] if rest[:1] == ["workspace"] else rest[1:]
        rest = rest[1:] if rest[:1] in (["foreach"], ["run"]) else rest
        sub = "*"
    if not rest:
        return None if prog != "yarn" else ("npm", "install", sub)
    head = rest[0]
    if head in ("run", "run-script", "task") and len(rest) > 1:
        return ("npm", rest[1], sub)
    if head in ("test", "t", "tst") and prog != "bun":
        return ("npm", "test", sub)
    if head in ("start", "stop", "restart") and prog == "npm":
        return ("npm", head, sub)
    if prog in ("pnpm", "yarn") and head not in _NPM_BUILTIN:
        return ("npm", head, sub)
    return None


def _unwrap(w: list[str]) -> list[str]:
    """Strip what only wraps the real program: env assignments, sudo, `uv run`,
    `poetry run`, `npx`, `python -m`, coverage, xvfb-run..."""
    for _ in range(8):
        while w and _ASSIGN.match(w[0]):
            w = w[1:]
        if w and re.match(r"^\$\{\w+\}[\w.-]", w[0]):  # ${PREFIX}pytest
            w = [re.sub(r"^\$\{\w+\}", "", w[0]), *w[1:]]
        if w and re.match(r"^\$\{?\w+\}?$", w[0]):  # $PYTHON -m pytest, $SEGVCATCH python x
            if "PYTHON" in w[0].upper():
                w = ["python", *w[1:]]
            elif len(w) > 1 and not w[1].startswith(("-", "$")) and w[1] not in _NOT_PROGRAMS:
                w = w[1:]
        if not w:
            return w
        prog = _base(w[0])
        if prog in ("sudo", "time", "nice", "exec", "command", "nohup", "stdbuf"):
            w = w[1:]
        elif prog in ("env", "cross-env", "cross-env-shell", "dotenv"):
            w = w[1:] if prog != "dotenv" else w[(w.index("--") + 1) if "--" in w else 1:]
        elif prog in ("timeout", "retry"):
            w = [x for x in w[1:] if not x.startswith("-")][1:]
        elif prog in ("xvfb-run", "dbus-run-session", "catchsegv"):
            w = _skip_options(w[1:], ("-s", "--server-args", "-n", "--server-num", "-e",
                                      "--error-file", "-f", "--auth-file", "-p",
                                      "--xauth-protocol"))
        elif prog in ("uv", "poetry", "pipenv", "rye", "hatch", "pdm", "conda", "mamba",
                      "micromamba", "pixi", "tox") and w[1:2] == ["run"] and prog != "tox":
            if prog in ("hatch", "pdm"):
                return w  # `hatch run x` / `pdm run x` may name a script: left to _task
            w = _skip_options(w[2:], ("--with", "--group", "--extra", "--python", "-p",
                                      "--directory", "--project", "--package", "-n", "--name",
                                      "--env", "-e", "--only-group", "--frozen-env",
                                      "--environment", "--index"))
        elif prog in ("npx", "bunx", "pnpx") or (prog in ("pnpm", "yarn", "npm") and
                                                 w[1:2] in (["exec"], ["dlx"], ["x"])):
            w = _skip_options(w[1:] if prog in ("npx", "bunx", "pnpx") else w[2:],
                              ("-p", "--package"))
        elif prog in ("uvx", "pipx") or (prog == "uv" and w[1:2] == ["tool"]):
            start = 1 if prog == "uvx" else 2
            w = _skip_options(w[start:], ("--from", "--with", "--python", "--spec"))
        elif prog in ("bundle",) and w[1:2] == ["exec"]:
            w = w[2:]
        elif _PY.match(prog) and len(w) > 2 and w[1] == "-m":
            w = ["pyproject-build" if w[2] == "build" else w[2], *w[3:]]
        elif _PY.match(prog) and len(w) > 1 and (w[1].startswith("-") and w[1] != "-c" or
                                                 w[1].startswith("$")):
            w = [w[0], *w[2:]]  # interpreter options, `$branch_option` that expands to some
        elif prog in ("coverage", "c8", "nyc") and w[1:3] == ["run", "-m"]:
            w = w[3:]
        elif prog in ("coverage",) and w[1:2] == ["run"]:
            w = ["python", *w[2:]]
        elif prog in ("c8", "nyc"):
            w = _skip_options(w[1:], ("--reporter", "-r"))
        else:
            return w
    return w


_NOT_PROGRAMS = frozenset({"test", "build", "run", "check", "install", "fmt", "clippy", "lint",
                           "exec", "doc", "bench"})


def _skip_options(w: list[str], with_value: tuple[str, ...]) -> list[str]:
    i = 0
    while i < len(w) and w[i].startswith("-"):
        i += 2 if w[i] in with_value else 1
    return w[i:]


def _sub(args: list[str]) -> str:
    return next((a for a in args if not a.startswith(("-", "+"))), "")


def program_kind(w: list[str]) -> str | None:
    """The kind of one unwrapped command (no task runner)."""
    prog = _base(w[0]).lower()
    args = w[1:]
    flags = set(args)
    sub = _sub(args)
    if prog in _FIXED:
        if prog in ("vitest", "jest") and sub in ("bench", "--version"):
            return None
        if prog == "playwright" and sub != "test":
            return None
        if prog == "cypress" and sub != "run":
            return None
        if prog == "pre-commit" and sub in ("install", "autoupdate", "gc", "clean"):
            return INSTALL if sub == "install" else None
        if prog in ("golangci-lint",) and sub == "fmt":
            return FORMAT
        return _FIXED[prog]
    if prog in _FORMATTERS:
        if prog == "taplo" and sub in ("lint", "check"):
            return LINT
        if prog in ("gofmt", "goimports") and not flags & {"-w"}:
            return LINT if flags & {"-l", "-d"} else None
        if prog == "clang-format" and not flags & {"-i"}:
            return LINT if "--dry-run" in flags or "-n" in flags else None
        return LINT if flags & _CHECK_FLAGS else FORMAT
    if _PY.match(prog):
        return _python_script(args)
    if "." in prog and re.match(r"^(run_?tests?|runtests|test_?all)$", prog.rsplit(".", 1)[-1]):
        return TEST  # `python -m pkg.runtests`
    if prog in _INTERPRETERS:
        script = next((a for a in args if not a.startswith("-") and a != "run"), "")
        m = _SCRIPT_STEM.match(script.rsplit("/", 1)[-1])
        if m:
            return _stem_kind(m.group(1))
    handler = _HANDLERS.get(prog)
    return handler(sub, args, flags) if handler else None


def _python_script(args: list[str]) -> str | None:
    script = next((a for a in args if not a.startswith("-")), "")
    name = script.rsplit("/", 1)[-1]
    if name in ("setup.py",):
        sub = args[args.index(script) + 1] if len(args) > args.index(script) + 1 else ""
        return {"test": TEST, "sdist": BUILD, "bdist_wheel": BUILD, "build": BUILD,
                "build_ext": BUILD, "develop": INSTALL, "install": INSTALL}.get(sub)
    if name == "manage.py" and "test" in args:
        return TEST
    if re.match(r"^(run_?tests?|test_?all|runtests)\.py$", name):
        return TEST
    m = _SCRIPT_STEM.match(name)
    return _stem_kind(m.group(1)) if m and m.group(1) in ("build", "compile", "bundle") else None


def _stem_kind(stem: str) -> str:
    return BUILD if stem in ("build", "compile", "bundle") else LINT if stem == "lint" else TEST


def _cargo(sub: str, args: list[str], flags: set[str]) -> str | None:
    if sub in ("hack", "miri", "careful", "+nightly", "insta", "llvm-cov", "tarpaulin",
               "mutants", "minimal-versions", "msrv", "xtask"):
        rest = args[args.index(sub) + 1:]
        if sub in ("llvm-cov", "tarpaulin", "mutants", "insta") and _sub(rest) in ("",
                                                                              "test",
                                                                              "nextest",
                                                                              "run"):
            return TEST
        return _cargo(_sub(rest), rest, set(rest)) if rest else None
    if sub in ("test", "t", "nextest"):
        return None if "--no-run" in flags else TEST  # --no-run only compiles the tests
    if sub in ("build", "b"):
        return BUILD
    if sub in ("clippy", "check", "c", "deny", "audit", "udeps", "semver-checks", "machete",
               "shear", "spellcheck", "sort", "vet", "about"):
        if sub == "clippy" and flags & {"--fix"}:
            return FORMAT
        if sub == "sort" and not flags & {"--check", "-c"}:
            return FORMAT
        return LINT
    if sub == "fmt":
        return LINT if "--check" in flags else FORMAT
    if sub in ("fetch",):
        return INSTALL
    return None


def _go(sub: str, args: list[str], flags: set[str]) -> str | None:
    if sub == "test" and any(a.startswith(("-bench", "-fuzz")) for a in args):
        return None  # benchmarks and fuzzing, not the test suite
    return {"test": TEST, "build": BUILD, "vet": LINT, "fmt": FORMAT,
            "mod": INSTALL if "download" in args else None}.get(sub)


def _node(sub: str, args: list[str], flags: set[str]) -> str | None:
    return TEST if "--test" in flags else None


def _ruff(sub: str, args: list[str], flags: set[str]) -> str | None:
    if sub == "format":
        return LINT if flags & {"--check", "--diff"} else FORMAT
    if sub in ("check", "") or (sub and not sub.isalpha()) or sub.startswith((".", "/")) \
            or sub not in ("server", "rule", "config", "linter", "clean", "version", "analyze"):
        return FORMAT if flags & {"--fix", "--fix-only", "--unsafe-fixes"} and \
            "--no-fix" not in flags else LINT
    return None


def _eslint(sub: str, args: list[str], flags: set[str]) -> str | None:
    return FORMAT if "--fix" in flags else LINT


def _prettier(sub: str, args: list[str], flags: set[str]) -> str | None:
    if flags & {"--write", "-w"}:
        return FORMAT
    return LINT if flags & {"--check", "-c", "--list-different", "-l"} else None


def _biome(sub: str, args: list[str], flags: set[str]) -> str | None:
    if sub not in ("check", "lint", "ci", "format"):
        return None
    if flags & {"--write", "--fix", "--apply", "--apply-unsafe", "--unsafe"}:
        return FORMAT
    return LINT  # without --write, biome only reports


def _tsc(sub: str, args: list[str], flags: set[str]) -> str | None:
    if flags & {"--noEmit", "-noEmit", "--noemit"}:
        return LINT
    return BUILD


def _dprint(sub: str, args: list[str], flags: set[str]) -> str | None:
    return {"check": LINT, "fmt": FORMAT}.get(sub)


def _deno(sub: str, args: list[str], flags: set[str]) -> str | None:
    if sub == "fmt":
        return LINT if "--check" in flags else FORMAT
    return {"test": TEST, "lint": LINT, "check": LINT, "compile": BUILD}.get(sub)


def _pm_build(sub: str, args: list[str], flags: set[str]) -> str | None:
    """uv, poetry, hatch, pdm, flit, maturin, pip and friends."""
    if sub in ("build",) or (sub == "wheel"):
        return BUILD
    if sub == "test":
        return TEST
    if sub in ("sync", "install", "develop", "lock") and sub != "lock":
        return INSTALL
    if sub == "pip" and "install" in args:
        return INSTALL
    if sub == "fmt":
        return LINT if "--check" in flags else FORMAT
    return None


def _pip(sub: str, args: list[str], flags: set[str]) -> str | None:
    return {"install": INSTALL, "wheel": BUILD}.get(sub)


def _docker(sub: str, args: list[str], flags: set[str]) -> str | None:
    if sub == "build" or (sub in ("buildx", "compose", "image") and "build" in args):
        return BUILD
    return None


def _generic(table: dict[str, str]) -> Callable[[str, list[str], set[str]], str | None]:
    return lambda sub, args, flags: table.get(sub)


_HANDLERS: dict[str, Callable[[str, list[str], set[str]], str | None]] = {
    "cargo": _cargo, "go": _go, "node": _node, "ruff": _ruff, "eslint": _eslint,
    "xo": _eslint, "prettier": _prettier, "biome": _biome, "tsc": _tsc, "dprint": _dprint,
    "deno": _deno, "uv": _pm_build, "poetry": _pm_build, "hatch": _pm_build, "pdm": _pm_build,
    "flit": _pm_build, "maturin": _pm_build, "pipenv": _pm_build, "rye": _pm_build,
    "pip": _pip, "pip3": _pip, "docker": _docker, "podman": _docker,
    "bun": _generic({"test": TEST, "install": INSTALL, "build": BUILD}),
    "vite": _generic({"build": BUILD}), "next": _generic({"build": BUILD, "lint": LINT}),
    "nuxt": _generic({"build": BUILD}), "astro": _generic({"build": BUILD, "check": LINT}),
    "bazel": _generic({"build": BUILD, "test": TEST}),
    "bazelisk": _generic({"build": BUILD, "test": TEST}),
    "mvn": lambda s, a, f: TEST if {"test", "verify"} & f else BUILD if {"package", "install",
                                                                         "compile"} & f else None,
    "gradle": lambda s, a, f: TEST if {"test", "check"} & f else BUILD if {"build",
                                                                           "assemble"} & f
    else None,
    "dotnet": _generic({"test": TEST, "build": BUILD, "format": FORMAT}),
    "cmake": lambda s, a, f: BUILD if "--build" in f else None,
    "meson": _generic({"test": TEST, "compile": BUILD}),
    "mix": _generic({"test": TEST, "compile": BUILD, "format": FORMAT, "credo": LINT}),
    "rake": _generic({"test": TEST, "spec": TEST}),
    "zig": _generic({"build": BUILD, "test": TEST}),
    "swift": _generic({"test": TEST, "build": BUILD}),
    "gotestsum": lambda s, a, f: TEST,
    "richgo": _generic({"test": TEST}),
    "yarn": _generic({"install": INSTALL}), "npm": _generic({"ci": INSTALL, "install": INSTALL}),
    "pnpm": _generic({"install": INSTALL, "i": INSTALL}),
    "conda": lambda s, a, f: INSTALL if "create" in a or "install" in a else None,
    "rustup": lambda s, a, f: None,
    "tox": lambda s, a, f: INSTALL if "--notest" in f else None,
}
_HANDLERS["gradlew"] = _HANDLERS["gradle"]
_HANDLERS["mvnw"] = _HANDLERS["mvn"]
