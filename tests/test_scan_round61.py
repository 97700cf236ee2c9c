"""Scan rules from round 61's first run on held-out real repositories (whenever,
zarr-python, yamllint, wretch, lefthook, lapce): each test is one general rule, on a
small tree of its own."""

from __future__ import annotations

import json

from gcode.scan import scan
from scan_helpers import commands, tree, workflow


def _node_tree(root, scripts, *runs):
    pkg = json.dumps({"name": "x", "scripts": scripts})
    files = {"package.json": pkg, "package-lock.json": "{}", "src/index.ts": "",
             "test/a.spec.ts": "", ".github/workflows/ci.yml": workflow("npm ci", *runs)}
    return scan(tree(root, files))


def test_a_wrapper_script_given_the_test_command_runs_the_tests(tmp_path):
    """`node scripts/runWithMockServer.js "c8 node --test test/*.spec.ts"`: a script that
    starts a mock server, then runs the command it is given (quoted, as one argument)."""
    scripts = {"test:node": 'node scripts/runWithMockServer.js "c8 node --import tsx --test '
                            'test/node/*.spec.ts"'}
    facts = _node_tree(tmp_path, scripts, "npm run test:node")
    assert "npm run test:node" in commands(facts, "test_command")


def test_a_wrapper_script_given_a_test_runner_by_name_runs_it(tmp_path):
    """`node scripts/withServer.js web-test-runner`: the argument is a test runner
    (@web/test-runner's binary), run by the wrapper."""
    scripts = {"test:browser": "node scripts/withServer.js web-test-runner"}
    facts = _node_tree(tmp_path, scripts, "npm run test:browser")
    assert "npm run test:browser" in commands(facts, "test_command")


def test_a_script_given_words_that_run_nothing_known_is_no_test(tmp_path):
    """`node scripts/release.js "chore: release"`, `node scripts/gen.js patch`: words, not
    a command of a kind."""
    scripts = {"test:release": 'node scripts/release.js "chore: release v1"',
               "test:gen": "node scripts/gen.js patch"}
    facts = _node_tree(tmp_path, scripts, "npm run test:release", "npm run test:gen")
    assert not {"npm run test:release", "npm run test:gen"} & commands(facts, "test_command")
