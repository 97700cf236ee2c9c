"""Compaction: /compact and automatic compaction near the window, in one model request each,
with the summary kept in the conversation (and in the stored session), learning handed what
is compacted away first, and a fallback that says so when the summary cannot be had."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from fake_openai import http_error, text
from test_agent import RecordingHooks, of, run

from gcode.agent import Agent
from gcode.compaction import SUMMARY_SYSTEM, messages_tokens, transcript
from gcode.config import Config
from gcode.db import open_db
from gcode.learning import LearningMachine
from gcode.sessions import SqliteSessionLog
from gcode.tools.approval import Approver
from gcode.transcript import SUMMARY_HEAD, is_summary, replay
from gcode.turn import CompactionEvent, ErrorEvent, Turn, estimate_tokens

FIRST = "Remember this. FACT: the release codename is BLUEBIRD. FACT: the port is 8431."
PADDING = "Some discussion of the code that takes room in the window. " * 6


@pytest.fixture
def root(make_repo) -> Path:
    return make_repo(files={"app.py": "def add(a, b):\n    return a - b\n",
                            "README.md": "# calc\n"})


@pytest.fixture
def db(tmp_path: Path):
    database = open_db(tmp_path / "agent.db")
    yield database
    database.close()


def is_summary_request(body: dict[str, Any]) -> bool:
    return body["messages"][0]["content"] == SUMMARY_SYSTEM


def model(body: dict[str, Any]):
    """A scripted model that answers from what it receives: a summary keeps every FACT line
    it was shown; a question about the codename is answered only if a FACT says it."""
    msgs = body["messages"]
    if is_summary_request(body):
        facts = dict.fromkeys(re.findall(r"FACT: [^.\n]+\.", msgs[-1]["content"]))
        return text("Facts the user gave:\n" + "\n".join(f"- {f}" for f in facts))
    everything = "\n".join(str(m.get("content") or "") for m in msgs)
    if "codename" in str(msgs[-1]["content"]):
        found = re.search(r"FACT: the release codename is (\w+)", everything)
        return text(f"The codename is {found.group(1)}." if found else "I do not know.")
    return text(f"Noted. {PADDING}")


def small_config(window: int = 2500) -> Config:
    cfg = Config()
    cfg.model.context_window = window
    return cfg


@pytest.fixture
def agent_for(root: Path, db, fake_llm):
    def _make(hooks: Any = None, window: int = 2500) -> Agent:
        log = SqliteSessionLog(db, repo_id="repo-1", repo_root=root, user="tester")
        return Agent(fake_llm.make_llm(), log, root=root, config=small_config(window),
                     approver=Approver("full-auto"), hooks=hooks)
    return _make


def request_tokens(body: dict[str, Any]) -> int:
    """What a request costs the window: its messages and the tool schemas it carries."""
    return messages_tokens(body["messages"]) + estimate_tokens(json.dumps(body.get("tools")
                                                                          or []))


def test_near_the_window_the_earlier_turns_become_a_summary(agent_for, fake_llm, db):
    hooks = RecordingHooks()
    agent = agent_for(hooks)
    fake_llm.script(*[model] * 30)
    events = run(agent, FIRST)
    for i in range(8):
        events += run(agent, f"turn {i}: {PADDING}")
    events += run(agent, "what is the release codename?")
    compactions = of(events, CompactionEvent)
    assert compactions and all(c.automatic for c in compactions)
    assert of(events, ErrorEvent) == []
    assert events[-1].final_text == "The codename is BLUEBIRD."
    window = agent.config.model.context_window
    assert max(request_tokens(b) for b in fake_llm.chat_requests) <= window
    summaries = [b for b in fake_llm.chat_requests if is_summary_request(b)]
    assert len(summaries) == len(compactions)  # one request per compaction
    assert is_summary(agent.messages[0]) and "BLUEBIRD" in agent.messages[0]["content"]
    # learning got what was compacted away, before it went (the turn right before a summary)
    learned = [t for t in hooks.turns if t.user_message == "(earlier conversation, compacted)"]
    assert len(learned) == len(compactions)
    assert learned[0].messages[0]["content"] == FIRST
    # the stored session replays to the conversation the model sees now
    assert replay(db.session_messages(agent.session_id)) == agent.messages
    resumed = agent_for()
    resumed.resume(agent.session_id)
    assert resumed.messages == agent.messages


def test_compact_with_instructions_is_one_request_and_resumes_as_the_summary(
        agent_for, fake_llm, db):
    agent = agent_for(window=128000)
    fake_llm.script(text("Noted."), text("Noted too."))
    run(agent, FIRST)
    run(agent, "and the database is postgres")
    before = len(fake_llm.chat_requests)
    fake_llm.script(text("- codename BLUEBIRD, port 8431\n- database: postgres"))
    done = agent.compact("keep the numbers")
    assert len(fake_llm.chat_requests) == before + 1
    sent = fake_llm.chat_requests[-1]
    assert is_summary_request(sent) and "keep the numbers" in sent["messages"][1]["content"]
    assert FIRST in sent["messages"][1]["content"]
    assert (done.messages, done.summary) == (4, "- codename BLUEBIRD, port 8431\n- database: "
                                                 "postgres")
    assert [m["role"] for m in agent.messages] == ["user", "assistant"]
    assert agent.messages[0]["content"].startswith(SUMMARY_HEAD)
    fake_llm.script(text("BLUEBIRD"))
    run(agent, "what is the codename?")
    sent = fake_llm.chat_requests[-1]["messages"]
    assert [m["role"] for m in sent] == ["system", "user", "assistant", "user"]
    assert "BLUEBIRD" in sent[1]["content"] and FIRST not in str(sent)
    resumed = agent_for(window=128000)
    resumed.resume(agent.session_id)
    assert resumed.messages == agent.messages and resumed.turn_index == 1


def test_nothing_to_compact_is_a_clear_error(agent_for):
    with pytest.raises(Exception, match="nothing to compact yet"):
        agent_for().compact()


def test_when_the_summary_fails_the_oldest_turns_are_dropped_and_it_says_so(
        agent_for, fake_llm):
    agent = agent_for(window=128000)
    fake_llm.script(*[model] * 3)
    run(agent, FIRST)
    run(agent, f"more: {PADDING}")
    run(agent, f"more: {PADDING}")
    agent.config.model.context_window = 2500  # now the next request would not fit
    fake_llm.script(lambda body: http_error(400, "summaries are not allowed here")
                    if is_summary_request(body) else model(body), model)
    events = run(agent, f"and more: {PADDING}")
    warnings = [e.message for e in of(events, ErrorEvent)]
    assert any(w.startswith("could not compact the conversation") and
               "oldest messages are left out of this request" in w for w in warnings), warnings
    assert events[-1].error is None and not of(events, CompactionEvent)
    assert request_tokens(fake_llm.chat_requests[-1]) <= agent.config.model.context_window


def test_the_summariser_sees_the_earlier_summary_whole_and_the_rest_clipped():
    earlier = {"role": "user", "content": f"{SUMMARY_HEAD}\n\nFACT: keep me."}
    big = [{"role": "tool", "tool_call_id": "x", "content": "y" * 50_000}] * 5
    text_, omitted = transcript([earlier, *big, {"role": "user", "content": "last"}], 4000)
    assert text_.startswith("EARLIER SUMMARY:\nFACT: keep me.")
    assert text_.endswith("USER: last") and len(text_) <= 4000 + 200
    assert omitted >= 1 and f"{omitted} earlier messages left out" in text_


def test_learning_does_not_extract_twice_from_what_it_already_considered(repo):
    from gcode.workspace import Workspace

    calls: list[Any] = []

    class LLM:
        def complete_json(self, messages, schema_hint=""):
            calls.append(messages)
            return {"learnings": []}

    ws = Workspace(cwd=repo)
    machine = LearningMachine.from_workspace(ws, llm_factory=lambda: LLM())
    said = {"role": "user", "content": "we always deploy on Tuesdays, remember that"}
    machine.process(Turn("s", 1, said["content"], messages=[said]))
    assert calls == [] and machine.pending_turns == 1  # waits for the batch
    compacted = Turn("s", 1, "(earlier conversation, compacted)",
                     messages=[said, {"role": "assistant", "content": "ok"}])
    machine.process(compacted)  # a compaction ends the batch: one call for what waited
    assert len(calls) == 1 and machine.pending_turns == 0
    assert "USER: we always deploy on Tuesdays" in calls[0][1]["content"]
    machine.process(compacted)
    assert len(calls) == 1  # nothing new to consider: no second model call
    fresh = {"role": "user", "content": "our team must never push to main on Fridays"}
    machine.process(Turn("s", 2, "(earlier conversation, compacted)", messages=[said, fresh]))
    assert len(calls) == 2
    assert "Tuesdays" not in calls[1][1]["content"]  # each statement reaches the model once
    ws.close()
