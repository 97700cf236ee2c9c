"""Scan rules from round 30's first run on held-out real repositories: each test is one
general rule, on a small tree of its own."""

from __future__ import annotations

from gcode.scan import scan
from scan_helpers import PY, commands, paths, tree, workflow

RUST = {"Cargo.toml": "[package]\nname = 'x'\nversion = '0.1.0'\n", "src/lib.rs": ""}


def test_a_toolchain_named_by_a_setup_steps_output_is_the_default_one(tmp_path):
    toolchain = "cargo +${{ steps.toolchain.outputs.name }}"
    files = {**RUST, ".github/workflows/ci.yml": workflow(
        f"{toolchain} test --features x", f"{toolchain} clippy --all-features",
        f"{toolchain} build --all-features")}
    facts = scan(tree(tmp_path, files))
    assert "cargo test --features x" in commands(facts, "test_command")
    assert "cargo clippy --all-features" in commands(facts, "lint_command")
    assert "cargo build --all-features" in commands(facts, "build_command")
    assert not any("${{" in (c or "") for f in facts for c in [f.command])


def test_a_matrix_of_turbo_tasks_is_one_command_per_task(tmp_path):
    pkg = ('{"name": "a", "scripts": {"build": "tsc --outDir dist", '
           '"lint": "eslint .", "test": "vitest run"}}')
    steps = ("    strategy:\n      matrix:\n        task: [lint, build]\n")
    ci = workflow("npx turbo run ${{ matrix.task }}").replace("    steps:\n", steps +
                                                                "    steps:\n")
    files = {"package.json": '{"name": "root", "workspaces": ["packages/*"]}',
             "packages/a/package.json": pkg, "packages/a/src/index.ts": "",
             ".github/workflows/ci.yml": ci}
    facts = scan(tree(tmp_path, files))
    assert "npx turbo run lint" in commands(facts, "lint_command")
    assert "npx turbo run build" in commands(facts, "build_command")


def test_a_monorepo_build_where_one_package_only_type_checks_is_a_build(tmp_path):
    files = {"package.json": '{"name": "root", "workspaces": ["packages/*"]}',
             "packages/a/package.json": '{"name": "a", "scripts": {"build": "tsc --outDir dist"}}',
             "packages/a/src/index.ts": "",
             "packages/b/package.json": '{"name": "b", "scripts": {"build": "tsc --noEmit"}}',
             "packages/b/src/index.ts": "",
             ".github/workflows/ci.yml": workflow("npx turbo run build")}
    facts = scan(tree(tmp_path, files))
    assert "npx turbo run build" in commands(facts, "build_command")
    assert "npx turbo run build" not in commands(facts, "lint_command")


def test_a_script_type_checking_before_the_tool_it_runs_is_no_lint(tmp_path):
    pkg = ('{"name": "a", "scripts": {"conformance": "tsc --noEmit && connectconformance '
           '--mode server -- tsx ./conformance/server.ts"}}')
    files = {"package.json": pkg, "src/index.ts": "",
             ".github/workflows/ci.yml": workflow("npm run conformance")}
    facts = scan(tree(tmp_path, files))
    assert "npm run conformance" not in commands(facts, "lint_command")


def test_a_size_report_named_for_the_bundle_is_no_build(tmp_path):
    files = {"package.json": '{"name": "root", "workspaces": ["packages/*"]}',
             "packages/bench/package.json": '{"name": "b", "scripts": {"bundle-size": '
                                            '"tsx src/report.ts"}}',
             "packages/bench/src/report.ts": "",
             ".github/workflows/ci.yml": workflow("npx turbo run bundle-size")}
    facts = scan(tree(tmp_path, files))
    assert "npx turbo run bundle-size" not in commands(facts, "build_command")


def test_ruff_actions_args_replace_its_default_check(tmp_path):
    steps = ("      - uses: chartboost/ruff-action@v1\n        with:\n"
             "          args: 'format --check'\n")
    files = {**PY, ".github/workflows/ci.yml": workflow("pytest", steps=steps)}
    facts = scan(tree(tmp_path, files))
    assert "ruff format --check" in commands(facts, "lint_command")
    assert "ruff check format --check" not in commands(facts, "lint_command")


def test_a_go_work_module_of_tests_alone_is_a_test_dir(tmp_path):
    files = {"go.mod": "module example.org/x\n\ngo 1.24\n", "x.go": "package x\n",
             "go.work": "go 1.24\n\nuse (\n\t.\n\t./dbtests\n\t./cmd/tool\n)\n",
             "dbtests/go.mod": "module example.org/x/dbtests\n", "dbtests/pg_test.go": "",
             "cmd/tool/go.mod": "module example.org/x/cmd/tool\n", "cmd/tool/main.go": ""}
    facts = scan(tree(tmp_path, files))
    assert "dbtests" not in paths(facts, "layout:source")
    assert "dbtests" in paths(facts, "layout:tests")
    assert "cmd/tool" in paths(facts, "layout:source") or "cmd" in paths(facts, "layout:source")


def test_a_makefile_catch_all_handing_targets_to_task_runs_that_task(tmp_path):
    makefile = ("TASK = .tool/task\n\n$(TASK):\n\tcurl -sSfL x | sh\n\n"
                "%:\n\t@make --silent $(TASK)\n\t@$(TASK) $@\n")
    taskfile = ("version: '3'\nvars:\n  TOOL_DIR: .tool\n"
                "  LINTER: \"{{ .TOOL_DIR }}/golangci-lint\"\n"
                "tasks:\n  static-analysis:\n    cmds:\n      - task: lint\n"
                "  lint:\n    cmds:\n      - \"{{ .LINTER }} run\"\n"
                "  unit:\n    cmds:\n      - go test ./...\n")
    files = {"go.mod": "module example.org/x\n\ngo 1.24\n", "x.go": "package x\n",
             "Makefile": makefile, "Taskfile.yaml": taskfile,
             ".github/workflows/ci.yml": workflow("make static-analysis", "make unit")}
    facts = scan(tree(tmp_path, files))
    assert "make static-analysis" in commands(facts, "lint_command")
    assert "make unit" in commands(facts, "test_command")


def test_a_catch_all_running_a_program_of_its_own_leaves_the_name_to_decide(tmp_path):
    files = {"go.mod": "module example.org/x\n\ngo 1.24\n", "x.go": "package x\n",
             "Makefile": "%:\n\t@go run -C .make . $@\n",
             ".github/workflows/ci.yml": workflow("make unit")}
    facts = scan(tree(tmp_path, files))
    assert "make unit" in commands(facts, "test_command")


def test_a_packages_test_helpers_for_its_users_are_no_test_dir(tmp_path):
    files = {**PY, "x/test/__init__.py": "", "x/test/pytest.py": "", "x/test/unittest.py": "",
             "x/tests/__init__.py": "", "x/tests/test_x.py": ""}
    facts = scan(tree(tmp_path, files))
    assert "x/test" not in paths(facts, "layout:tests")
    assert "x/tests" in paths(facts, "layout:tests")


def test_a_goreleaser_snapshot_builds_and_a_release_publishes(tmp_path):
    makefile = ("snapshot:\n\tgoreleaser release --clean --snapshot --skip=publish\n"
                "release:\n\tgoreleaser release --clean\n")
    files = {"go.mod": "module example.org/x\n\ngo 1.24\n", "x.go": "package x\n",
             "Makefile": makefile, ".github/workflows/ci.yml": workflow("make snapshot")}
    facts = scan(tree(tmp_path, files))
    assert "make snapshot" in commands(facts, "build_command")
    assert "make release" not in commands(facts, "build_command")
