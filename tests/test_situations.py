"""A question's situations (gcode.situations): the kinds of rule a team writes about that
its own words say it is in, found though it shares no word with the rule."""

from __future__ import annotations

from pathlib import Path

import pytest

import gcode.situations as situations
from gcode.db import open_db
from gcode.embed import HashingEmbedder
from gcode.knowledge import KnowledgeBase
from gcode.records import Learning
from gcode.tool_names import with_categories

DISTRACTORS = [
    "lint with ruff check . before pushing",
    "the api service reads its settings from config/settings.toml",
    "release notes are drafted in CHANGELOG.md by whoever merges",
]


def test_a_day_of_the_month_is_searched_as_a_date_a_schedule_may_rule_out():
    assert with_categories("can i ship the search refactor on the 27th?").endswith(
        f"({situations.DAY_KIND})")
    for asked in ("the 3rd attempt failed again", "p99 is the 99th percentile", "the 2nd run"):
        assert with_categories(asked) == asked


@pytest.mark.parametrize("asked", [
    "can i book two weeks off in the autumn?", "can my new feature reach customers next week?",
    "is it ok to take all of february off?", "who covers on-call during my vacation?",
])
def test_a_time_of_the_year_or_time_away_is_searched_as_a_date_a_schedule_may_rule_out(
        asked: str) -> None:
    """A deadline, a release schedule or a freeze bears on time off and on when a thing
    ships, though the question names neither."""
    assert situations.DAY_KIND in with_categories(asked)


@pytest.mark.parametrize("asked", ["may i merge this?", "the summer intern wrote it",
                                   "the week view renders twice", "hold off on this"])
def test_no_date_is_read_into_words_that_name_no_time(asked: str) -> None:
    assert situations.DAY_KIND not in with_categories(asked)


@pytest.mark.parametrize("asked", [
    "who signs off on PRs touching the feed parser?", "who should approve changes to the pad?",
    "who's responsible for the landing page?", "i need last year's data, who do i bug?",
    "who do I ask before changing the thresholds?", "who is in charge of the runners?",
])
def test_a_question_of_who_decides_is_searched_as_one_of_ownership(asked: str) -> None:
    assert situations.WHO_KIND in with_categories(asked)


@pytest.mark.parametrize("asked", ["who wrote this?", "who calls this function?",
                                   "the reviewer asked for tests", "whose turn is it"])
def test_no_ownership_is_read_into_other_questions_of_who(asked: str) -> None:
    assert situations.WHO_KIND not in with_categories(asked)


@pytest.mark.parametrize("asked, kind", [
    ("is it fine to add a new library for date parsing?", "adding a dependency"),
    ("can we start using this crate for retries?", "adding a dependency"),
    ("i want to drop the legacy_flags column", "database schema change"),
    ("renaming the status field on orders, anything to watch?", "database schema change"),
    ("can I make user_id not-null?", "database schema change"),
    ("ok to keep the api key in the repo's .env?", "handling secrets"),
    ("can we log the auth tokens while debugging?", "handling secrets"),
    ("is an extra 0.03 s per prediction acceptable?", "a duration"),
    ("the export takes 250ms longer now", "a duration"),
    ("a nightly copy of 3 TB to the partner", "a data size"),
    ("the payload grew to 12MB", "a data size"),
    ("a logger hammering us with 50 req/s", "a rate"),
    ("it adds roughly $1,200 a month", "an amount of money"),
    ("a 40 eur per seat plan", "an amount of money"),
    ("found a neat package for snapping traces to roads, can i just pull it in?",
     "adding a dependency"),
    ("the client doesn't want to be part of our analytics anymore", "consent"),
    ("a customer asked us to delete their data, what do I run?", "consent"),
    ("someone forgot their credential, can we look it up and email it over?", "handling secrets"),
    ("i want to dump full mqtt messages to stdout", "logging data"),
    ("ok to log the raw request bodies while debugging?", "logging data"),
    ("could anything we upload identify bystanders?", "personal data"),
    ("track where the driver parks overnight", "personal data"),
    ("switch the new rule on for 10% of stations first", "a gradual rollout"),
    ("can we run the device tests on every pull request?", "running on every pull request"),
    ("today's output looks identical to yesterday's", "stale data"),
    ("how do I hide the new pricing page from customers until launch day?", "a gradual rollout"),
    ("where do I edit the wording on the signup button?", "user-facing text"),
    ("can the banner ship with just the copy from the mockups?", "user-facing text"),
    ("how can I find out how many people click the banner?", "product analytics"),
    ("who gets woken up when provisioning breaks at 3am?", "on-call"),
    ("which days in March am I holding the pager?", "on-call"),
    ("how quickly can I pull 50k historical lab results tonight?", "a rate"),
    ("can we turn on session replay in the app?", "product analytics"),
    ("can they keep using the old export through next autumn?", "a calendar date"),
    ("can a user book a visit while in airplane mode?", "offline"),
    ("what happens when the driver loses signal mid-route?", "offline"),
])
def test_a_situation_a_team_rules_on_is_searched_in_the_words_of_its_rule(
        asked: str, kind: str) -> None:
    assert kind in with_categories(asked)


@pytest.mark.parametrize("asked", [
    "what does this package do?", "the table renders twice", "where are tokens refreshed?",
    "how do I run the tests?", "explain the difference between TCP and UDP",
    "how do I add a column to a pandas DataFrame?", "add a table to the markdown docs",
    "music of the 1990s", "upgrade to python 3.11", "add 2 users to the fixture",
    "why is s3 slow?", "how many seconds does it take?", "is the 5th test flaky?",
    "delete the stale data files", "we want to be part of the beta",
    "what does this log message mean?", "the trace shows two spans", "print the version",
    "who is on call?", "identify the slow query", "10% of the CPU is idle",
    "the commit message is wrong", "nothing changed in the diff",
    "copy the file to the server", "wait until the job ends", "how many tests are there?",
    "the 3 amps fuse", "how quickly does the page load?", "the pager component renders twice",
    "there is no connection pool setting", "no network policy in the chart?",
])
def test_no_situation_is_read_into_questions_that_name_none(asked: str) -> None:
    assert all(kind not in with_categories(asked) for _, kind in situations.SITUATIONS)


def test_a_question_of_who_signs_off_finds_the_note_on_who_owns_it(tmp_path: Path) -> None:
    note = "The ingest crate belongs to the integrations team; CODEOWNERS routes reviews there."
    kb = KnowledgeBase(open_db(tmp_path / "kb.db"), HashingEmbedder())
    kb.add_many([Learning(content=text, repo_id="r") for text in [note, *DISTRACTORS]])
    hits = kb.search("who signs off on edits to the partner feed parser?", ["r", ""], None, k=1)
    assert hits and hits[0].content == note  # it shares no word with the question


def test_the_situations_are_compiled_when_a_question_is_searched_not_at_start_up() -> None:
    """Twenty patterns cost ~8 ms to compile: a command that searches nothing
    (`gcode context` with no message, `gcode learn list`) does not pay for them."""
    import subprocess
    import sys

    probe = ("import gcode.knowledge, gcode.hybrid, gcode.situations as s; "
             "print(s._compiled.cache_info().currsize)")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "0"
    assert situations.situations_of("every 5 seconds") == [
        "a duration: latency budgets, timeouts, intervals"]
