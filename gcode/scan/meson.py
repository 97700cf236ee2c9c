"""Meson: a meson.build declaring a `project(...)` is built out of tree, set up once
(`meson setup build`) then compiled (`meson compile -C build`), whatever the language."""

from __future__ import annotations

import re

from gcode.scan.model import BUILD
from gcode.scan.project import Project, local_key

_PROJECT = re.compile(r"^\s*project\s*\(", re.M)
# Builds a manifest alone implies: meson drives them (a GNOME Rust app's src/meson.build
# runs cargo with the config meson generates), so they do not replace meson's own.
_IMPLIED = frozenset({"cargo:build"})


def scan_meson(p: Project) -> None:
    """The build of a Meson project (GNOME apps, C libraries), unless CI or a manifest other
    than Cargo.toml already says how this directory builds (meson-python's pyproject:
    `python -m build`)."""
    if not p.has("meson.build") or any(
            f.cwd == p.cwd and f.kind == "build_command" and local_key(f) not in _IMPLIED
            for f in p.facts.items):
        return
    rel = p.rel("meson.build")
    if not _PROJECT.search(p.repo.read(rel) or ""):
        return  # a subdirectory's meson.build, included by the project's own
    p.config_command("build:meson", BUILD, "meson setup build && meson compile -C build",
                     p.repo.cite(rel, "project("), [rel])
