"""Small trees for the scan's rule tests, and what to read off its facts."""

from __future__ import annotations

from pathlib import Path


def tree(root: Path, files: dict[str, str]) -> Path:
    """Write `files` ({relative path: text}) under `root`."""
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text)
    return root


PY = {"pyproject.toml": "[project]\nname = 'x'\n", "x/__init__.py": ""}  # a Python package


def workflow(*runs: str, job: str = "test", steps: str = "", name: str = "ci",
             on: str = "[push, pull_request]") -> str:
    """A GitHub workflow of one job running `runs` (then `steps`, raw YAML steps)."""
    body = "".join(f"      - run: {r}\n" for r in runs) + steps
    return f"name: {name}\non: {on}\njobs:\n  {job}:\n    runs-on: x\n    steps:\n{body}"


def commands(facts, kind):
    return {f.command for f in facts if f.kind == kind}


def paths(facts, key):
    return [p for f in facts if f.key == key for p in f.paths]
