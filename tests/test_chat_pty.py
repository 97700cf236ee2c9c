"""`gcode chat` end to end in a pseudo-terminal, read through a terminal emulator.

The real console script runs in a pty (pexpect) whose output feeds a pyte
screen, which also answers the cursor-position requests prompt-toolkit makes,
as a real terminal does. A person's session against the scripted model server:
a streamed answer, an approved edit, Ctrl-C during a slow answer, /context,
Ctrl-D; then the session is resumed and its transcript checked.
"""

from __future__ import annotations

import json
import os
import re
import sys
import time
from pathlib import Path

import pexpect
import pyte
import pytest
from fake_openai import Reply, text, tool_call

from gcode.db import open_db

pytestmark = pytest.mark.slow

ROWS, COLS = 40, 120
TOOLBAR = re.compile(r"learning: \w+ +· +[\d,.k]+ tokens")
SLOW_STORY = "Once upon a time there was a build that took forever to finish. " * 8


class Terminal:
    """A child process on a pty, with the screen a person would see."""

    def __init__(self, args: list[str], cwd: Path, env: dict[str, str]) -> None:
        self.screen = pyte.Screen(COLS, ROWS)
        self.stream = pyte.Stream(self.screen)
        self.child = pexpect.spawn(args[0], args[1:], cwd=str(cwd), env=env,
                                   dimensions=(ROWS, COLS), encoding="utf-8",
                                   codec_errors="replace")
        self.screen.write_process_input = self.child.send  # answers CPR (ESC [6n)
        self.transcript = ""

    def pump(self, timeout: float = 0.05) -> None:
        try:
            data = self.child.read_nonblocking(65536, timeout)
        except pexpect.TIMEOUT:
            return
        except pexpect.EOF:
            raise EOFError(f"gcode chat exited; it printed:\n{self.transcript}") from None
        self.transcript += data
        self.stream.feed(data)

    def text(self) -> str:
        return "\n".join(line.rstrip() for line in self.screen.display)

    def wait_for(self, pattern: str | re.Pattern[str], timeout: float = 15) -> re.Match[str]:
        """Pump output until `pattern` is on the screen."""
        rx = re.compile(pattern) if isinstance(pattern, str) else pattern
        deadline = time.monotonic() + timeout
        while True:
            m = rx.search(self.text())
            if m:
                return m
            if time.monotonic() > deadline:
                raise AssertionError(f"{rx.pattern!r} not on screen after {timeout}s:\n"
                                     f"{self.text()}")
            self.pump()

    def wait_for_prompt(self, timeout: float = 15) -> None:
        """The prompt is back when the toolbar is drawn and the cursor sits after '> '."""
        deadline = time.monotonic() + timeout
        while True:
            row = self.screen.display[self.screen.cursor.y]
            if TOOLBAR.search(self.text()) and row.startswith("> "):
                return
            if time.monotonic() > deadline:
                raise AssertionError(f"no prompt after {timeout}s:\n{self.text()}")
            self.pump()

    def type(self, keys: str) -> None:
        self.child.send(keys)

    def exit_status(self, timeout: float = 15) -> int:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                self.pump(0.1)
            except EOFError:
                self.child.close()
                return int(self.child.exitstatus if self.child.exitstatus is not None
                           else -(self.child.signalstatus or 0))
        raise AssertionError(f"gcode chat did not exit:\n{self.text()}")


def gcode_argv() -> list[str]:
    script = Path(sys.executable).with_name("gcode")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "gcode"]


def chat_env(fake_llm) -> dict[str, str]:
    env = {**os.environ, **fake_llm.env, "TERM": "xterm", "COLUMNS": str(COLS),
           "LINES": str(ROWS)}
    env.pop("NO_COLOR", None)  # the real thing: colour, markdown, spinner
    return env


def test_chat_session_in_a_terminal(fake_llm, make_repo):
    root = make_repo("shop", {"README.md": "# Shop\n", "app.py": "print('hi')\n"})
    fake_llm.script(
        text("Hello! I am **gcode**, your coding agent.", chunk_delay=0.02),
        tool_call("edit_file", {"path": "app.py", "old_text": "print('hi')",
                                "new_text": "print('hello')"}),
        text("I changed the greeting in `app.py`."),
        text(SLOW_STORY, chunk_delay=0.25, chunk_size=8),
    )
    term = Terminal([*gcode_argv(), "chat"], root, chat_env(fake_llm))
    term.wait_for_prompt()
    assert "gcode · shop · fake-model" in term.text()

    term.type("who are you?\r")
    term.wait_for("Hello! I am gcode, your coding agent.")  # markdown rendered: no **
    term.wait_for("tokens this turn")
    term.wait_for_prompt()

    term.type("change the greeting in app.py to hello\r")
    term.wait_for(r"Allow this edit \(edit app.py\)\? \[y\] yes / \[n\] no / \[a\] always")
    assert "+print('hello')" in term.text()  # the diff is shown before the question
    term.type("y")
    term.wait_for("I changed the greeting in app.py.")
    term.wait_for_prompt()
    assert (root / "app.py").read_text() == "print('hello')\n"

    term.type("tell me a long story\r")
    term.wait_for("Once upon a time")
    term.type("\x03")  # Ctrl-C while the answer is still streaming
    term.wait_for(r"cancelled\n\(the partial answer is kept\)")
    term.wait_for_prompt(timeout=5)  # back well before the story would have ended
    assert fake_llm.pending == 0

    term.type("/remember the shop tests need redis running\r")
    term.wait_for("Remembered")
    term.wait_for_prompt()
    term.type("/context what do the shop tests need?\r")  # relevant to it: injected
    term.wait_for(r"### Team knowledge")
    term.wait_for("the shop tests need redis running")
    term.wait_for_prompt()

    def triggers(body: dict) -> Reply:  # at the session's end: what was remembered by hand
        listed = re.findall(r"^- \[(\w+)\]", body["messages"][-1]["content"], re.M)
        return text(json.dumps({"triggers": [{"id": i, "applies_when": "setting up the tests"}
                                             for i in listed]}))

    fake_llm.script(triggers)
    term.type("\x04")  # Ctrl-D on the empty prompt
    assert term.exit_status() == 0
    assert "Traceback" not in term.transcript
    assert fake_llm.pending == 0 and "need a trigger" in str(fake_llm.chat_requests[-1])

    # The session is complete in the database ...
    db = open_db(Path(os.environ["GCODE_DB"]))
    sessions = db.list_sessions()
    assert len(sessions) == 1 and sessions[0]["status"] == "cancelled"
    msgs = db.session_messages(sessions[0]["id"])
    remembered = db.list_learnings()
    db.close()
    assert [r.applies_when for r in remembered if "redis" in r.content] == \
        ["setting up the tests"]
    roles = [m["role"] for m in msgs]
    assert roles == ["user", "assistant", "user", "assistant", "tool", "assistant", "user",
                     "assistant"]
    assert msgs[4]["content"].startswith("edited app.py")
    partial = msgs[-1]["content"]
    assert partial.startswith("Once upon a time") and len(partial) < len(SLOW_STORY)

    # ... and resumable: the model gets the whole conversation back.
    fake_llm.script(text("We talked about a story."))
    term = Terminal([*gcode_argv(), "chat", "--resume"], root, chat_env(fake_llm))
    term.wait_for("Resumed session")
    term.wait_for_prompt()
    term.type("what were we doing?\r")
    term.wait_for("We talked about a story.")
    term.wait_for_prompt()
    term.type("/exit\r")
    assert term.exit_status() == 0
    sent = fake_llm.chat_requests[-1]["messages"][1:]
    assert [m["role"] for m in sent] == [*roles, "user"]
    assert sent[-2]["content"] == partial
    fake_llm.assert_done()
