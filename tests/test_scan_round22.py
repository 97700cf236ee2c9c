"""Scan rules from round 22's first run on held-out real repositories: each test is one
general rule, on a small tree of its own."""

from __future__ import annotations

from gcode.scan import scan
from scan_helpers import PY, commands, paths, tree, workflow


def test_interpreter_options_with_a_value_do_not_hide_the_test_module(tmp_path):
    # `python -b -X dev -W error -m unittest`: -X and -W take the next word
    makefile = ("test:\n\tmypy tests/test_typing.py\n\tpython \\\n\t\t-b \\\n\t\t-X dev \\\n"
                "\t\t-W error \\\n\t\t-Wignore:::a: \\\n\t\t-Wignore:::b: \\\n"
                "\t\t-Wignore:::c: \\\n\t\t-m unittest\n")
    facts = scan(tree(tmp_path, {**PY, "Makefile": makefile}))
    assert "make test" in commands(facts, "test_command")
    assert "make test" not in commands(facts, "lint_command")


def test_a_test_step_handed_an_outside_services_credentials_is_not_offered(tmp_path):
    pkg = ('{"name": "x", "scripts": {"test": "node --test", '
           '"test:browser": "wdio run ./wdio.conf.js"}}')
    ci = ("name: ci\non: [push, pull_request]\njobs:\n  test:\n    runs-on: x\n"
          "    if: github.repository == 'o/x' || contains(github.event.pull_request.labels.*.name"
          ", 'safe to test')\n    steps:\n"
          "      - run: npm ci\n      - run: npm test\n      - run: npm run test:browser\n"
          "        env:\n          BROWSERSTACK_ACCESS_KEY: ${{ secrets.BROWSERSTACK_KEY }}\n"
          "      - run: npm run test:coverage\n        env:\n"
          "          CODECOV_TOKEN: ${{ secrets.CODECOV_TOKEN }}\n"
          "          DOCKERHUB_USERNAME: ${{ secrets.DOCKERHUB_USERNAME }}\n")
    pkg = pkg.replace('"}}', '", "test:coverage": "node --test --coverage"}}')
    facts = scan(tree(tmp_path, {"package.json": pkg, "package-lock.json": "",
                                 ".github/workflows/ci.yml": ci}))
    tests = commands(facts, "test_command")
    assert "npm run test:browser" not in tests
    # the repository's own tokens (coverage upload, a registry login) need no service
    assert {"npm test", "npm run test:coverage"} <= tests
    # nor do secrets in a job every fork runs: the suite runs without them
    (tmp_path / ".github/workflows/ci.yml").write_text(ci.replace("    if: ", "    x: "))
    assert "npm run test:browser" in commands(scan(tmp_path), "test_command")


def test_a_task_that_only_renders_the_report_of_another_is_not_offered(tmp_path):
    makefile = ("test:\n\tpytest tests/\n\ncoverage:\n\tcoverage run -m pytest tests/\n"
                "\tcoverage report\n\ncoverage-html: coverage\n\tcoverage html\n")
    facts = scan(tree(tmp_path, {**PY, "Makefile": makefile}))
    tests = commands(facts, "test_command")
    assert {"make test", "make coverage"} <= tests
    assert "make coverage-html" not in tests


def test_a_scripts_positional_parameter_takes_the_argument_ci_gives_or_its_default(tmp_path):
    script = ('#!/bin/bash\nset -e\ncmd="${1:-test}"\ncargo hack "${cmd}" --each-feature\n'
              'cargo "${cmd}" --all-features\nif [[ "$NIGHTLY" ]]; then\n'
              '  cargo check --benches\nfi\n')
    files = {"Cargo.toml": "[package]\nname = 'x'\n", "src/lib.rs": "", "ci/run.sh": script,
             ".github/workflows/ci.yml": workflow("ci/run.sh test", job="stable")}
    facts = scan(tree(tmp_path, files))
    assert "ci/run.sh test" in commands(facts, "test_command")
    assert "ci/run.sh test" not in commands(facts, "lint_command")
    # called bare, the default applies
    (tmp_path / ".github/workflows/ci.yml").write_text(workflow("ci/run.sh", job="stable"))
    assert "ci/run.sh" in commands(scan(tmp_path), "test_command")


def test_circleci_parameters_are_not_read_as_a_here_document(tmp_path):
    config = ("version: 2.1\njobs:\n  test:\n    parameters:\n      version:\n"
              "        type: string\n        default: latest\n    docker:\n"
              "      - image: cimg/go:<< parameters.version >>\n    steps:\n      - checkout\n"
              "      - run:\n          command: >\n"
              "            if [[ << parameters.version >> = \"latest\" ]]; then\n"
              "              go vet ./...\n            fi\n"
              "      - run:\n          command: go test -race ./...\n")
    files = {"go.mod": "module example.org/x\n\ngo 1.22\n", "x.go": "package x\n",
             ".circleci/config.yml": config}
    facts = scan(tree(tmp_path, files))
    assert "go vet ./..." in commands(facts, "lint_command")
    assert "go test -race ./..." in commands(facts, "test_command")


def test_a_comparison_of_a_formatters_output_runs_the_formatter(tmp_path):
    files = {"go.mod": "module example.org/x\n\ngo 1.22\n", "x.go": "package x\n",
             ".github/workflows/ci.yml": workflow(
                 'test -z "$(gofmt -l .)"', "diff -u <(echo -n) <(goimports -d .)",
                 "[ -f go.sum ]", job="lint")}
    facts = scan(tree(tmp_path, files))
    assert {"gofmt -l .", "goimports -d ."} <= commands(facts, "lint_command")


def test_a_django_app_shipping_a_demo_site_is_still_built(tmp_path):
    files = {"pyproject.toml": "[build-system]\nrequires = ['setuptools']\n"
                               "build-backend = 'setuptools.build_meta'\n",
             "setup.py": "", "app/__init__.py": "", "project/manage.py": "",
             "project/tests/__init__.py": ""}
    assert "python -m build" in commands(scan(tree(tmp_path, files)), "build_command")
    # a site of its own (`mysite/manage.py`) runs from its checkout: nothing to build
    (tmp_path / "project").rename(tmp_path / "mysite")
    assert "python -m build" not in commands(scan(tmp_path), "build_command")


def test_the_tests_of_a_django_site_directory_are_found(tmp_path):
    files = {"setup.py": "", "app/__init__.py": "", "project/manage.py": "",
             "project/project/settings.py": "", "project/tests/__init__.py": "",
             "project/tests/test_views.py": ""}
    facts = scan(tree(tmp_path, files))
    assert "project/tests" in paths(facts, "layout:tests")


def test_a_type_check_script_ci_never_runs_beside_its_lint_script_is_not_offered(tmp_path):
    pkg = ('{"name": "x", "scripts": {"lint": "eslint .", "type-check": "tsc --noEmit", '
           '"test": "vitest run"}}')
    files = {"package.json": pkg, "package-lock.json": "", "tsconfig.json": "{}",
             ".github/workflows/ci.yml": workflow("npm ci", "npm run lint", "npm test")}
    facts = scan(tree(tmp_path, files))
    assert "npm run lint" in commands(facts, "lint_command")
    assert "npm run type-check" not in commands(facts, "lint_command")
    # CI running the checker itself (`npx tsc --noEmit`) keeps the script
    (tmp_path / ".github/workflows/ci.yml").write_text(
        workflow("npm ci", "npm run lint", "npx tsc --noEmit", "npm test"))
    assert "npm run type-check" in commands(scan(tmp_path), "lint_command")


def test_a_js_packages_tests_inside_src_are_found_when_they_are_test_files(tmp_path):
    files = {"package.json": '{"name": "x", "scripts": {"test": "node --test"}}',
             "src/index.ts": "", "src/test/parse.test.ts": ""}
    assert "src/test" in paths(scan(tree(tmp_path, files)), "layout:tests")
    # helpers the tests elsewhere use (src/test/render.tsx) are no tests
    (tmp_path / "src/test/parse.test.ts").rename(tmp_path / "src/test/render.tsx")
    assert "src/test" not in paths(scan(tmp_path), "layout:tests")


def test_a_script_that_builds_for_a_tool_it_then_runs_is_no_build(tmp_path):
    pkg = ('{"name": "x", "scripts": {"build": "tsc -p tsconfig.json", '
           '"bundlewatch": "npm run build && bundlewatch --config bw.json", '
           '"test": "node --test"}}')
    files = {"package.json": pkg, "package-lock.json": "", "tsconfig.json": "{}",
             "src/index.ts": ""}
    builds = commands(scan(tree(tmp_path, files)), "build_command")
    assert "npm run build" in builds
    assert "npm run bundlewatch" not in builds
