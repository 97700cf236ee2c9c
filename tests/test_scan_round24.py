"""Scan rules from round 24's first run on held-out real repositories: each test is one
general rule, on a small tree of its own."""

from __future__ import annotations

from gcode.scan import scan
from scan_helpers import commands, paths, tree, workflow


def _tools(facts):
    return {f.tool for f in facts if f.kind == "env"}


def test_cargo_workspace_members_written_with_dot_slash_are_the_members(tmp_path):
    files = {"Cargo.toml": '[workspace]\nmembers = ["./crates/core", "./tool"]\n',
             "crates/core/Cargo.toml": '[package]\nname = "core"\n',
             "crates/core/src/lib.rs": "", "crates/core/tests/it.rs": "",
             "tool/Cargo.toml": '[package]\nname = "tool"\n', "tool/src/main.rs": ""}
    facts = scan(tree(tmp_path, files))
    roots = paths(facts, "layout:source")
    assert not [r for r in roots if r.startswith("./")]
    assert "tool" in roots or "tool/src" in roots
    assert not [f for f in facts if f.cwd == "tool"]  # a member: the root's commands cover it


def test_deno_task_runs_package_json_scripts_when_there_is_no_deno_json(tmp_path):
    files = {"package.json": '{"scripts": {"test-all": "cargo test && pnpm test-wasm",'
                             ' "test-wasm": "vitest run"}}',
             "pnpm-lock.yaml": "", "Cargo.toml": '[package]\nname = "x"\n', "src/lib.rs": "",
             ".github/workflows/ci.yml": workflow(
                 "GITHUB_TOKEN=${{ secrets.GITHUB_TOKEN }} deno task test-all")}
    facts = scan(tree(tmp_path, files))
    assert "deno task test-all" in commands(facts, "test_command")
    assert "deno" in _tools(facts)


def test_a_task_runner_ci_drives_only_in_a_sub_directory_is_not_the_roots_tool(tmp_path):
    files = {"pyproject.toml": "[project]\nname = 'x'\n", "x/__init__.py": "",
             "tests/test_x.py": "", "src/test-deno/deno.json": '{"tasks": {"test": "deno test"}}',
             ".github/workflows/ci.yml": workflow("pip install -e .", "pytest",
                                                  "cd src/test-deno && deno task test")}
    facts = scan(tree(tmp_path, files))
    assert "deno" not in {f.tool for f in facts if f.kind == "env" and f.cwd == ""}


def test_a_task_named_for_fixing_lint_findings_is_no_lint(tmp_path):
    files = {"go.mod": "module x\n\ngo 1.22\n", "main.go": "package main\n", "Makefile": (
        "fix = false\nifeq (true,$(fix))\n\tFIX = --fix\nendif\n"
        "lint-go:\n\tgolangci-lint run $(FIX)\nlint-md:\n\tnpx markdownlint . $(FIX)\n"
        "lint: lint-go\nlint-fix: lint-md lint-go\nfix:\n\tmake lint-fix fix=true\n")}
    facts = scan(tree(tmp_path, files))
    assert "make lint" in commands(facts, "lint_command")
    assert "make lint-fix" not in commands(facts, "lint_command")
    assert "make fix" not in commands(facts, "lint_command")


def test_a_format_script_ci_runs_with_check_is_a_lint(tmp_path):
    files = {"package.json": '{"scripts": {"format": "prettier src --write --no-semi",'
                             ' "test": "vitest"}, "packageManager": "pnpm@10.0.0"}',
             "pnpm-lock.yaml": "", "src/index.ts": "",
             ".github/workflows/ci.yml": workflow("pnpm install", "pnpm run format --check",
                                                  "pnpm run test")}
    facts = scan(tree(tmp_path, files))
    assert "pnpm run format --check" in commands(facts, "lint_command")
    assert "pnpm run format --check" not in commands(facts, "format_command")


def test_a_workspace_glob_ending_in_double_star_takes_the_packages_below(tmp_path):
    files = {"package.json": '{"scripts": {"test:eslint": "nx affected --target=test:eslint",'
                             ' "test": "nx affected --target=test:lib"}}',
             "pnpm-lock.yaml": "", "pnpm-workspace.yaml": "packages:\n  - packages/**\n",
             "packages/core/package.json": '{"scripts": {"test:eslint": "eslint ./src",'
                                           ' "test:lib": "vitest"}}',
             "packages/core/src/index.ts": "",
             ".github/workflows/ci.yml": workflow("pnpm install", "pnpm test")}
    facts = scan(tree(tmp_path, files))
    assert "pnpm run test:eslint" in commands(facts, "lint_command")
    assert "pnpm run test:eslint" not in commands(facts, "test_command")


def test_a_ci_lint_task_whose_linter_fixes_offers_the_check_without_fix(tmp_path):
    files = {"pyproject.toml": "[project]\nname = 'x'\n[tool.ruff]\n", "x/__init__.py": "",
             "Makefile": "lint:\n\truff check . --fix\ntest:\n\tpytest\n",
             ".github/workflows/ci.yml": workflow("pip install -e .", "make lint", "make test")}
    facts = scan(tree(tmp_path, files))
    assert "ruff check ." in commands(facts, "lint_command")
    assert "make lint" not in commands(facts, "lint_command")
    note = next(f.content for f in facts if f.command == "ruff check .")
    assert "`make lint` runs it with --fix" in note


def test_a_crates_src_test_module_its_lib_exports_is_api_not_tests(tmp_path):
    files = {"Cargo.toml": '[workspace]\nmembers = ["web", "core"]\n',
             "web/Cargo.toml": '[package]\nname = "web"\n', "web/src/lib.rs": "pub mod test;\n",
             "web/src/test/mod.rs": "", "web/src/test/request.rs": "", "web/tests/it.rs": "",
             "core/Cargo.toml": '[package]\nname = "core"\n',
             "core/src/lib.rs": "#[cfg(test)]\nmod test;\n", "core/src/test/mod.rs": ""}
    found = paths(scan(tree(tmp_path, files)), "layout:tests")
    assert "web/src/test" not in found
    assert "web/tests" in found
    assert "core/src/test" in found  # a private test module: the crate's tests


def test_a_crate_left_out_of_the_roots_workspace_is_no_sub_project(tmp_path):
    files = {"Cargo.toml": '[workspace]\nmembers = ["web"]\n',
             "web/Cargo.toml": '[package]\nname = "web"\n', "web/src/lib.rs": "",
             "old-actors/Cargo.toml": '[package]\nname = "old-actors"\n',
             "old-actors/src/lib.rs": "", "old-actors/tests/it.rs": ""}
    facts = scan(tree(tmp_path, files))
    assert not [f for f in facts if f.cwd == "old-actors"]
    # excluded from the workspace, it builds on its own: a sub-project still
    (tmp_path / "Cargo.toml").write_text(
        '[workspace]\nmembers = ["web"]\nexclude = ["old-actors"]\n')
    assert [f for f in scan(tmp_path) if f.cwd == "old-actors"]


def test_pnpm_running_a_test_runner_no_script_names_runs_the_binary(tmp_path):
    files = {"package.json": '{"scripts": {"lint": "oxlint ."}, "packageManager": "pnpm@10.0.0"}',
             "pnpm-lock.yaml": "", "src/index.ts": "", "test/a.test.ts": "",
             ".github/workflows/ci.yml": workflow("pnpm install", "pnpm vitest --coverage",
                                                  "pnpm lint")}
    facts = scan(tree(tmp_path, files))
    assert "pnpm vitest --coverage" in commands(facts, "test_command")


def test_ci_testing_with_django_admin_looked_up_by_which_is_no_pytest(tmp_path):
    files = {"pyproject.toml": "[project]\nname = 'x'\n[tool.pytest.ini_options]\n"
                               "DJANGO_SETTINGS_MODULE = 'tests.settings'\n",
             "django_x/__init__.py": "", "tests/__init__.py": "", "tests/test_a.py": "",
             ".github/workflows/ci.yml": workflow("pip install django", steps=(
                 "      - run: |\n"
                 "          `which django-admin` test tests --settings=tests.settings\n"))}
    facts = scan(tree(tmp_path, files))
    assert "`which django-admin` test tests --settings=tests.settings" in commands(
        facts, "test_command")
    assert "pytest" not in commands(facts, "test_command")


def test_make_test_variants_are_not_offered_where_ci_tests_through_tox(tmp_path):
    files = {"pyproject.toml": "[project]\nname = 'x'\n[tool.tox]\nenv_list = ['py312']\n"
                               "[tool.tox.env_run_base]\ncommands = [['pytest']]\n",
             "x/__init__.py": "", "tests/test_a.py": "",
             "Makefile": "test:\n\tpytest\ntest-in-docker:\n\tdocker compose run app pytest\n",
             ".github/workflows/ci.yml": workflow(
                 "uv run tox run -e ${{ steps.env.outputs.name }}", job="tests")}
    facts = scan(tree(tmp_path, files))
    found = commands(facts, "test_command")
    assert "make test-in-docker" not in found
    assert "make test" in found  # the runner's plain test task stays
