"""From sets h89-h91 (first run: 41, 41 and 44 of 50 statements stored whole, 0, 3 and 1
of 150 chatter turns past the guards; 10 statements never reached the model). What they
taught, as general rules: a short hex number is a bus address or a register ("the sensor is
at 0x44"), not an address in a dump; a symptom with the condition under which it holds ("the
dialog never shows on the emulator unless ...") is a lasting gotcha; "for my commits, use
..." and "for my code, write ..." rule a kind of the speaker's things, not the change at
hand. And the chatter each rule must not let in."""

from __future__ import annotations

import pytest

from gcode.capture import candidates


def whole(said: str) -> bool:
    """The message reaches the model as one statement, every word of it."""
    return candidates(said) == [" ".join(said.split())]


@pytest.mark.parametrize("said", [
    # a bus address or a register, not a dump's address
    "the pressure sensor is a BMP390 on spi2 with chip id 0x60",
    "the PMIC sits at 0x34 on the i2c bus, the fuel gauge at 0x36",
    # a symptom that holds under a condition
    "heads up, the share sheet never shows on the simulator unless you sign in to iCloud first",
    "the consent banner never appears in incognito until the CMP script is allowed in the CSP",
    # the speaker's things of a kind
    "for my commits use gitmoji prefixes, like `:bug: fix token refresh`",
    "for my code, prefer early returns over nested ifs",
    "for my pull requests, add a screenshot of every changed screen",
])
def test_a_lasting_fact_reaches_the_model_whole(said: str) -> None:
    assert whole(said)


@pytest.mark.parametrize("said", [
    # a dump's address, a crash of the moment
    "segfault at 0x7ffd5a2b1c40 in libc, the core dump is in /tmp",
    "the access violation at 0x38 means we read a member of a null proxy",
    # a symptom now
    "that's why the toast never shows",
    "the modal never appears after i click save",
    # the change at hand
    "for my branch, rebase it on main",
    "thanks for my fix",
])
def test_what_belongs_to_the_moment_stays_out(said: str) -> None:
    assert not candidates(said)
