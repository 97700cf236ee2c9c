"""Hostile repository files against the scan, through the real console script
(`gcode context`): each must leave the scan quick and bounded, never hang or crash it."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from conftest import run_gcode

# The console script imports gcode from where it was installed; the source tree beside
# these tests goes first so that it is this tree's code that runs.
SOURCE = str(Path(__file__).resolve().parents[1])


def context(repo: Path, timeout: float = 30) -> subprocess.CompletedProcess:
    return run_gcode("context", cwd=repo, env={"PYTHONPATH": SOURCE}, timeout=timeout)


def with_workflow(make_repo, text: str) -> Path:
    return make_repo(files={".github/workflows/ci.yml": text, "Makefile": "test:\n\tpytest\n"})


def test_yaml_bomb_in_a_workflow_is_unreadable_not_a_hang(make_repo) -> None:
    """Billion laughs: ten levels of nine aliases each. PyYAML shares the aliased nodes
    (little memory), but everything that walks the result (str() of a step's `run`) saw
    3.5 billion entries: the scan never finished."""
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10)]
    text = "\n".join(lines) + "\non: push\njobs:\n  t:\n    steps:\n      - run: *a9\n"
    result = context(with_workflow(make_repo, text))
    assert result.returncode == 0, result.stderr
    assert "make test" in result.stdout  # the rest of the repository is still read


def test_deeply_nested_workflow_does_not_crash_the_process(make_repo) -> None:
    """100,000 nested flow sequences: libyaml's composer recursed in C until the process
    died of a segmentation fault (exit -11, no message at all)."""
    depth = 100_000
    text = "on: push\njobs: " + "[" * depth + "]" * depth + "\n"
    result = context(with_workflow(make_repo, text))
    assert result.returncode == 0, result.stderr
    assert "make test" in result.stdout


def test_recursive_alias_is_unreadable(make_repo) -> None:
    """A node that contains itself (`&a [*a]`) would send a walk of the data round for ever."""
    text = "on: push\njobs:\n  t: &t\n    steps: [*t]\n"
    result = context(with_workflow(make_repo, text))
    assert result.returncode == 0, result.stderr
    assert "make test" in result.stdout


def test_huge_run_line_with_an_open_quote_is_read_quickly(make_repo) -> None:
    """One 800 KB `run:` line with an unclosed quote: shlex builds a quoted token a
    character at a time (`self.token += c`, quadratic), and the scan split it a dozen
    times: `gcode context` took minutes."""
    text = ("on: push\njobs:\n  t:\n    runs-on: x\n    steps:\n      - run: make test\n"
            "      - run: pytest \"" + " && cd a" * 100_000 + "\n")
    result = context(with_workflow(make_repo, text), timeout=20)
    assert result.returncode == 0, result.stderr
    assert "make test" in result.stdout


def test_a_script_running_another_sixty_thousand_times(make_repo) -> None:
    """`test` is `npm run a && npm run a && ...` 60,000 times and `a` is 200 KB: each call
    was followed into `a` (and `a` split again each time): minutes of `gcode context`."""
    scripts = {"test": "npm run a && " * 60_000 + "jest", "a": "$(" * 100_000,
               "lint": "eslint ."}
    root = make_repo(files={"package.json": json.dumps({"scripts": scripts})})
    result = context(root, timeout=20)
    assert result.returncode == 0, result.stderr
    assert "npm run lint" in result.stdout


def test_a_ci_line_of_sixty_thousand_commands(make_repo) -> None:
    text = ("on: push\njobs:\n  t:\n    runs-on: x\n    steps:\n      - run: make test\n"
            "      - run: " + "npm run a && " * 60_000 + "true\n")
    root = make_repo(files={".github/workflows/ci.yml": text, "Makefile": "test:\n\tpytest\n",
                            "package.json": json.dumps({"scripts": {"a": "$(" * 100_000}})})
    result = context(root, timeout=20)
    assert result.returncode == 0, result.stderr
    assert "make test" in result.stdout


@pytest.mark.parametrize("runner", ["make", "npm"])
def test_tasks_fanning_out_to_each_other(make_repo, runner: str) -> None:
    """Sixty tasks, each running the next eight (a 5 KB file): following every path to
    twelve levels is 8^12 follows, and `gcode context` never finished."""
    n, fan = 60, 8
    calls = {i: [f"t{j}" for j in range(i + 1, min(n, i + 1 + fan))] for i in range(n)}
    if runner == "make":
        files = {"Makefile": "lint:\n\truff check .\ntest: t0\n\tpytest\n" + "".join(
            f"t{i}: {' '.join(c)}\n\techo {i}\n" for i, c in calls.items())}
    else:
        scripts = {f"t{i}": " && ".join(f"npm run {x}" for x in c) or "jest"
                   for i, c in calls.items()}
        files = {"package.json": json.dumps(
            {"scripts": {"lint": "eslint .", "test": "npm run t0", **scripts}})}
    result = context(make_repo(files=files), timeout=30)
    assert result.returncode == 0, result.stderr
