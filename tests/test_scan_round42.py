"""Scan rules from round 42's first run on held-out real repositories: each test is one
general rule, on a small tree of its own."""

from __future__ import annotations

from gcode.scan import scan
from scan_helpers import commands, tree, workflow

GO = {"go.mod": "module example.com/x\n\ngo 1.22\n", "main.go": "", "main_test.go": ""}
MAKEFILE = ("build:\n\tgo build -o x .\n\n"
            "build-all: build-linux build-darwin\n\n"
            "build-linux:\n\tGOOS=linux go build -o dist/x-linux .\n\n"
            "build-darwin:\n\tGOOS=darwin go build -o dist/x-darwin .\n")


def test_when_ci_builds_with_the_tool_a_makefiles_build_variants_are_not_offered(tmp_path):
    files = {**GO, "Makefile": MAKEFILE,
             ".github/workflows/ci.yml": workflow("go build -v ./...", "go test ./...")}
    builds = commands(scan(tree(tmp_path, files)), "build_command")
    assert "go build -v ./..." in builds
    assert "make build-all" not in builds
    assert "make build" in builds  # the plain entry point stays offered


def test_an_unknown_tools_test_subcommand_runs_tests(tmp_path):
    script = ("#!/bin/bash\n./node_modules/.bin/esbuild --bundle --outfile=tap/run.js "
              "tap/run.ts\nworkerd test --verbose tap/config.capnp\n")
    pkg = '{"name": "x", "scripts": {"tap:workerd": "./tap/.workerd.sh"}}'
    files = {"package.json": pkg, "package-lock.json": "", "src/index.ts": "",
             "tap/.workerd.sh": script, "tap/run.ts": "",
             ".github/workflows/ci.yml": workflow("npm run tap:workerd", job="workerd")}
    facts = scan(tree(tmp_path, files))
    assert "npm run tap:workerd" in commands(facts, "test_command")
    assert "npm run tap:workerd" not in commands(facts, "build_command")


def test_a_workflow_named_for_a_sync_component_is_not_a_repository_sync(tmp_path):
    files = {**GO, ".github/workflows/sync_service_tests.yml": workflow(
        "go test -race ./...", name="sync-service", job="build_and_test"),
        ".github/workflows/lint.yml": workflow("go vet ./...", name="lint", job="vet")}
    assert "go test -race ./..." in commands(scan(tree(tmp_path, files)), "test_command")


def test_mix_coveralls_runs_the_tests_and_format_check_formatted_is_a_check(tmp_path):
    files = {"mix.exs": "defmodule X.MixProject do\nend\n", "lib/x.ex": "",
             "test/x_test.exs": "", ".github/workflows/ci.yml": workflow(
                 "mix coveralls.json", "mix format --check-formatted")}
    facts = scan(tree(tmp_path, files))
    assert "mix coveralls.json" in commands(facts, "test_command")
    assert "mix format --check-formatted" in commands(facts, "lint_command")
    assert "mix format --check-formatted" not in commands(facts, "format_command")


def test_a_command_substitution_in_a_filter_is_not_the_script_name(tmp_path):
    pkg = '{"name": "x", "private": true, "scripts": {}}'
    member = '{"name": "@x/a", "scripts": {"test": "vitest"}}'
    run = ("pnpm --filter \"$(jq -r .name \"examples/${{ inputs.test_folder }}"
           "/package.json\")...\" install --frozen-lockfile")
    wf = ("name: ci\non: [push]\njobs:\n  test:\n    runs-on: x\n    steps:\n"
          f"      - run: '{run}'\n")
    files = {"package.json": pkg, "pnpm-lock.yaml": "",
             "pnpm-workspace.yaml": "packages:\n  - 'examples/*'\n",
             "examples/a/package.json": member, "examples/a/src/a.ts": "",
             ".github/workflows/ci.yml": wf}
    tests = commands(scan(tree(tmp_path, files)), "test_command")
    assert not any("install --frozen-lockfile" in c for c in tests)


def test_a_script_named_for_a_test_runner_is_a_test_though_its_recipe_is_unread(tmp_path):
    pkg = '{"name": "x", "scripts": {"tap:node": "bash -c \'./tap/.node.sh\'"}}'
    files = {"package.json": pkg, "package-lock.json": "", "src/index.ts": "",
             "tap/.node.sh": "#!/bin/bash\nnode tap/run-node.ts\n", "tap/run-node.ts": "",
             ".github/workflows/ci.yml": workflow("npm run tap:node", job="node")}
    assert "npm run tap:node" in commands(scan(tree(tmp_path, files)), "test_command")
