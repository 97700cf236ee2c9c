"""Instruction files people write for coding agents: AGENTS.md, CLAUDE.md, GEMINI.md.

Read, in this order (a later file is more specific, and wins where two disagree):

1. your own file, `~/.config/gcode/AGENTS.md` (`$XDG_CONFIG_HOME/gcode/AGENTS.md`): every repo;
2. the repository root's file;
3. the file of each directory the agent works in (files it read, listed or changed, and the
   directory gcode started in), from the root down: `src/AGENTS.md` before `src/api/AGENTS.md`.

In each directory the first of `[agent] instruction_files` that exists is read (by default
AGENTS.md, else CLAUDE.md, else GEMINI.md), so a repository that keeps CLAUDE.md as a
copy or link of AGENTS.md is not read twice. A file may import another with `@path`
(relative to the file; up to MAX_DEPTH deep): only files inside the repository (your own
file may also import from its own directory), never one whose name looks like it holds
secrets. A refused import is left out with a note. The total is capped at
`[agent] max_instruction_chars`. gcode's own managed block (agents_md) is left out: the
learned context already carries it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Any

from gcode import agents_md
from gcode.config import Config, config_dir
from gcode.errors import GcodeError

MAX_DEPTH = 3  # @imports of @imports of @imports
MAX_IMPORTS = 20  # per file
MAX_FILE_CHARS = 100_000  # read at most this much of any one file

# `@path` that looks like a path (a slash or an extension), not in an email or a word.
_IMPORT = re.compile(r"(?<![\w@`])@((?:~|\.{1,2})?/?[\w.\-]+(?:/[\w.\-]+)*)")
_FENCE = re.compile(r"^(```|~~~)", re.M)
_INLINE_CODE = re.compile(r"`[^`\n]*`")
SECRET_NAMES = (".env", ".env.*", "*.env", "*.pem", "*.key", "*.p12", "*.pfx", "*.jks",
                "id_rsa*", "id_dsa*", "id_ecdsa*", "id_ed25519*", ".netrc", ".npmrc", ".pypirc",
                ".git-credentials", "*secret*", "*credential*", "*password*", "*token*",
                ".htpasswd", "*.kdbx", "known_hosts", "authorized_keys")


@dataclass
class Instructions:
    text: str = ""  # the prompt section, "" when there is none
    files: list[str] = field(default_factory=list)  # what was read, as shown to the model
    notes: list[str] = field(default_factory=list)  # imports refused, files cut


def user_file() -> Path:
    return config_dir() / "AGENTS.md"


def looks_secret(path: Path) -> bool:
    name = path.name.lower()
    return any(fnmatchcase(name, pattern) for pattern in SECRET_NAMES) or ".git" in path.parts


def _inside(path: Path, base: Path) -> bool:
    return path == base or base in path.parents


def _read(path: Path) -> str | None:
    try:
        with path.open("r", encoding="utf-8", errors="replace") as fh:
            return fh.read(MAX_FILE_CHARS)
    except OSError:
        return None


def _without_code(text: str) -> str:
    """The text with fenced and inline code blanked out: `@x` in code is not an import."""
    parts = _FENCE.split(text)
    out, inside, i = [], False, 0
    while i < len(parts):
        part = parts[i]
        if part in ("```", "~~~"):
            inside = not inside
            out.append(part)
        else:
            out.append(" " * len(part) if inside else _INLINE_CODE.sub(
                lambda m: " " * len(m.group(0)), part))
        i += 1
    return "".join(out)


class _Reader:
    def __init__(self, root: Path, budget: int) -> None:
        self.root = root.resolve()
        self.budget = budget
        self.notes: list[str] = []
        self.seen: set[Path] = set()

    def label(self, path: Path) -> str:
        try:
            return path.relative_to(self.root).as_posix()
        except ValueError:
            home = Path.home()
            return f"~/{path.relative_to(home).as_posix()}" if _inside(path, home) else str(path)

    def expand(self, path: Path, text: str, allowed: list[Path], depth: int) -> str:
        """`text` of `path` followed by the files it imports, each once."""
        imports = []
        for m in _IMPORT.finditer(_without_code(text)):
            raw = m.group(1).rstrip(".,;:")
            if "/" not in raw and "." not in raw:
                continue  # @team, @someone: words, not paths (@.env, @docs/x.md are)
            imports.append(raw)
        parts = [text.strip()]
        for raw in imports[:MAX_IMPORTS]:
            parts.append(self._import(path, raw, allowed, depth))
        if len(imports) > MAX_IMPORTS:
            self.notes.append(f"{self.label(path)}: only the first {MAX_IMPORTS} @imports "
                              "were read")
        return "\n\n".join(p for p in parts if p)

    def _import(self, importer: Path, raw: str, allowed: list[Path], depth: int) -> str:
        where = self.label(importer)
        target = Path(raw).expanduser()
        target = (target if target.is_absolute() else importer.parent / target).resolve()
        if not any(_inside(target, base) for base in allowed):
            self.notes.append(f"{where}: @{raw} not imported: it is outside the repository")
            return ""
        if looks_secret(target):
            self.notes.append(f"{where}: @{raw} not imported: its name looks like it holds "
                              "secrets")
            return ""
        if not target.is_file():
            self.notes.append(f"{where}: @{raw} not imported: no such file")
            return ""
        if target in self.seen:
            return ""
        if depth >= MAX_DEPTH:
            self.notes.append(f"{where}: @{raw} not imported: imports nest at most "
                              f"{MAX_DEPTH} deep")
            return ""
        text = _read(target)
        if text is None or "\0" in text[:8192]:
            self.notes.append(f"{where}: @{raw} not imported: not a readable text file")
            return ""
        self.seen.add(target)
        body = self.expand(target, text, allowed, depth + 1)
        return f"### Imported from {self.label(target)}\n\n{body}" if body else ""

    def section(self, title: str, path: Path, allowed: list[Path]) -> str:
        text = _read(path)
        if text is None:
            return ""
        self.seen.add(path)
        try:  # gcode's own managed block: the learned context already carries it
            text = agents_md.strip(text)
        except GcodeError:  # broken markers: keep the file as the user wrote it
            pass
        body = self.expand(path, text, allowed, 0).strip()
        if not body or self.budget <= 0:
            return ""
        if len(body) > self.budget:
            body = body[:self.budget] + \
                f"\n[... {self.label(path)} truncated at {self.budget} characters]"
            self.notes.append(f"{self.label(path)} was cut to fit agent.max_instruction_chars")
        self.budget -= len(body)
        return f"## {title}\n\n{body}"


def first_existing(directory: Path, names: Iterable[str], root: Path) -> Path | None:
    """The first instruction file of `names` in `directory`, if it is really inside `root`."""
    for name in names:
        candidate = directory / name
        try:
            real = candidate.resolve()
        except OSError:
            continue
        if _inside(real, root) and real.is_file():
            return real
    return None


def directories(root: Path, worked_in: Iterable[str]) -> list[Path]:
    """Every directory below the root on the way to the ones worked in, shallowest first."""
    found: set[Path] = set()
    for rel in worked_in:
        if not rel or rel in (".", "/"):
            continue
        path = (root / rel).resolve()
        if not _inside(path, root) or path == root:
            continue
        while path != root:
            found.add(path)
            path = path.parent
    return sorted(found, key=lambda p: (len(p.parts), str(p)))


def folder_of(root: Path, arguments: Any) -> str | None:
    """The repo-relative directory a tool call's `path` argument is in (the path itself for
    a directory): where its instruction files apply. None outside the repository."""
    path = arguments.get("path") if isinstance(arguments, dict) else None
    if not isinstance(path, str) or not path.strip():
        return None
    try:
        real = (root / path).resolve()
        rel = real.relative_to(root.resolve())
    except (OSError, ValueError):
        return None
    folder = rel if real.is_dir() else rel.parent
    return folder.as_posix() if folder.parts and folder.parts[0] != ".git" else None


def load(root: Path, config: Config, worked_in: Iterable[str] = (),
         user_path: Path | None = None) -> Instructions:
    """The instruction files that apply now, as one prompt section (see the module doc)."""
    root = root.resolve()
    # A name that looks like a secrets file (.env, *.pem) is never an instruction file, even
    # when a trusted repository's .gcode.toml lists it: its lines would go to the model.
    names = [n for n in config.agent.instruction_files
             if n and "/" not in n and not looks_secret(Path(n))]
    reader = _Reader(root, config.agent.max_instruction_chars)
    out = Instructions()
    sections = []
    own = user_path or user_file()
    if own.is_file():
        own = own.resolve()
        text = reader.section(f"Your own instructions ({reader.label(own)})", own,
                              [root, own.parent])
        if text:
            sections.append(text)
            out.files.append(reader.label(own))
    main = first_existing(root, names, root)
    if main is not None:
        text = reader.section(f"Instructions from the repository's {main.name}", main, [root])
        if text:
            sections.append(text)
            out.files.append(main.name)
    for directory in directories(root, worked_in):
        found = first_existing(directory, names, root)
        if found is None or found in reader.seen:
            continue
        rel = found.relative_to(root).as_posix()
        where = found.parent.relative_to(root).as_posix()
        text = reader.section(f"Instructions from {rel} (for files under {where}/)", found,
                              [root])
        if text:
            sections.append(text)
            out.files.append(rel)
    out.notes = reader.notes
    if len(sections) > 1:
        sections.insert(0, "Instruction files follow, from the most general to the most "
                           "specific; where two disagree, the later one wins.")
    out.text = "\n\n".join(sections)
    return out
