"""JavaScript linters and formatters and the TypeScript compiler: whether one run checks,
rewrites or emits. Moved out of gcode.scan.programs (which judges every other program) to
give that module room; the handlers are registered there, in its table of programs."""

from __future__ import annotations

from gcode.scan.model import BUILD, FORMAT, LINT


def _eslint(sub: str, args: list[str], flags: set[str]) -> str | None:
    return FORMAT if "--fix" in flags else LINT


def _prettier(sub: str, args: list[str], flags: set[str]) -> str | None:
    if flags & {"--write", "-w"}:
        return FORMAT
    return LINT if flags & {"--check", "-c", "--list-different", "-l"} else None


def _oxfmt(sub: str, args: list[str], flags: set[str]) -> str | None:
    """oxfmt (the oxc formatter) rewrites files unless told only to check them."""
    return LINT if flags & {"--check", "--list-different"} else FORMAT


def _biome(sub: str, args: list[str], flags: set[str]) -> str | None:
    if sub not in ("check", "lint", "ci", "format"):
        return None
    if flags & {"--write", "--fix", "--apply", "--apply-unsafe", "--unsafe"}:
        return FORMAT
    return LINT  # without --write, biome only reports


EMIT_FLAGS = frozenset({"--emitDeclarationOnly", "--declaration", "-d"})


def _tsc(sub: str, args: list[str], flags: set[str]) -> str | None:
    if flags & {"--noEmit", "-noEmit", "--noemit"}:
        return LINT
    return BUILD


def _vue_tsc(sub: str, args: list[str], flags: set[str]) -> str | None:
    """vue-tsc type-checks unless told to write the declaration files."""
    return BUILD if flags & EMIT_FLAGS and "--noEmit" not in flags else LINT


def _dprint(sub: str, args: list[str], flags: set[str]) -> str | None:
    return {"check": LINT, "fmt": FORMAT}.get(sub)
