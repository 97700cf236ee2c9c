"""Scan rules found on held-out repositories: watch loops, tasks that generate or
clone, Makefile includes, monorepo runners, deployment-only Dockerfiles, docs-only
Python environments, GitLab includes, Azure templates in the fingerprint."""

from __future__ import annotations

import os

import pytest

from gcode.scan import fingerprint, manifest_paths, scan
from gcode.scan.classify import Classifier
from scan_helpers import commands, tree


def tools(facts):
    return {f.tool for f in facts if f.kind == "env" and f.tool}


@pytest.mark.parametrize("command,kind", [
    ("golangci-lint run --fix", "format"), ("stylelint --fix 'src/**/*.css'", "format"),
    ("codespell -w src", "format"), ("codespell src", "lint"),
    ("cargo watch -x test", None), ("jest --watch", None), ("tsc -w", None),
    ("nodemon server.js", None), ("vitest watch", None),
    ("coverage run --debug config -m pytest", "test"), ("coverage run --branch tests.py", None),
    ("napi build --platform --release", "build"), ("/tmp/just --version", None),
    ("node --expose-gc node_modules/jest-cli/bin/jest --ci", "test"),
    ("node node_modules/eslint/bin/eslint.js --cache .", "lint"), ("jscs lodash.js", "lint"),
])
def test_program_rules(command, kind):
    kinds = Classifier().command(command)
    assert (next(iter(kinds)) if kinds else None) == kind


def test_a_just_recipe_that_watches_is_no_test_and_call_arguments_are_not_recipes(tmp_path):
    facts = scan(tree(tmp_path, {"justfile": (
        "watch +args='check':\n  cargo watch --clear --exec '{{ args }}'\n\n"
        "test: (watch 'test --all --tests')\n\nci: lint && doc\n  cargo test --all\n\n"
        "lint:\n  cargo clippy --all-targets\n\ndoc:\n  cargo doc\n")}))
    tests = commands(facts, "test_command")
    assert "just test" not in tests and "just ci" in tests
    assert not any("just tests" in f.content or "just all" in f.content for f in facts)


def test_generating_and_running_tasks_are_not_offered(tmp_path):
    facts = scan(tree(tmp_path, {"Taskfile.yml": (
        "version: '3'\ntasks:\n  generate:fixtures:\n    cmds:\n      - go test ./...\n"
        "  helper:build:\n    cmds:\n      - go build -o bin/helper ./cmd/helper\n"
        "  helper:run:\n    deps: [helper:build]\n    cmds:\n      - ./bin/helper\n"
        "  test:\n    cmds:\n      - go test ./...\n")}))
    offered = {f.command for f in facts if f.command}
    assert "task test" in offered
    assert not offered & {"task generate:fixtures", "task helper:run"}


def test_makefile_includes_are_followed_and_cloning_targets_left_out(tmp_path):
    facts = scan(tree(tmp_path, {
        "Makefile": ("include ./common.mk\n\nlint-all:\n\t$(MAKE) lint\n\n"
                     "upstream-clone:\n\tgit clone https://example.com/up.git .build/up\n\n"
                     "test-latest: upstream-clone\n\tgo test ./...\n\n"
                     "TARGET := app-$(shell go env GOOS)_amd64\n\n$(TARGET):\n\tgo build\n"),
        "common.mk": "lint:\n\tgolangci-lint run --fix\n\ntest-unit:\n\tgo test ./...\n",
        "go.mod": "module x\n\ngo 1.22\n"}))
    assert "make lint" in commands(facts, "format_command")  # `lint-all`: a second name
    # for `lint` (round 33), not offered beside it
    assert "make lint-all" not in commands(facts, "lint_command")
    unit = next(f for f in facts if f.command == "make test-unit")
    assert unit.source == "common.mk:4" and unit.kind == "test_command"
    offered = {f.command for f in facts if f.command}
    assert "make test-latest" not in offered
    assert not any(")_amd64" in c or c in ("make go", "make env") for c in offered)


def test_turbo_and_fix_arguments_follow_the_workspace_scripts(tmp_path):
    facts = scan(tree(tmp_path, {
        "package.json": ('{"packageManager": "pnpm@9.0.0", "scripts": {"build": '
                         '"turbo run build --filter=./packages/*", "lint": "turbo lint"}}'),
        "pnpm-workspace.yaml": "packages:\n  - packages/*\n",
        "packages/a/package.json": '{"scripts": {"build": "tsup src", "lint": "eslint ."}}',
        ".github/workflows/ci.yml": (
            "on: [push]\njobs:\n  fix:\n    runs-on: x\n    steps:\n"
            "      - run: pnpm run lint --fix\n  check:\n    runs-on: x\n    steps:\n"
            "      - run: pnpm build\n")}))
    assert "pnpm build" in commands(facts, "build_command")
    assert "pnpm run lint" in commands(facts, "lint_command")
    assert "pnpm run lint --fix" in commands(facts, "format_command")


def test_a_build_script_checked_afterwards_is_still_a_build(tmp_path):
    facts = scan(tree(tmp_path, {"package.json": (
        '{"scripts": {"build": "node ./build/build.js", "postbuild": "publint"}}')}))
    assert "npm run build" in commands(facts, "build_command")
    assert "npm run build" not in commands(facts, "lint_command")


def test_a_lone_dockerfile_is_no_test_environment(tmp_path):
    lone = scan(tree(tmp_path / "a", {"Dockerfile": "FROM python:3.12\n",
                                      "pyproject.toml": "[project]\nname='a'\n"}))
    assert "docker" not in tools(lone)
    assert any(f.key == "layout:dockerfile" for f in lone)
    tested = scan(tree(tmp_path / "b", {"Dockerfile": "FROM golang\n", "Makefile": (
        "DOCKER ?= docker\ndocker-test:\n\t$(DOCKER) build -t x .\n\t$(DOCKER) run x\n")}))
    assert "docker" in tools(tested)
    composed = scan(tree(tmp_path / "c", {"Dockerfile": "FROM x\n",
                                          "compose.yaml": "services:\n  db: {image: pg}\n"}))
    assert "docker" in tools(composed)


def test_docs_only_python_environments_are_not_the_project_environment(tmp_path):
    facts = scan(tree(tmp_path, {"Pipfile": '[packages]\nmkdocs = "==1.5"\n'
                                 'mkdocs-material = "*"\n',
                                 "requirements.txt": "mkdocs==1.5.3\nmkdocs-material\n",
                                 "go.mod": "module x\n\ngo 1.22\n"}))
    assert tools(facts) == {"go"}
    app = scan(tree(tmp_path / "app", {"requirements.txt": "flask\npytest\n"}))
    assert "pip" in tools(app)


def test_a_flake8_section_left_behind_after_ruff_is_not_a_command(tmp_path):
    facts = scan(tree(tmp_path, {"setup.cfg": "[flake8]\nmax-line-length = 99\n",
                                 "pyproject.toml": "[project]\nname='x'\n[tool.ruff]\n"
                                 "[dependency-groups]\ndev = ['ruff']\n"}))
    assert "ruff check ." in commands(facts, "lint_command")
    assert "flake8" not in commands(facts, "lint_command")


def test_default_members_integration_tests_are_test_dirs(tmp_path):
    facts = scan(tree(tmp_path, {
        "Cargo.toml": '[workspace]\nmembers = ["app", "core"]\ndefault-members = ["app"]\n',
        "app/Cargo.toml": "[package]\nname='app'\n", "app/src/main.rs": "",
        "app/tests/it.rs": "", "core/Cargo.toml": "[package]\nname='core'\n",
        "core/src/lib.rs": "", "core/tests/t.rs": "", "integration/test_x.py": ""}))
    tests = next(f for f in facts if f.key == "layout:tests").paths
    # `cargo test --workspace` runs every member's tests/, default member or not
    assert "app/tests" in tests and "core/tests" in tests and "integration" in tests
    assert not any(t.endswith("/src") for t in tests)
    assert "cargo test --workspace" in commands(facts, "test_command")


def test_gitlab_includes_extends_and_references(tmp_path):
    root = tree(tmp_path, {
        ".gitlab-ci.yml": ("include:\n  - local: /ci/jobs.yml\n.setup:\n  script:\n"
                           "    - pip install -e .\nunit:\n  extends: .tests\n"
                           "publish:\n  only: [tags]\n  script: [make release-docs]\n"
                           "manual-check:\n  when: manual\n  script: [ruff check .]\n"),
        "ci/jobs.yml": (".tests:\n  stage: test\n  script:\n    - !reference [.setup, script]\n"
                        "    - pytest -q\nlint:\n  script: [mypy src]\n"),
        "pyproject.toml": "[project]\nname='x'\n"})
    facts = scan(root)
    assert "pytest -q" in commands(facts, "test_command")
    assert "mypy src" in commands(facts, "lint_command")
    assert "ruff check ." not in commands(facts, "lint_command")
    assert "ci/jobs.yml" in manifest_paths(root)
    before = fingerprint(root)
    (root / "ci/jobs.yml").write_text((root / "ci/jobs.yml").read_text() + "\n# edited\n")
    assert fingerprint(root) != before


def test_editing_an_azure_template_changes_the_fingerprint(tmp_path):
    root = tree(tmp_path, {
        "azure-pipelines.yml": ("trigger: [main]\njobs:\n- template: ci/jobs.yml\n"
                                "  parameters: {name: Linux}\n"),
        "ci/jobs.yml": ("parameters:\n  name: ''\njobs:\n- job: ${{ parameters.name }}\n"
                        "  steps:\n  - template: steps.yml\n"),
        "ci/steps.yml": "steps:\n- script: pytest -q\n",
        "pyproject.toml": "[project]\nname='x'\n"})
    assert {"ci/jobs.yml", "ci/steps.yml"} <= set(manifest_paths(root))
    assert "pytest -q" in commands(scan(root), "test_command")
    before = fingerprint(root)
    step = root / "ci/steps.yml"
    step.write_text("steps:\n- script: pytest -q -x\n")
    os.utime(step, ns=(1, 1))
    assert fingerprint(root) != before


def test_tests_beside_their_package_code(tmp_path):
    """Django apps (hc/api/tests), workspace packages (packages/x/test), a Deno
    workspace member, and an explicit JS workspace package's src/ beside packages/*."""
    facts = scan(tree(tmp_path, {
        "manage.py": "", "hc/__init__.py": "", "hc/api/__init__.py": "",
        "hc/api/tests/__init__.py": "", "hc/api/tests/test_x.py": "",
        "hc/api/models.py": "",
        "web/package.json": "{}", "web/pnpm-workspace.yaml": "",
        "package.json": '{"workspaces": ["packages/*", "frontend"]}',
        "packages/a/package.json": "{}", "packages/a/src/index.ts": "",
        "packages/a/test/a.test.ts": "", "frontend/package.json": "{}",
        "frontend/src/main.ts": "", "frontend/src/__tests__/x.test.ts": ""}))
    source = next(f for f in facts if f.key == "layout:source").paths
    tests = next(f for f in facts if f.key == "layout:tests").paths
    assert "hc" in source and "frontend/src" in source and "packages" in source
    assert {"hc/api/tests", "packages/a/test"} <= set(tests)
    assert not any(t.endswith("/src") or t == "hc/api" for t in tests)


def test_many_members_under_one_parent_are_that_parent(tmp_path):
    files = {"Cargo.toml": '[workspace]\nmembers = ["plugins/*", "app-client", "app-server"]\n'}
    for name in ("a", "b", "c", "d"):
        files[f"plugins/{name}/Cargo.toml"] = "[package]\n"
        files[f"plugins/{name}/src/lib.rs"] = ""
    for name in ("app-client", "app-server"):
        files[f"{name}/Cargo.toml"] = "[package]\n"
        files[f"{name}/src/lib.rs"] = ""
    source = next(f for f in scan(tree(tmp_path, files)) if f.key == "layout:source").paths
    assert set(source) == {"plugins", "app-client", "app-server"}


def test_deno_tasks_and_cargo_make_tasks_are_followed(tmp_path):
    facts = scan(tree(tmp_path, {
        "deno.json": ('{"workspace": ["./packages/*"], "tasks": {"test": "deno test -A",'
                      ' "check:types": "deno check", "ok": "deno fmt --check && deno task test"}}'),
        "packages/core/deno.json": "{}", "packages/core/mod.ts": "",
        "packages/core/tests/a_test.ts": "",
        "Cargo.toml": "[package]\nname='x'\n", "src/lib.rs": "",
        "Makefile.toml": ('extend = [{ path = "Makefile.ci.toml" }]\n'
                          '[tasks.fmt]\ncommand = "cargo"\nargs = ["fmt", "--all"]\n'),
        "Makefile.ci.toml": ('[tasks.ci-clippy]\ncommand = "cargo"\nargs = ["clippy", "--", '
                             '"-D", "warnings"]\n[tasks.ci-test]\ndependencies = ["ci-clippy"]\n'
                             'script = "cargo nextest run --workspace"\n'
                             '[tasks.secret]\nprivate = true\ncommand = "cargo"\n'
                             'args = ["test"]\n'),
        ".github/workflows/ci.yml": (
            "on: [push]\njobs:\n  lint:\n    runs-on: x\n    steps:\n"
            "      - run: cargo +nightly make ci-clippy\n      - run: deno task check:types\n"
            "  test:\n    runs-on: x\n    steps:\n      - uses: ./.github/actions/t\n"),
        ".github/actions/t/action.yml": (
            "runs:\n  using: composite\n  steps:\n    - run: cargo make ci-test\n"
            "      shell: bash\n")}))
    assert {"deno", "cargo-make"} <= {f.tool for f in facts if f.kind == "env"}
    assert "deno task test" in commands(facts, "test_command")
    assert {"deno task check:types", "cargo +nightly make ci-clippy"} <= commands(
        facts, "lint_command")
    assert "cargo make ci-test" in commands(facts, "test_command")  # via the composite action
    assert "cargo make fmt" in commands(facts, "format_command")
    assert "cargo make secret" not in commands(facts, "test_command")
    tests = next(f for f in facts if f.key == "layout:tests").paths
    assert "packages/core/tests" in tests


def test_a_linter_ci_runs_with_fix_is_offered_as_its_check(tmp_path):
    facts = scan(tree(tmp_path, {
        "pyproject.toml": "[project]\nname='x'\n",
        "scripts/test.sh": "#!/usr/bin/env bash\nset -e\nexec uv run --group test pytest \"$@\"\n",
        "Makefile": "test:\n\tuv run typos\n\t./scripts/test.sh\n",
        ".github/workflows/ci.yml": (
            "on: [push]\njobs:\n  lint:\n    runs-on: x\n    steps:\n"
            "      - run: uv run ruff check --fix --output-format=github\n")}))
    lint = next(f for f in facts if f.kind == "lint_command" and "ruff" in (f.command or ""))
    assert lint.command == "uv run ruff check --output-format=github"
    assert "--fix" in lint.content  # says what CI really runs
    assert "uv run ruff check --fix --output-format=github" in commands(facts, "format_command")
    assert "make test" in commands(facts, "test_command")  # `exec pytest` in the script


def test_xtask_subcommands_read_by_their_words(tmp_path):
    facts = scan(tree(tmp_path, {
        "Cargo.toml": '[workspace]\nmembers = ["app", "xtask"]\n',
        "app/Cargo.toml": "[package]\n", "app/src/lib.rs": "",
        "xtask/Cargo.toml": "[package]\n", "xtask/src/main.rs": "",
        ".cargo/config.toml": '[alias]\nxtask = "run --package xtask --"\n',
        ".github/workflows/ci.yml": (
            "on: [push]\njobs:\n  ci:\n    runs-on: x\n    steps:\n"
            "      - run: cargo xtask test-libs\n      - run: cargo xtask format --check\n"
            "      - run: cargo xtask docs\n      - run: cargo xtask format\n")}))
    assert "cargo xtask test-libs" in commands(facts, "test_command")
    assert "cargo xtask format --check" in commands(facts, "lint_command")
    assert "cargo xtask format" in commands(facts, "format_command")
    assert not any("xtask docs" in c for kind in ("test_command", "lint_command",
                                                   "build_command")
                   for c in commands(facts, kind))


def test_a_test_piped_into_a_summary_is_a_report():
    from gcode.scan.shell import commands
    assert commands("go test -v ./... 2>&1 | grep -E '^ +--- ' | sort | uniq -c") == [
        "uniq -c"]
    assert commands("cargo test 2>&1 | tee log.txt")[0] == "cargo test 2>&1"
    assert commands("go vet $(shell go list ./... | grep -v /examples/)")[0].startswith(
        "go vet")


def test_building_then_running_the_output_is_no_build(tmp_path):
    facts = scan(tree(tmp_path, {"package.json": (
        '{"scripts": {"build": "node ./scripts/build.js", "try": "yarn && yarn build && '
        'cross-env NODE_ENV=production node ./dist/bin/cli.cjs"}}'), "yarn.lock": ""}))
    assert "yarn build" in commands(facts, "build_command")
    assert "yarn try" not in commands(facts, "build_command")


def test_tsc_in_a_type_check_task_or_a_no_emit_config_is_a_lint(tmp_path):
    facts = scan(tree(tmp_path, {
        "package.json": '{"scripts": {"types": "tsc --build", "lint:types-test": "tsc -p '
                        'tsconfig.test.json", "build:types": "tsc -p tsconfig.build.json", '
                        '"compile": "tsc"}}',
        "tsconfig.json": '{"compilerOptions": {"noEmit": true}}',
        "tsconfig.test.json": '{"extends": "./tsconfig", "include": ["test"]}',
        "tsconfig.build.json": "{}"}))
    lint, build = commands(facts, "lint_command"), commands(facts, "build_command")
    assert {"npm run types", "npm run lint:types-test"} <= lint
    assert "npm run build:types" in build and "npm run build:types" not in lint


def test_checker_actions_are_the_commands_they_run(tmp_path):
    facts = scan(tree(tmp_path, {".github/workflows/ci.yml": """
on: [push, pull_request]
jobs:
  lint:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: j178/prek-action@v1
      - uses: golangci/golangci-lint-action@v9
        with: {args: --timeout 5m}
""", "go.mod": "module x\n\ngo 1.22\n", "x.go": "package x\n"}))
    lint = commands(facts, "lint_command")
    assert {"prek run --all-files", "golangci-lint run --timeout 5m"} <= lint


def test_go_module_without_root_code_lists_its_packages(tmp_path):
    facts = scan(tree(tmp_path, {
        "go.mod": "module x\n", "doc.go": "package x\n", "package_test.go": "",
        "assert/a.go": "", "mock/m.go": "", "http/v1/h.go": "", "testdata/t.go": "",
        "examples/e.go": "", "tools/go.mod": "module t\n", "tools/t.go": "",
        "magefile.go": "//go:build mage\npackage main\n"}))
    source = next(f.paths for f in facts if f.key == "layout:source")
    assert source == ["assert", "http", "mock"]
    assert "mage" in tools(facts)


def test_workspace_root_member_test_dir_t_and_playgrounds_are_not_source(tmp_path):
    facts = scan(tree(tmp_path, {
        "package.json": '{"scripts": {"test": "vitest run"}}',
        "pnpm-workspace.yaml": "packages:\n  - .\n  - playgrounds/*\n",
        "src/index.ts": "", "test/a.test.ts": "",
        "playgrounds/sandbox/package.json": "{}", "playgrounds/sandbox/index.ts": ""}))
    source = next(f.paths for f in facts if f.key == "layout:source")
    assert source == ["src"]
    facts = scan(tree(tmp_path / "py", {
        "setup.py": "", "celery/__init__.py": "", "t/__init__.py": "",
        "t/unit/test_a.py": "", "pyproject.toml": '[tool.pytest.ini_options]\n'
                                                  'testpaths = ["t/unit"]\n'}))
    assert next(f.paths for f in facts if f.key == "layout:source") == ["celery"]
    assert "t" in next(f.paths for f in facts if f.key == "layout:tests")


def test_a_test_target_that_only_builds_a_package_is_neither(tmp_path):
    recipe = "\t$(VENV)/pip install build\n\t$(VENV)/python -m build --sdist\n"
    facts = scan(tree(tmp_path, {
        "Makefile": "VENV=venv/bin\n" + "".join(
            f"venv{i}:\n\tpython3 -m venv venv\n" for i in range(10))
            + "test-sdist:\n" + recipe + "\t$(VENV)/pip install dist/*.tar.gz\n"
            + "build:\n" + recipe + "test:\n\t$(VENV)/python -m pytest\n",
        "setup.py": ""}))
    assert "make test-sdist" not in commands(facts, "build_command") | commands(
        facts, "test_command")
    assert "make build" in commands(facts, "build_command")  # not crowded out by `venvN`
