"""Scan rules from the fifth held-out round of real repositories (keys written from CI
before the first scan): each test is one general rule, on a small tree of its own."""

from __future__ import annotations

import pytest

from gcode.scan import scan
from gcode.scan.classify import Classifier
from gcode.scan.model import BUILD, INSTALL, LINT, TEST, role
from scan_helpers import commands, tree


@pytest.mark.parametrize("command,kind", [
    ("borp --coverage", "test"), ("tstyche", "lint"), ("c8 --merge-async ava", "test"),
    ("node esbuild.config.outer.mjs", "build"), ("node scripts/esbuild-plugin.mjs", None),
    ("node Makefile.js lint-ci", "lint"), ("node Makefile.js build-standalone", "build"),
    ("node Makefile.js test-only", "test"), ("node Makefile.js tscheck", None),
])
def test_program_rules(command, kind):
    kinds = Classifier().command(command)
    assert (next(iter(kinds)) if kinds else None) == kind


def test_the_order_of_steps_decides_between_build_lint_and_install():
    assert role({BUILD: ["rollup -c"], LINT: ["publint"]}) == LINT  # builds to check
    assert role({LINT: ["tsc --noEmit"], BUILD: ["node esbuild.mjs"]}) == BUILD
    assert role({BUILD: ["python -m build"], INSTALL: ["pip install ."]}) == INSTALL
    assert role({INSTALL: ["pip install build"], BUILD: ["python -m build"]}) == BUILD
    assert role({TEST: ["pytest"], INSTALL: ["pip install ."]}) == TEST


def test_a_just_recipe_that_needs_an_argument_is_not_offered(tmp_path):
    facts = scan(tree(tmp_path, {"justfile": (
        "test:\n\tcargo test\ntest-crate name:\n\tcargo test -p {{name}}\n"
        "cov *args='-x':\n\tcargo test {{args}}\ntest-one +names:\n\tcargo test {{names}}\n"
        "lint-rule rulename='all':\n\tcargo clippy\n")}))
    assert {"just test", "just cov"} <= commands(facts, "test_command")
    assert not {"just test-crate", "just test-one"} & commands(facts, "test_command")
    assert "just lint-rule" in commands(facts, "lint_command")


def test_a_mis_indented_taskfile_field_is_not_a_task(tmp_path):
    facts = scan(tree(tmp_path, {"Taskfile.yml": (
        "version: '3'\ntasks:\n  test:\n    cmds:\n      - go test ./...\n"
        "  fuzz:\n    desc: Run fuzz tests\n  cmds:\n    - task: test\n")}))
    assert commands(facts, "test_command") == {"task test"}


def test_commented_out_no_emit_in_a_tsconfig_is_not_set(tmp_path):
    facts = scan(tree(tmp_path, {
        "package.json": '{"scripts": {"build": "tsc"}}',
        "tsconfig.json": '{\n  "compilerOptions": {\n    /* Visit https://aka.ms/tsconfig */\n'
                         '    // "noEmit": true,  /* Disable emitting files. */\n'
                         '    "outDir": "dist"\n  },\n  "include": ["src/**/*", "x/**/*"]\n}\n'}))
    assert "npm run build" in commands(facts, "build_command")


def test_ci_expression_alternatives_are_filled_before_the_shell_splits(tmp_path):
    facts = scan(tree(tmp_path, {".github/workflows/ci.yml": (
        "on: push\njobs:\n  tests:\n    runs-on: x\n    strategy:\n      matrix:\n"
        "        python: ['3.12']\n        include:\n          - python: {key: '3.10'}\n"
        "    steps:\n      - run: >-\n          nox -s test-${{ matrix.python.key || "
        "matrix.python }} -- tests/unit\n"), "noxfile.py": "import nox\n"}))
    assert "nox -s test-3.10 -- tests/unit" in commands(facts, "test_command")


def test_apps_inside_test_directories_are_fixtures_not_sub_projects(tmp_path):
    facts = scan(tree(tmp_path, {
        "package.json": '{"scripts": {"test": "borp"}}',
        "test/bundler/webpack/package.json": '{"scripts": {"test": "node t.js", '
                                             '"bundle": "webpack"}}',
        "test/bundler/webpack/src/index.js": "x\n",
        ".github/workflows/ci.yml": "on: push\njobs:\n  t:\n    runs-on: x\n    steps:\n"
                                    "      - run: cd test/bundler/webpack && npm run test\n"}))
    assert not any(f.cwd and f.kind in ("build_command", "layout") for f in facts)


def test_a_package_given_as_pytest_testpaths_stays_the_source(tmp_path):
    facts = scan(tree(tmp_path, {
        "pyproject.toml": "[project]\nname='sm'\n[tool.pytest.ini_options]\n"
                          "testpaths = ['sm']\n",
        "sm/__init__.py": "", "sm/api.py": "", "sm/tests/__init__.py": "",
        "sm/tests/test_api.py": ""}))
    layout = {f.key: f.paths for f in facts if f.kind == "layout"}
    assert layout["layout:source"] == ["sm"] and layout["layout:tests"] == ["sm/tests"]


def test_nox_sessions_chosen_mostly_to_lint_are_not_the_test_command(tmp_path):
    noxfile = ("import nox\nnox.options.sessions = {}\n"
               "@nox.session\ndef test(session):\n    session.run('pytest')\n"
               "@nox.session\ndef lint(session):\n    session.run('ruff', 'check')\n"
               "@nox.session\ndef types(session):\n    session.run('mypy', 'src')\n")
    linting = scan(tree(tmp_path / "a", {"noxfile.py": noxfile.format(
        "['test', 'lint', 'types']")}))
    testing = scan(tree(tmp_path / "b", {"noxfile.py": noxfile.format("['test']")}))
    assert "nox" not in commands(linting, "test_command")
    assert "nox -s test" in commands(linting, "test_command")
    assert "nox" in commands(testing, "test_command")
