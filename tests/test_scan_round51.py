"""Scan rules from round 51's first run on held-out real repositories (vitepress,
sqlalchemy, miniserve, helm, twisted, mage): each test is one general rule, on a small tree
of its own."""

from __future__ import annotations

from gcode.scan import scan
from scan_helpers import commands, tree, workflow

TOX_INI = """[tox]
envlist = lint, alldeps-nocov
[testenv]
commands =
    nocov: python -m twisted.trial {posargs:mypkg}
    withcov: coverage run -p --rcfile={toxinidir}/.coveragerc -m twisted.trial mypkg
[testenv:lint]
commands = pre-commit run --all-files
"""


def _matrix_job(run: str, matrix: str, env: str = "", step_if: str = "") -> str:
    step = f"if: {step_if}\n        run: {run}" if step_if else f"run: {run}"
    return ("name: ci\non: [push, pull_request]\njobs:\n  testing:\n    runs-on: x\n"
            f"    strategy:\n      matrix:\n{matrix}{env}    steps:\n"
            f"      - run: pip install tox\n      - {step}\n")


def test_an_empty_matrix_slot_before_the_program_leaves_the_program(tmp_path):
    """`${{ matrix.tox-wrapper }} tox` with TOXENV `${{ matrix.tox-env || 'x' }}`: '' is
    false to GitHub, so the env is the default; the command is `tox -e x`, no stray space."""
    matrix = ("        tox-env: ['']\n        tox-wrapper: ['']\n        include:\n"
              "          - tox-wrapper: 'xvfb-run -a'\n")
    env = "    env:\n      TOXENV: \"${{ matrix.tox-env || 'alldeps-withcov-posix' }}\"\n"
    files = {"tox.ini": TOX_INI, "pyproject.toml": "[project]\nname = 'mypkg'\n",
             "mypkg/__init__.py": "",
             ".github/workflows/ci.yml": _matrix_job("${{ matrix.tox-wrapper }} tox", matrix,
                                                     env)}
    tests = commands(scan(tree(tmp_path, files)), "test_command")
    assert "tox -e alldeps-withcov-posix" in tests
    assert not any(c != c.strip() or "  " in c for c in tests)


def test_twisted_trial_under_coverage_runs_the_tests(tmp_path):
    files = {"pyproject.toml": "[project]\nname = 'mypkg'\n", "mypkg/__init__.py": "",
             ".github/workflows/ci.yml": workflow(
                 "pip install -e .", "coverage run -p --rcfile=.coveragerc -m twisted.trial mypkg")}
    assert "coverage run -p --rcfile=.coveragerc -m twisted.trial mypkg" in commands(
        scan(tree(tmp_path, files)), "test_command")


def test_a_tox_env_no_section_names_runs_the_base_env_for_its_factors(tmp_path):
    files = {"tox.ini": TOX_INI, "pyproject.toml": "[project]\nname = 'mypkg'\n",
             "mypkg/__init__.py": "",
             ".github/workflows/ci.yml": workflow("pip install tox",
                                                  "tox -e nodeps-withcov-posix")}
    assert "tox -e nodeps-withcov-posix" in commands(scan(tree(tmp_path, files)),
                                                     "test_command")


NOXFILE = '''import nox


@nox.session(name="github-cext")
def github_cext(session):
    _tests(session, "sqlite")


def _tests(session, database):
    cmd = ["python", "-m", "pytest"]
    cmd.extend(["-k", database])
    session.run(*cmd)


@nox.session(name="pep8")
def pep8(session):
    for cmd in [
        "flake8 ./lib/ ./test/",
        "black --check ./lib/ ./test/",
    ]:
        session.run(*cmd.split())
'''


def test_a_nox_session_running_a_list_it_wrote_out(tmp_path):
    """`cmd = ["python", "-m", "pytest"]` then `session.run(*cmd)` (in a helper the session
    calls); `for cmd in ["flake8 ...", ...]: session.run(*cmd.split())`."""
    matrix = "        build-type: [cext]\n"
    files = {"noxfile.py": NOXFILE, "pyproject.toml": "[project]\nname = 'x'\n",
             "lib/x/__init__.py": "",
             ".github/workflows/ci.yml": _matrix_job(
                 "nox -v -s github-${{ matrix.build-type }} -- ${{ matrix.pytest-args }}",
                 matrix)}
    facts = scan(tree(tmp_path, files))
    # a key no entry of the written-out matrix has is '': no dangling `--`, no `${{`
    assert "nox -v -s github-cext" in commands(facts, "test_command")
    assert "nox -s pep8" in commands(facts, "lint_command")


def test_a_step_conditioned_on_a_matrix_key_no_entry_has_never_runs(tmp_path):
    matrix = "        python: ['3.12']\n"
    files = {"tox.ini": TOX_INI, "pyproject.toml": "[project]\nname = 'mypkg'\n",
             "mypkg/__init__.py": "",
             ".github/workflows/ci.yml": _matrix_job("tox -e ${{ matrix.tox_env }}", matrix,
                                                     step_if="${{ matrix.tox_env }}")}
    facts = scan(tree(tmp_path, files))
    assert not any(c.endswith("-e") for k in ("test_command", "lint_command")
                   for c in commands(facts, k))


def test_a_file_target_named_through_variables_is_what_its_dependent_builds(tmp_path):
    makefile = ("BINDIR := $(CURDIR)/bin\nBINNAME ?= tool\nSRC := $(shell find . -name "
                "'*.go')\n\nbuild: $(BINDIR)/$(BINNAME) tidy\n\n$(BINDIR)/$(BINNAME): $(SRC)\n"
                "\tgo build -o '$(BINDIR)'/$(BINNAME) ./cmd/tool\n\ntidy:\n\tgo mod tidy\n")
    files = {"Makefile": makefile, "go.mod": "module example.com/tool\n",
             "cmd/tool/main.go": "package main\n",
             ".github/workflows/ci.yml": workflow("make build", job="build")}
    assert "make build" in commands(scan(tree(tmp_path, files)), "build_command")


def test_a_validate_script_checks(tmp_path):
    """`make test-source-headers` runs `scripts/validate-license.sh`: a check, not a test
    (nor nothing); `verify-release.sh` is the release's."""
    makefile = "test-source-headers:\n\t@scripts/validate-license.sh\n"
    files = {"Makefile": makefile, "go.mod": "module example.com/tool\n", "main.go": "",
             "scripts/validate-license.sh": "", "scripts/verify-release.sh": "",
             ".github/workflows/ci.yml": workflow("make test-source-headers",
                                                  "./scripts/verify-release.sh v1")}
    lint = commands(scan(tree(tmp_path, files)), "lint_command")
    assert "make test-source-headers" in lint
    assert not any("verify-release" in c for c in lint)
