"""A question naming a well-known tool is searched with what kind of tool it is, so it meets
the team's note written in general words (gcode.tool_names)."""

from __future__ import annotations

from pathlib import Path

import pytest

import gcode.tool_names as tool_names
from gcode.db import open_db
from gcode.embed import HashingEmbedder
from gcode.knowledge import KnowledgeBase
from gcode.records import Learning
from gcode.tool_names import categories_named, with_categories

FREEZE = "Spend freeze: no new paid SaaS vendors (monitoring, analytics) without CFO approval."
OTHERS = [
    "run the unit tests with pytest -q from the repo root",
    "the frontend lives in web/ and builds with vite",
    "migrations are written with alembic and run on deploy",
    "docs are published from docs/ by mkdocs on every release",
]


def test_names_are_found_whole_longest_first_and_each_kind_once():
    assert categories_named("datadog or grafana cloud for the dashboards?") == [
        "paid monitoring and observability SaaS vendor",
        "hosted monitoring and dashboards SaaS vendor"]
    assert categories_named("can I pull moment.js into the picker?") == [
        "JavaScript date and time library"]
    assert categories_named("an EC2 box in us-east-1.") == [
        "AWS virtual machine compute instances", "AWS region in the United States (Virginia)"]
    assert len(categories_named("momentjs, moment.js and momentjs again")) == 1


@pytest.mark.parametrize("asked", [
    "how do I run the tests?", "at the moment the build is slow", "datadogs are cute",
    "the mocha-colored theme", "",
])
def test_ordinary_words_and_parts_of_words_name_nothing(asked):
    assert with_categories(asked) == asked


def test_a_question_naming_a_vendor_finds_the_rule_written_in_general_words(tmp_path: Path):
    kb = KnowledgeBase(open_db(tmp_path / "kb.db"), HashingEmbedder())
    kb.add_many([Learning(content=text, repo_id="r") for text in [FREEZE, *OTHERS]])
    hits = kb.search("mixpanel or amplitude for the funnel?", ["r", ""], None, k=3)
    assert hits and hits[0].content == FREEZE
    assert with_categories("mixpanel or amplitude for the funnel?") != \
        "mixpanel or amplitude for the funnel?"


def test_a_broken_install_searches_questions_as_asked(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(tool_names, "CATEGORIES_FILE", "missing.json")
    monkeypatch.setattr(tool_names, "WORLD_FILE", "missing-too.json")
    tool_names._categories.cache_clear()
    tool_names.with_categories.cache_clear()
    try:
        assert with_categories("datadog or grafana?") == "datadog or grafana?"
    finally:
        tool_names._categories.cache_clear()
        tool_names.with_categories.cache_clear()


def test_places_devices_and_holidays_are_named_by_what_they_mean_to_a_team():
    kinds = categories_named("a replica in virginia on an A100, for huawei handsets, at christmas")
    assert len(kinds) == 4
    assert "us-east-1" in kinds[0] and "GPU" in kinds[1] and "Google Play" in kinds[2]
    assert "freeze" in kinds[3]
    # a tool's own entry wins where both lexicons name a thing
    assert categories_named("us-east-1") == ["AWS region in the United States (Virginia)"]


def test_a_question_naming_a_place_finds_the_rule_written_about_its_region(tmp_path: Path):
    rule = "Everything we run stays in the EU: eu-central-1 only, no US regions."
    kb = KnowledgeBase(open_db(tmp_path / "kb.db"), HashingEmbedder())
    kb.add_many([Learning(content=text, repo_id="r") for text in [rule, *OTHERS]])
    hits = kb.search("can the nightly job sit in virginia to save money?", ["r", ""], None, k=1)
    assert hits and hits[0].content == rule  # it shares no word with the question


def test_a_long_message_is_searched_with_the_kinds_of_what_its_start_names(tmp_path: Path,
                                                                           monkeypatch) -> None:
    """The part of a message that is embedded (its start) is what kinds are read from, and
    they are kept after it: before, a pasted log's 100 KB pushed them out of what was
    embedded, and every pattern read the whole paste."""
    kb = KnowledgeBase(open_db(tmp_path / "kb.db"), HashingEmbedder())
    kb.add_many([Learning(content=text, repo_id="r") for text in OTHERS])
    embedded: list[str] = []
    real = kb.embedder.embed

    def spy(texts, query=False):
        embedded.extend(texts)
        return real(texts, query=query)

    monkeypatch.setattr(kb.embedder, "embed", spy)
    kb.search("datadog or grafana for this? " + "INFO worker ready\n" * 6000, ["r", ""], None)
    assert embedded and embedded[-1].endswith("monitoring dashboards tool)")
    assert len(embedded[-1]) < 2500
