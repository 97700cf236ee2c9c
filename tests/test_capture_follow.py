"""A statement's next sentences go with it (sets h68-h70, first run: 90 of 150 statements
stored whole, 60 of the misses cut after their first sentence): what to do about the fact,
its reason, its consequence, a label. Read alone they are orders or pointers ("run pint
before committing", "that was decided after the incident"); after a fact, their "it" and
"that" are the fact's. What follows a fact and belongs to the moment stays out: a question,
a request, an order with no sign that it lasts, what the assistant just did."""

from __future__ import annotations

import pytest

from gcode.capture import candidates, unfit_learning


def kept(said: str) -> list[str]:
    return [c for c in candidates(said) if unfit_learning(c) is None]


@pytest.mark.parametrize("said", [
    # what to do about it: an order that says when, until when, or what instead
    "Omar owns the billing exporter. run anything that changes its schema past him first",
    "the search index is rebuilt from postgres every night. never write to it directly",
    "our node version is pinned to 20.11 because the image resizer segfaults on 22. "
    "dont bump it until that's fixed",
    "e2e tests hit the real payment sandbox and take 20 minutes. use `make e2e-fake` instead "
    "when you only touched the UI",
    "formatting is checked in CI with `black --check`. run `make fmt` before committing",
    # its reason, its consequence, a label
    "amounts are stored as integer cents everywhere. that was decided after the rounding "
    "bug in the invoices last year",
    "every queue consumer must be idempotent. the broker redelivers on any timeout",
    "never put customer emails in log lines. GDPR scope.",
    "cron jobs run in UTC on the workers. the report emails go out an hour late otherwise",
    # a preference and how it applies
    "i prefer short answers. only explain when something is not obvious",
])
def test_a_fact_and_what_goes_on_with_it_are_one_learning(said):
    got = kept(said)
    assert got == [" ".join(said.split())], got


@pytest.mark.parametrize(("said", "fact"), [
    ("the staging cluster is `k8s-stg` in eu-west-1. can you check why the last deploy hung",
     "the staging cluster is `k8s-stg` in eu-west-1."),
    ("the staging cluster is `k8s-stg` in eu-west-1. can u look at the failing pod first",
     "the staging cluster is `k8s-stg` in eu-west-1."),
    ("migrations live in `db/migrations` and are numbered. add a nil check on the loader there",
     "migrations live in `db/migrations` and are numbered."),
    ("models go in `models/staging/<source>/`. you used the wrong folder in the last file",
     "models go in `models/staging/<source>/`."),
    ("the exporter is owned by the data team. let's profile it anyway",
     "the exporter is owned by the data team."),
    ("the exporter is owned by the data team. it is failing right now",
     "the exporter is owned by the data team."),
    ("the exporter is owned by the data team. just restart it if you want",
     "the exporter is owned by the data team."),
    ("the exporter is owned by the data team. thanks!", "the exporter is owned by the data team."),
])
def test_what_follows_a_fact_and_belongs_to_the_moment_stays_out(said, fact):
    assert kept(said) == [fact]


def test_a_follow_up_never_makes_a_statement_of_chatter():
    """Only a candidate is continued: a message with none stays without one."""
    for said in ("can you rename this? run the tests before committing",
                 "still failing. keep that in mind when you retry",
                 "ok. never mind, do it the other way"):
        assert kept(said) == [], said


def test_a_follow_up_stops_at_the_length_a_statement_may_have():
    fact = "the nightly export runs at 02:00 UTC on the batch workers."
    more = " run any change to it past Omar first."  # each a follow-up, none a statement
    got = kept(fact + more * 12)
    assert got and got[0].startswith(fact + more) and all(len(c) <= 400 for c in got)
