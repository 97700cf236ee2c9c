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
    "it's 2.1s right now",
    "there's a bug in the parser",
    "no, that's wrong.",
    "don't touch the fixture. fix the parser",
    "take this screenshot and crop it",
])
def test_the_same_words_of_the_moment_stay_out(said):
    assert candidates(said) == [], said
