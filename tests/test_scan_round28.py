"""Scan rules from round 28's first run on held-out real repositories: each test is one
general rule, on a small tree of its own."""

from __future__ import annotations

from gcode.scan import scan
from scan_helpers import PY, commands, tree, workflow

NODE = {"package.json": '{"name": "x", "scripts": {"typecheck": "tsgo --noEmit", '
                        '"build": "tsgo -p tsconfig.build.json"}}',
        "pnpm-lock.yaml": "", "src/index.ts": ""}


def test_tsgo_reads_as_tsc_a_type_check_without_emit_and_a_build_with(tmp_path):
    files = {**NODE, ".github/workflows/ci.yml": workflow("pnpm install", "pnpm typecheck",
                                                          "pnpm build")}
    facts = scan(tree(tmp_path, files))
    assert "pnpm typecheck" in commands(facts, "lint_command")
    assert "pnpm typecheck" not in commands(facts, "build_command")
    assert "pnpm build" in commands(facts, "build_command")


def test_preparing_the_hooks_of_prek_or_pre_commit_checks_nothing(tmp_path):
    files = {**PY, ".pre-commit-config.yaml": "repos: []\n",
             ".github/workflows/ci.yml": workflow("prek prepare-hooks", "pytest")}
    facts = scan(tree(tmp_path, files))
    assert "prek prepare-hooks" not in commands(facts, "lint_command")
    assert "pytest" in commands(facts, "test_command")


def test_a_task_that_reports_on_the_test_task_ci_runs_is_not_a_second_test(tmp_path):
    files = {"go.mod": "module example.org/x\n\ngo 1.22\n", "x.go": "package x\n",
             "x_test.go": "package x\n",
             "Makefile": ("cover:\n\tgo test -coverprofile=cover.out ./...\n"
                          "cover-html: cover\n\tgo tool cover -html=cover.out\n"
                          ),
             # a container CI starts may call any task: the report is not dropped as unused
             "docker-compose.yml": "services:\n  app:\n    image: golang\n",
             ".github/workflows/ci.yml": workflow("make cover", "docker compose run app")}
    facts = scan(tree(tmp_path, files))
    tests = commands(facts, "test_command")
    assert "make cover" in tests
    assert "make cover-html" not in tests


def test_a_maturin_python_source_package_named_by_module_name_is_source(tmp_path):
    files = {"pyproject.toml": ("[project]\nname = 'x'\n[build-system]\n"
                                "build-backend = 'maturin'\n[tool.maturin]\n"
                                "module-name = 'pkg._native'\npython-source = 'pysrc'\n"),
             "Cargo.toml": "[package]\nname = 'x'\nversion = '0.1.0'\n[lib]\n",
             "src/lib.rs": "", "pysrc/pkg/run.py": "", "pysrc/pkg/_native.pyi": "",
             "pytests/test_x.py": ""}
    facts = scan(tree(tmp_path, files))
    roots = [p for f in facts if f.kind == "layout" and f.content.startswith("Source")
             for p in f.paths]
    assert "pysrc/pkg" in roots



BOIL = """#!/bin/sh
runtest() {
    go test -v -race "$@" ./models
}
test_user() {
    psql --command "create user x;"
}
build() {
    go build ./cmd/x
}
command=$1
shift
case "${command}" in
    build)     build "$@" ;;
    test)      runtest "$@" ;;
    test-user) test_user "$1" ;;
    *)
        echo "usage: ./boil.sh command"
esac
"""


def test_a_script_dispatching_on_its_first_argument_runs_the_arm_it_selects(tmp_path):
    files = {"go.mod": "module example.org/x\n\ngo 1.22\n", "x.go": "package x\n",
             "boil.sh": BOIL,
             ".github/workflows/ci.yml": workflow("./boil.sh test-user psql", "./boil.sh build",
                                                  "./boil.sh test")}
    facts = scan(tree(tmp_path, files))
    tests = commands(facts, "test_command")
    assert "./boil.sh test" in tests
    assert "./boil.sh test-user psql" not in tests  # creates a database user: no test
    assert "./boil.sh build" in commands(facts, "build_command")
