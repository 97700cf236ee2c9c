"""What a sandboxed command may touch: the policy every backend enforces in its own way."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Policy:
    """What a sandboxed command may do. `writable` is empty in read-only mode."""

    mode: str  # workspace-write | read-only | off
    root: Path  # the repository (real path)
    tmp: Path  # the system temp dir (real path)
    writable: tuple[Path, ...] = ()  # real paths, parents before children
    network: bool = False

    def allowance(self) -> str:
        """What a command may do, in words the model and the user both read."""
        if self.mode == "read-only":
            what = "it can read files but write none (only a private, empty temp dir)"
        else:
            places = ", ".join(str(p) for p in self.writable)
            what = f"it can read files but write only in {places}"
        return what + ("; it can use the network" if self.network else
                       "; it has no network")


def policy_for(mode: str, root: Path, *, network: bool = False,
               writable_paths: Sequence[str] = ()) -> Policy:
    """The policy for commands run in `root`: the repository, the system temp dir and the
    declared `writable_paths` (those that exist; `~` expanded, relative ones from `root`)."""
    real_root = Path(os.path.realpath(root))
    tmp = Path(os.path.realpath(tempfile.gettempdir()))
    writable: list[Path] = []
    if mode == "workspace-write":
        for path in (str(real_root), str(tmp), *writable_paths):
            full = Path(os.path.expanduser(path))
            real = Path(os.path.realpath(full if full.is_absolute() else real_root / full))
            if real.exists() and real not in writable:
                writable.append(real)
    writable.sort(key=lambda p: len(p.parts))  # bind a parent before what lies inside it
    return Policy(mode, real_root, tmp, tuple(writable), network)


def which(program: str, *fallbacks: str) -> str | None:
    """`program` on PATH, else the first of `fallbacks` that exists."""
    found = shutil.which(program)
    return found or next((f for f in fallbacks if os.path.exists(f)), None)
