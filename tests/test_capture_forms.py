"""Capture rules from sets h56-h58 (first run: 30, 36 and 38 of 50 statements stored whole,
0 of 450 chatter turns past the guards): a prohibition with its reason after a comma, a
correction of the assistant, a reminder or a meeting's decision opening the fact, a noun
that looks like a verb opening it, a version number after "in", who to ask for access.
Each has beside it what is said the same way and is of the moment."""

from __future__ import annotations

import pytest

from gcode.capture import candidates
from gcode.capture_guards import unfit_learning


def kept(said: str) -> list[str]:
    return [c for c in candidates(said) if unfit_learning(c) is None]


@pytest.mark.parametrize("said", [
    "don't put secrets in `settings.local.yml`, the app reads credentials from env vars only",
    "dont point the dev profile at the large cluster, finance gets billed for every hour of it",
    "don't mock the auth provider in the integration tests, there's an emulator for it: "
    "`make auth-emulator`",
    "do not bump either library without asking the team, the codegen plugin breaks on newer "
    "versions",
])
def test_a_prohibition_with_its_reason_after_a_comma_is_a_learning(said):
    assert kept(said), said


@pytest.mark.parametrize("said", [
    "dont touch the tests, only the implementation",
    "no no, don't touch the sensor, the problem is upstream",
    "don't touch the bucket policy, it's the signed URL expiry",
    "wait don't delete the test fixtures, those are shared",
    "don't merge it, the reviewer has not approved",
    "don't worry about the flaky one, it is a known issue",
])
def test_a_prohibition_about_what_is_at_hand_is_not(said):
    assert kept(said) == [], said


@pytest.mark.parametrize("said", [
    "actually you got that wrong, the team decided to keep the price lookup synchronous",
    "sorry, that's wrong - our warehouse account is in `eu-central-1`, not us-east.",
    "decision from yesterday's sync: we're moving off the polling job to CDC by the end of Q3.",
    "reminder that timestamps in the API are always ISO-8601 with an offset.",
    "ugh ok. note that the simulator build doesn't work for this app, you need a dev client",
])
def test_a_correction_a_reminder_or_a_decision_opening_a_fact_is_a_learning(said):
    assert kept(said), said


@pytest.mark.parametrize("said", [
    "that's wrong, try again",
    "actually you got that wrong.",
    "sorry, that's wrong - can you redo it?",
])
def test_a_correction_with_no_fact_after_it_is_not(said):
    assert kept(said) == [], said


@pytest.mark.parametrize("said", [
    "test coverage gate in CI is 80% per module, PRs below that get blocked",
    "build cache size on the runners is 10 GB",
    "the local postgres must be 15, the migrations use `MERGE` which isn't in 14",
    "to get a staging shell you need the VPN profile and the ops group, ask Dana for access",
])
def test_a_fact_that_opens_like_an_order_or_names_a_version_is_a_learning(said):
    assert kept(said), said


@pytest.mark.parametrize("said", [
    "make sure tests in ci are green before you merge",
    "check the logs are rotated on the box",
    "back in 10",
    "ask Dana for the logs of last night's run, then fix the parser",
])
def test_an_order_and_a_moment_are_not(said):
    assert kept(said) == [], said


@pytest.mark.parametrize("said", [
    "the node version is pinned in `.nvmrc` and the Dockerfile, bump both together or CI and "
    "prod diverge",
    "don't start the web server alone or the background jobs pile up",
    "if a lab fixture breaks, ping Ana before touching the wiring",
    "i prefer short answers. skip the explanations unless i ask why",
    "please stop adding comments on every line, I only want them where the logic is subtle",
    "the aws provider is pinned at ~> 5.40, 5.50 changed the addon defaults and broke our node "
    "groups last time",
    "no thats wrong, the test harness needs python 3.11, 3.12 breaks the serial library",
    "can you fix the typo? oh and btw the staging db is reset from a prod snapshot every sunday",
    "`test_bus_recovery` is flaky on the rig, it fails maybe 1 in 20 runs",
])
def test_a_rule_with_its_consequence_or_condition_and_a_lesson_are_learnings(said):
    assert kept(said), said


@pytest.mark.parametrize("said", [
    "rerun it or the deploy will fail",
    "if the test fails, rerun it",
    "stop adding logs",
    "it failed last time",
    "you broke the build last time, check it",
    "maybe the cache is stale",
    "no, that's wrong, try again",
])
def test_the_same_forms_about_the_moment_are_not(said):
    assert kept(said) == [], said


@pytest.mark.parametrize("said", [
    "memory: the large grid needs 64G per task, request `--mem=64G` or slurm OOM-kills it",
    "set `JULIA_NUM_THREADS=4` or the threaded advection tests get skipped silently",
    "playmode tests need a loaded scene, run them with `./tools/run-tests.sh` otherwise half of "
    "them time out",
    "ask Sam before changing the bucket's group settings",
    "i prefer you show me the diff and wait before applying anything that touches 2 files",
    "i like it when you run the tests yourself after a change instead of asking me whether to",
    "Ingrid wants every new parameterization to cite its paper in the docstring",
    "dev gets 429s around 100 rps under load, that's expected, not a bug",
])
def test_consequences_who_to_ask_and_a_wish_for_every_case_are_learnings(said):
    assert kept(said), said


@pytest.mark.parametrize("said", [
    "ask Jonas before deleting it, then draft me a message",
    "let's look at the logs before changing anything",
    "ok so the key is missing in title data, not a code bug",
    "sorry typo, i meant `regrid.py` not `regird.py`",
    "Ingrid wants the demo by friday",
])
def test_the_same_words_about_the_moment_are_not(said):
    assert kept(said) == [], said


@pytest.mark.parametrize("said", [
    "we don't use lombok anymore.",
    "we don't support IE or legacy Edge any more.",
    "we decided last week to keep money as integer cents, no DecimalField for prices anymore.",
])
def test_a_practice_the_team_gave_up_is_a_learning(said):
    assert kept(said), said


@pytest.mark.parametrize("said", [
    "it doesn't crash anymore",
    "the test isn't flaky anymore after your fix",
    "i don't need the logs anymore",
])
def test_what_stopped_happening_now_is_not(said):
    assert kept(said) == [], said


@pytest.mark.parametrize("said", [
    "please don't write commit messages for me, I write my own",
    "stop writing doc comments on private methods for me, i find them noisy.",
    "dont hardcode either one",
    "ping him not me for anything release related",
    "commit msgs follow conventional commits with the package as scope",
    "run `pnpm exec playwright install` once or it dies with a confusing launch error",
    "we dropped the `--legacy-output` flag in 4.0, so its code paths are dead",
    "nope, wrong - CI uses `vitest --run`.",
])
def test_ways_of_working_for_me_conventions_and_versions_are_learnings(said):
    assert kept(said), said


@pytest.mark.parametrize("said", [
    "change match to 0.5 and let's see",
    "the reporter is on v2.3.1 and that bug was fixed in 2.3.2",
    "ping him about it",
    "wrong file, try again",
])
def test_the_same_shapes_about_now_are_not(said):
    assert kept(said) == [], said
