"""What a task's name says it does (`lint-fix` fixes, `test:e2e` tests), for the tasks
whose recipe cannot be read, and a repository script named for its job."""

from __future__ import annotations

import re

from gcode.scan.model import BUILD, FORMAT, LINT, TEST
from gcode.scan.programs import SH_STEM, stem_kind
from gcode.scan.shell import only_prints

# A name that starts with a checking verb names what it checks after it (`lint_tests`).
_CHECKS_OF = re.compile(r"^(lint|typecheck|type-check|mypy|pyright|clippy|vet|flake8|"
                        r"style)[-_:]", re.I)

# A name that starts with building names what it builds for after it (`build-test`).
_BUILDS_FOR = re.compile(r"^(build|compile)[-_:](tests?|e2e|spec|unit|integration)($|[-_:])",
                         re.I)


# `test/direnv-test.bash`, `tests/api_tests.sh`: a suite's script in the test directory
_SUITE_SCRIPT = re.compile(r"(^|.*/)(test|tests)/[\w.-]+[-_]tests?\.(sh|bash)$")


def script_kind(path: str) -> str | None:
    """A repository shell script named for its job (`./scripts/test.sh`), or a suite's
    script in a test directory named as a test (`./test/direnv-test.bash`)."""
    stem = SH_STEM.match(path.rsplit("/", 1)[-1])
    if stem and "/" in path:
        return stem_kind(stem.group(1) or stem.group(2))
    return TEST if _SUITE_SCRIPT.match(path.removeprefix("./")) else None


# a task named for fixing what its linters find (`lint-fix`, `lint:fix`, `fix`, `autofix`)
FIX_TASK = re.compile(r"(^|[-_:.])(fix|fixes|autofix)($|[-_:.])", re.I)


def by_name(name: str) -> str | None:
    """The job a task is named for: used only when the task's recipe cannot be read."""
    n = name.lower()
    if re.search(r"(^|[-_:.])(download|fetch|upload|cache|fixtures?|clean|regen|generate|"
                 r"data|deps|setup|image|images)($|[-_:.])", n):
        return None  # prepares for tests (`download-test-fixture-cache`), runs none
    if _CHECKS_OF.match(n):
        return LINT  # `lint_tests`, `typecheck-tests`: checks the tests, runs none
    if _BUILDS_FOR.match(n):
        return BUILD  # `build-test`, `build:e2e`: builds what the tests need, runs none
    if re.search(r"(^|[-_:.])(test|tests|unit|integration|e2e|spec|coverage|cov)($|[-_:.])", n) \
            or n.startswith("test"):
        return TEST
    if re.search(r"(^|[-_:])(lint|typecheck|type-check|typing|types|mypy|clippy|vet|style|"
                 r"flake8|pyright|check-format|format-check|fmt-check|quality)($|[-_:])", n):
        return LINT
    if re.search(r"(^|[-_:])(format|fmt|prettier|black|fix)($|[-_:])", n):
        return FORMAT
    if re.search(r"(^|[-_:.])(size|analy[sz]e)($|[-_:.])", n):
        return None  # `bundle-size`, `build:analyze`: measures a build, makes none
    if re.search(r"(^|[-_:])(build|compile|dist|bundle)($|[-_:])", n):
        return BUILD
    return None


# words before a `$@` that make it the file the recipe writes, not a name handed on
_WRITES = frozenset({">", ">>", "-o", "--output", "$<", "touch", "rm", "-f", "-rf", "-p"})


def forwarded(name: str, recipe: list[str]) -> str | None:
    """A make target (no file: `check-types`, not `dist/x_test.html`) whose recipe hands
    its own name (`$@`) on to a program, one recipe for several targets (`$(actions):
    python scripts/make "$@"`): its name says its job."""
    def passes(line: str) -> bool:  # to make itself (`$(MAKE) -C .. $@`): its own target
        w = line.split()
        return w[:1] not in (["make"], ["gmake"], ["$(MAKE)"], ["${MAKE}"]) and any(
            x.strip("'\"") == "$@" and i and w[i - 1] not in _WRITES and
            not w[i - 1].endswith(">") for i, x in enumerate(w))
    told = re.fullmatch(r"[\w-]+", name) and any(passes(x) for x in recipe)
    return by_name(name) if told else None


# a task named for a test runner (`tap:node`, `jest:ci`, `mocha-browser`): its tests
_RUNNER_NAMED = re.compile(r"^(vitest|jest|mocha|ava|tap|uvu)([-_:.]|$)")


def entry_test(name: str) -> bool:
    """Whether a task whose recipe runs nothing we can read is still the way to test: the
    conventional `test`, or one named for a test runner (`tap:node: bash ./tap/.node.sh`)."""
    return name in ("test", "tests") or bool(_RUNNER_NAMED.match(name))


# the conventional lint entry point of a package (`lint`, `lint:js`), not one that fixes
_LINT_ENTRY = re.compile(r"^lint(:[\w-]+)?$")


# a recipe that runs other scripts (`pnpm run -w '/^lint:/'`, `run-p lint:*`): those are read
_RUNS_SCRIPTS = re.compile(r"(^|\s)(npm|pnpm|yarn|bun|run-[ps]|npm-run-all\d?|turbo|nx|lerna)\s")


def entry_lint(name: str, recipe: list[str]) -> bool:
    """Whether a package script whose recipe runs nothing we can read is still the way to
    lint: `lint`, or `lint:<part>` (`lint:js: rs check && heading-case`, a CLI unknown
    here), unless its name says it fixes what it finds or it only runs other scripts."""
    return bool(_LINT_ENTRY.match(name)) and not FIX_TASK.search(name) and \
        not any(_RUNS_SCRIPTS.search(line) for line in recipe) and not only_prints(recipe)
