"""Has anything the scan's fingerprint rests on changed? Answered with `os.stat` alone.

Every command that works in a repository checks whether its manifests changed (a rescan
if they did). Computing the fingerprint needs the scan package, whose rules are most of
a `gcode context` run's imports (~80 ms of ~0.3 s at 100k learnings); this module needs
nothing but `os`. A snapshot records what the fingerprint consulted: the modification
time of every directory it listed (and of their parents: a directory that did not exist
yet appears in one of them), and the size and modification time of every file it hashed.
When all of them stat the same, no file was added, removed, renamed or edited there, so
the fingerprint is the same too. Anything else (a missing snapshot, one unreadable) says
"changed": the caller computes the fingerprint, as it always did.
"""

from __future__ import annotations

import json
import os
import posixpath
import stat
from collections.abc import Iterable
from pathlib import Path

MISSING = -1  # the path did not exist (or could not be read)


def _stat(root: str, rel: str) -> list[int]:
    try:
        st = os.stat(os.path.join(root, rel) if rel else root)
    except (OSError, ValueError):
        return [MISSING, MISSING]
    return [MISSING if stat.S_ISDIR(st.st_mode) else st.st_size, st.st_mtime_ns]


def snapshot(root: Path, listed: Iterable[str], hashed: Iterable[str]) -> str:
    """What `unchanged` compares against later, as text (kept in the database): the
    directories listed (with their parents up to the root) and the files hashed."""
    base = str(root)
    dirs: set[str] = set()
    for rel in listed:
        while rel and rel not in dirs:
            dirs.add(rel)
            rel = posixpath.dirname(rel)
    dirs.add("")
    paths = {f"{rel}/" if rel else "/": _stat(base, rel) for rel in sorted(dirs)}
    paths.update((rel, _stat(base, rel)) for rel in sorted(set(hashed)))
    return json.dumps(paths, separators=(",", ":"))


def unchanged(root: Path, kept: str | None) -> bool:
    """Whether every path of a `snapshot` stats as it did (False when there is none)."""
    if not kept:
        return False
    try:
        paths = json.loads(kept)
    except ValueError:
        return False
    if not isinstance(paths, dict) or "/" not in paths:
        return False
    base = str(root)
    for key, was in paths.items():
        rel = "" if key == "/" else key.rstrip("/")
        if _stat(base, rel) != was:
            return False
    return True


def paths_exist(root: Path, paths: list[str]) -> bool:
    return all(os.path.exists(os.path.join(root, p)) for p in paths)
