"""Relevance-gated injection at team scale (issue 10): a bounded core every turn, then only
what one hybrid search per turn finds relevant; "applies when" triggers found by keyword and
by meaning; /context says why each learning is there."""

from __future__ import annotations

from pathlib import Path

import pytest

from gcode.config import Config
from gcode.db import open_db
from gcode.knowledge import KnowledgeBase
from gcode.learning import LearningMachine
from gcode.records import Learning
from gcode.turn import estimate_tokens

REPO = "repo-1"

# Team knowledge as a team of eight writes it over a year: many stores, many topics.
TOPICS = [
    ("The billing service stores money as integer cents, never floats.",
     "adding price, amount or currency fields; rounding; invoice totals"),
    ("Deploys to production are frozen from December 15 to January 5.",
     "planning releases, rollouts or infrastructure changes around the holidays"),
    ("Customer emails and phone numbers are hashed before they reach the warehouse.",
     "personal data in pipelines, marketing requests for customer contact details"),
    ("Looker is the BI tool; Metabase was retired.",
     "building dashboards, charts, reporting tools, Superset or Tableau requests"),
    ("All user-facing text goes through the translation files in web/messages.",
     "changing button labels, copy, wording, adding UI strings"),
]


def team_kb(tmp_path: Path, n_filler: int = 300) -> KnowledgeBase:
    kb = KnowledgeBase(open_db(tmp_path / "team.db"))
    recs = [Learning(content=text, store="learned_knowledge", repo_id=REPO, kind="convention",
                     evidence={"applies_when": when}) for text, when in TOPICS]
    # Filler: real-looking facts about other services (distinct words per record).
    for i in range(n_filler):
        recs.append(Learning(content=f"Service svc{i} owns queue q{i}x and is paged via "
                                     f"rota{i}; its dashboard lives in board{i}.",
                             store="learned_knowledge", repo_id=REPO, kind="insight"))
    recs.append(Learning(content="Run the tests with `pytest -q`", store="project_context",
                         repo_id=REPO, kind="test_command", source="observed",
                         evidence={"command": "pytest -q", "exit_code": 0}, confidence=0.9))
    recs.append(Learning(content="I prefer short answers", store="user_memory", repo_id="",
                         scope="user", user="alice", kind="preference"))
    kb.add_many(recs)
    return kb


def machine(kb: KnowledgeBase, **learning: object) -> LearningMachine:
    config = Config()
    for key, value in learning.items():
        setattr(config.learning, key, value)
    return LearningMachine(config, kb, REPO, None, "alice")


def test_a_message_nothing_bears_on_gets_the_core_and_nothing_else(tmp_path: Path) -> None:
    m = machine(team_kb(tmp_path))
    for message in ("rename this variable to something clearer", "thanks!", "why?", "ok",
                    "🙂🙂🙂"):
        built = m.build_context(message)
        stores = {r.store for r in built.items}
        assert stores <= {"project_context", "user_memory"}, (message, stores)
        assert set(built.reasons.values()) == {"core"}
        assert estimate_tokens(built.text) <= 300
    assert "pytest -q" in built.text and "short answers" in built.text  # the core is there


def test_the_relevant_learning_is_injected_and_the_filler_is_not(tmp_path: Path) -> None:
    m = machine(team_kb(tmp_path))
    built = m.build_context("what type should the refund amount column have, float?")
    assert "integer cents" in built.text
    assert sum(r.content.startswith("Service svc") for r in built.items) <= 2
    reason = next(v for k, v in built.reasons.items()
                  if k == next(r.id for r in built.items if "cents" in r.content))
    assert reason.startswith("relevance ")


@pytest.mark.parametrize("question, expected", [
    ("can I spin up Superset for our charts?", "Looker"),
    ("where do I change the label on the signup button?", "translation files"),
    ("can I roll out the new ingress in the last days of the year?", "frozen"),
])
def test_a_trigger_finds_a_learning_that_shares_no_word_with_the_question(
        tmp_path: Path, question: str, expected: str) -> None:
    kb = team_kb(tmp_path, n_filler=50)
    assert expected in machine(kb).build_context(question).text
    # Without its trigger the same learning is not found: the trigger did it.
    rec = next(r for r in kb.db.list_learnings([REPO]) if expected in r.content)
    rec.evidence.pop("applies_when")
    kb.update(rec, "alice", content_changed=True)
    assert expected not in machine(kb).build_context(question).text


def test_one_search_per_turn_whatever_the_number_of_stores(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    kb = team_kb(tmp_path, n_filler=20)
    m = machine(kb)
    calls: list[str] = []
    real = kb.db.keyword_ranked  # the keyword half of every hybrid search

    def counting(*args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        calls.append("kw")
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(kb.db, "keyword_ranked", counting)
    m.build_context("how do I run the tests before pushing?")
    assert len(calls) == 1


def test_a_broken_store_is_left_out_once_and_the_others_stay(tmp_path: Path) -> None:
    m = machine(team_kb(tmp_path, n_filler=10))

    class Broken:
        name = "broken"

        def recall(self, ctx: object) -> list[Learning]:
            raise RuntimeError("boom")

        def build_context(self, data: object) -> str:
            return ""

        def process(self, turn: object, ctx: object) -> None:
            return None

    m.stores = {**m.stores, "broken": Broken()}
    for _ in range(2):
        built = m.build_context("money as cents?")
        assert "integer cents" in built.text
    assert [e for e in m.errors if "broken" in e] == [
        "store broken left out of the context: RuntimeError: boom"]


def test_a_higher_floor_injects_less(tmp_path: Path) -> None:
    kb = team_kb(tmp_path, n_filler=100)
    question = "does svc12 page someone through a rota?"
    loose = machine(kb, relevance_floor=0.1).build_context(question)
    strict = machine(kb, relevance_floor=0.95).build_context(question)
    assert len(strict.items) < len(loose.items)


def test_no_message_is_an_overview_of_every_store(tmp_path: Path) -> None:
    built = machine(team_kb(tmp_path, n_filler=10)).build_context("")
    assert {r.store for r in built.items} >= {"learned_knowledge", "project_context",
                                               "user_memory"}


def test_unused_learnings_decay_but_used_or_verified_ones_do_not() -> None:
    from datetime import datetime, timedelta, timezone

    from gcode.aging import decay as decay_of, idle_days

    def decay(rec: Learning, now: datetime) -> float:
        return decay_of(rec, idle_days(rec, now))

    now = datetime.now(timezone.utc)

    def stamp(days: int) -> str:
        return (now - timedelta(days=days)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")

    old = Learning(content="x", created_at=stamp(400))
    assert decay(old, now) == 0.8
    assert decay(Learning(content="x", created_at=stamp(100)), now) == 0.9
    old.last_used_at = stamp(3)  # put in a prompt three days ago: it is in use
    assert decay(old, now) == 1.0
    verified = Learning(content="x", created_at=stamp(400), evidence={"exit_code": 0})
    assert decay(verified, now) == 1.0


def test_a_trigger_weighs_as_much_as_the_whole_text_in_a_records_vector(tmp_path: Path) -> None:
    """Diluted in the whole text, the "applies when" part counted for little: the vector of a
    record with a trigger is its whole text's plus its trigger's (normalized)."""
    import math

    from gcode.embed import HashingEmbedder
    from gcode.records import index_text

    kb = KnowledgeBase(open_db(tmp_path / "v.db"), HashingEmbedder())
    plain = "The billing service stores money as integer cents, never floats."
    trigger = "adding price, amount or currency fields; rounding; invoice totals"
    with_trigger = index_text("", plain, trigger)
    combined, alone = kb.embed_records([with_trigger, plain])
    whole = kb.embedder.embed([with_trigger])[0]
    question = kb.embedder.embed(["what type should the new invoice total field get?"],
                                 query=True)[0]

    def dot(a: list[float], b: list[float]) -> float:
        return sum(x * y for x, y in zip(a, b))

    assert math.isclose(dot(combined, combined), 1.0, rel_tol=1e-6)
    assert alone == kb.embedder.embed([plain])[0]  # no trigger: the text's own vector
    assert dot(question, combined) > dot(question, whole) * 1.2


def test_a_core_record_the_search_finds_weakly_stays_in_the_core(tmp_path: Path) -> None:
    """A verified command the message mentions in passing is below the relevance floor as a
    match, yet it is core: it must not drop out of the prompt for having been found."""
    m = machine(team_kb(tmp_path), relevance_floor=0.95)
    built = m.build_context("board7 dashboard for svc7 shows errors after the run")
    command = next(r for r in built.items if "pytest -q" in r.content)
    assert built.reasons[command.id] == "core"


def test_the_core_gives_each_store_its_best_before_any_stores_second(tmp_path: Path) -> None:
    """Two long verified commands outrank the user's preference, but the core is small: the
    second command must not crowd out the user's best preference (how to answer them)."""
    kb = KnowledgeBase(open_db(tmp_path / "core.db"))
    commands = [("pytest -q tests/unit", "Unit tests: `pytest -q tests/unit` runs the fast "
                 "suite against the in-memory fakes, in seconds."),
                ("pytest -q tests/api", "API tests: `pytest -q tests/api` starts the local "
                 "stack in docker compose first, then waits.")]
    kb.add_many([Learning(content=text, store="project_context", repo_id=REPO,
                          kind="test_command", source="observed", confidence=0.9,
                          evidence={"command": command, "exit_code": 0})
                 for command, text in commands] + [
        Learning(content="Dana likes a table when options are compared.", store="user_memory",
                 repo_id="", scope="user", user="alice", kind="preference")])
    built = machine(kb).build_context("thanks!")
    assert "likes a table" in built.text  # the user's best preference
    assert sum("pytest -q" in r.content for r in built.items) == 1  # the best command
    assert set(built.reasons.values()) == {"core"}


def test_of_equal_core_records_the_one_the_message_bears_on_comes_first(tmp_path: Path
                                                                        ) -> None:
    """A user's preferences score alike in the core, which has room for one here: the one
    the message shares a word with, too weakly to be a match, is it (not the newest)."""
    kb = KnowledgeBase(open_db(tmp_path / "prefs.db"))
    prefs = [("Dana likes a table when options are compared.", "2026-01-01T00:00:00.000000Z"),
             ("Dana wants the bundle size stated whenever a new dependency is suggested.",
              "2026-06-01T00:00:00.000000Z")]
    kb.add_many([Learning(content=text, store="user_memory", repo_id="", scope="user",
                          user="alice", kind="preference", created_at=when, updated_at=when)
                 for text, when in prefs])
    m = machine(kb, core_budget=30)
    assert "bundle size" in m.build_context("thanks!").text  # the newest, unasked
    built = m.build_context("compare react-query and SWR for me")
    assert "likes a table" in built.text and "bundle size" not in built.text
    assert set(built.reasons.values()) == {"core"}  # too weak to be a match
