"""The scan's facts have stable ids: the same in a CI job's throwaway context as in a
developer's database, and a fact someone forgot stays forgotten when the manifests change."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import run_gcode

FILES = {
    "pyproject.toml": '[project]\nname = "x"\n\n[tool.pytest.ini_options]\ntestpaths = ["tests"]\n',
    "tests/test_a.py": "def test_a():\n    pass\n",
    "Makefile": "lint:\n\truff check .\n",
}
ID = re.compile(r"\[([0-9a-f]{8})\]")


def ok(*args: str, cwd: Path, env: dict[str, str]) -> str:
    result = run_gcode(*args, cwd=cwd, env=env)
    assert result.returncode == 0, result.stderr
    return result.stdout


def ids_by_line(context: str) -> dict[str, str]:
    """{fact text: short id} of a context's lines."""
    return {ID.sub("", line).strip(" -"): m.group(1)
            for line in context.splitlines() if (m := ID.search(line))}


def shown(cwd: Path, env: dict[str, str]) -> dict[str, str]:
    """{content: short id} as `learn show` lists them."""
    rows = ok("learn", "show", cwd=cwd, env=env).splitlines()[1:]
    return {re.split(r"\s{2,}", row)[3]: row.split()[0] for row in rows if row.strip()}


@pytest.fixture
def project(make_repo) -> Path:
    return make_repo("proj", FILES)


def test_context_without_a_database_prints_the_ids_a_database_gets(
        project: Path, tmp_path: Path) -> None:
    nowhere = {"GCODE_DB": str(tmp_path / "ci" / "gcode.db")}
    first = ok("context", cwd=project, env=nowhere)
    assert first == ok("context", cwd=project, env=nowhere)  # same text every CI run
    assert not (tmp_path / "ci").exists()
    ephemeral = ids_by_line(first)
    assert any("pytest" in text for text in ephemeral), first
    dev = {"GCODE_DB": str(tmp_path / "dev.db")}
    assert ids_by_line(ok("context", cwd=project, env=dev)) == ephemeral
    listed = shown(project, dev)
    for text, short in ephemeral.items():
        assert listed[text] == short


def test_a_forgotten_scan_fact_stays_forgotten_after_a_rescan(
        project: Path, tmp_path: Path) -> None:
    env = {"GCODE_DB": str(tmp_path / "dev.db")}
    facts = shown(project, env)
    lint = next(short for text, short in facts.items() if "ruff check" in text)
    ok("learn", "forget", "--yes", lint, cwd=project, env=env)
    with (project / "pyproject.toml").open("a") as fh:  # the manifests change: a rescan
        fh.write("\n[project.urls]\nHomepage = \"https://example.com\"\n")
    assert "ruff check" not in ok("context", cwd=project, env=env)
    assert not any("ruff check" in text for text in shown(project, env))


def test_a_fact_whose_file_goes_and_comes_back_returns_with_its_id(
        project: Path, tmp_path: Path) -> None:
    env = {"GCODE_DB": str(tmp_path / "dev.db")}
    before = {text: short for text, short in shown(project, env).items() if "ruff" in text}
    assert before
    makefile = (project / "Makefile").read_text()
    (project / "Makefile").write_text("build:\n\tpython -m build\n")
    assert not any("ruff check" in text for text in shown(project, env))
    (project / "Makefile").write_text(makefile)
    after = {text: short for text, short in shown(project, env).items() if "ruff" in text}
    assert after == before
