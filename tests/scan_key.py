"""Scoring the scan against a hand-written answer key (answer.toml beside a fixture).

A key lists, per field, the entries the scan must find (each entry: alternatives, any one
will do) and extra commands that are acceptable. A command matches an alternative when the
alternative's words appear in it in order, contiguously (`tox run` matches
`uv run --group dev tox run`); an alternative written `=tox` matches only the command
`tox` itself (for a bare command whose words also begin others, like `tox -e lint`).
An env entry may likewise list alternatives (`env = [["pip", "uv"]]`: CI sets up with
either, in different jobs)."""

from __future__ import annotations

import shlex
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

try:
    import tomllib
except ModuleNotFoundError:  # pragma: no cover
    import tomli as tomllib  # type: ignore[no-redef]

from gcode.scan import Fact

COMMAND_FIELDS = {"test": "test_command", "lint": "lint_command", "build": "build_command"}
FIELDS = ("test", "lint", "build", "env", "source", "tests")


def _words(text: str) -> list[str]:
    try:
        words = shlex.split(text)
    except ValueError:
        words = text.split()
    return [w.strip("'\"").rstrip("/") for w in words]


def command_matches(command: str, alternative: str) -> bool:
    if alternative.startswith("="):
        return _words(command) == _words(alternative[1:])
    have, want = _words(command), _words(alternative)
    n = len(want)
    return any(have[i:i + n] == want for i in range(len(have) - n + 1))


def path_matches(found: str, expected: str) -> bool:
    f, e = found.strip("/") or ".", expected.strip("/") or "."
    return f == e or f.startswith(e + "/") or e.startswith(f + "/") and f != "."


@dataclass
class Score:
    hits: int = 0  # key entries found
    wanted: int = 0  # key entries
    right: int = 0  # scanned items that the key accepts
    found: int = 0  # scanned items
    misses: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.hits += other.hits
        self.wanted += other.wanted
        self.right += other.right
        self.found += other.found

    @property
    def recall(self) -> float:
        return self.hits / self.wanted if self.wanted else 1.0

    @property
    def precision(self) -> float:
        return self.right / self.found if self.found else 1.0


def load_key(path: Path) -> dict[str, Any]:
    return tomllib.loads(path.read_text())


def _entries(key: dict[str, Any], name: str) -> list[list[str]]:
    return [e if isinstance(e, list) else [e] for e in key.get(name, [])]


def score(facts: list[Fact], key: dict[str, Any]) -> dict[str, Score]:
    out: dict[str, Score] = {}
    for name, kind in COMMAND_FIELDS.items():
        commands = [f.command or "" for f in facts if f.kind == kind]
        entries = _entries(key, name)
        ok = [a for e in entries for a in e] + list(key.get(f"{name}_ok", []))
        s = Score(wanted=len(entries), found=len(commands))
        for entry in entries:
            if any(command_matches(c, a) for c in commands for a in entry):
                s.hits += 1
            else:
                s.misses.append(" | ".join(entry))
        for c in commands:
            if any(command_matches(c, a) for a in ok):
                s.right += 1
            else:
                s.wrong.append(c)
        out[name] = s
    tools = [f.tool for f in facts if f.kind == "env" and f.tool]
    env = _entries(key, "env")  # an entry may list alternatives: ["pip", "uv"]
    s = Score(wanted=len(env), found=len(set(tools)))
    s.hits = sum(1 for e in env if any(t in tools for t in e))
    s.misses = [" | ".join(e) for e in env if not any(t in tools for t in e)]
    accepted = {t for e in env for t in e} | set(key.get("env_ok", []))
    s.right = sum(1 for t in set(tools) if t in accepted)
    s.wrong = sorted(set(tools) - accepted)
    out["env"] = s
    for name, fact_key in (("source", "layout:source"), ("tests", "layout:tests")):
        paths = [p for f in facts if f.key.split(":", 1)[-1] == fact_key
                 or f.key == fact_key for p in f.paths]
        wanted = list(key.get(name, []))
        s = Score(wanted=len(wanted), found=len(paths))
        s.hits = sum(1 for e in wanted if any(path_matches(p, e) for p in paths))
        s.misses = [e for e in wanted if not any(path_matches(p, e) for p in paths)]
        good = [p for p in paths if any(path_matches(p, e) for e in wanted + list(
            key.get(f"{name}_ok", [])))]
        s.right = len(good)
        s.wrong = [p for p in paths if p not in good]
        out[name] = s
    return out


def fixtures(base: Path) -> list[Path]:
    return sorted(p.parent for p in base.glob("*/answer.toml"))


