"""From sets h71-h73 (first run: 42, 42 and 36 of 50 statements stored whole, 3 of 450 chatter
turns past the guards): an English "no, we don't ..." is a correction with its fact (the
other languages' "no," stays a reaction); a pasted log line is material even when it reads
like prose (logfmt pairs, a level label beside a place in the code); "no, the other way
around" is a reaction; a claim the speaker doubts at its end (", I'm pretty sure", "but I
doubt that") is a guess, not a fact (h74-h76's first run passed two such turns)."""

from __future__ import annotations

import pytest

from gcode.capture import candidates
from gcode.capture_guards import unfit_learning


def kept(said: str) -> list[str]:
    return [c for c in candidates(said) if unfit_learning(c) is None]


@pytest.mark.parametrize("said", [
    "no, we don't use factory_bot traits for tenants. always build them with the helper",
    "no, we don't auto-apply migrations on startup. the release pipeline runs them",
    "no, the queue driver is redis in prod, not database",
    "no, our builds are gradle only, maven was dropped in 2023",
])
def test_an_english_no_opens_a_correction_with_its_fact(said):
    assert kept(said), said


@pytest.mark.parametrize("said", [
    "no, das ist falsch",
    "no, c'est faux, recommence",
    "no, the other way around — the list first, then the count",
    "the other way round, please",
    'at=error code=H12 desc="Request timeout" method=GET path="/calendar" host=app.example.com '
    "dyno=web.3 connect=0ms service=30000ms status=503",
    "DEPRECATION WARNING: Time#to_s(:db) is deprecated and will be removed from Rails 7.2 "
    "(called from block in <class:Exporter> at app/exporters/booking_exporter.rb:31)",
    "ERROR: relation users does not exist at character 15 (db/migrate/0042_users.rb:12)",
])
def test_a_reaction_or_a_pasted_log_line_is_not(said):
    assert kept(said) == [], said


@pytest.mark.parametrize("said", [
    "Warning: never run the migrations on prod without a fresh backup (db/README.md:3)",
    "the worker needs QUEUE=critical WORKERS=4 TIMEOUT=30 in its env, the defaults are too low",
    "sourcing order matters: the system setup first, the workspace second. the other way round "
    "and the system packages shadow ours",
])
def test_what_only_looks_like_them_still_is(said):
    assert kept(said), said


@pytest.mark.parametrize("said", [
    "the vendor's docs say their batch endpoint takes 1000 events per call but I doubt that",
    "the flake in `refund.spec.ts` is the click before the modal animates in, I'm pretty sure.",
    "the api timeout is 30s but i could be wrong",
])
def test_a_claim_the_speaker_doubts_at_its_end_is_not(said):
    assert kept(said) == [], said


@pytest.mark.parametrize("said", [
    "deploys need two approvals, I'm certain.",
    "the staging db is reset every sunday, i'm sure of it",
])
def test_a_claim_the_speaker_is_sure_of_still_is(said):
    assert kept(said), said
