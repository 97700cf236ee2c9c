"""Commands whose kind is not their program's name: the project's own binary run out of
cargo's build directory, a project script run in a check mode, a binary at the root."""

from __future__ import annotations

import re

# `./target/debug/lychee --generate complete-bash`, `target/x86_64-unknown-linux-gnu/release/
# fd`: what cargo just built, not the tool of the same name a CI would install
_BUILT = re.compile(r"^(\./)?target/([\w.-]+/)?(debug|release)/[^/]+$")
# `./script/generate.sh --check`, `./script/metadata.sh update-openapi --validate`: the
# script compares what it would write with what is there, and fails on a difference
CHECK_MODE = frozenset({"--check", "--validate", "--verify", "--check-only"})


def built_binary(program: str) -> bool:
    """Whether a command's program is a binary the project's own build produced."""
    return bool(_BUILT.match(program))


def check_mode(kinds: set[str], passed: list[str]) -> bool:
    """Whether a project script given these arguments only checks: told to by a check
    flag, and running no tests (what it builds first is its own tool, no build of the
    project)."""
    return bool(CHECK_MODE & set(passed)) and not kinds & {"test", "lint"}


# a program at the repository's root, no script (no extension): run after a build, its output
_ROOT_PROGRAM = re.compile(r"^\./[A-Za-z][\w-]*$")
# build drivers and configure scripts kept at the root (`./gradlew assemble`, `./x build`)
_ROOT_DRIVERS = frozenset({"gradlew", "mvnw", "configure", "autogen", "bootstrap", "x", "waf",
                           "build", "make", "mach", "pants", "please", "dev", "test", "run"})


def root_program(program: str) -> bool:
    """Whether a program is a binary at the repository's root (`./lazygit --logs`), not a
    script or a build driver kept there."""
    return bool(_ROOT_PROGRAM.match(program)) and program[2:] not in _ROOT_DRIVERS
