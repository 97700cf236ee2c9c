"""Contradictions offered to the extraction call: a statement that leaves something behind
("we moved from pytest to nox") shows the model the learnings naming it, apart from the
merely related ones, so it can name the id its new learning replaces."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

from conftest import run_gcode
from fake_openai import Reply, text
from gcode.db import open_db
from gcode.lifecycle import contradiction_queries

PYTEST = "Tests are written as plain pytest functions with fixtures in conftest.py."
OTHERS = ["Release notes are written by the product manager.",
          "The staging database is reset every night at 2am.",
          "Frontend code uses TypeScript strict mode.",
          "Support tickets are triaged on Mondays by the on-call engineer."]
SECTION = "may contradict"


def test_names_a_statement_leaves_behind():
    assert contradiction_queries("We moved from pytest to nox last sprint.") == ["pytest"]
    assert contradiction_queries("Use pnpm, not npm.") == ["npm"]
    assert contradiction_queries("Lint with ruff rather than flake8.") == ["flake8"]
    assert contradiction_queries("Stop using Jenkins, builds are on GitHub Actions.") == \
        ["jenkins"]
    for plain in ("Integration tests need docker running.", "It is a warning, not an error.",
                  "We deploy with Argo, not by hand.", "Storybook runs on port 6006."):
        assert contradiction_queries(plain) == [], plain


def _section(prompt: str) -> list[tuple[str, str]]:
    """(short id, store) of the learnings listed as ones the statements may contradict."""
    if SECTION not in prompt:
        return []
    part = prompt.split(SECTION, 1)[1].split("\n\n", 1)[0]
    return re.findall(r"^- \[(\w+)\] \((\w+)\)", part, re.M)


def test_extraction_is_offered_what_a_statement_contradicts_and_replaces_it(fake_llm, repo):
    env = {**fake_llm.env, "GCODE_USER": "alice"}
    for fact in (PYTEST, *OTHERS):
        assert run_gcode("learn", "add", fact, cwd=repo, env=env).returncode == 0
    shown = json.loads(run_gcode("learn", "show", "--json", cwd=repo, env=env).stdout)
    old = next(r for r in shown if r["content"] == PYTEST)

    def answer(body: dict) -> Reply:
        if body.get("stream"):
            return text("Noted.")
        prompt = body["messages"][-1]["content"]
        if "need a trigger" in prompt and "What the developer stated" not in prompt:
            return text(json.dumps({"triggers": []}))  # the backlog's own request
        offered = _section(prompt)
        replaced = offered[0] if offered else (None, "project_context")
        return text(json.dumps({"learnings": [{
            "store": replaced[1], "kind": old["kind"], "supersedes": replaced[0],
            "content": "The test suite runs through nox sessions.",
            "applies_when": "running or writing tests"}]}))

    fake_llm.script(answer, answer)
    r = run_gcode("run", "We moved from pytest to nox last sprint.", cwd=repo, env=env)
    assert r.returncode == 0, r.stderr
    extraction = [q for q in fake_llm.chat_requests if not q.get("stream")]
    assert len(extraction) == 1
    prompt = extraction[0]["messages"][-1]["content"]
    assert _section(prompt) == [(old["id"][-8:], old["store"])]  # only what names pytest
    assert all(o not in prompt.split(SECTION, 1)[1].split("\n\n", 1)[0] for o in OTHERS)

    after = {r["content"]: r for r in json.loads(
        run_gcode("learn", "show", "--json", cwd=repo, env=env).stdout)}
    new = after["The test suite runs through nox sessions."]
    assert PYTEST not in after and all(o in after for o in OTHERS)
    with open_db(Path(os.environ["GCODE_DB"])) as db:  # kept, linked to what replaced it
        assert db.get_learning(old["id"]).superseded_by == new["id"]
    fake_llm.assert_done()
