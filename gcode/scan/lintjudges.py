"""The judges of lint, format and type-check tools' invocations (ruff, eslint, prettier,
biome, tsc...): which flags make a run a check and which make it rewrite files. They live
apart from gcode.scan.programs, which peels wrappers and dispatches to them, so that module
keeps room for its own rules."""

from __future__ import annotations

from gcode.scan.model import BUILD, FORMAT, LINT, TEST


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


def _buf(sub: str, args: list[str], flags: set[str]) -> str | None:
    """buf (protobuf): lint and breaking-change checks; `format -w` rewrites, `format -d`
    or `--exit-code` checks; `buf generate` writes code, no build of the project."""
    if sub == "format":
        return FORMAT if flags & {"-w", "--write"} else LINT if flags & {
            "-d", "--diff", "--exit-code"} else None
    return LINT if sub in ("lint", "breaking") else None


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


def _deno(sub: str, args: list[str], flags: set[str]) -> str | None:
    if sub == "fmt":
        return LINT if "--check" in flags else FORMAT
    return {"test": TEST, "lint": LINT, "check": LINT, "compile": BUILD}.get(sub)
