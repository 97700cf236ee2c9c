"""The scan's output: facts with stable keys, each citing where it came from."""

from __future__ import annotations

import re

from collections.abc import Collection
from dataclasses import dataclass, field

TEST, LINT, FORMAT, BUILD, INSTALL = "test", "lint", "format", "build", "install"
# Not a role: a task also runs steps that are named for linting or formatting but whose
# recipes cannot be read (`ci: lint test` where `lint` runs `$(GOLANGCI_LINT)`).
ASIDE = "aside"
KIND_OF = {TEST: "test_command", LINT: "lint_command", FORMAT: "format_command",
           BUILD: "build_command", INSTALL: "env"}
VERB = {TEST: "Run the tests with", LINT: "Lint with", FORMAT: "Format (rewrites files) with",
        BUILD: "Build with", INSTALL: "Set up the environment with"}


@dataclass
class Fact:
    key: str  # stable identity across rescans, e.g. "test:pytest"
    kind: str  # layout, test_command, build_command, lint_command, format_command, env
    content: str
    paths: list[str] = field(default_factory=list)  # files the fact rests on
    command: str | None = None
    source: str = ""  # where it was read: "Makefile:12", ".github/workflows/ci.yml job `test`"
    cwd: str = ""  # the sub-project directory the command runs in ("" = repository root)
    tool: str | None = None  # for env facts: the environment tool (uv, poetry, pnpm, cargo...)


# Installs the project itself (`pip install .`, `cargo install --path .`, `go install ./...`,
# `make install`), not only its dependencies (`yarn install`, `npm ci`).
_SELF_INSTALL = re.compile(r"\binstall\b.*(\s\.(\[[^\]]*\])?(\s|$)|\s-e\s|--path|\s\./)|"
                           r"setup\.py\s+(install|develop)|^make\b.*\binstall\b|"
                           r"\binstall\s+-m\b|^(sudo\s+)?(cp|install|ln)\s")


def role(kinds: Collection[str]) -> str | None:
    """One label for a command that does several things: tests first (it runs the tests),
    then build; a formatter rewrites files, so format wins over lint. A build followed
    by checks only (`run-s build-dts check-dts`) builds to check: it is a lint. Given
    the kinds in the order the command reaches them (a dict), checks that come first
    (`tsc --noEmit && esbuild ...`) leave a build, and a build that ends installing
    (`install: all` then `pip install .`) is an install."""
    order = list(kinds) if isinstance(kinds, dict) else []
    if BUILD in kinds and LINT in kinds and TEST not in kinds and FORMAT not in kinds:
        return BUILD if order and order.index(LINT) < order.index(BUILD) else LINT
    if order and order[-1] == INSTALL and set(order) <= {BUILD, INSTALL, ASIDE} and (
            not isinstance(kinds, dict) or any(_SELF_INSTALL.search(x) for x in kinds[INSTALL])):
        return INSTALL  # fetching dependencies first (`yarn install` then `vite build`) builds
    for kind in (TEST, BUILD, FORMAT, LINT, INSTALL):
        if kind in kinds:
            return kind
    return None


def command_fact(key: str, kind: str, command: str, source: str, paths: list[str],
                 cwd: str = "", note: str = "") -> Fact:
    """A fact saying how to do `kind` (test, lint...), quoting the command and its source."""
    where = f"In `{cwd}/`: " if cwd else ""
    verb = VERB[kind] if not where else VERB[kind][0].lower() + VERB[kind][1:]
    extra = f"; {note}" if note else ""
    content = f"{where}{verb} `{command}` (from {source}{extra})"
    return Fact(f"{cwd}:{key}" if cwd else key, KIND_OF[kind], content, paths, command,
                source, cwd)


def env_fact(tool: str, content: str, paths: list[str], source: str = "", cwd: str = "") -> Fact:
    where = f"In `{cwd}/`: " if cwd else ""
    key = f"env:{tool}"
    return Fact(f"{cwd}:{key}" if cwd else key, "env", where + content, paths, None,
                source or (paths[0] if paths else ""), cwd, tool)
