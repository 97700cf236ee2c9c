"""Scan rules from round 19's first run on held-out real repositories: each test is one
general rule, on a small tree of its own."""

from __future__ import annotations

import json

from gcode.scan import scan
from scan_helpers import PY, commands, paths, tree, workflow

TSCONFIG = '{"compilerOptions": {"outDir": "dist/esm", "declaration": true}}'


def _pkg(scripts: dict[str, str], **extra: object) -> str:
    return json.dumps({"name": "x", "scripts": scripts, **extra})


def test_a_task_named_for_the_compiler_does_what_its_tsc_does(tmp_path):
    files = {"package.json": _pkg({
        "tsc:all": "tsc && tsc -p tsconfig-cjs.json", "pretest": "madge --circular ./src",
        "build": "npm run pretest && npm run tsc:all && cpx 'src/*.lua' dist",
        "typecheck": "tsc"}),
        "tsconfig.json": TSCONFIG, "tsconfig-cjs.json": '{"extends": "./tsconfig.json"}',
        "yarn.lock": "", "src/index.ts": ""}
    facts = scan(tree(tmp_path, files))
    builds, lints = commands(facts, "build_command"), commands(facts, "lint_command")
    assert "yarn build" in builds and "yarn build" not in lints  # tsc:all emits: dist/esm
    assert "yarn typecheck" in lints  # named for checking types: what its tsc does is a check


def test_a_docs_task_that_runs_a_check_first_is_no_lint(tmp_path):
    files = {"package.json": _pkg({
        "pretest": "madge --circular ./src",
        "docs:json": "npm run pretest && typedoc src/index.ts --json api.json",
        "docs:build": "npm run docs:json && vitepress build docs",
        "lint:docs": "markdownlint docs", "lint": "eslint ."}),
        "package-lock.json": "", "src/index.ts": ""}
    facts = scan(tree(tmp_path, files))
    lints = commands(facts, "lint_command")
    assert not {"npm run docs:json", "npm run docs:build"} & lints
    assert {"npm run lint:docs", "npm run lint"} <= lints  # named for checking: still lints


def test_lint_staged_that_only_fixes_is_a_format(tmp_path):
    files = {"package.json": _pkg({"lint:staged": "lint-staged", "eslint:fix": "eslint . --fix",
                                   "lint": "eslint ."},
                                  **{"lint-staged": {"*.{js,ts}": "npm run eslint:fix"}}),
             "package-lock.json": "", "index.js": ""}
    facts = scan(tree(tmp_path, files))
    assert "npm run lint:staged" not in commands(facts, "lint_command")
    assert "npm run lint" in commands(facts, "lint_command")
    # configured to check without fixing: a lint
    (tmp_path / "package.json").write_text(_pkg({"lint:staged": "lint-staged"},
                                                **{"lint-staged": {"*.js": "eslint"}}))
    assert "npm run lint:staged" in commands(scan(tmp_path), "lint_command")


def test_a_pip_install_of_a_sub_project_directory_sets_that_sub_project_up(tmp_path):
    files = {"package.json": _pkg({"test": "vitest run"}), "yarn.lock": "", "src/index.ts": "",
             "python/pyproject.toml": "[project]\nname = 'x'\n[project.optional-dependencies]\n"
                                      "test = ['pytest']\n",
             "python/x/__init__.py": "", "python/tests/test_x.py": "",
             ".github/workflows/py.yml": workflow(
                 'pip install -e "python/[dev,test]"', "cd python && pytest -v")}
    facts = scan(tree(tmp_path, files))
    py_env = {f.tool for f in facts if f.kind == "env" and f.cwd == "python"}
    assert "pip" in py_env
    # a package name after `install` names no directory
    (tmp_path / ".github/workflows/py.yml").write_text(workflow(
        "pip install python-dateutil", "cd python && pytest -v"))
    facts = scan(tmp_path)
    assert "pip" not in {f.tool for f in facts if f.kind == "env" and f.cwd == "python"}


def test_declared_top_level_modules_make_the_directory_a_source_root(tmp_path):
    files = {"pyproject.toml": "[project]\nname = 'orm'\n[tool.setuptools]\n"
                               "py-modules = ['orm', 'orm_cli']\n",
             "orm.py": "", "orm_cli.py": "", "ormext/__init__.py": "", "tests/test_orm.py": ""}
    facts = scan(tree(tmp_path, files))
    assert {".", "ormext"} <= set(paths(facts, "layout:source"))
    # setup.py's py_modules says the same
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'orm'\n")
    (tmp_path / "setup.py").write_text("setup(packages=['ormext'], py_modules=['orm'])\n")
    assert "." in paths(scan(tmp_path), "layout:source")


def test_a_js_package_s_published_directories_are_its_source(tmp_path):
    files = {"package.json": json.dumps({
        "name": "eslint-plugin-x", "type": "module", "exports": "./index.js",
        "files": ["index.js", "rules", "configs", "dist"]}),
        "package-lock.json": "", "index.js": "", "rules/no-x.js": "", "configs/all.js": "",
        "test/no-x.js": ""}
    facts = scan(tree(tmp_path, files))
    assert {"rules", "configs"} <= set(paths(facts, "layout:source"))
    assert "test" not in paths(facts, "layout:source")


def test_published_directories_do_not_add_to_known_source_roots(tmp_path):
    files = {**PY, "package.json": json.dumps({"name": "x", "files": ["src", "scripts"]}),
             "src/index.js": "", "scripts/release.js": ""}
    facts = scan(tree(tmp_path, files))
    assert "scripts" not in paths(facts, "layout:source")


def test_a_docs_task_that_installs_is_not_how_to_set_up_the_project(tmp_path):
    files = {"go.mod": "module example.org/x\n\ngo 1.22\n", "x.go": "package x\n",
             "Makefile": "doc:\n\tcd docs && npm install && npm start\n"
                         "install-docs:\n\tpip install -r docs/requirements.txt\n"
                         "tools:\n\tgo install golang.org/x/tools/cmd/cover@latest\n",
             "docs/package.json": '{"scripts": {"start": "docusaurus start"}}'}
    facts = scan(tree(tmp_path, files))
    setups = {f.command for f in facts if f.kind == "env" and f.command}
    assert not {"make doc", "make install-docs"} & setups


def test_a_tox_command_from_an_environment_variable_runs_its_default(tmp_path):
    files = {**PY, "tox.ini": "[tox]\nenvlist = py312,docs\n\n[testenv]\n"
                              "commands = {env:_X_TOX_CMD:pytest} {posargs}\n"
                              "setenv = coverage: _X_TOX_CMD=coverage run -m pytest\n\n"
                              "[testenv:docs]\ncommands = sphinx-build docs build\n",
             ".github/workflows/ci.yml": workflow("pip install tox",
                                                  "tox run --installpkg dist/*.whl")}
    facts = scan(tree(tmp_path, files))
    assert "tox run --installpkg dist/*.whl" in commands(facts, "test_command")
