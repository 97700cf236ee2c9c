"""Scan rules from round 43's first run on held-out real repositories: each test is one
general rule, on a small tree of its own."""

from __future__ import annotations

from gcode.scan import scan
from scan_helpers import commands, tree, workflow


def test_node_run_runs_a_package_script(tmp_path):
    pkg = ('{"name": "x", "scripts": {"test": "node --test", "typecheck": "tsc --noEmit", '
           '"test:only": "node --test --test-only"}}')
    files = {"package.json": pkg, "pnpm-lock.yaml": "", "src/index.ts": "",
             "test/index.test.ts": "", ".github/workflows/ci.yml": workflow(
                 "pnpm install --frozen-lockfile", "node --run typecheck", job="typescript")}
    facts = scan(tree(tmp_path, files))
    assert "node --run typecheck" in commands(facts, "lint_command")

