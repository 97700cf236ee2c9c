"""Scan rules from round 13 (a task runner's recipes CI reaches through an umbrella; the
held-out run on real repositories): each test is one general rule, on a small tree of
its own."""

from __future__ import annotations

from gcode.scan import scan
from scan_helpers import PY, commands, paths, tree, workflow


def test_test_targets_an_umbrella_ci_target_never_reaches_are_not_offered(tmp_path):
    makefile = ("lint:\n\truff check x\n"
                "test_sqlite:\n\tDB=sqlite pytest\n"
                "test_postgres:\n\tDB=postgres pytest\n"
                "test_oracle:\n\tDB=oracle pytest\n"
                "_testall: test_sqlite test_postgres\n\tcoverage report\n"
                "ci: lint _testall\n")
    files = {**PY, "Makefile": makefile, ".github/workflows/ci.yml": workflow("make ci")}
    found = commands(scan(tree(tmp_path, files)), "test_command")
    assert "make ci" in found
    assert "make test_oracle" not in found  # CI's umbrella never runs it
    assert {"make test_sqlite", "make test_postgres"} <= set(found)  # reached, however deep


def test_justfile_recipes_beside_an_umbrella_ci_recipe_follow_the_same_rule(tmp_path):
    justfile = ("ci-test: check unit-tests\n\n"
                "check:\n    cargo clippy --workspace\n\n"
                "unit-tests:\n    cargo nextest run\n\n"
                "nextest *FLAGS:\n    cargo nextest run {{ FLAGS }}\n")
    files = {"Cargo.toml": "[package]\nname = 'x'\nversion = '0.1.0'\n", "src/lib.rs": "",
             "justfile": justfile, ".github/workflows/ci.yml": workflow("just ci-test")}
    found = commands(scan(tree(tmp_path, files)), "test_command")
    assert "just ci-test" in found and "just nextest" not in found


def test_a_plain_ci_test_task_still_leaves_the_ones_it_runs_alone(tmp_path):
    """Only an umbrella (a task that also lints) vouches for what it runs: a plain test
    task CI calls keeps the old rule (the runner's other test tasks are variants)."""
    makefile = ("test:\n\tpytest\n"
                "test-ci: test\n\tcoverage xml\n"
                "test-slow:\n\tpytest -m slow\n")
    files = {**PY, "Makefile": makefile, ".github/workflows/ci.yml": workflow("make test-ci")}
    found = commands(scan(tree(tmp_path, files)), "test_command")
    assert "make test-ci" in found and "make test-slow" not in found


def test_tox_envs_in_setup_cfg_are_read_from_testenv_sections(tmp_path):
    cfg = ("[tox:tox]\nenvlist = lint, py312\n\n"
           "[testenv]\ncommands =\n  {envpython} -m pytest {posargs}\n\n"
           "[testenv:{lint,types}]\nskip_install = true\ncommands =\n"
           "    lint: pre-commit run --all-files\n    types: mypy x\n")
    files = {**PY, "setup.cfg": cfg, ".github/workflows/ci.yml": workflow(
        "tox", "tox -e ${{ matrix.tool }}").replace(
        "    runs-on: x\n", "    runs-on: x\n    strategy:\n      matrix:\n"
        "        tool: [lint, types]\n")}
    facts = scan(tree(tmp_path, files))
    assert "tox" in commands(facts, "test_command")  # its default envs run pytest
    assert "tox -e lint" in commands(facts, "lint_command")
    assert "tox -e types" in commands(facts, "lint_command")


def test_ci_starting_compose_services_from_a_subdirectory_needs_docker(tmp_path):
    compose = "services:\n  redis:\n    image: redis:7\n"
    files = {**PY, "docker/docker-compose.yml": compose, ".github/workflows/ci.yml": workflow(
        "docker compose -f docker/docker-compose.yml up -d --wait", "pytest")}
    facts = scan(tree(tmp_path, files))
    assert any(f.kind == "env" and f.tool == "docker" for f in facts)
    plain = {**PY, ".github/workflows/ci.yml": workflow("docker build -t x .", "pytest")}
    assert not any(f.kind == "env" and f.tool == "docker"
                   for f in scan(tree(tmp_path / "plain", plain)))


def test_a_python_package_named_like_build_output_is_source(tmp_path):
    files = {"pyproject.toml": "[project]\nname = 'build'\n", "src/build/__init__.py": "",
             "src/build/_builder.py": "", "tests/test_x.py": ""}
    assert "src/build" in paths(scan(tree(tmp_path, files)), "layout:source")
    out = {**PY, "build/lib/x/__init__.py": ""}  # build output: never source
    assert "build" not in paths(scan(tree(tmp_path / "out", out)), "layout:source")


def test_obuild_is_a_bundler(tmp_path):
    files = {"package.json": '{"name": "x", "packageManager": "pnpm@10.0.0", "scripts": '
                             '{"build": "obuild src/index.ts", "test": "vitest run"}}',
             "pnpm-lock.yaml": "", "src/index.ts": ""}
    assert "pnpm run build" in commands(scan(tree(tmp_path, files)), "build_command")


def test_a_crate_that_is_only_a_python_extension_module_gets_no_cargo_test(tmp_path):
    cargo = ("[package]\nname = 'x'\nversion = '0.1.0'\n\n[dependencies]\n"
             "pyo3 = { version = '0.28', features = ['extension-module'] }\n\n"
             "[lib]\nname = '_x'\ncrate-type = ['cdylib']\n")
    files = {"Cargo.toml": cargo, "src/lib.rs": "", "tests/test_x.py": "",
             "pyproject.toml": "[build-system]\nbuild-backend = 'maturin'\n"
                               "[project]\nname = 'x'\n", "x/__init__.py": ""}
    found = commands(scan(tree(tmp_path, files)), "test_command")
    assert not any(c.startswith("cargo test") for c in found)
    # a crate that is also a Rust library (rlib) still tests with cargo
    lib = cargo.replace("['cdylib']", "['cdylib', 'rlib']")
    found = commands(scan(tree(tmp_path / "lib", {**files, "Cargo.toml": lib})), "test_command")
    assert any(c.startswith("cargo test") for c in found)


def test_a_test_named_target_that_only_builds_is_no_build_of_the_project(tmp_path):
    makefile = ("build:\n\tgo build ./...\n"
                "test:\n\tgo test ./...\n"
                "test-plugin:\n\tgo build -o ~/bin/test-plugin ./scripts/test-plugin/\n")
    files = {"go.mod": "module example.org/x\n\ngo 1.24\n", "main.go": "package main\n",
             "Makefile": makefile}
    builds = commands(scan(tree(tmp_path, files)), "build_command")
    assert "make build" in builds and "make test-plugin" not in builds
