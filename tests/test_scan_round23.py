"""Scan rules from round 23's first run on held-out real repositories: each test is one
general rule, on a small tree of its own."""

from __future__ import annotations

from gcode.scan import scan
from scan_helpers import PY, commands, tree, workflow


def test_a_node_script_named_for_tests_or_lint_is_that_job(tmp_path):
    pkg = ('{"name": "x", "scripts": {"lint:changed": "node scripts/lint-changed.mjs", '
           '"build:tests": "node scripts/build-tests.mjs"}}')
    makefile = ("js-api-tests:\n\tnode scripts/js-api-tests.js\n\n"
                "decorator-tests:\n\tnode scripts/decorator-tests.js\n"
                "\tgit diff --exit-code scripts/decorator-tests.js\n")
    ci = workflow("npm ci", "npm run lint:changed", "make js-api-tests", "make decorator-tests")
    facts = scan(tree(tmp_path, {"package.json": pkg, "package-lock.json": "",
                                 "Makefile": makefile, ".github/workflows/ci.yml": ci}))
    tests, lints = commands(facts, "test_command"), commands(facts, "lint_command")
    assert {"make js-api-tests", "make decorator-tests"} <= tests
    assert "npm run lint:changed" in lints
    assert "make decorator-tests" not in lints
    # a script that builds the tests runs none
    assert "npm run build:tests" not in tests


def test_a_negated_check_in_a_subshell_is_read(tmp_path):
    # `!(gofmt -l -d . | grep .)`: fails when gofmt lists a file, a check
    makefile = ("fmt:\n\t@!(gofmt -l -s -d ${GOFILES} | grep '[a-z]')\n\n"
                "test:\n\tgo test ./...\n")
    facts = scan(tree(tmp_path, {"go.mod": "module x\n", "x.go": "package x\n",
                                 "Makefile": makefile}))
    assert "make fmt" in commands(facts, "lint_command")


def test_no_package_build_is_guessed_when_ci_never_builds_one(tmp_path):
    files = {**PY, "pyproject.toml": "[build-system]\nbuild-backend = 'setuptools.build_meta'\n"
             "[project]\nname = 'x'\n", ".github/workflows/ci.yml": workflow("pytest")}
    assert "python -m build" not in commands(scan(tree(tmp_path, files)), "build_command")
    # a docs site deployed from dist/docs builds no package either
    tree(tmp_path, {".github/workflows/docs.yml": workflow(
        "make docs", job="docs", steps="      - uses: x/deploy@v4\n        with:\n"
        "          folder: dist/docs\n")})
    assert "python -m build" not in commands(scan(tmp_path), "build_command")
    (tmp_path / ".github/workflows/docs.yml").unlink()
    # CI that publishes the package builds it: the backend's build is the build
    (tmp_path / ".github/workflows/release.yml").write_text(workflow(
        "pip install build twine", "python -m build", job="release"))
    assert "python -m build" in commands(scan(tmp_path), "build_command")
    # and with no CI read at all, the backend's build is offered as before
    (tmp_path / ".github/workflows/ci.yml").unlink()
    (tmp_path / ".github/workflows/release.yml").unlink()
    assert "python -m build" in commands(scan(tmp_path), "build_command")


def test_a_maturin_crate_in_a_directory_of_its_own_needs_cargo(tmp_path):
    pyproject = ("[build-system]\nrequires = ['maturin>=1.0']\nbuild-backend = 'maturin'\n"
                 "[project]\nname = 'x'\n[tool.maturin]\nmanifest-path = 'x/bridge/Cargo.toml'\n")
    files = {"pyproject.toml": pyproject, "x/__init__.py": "",
             "x/bridge/Cargo.toml": "[package]\nname = 'bridge'\n", "x/bridge/src/lib.rs": ""}
    tools = {f.tool for f in scan(tree(tmp_path, files)) if f.kind == "env"}
    assert {"maturin", "cargo"} <= tools


def test_a_conda_file_ci_never_uses_is_no_environment(tmp_path):
    files = {**PY, "environment.yml": "name: x\ndependencies:\n  - python\n",
             ".github/workflows/ci.yml": workflow("pip install -e .", "pytest")}
    assert "conda" not in {f.tool for f in scan(tree(tmp_path, files)) if f.kind == "env"}
    (tmp_path / ".github/workflows/ci.yml").write_text(workflow(
        "conda env create -f environment.yml", "pytest"))
    assert "conda" in {f.tool for f in scan(tmp_path) if f.kind == "env"}


def test_a_test_target_with_the_recipe_of_an_earlier_one_is_offered_once(tmp_path):
    makefile = "pytest:\n\tpytest\n\ntesttimer:\n\tpytest\n\ntestperf:\n\tpytest -k perf\n"
    tests = commands(scan(tree(tmp_path, {**PY, "Makefile": makefile})), "test_command")
    assert {"make pytest", "make testperf"} <= tests
    assert "make testtimer" not in tests


def test_a_build_of_a_manifest_ci_checked_out_beside_the_project_is_not_its_build(tmp_path):
    # `cargo build --manifest-path ./__ci/module/Cargo.toml` after `actions/checkout` with
    # `path: __ci/module`: another repository's code, built for the tests
    from gcode.scan import _in_tests
    from gcode.scan.files import Repo

    root = tree(tmp_path, {"Cargo.toml": "[workspace]\nmembers = ['x']\n",
                           "x/Cargo.toml": "[package]\nname = 'x'\n", "x/src/lib.rs": ""})
    outside = "cargo +stable build --release --manifest-path ./__ci/module/Cargo.toml"
    assert _in_tests(Repo(root), "", set(), outside)
    assert not _in_tests(Repo(root), "", set(), "cargo build --manifest-path x/Cargo.toml")
    # a directory the repository has (a crate not yet in this tree) is its own
    tree(root, {"__ci/README.md": ""})
    assert not _in_tests(Repo(root), "", set(), outside)


def test_an_example_apps_tests_are_not_the_projects(tmp_path):
    root = '{"name": "root", "private": true, "workspaces": ["packages/*", "examples/*"]}'
    files = {"package.json": root, "yarn.lock": "",
             "packages/lib/package.json": '{"name": "lib", "scripts": {"test": "vitest"}}',
             "packages/lib/src/index.ts": "", "packages/lib/test/a.test.ts": "",
             "examples/basic/package.json": '{"name": "basic", "scripts": {"test": "vitest"}}',
             "examples/basic/src/index.ts": "", "examples/basic/src/test/a.test.ts": ""}
    tests = [p for f in scan(tree(tmp_path, files)) if f.key == "layout:tests" for p in f.paths]
    assert not any(p.startswith("examples/") for p in tests)


def test_packing_a_package_runs_its_prepack_build(tmp_path):
    pkg = '{"name": "x", "scripts": {"build": "tsup", "prepack": "yarn build", "test": "vitest"}}'
    files = {"package.json": pkg, "yarn.lock": "", "src/index.ts": "",
             ".github/workflows/ci.yml": workflow("yarn install", "yarn pack", "yarn test",
                                                  job="build")}
    assert "yarn pack" in commands(scan(tree(tmp_path, files)), "build_command")
    # with no prepack script, packing builds nothing
    (tmp_path / "package.json").write_text(pkg.replace('"prepack": "yarn build", ', ""))
    assert "yarn pack" not in commands(scan(tmp_path), "build_command")


def test_a_packages_test_folder_of_setup_files_alone_holds_no_tests(tmp_path):
    root = '{"name": "root", "private": true, "workspaces": ["packages/*"]}'
    files = {"package.json": root, "yarn.lock": "",
             "packages/core/package.json": '{"name": "core"}', "packages/core/src/a.ts": "",
             "packages/core/src/a.test.ts": "", "packages/core/test/setup.ts": "",
             "packages/web/package.json": '{"name": "web"}', "packages/web/src/b.ts": "",
             "packages/web/test/b.test.ts": ""}
    tests = [p for f in scan(tree(tmp_path, files)) if f.key == "layout:tests" for p in f.paths]
    assert "packages/core/test" not in tests
    assert "packages/web/test" in tests


def test_a_task_that_opens_a_development_shell_is_not_offered(tmp_path):
    makefile = ("interactive-developer-environment-in-docker:\n"
                "\tdocker build -t dev - < etc/developer.Dockerfile\n"
                "\tdocker run -v $$PWD:/volume -w /volume -it dev\n\n"
                "build:\n\tcargo build --release\n")
    files = {"Cargo.toml": "[package]\nname = 'x'\n", "src/main.rs": "", "Makefile": makefile}
    offered = {f.command for f in scan(tree(tmp_path, files)) if f.command}
    assert "make interactive-developer-environment-in-docker" not in offered
    assert "make build" in offered


def test_a_release_workflow_that_runs_on_every_pull_request_checks_the_build(tmp_path):
    wf = ("name: Build & Publish to PyPI\non:\n  push:\n    branches: [main]\n"
          "  pull_request:\njobs:\n  build:\n    runs-on: x\n    steps:\n"
          "      - run: python3 -m pip install build --user\n      - run: python3 -m build\n"
          "  publish-to-pypi:\n    needs: [build]\n    runs-on: x\n    steps:\n"
          "      - uses: pypa/gh-action-pypi-publish@release/v1\n")
    files = {**PY, "setup.py": "", "manage.py": "", ".github/workflows/build.yml": wf,
             ".github/workflows/test.yml": workflow("pip install tox", "tox")}
    assert "python3 -m build" in commands(scan(tree(tmp_path, files)), "build_command")
    # run only when the release files change, it is the release's own check
    (tmp_path / ".github/workflows/build.yml").write_text(wf.replace(
        "  pull_request:\n", "  pull_request:\n    paths: [pyproject.toml]\n"))
    assert "python3 -m build" not in commands(scan(tmp_path), "build_command")
