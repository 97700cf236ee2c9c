"""Meson: a meson.build declaring a `project(...)` is built out of tree, set up once
(`meson setup build`) then compiled (`meson compile -C build`), whatever the language."""

from __future__ import annotations

import re

from gcode.scan.model import BUILD
from gcode.scan.project import Project

_PROJECT = re.compile(r"^\s*project\s*\(", re.M)


def scan_meson(p: Project) -> None:
    """The build of a Meson project (GNOME apps, C libraries), unless a manifest or CI
    already says how this directory builds (meson-python's pyproject: `python -m build`)."""
    if not p.has("meson.build") or p.facts.count(p.cwd, "build_command"):
        return
    rel = p.rel("meson.build")
    if not _PROJECT.search(p.repo.read(rel) or ""):
        return  # a subdirectory's meson.build, included by the project's own
    p.config_command("build:meson", BUILD, "meson setup build && meson compile -C build",
                     p.repo.cite(rel, "project("), [rel])
