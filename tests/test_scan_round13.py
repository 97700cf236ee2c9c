"""Scan rules from round 13 (a task runner's recipes CI reaches through an umbrella; the
held-out run on real repositories): each test is one general rule, on a small tree of
its own."""

from __future__ import annotations

from gcode.scan import scan
from scan_helpers import commands, paths, tree


def workflow(*runs: str, job: str = "test") -> str:
    body = "".join(f"      - run: {r}\n" for r in runs)
    return f"name: ci\non: [push, pull_request]\njobs:\n  {job}:\n    runs-on: x\n    steps:\n{body}"


PY = {"pyproject.toml": "[project]\nname = 'x'\n", "x/__init__.py": ""}


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
