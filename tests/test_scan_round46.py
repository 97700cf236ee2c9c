"""Scan rules from round 46's first run on held-out real repositories: each test is one
general rule, on a small tree of its own."""

from __future__ import annotations

import json

from gcode.scan import scan
from scan_helpers import PY, commands, tree, workflow


def _npm(scripts: dict[str, str], **files: str) -> dict[str, str]:
    return {"package.json": json.dumps({"name": "x", "scripts": scripts}),
            "package-lock.json": "", "src/index.ts": "", **files}


def test_a_build_script_named_for_its_package_target_builds(tmp_path):
    files = _npm({"build:npm": "node resources/build-npm.js", "test": "mocha"},
                 **{"resources/build-npm.js": "",
                    ".github/workflows/ci.yml": workflow("npm ci", "npm run build:npm",
                                                         job="npm_dist")})
    facts = scan(tree(tmp_path, files))
    assert "npm run build:npm" in commands(facts, "build_command")


def test_a_script_building_with_analyze_through_another_is_no_build(tmp_path):
    scripts = {"analyze": "npm run analyze:dev",
               "analyze:dev": "cd app && npm run build --analyze",
               "analyze:prod": "cd app && npm run build:prod --analyze",
               "build": "tsc", "test": "jest"}
    facts = scan(tree(tmp_path, _npm(scripts)))
    builds = commands(facts, "build_command")
    assert "npm run build" in builds
    assert not {"npm run analyze", "npm run analyze:prod", "npm run analyze:dev"} & builds


def test_a_ci_install_script_that_builds_a_wheel_is_no_build(tmp_path):
    script = ("#!/bin/bash\nset -ex\npip install -e '.[test]'\n"
              "if [[ $GROUP == nonode ]]; then\n    pip install build\n"
              "    python -m build .\nfi\n")
    files = {**PY, "scripts/ci_install.sh": script,
             ".github/workflows/ci.yml": workflow("bash ./scripts/ci_install.sh", "pytest")}
    facts = scan(tree(tmp_path, files))
    assert not any("ci_install" in c for c in commands(facts, "build_command"))
