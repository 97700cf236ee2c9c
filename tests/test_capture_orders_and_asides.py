"""From sets h80-h82 (first run: 42, 34 and 38 of 50 statements stored whole, 1 of 450 chatter
turns past the guards; 13 statements never reached the model). What they taught, as general
rules: a standing order reads as one when it says when it applies ("when fixing bugs with me,
...", "if a pipeline acts weird ..., clear it", "when I ask for a quick fix ..."), what it
rules out (", never the primary"), a limit ("keep the subject under 72 chars"), a kind of
thing ("comments explaining obvious code", "files i didn't touch") or why the speaker needs
it ("i'm still new to R"); "do `cmd` before ..." after a comma is an order, not a question;
a value's aside "(0.2.92 right now)", "screenshot tests", "throttled to 50ms", "between 6am
and 10pm ET" and "there's a known bug in X 1.17" are lasting; after a prohibition, the order
that follows is what to do instead; a bare correction ("no, it's not jest.") opens the fact
after it; "i'd much rather". And the chatter each rule must not let in."""

from __future__ import annotations

import pytest

from gcode.capture import candidates


def whole(said: str) -> bool:
    """The message reaches the model as one statement, every word of it."""
    return candidates(said) == [" ".join(said.split())]


@pytest.mark.parametrize("said", [
    "when reviewing migrations with me, run them against a copy first and show me the plan",
    "if a deploy hangs at the health check it's usually the readiness probe (it waits on "
    "redis), restart the redis pod first",
    "when I ask for a small change just make it, don't reformat the rest of the file",
    "analytics queries must hit the warehouse, use the `analytics` connection, never the "
    "primary",
    "for me: PR titles in sentence case, no ticket ids, keep the title under 60 chars",
    "please dont add docstrings restating the function name, i delete them anyway",
    "don't reformat code in files i didn't open, it clutters my diffs",
    "explain the kotlin bits to me in more detail, im still pretty new to kotlin",
    "the ios app builds with Xcode 15.4, do `bundle exec pod install` inside `ios/` before "
    "you build anything",
    "the protoc plugin has to match the runtime version exactly (3.25 right now) or codegen "
    "fails with unknown fields",
    "the CI runner has no display so screenshot tests run under xvfb",
    "search requests are throttled to 200ms on the client, dont go lower, the api rate "
    "limits us",
    "the bank only accepts payment files between 7am and 9pm CET",
    "the staging cluster scales down to zero nodes from 20:00 to 07:00 UTC",
    "there's a known bug in node 20.3 with fetch keepalive, we stay on 20.11",
    "never edit the generated clients by hand. regenerate them with `make openapi` or the "
    "contract tests fail",
    "no, it's not mocha. tests are vitest, `pnpm test`",
    "when you're not sure, ask me first. i'd much rather answer a question than undo a diff",
])
def test_a_statement_reaches_the_model_whole(said):
    assert whole(said), (said, candidates(said))


@pytest.mark.parametrize("said", [
    # the same words, of the moment
    "phpstan is yelling at me about 40 things i didn't touch",
    "`pnpm dev` is spamming 'hmr update' like 100 times a sec",
    "when you're done, push it",
    "do `make clean` and try again",
    "the release is between 3pm and 5pm today",
    "the deploy is from 14:00 to 15:00 today",
    "it's 2.1s right now",
    "there's a bug in the parser",
    "no, that's wrong.",
    "don't touch the fixture. fix the parser",
    "take this screenshot and crop it",
])
def test_the_same_words_of_the_moment_stay_out(said):
    assert candidates(said) == [], said


# From sets h83-h85 (first run: 42, 40 and 42 of 50 stored whole, 4 of 450 chatter turns past
# the guards): "that's why X has the throttle", "give me X when you ...", "pls no emojis in
# anything ...", "when you're about to ... (rebase, push), ask me first", "so you can't go
# by X, check Y", "but for the record ..." after a groan, "for me: keep answers short.",
# "please keep your answers short ...", "commit messages here follow ...", "we dropped X in
# january, it's Y now", "we agreed to stop using X ... now", "..., read via `f()`", a rule
# under its heading; and as the moment's: "try X, not Y", "failed because ...", "you can see
# it in that test output", "I hate sbt sometimes".
@pytest.mark.parametrize("said", [
    "the payments API rate limits us to 10 req/s per key, thats why `PayClient` has the "
    "token bucket",
    "give me file paths with line numbers when you point at code, i jump with my editor",
    "pls no emojis in anything you write for me",
    "when you're about to run anything destructive (drop, truncate, reset), ask me first",
    "the gateway returns 200 with an error object on failures, so you can't go by status "
    "code, check the `error` field",
    "for me: keep answers short.",
    "please keep your answers short with me, just the diff and one line of why",
    "commit messages here follow gitmoji, the release bot depends on it",
    "no, we dropped yarn in march, it's pnpm for everything now",
    "we agreed to stop using enums in the api layer, eslint has `no-enum` as an error now",
    "settings are rows in the `app_config` table, read via `get_setting(key)`",
    "Team rule: no new dependencies without a size check, post the numbers in the PR",
])
def test_h83_h85_statements_reach_the_model_whole(said):
    assert whole(said), (said, candidates(said))


def test_a_fact_said_for_the_record_after_a_groan_is_kept():
    said = "ugh fine, leave it. but for the record the staging namespace is `shop-stg`"
    assert candidates(said) == ["but for the record the staging namespace is `shop-stg`"]


@pytest.mark.parametrize("said", [
    "try caching per request, not globally",
    "the nightly failed because of a timeout on the runner, not us",
    "the total is off by one cent for refunds, you can see it in that test output",
    "I hate gradle sometimes",
    "restarting the consumer pod",
    "you must not push to main directly, open a PR for this",
    "the query returns drafts too, that's why the preview has 2 copies",
])
def test_h83_h85_chatter_stays_out(said):
    assert candidates(said) == [], said


# From sets h86-h88 (first run: 43, 43 and 42 of 50 stored whole, 2 of 450 chatter turns):
# "the one-line root cause" points at nothing; "explain X in more detail" for a kind of
# thing; a heading "for bug fixes with me:"; "so keep migrations compatible with 14"; "use
# british english in comments"; "i'm Sam btw, i own the auto-updater".
@pytest.mark.parametrize("said", [
    "when you review a PR give me the one-line summary first and then the details",
    "i'm from the java side originally so explain rust lifetimes in more detail for me",
    "for refactors with me: write the characterization test first, show me it passes, then "
    "change the code",
    "prod runs mysql 8.0 so keep migrations compatible with 8.0",
    "use american english in comments and docs please, color not colour",
    "i'm Ana btw, i own the billing service and its alerts",
])
def test_h86_h88_statements_reach_the_model_whole(said):
    assert whole(said), (said, candidates(said))


@pytest.mark.parametrize("said", [
    "explain this in more detail",
    "keep it short",
    "i am investigating",
    "use the other one",
])
def test_h86_h88_chatter_stays_out(said):
    assert candidates(said) == [], said
