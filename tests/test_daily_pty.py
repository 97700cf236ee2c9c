"""The habits people bring from other agents, in a real pseudo-terminal (pexpect + pyte):
`!cmd`, Esc to interrupt, /compact, /rewind, and `chat --continue` still asking approvals."""

from __future__ import annotations

import re

import pytest
from fake_openai import text, tool_call
from test_chat_pty import Terminal, chat_env, gcode_argv

from gcode.compaction import SUMMARY_SYSTEM

pytestmark = pytest.mark.slow

STORY = "Once upon a time there was a build that took forever to finish. " * 10
APPROVE_COMMAND = re.compile(r"Allow this command \(.*\)\?|Run this command WITHOUT the sandbox")


def test_bang_runs_a_command_under_the_agents_rules(fake_llm, make_repo):
    root = make_repo("shop", {"README.md": "# Shop\n"})
    fake_llm.script(text("It printed the shop's readme title."))
    term = Terminal([*gcode_argv(), "chat"], root, chat_env(fake_llm))
    term.wait_for_prompt()
    term.type("!head -1 README.md && echo done-$((40+2))\r")
    term.wait_for(APPROVE_COMMAND)  # the same question the agent's run_shell gets
    term.type("y")
    term.wait_for("done-42")
    term.wait_for(r"the output goes to the model with your next message")
    term.wait_for_prompt()
    assert fake_llm.chat_requests == []  # nothing was sent to the model
    term.type("what did it print?\r")
    term.wait_for("It printed the shop's readme title.")
    term.wait_for_prompt()
    sent = fake_llm.chat_requests[0]["messages"][-1]["content"]
    assert "I ran `head -1 README.md && echo done-$((40+2))` in the shell myself" in sent
    assert "# Shop" in sent and "done-42" in sent and sent.endswith("what did it print?")
    term.type("!\r")
    term.wait_for(r"no command after !")
    term.type("\x04")
    assert term.exit_status() == 0


def test_esc_interrupts_a_turn_but_an_arrow_key_does_not(fake_llm, make_repo):
    root = make_repo("shop", {"README.md": "# Shop\n"})
    fake_llm.script(text(STORY, chunk_delay=0.15, chunk_size=8), text("Short answer."))
    term = Terminal([*gcode_argv(), "chat"], root, chat_env(fake_llm))
    term.wait_for_prompt()
    term.type("tell me a long story\r")
    term.wait_for("Once upon a time")
    sent = fake_llm.chunks_sent[0]
    term.type("\x1b[A")  # an arrow key is an escape sequence, not Esc
    fake_llm.wait_for(lambda: fake_llm.chunks_sent[0] > sent + 3)
    assert "cancelled" not in term.text()
    term.type("typed ahead")
    term.type("\x1b")  # Esc, alone
    term.wait_for(r"cancelled\n\(the partial answer is kept\)")
    term.wait_for_prompt(timeout=5)  # back long before the story would have ended
    assert fake_llm.chunks_sent[0] < len(STORY) // 8
    term.wait_for(r"(?m)^> typed ahead")  # what was typed during the turn waits at the prompt
    term.type("\x15")  # Ctrl-U: clear it
    term.type("and now briefly\r")
    term.wait_for("Short answer.")
    term.wait_for_prompt()
    term.type("\x04")
    assert term.exit_status() == 0


def test_compact_in_the_chat(fake_llm, make_repo):
    root = make_repo("shop", {"README.md": "# Shop\n"})

    def summarise(body):
        assert body["messages"][0]["content"] == SUMMARY_SYSTEM
        assert "keep the codename" in body["messages"][1]["content"]
        return text("- The codename is BLUEBIRD.\n- The user is refactoring the shop.")

    answers = [text("Noted: BLUEBIRD."), text("It is BLUEBIRD.")]

    def route(body):
        """The batched extraction of what is compacted away runs beside the summary (in the
        background), so each request is answered by what it is, not by its place in line."""
        if body.get("response_format") == {"type": "json_object"}:
            assert "the codename is BLUEBIRD" in body["messages"][-1]["content"]
            return text('{"learnings": []}')
        if body["messages"][0]["content"] == SUMMARY_SYSTEM:
            return summarise(body)
        return answers.pop(0)

    fake_llm.script(route, route, route, route)
    term = Terminal([*gcode_argv(), "chat"], root, chat_env(fake_llm))
    term.wait_for_prompt()
    term.type("the codename is BLUEBIRD\r")
    term.wait_for("Noted: BLUEBIRD.")
    term.wait_for_prompt()
    term.type("/compact keep the codename\r")
    term.wait_for(r"Compacted 2 earlier messages into a summary \(with /compact\)")
    term.wait_for(r"- The codename is BLUEBIRD\.")
    term.wait_for_prompt()
    # the compaction was one request; the batched extraction of what it replaces, another
    fake_llm.wait_for(lambda: len(fake_llm.chat_requests) >= 3)
    assert len(fake_llm.chat_requests) == 3
    assert sum(r["messages"][0]["content"] == SUMMARY_SYSTEM
               for r in fake_llm.chat_requests) == 1
    term.type("what is the codename?\r")
    term.wait_for("It is BLUEBIRD.")
    term.wait_for_prompt()
    sent = fake_llm.chat_requests[-1]["messages"]
    assert [m["role"] for m in sent] == ["system", "user", "assistant", "user"]
    assert "The codename is BLUEBIRD" in sent[1]["content"]
    term.type("\x04")
    assert term.exit_status() == 0


def test_rewind_in_the_chat(fake_llm, make_repo):
    root = make_repo("shop", {"app.py": "print('hi')\n"})
    fake_llm.script(
        tool_call("edit_file", {"path": "app.py", "old_text": "print('hi')",
                                "new_text": "print('hello')"}),
        text("Changed the greeting."),
    )
    term = Terminal([*gcode_argv(), "chat"], root, chat_env(fake_llm))
    term.wait_for_prompt()
    term.type("change the greeting to hello\r")
    term.wait_for(r"Allow this edit")
    term.type("y")
    term.wait_for("Changed the greeting.")
    term.wait_for_prompt()
    assert (root / "app.py").read_text() == "print('hello')\n"
    term.type("/rewind\r")
    term.wait_for(r"1 +\d+s ago +change the greeting to hello +\(1 file\(s\) changed\)")
    term.wait_for(r"rewind to before turn \(Enter cancels\):")
    term.type("1\r")
    term.wait_for(r"Rewind to before turn 1: \[b\] code and conversation / \[c\] code only")
    term.type("b")
    term.wait_for(r"Rewound to before turn 1: files put back: app\.py; 4 message\(s\) taken "
                  r"out of the conversation\.")
    term.wait_for(r"(?m)^> change the greeting to hello")  # the message is back at the prompt
    assert (root / "app.py").read_text() == "print('hi')\n"
    term.type("\x15\x04")
    assert term.exit_status() == 0


def test_continue_then_an_approval_is_asked(fake_llm, make_repo, gcode):
    root = make_repo("shop", {"app.py": "print('hi')\n"})
    fake_llm.script(text("Hello."))
    assert gcode("chat", cwd=root, env=fake_llm.env, input="hello\n").returncode == 0
    fake_llm.script(
        tool_call("edit_file", {"path": "app.py", "old_text": "print('hi')",
                                "new_text": "print('bye')"}),
        text("Done."),
    )
    term = Terminal([*gcode_argv(), "chat", "--continue"], root, chat_env(fake_llm))
    term.wait_for("Resumed session")
    term.wait_for_prompt()
    term.type("say bye instead\r")
    term.wait_for(r"Allow this edit \(edit app\.py\)\? \[y\] yes / \[n\] no")
    term.type("y")
    term.wait_for("Done.")
    term.wait_for_prompt()
    assert (root / "app.py").read_text() == "print('bye')\n"
    sent = fake_llm.chat_requests[1]["messages"]
    assert [m["content"] for m in sent[1:3]] == ["hello", "Hello."]  # the session went on
    term.type("\x04")
    assert term.exit_status() == 0
    assert "Traceback" not in term.transcript
