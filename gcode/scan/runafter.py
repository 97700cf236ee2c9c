"""A task that builds, then runs a script of its own: the build is a step of that run."""

from __future__ import annotations

import re

from gcode.scan.shell import commands, words

_ASSIGN = re.compile(r"^[A-Za-z_]\w*=")


def ends_in_script(recipe: list[str]) -> bool:
    """Whether a recipe's last line ends running a script of the repository (`cd
    internal/conformance && ./runconformance.sh`, `bash ./scripts/stress.sh`)."""
    last = commands(recipe[-1])[-1:] if recipe else []
    w = words(last[0]) if last else []
    while w and _ASSIGN.match(w[0]):
        w = w[1:]
    if w[:1] in (["bash"], ["sh"]) and len(w) > 1:
        w = w[1:]
    return bool(w) and w[0].startswith("./") and len(w[0]) > 2


def runs_test_script(name: str, recipe: list[str]) -> bool:
    """A test-named task that builds, then runs a script of the test directory
    (`test-docker-image: docker-image` then `./tests/runner.sh`): it tests what it built."""
    return bool(re.search(r"(^|[-_:])tests?([-_:]|$)", name)) and any(
        re.match(r"^(\./)?(tests?|t)/[\w./-]+$", x.strip()) for x in recipe[1:])


def steps(recipe: list[str]) -> int:
    """How many commands a recipe runs, on one line (`a && b`) or several."""
    return sum(len(commands(line)) for line in recipe)
