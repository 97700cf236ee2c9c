"""Scan rules from round 31's first run on held-out real repositories: each test is one
general rule, on a small tree of its own."""

from __future__ import annotations

from gcode.scan import scan
from scan_helpers import commands, tree, workflow

RUST = {"Cargo.toml": "[package]\nname = 'x'\nversion = '0.1.0'\n", "src/main.rs": ""}
GO = {"go.mod": "module example.com/x\n\ngo 1.22\n", "main.go": ""}


def _kinds(facts, command):
    return {f.kind for f in facts if f.command == command}


def test_a_binary_cargo_built_is_no_tool_of_the_same_name(tmp_path):
    """`./target/debug/lychee --generate ...` runs the project's own binary (a smoke check
    of what it built), not the link checker CI would install: no lint."""
    run = "./target/debug/lychee --generate complete-bash > /dev/null"
    files = {**RUST, ".github/workflows/ci.yml": workflow("cargo test", run),
             "Makefile": "completions:\n\tcargo build --release\n"
                         "\ttarget/release/lychee --generate complete-zsh > x/_lychee\n"}
    facts = scan(tree(tmp_path, files))
    assert run not in commands(facts, "lint_command")
    assert "make completions" not in commands(facts, "lint_command")
    assert "cargo test" in commands(facts, "test_command")


def test_a_tool_run_from_its_install_path_keeps_its_kind(tmp_path):
    files = {**RUST, ".github/workflows/ci.yml": workflow("cargo test", "./bin/lychee .")}
    facts = scan(tree(tmp_path, files))
    assert "./bin/lychee ." in commands(facts, "lint_command")


def test_a_project_script_in_check_mode_is_a_lint_not_a_build(tmp_path):
    """`./script/metadata.sh update-openapi --validate` builds its own helper with `go build`
    and `./script/generate.sh --check` compares generated files: both check, neither is
    the project's build."""
    meta = ("#!/bin/sh\nset -e\ngo build -o bin/metadata ./tools/metadata\n"
            "exec bin/metadata \"$@\"\n")
    gen = ("#!/bin/sh\nif [ \"$1\" = \"--check\" ]; then\n  go generate ./...\n"
           "  git diff --exit-code\nfi\n")
    files = {**GO, "script/metadata.sh": meta, "script/generate.sh": gen,
             ".github/workflows/ci.yml": workflow(
                 "go test ./...", "./script/metadata.sh update-openapi --validate",
                 "./script/generate.sh --check")}
    facts = scan(tree(tmp_path, files))
    lint = commands(facts, "lint_command")
    assert "./script/metadata.sh update-openapi --validate" in lint
    assert "./script/generate.sh --check" in lint
    assert not any("script/" in c for c in commands(facts, "build_command"))


def test_a_project_script_without_a_check_flag_keeps_its_kind(tmp_path):
    build = "#!/bin/sh\nset -e\ngo build -o bin/x .\n"
    files = {**GO, "script/build.sh": build,
             ".github/workflows/ci.yml": workflow("go test ./...", "./script/build.sh")}
    facts = scan(tree(tmp_path, files))
    assert "./script/build.sh" in commands(facts, "build_command")


def test_go_run_build_go_is_the_build_program(tmp_path):
    """`go run build.go` (restic's build program, syncthing's `go run build.go test`): the
    file is the project's own build tool, read like an xtask."""
    files = {**GO, "build.go": "", ".github/workflows/ci.yml": workflow(
        "go run build.go", "go test ./...")}
    facts = scan(tree(tmp_path, files))
    assert "go run build.go" in commands(facts, "build_command")
    from gcode.scan.programs import program_kind
    assert program_kind(["go", "run", "build.go", "test"]) == "test"
    assert program_kind(["go", "run", "main.go"]) is None


def test_preconstruct_builds_and_knip_lints(tmp_path):
    pkg = ('{"name": "root", "private": true, "workspaces": ["packages/*"], "scripts": '
           '{"build": "preconstruct build", "knip": "knip", "test": "vitest run"}}')
    files = {"package.json": pkg, "pnpm-lock.yaml": "", "packages/a/package.json":
             '{"name": "a"}', "packages/a/src/index.ts": "",
             ".github/workflows/ci.yml": workflow("pnpm install", "pnpm build", "pnpm knip",
                                                  "pnpm test")}
    facts = scan(tree(tmp_path, files))
    assert "pnpm build" in commands(facts, "build_command")
    assert "pnpm knip" in commands(facts, "lint_command")


def test_maturin_bin_bindings_need_no_maturin_environment(tmp_path):
    """`[tool.maturin] bindings = "bin"` ships a Rust binary in wheels for pip: there is no
    extension to build into an environment, cargo builds the crate."""
    py = ('[build-system]\nrequires = ["maturin>=1.0"]\nbuild-backend = "maturin"\n'
          '[project]\nname = "x-bin"\n[tool.maturin]\nbindings = "bin"\n'
          'manifest-path = "cli/Cargo.toml"\n')
    files = {"pyproject.toml": py, "cli/Cargo.toml": RUST["Cargo.toml"], "cli/src/main.rs": ""}
    tools = {f.tool for f in scan(tree(tmp_path, files)) if f.kind == "env"}
    assert "maturin" not in tools and "cargo" in tools
    ext = py.replace('bindings = "bin"', 'bindings = "pyo3"')
    tools = {f.tool for f in scan(tree(tmp_path / "ext", {**files, "pyproject.toml": ext}))
             if f.kind == "env"}
    assert "maturin" in tools


def test_a_lint_target_ci_never_calls_beside_make_targets_it_does_is_not_offered(tmp_path):
    """CI calls `make build_test` and lints with golangci-lint itself: the Makefile's `vet`
    (go vet, which no CI step runs) is a check the project does not keep passing."""
    mk = ("build_test:\n\tGOOS=linux go test ./...\n\nvet:\n\tgo vet ./...\n\n"
          "lint:\n\tgolangci-lint run\n")
    files = {**GO, "Makefile": mk, ".github/workflows/ci.yml": workflow(
        "make build_test", "golangci-lint run", "go test ./...")}
    lint = commands(scan(tree(tmp_path, files)), "lint_command")
    assert "make vet" not in lint
    assert "golangci-lint run" in lint


def test_a_lint_target_stays_where_ci_never_calls_make(tmp_path):
    mk = "vet:\n\tgo vet ./...\n"
    files = {**GO, "Makefile": mk, ".github/workflows/ci.yml": workflow(
        "golangci-lint run", "go test ./...")}
    assert "make vet" in commands(scan(tree(tmp_path, files)), "lint_command")


def test_a_check_task_ci_calls_that_fixes_a_little_first_is_a_lint(tmp_path):
    """CI's `make check-style` runs `ruff check --fix` on stubs, then `ruff check`, `ruff
    format --check`: CI fails on the checks, so it is the lint, not a formatter."""
    mk = ("check-style:\n\truff check stubs --select I --fix\n\truff check src tests\n"
          "\truff format --check src tests\n\nstyle:\n\truff check --fix .\n\truff format .\n")
    files = {"pyproject.toml": "[project]\nname = 'x'\n", "src/x/__init__.py": "",
             "Makefile": mk, ".github/workflows/ci.yml": workflow("make check-style",
                                                                  "pytest")}
    facts = scan(tree(tmp_path, files))
    assert "make check-style" in commands(facts, "lint_command")
    assert "make style" not in commands(facts, "lint_command")
