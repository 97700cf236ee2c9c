"""Telling a lone Esc from the escape sequences of other keys, while a turn runs."""

from __future__ import annotations

import os
import threading
import time

from gcode.chat_keys import TurnKeys, decode_keys


def nothing_more() -> bytes:
    return b""


def test_a_lone_esc_is_an_interrupt_and_sequences_are_not() -> None:
    assert decode_keys(b"\x1b", nothing_more) == ("", 1)
    assert decode_keys(b"\x1b[A\x1bOB\x1b[1;5C", nothing_more) == ("", 0)  # arrows, Ctrl-right
    assert decode_keys(b"\x1bx", nothing_more) == ("", 0)  # Alt-x
    assert decode_keys(b"\x1b\x1b[A", nothing_more) == ("", 1)  # Esc, then an arrow
    assert decode_keys(b"ab\x1b", lambda: b"[D") == ("ab", 0)  # the rest arrived just after
    assert decode_keys("héllo\x03\x7f\r".encode(), nothing_more) == ("héllo", 0)


def test_the_watcher_reads_a_real_terminal() -> None:
    import pty

    leader, follower = pty.openpty()
    hit = threading.Event()
    keys = TurnKeys(follower, interrupt=hit.set)
    try:
        assert keys.start()
        os.write(leader, b"next question")
        os.write(leader, b"\x1b[A")
        os.write(leader, b"\x1b")
        assert hit.wait(10)
        text = keys.stop()
        assert text == "next question"
        keys2 = TurnKeys(follower, interrupt=hit.clear)
        assert keys2.start()
        os.write(leader, b"dropped")
        deadline = time.monotonic() + 10
        while keys2.typeahead != "dropped":  # the watcher has read it
            assert time.monotonic() < deadline, keys2.typeahead
            time.sleep(0.01)
        keys2.pause()  # a question comes: what was typed ahead cannot answer it
        assert keys2.stop() == ""
    finally:
        os.close(leader)
        os.close(follower)
