"""Scan rules from round 40's first run on held-out real repositories: each test is one
general rule, on a small tree of its own."""

from __future__ import annotations

from gcode.scan import scan
from scan_helpers import commands, tree, workflow


def test_package_builders_that_write_dual_output_or_a_dts_bundle_are_builds(tmp_path):
    pkg = ('{"name": "x", "scripts": {"build": "tshy", "test": "vitest run", "lint": "eslint .",'
           ' "build:types": "tsc && dts-bundle-generator -o lib/x.d.ts src/x.ts"}}')
    files = {"package.json": pkg, "package-lock.json": "", "src/x.ts": "",
             "tsconfig.json": '{"compilerOptions": {"noEmit": true}}',
             ".github/workflows/ci.yml": workflow("npm ci", "npm run build", "npm run lint",
                                                  "npm run test")}
    facts = scan(tree(tmp_path, files))
    assert "npm run build" in commands(facts, "build_command")
    assert "npm run build:types" not in commands(facts, "lint_command")


def test_a_self_documented_makefiles_undocumented_build_steps_are_not_offered(tmp_path):
    make = ("TARGET = app\n\nhelp: ## Print this help message\n"
            "\t@grep -E '^[a-z]+:.*?## ' Makefile\n\n"
            "binary: $(TARGET)-native ## Build a release binary\n"
            "$(TARGET)-native:\n\tcargo build --release\n\n"
            "app: binary ## Create the app bundle\n\tcp target/release/app dist/\n")
    files = {"Cargo.toml": "[package]\nname = 'app'\nversion = '0.1.0'\n", "src/main.rs": "",
             "Makefile": make, ".github/workflows/ci.yml": workflow("cargo test")}
    builds = commands(scan(tree(tmp_path, files)), "build_command")
    assert "make app-native" not in builds
    assert "make app" in builds


def test_an_unused_code_check_ci_never_runs_beside_its_lint_is_not_offered(tmp_path):
    pkg = ('{"name": "ui", "scripts": {"lint": "eslint src", "test": "jest", "knip": "knip",'
           ' "build": "vite build"}}')
    files = {"ui/package.json": pkg, "ui/package-lock.json": "", "ui/src/x.ts": "",
             "go.mod": "module x\n\ngo 1.22\n", "main.go": "",
             ".github/workflows/ci.yml": workflow("cd ui && npm ci && npm run lint",
                                                  "cd ui && npm run test")}
    lints = commands(scan(tree(tmp_path, files)), "lint_command")
    assert "npm run lint" in lints
    assert "npm run knip" not in lints
