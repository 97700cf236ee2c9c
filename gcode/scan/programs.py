"""What one program invocation does (pytest, cargo test, ruff format --check...),
judged by the program and its flags once wrappers (`uv run`, `npx`, env assignments,
coverage) are peeled off. Task runners are followed in gcode.scan.classify."""

from __future__ import annotations

import re
from collections.abc import Callable

from gcode.scan.buildtools import docker, gradle, maven, mix, nix
from gcode.scan.lintjudges import (_biome, _buf, _deno, _dprint, _eslint, _oxfmt, _prettier,
                                    _ruff, _tsc, _vue_tsc)
from gcode.scan.model import BUILD, FORMAT, INSTALL, LINT, TEST
from gcode.scan.scriptargs import INTERPRETERS as _INTERPRETERS
from gcode.scan.scriptargs import on_test_dirs, py_test_file, script_name
from gcode.scan.taskargs import option_value

_ASSIGN = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*=")
_PY = re.compile(r"^(python[\d.]*|py|pypy[\d.]*)$")
_MODULE_FLAG = re.compile(r"-[bBdEiIOqsSuv]*m")
# a module of the test package, run by `python -m tests.unit`
_TEST_MODULE = re.compile(r"tests?(\.\w+)*")
_GLUED_MODULE = re.compile(r"-[bBdEiIOqsSuv]*m([A-Za-z_][\w.]*)")
# Programs whose job does not depend on flags.
_FIXED: dict[str, str] = {
    **dict.fromkeys(("pytest", "py.test", "jest", "vitest", "mocha", "ava", "tap", "karma",
                     "ctest", "rspec", "phpunit", "nextest", "testem", "jasmine",
                     "uvu", "playwright", "cypress", "wdio", "unittest", "trial", "ward",
                     "hypothesis", "tape", "lab", "qunit", "zig-test", "borp",
                     "gst-validate-launcher", "stestr", "web-test-runner", "wtr", "pest"),
                    TEST),
    **dict.fromkeys(("flake8", "pylint", "mypy", "pyright", "basedpyright", "pyrefly", "ty",
                     "pytype", "bandit", "codespell", "pydocstyle", "pycodestyle", "vulture",
                     "pre-commit", "prek", "shellcheck", "hadolint", "yamllint", "actionlint",
                     "typos", "cspell", "oxlint", "stylelint", "markdownlint",
                     "markdownlint-cli2", "golangci-lint", "staticcheck", "revive",
                     "govulncheck", "zizmor", "clang-tidy", "check-manifest", "pyroma",
                     "validate-pyproject", "slotscheck", "lychee", "editorconfig-checker",
                     "commitlint", "knip", "publint", "attw", "are-the-types-wrong",
                     "deptry", "pip-audit", "semgrep", "mdformat-check", "tsc-strict",
                     "svelte-check", "flow", "standard", "tslint", "jshint", "jscs", "lintroll",
                     "rome", "cargo-deny", "cargo-clippy", "interrogate", "darglint",
                     "refurb", "pyflakes", "pylama", "prospector", "lint-staged", "tsd",
                     "madge", "tstyche", "sherif", "knip", "check-dts", "checkguard",
                     "rubocop", "standardrb", "phpstan", "psalm", "phpcs", "swiftlint"), LINT),
    # zuban: a mypy-compatible type checker (`zuban check`)
    **dict.fromkeys(("zuban",), LINT),
    **dict.fromkeys(("pyupgrade", "autoflake", "add-trailing-comma", "docformatter",
                     "goimports-reviser", "stylua-fix", "phpcbf"), FORMAT),
    **dict.fromkeys(("webpack", "rollup", "esbuild", "tsup", "tsdown", "unbuild", "parcel",
                     "microbundle", "pyproject-build", "ninja", "bazel-build", "ncc",
                     "rolldown", "babel", "swc", "rspack", "pkgroll", "bunchee", "obuild"), BUILD),
    # tshy builds a package's dual ESM/CJS output; dts-bundle-generator writes a .d.ts bundle
    **dict.fromkeys(("tshy", "dts-bundle-generator"), BUILD),
    # cibuildwheel builds a Python package's wheels for each platform
    **dict.fromkeys(("cibuildwheel",), BUILD),
}
_CHECK_FLAGS = frozenset({"--check", "-c", "--diff", "--check-only", "--list-different", "-l",
                          "-d", "--dry-run", "--verify", "--lint"})
_WRITE_FLAGS = frozenset({"--fix", "--write", "-w", "--apply", "-i", "--in-place",
                          "--fix-only", "--unsafe-fixes", "--apply-unsafe"})
FIX_FLAGS = frozenset({"--fix", "--write", "--apply", "--fix-only", "--unsafe-fixes"})
# Formatters: rewrite files unless told to check.
_FORMATTERS = frozenset({"black", "isort", "yapf", "autopep8", "rustfmt", "gofmt", "goimports",
                         "clang-format", "stylua", "shfmt", "gofumpt", "taplo", "mdformat",
                         "blue", "ufmt", "usort", "csharpier", "ktlint-format", "dprint-fmt",
                         "swiftformat", "php-cs-fixer"})
# A script named for its job (`node scripts/build.js`): its code is not readable here.
# (`buildPackage.js` builds; `test-backend.mjs` tests)
# (`end-to-end-tests.js` runs tests, `build-tests.mjs` builds them; `lint-changed.mjs` lints)
# (`buildFixtures.ts`, `buildDocs.js`: the tests' data, the docs: not the project's build)
_SCRIPT_STEM = re.compile(r"^(?:(build|compile|bundle)(?:(?!Fixture|Test|Doc|Example|Demo|Site|"
                          r"Bench)[A-Z]\w*|[-_](?:npm|deno|dist|cjs|esm|"
                          r"lib|browser))?|"  # `build-npm.js`: the package for npm
                          r"(tests?(?:[-_][a-z]+)?|(?!(?:build|bundle|compile|gen|generate|"
                          r"update|make|create|write)[-_])(?:[a-z0-9]+[-_])+tests|"
                          r"run[-_]?tests?|lint(?:[-_][a-z]+)*))\.(js|mjs|cjs|ts|mts|py)$")
SH_STEM = re.compile(r"^(?:(build|compile)|((?:(?:end-to-end|e2e|integration|unit|smoke|"
                     r"acceptance|functional)[-_])?(?:test|tests)|run[-_]?tests?|lint|"
                     # `validate-license.sh`, `verify-gofmt.sh`: a check (`check-*.sh` is too wide:
                     # check_environment.sh, check-merge-freeze.sh)
                     r"(?:validate|verify)[-_](?!(?:release|publish|tag|version)\b)[a-z][\w-]*))"
                     r"\.(sh|bash)$")
# A JavaScript task file run with a task's name (shelljs `node Makefile.js build`): read,
# like `cargo xtask`, by the words of that name.
# A test file run by itself (`node ./test/all.test.js`, `tsx src/util.spec.ts`).
_TEST_FILE = re.compile(r"[.](test|spec)[.](js|mjs|cjs|ts|mts|cts)$")
_TASK_SCRIPT = re.compile(r"^(make(file)?|tasks?|jakefile)\.(js|mjs|cjs|ts)$", re.I)
_BUNDLER_CONFIG = re.compile(r"^(esbuild|rollup|webpack|rspack|rolldown|tsup|vite)\.config"
                             r"(\.[\w-]+)*\.(js|mjs|cjs|ts|mts)$")


def base(prog: str) -> str:
    """The program's name: its path and a pinned version off (`/bin/buf-v1.55.1`, how
    bingo installs tools, is buf), or a PHP archive's suffix."""
    if prog.startswith("$"):
        return prog
    return _PINNED.sub("", prog.rsplit("/", 1)[-1])


_PINNED = re.compile(r"-v\d+\.\d+[\w.+-]*$|\.phar$")  # (psalm.phar: psalm, archived)


def is_watch(w: list[str]) -> bool:
    """A command that watches files and reruns until stopped (`cargo watch`, `tsc -w`,
    `jest --watch`, nodemon)."""
    if not w:
        return False
    prog = base(w[0])
    if prog in _WATCHERS or prog == "cargo" and sub_of(w[1:]) == "watch":
        return True
    if prog in ("vitest",) and sub_of(w[1:]) in ("watch", "dev"):
        return True
    if prog in ("vitest", "playwright", "jest") and "--ui" in w[1:]:
        return True  # the interactive UI, open until closed
    if sub_of(w[1:]) in _DEV_SERVERS.get(prog, ()):
        return True  # a framework's dev server (`next dev`, bare `vite`), up until stopped
    flags = set(w[1:])
    return bool(flags & {"--watch", "--watchAll", "--watch-all"}) or \
        prog in ("tsc", "tsgo", "vue-tsc", "rollup", "esbuild", "tsup") and "-w" in flags


# the go command's own tools (`go tool cover`, `go tool pprof`): go's, not a module's
_GO_TOOLS = frozenset({"addr2line", "asm", "buildid", "cgo", "compile", "covdata", "cover",
                       "dist", "distpack", "doc", "fix", "link", "nm", "objdump", "pack",
                       "pprof", "test2json", "trace", "vet"})
# a web framework's development server, by program: the subcommands that start it
_DEV_SERVERS = {"next": ("dev",), "nuxt": ("dev",), "nuxi": ("dev",), "astro": ("dev",),
                "vite": ("", "dev", "serve"), "vitepress": ("dev",), "remix": ("dev",),
                "docusaurus": ("start",), "gatsby": ("develop",), "webpack": ("serve",),
                "webpack-dev-server": ("",), "react-scripts": ("start",)}
_WATCHERS = frozenset({"watchexec", "nodemon", "entr", "cargo-watch", "chokidar",
                       "onchange", "ptw", "pytest-watch", "watchmedo", "air", "reflex"})


_CONTAINER_OPTS = ("-e", "--env", "-w", "--workdir", "-u", "--user", "--name", "--entrypoint",
                   "-v", "--volume", "-p", "--publish", "--index", "-f", "--file",
                   "--project-name", "--env-file", "--profile")


def _in_container(w: list[str]) -> list[str] | None:
    """The command `docker compose exec|run SERVICE cmd...` or `docker exec CONTAINER
    cmd...` runs inside the container; None when `w` is not that."""
    prog = base(w[0])
    rest = w[1:]
    if prog == "docker" and rest[:1] == ["compose"]:
        rest = rest[1:]
    elif prog != "docker-compose" and not (prog == "docker" and rest[:1] == ["exec"]):
        return None
    rest = _skip_options(rest, _CONTAINER_OPTS)
    if rest[:1] not in (["exec"], ["run"]):
        return None
    rest = _skip_options(rest[1:], _CONTAINER_OPTS)
    return rest[1:] if len(rest) > 1 else None


_LOOKUP = re.compile(r"^(?:`|\$\()(?:which|command -v|type -P)\s+([\w.+-]+)(?:`|\))$")


def unwrap(w: list[str]) -> list[str]:
    """Strip what only wraps the real program: env assignments, sudo, `uv run`,
    `poetry run`, `npx`, `python -m`, coverage, xvfb-run..."""
    for _ in range(16):
        while w and _ASSIGN.match(w[0]):
            w = w[1:]
        if w and re.match(r"^\$\{?\w+\}?/\S", w[0]):  # "${REPO_ROOT}/bin/gotestsum"
            w = [re.sub(r"^\$\{?\w+\}?", "", w[0]), *w[1:]]
        if w and re.match(r"^\$\{\w+\}[\w.-]", w[0]):  # ${PREFIX}pytest
            w = [re.sub(r"^\$\{\w+\}", "", w[0]), *w[1:]]
        if w and re.match(r"^\$\{?\w+\}?$", w[0]):  # $PYTHON -m pytest, $SEGVCATCH python x
            if "PYTHON" in w[0].upper():
                w = ["python", *w[1:]]
            elif len(w) > 1 and not w[1].startswith(("-", "$")) and w[1] not in _NOT_PROGRAMS:
                w = w[1:]
        if not w:
            return w
        looked_up = _LOOKUP.match(" ".join(w[:3])) or _LOOKUP.match(" ".join(w[:2]))
        if looked_up:  # `which django-admin` test: the program the shell looks up
            w = [looked_up.group(1), *w[len(looked_up.group(0).split()):]]
        prog = base(w[0])
        if prog in ("sudo", "time", "nice", "exec", "command", "nohup", "stdbuf", "sfw"):
            w = w[1:]
        elif prog in ("env", "cross-env", "cross-env-shell", "dotenv", "env-cmd"):
            w = w[1:] if prog not in ("dotenv", "env-cmd") else w[
                (w.index("--") + 1) if "--" in w else 1:]
        elif prog in ("wait-for-it.sh", "wait-for-it", "wait-for") and "--" in w:
            w = w[w.index("--") + 1:]  # waits for a port, then runs the command
        elif (inside := _in_container(w)) is not None:
            w = inside  # `docker compose exec api npx jest`: jest, there
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
            if w and "@" in w[0][1:]:  # `uvx ruff@0.14.0 check`: ruff, that version of it
                w = [w[0][0] + w[0][1:].split("@", 1)[0], *w[1:]]
            if w[:1] == ["build"]:  # `pipx run build`: the PyPA build front-end
                w = ["pyproject-build", *w[1:]]
        elif prog == "nix" and w[1:2] in (["develop"], ["shell"]) and (
                cut := next((i for i, x in enumerate(w) if x in ("--command", "-c")), 0)):
            w = w[cut + 1:]  # `nix develop .#lint --command prek run`: prek, in that shell
        elif prog in ("bundle", "composer") and w[1:2] == ["exec"]:
            w = [x for x in w[2:] if x != "--"]  # `composer exec phpunit -- --group x`
        elif prog == "devbox" and w[1:2] == ["run"] and "--" in w:
            w = w[w.index("--") + 1:]  # `devbox run -- uv run x`: x, in the devbox shell
        elif prog == "node" and w[1:2] == ["--run"] and len(w) > 2:
            w = ["npm", "run", *w[2:]]  # node 22's `node --run typecheck`: a package script
        elif prog == "go" and w[1:2] == ["run"] and (tool := _go_run_tool(w[2:])):
            w = tool  # `go run github.com/go-task/task/v3/cmd/task test`: task, fetched
        elif prog == "go" and w[1:2] == ["tool"] and len(w) > 2 and base(w[2]) not in _GO_TOOLS:
            w = w[2:]  # `go tool reflex -c reflex.conf`: a tool go.mod's `tool` directive pins
        elif _PY.match(prog) and len(w) > 2 and _MODULE_FLAG.fullmatch(w[1]):
            # `python -m pytest`; `python -Im pytest`: flags bundled before `-m` (isolated)
            w = [_module_program(w[2]), *w[3:]]
        elif _PY.match(prog) and len(w) > 1 and (glued := _GLUED_MODULE.fullmatch(w[1])):
            w = [_module_program(glued.group(1)), *w[2:]]  # `python -mpytest`
        elif _PY.match(prog) and len(w) > 1 and (w[1].startswith("-") and w[1] != "-c" or
                                                 w[1].startswith("$")):
            # interpreter options, `$branch_option` that expands to some; `-X dev`, `-W
            # error` take the next word
            w = [w[0], *w[3:]] if w[1] in ("-X", "-W") else [w[0], *w[2:]]
        elif prog == "coverage" and w[1:2] == ["run"]:
            w = _skip_options(w[2:], _COVERAGE_VALUE_OPTIONS, keep=("-m",))
            w = [_module_program(w[1]), *w[2:]] if w[:1] == ["-m"] and len(w) > 1 \
                else ["python", *w]
        elif prog in ("c8", "nyc"):
            w = _skip_options(w[1:], ("--reporter", "-r"))
        elif prog in ("node", "bun", "deno") and _node_bin(w) is not None:
            w = _node_bin(w) or w  # `node node_modules/jest-cli/bin/jest`: jest itself
        else:
            return w
    return w


def _module_program(module: str) -> str:
    """The program `python -m module` is: a known module's (`build`: pyproject-build), a
    module of the test package (`tests.unit`) the test runner it is."""
    return _MODULES.get(module) or ("unittest" if _TEST_MODULE.fullmatch(module) else module)


def _go_run_tool(args: list[str]) -> list[str] | None:
    """`go run` of another module's command (`gotest.tools/gotestsum@v1 --format x`,
    `github.com/go-task/task/v3/cmd/task test`): the program it builds, with its words."""
    rest = [a for a in args if not a.startswith("-")]
    if not rest or not re.match(r"^[\w-]+(\.[\w-]+)+/", rest[0]):
        return None  # `go run .`, `go run ./cmd/x`: the module's own code
    parts = [x for x in rest[0].split("@", 1)[0].split("/") if not re.fullmatch(r"v\d+", x)]
    return [parts[-1], *args[args.index(rest[0]) + 1:]]


# (or a workspace package's own, `node packages/jest-cli/bin/jest.js`: the same program,
# linked into node_modules)
_OWN_BIN = re.compile(r"^(?:\./)?bin/([\w.-]+?)(?:\.[cm]?js)?$")
_NODE_BIN = re.compile(r"(?:^|/)(?:node_modules|packages)/(?:@[\w.-]+/)?([\w.-]+)/bin/([\w.-]+?)"
                       r"(?:\.[cm]?js)?$")


# `python -m <module>`: the program a module is run as, where the names differ
_MODULES = {"build": "pyproject-build", "pre_commit": "pre-commit",
            "twisted.trial": "trial"}  # Twisted's test runner, for any Twisted project
# pre-commit/prek subcommands that set the hooks up or tidy them, checking nothing
# (`prek prepare-hooks` installs every hook's environment ahead of a run)
_HOOK_SETUP = frozenset({"install", "install-hooks", "prepare-hooks", "autoupdate", "gc",
                         "uninstall", "clean", "init-templatedir", "migrate-config",
                         "sample-config"})


def _node_bin(w: list[str]) -> list[str] | None:
    """A package's own executable run by path through node: the program it is."""
    rest = [x for x in w[1:] if not x.startswith("-")][:1]
    if not rest:
        return None
    m = _NODE_BIN.search(rest[0])
    own = _OWN_BIN.match(rest[0])
    if not m:  # `node bin/mocha.js` in mocha itself: its own executable, a program we know
        return [own.group(1), *w[w.index(rest[0]) + 1:]] if own and own.group(1) in _FIXED \
            else None
    name = m.group(1).removesuffix("-cli") if m.group(2) in ("cli", "run") else m.group(2)
    return [name, *w[w.index(rest[0]) + 1:]]


_NOT_PROGRAMS = frozenset({"test", "build", "run", "check", "install", "fmt", "clippy", "lint",
                           "exec", "doc", "bench"})


_COVERAGE_VALUE_OPTIONS = ("--debug", "--rcfile", "--source", "--include", "--omit",
                           "--concurrency", "--context", "--data-file")


def _skip_options(w: list[str], with_value: tuple[str, ...],
                  keep: tuple[str, ...] = ()) -> list[str]:
    i = 0
    while i < len(w) and w[i].startswith("-") and w[i] not in keep:
        i += 2 if w[i] in with_value else 1
    return w[i:]


def sub_of(args: list[str]) -> str:
    return next((a for a in args if not a.startswith(("-", "+"))), "")


def program_kind(w: list[str]) -> str | None:
    """The kind of one unwrapped command (no task runner)."""
    prog = base(w[0]).lower()
    args = w[1:]
    flags = set(args)
    sub = sub_of(args)
    if prog in _FIXED:
        if prog in ("vitest", "jest") and sub in ("bench", "--version", "list") or \
                prog == "vitest" and "--merge-reports" in flags:
            return None  # listing the tests, merging the shards' reports: nothing is run
        if prog == "playwright" and sub != "test":
            return None
        if prog == "cypress" and sub != "run":
            return None
        action = sub_of(args[1:] if sub == "nextest" else args)
        if prog in ("nextest", "cargo-nextest") and action not in ("", "run", "r") and \
                not action.startswith("$"):  # a script's "$@": what it is given decides
            return None  # `cargo-nextest nextest archive`: packs the tests, runs none
        if prog in ("pre-commit", "prek") and sub in _HOOK_SETUP:
            return INSTALL if sub.startswith(("install", "prepare")) else None
        if prog in ("golangci-lint",) and sub == "fmt":
            return FORMAT
        if _FIXED[prog] == LINT and (flags & FIX_FLAGS or prog in ("codespell", "typos") and
                                     flags & {"-w", "--write-changes"}):
            return FORMAT  # `golangci-lint run --fix`, `stylelint --fix`: rewrites files
        return _FIXED[prog]
    if prog in _FORMATTERS:
        if prog == "taplo" and sub in ("lint", "check"):
            return LINT
        if prog in ("ufmt", "usort") and sub in ("check", "diff"):
            return LINT  # `ufmt check pkg`: reports, rewrites nothing (`ufmt format` does)
        if prog in ("gofmt", "goimports", "gofumpt"):  # -w writes, whatever it lists (-l)
            return FORMAT if "-w" in flags else LINT if flags & {"-l", "-d"} else None
        if prog == "clang-format" and not flags & {"-i"}:
            return LINT if "--dry-run" in flags or "-n" in flags else None
        return LINT if flags & _CHECK_FLAGS else FORMAT
    if prog == "typedoc":  # writes the API docs, unless told to emit nothing: then checks
        return LINT if option_value(args, ("--emit",)) == "none" else None
    if prog == "goreleaser":  # `release --snapshot` builds every artifact, publishes none
        return BUILD if sub == "build" or sub == "release" and "--snapshot" in flags else None
    if prog in ("django-admin", "django-admin.py"):
        return TEST if sub == "test" else None  # `manage.py test` without a manage.py
    if _PY.match(prog):
        return _python_script(args)
    if "." in prog and re.match(r"^(run_?tests?|runtests|test_?all|tests?)$",
                                prog.rsplit(".", 1)[-1]):
        return TEST  # `python -m pkg.runtests`; `coverage run -m pkg.tests`: the test package
    if prog in _INTERPRETERS:
        script = next((a for a in args if not a.startswith("-") and a != "run"), "")
        m = _SCRIPT_STEM.match(script_name(script))
        if m:
            return stem_kind(m.group(1) or m.group(2))
        if _TEST_FILE.search(script) or script and on_test_dirs(args[args.index(script) + 1:]):
            return TEST
        if _TASK_SCRIPT.match(script.rsplit("/", 1)[-1]):
            return _xtask(args[args.index(script) + 1:])  # `node Makefile.js lint-ci`
        if _BUNDLER_CONFIG.match(script.rsplit("/", 1)[-1]):
            return BUILD  # `node esbuild.config.mjs`: a bundler driven by its config script
    handler = _HANDLERS.get(prog)
    if handler is None and sub == "test" and re.match(r"^[a-z][\w-]*$", prog):
        return TEST  # `workerd test config.capnp`, `dart test`: a tool's own test command
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
    if re.match(r"^(run_?tests?|test_?all|runtests)\.py$", name) or py_test_file(script):
        return TEST
    m = _SCRIPT_STEM.match(name)
    return stem_kind(m.group(1)) if m and m.group(1) else None


def stem_kind(stem: str) -> str:
    if stem in ("build", "compile", "bundle"):
        return BUILD
    return LINT if stem.startswith(("lint", "validate", "verify")) else TEST


_XTASK = (("test", TEST), ("tests", TEST), ("coverage", TEST), ("clippy", LINT),
          ("lint", LINT), ("check", LINT), ("udeps", LINT), ("typos", LINT), ("deny", LINT),
          ("build", BUILD), ("dist", BUILD))


def _xtask(args: list[str]) -> str | None:
    """`cargo xtask <name>`: a Rust program of the repository's own, read by the words of
    its subcommand (`test-libs`, `format --check`), which mirror cargo's."""
    name = next((a for a in args if not a.startswith("-")), "")
    parts = re.split(r"[-_:]", name)
    if parts[0] in ("fmt", "format"):
        return LINT if "--check" in args else FORMAT
    kind = next((k for word, k in _XTASK if parts[0] == word), None)
    return kind or (LINT if "--check" in args and name else None)


def _cargo(sub: str, args: list[str], flags: set[str]) -> str | None:
    if sub == "xtask":
        return _xtask(args[args.index(sub) + 1:])
    if sub in ("hack", "miri", "careful", "+nightly", "insta", "llvm-cov", "tarpaulin",
               "mutants", "minimal-versions", "msrv", "xtask"):
        rest = args[args.index(sub) + 1:]
        if sub in ("llvm-cov", "tarpaulin", "mutants", "insta") and sub_of(rest) in ("",
                                                                              "test",
                                                                              "nextest",
                                                                              "run"):
            return TEST
        inner = _cargo(sub_of(rest), rest, set(rest)) if rest else None
        if sub in ("minimal-versions", "msrv") and inner == BUILD:
            return LINT  # builds against the oldest versions allowed: checks the bounds
        return inner
    if sub == "nextest" and sub_of(args[args.index(sub) + 1:]) not in ("", "run", "r"):
        return None  # `cargo nextest archive`, `list`: packs or lists the tests, runs none
    if sub in ("test", "t", "nextest"):
        return None if "--no-run" in flags else TEST  # --no-run only compiles the tests
    if sub in ("build", "b"):
        return BUILD
    if sub in ("clippy", "check", "c", "deny", "audit", "udeps", "semver-checks", "machete",
               "shear", "spellcheck", "sort", "vet", "about"):
        if flags & FIX_FLAGS:  # `cargo clippy --fix`, `cargo shear --fix`: rewrites files
            return FORMAT
        if sub == "about" and "generate" in flags:
            return None  # writes the third-party licence file
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
    if sub == "run":
        return _go_tool(args[args.index(sub) + 1:])
    return {"test": TEST, "build": BUILD, "vet": LINT, "fmt": FORMAT,
            "mod": INSTALL if "download" in args else None}.get(sub)


def _go_tool(args: list[str]) -> str | None:
    """`go run . unit-test` in a build program of the repository's own (`internal/cmd/build`,
    like `cargo xtask`, or mage): read by the words of the task it is given."""
    pkg = next((a for a in args if not a.startswith("-")), "")
    build_go = pkg.removeprefix("./") == "build.go"  # `go run build.go [test]` (restic)
    if not build_go and (not pkg.startswith(".") or pkg.endswith(".go")):
        return None  # a module's program (`go run golang.org/x/...`) or one file of code
    rest = args[args.index(pkg) + 1:]
    name = next((a for a in rest if not a.startswith("-")), "")
    if re.match(r"(unit|integration|e2e)[-_]tests?$", name):
        return TEST
    return _xtask(rest) if name else BUILD if build_go else None


def _node(sub: str, args: list[str], flags: set[str]) -> str | None:
    """`node --test`, and `tsx --test` (tsx hands the flag to node's test runner)."""
    return TEST if "--test" in flags else None


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
    if sub == "lint":  # `rye lint`: the linter of the tool's own (ruff)
        return FORMAT if "--fix" in flags else LINT
    return None


def _pip(sub: str, args: list[str], flags: set[str]) -> str | None:
    if sub == "wheel" and any(a.endswith((".tar.gz", ".zip")) for a in args):
        return None  # a wheel from the sdist just built: checks that archive, builds nothing new
    return {"install": INSTALL, "wheel": BUILD}.get(sub)


def _generic(table: dict[str, str]) -> Callable[[str, list[str], set[str]], str | None]:
    return lambda sub, args, flags: table.get(sub)


_TOOLKIT = _generic({"lint": LINT, "test": TEST, "build": BUILD})  # tsdx lint, kcd-scripts
_HANDLERS: dict[str, Callable[[str, list[str], set[str]], str | None]] = {
    "cargo": _cargo, "go": _go, "node": _node, "tsx": _node, "ruff": _ruff, "eslint": _eslint,
    "xo": _eslint, "prettier": _prettier, "oxfmt": _oxfmt, "biome": _biome, "tsc": _tsc,
    "tsgo": _tsc,  # TypeScript's native compiler (@typescript/native-preview), tsc's flags
    "vue-tsc": _vue_tsc,
    "dprint": _dprint,
    "deno": _deno, "uv": _pm_build, "poetry": _pm_build, "hatch": _pm_build, "pdm": _pm_build,
    "flit": _pm_build, "maturin": _pm_build, "pipenv": _pm_build, "rye": _pm_build,
    "pip": _pip, "pip3": _pip, "docker": docker, "podman": docker,
    "bun": _generic({"test": TEST, "install": INSTALL, "build": BUILD}),
    "vite": _generic({"build": BUILD}), "napi": _generic({"build": BUILD}),
    "vp": _generic({"lint": LINT, "check": LINT, "test": TEST, "build": BUILD}),  # Vite+
    "next": _generic({"build": BUILD, "lint": LINT}),
    "nuxt": _generic({"build": BUILD, "generate": BUILD, "typecheck": LINT}),
    "nuxi": _generic({"build": BUILD, "generate": BUILD, "typecheck": LINT}),
    "nest": _generic({"build": BUILD}), "preconstruct": _generic({"build": BUILD}),
    "ng": _generic({"build": BUILD, "test": TEST, "lint": LINT, "e2e": TEST}),
    "astro": _generic({"build": BUILD, "check": LINT}),
    "bazel": _generic({"build": BUILD, "test": TEST}),
    "bazelisk": _generic({"build": BUILD, "test": TEST}),
    "mvn": maven,
    "gradle": gradle,
    "dotnet": _generic({"test": TEST, "build": BUILD, "format": FORMAT}),
    "cmake": lambda s, a, f: BUILD if "--build" in f else None,
    "meson": _generic({"test": TEST, "compile": BUILD}),
    "buf": _buf,
    "mix": mix,
    "rake": _generic({"test": TEST, "spec": TEST, "rubocop": LINT, "standard": LINT}),
    "zig": _generic({"build": BUILD, "test": TEST}),
    "swift": _generic({"test": TEST, "build": BUILD}),
    "gotestsum": lambda s, a, f: TEST,
    "trunk": _generic({"check": LINT, "fmt": FORMAT}),  # trunk.io's meta-linter
    "promu": _generic({"build": BUILD, "crossbuild": BUILD}),
    "richgo": _generic({"test": TEST}),
    "yarn": _generic({"install": INSTALL}),
    "npm": _generic({"ci": INSTALL, "install": INSTALL, "i": INSTALL}),  # `npm i`: install
    "wasm-pack": _generic({"build": BUILD}),
    "nix": nix,
    **dict.fromkeys(("tsdx", "dts", "kcd-scripts", "aegir", "react-scripts"), _TOOLKIT),
    "pnpm": _generic({"install": INSTALL, "i": INSTALL}),
    "nci": lambda s, a, f: INSTALL, "ni": lambda s, a, f: INSTALL,
    "conda": lambda s, a, f: INSTALL if "create" in a or "install" in a else None,
    "rustup": lambda s, a, f: None,
    "tox": lambda s, a, f: INSTALL if "--notest" in f else None,
}
_HANDLERS["gradlew"] = _HANDLERS["gradle"]
_HANDLERS["mvnw"] = _HANDLERS["mvn"]
