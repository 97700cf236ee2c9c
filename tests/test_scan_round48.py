"""Scan rules from round 48's leftovers (twelve new repositories, keys written first):
each test is one general rule, on a small tree of its own."""

from __future__ import annotations

from gcode.scan import scan
from gcode.scan.tasknames import forwarded
from scan_helpers import PY, commands, tree, workflow


def test_a_command_run_in_a_devbox_shell_is_the_command_it_runs(tmp_path):
    facts = scan(tree(tmp_path, {
        **PY, ".pre-commit-config.yaml": "repos: []\n",
        ".github/workflows/ci.yml": workflow(
            "devbox run -- uv run pre-commit run --all-files --show-diff-on-failure",
            "devbox run --config=. -- pytest -q")}))
    assert "devbox run -- uv run pre-commit run --all-files --show-diff-on-failure" in \
        commands(facts, "lint_command")
    assert "devbox run --config=. -- pytest -q" in commands(facts, "test_command")


def test_make_targets_sharing_one_recipe_that_passes_on_their_name_are_told_by_the_name(
        tmp_path):
    makefile = ("actions = \\\n\tcheck-quality \\\n\tcheck-types \\\n\tsetup \\\n\ttest\n\n"
                ".PHONY: $(actions)\n$(actions):\n\t@python scripts/make \"$@\"\n")
    facts = scan(tree(tmp_path, {
        **PY, "Makefile": makefile, "scripts/make": "#!/usr/bin/env python3\n",
        ".github/workflows/ci.yml": workflow(
            "make setup", "make check-quality", "make check-types", "make test")}))
    lints = commands(facts, "lint_command")
    assert {"make check-quality", "make check-types"} <= lints
    assert "make test" in commands(facts, "test_command")
    assert not any("setup" in c for kind in ("test_command", "lint_command", "build_command")
                   for c in commands(facts, kind))
    # a file target's `$@` is the file it writes, not a name handed on
    facts = scan(tree(tmp_path / "files", {
        **PY, "Makefile": "all: dist/module_test.html\n\ttouch all\n"
                          "dist/module_test.html: src/t.html\n\tcp $< $@\n",
        ".github/workflows/ci.yml": workflow("make all")}))
    assert not commands(facts, "test_command")
    # handed to make itself (`$(MAKE) -C .. $@`): that Makefile's target of the same name
    # runs (polars' py-polars/Makefile), not a program told what to do by the name
    assert forwarded("build", ["$(MAKE) -s -C .. $@"]) is None
    assert forwarded("check-types", ['python scripts/make "$@"']) == "lint"


def test_taking_the_pre_commit_hooks_out_of_git_checks_nothing(tmp_path):
    facts = scan(tree(tmp_path, {
        **PY, ".pre-commit-config.yaml": "repos: []\n",
        ".github/workflows/ci.yml": workflow(
            "pre-commit run -a", "pre-commit uninstall -t pre-commit -t commit-msg",
            "pre-commit migrate-config", "pytest")}))
    assert commands(facts, "lint_command") == {"pre-commit run -a"}
