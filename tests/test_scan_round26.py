"""Scan rules from round 26's first run on held-out real repositories: each test is one
general rule, on a small tree of its own."""

from __future__ import annotations

from gcode.scan import scan
from scan_helpers import commands, tree, workflow

_CARGO = "[package]\nname = 'x'\nversion = '0.1.0'\n"


def test_a_blank_line_inside_a_just_recipe_does_not_end_it(tmp_path):
    justfile = ("check:\n  #!/usr/bin/env bash\n  set -eo pipefail\n\n"
                "  cargo fmt -- --check\n  cargo clippy -- -D warnings\n\n"
                "test:\n  cargo test -q\n")
    files = {"Cargo.toml": _CARGO, "src/lib.rs": "", "justfile": justfile,
             ".github/workflows/ci.yml": workflow("just check", "just test", job="checks")}
    facts = scan(tree(tmp_path, files))
    assert "just check" in commands(facts, "lint_command")
    assert "just test" in commands(facts, "test_command")


def test_a_matrix_over_task_names_runs_every_task(tmp_path):
    justfile = ("lint:\n  cargo clippy -- -D warnings\n"
                "test-rust:\n  cargo test\n"
                "test-js:\n  cd web && npm test\n")
    steps = ("    strategy:\n      matrix:\n        task: [test-rust, test-js, lint]\n")
    ci = workflow("just ${{ matrix.task }}").replace("    runs-on: x\n",
                                                     "    runs-on: x\n" + steps)
    files = {"Cargo.toml": _CARGO, "src/lib.rs": "", "justfile": justfile,
             "web/package.json": '{"scripts": {"test": "vitest run"}}',
             ".github/workflows/ci.yml": ci}
    facts = scan(tree(tmp_path, files))
    assert {"just test-rust", "just test-js"} <= commands(facts, "test_command")
    assert "just lint" in commands(facts, "lint_command")


def test_a_matrix_over_versions_stays_one_command(tmp_path):
    steps = ("    strategy:\n      matrix:\n        env: [py310, py311, py312]\n")
    ci = workflow("tox -e ${{ matrix.env }}").replace("    runs-on: x\n",
                                                      "    runs-on: x\n" + steps)
    files = {"pyproject.toml": "[project]\nname = 'x'\n", "x/__init__.py": "",
             "tox.ini": "[tox]\nenvlist = py310,py311,py312\n[testenv]\ncommands = pytest\n",
             ".github/workflows/ci.yml": ci}
    tests = commands(scan(tree(tmp_path, files)), "test_command")
    assert not {"tox -e py311", "tox -e py312"} & tests


def test_the_package_is_built_with_the_front_end_ci_builds_it_with(tmp_path):
    pyproject = ("[project]\nname = 'x'\n[build-system]\nbuild-backend = 'setuptools.build_meta'\n"
                 "[tool.uv.sources]\nx = { workspace = true }\n")
    release = workflow("pip install build twine", "python -m build", "twine upload dist/*",
                       job="deploy", name="publish", on="{push: {tags: ['v*']}}")
    files = {"pyproject.toml": pyproject, "x/__init__.py": "", "tests/test_x.py": "",
             ".github/workflows/ci.yml": workflow("pip install -e .", "pytest"),
             ".github/workflows/publish.yml": release}
    builds = commands(scan(tree(tmp_path, files)), "build_command")
    assert "uv build" not in builds
    # with no front-end in CI, the environment tool's own build stays
    (tmp_path / ".github/workflows/publish.yml").unlink()
    assert "python -m build" not in commands(scan(tmp_path), "build_command")


def test_uv_that_ci_installs_with_pip_and_runs_is_an_env_tool(tmp_path):
    ci = workflow("python -m pip install uv", "uv tool install tox --with tox-uv", "tox")
    files = {"pyproject.toml": "[project]\nname = 'x'\n", "x/__init__.py": "",
             "tox.ini": "[tox]\nenvlist = py\n[testenv]\ncommands = pytest\n",
             ".github/workflows/ci.yml": ci}
    tools = {f.tool for f in scan(tree(tmp_path, files)) if f.kind == "env"}
    assert {"uv", "tox"} <= tools


def test_a_ci_task_that_tests_with_unittest_only_means_no_pytest_guess(tmp_path):
    files = {"pyproject.toml": "[project]\nname = 'x'\n[tool.pytest.ini_options]\n"
                               "testpaths = 'tests'\n",
             "x/__init__.py": "", "tests/test_x.py": "",
             "Makefile": "test:\n\tpython -m unittest discover -v tests\n",
             ".github/workflows/ci.yml": workflow("pip install -e .", "make test")}
    tests = commands(scan(tree(tmp_path, files)), "test_command")
    assert "make test" in tests and "pytest" not in tests
    # a task that runs pytest keeps the pytest configuration's own command beside it
    (tmp_path / "Makefile").write_text("test:\n\tpytest -x\n")
    assert "pytest" in commands(scan(tmp_path), "test_command")


def test_a_reusable_workflow_named_for_a_checker_runs_it_on_its_config(tmp_path):
    ci = ("name: quality\non: [pull_request]\njobs:\n  trunk:\n"
          "    uses: org/.github/.github/workflows/trunk.yml@main\n")
    files = {"go.mod": "module example.org/x\n\ngo 1.24\n", "x.go": "package x\n",
             ".github/workflows/trunk.yml": ci}
    assert "trunk check" not in commands(scan(tree(tmp_path, files)), "lint_command")
    tree(tmp_path, {".trunk/trunk.yaml": "version: 0.1\nlint:\n  enabled: [gofmt]\n"})
    assert "trunk check" in commands(scan(tmp_path), "lint_command")


def test_the_trunk_action_lints(tmp_path):
    steps = "      - uses: trunk-io/trunk-action@v1\n"
    files = {"go.mod": "module example.org/x\n\ngo 1.24\n", "x.go": "package x\n",
             ".trunk/trunk.yaml": "version: 0.1\n",
             ".github/workflows/lint.yml": workflow(job="lint", steps=steps)}
    assert "trunk check" in commands(scan(tree(tmp_path, files)), "lint_command")
