"""Scan rules from round 29's first run on held-out real repositories: each test is one
general rule, on a small tree of its own."""

from __future__ import annotations

from gcode.scan import scan
from scan_helpers import PY, commands, tree, workflow


def _env(facts):
    return {f.tool for f in facts if f.kind == "env"}


def test_a_make_variable_set_to_the_program_found_on_path_runs_that_program(tmp_path):
    files = {**PY, "uv.lock": "", "Makefile": (
        "UV := $(shell command -v uv 2> /dev/null)\n"
        "lint:\n\t$(UV) run ruff check x\n\ndist:\n\t$(UV) build\n"),
        ".github/workflows/ci.yml": workflow("make dist", "make lint", job="lint")}
    facts = scan(tree(tmp_path, files))
    assert "make lint" in commands(facts, "lint_command")
    assert "make dist" in commands(facts, "build_command")


def test_a_tox_ini_ci_never_calls_is_no_test_command_where_ci_tests_through_make(tmp_path):
    files = {**PY, "tox.ini": "[tox]\nenvlist = py312\n[testenv]\ncommands = poetry run pytest\n",
             "Makefile": "test:\n\tuv run pytest tests\n", "tests/test_x.py": "",
             ".github/workflows/ci.yml": workflow("make test")}
    facts = scan(tree(tmp_path, files))
    assert "make test" in commands(facts, "test_command")
    assert "tox" not in commands(facts, "test_command")
    # a make target that runs tox keeps it
    (tmp_path / "Makefile").write_text("test:\n\ttox\n")
    assert "tox" in commands(scan(tmp_path), "test_command")


def test_a_service_container_is_named_by_its_label_when_its_image_says_nothing(tmp_path):
    steps = "      - run: pytest\n"
    ci = ("on: [push, pull_request]\njobs:\n  test:\n    runs-on: x\n"
          "    strategy:\n      matrix:\n        include:\n          - mysql_image: mysql:8.4\n"
          "    services:\n      mysql:\n        image: ${{ matrix.mysql_image }}\n"
          "      postgres:\n        image: ghcr.io/org/docker:postgres-17-postgis\n"
          "      mssql:\n        image: mcr.microsoft.com/mssql/server:2025-latest\n"
          "      app:\n        image: ghcr.io/org/app:latest\n"
          f"    steps:\n{steps}")
    facts = scan(tree(tmp_path, {**PY, ".github/workflows/ci.yml": ci}))
    assert {"mysql", "postgres", "mssql"} <= _env(facts)
    assert "app" not in _env(facts)


def test_nix_and_rye_setup_actions_are_environment_tools(tmp_path):
    steps = ("      - uses: cachix/install-nix-action@v31\n"
             "      - uses: eifinger/setup-rye@v2\n")
    facts = scan(tree(tmp_path, {**PY, ".github/workflows/ci.yml": workflow(
        "nix flake check", steps=steps)}))
    assert {"nix", "rye"} <= _env(facts)


def test_a_make_call_naming_several_targets_runs_each_of_them(tmp_path):
    files = {"go.mod": "module x\n\ngo 1.24\n", "main.go": "package main\n", "GNUmakefile": (
        "build:\n\tgo build .\n\ntest-stdlib: build\n\t./test/stdlib.bash\n\n"
        "test-bash:\n\tbash ./test/direnv-test.bash\n"),
        "test/stdlib.bash": "", "test/direnv-test.bash": "",
        ".github/workflows/ci.yml": workflow("go test ./...", "make test-stdlib test-bash")}
    facts = scan(tree(tmp_path, files))
    assert "make test-stdlib test-bash" in commands(facts, "test_command")


def test_nx_with_several_targets_runs_each_target_script(tmp_path):
    pkg = '{"name": "a", "scripts": {"lint": "eslint src", "test": "vitest run", ' \
          '"build": "tsc -p tsconfig.build.json"}}'
    files = {"package.json": '{"name": "root", "private": true, "workspaces": ["libs/*"]}',
             "pnpm-lock.yaml": "", "pnpm-workspace.yaml": "packages:\n  - libs/*\n",
             "nx.json": "{}", "libs/a/package.json": pkg, "libs/a/src/index.ts": "",
             ".github/workflows/ci.yml": workflow("pnpm nx affected -t lint,test,build")}
    facts = scan(tree(tmp_path, files))
    assert "pnpm nx affected -t lint,test,build" in commands(facts, "test_command")


def test_a_project_tools_own_lint_subcommand_lints(tmp_path):
    files = {**PY, ".github/workflows/ci.yml": workflow("rye lint", "rye fmt --check",
                                                        job="lint")}
    facts = scan(tree(tmp_path, files))
    assert {"rye lint", "rye fmt --check"} <= commands(facts, "lint_command")


def test_a_suite_script_in_the_test_directory_is_a_test_and_others_are_not(tmp_path):
    from gcode.scan.tasknames import script_kind
    assert script_kind("./test/direnv-test.bash") == "test"
    assert script_kind("tests/api_tests.sh") == "test"
    assert script_kind("./scripts/release-test.sh") is None  # not in a test directory
    assert script_kind("./test/setup.sh") is None


def test_a_build_tsconfig_that_turns_emit_back_on_builds(tmp_path):
    files = {"package.json": '{"name": "x", "scripts": {"build": "tsc -p tsconfig.build.json", '
                             '"typecheck": "tsc"}}', "package-lock.json": "",
             "tsconfig.json": '{"compilerOptions": {"noEmit": true, "strict": true}}',
             "tsconfig.build.json": '{"extends": "./tsconfig.json", '
                                    '"compilerOptions": {"noEmit": false}}', "src/index.ts": ""}
    facts = scan(tree(tmp_path, files))
    assert "npm run build" in commands(facts, "build_command")
    assert "npm run typecheck" in commands(facts, "lint_command")


def test_a_minimal_versions_build_checks_dependency_bounds(tmp_path):
    files = {"Cargo.toml": "[package]\nname = 'x'\nversion = '0.1.0'\n", "src/lib.rs": "",
             "ci/dependencies.sh": "#!/bin/bash\ncargo tree\n"
                                   "cargo minimal-versions build --workspace --all-features\n",
             ".github/workflows/ci.yml": workflow("ci/dependencies.sh", job="deps")}
    facts = scan(tree(tmp_path, files))
    assert "ci/dependencies.sh" in commands(facts, "lint_command")
    assert "ci/dependencies.sh" not in commands(facts, "build_command")


def test_an_example_apps_tests_are_not_the_projects(tmp_path):
    files = {"package.json": '{"name": "root", "private": true, "workspaces": ["libs/*"]}',
             "package-lock.json": "", "libs/core/package.json": '{"name": "core"}',
             "libs/core/src/index.ts": "", "libs/core/src/index.spec.ts": "",
             "apps/example-express/package.json": '{"name": "ex"}',
             "apps/example-express/src/main.ts": "",
             "apps/example-express/src/tests/app.spec.ts": "",
             "apps/example-next/package.json": '{"name": "ex2"}',
             "apps/example-next/tests/app.spec.ts": ""}
    facts = scan(tree(tmp_path, files))
    shown = [p for f in facts if f.key.endswith("layout:tests") for p in f.paths]
    assert not any("example" in p for p in shown)


def _two_modules(ci: str) -> dict[str, str]:
    return {"v3/go.mod": "module x/v3\n\ngo 1.24\n", "v3/main.go": "package main\n",
            "v2/go.mod": "module x/v2\n\ngo 1.24\n", "v2/main.go": "package main\n",
            "v2/.golangci.yml": "linters:\n  enable: [govet]\n",
            "v2/Taskfile.yaml": "version: '3'\ntasks:\n  lint:\n    cmds:\n"
                                "      - golangci-lint run ./...\n",
            ".github/workflows/ci.yml": ci}


def test_a_sub_project_ci_tests_but_never_lints_offers_no_lint_where_ci_lints_elsewhere(
        tmp_path):
    ci = ("on: [push, pull_request]\njobs:\n  test:\n    runs-on: x\n    steps:\n"
          "      - run: go test ./...\n        working-directory: v2\n"
          "      - run: go test ./...\n        working-directory: v3\n"
          "      - run: go vet ./...\n        working-directory: v3\n")
    facts = scan(tree(tmp_path, _two_modules(ci)))
    assert not any(f.cwd == "v2" for f in facts if f.kind == "lint_command")
    assert "go vet ./..." in commands(facts, "lint_command")
    assert any(f.cwd == "v2" for f in facts if f.kind == "build_command")  # CI builds nowhere
    build = ci + "      - run: go build -o app .\n        working-directory: v3\n"
    facts = scan(tree(tmp_path, _two_modules(build)))
    assert not any(f.cwd == "v2" for f in facts if f.kind == "build_command")


def test_sub_project_lints_stay_where_ci_chooses_its_directories_by_expression(tmp_path):
    ci = ("on: [push, pull_request]\njobs:\n  test:\n    runs-on: x\n    strategy:\n"
          "      matrix:\n        dir: [v2, v3]\n    steps:\n"
          "      - run: go test ./...\n        working-directory: v2\n"
          "      - run: go vet ./...\n        working-directory: v3\n"
          "      - uses: golangci/golangci-lint-action@v9\n        with:\n"
          "          working-directory: ${{ matrix.dir }}\n")
    facts = scan(tree(tmp_path, _two_modules(ci)))
    assert any(f.cwd == "v2" for f in facts if f.kind == "lint_command")


def test_a_test_directory_of_shell_suites_named_as_tests_is_a_test_directory(tmp_path):
    files = {"go.mod": "module x\n\ngo 1.24\n", "main.go": "package main\n",
             "test/direnv-test.bash": "", "test/stdlib.bash": "", "test/config/x.toml": ""}
    facts = scan(tree(tmp_path, files))
    shown = [p for f in facts if f.key.endswith("layout:tests") for p in f.paths]
    assert "test" in shown
