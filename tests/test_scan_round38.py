"""Scan rules from round 38's first run on held-out real repositories: each test is one
general rule, on a small tree of its own."""

from __future__ import annotations

import json

from gcode.scan import scan
from scan_helpers import commands, tree, workflow


def test_a_build_npms_prepare_hook_runs_is_still_the_build(tmp_path):
    pkg = {"name": "x", "scripts": {"prepare": "husky && npm run setup && run-s build",
                                    "setup": "playwright install chromium",
                                    "build": "node ./scripts/build.mjs", "test": "vitest run"}}
    files = {"package.json": json.dumps(pkg), "package-lock.json": "", "src/x.js": "",
             "scripts/build.mjs": "", "test/x.test.js": "",
             ".github/workflows/ci.yml": workflow("npm ci", "npm test")}
    assert "npm run build" in commands(scan(tree(tmp_path, files)), "build_command")


def test_tsc_on_a_tests_project_type_checks(tmp_path):
    pkg = {"name": "x", "scripts": {"test": "vitest run", "test:ts": "tsc -p test/ts/"}}
    files = {"package.json": json.dumps(pkg), "package-lock.json": "", "src/x.ts": "",
             "test/ts/tsconfig.json": '{"compilerOptions": {"strict": true}}',
             "test/ts/x.test.tsx": ""}
    facts = scan(tree(tmp_path, files))
    assert "npm run test:ts" not in commands(facts, "build_command")
    assert "npm run test:ts" in commands(facts, "lint_command")


def test_wasm_pack_builds_and_its_setup_action_is_a_tool(tmp_path):
    steps = "      - uses: jetli/wasm-pack-action@v0.4.0\n"
    steps += "      - run: wasm-pack build --release\n"
    files = {"Cargo.toml": "[package]\nname = 'x'\nversion = '0.1.0'\n", "src/lib.rs": "",
             ".github/workflows/ci.yml": workflow("cargo test", job="wasm", steps=steps)}
    facts = scan(tree(tmp_path, files))
    assert "wasm-pack build --release" in commands(facts, "build_command")
    assert "wasm-pack" in {f.tool for f in facts if f.kind == "env"}


def test_npm_i_in_a_test_harness_sets_up_npm(tmp_path):
    harness = {"name": "h", "scripts": {"test": "node index.js"}, "dependencies": {"a": "1"}}
    files = {"Cargo.toml": "[package]\nname = 'x'\nversion = '0.1.0'\n", "src/lib.rs": "",
             "tests-wasm/package.json": json.dumps(harness), "tests-wasm/index.js": "",
             ".github/workflows/ci.yml": workflow("cargo test",
                                                  "cd ./tests-wasm && npm i && npm test")}
    assert "npm" in {f.tool for f in scan(tree(tmp_path, files)) if f.kind == "env"}
