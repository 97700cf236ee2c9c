"""Entry points of a group, without importing importlib.metadata when no package has one.

Custom learning stores register under the entry-point group `gcode.stores`, so every
command that loads the stores asks for that group. `importlib.metadata` costs ~35 ms to
import (email parsing, zipfile, sockets) before it reads a file: more than `gcode context`'s
own work. Almost always no installed package declares the group, and that is cheap to see:
the installed packages' entry_points.txt files are read directly, and only when one of them
names the group, or packages may live where they cannot be read that way (a zip on
sys.path, a meta path finder of its own), is importlib.metadata asked.
"""

from __future__ import annotations

import os
import sys
from typing import Any


def entry_points(group: str) -> list[Any]:
    """importlib.metadata's entry points of `group` (empty when none can declare it)."""
    if not _may_declare(group):
        return []
    from importlib.metadata import entry_points as find

    return list(find(group=group))


def _may_declare(group: str) -> bool:
    """False only when no distribution importlib.metadata would find declares `group`."""
    from importlib.machinery import PathFinder

    for finder in sys.meta_path:
        if getattr(finder, "find_distributions", None) is not None and finder is not PathFinder:
            return True  # distributions found some other way: ask importlib.metadata
    for entry in sys.path:
        where = entry or "."
        if not os.path.isdir(where):
            if os.path.exists(where):
                return True  # a zip of packages: ask importlib.metadata
            continue
        try:
            names = os.listdir(where)
        except OSError:
            continue
        for name in names:
            if not name.lower().endswith((".dist-info", ".egg-info")):
                continue
            try:
                with open(os.path.join(where, name, "entry_points.txt"), "rb") as fh:
                    if group.encode() in fh.read():
                        return True
            except OSError:  # no entry points (or an egg-info file)
                continue
    return False
