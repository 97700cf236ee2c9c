"""/rewind: checkpoints per turn; code, conversation or both back to before a turn, never over a
change the user made since."""

from __future__ import annotations

from pathlib import Path

import pytest
from fake_openai import text, tool_call
from test_agent import run
from test_repl import chat_in

from gcode.agent import Agent
from gcode.config import Config
from gcode.db import open_db
from gcode.errors import GcodeError
from gcode.sessions import SqliteSessionLog
from gcode.tools.approval import Approver
from gcode.transcript import replay

ORIGINAL = "def add(a, b):\n    return a - b\n"


@pytest.fixture
def root(make_repo) -> Path:
    return make_repo(files={"app.py": "def add(a, b):\n    return a - b\n",
                            "README.md": "# calc\n"})


@pytest.fixture
def db(tmp_path: Path):
    database = open_db(tmp_path / "agent.db")
    yield database
    database.close()


@pytest.fixture
def make_agent(root: Path, db, fake_llm):
    def _make() -> Agent:
        log = SqliteSessionLog(db, repo_id="repo-1", repo_root=root, user="tester")
        return Agent(fake_llm.make_llm(), log, root=root, config=Config(),
                     approver=Approver("full-auto"))

    return _make


def three_turns(agent, fake_llm) -> None:
    fake_llm.script(
        tool_call("edit_file", {"path": "app.py", "old_text": "a - b", "new_text": "a + b"}),
        text("Fixed add."),
        tool_call("write_file", {"path": "notes.md", "content": "todo\n"}),
        tool_call("edit_file", {"path": "app.py", "old_text": "a + b", "new_text": "b + a"}),
        text("Wrote notes, swapped."),
        text("Just talking."),
    )
    run(agent, "fix add")
    run(agent, "write notes and swap the operands")
    run(agent, "how are you?")


def test_rewind_both_puts_files_and_conversation_back(make_agent, fake_llm, db, root: Path):
    agent = make_agent()
    three_turns(agent, fake_llm)
    assert (root / "app.py").read_text() == "def add(a, b):\n    return b + a\n"
    done = agent.rewind(2)
    assert (root / "app.py").read_text() == "def add(a, b):\n    return a + b\n"
    assert not (root / "notes.md").exists()
    assert (sorted(done.files), done.deleted) == (["app.py"], ["notes.md"])
    assert [m["content"] for m in agent.messages if m["role"] == "user"] == ["fix add"]
    assert done.checkpoint.text == "write notes and swap the operands"
    assert replay(db.session_messages(agent.session_id)) == agent.messages
    assert [cp.turn for cp in agent.checkpoints.items] == [1]
    fake_llm.script(text("Again."))
    run(agent, "next")  # turn numbers go on: a rewound turn's number is never reused
    assert agent.checkpoints.items[-1].turn == 4
    agent.rewind(1)
    assert (root / "app.py").read_text() == ORIGINAL and agent.messages == []


def test_rewind_code_only_keeps_the_conversation(make_agent, fake_llm, root: Path):
    agent = make_agent()
    three_turns(agent, fake_llm)
    before = list(agent.messages)
    agent.rewind(1, conversation=False)
    assert (root / "app.py").read_text() == ORIGINAL and not (root / "notes.md").exists()
    assert agent.messages == before and agent.ctx.changes == []


def test_rewind_conversation_only_keeps_the_files(make_agent, fake_llm, root: Path):
    agent = make_agent()
    three_turns(agent, fake_llm)
    agent.rewind(3, code=False)
    assert (root / "notes.md").exists()
    assert [m["content"] for m in agent.messages if m["role"] == "user"] == [
        "fix add", "write notes and swap the operands"]


def test_rewind_refuses_to_clobber_a_change_made_since(make_agent, fake_llm, root: Path):
    agent = make_agent()
    three_turns(agent, fake_llm)
    (root / "notes.md").write_text("my own notes\n")
    messages = list(agent.messages)
    with pytest.raises(GcodeError, match=r"changed since gcode's edit: notes\.md; nothing "
                                         r"was rewound"):
        agent.rewind(2)
    assert (root / "notes.md").read_text() == "my own notes\n"
    assert (root / "app.py").read_text() == "def add(a, b):\n    return b + a\n"
    assert agent.messages == messages  # the conversation was not cut either
    agent.rewind(3)  # turn 3 changed no file: nothing of the user's is at stake
    with pytest.raises(GcodeError, match="no checkpoint for turn 9"):
        agent.rewind(9)


def test_a_compacted_turn_has_no_conversation_to_go_back_to(make_agent, fake_llm, root: Path):
    agent = make_agent()
    three_turns(agent, fake_llm)
    fake_llm.script(text("- fixed add, wrote notes"))
    agent.compact()
    with pytest.raises(GcodeError, match="turn 2 was compacted into a summary"):
        agent.rewind(2)
    agent.rewind(2, conversation=False)
    assert (root / "app.py").read_text() == "def add(a, b):\n    return a + b\n"


def test_rewind_in_the_chat_lists_turns_and_prefills_the_message(fake_llm, repo, monkeypatch):
    for k, v in fake_llm.env.items():
        monkeypatch.setenv(k, v)
    fake_llm.script(
        tool_call("write_file", {"path": "a.txt", "content": "A\n"}), text("Wrote a."),
        text("Hello."),
    )
    with chat_in(repo) as (chat, pipe, out):
        pipe.send_text("write a\ry/rewind\r\rhello\r/rewind 1 code\r/rewind x\r\x04")
        chat.run()
        log = out.getvalue()
    assert "Turns of this chat" in log
    assert "  1" in log and "write a" in log and "1 file(s) changed" in log
    assert "Nothing rewound." in log  # Enter at the question cancels
    assert "Rewound to before turn 1: files put back: a.txt (deleted: gcode had created it)" \
        in log
    assert "not a turn number: 'x'" in log
    assert not (repo / "a.txt").exists()
