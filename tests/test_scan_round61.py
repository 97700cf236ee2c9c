"""Scan rules from the first runs of rounds 61 (whenever, zarr-python, yamllint, wretch,
lefthook, lapce) and 62 (narwhals, nbconvert, linkify-it, listr2, leptos, nfpm) on
held-out real repositories: each test is one general rule, on a small tree of its own."""

from __future__ import annotations

import json

from gcode.scan import scan
from scan_helpers import commands, paths, tree, workflow


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


def test_every_member_of_a_large_workspace_is_a_source_root(tmp_path):
    """A Cargo workspace of 26 crates: the fact names eight and says how many more, and
    keeps every one (a later question about `router/` finds it a source root)."""
    names = [f"crate_{i:02d}" for i in range(26)]
    members = ", ".join(f'"{n}"' for n in names)
    files = {"Cargo.toml": f"[workspace]\nmembers = [{members}]\n"}
    for n in names:
        files[f"{n}/Cargo.toml"] = f"[package]\nname = '{n}'\n"
        files[f"{n}/src/lib.rs"] = ""
        files[f"{n}/tests/it.rs"] = ""
    facts = scan(tree(tmp_path, files))
    assert set(paths(facts, "layout:source")) == set(names)
    assert set(paths(facts, "layout:tests")) == {f"{n}/tests" for n in names}
    text = next(f.content for f in facts if f.key == "layout:source")
    assert "and 18 more" in text
