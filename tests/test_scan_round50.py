"""Scan rules from round 50's first run on held-out real repositories (beets, pelican,
hapi, broot, ginkgo, traefik): each test is one general rule, on a small tree of its own."""

from __future__ import annotations

from gcode.scan import scan
from scan_helpers import paths, tree, workflow


def _tools(facts):
    return {f.tool for f in facts if f.kind == "env"}


def test_a_task_runner_ci_drives_the_project_with_is_an_environment_tool(tmp_path):
    """`uv tool install poethepoet`, then `poe test`: poe runs pyproject.toml's tasks."""
    files = {"pyproject.toml": "[project]\nname = 'x'\n[tool.poe.tasks]\n"
                               "test = 'pytest'\ninstall = 'uv sync --locked'\n",
             "uv.lock": "", "x/__init__.py": "", "tests/test_x.py": "",
             ".github/workflows/ci.yml": workflow("uv tool install poethepoet", "poe install",
                                                  "poe test")}
    assert "poe" in _tools(scan(tree(tmp_path, files)))


def test_a_task_runner_ci_never_calls_is_no_tool(tmp_path):
    files = {"pyproject.toml": "[project]\nname = 'x'\n[tool.poe.tasks]\ntest = 'pytest'\n",
             "x/__init__.py": "", ".github/workflows/ci.yml": workflow("pip install -e .",
                                                                        "pytest")}
    assert "poe" not in _tools(scan(tree(tmp_path, files)))


def test_the_packages_a_build_backend_declares_are_source_roots(tmp_path):
    """hatch's wheel `packages`: a namespace package (no __init__.py) beside a regular one."""
    files = {"pyproject.toml": "[project]\nname = 'x'\n[tool.hatch.build.targets.wheel]\n"
                               "packages = ['x', 'xplug']\n",
             "x/__init__.py": "", "xplug/a.py": "", "xplug/b.py": "", "test/test_x.py": "",
             "extra/tool.py": ""}
    source = paths(scan(tree(tmp_path, files)), "layout:source")
    assert {"x", "xplug"} <= set(source)
    assert "extra" not in source
