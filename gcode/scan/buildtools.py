"""How a command of a build tool outside the JavaScript, Python, Rust and Go toolchains
does its job (Docker, Nix, Elixir's mix, Maven, Gradle), by its subcommand and flags:
handlers of gcode.scan.programs."""

from __future__ import annotations

import re

from gcode.scan.model import BUILD, FORMAT, LINT, TEST


def docker(sub: str, args: list[str], flags: set[str]) -> str | None:
    if sub == "build" or (sub in ("buildx", "compose", "image") and "build" in args):
        if flags & {"--print", "--dry-run"}:
            return None  # prints the build's definition (a bake file), builds nothing
        return LINT if "--check" in flags else BUILD  # `--check`: lints the Dockerfile only
    return None


def nix(sub: str, args: list[str], flags: set[str]) -> str | None:
    """`nix build` (`.#default`, `.#packages.x86_64-linux.default`): the flake's package,
    built; another attribute is a check, an image or a tool (`nix build .#checks.x.clippy`,
    `.#docker-image`), no build of the project."""
    attrs = [a for a in args[1:] if not a.startswith("-")]
    return BUILD if sub == "build" and all(re.fullmatch(
        r"\.?/?#(default|packages\.[^.]+\.default)", a) for a in attrs) else None


def mix(sub: str, args: list[str], flags: set[str]) -> str | None:
    """Elixir's mix: `mix coveralls.json` (excoveralls) runs the tests to measure them;
    `mix format --check-formatted` only checks, a bare `mix format` rewrites."""
    if sub == "format":
        return LINT if "--check-formatted" in flags else FORMAT
    if sub == "coveralls" or sub.startswith("coveralls."):
        return TEST
    return {"test": TEST, "compile": BUILD, "credo": LINT, "dialyzer": LINT}.get(sub)


def maven(sub: str, args: list[str], flags: set[str]) -> str | None:
    """`mvn install` and `mvn verify` run the tests on the way (unless told to skip them);
    `mvn package` and `compile` are how a Maven project is built."""
    skip = any(re.match(r"-D(skipTests|maven\.test\.skip)(=true)?$", a) for a in args)
    if {"test", "verify", "install"} & flags and not skip:
        return TEST
    return BUILD if {"package", "install", "compile"} & flags else None


def gradle(sub: str, args: list[str], flags: set[str]) -> str | None:
    """`./gradlew test`; `check` runs the tests and every other verification, unless the
    tests are excluded (`check -x test -x allTests`): then it checks (API, style)."""
    excluded = {b for a, b in zip(args, args[1:]) if a in ("-x", "--exclude-task")}
    tasks = {a for a in args if not a.startswith("-") and a not in excluded}
    if "check" in tasks and "test" not in tasks and any(
            re.search(r"(?i)test", x) for x in excluded):
        return LINT
    return TEST if {"test", "check"} & tasks else BUILD if {"build", "assemble"} & tasks \
        else None
