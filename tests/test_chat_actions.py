"""`!cmd`, /compact and /init in the chat, in process (the pty tests cover them at a terminal)."""

from __future__ import annotations

from pathlib import Path

from fake_openai import text
from test_repl import chat_in, run_chat

from gcode import agents_md
from gcode.agents_guide import BEGIN, END


def test_bang_works_without_a_model_and_under_the_approval_rules(repo: Path) -> None:
    _, out = run_chat(repo, "!echo from-bang\r\x04", **{"agent.approval": "full-auto"})
    assert "$ echo from-bang" in out and "from-bang" in out.split("$ echo from-bang")[1]
    assert "the output goes to the model with your next message" in out
    # declined: nothing runs, and nothing is told to the model
    _, out = run_chat(repo, "!touch made-by-bang\rn\x04")
    assert "not run: the user declined" in out
    assert not (repo / "made-by-bang").exists()
    # a denied command is refused whatever the mode
    _, out = run_chat(repo, "!rm -rf build\r\x04", **{"agent.approval": "full-auto",
                                                       "agent.deny": "rm *"})
    assert "not run: refused: " in out


def test_bang_output_reaches_the_model_with_the_next_message(fake_llm, repo, monkeypatch):
    fake_llm.script(text("I see the readme."))
    _, out = run_chat(repo, "!cat README.md\rwhat is in it?\r\x04", env=fake_llm.env,
                      monkeypatch=monkeypatch, **{"agent.approval": "full-auto"})
    sent = fake_llm.chat_requests[0]["messages"][-1]["content"]
    assert sent.startswith("(Note: I ran `cat README.md` in the shell myself; it reported:")
    assert "# repo" in sent and sent.endswith("what is in it?")


def test_compact_before_any_message_says_there_is_nothing_yet(fake_llm, repo, monkeypatch):
    _, out = run_chat(repo, "/compact\r\x04", env=fake_llm.env, monkeypatch=monkeypatch)
    assert "nothing to compact yet" in out and fake_llm.chat_requests == []


def test_init_writes_then_refreshes_only_its_guide(make_repo) -> None:
    root = make_repo("svc", {"pyproject.toml": "[project]\nname = 'svc'\n\n"
                                               "[tool.pytest.ini_options]\naddopts = '-q'\n",
                             "src/svc/__init__.py": "", "tests/test_x.py": "",
                             "AGENTS.md": "# Our rules\n\nBe kind.\n"})
    agents_md.write(root / "AGENTS.md", "## Team learnings (gcode)\n- old block\n")
    with_block = (root / "AGENTS.md").read_text()
    with chat_in(root) as (chat, pipe, out):
        pipe.send_text("/remember the staging db is reset every night\r/init\r/init\r\x04")
        chat.run()
    text_ = (root / "AGENTS.md").read_text()
    assert text_.startswith(with_block)  # people's text and the learnings block untouched
    guide = text_[text_.index(BEGIN):text_.index(END)]
    assert "### Build, test and lint" in guide and "Run the tests with `pytest`" in guide
    assert "the staging db is reset every night" in guide
    log = out.getvalue()
    assert "Wrote the guide in AGENTS.md" in log and "AGENTS.md is up to date" in log
    # edited around it by hand: /init rewrites only the guide
    (root / "AGENTS.md").write_text(text_.replace("Be kind.", "Be very kind.") + "\nFooter\n")
    with chat_in(root) as (chat, pipe, out):
        pipe.send_text("/init\r\x04")
        chat.run()
    final = (root / "AGENTS.md").read_text()
    assert "Be very kind." in final and final.endswith("\nFooter\n")
    assert final.count(BEGIN) == 1
