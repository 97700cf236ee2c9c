"""Scan rules from round 15 (the held-out run on twelve more real repositories): each test
is one general rule, on a small tree of its own."""

from __future__ import annotations

from gcode.scan import scan
from gcode.scan.shell import commands as shell_commands
from scan_helpers import PY, commands, tree, workflow

GO = {"go.mod": "module example.com/x\n\ngo 1.22\n", "x.go": "package x\n"}
TASKS = '''from invoke import run, task


@task
def linters(c):
    """Run code linters"""
    run("ruff check tests x")
    run("ruff format --check --diff tests x")


@task
def linters_fix(c):
    run("ruff format tests x")


@task
def unit_tests(c, uvloop=False):
    c.run(f"pytest --uvloop={uvloop} tests")


@task(pre=[linters])
def all_tests(c):
    unit_tests(c)
'''


def test_invoke_tasks_are_read_from_tasks_py(tmp_path):
    """CI runs `invoke linters`: tasks.py says what it runs (`run(...)` / `c.run(...)`,
    the function's name with dashes), so it is a lint, and invoke a tool to have."""
    files = {**PY, "tasks.py": TASKS, ".github/workflows/ci.yml": workflow(
        "pip install -r dev_requirements.txt", "invoke linters", "invoke unit-tests")}
    facts = scan(tree(tmp_path, files))
    assert "invoke linters" in commands(facts, "lint_command")
    assert "invoke unit-tests" in commands(facts, "test_command")
    assert "invoke" in {f.tool for f in facts if f.kind == "env"}


def test_invoke_task_names_pre_tasks_and_calls():
    from pathlib import Path

    from gcode.scan.files import Repo
    from gcode.scan.invoke import invoke_table

    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        root = tree(Path(tmp), {"tasks.py": TASKS})
        tasks, _, rel = invoke_table(Repo(root), "")
    assert rel == "tasks.py" and set(tasks) == {"linters", "linters-fix", "unit-tests",
                                                "all-tests"}
    assert tasks["unit-tests"].lines == ["pytest --uvloop={...} tests"]
    assert tasks["all-tests"].lines == ["invoke linters", "invoke unit-tests"]


def test_a_script_called_with_its_install_flag_sets_up(tmp_path):
    """`make vetdeps` runs `./scripts/vet.sh -install`: the script's setup mode installs
    the checkers, it checks nothing; `make vet` (its plain run) stays the lint."""
    files = {**GO, "scripts/vet.sh": "#!/bin/bash\nif [[ \"$1\" = -install ]]; then\n"
             "  go install honnef.co/go/tools/cmd/staticcheck@latest\n  exit 0\nfi\n"
             "staticcheck ./...\ngo vet ./...\n",
             "Makefile": "vet: vetdeps\n\t./scripts/vet.sh\n\n"
                         "vetdeps:\n\t./scripts/vet.sh -install\n",
             ".github/workflows/ci.yml": workflow("make vet", "go test ./...")}
    found = commands(scan(tree(tmp_path, files)), "lint_command")
    assert "make vet" in found and "make vetdeps" not in found


def test_a_package_json_of_metadata_alone_is_no_node_project(tmp_path):
    """A package.json with a name, version and license only (a release tool's version
    record, a vendored suite's label), no lockfile: no npm to set up."""
    files = {**GO, "package.json": '{"name": "x", "version": "1.2.3", "license": "MIT"}',
             "suite/package.json": '{"name": "suite", "description": "tests"}'}
    tools = {f.tool for f in scan(tree(tmp_path, files)) if f.kind == "env"}
    assert "npm" not in tools and "go" in tools
    files["package.json"] = '{"name": "x", "devDependencies": {"prettier": "3"}}'
    tools = {f.tool for f in scan(tree(tmp_path / "b", files)) if f.kind == "env"}
    assert "npm" in tools


def test_oxfmt_checks_with_check_and_formats_without(tmp_path):
    files = {"package.json": '{"scripts": {"format": "oxfmt --check", "format:fix": "oxfmt"}}',
             "pnpm-lock.yaml": "", "src/index.ts": ""}
    facts = scan(tree(tmp_path, files))
    assert "pnpm run format" in commands(facts, "lint_command")
    assert "pnpm run format:fix" in commands(facts, "format_command")


def test_a_script_named_for_the_build_first_is_a_build_however_it_checks(tmp_path):
    """`build:check` (next build into another directory) builds; `check:build` or
    `verify-bundle` still build only to compare, a check."""
    files = {"package.json": '{"scripts": {"build:check": "next build", '
             '"check:build": "next build --debug"}}', "pnpm-lock.yaml": "", "src/index.ts": ""}
    facts = scan(tree(tmp_path, files))
    assert "pnpm run build:check" in commands(facts, "build_command")
    assert "pnpm run check:build" in commands(facts, "lint_command")


def test_a_test_named_package_or_exported_harness_is_not_a_test_dir(tmp_path):
    """`testing/` with a deno.json naming a package with exports is a library of the
    repository (@std/testing); `internal/testing/test/`, which internal's manifest exports
    (`./testing/test/mod.ts`), is a test harness. A `test/` with tests beside a utility the
    manifest exports stays a test directory."""
    files = {"deno.json": '{"workspace": ["testing", "internal", "command"]}',
             "testing/deno.json": '{"name": "@x/testing", "exports": "./mod.ts"}',
             "testing/mod.ts": "", "testing/snapshot_test.ts": "",
             "internal/deno.json": '{"name": "@x/internal", "exports": {"./testing/test": '
             '"./testing/test/mod.ts"}}', "internal/mod.ts": "",
             "internal/testing/test/mod.ts": "", "internal/testing/test/create_test.ts": "",
             "command/deno.json": '{"name": "@x/command", "exports": "./mod.ts"}',
             "command/mod.ts": "", "command/test/command_test.ts": "",
             "pkg/package.json": '{"name": "pkg", "exports": {"./test-utils": '
             '"./test/test-utils.ts"}}', "pkg/test/test-utils.ts": "",
             "pkg/test/a.test.ts": "", "pkg/src/index.ts": ""}
    facts = scan(tree(tmp_path, files))
    found = {p for f in facts if f.key.endswith("layout:tests") for p in f.paths}
    assert "testing" not in found and "internal/testing" not in found
    assert "internal/testing/test" not in found
    assert "command/test" in found and "pkg/test" in found


def test_a_process_substitution_is_kept_whole():
    """`shellcheck <(deno run x completions bash)`: the `)` belongs to the command; a
    subshell's parentheses and `x=$(cmd $(y))` still come off."""
    assert shell_commands("./shellcheck --shell bash <(deno run x.ts completions bash)") == [
        "./shellcheck --shell bash <(deno run x.ts completions bash)"]
    assert shell_commands("(cd ui && yarn lint)") == ["cd ui", "yarn lint"]
    assert shell_commands("(make test)") == ["make test"]
    assert shell_commands("x=$(foo $(bar))") == ["foo $(bar)"]
    assert shell_commands("A=$(B) yarn run x") == ["A=$(B) yarn run x"]


def test_past_the_cap_a_package_ci_tests_or_lints_still_gets_one(tmp_path):
    """Past the cap of CI commands per kind, a workspace package a root command selects
    (`pnpm --filter=worker run test`) gets its first test command, and a sub-project CI
    lints (python/, among many others) its first lint."""
    pkgs = {f"p{i}/package.json": f'{{"name": "p{i}", "scripts": {{"test": "vitest run", '
            '"lint": "eslint ."}}' for i in range(8)}
    runs = [f"pnpm --filter p{i} run test" for i in range(7)] + \
        ["pnpm --filter=worker run test:unit"]
    lints = ["npx eslint .", "npx stylelint '**/*.css'", "npx knip", "npx publint",
             "npx oxlint", "npx markdownlint ."]
    steps = "".join(f"      - run: {r}\n" for r in lints) + (
        "      - run: uv run ./scripts/lint.sh\n        working-directory: python\n")
    files = {"package.json": '{"private": true}', "pnpm-lock.yaml": "",
             "pnpm-workspace.yaml": "packages: ['p*', 'worker']\n", **pkgs,
             "worker/package.json": '{"name": "worker", "scripts": {"test:unit": '
             '"vitest run --exclude x"}}',
             "python/pyproject.toml": "[project]\nname = 'y'\n", "python/y/__init__.py": "",
             "python/uv.lock": "", "python/scripts/lint.sh": "#!/bin/bash\nruff check y\n",
             ".github/workflows/ci.yml": workflow(*runs, steps=steps)}
    facts = scan(tree(tmp_path, files))
    assert "pnpm --filter=worker run test:unit" in commands(facts, "test_command")
    assert "uv run ./scripts/lint.sh" in commands(facts, "lint_command")


def test_a_meson_project_builds_out_of_tree_unless_something_says_otherwise(tmp_path):
    """A meson.build declaring `project(...)` (a GNOME app, CI through a flatpak template)
    builds with `meson setup` + `meson compile`; meson-python's pyproject, or a
    subdirectory's meson.build, does not make it so."""
    files = {"meson.build": "project('music', version: '1.0')\nsubdir('src')\n",
             "src/meson.build": "install_data('x.py')\n", "src/x.py": ""}
    facts = scan(tree(tmp_path, files))
    assert commands(facts, "build_command") == {"meson setup build && meson compile -C build"}
    files = {**files, "pyproject.toml": "[build-system]\nbuild-backend = 'mesonpy'\n"
             "requires = ['meson-python']\n[project]\nname = 'music'\n"}
    facts = scan(tree(tmp_path / "b", files))
    assert "meson setup build && meson compile -C build" not in commands(facts, "build_command")
    facts = scan(tree(tmp_path / "c", {"src/meson.build": "install_data('x.py')\n"}))
    assert not commands(facts, "build_command")


def test_a_script_aliasing_another_is_offered_once(tmp_path):
    """`tc` and `typecheck` both run `turbo run typecheck`: the one CI calls is offered,
    else the longer name; scripts running different things both stay."""
    scripts = ('{"scripts": {"tc": "tsc --noEmit", "typecheck": "tsc --noEmit", '
               '"lint": "eslint .", "lint:all": "eslint . --max-warnings 0"}}')
    files = {"package.json": scripts, "pnpm-lock.yaml": "", "src/index.ts": ""}
    found = commands(scan(tree(tmp_path, files)), "lint_command")
    assert "pnpm run typecheck" in found and "pnpm run tc" not in found
    assert {"pnpm run lint", "pnpm run lint:all"} <= found
    files[".github/workflows/ci.yml"] = workflow("pnpm run tc")
    found = commands(scan(tree(tmp_path / "b", files)), "lint_command")
    assert "pnpm run tc" in found and "pnpm run typecheck" not in found


def test_a_repository_copied_in_whole_is_no_sub_project(tmp_path):
    """`json/` with its own .github/ and licence is another repository (a git subtree of
    a test suite): its tox.ini and package.json are that project's, unless CI enters it."""
    suite = {"json/.github/workflows/ci.yml": workflow("tox"), "json/LICENSE": "MIT",
             "json/tox.ini": "[tox]\nenvlist = sanity\n[testenv:sanity]\ncommands = pytest\n",
             "json/package.json": '{"name": "suite", "devDependencies": {"x": "1"}}'}
    files = {**PY, "noxfile.py": "import nox\n", **suite}
    tools = {f.tool for f in scan(tree(tmp_path, files)) if f.kind == "env"}
    assert "tox" not in tools and "npm" not in tools and "nox" in tools
    files[".github/workflows/ci.yml"] = workflow("cd json && tox -e sanity")
    tools = {f.tool for f in scan(tree(tmp_path / "b", files)) if f.kind == "env"}
    assert "tox" in tools


def test_gofmt_writing_files_formats_even_when_it_lists_them(tmp_path):
    """`make fmt: gofmt -w -l .` rewrites (and lists what it rewrote): a format;
    `gofmt -l .` alone is the check."""
    files = {**GO, "Makefile": "fmt:\n\t@gofmt -w -l .\n\n"
                               "fmt-check:\n\t@test -z \"$$(gofmt -l .)\"\n"}
    facts = scan(tree(tmp_path, files))
    assert "make fmt" in commands(facts, "format_command")
    assert "make fmt" not in commands(facts, "lint_command")


def test_a_bundle_analysis_build_is_no_build(tmp_path):
    """`analyze: BUNDLE_ANALYZER=on webpack` (or `ANALYZE=true next build`) builds to
    inspect the bundle: not the project's build."""
    files = {"package.json": '{"scripts": {"build": "webpack", "analyze": "BUNDLE_ANALYZER=on '
             'webpack", "analyze:next": "ANALYZE=true next build"}}', "pnpm-lock.yaml": "",
             "src/index.ts": ""}
    found = commands(scan(tree(tmp_path, files)), "build_command")
    assert "pnpm run build" in found and not {"pnpm run analyze", "pnpm run analyze:next"} & found


def test_a_script_two_others_call_with_options_is_a_building_block(tmp_path):
    """`lint:base` (eslint with a config) is called by `lint` and `lint:fix` with the files
    and flags to use: not a task by itself. A script one other calls with a flag (`lint`
    beside `lint:fix: pnpm run lint --fix`) or a test script others wrap stays."""
    scripts = {"lint": "pnpm run lint:base --ext .ts ./client",
               "lint:fix": "pnpm run lint:base --fix --ext .ts ./client",
               "lint:base": "eslint --config ./client/.eslintrc.js",
               "typecheck": "tsc --noEmit", "typecheck:fix": "pnpm run typecheck --pretty",
               "test:e2e": "jest --config e2e.json",
               "test:e2e:docker": "docker compose run app npm run test:e2e -- --runInBand",
               "test:e2e:watch": "npm run test:e2e -- --watchAll"}
    import json
    files = {"package.json": json.dumps({"scripts": scripts}), "pnpm-lock.yaml": "",
             "src/index.ts": ""}
    facts = scan(tree(tmp_path, files))
    lint = commands(facts, "lint_command")
    assert "pnpm run lint" in lint and "pnpm run lint:base" not in lint
    assert "pnpm run typecheck" in lint
    assert "pnpm run test:e2e" in commands(facts, "test_command")


def test_an_env_key_entry_may_list_alternatives():
    """The answer key's env entries, like its commands, may list alternatives: a CI that
    installs with pip in some jobs and `uv pip install` in its test job is right with
    either; each named tool is accepted, the entry counts once."""
    from gcode.scan import Fact
    from scan_key import score

    facts = [Fact("env:uv", "env", "uv", [], None, "x", "", tool="uv")]
    result = score(facts, {"env": [["pip", "uv"], "docker"], "env_ok": []})["env"]
    assert (result.hits, result.wanted, result.right, result.found) == (1, 2, 1, 1)
    assert result.misses == ["docker"]


def test_deno_tasks_ci_never_calls_are_dropped_like_npm_scripts(tmp_path):
    """CI tests through deno tasks (`deno task coverage:deno`): the test tasks it never
    calls (`test:all`, an umbrella over node and deno runs) are not offered; `deno task
    test`, the entry point, stays; CI testing nothing leaves them all."""
    deno = ('{"tasks": {"test": "deno test -A", "test:all": "deno task test && deno task '
            'test:node", "test:node": "pnpm tsx --test", "coverage:deno": "deno test -A '
            '--coverage=cov"}}')
    files = {"deno.json": deno, "mod.ts": "", ".github/workflows/ci.yml": workflow(
        "deno task coverage:deno")}
    found = commands(scan(tree(tmp_path, files)), "test_command")
    assert "deno task coverage:deno" in found and "deno task test" in found
    assert "deno task test:all" not in found and "deno task test:node" not in found
    files[".github/workflows/ci.yml"] = workflow("deno lint")
    found = commands(scan(tree(tmp_path / "b", files)), "test_command")
    assert "deno task test:all" in found


def test_a_docker_build_that_prints_its_definition_builds_nothing(tmp_path):
    """`docker compose build --print > bake.json` writes the bake file the next step
    builds from: not a build; `docker buildx bake -f bake.json` is."""
    files = {**PY, "docker-compose.yml": "services:\n  app:\n    build: .\n",
             ".github/workflows/ci.yml": workflow(
                 'docker compose -f "$FILE" build --print > /tmp/bake.json',
                 "docker buildx build -t app .", "pytest")}
    found = commands(scan(tree(tmp_path, files)), "build_command")
    assert "docker buildx build -t app ." in found
    assert not any("--print" in c for c in found)


def test_a_tool_pinned_by_version_in_its_name_is_that_tool(tmp_path):
    """bingo installs tools as `$(GOBIN)/buf-v1.55.1`: the program is buf (`buf lint` a
    lint, `buf format -w` a format, `buf generate` no build)."""
    from gcode.scan.programs import base

    assert base("/bin/buf-v1.55.1") == "buf" and base("golangci-lint") == "golangci-lint"
    files = {**GO, "Makefile": "BUF = /bin/buf-v1.55.1\nproto-lint:\n\t$(BUF) lint\n\n"
             "proto-gen:\n\t$(BUF) generate\n\nproto-fmt:\n\t$(BUF) format -w\n"}
    facts = scan(tree(tmp_path, files))
    assert "make proto-lint" in commands(facts, "lint_command")
    assert "make proto-gen" not in commands(facts, "build_command")
    assert "make proto-fmt" in commands(facts, "format_command")


def test_make_targets_named_by_a_substitution_are_read_by_their_pattern(tmp_path):
    """`$(MAKE) $(MODULES:%=lint_module_%)` runs one lint per module: not the default
    goal (`all: fmt lint test`), so `make lint` runs no tests."""
    makefile = ("MODULES ?= a b\n\nall: lint test\n\ntest:\n\tgo test ./...\n\n"
                "lint:\n\t$(MAKE) $(MODULES:%=lint_module_%)\n\n"
                "lint_module_%:\n\tcd $* && go vet ./...\n")
    facts = scan(tree(tmp_path, {**GO, "Makefile": makefile}))
    assert "make lint" in commands(facts, "lint_command")
    assert "make lint" not in commands(facts, "test_command")


def test_a_script_named_for_testing_builds_only_what_its_tests_run(tmp_path):
    """`ci/test-remote.sh` runs `cargo build`, then the built binary through a variable
    (`"${CROSS}" run`): it builds for its tests, it is not the project's build."""
    script = ('#!/bin/bash\nset -e\ncargo build\nCROSS=target/debug/cross\n'
              '"${CROSS}" run --target x\n')
    files = {"Cargo.toml": "[package]\nname = 'x'\nversion = '0.1.0'\n", "src/lib.rs": "",
             "ci/test-remote.sh": script,
             "ci/build-release.sh": "#!/bin/bash\ncargo build --release\n",
             ".github/workflows/ci.yml": workflow("./ci/test-remote.sh", "./ci/build-release.sh")}
    found = commands(scan(tree(tmp_path, files)), "build_command")
    assert "./ci/test-remote.sh" not in found and "./ci/build-release.sh" in found


def test_a_root_test_fanning_out_is_dropped_where_ci_tests_package_by_package(tmp_path):
    """The root's `test` is `turbo run test`, but CI tests each package on its own
    (`pnpm --filter web run test`, `pnpm --filter=worker run test:unit`): those are
    offered, not the fan-out. Where CI runs any test at the root, it stays."""
    files = {"package.json": '{"private": true, "scripts": {"test": "turbo run test"}}',
             "pnpm-lock.yaml": "", "pnpm-workspace.yaml": "packages: ['web', 'worker']\n",
             "web/package.json": '{"name": "web", "scripts": {"test": "vitest run"}}',
             "worker/package.json": '{"name": "worker", "scripts": {"test:unit": "vitest run"}}',
             ".github/workflows/ci.yml": workflow("pnpm --filter web run test",
                                                  "pnpm --filter=worker run test:unit")}
    found = commands(scan(tree(tmp_path, files)), "test_command")
    assert "pnpm --filter web run test" in found and "pnpm test" not in found
    files[".github/workflows/ci.yml"] = workflow("pnpm --filter web run test", "pnpm test")
    assert "pnpm test" in commands(scan(tree(tmp_path / "b", files)), "test_command")
