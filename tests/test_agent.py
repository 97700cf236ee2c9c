"""The agent loop in process: events, what the model is sent, the stored transcript, hooks,
step limit, cancellation and resume."""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

import pytest
from fake_openai import Reply, http_error, text, tool_call, tool_calls

from gcode.agent import CANCELLED_RESULT, Agent, NoHooks, fit_window, repair_transcript
from gcode.config import Config
from gcode.db import open_db
from gcode.sessions import SqliteSessionLog
from gcode.tools import Tool
from gcode.tools.approval import Approver
from gcode.turn import ErrorEvent, TextDelta, ToolCallEvent, ToolResultEvent, Turn


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
    def _make(approver: Approver | None = None, hooks: Any = None, config: Config | None = None,
              **llm_kw: Any) -> Agent:
        log = SqliteSessionLog(db, repo_id="repo-1", repo_root=root, user="tester")
        return Agent(fake_llm.make_llm(**llm_kw), log, root=root, config=config or Config(),
                     approver=approver or Approver("full-auto"), hooks=hooks)

    return _make


def run(agent: Agent, message: str) -> list[Any]:
    return list(agent.run_turn(message))


def of(events: list[Any], cls: type) -> list[Any]:
    return [e for e in events if isinstance(e, cls)]


def assert_consistent(messages: list[dict[str, Any]]) -> None:
    """Every tool call is answered, right after its assistant message, once."""
    i = 0
    while i < len(messages):
        msg = messages[i]
        i += 1
        ids = [c["id"] for c in msg.get("tool_calls") or []]
        answered = []
        while i < len(messages) and messages[i]["role"] == "tool":
            answered.append(messages[i]["tool_call_id"])
            i += 1
        assert answered == ids, (ids, answered, messages)


class RecordingHooks(NoHooks):
    def __init__(self, context: str = "", tools: list[Tool] | None = None) -> None:
        self._context = context
        self._tools = tools or []
        self.context_calls: list[str] = []
        self.turns: list[Turn] = []

    def context(self, message: str) -> str:
        self.context_calls.append(message)
        return self._context

    def tools(self) -> list[Tool]:
        return self._tools

    def after_turn(self, turn: Turn) -> None:
        self.turns.append(turn)


def test_text_turn(make_agent, db, fake_llm) -> None:
    fake_llm.script(text("Hi there, I'm here.", usage=(20, 6)))
    agent = make_agent()
    events = run(agent, "hello?")
    assert [e.type for e in events] == ["text_delta"] * 5 + ["usage", "done"]
    assert "".join(e.text for e in of(events, TextDelta)) == "Hi there, I'm here."
    done = events[-1]
    assert (done.final_text, done.steps, done.prompt_tokens, done.completion_tokens,
            done.cancelled, done.error) == ("Hi there, I'm here.", 1, 20, 6, False, None)
    assert done.to_dict()["type"] == "done"
    session = db.get_session(agent.session_id)
    assert (session["repo_id"], session["user"], session["model"], session["title"]) == (
        "repo-1", "tester", "fake-model", "hello?")
    assert (session["prompt_tokens"], session["completion_tokens"]) == (20, 6)
    assert db.session_messages(agent.session_id) == [
        {"role": "user", "content": "hello?"},
        {"role": "assistant", "content": "Hi there, I'm here."}]
    sent = fake_llm.chat_requests[0]["messages"]
    assert sent[0]["role"] == "system" and "gcode" in sent[0]["content"]
    assert sent[1:] == [{"role": "user", "content": "hello?"}]
    fake_llm.assert_done()


def test_tool_round_trip(make_agent, db, fake_llm, root: Path) -> None:
    fake_llm.script(
        tool_call("read_file", {"path": "app.py"}, id="call_1", text="Reading."),
        tool_call("edit_file", {"path": "app.py", "old_text": "a - b", "new_text": "a + b"},
                  id="call_2"),
        text("Fixed the sign in add()."),
    )
    agent = make_agent()
    events = run(agent, "fix add")
    assert [(e.name, e.arguments) for e in of(events, ToolCallEvent)] == [
        ("read_file", {"path": "app.py"}),
        ("edit_file", {"path": "app.py", "old_text": "a - b", "new_text": "a + b"})]
    results = of(events, ToolResultEvent)
    assert results[0].content == "app.py (2 lines)\ndef add(a, b):\n    return a - b\n"
    assert results[1].content.startswith("edited app.py\n--- a/app.py")
    assert (root / "app.py").read_text() == "def add(a, b):\n    return a + b\n"
    assert [e.type for e in events if e.type in ("approval",)] == ["approval"]
    # what the model was sent on the second call
    second = fake_llm.chat_requests[1]
    assert [t["function"]["name"] for t in second["tools"]] == [
        "read_file", "list_files", "grep", "git_status", "git_diff", "edit_file", "write_file",
        "run_shell"]
    assert second["messages"][2:] == [
        {"role": "assistant", "content": "Reading.", "tool_calls": [
            {"id": "call_1", "type": "function",
             "function": {"name": "read_file", "arguments": '{"path": "app.py"}'}}]},
        {"role": "tool", "tool_call_id": "call_1", "content": results[0].content}]
    third = fake_llm.chat_requests[2]["messages"]
    assert third[-1] == {"role": "tool", "tool_call_id": "call_2", "content": results[1].content}
    stored = db.session_messages(agent.session_id)
    assert [m["role"] for m in stored] == ["user", "assistant", "tool", "assistant", "tool",
                                           "assistant"]
    assert stored == agent.messages
    assert_consistent(stored)
    assert events[-1].final_text == "Fixed the sign in add()."
    assert events[-1].steps == 3
    fake_llm.assert_done()


def test_several_calls_in_one_message_and_bad_calls(make_agent, fake_llm) -> None:
    fake_llm.script(
        tool_calls(("read_file", {"path": "README.md"}), ("no_such_tool", {}),
                   ("read_file", '{"path": '), ("read_file", {"path": "../../etc/passwd"})),
        text("done"),
    )
    agent = make_agent()
    events = run(agent, "look around")
    results = of(events, ToolResultEvent)
    assert [r.is_error for r in results] == [False, True, True, True]
    assert results[0].content == "README.md (1 lines)\n# calc\n"
    assert results[1].content.startswith("unknown tool 'no_such_tool'; available tools: read_file")
    assert "not valid JSON" in results[2].content
    assert "outside the repository" in results[3].content
    assert of(events, ToolCallEvent)[2].arguments == '{"path": '  # raw text when invalid
    tool_msgs = [m for m in fake_llm.chat_requests[1]["messages"] if m["role"] == "tool"]
    assert [m["tool_call_id"] for m in tool_msgs] == [f"call_fake_{i}" for i in range(4)]
    assert [m["content"] for m in tool_msgs] == [r.content for r in results]
    assert events[-1].error is None


def test_instruction_files_and_hook_context_in_system_prompt(make_agent, fake_llm,
                                                              root: Path) -> None:
    (root / "AGENTS.md").write_text("Always run `make check`.\n" + "x" * 500)
    cfg = Config()
    cfg.agent.max_instruction_chars = 100
    hooks = RecordingHooks(context="## Learned\n- tests: pytest -q")
    fake_llm.script(text("one"), text("two"))
    agent = make_agent(hooks=hooks, config=cfg)
    run(agent, "first question")
    run(agent, "second question")
    system = fake_llm.chat_requests[0]["messages"][0]["content"]
    assert "## Instructions from the repository's AGENTS.md" in system
    assert "Always run `make check`." in system
    assert "[... AGENTS.md truncated at 100 characters]" in system and "x" * 101 not in system
    assert system.endswith("## Learned\n- tests: pytest -q")
    assert hooks.context_calls == ["first question", "second question"]
    # the conversation goes on: the second request carries the first turn
    second = fake_llm.chat_requests[1]["messages"]
    assert [m["role"] for m in second] == ["system", "user", "assistant", "user"]


def test_hook_tools_and_after_turn(make_agent, fake_llm) -> None:
    seen: list[dict[str, Any]] = []

    def remember(args, ctx):
        seen.append(args)
        return "remembered"

    tool = Tool("remember", "Save a fact for later.",
                {"type": "object", "properties": {"fact": {"type": "string"}},
                 "required": ["fact"]}, remember)
    hooks = RecordingHooks(tools=[tool])
    fake_llm.script(tool_call("remember", {"fact": "tests use pytest"}), text("Noted."))
    agent = make_agent(hooks=hooks)
    run(agent, "remember this")
    assert seen == [{"fact": "tests use pytest"}]
    assert "remember" in [t["function"]["name"] for t in fake_llm.chat_requests[0]["tools"]]
    (turn,) = hooks.turns
    assert (turn.index, turn.user_message, turn.final_text, turn.steps) == (
        1, "remember this", "Noted.", 2)
    assert [m["role"] for m in turn.messages] == ["user", "assistant", "tool", "assistant"]
    assert turn.messages[2]["content"] == "remembered"
    assert turn.usage.prompt_tokens == 20 and not turn.cancelled and turn.error is None


def test_changes_are_recorded_per_turn(make_agent, fake_llm, root: Path) -> None:
    hooks = RecordingHooks()
    fake_llm.script(tool_call("write_file", {"path": "new.txt", "content": "hi\n"}), text("ok"))
    agent = make_agent(hooks=hooks)
    run(agent, "create it")
    assert [(c.path, c.before, c.after) for c in hooks.turns[0].changes] == [
        ("new.txt", None, "hi\n")]


def test_refused_action_is_reported_to_the_model(make_agent, fake_llm, root: Path) -> None:
    fake_llm.script(tool_call("run_shell", {"command": "touch x.txt"}), text("I could not."))
    agent = make_agent(approver=Approver("ask", interactive=False))
    events = run(agent, "touch it")
    (approval,) = [e for e in events if e.type == "approval"]
    assert not approval.allowed and "non-interactively" in approval.reason
    result = of(events, ToolResultEvent)[0]
    assert result.is_error and result.content.startswith("not approved:")
    assert fake_llm.chat_requests[1]["messages"][-1]["content"] == result.content
    assert not (root / "x.txt").exists()


def test_step_limit_ends_the_turn_with_a_consistent_transcript(make_agent, db, fake_llm) -> None:
    cfg = Config()
    cfg.agent.max_steps = 2
    fake_llm.script(*[tool_call("git_status", {})] * 2)
    agent = make_agent(config=cfg)
    events = run(agent, "loop forever")
    errors = of(events, ErrorEvent)
    assert len(errors) == 1 and errors[0].fatal
    assert errors[0].message == "stopped after 2 tool-call rounds without a final answer"
    assert events[-1].error.startswith("stopped after 2 tool-call rounds")
    assert db.get_session(agent.session_id)["status"] == "error"
    assert_consistent(db.session_messages(agent.session_id))
    fake_llm.assert_done()


def test_server_failure_keeps_the_session(make_agent, db, fake_llm) -> None:
    fake_llm.script(*[http_error(500, "down")] * 3)
    agent = make_agent(max_retries=2)
    events = run(agent, "anything")
    assert [e.type for e in events] == ["retry", "retry", "error", "done"]
    assert "HTTP 500 after 3 attempts" in events[2].message
    assert events[-1].error and not events[-1].cancelled
    assert db.session_messages(agent.session_id) == [{"role": "user", "content": "anything"}]


def test_retry_after_partial_text_keeps_only_the_new_answer(make_agent, db, fake_llm) -> None:
    fake_llm.script(Reply(text="broken answer", drop_after=3, chunk_size=3), text("good answer"))
    agent = make_agent()
    events = run(agent, "q")
    retry = next(e for e in events if e.type == "retry")
    assert retry.discard
    assert events[-1].final_text == "good answer"
    assert db.session_messages(agent.session_id)[-1] == {"role": "assistant",
                                                        "content": "good answer"}


def test_cancel_while_streaming_keeps_the_partial_answer(make_agent, db, fake_llm) -> None:
    fake_llm.script(text("one two three four five six", chunk_size=4, chunk_delay=0.05))
    agent = make_agent()
    events = []
    for event in agent.run_turn("talk slowly"):
        events.append(event)
        if len(of(events, TextDelta)) == 2:
            threading.Thread(target=agent.cancel).start()
    done = events[-1]
    assert done.cancelled and done.error is None
    assert 2 <= len(of(events, TextDelta)) < 7
    partial = "".join(e.text for e in of(events, TextDelta))
    assert done.final_text == partial
    stored = db.session_messages(agent.session_id)
    assert stored == [{"role": "user", "content": "talk slowly"},
                      {"role": "assistant", "content": partial}]
    assert db.get_session(agent.session_id)["status"] == "cancelled"


def test_ctrl_c_during_tools_answers_every_open_call(make_agent, db, fake_llm) -> None:
    def interrupt(args, ctx):
        raise KeyboardInterrupt

    hooks = RecordingHooks(tools=[Tool("slow", "slow", {"type": "object", "properties": {}},
                                       interrupt)])
    fake_llm.script(tool_calls(("git_status", {}), ("slow", {}), ("read_file", {"path": "x"})))
    agent = make_agent(hooks=hooks)
    events = run(agent, "go")
    assert events[-1].cancelled
    stored = db.session_messages(agent.session_id)
    assert_consistent(stored)
    assert [m["content"] for m in stored if m["role"] == "tool"][1:] == [CANCELLED_RESULT] * 2
    assert hooks.turns[0].cancelled
    # the conversation can go on after a cancel: the API accepts the transcript
    fake_llm.script(text("resumed fine"))
    assert run(agent, "continue")[-1].final_text == "resumed fine"
    assert_consistent(fake_llm.chat_requests[-1]["messages"][1:])


def test_consumer_closing_the_stream_still_tidies_up(make_agent, db, fake_llm) -> None:
    fake_llm.script(tool_calls(("git_status", {}), ("git_diff", {})))
    hooks = RecordingHooks()
    agent = make_agent(hooks=hooks)
    gen = agent.run_turn("status please")
    for event in gen:
        if isinstance(event, ToolCallEvent):
            break
    gen.close()  # e.g. Ctrl-C raised in the renderer
    stored = db.session_messages(agent.session_id)
    assert_consistent(stored)
    assert stored[-1]["content"] == CANCELLED_RESULT
    assert hooks.turns and hooks.turns[0].cancelled


def test_resume_continues_the_conversation(make_agent, db, fake_llm) -> None:
    fake_llm.script(tool_call("read_file", {"path": "README.md"}), text("It is calc."))
    first = make_agent()
    run(first, "what is this?")
    fake_llm.script(text("Yes, calc."))
    second = make_agent()
    resumed = second.resume(first.session_id[:20])
    assert resumed == first.session_id
    events = run(second, "sure?")
    assert events[-1].turn == 2
    sent = fake_llm.chat_requests[-1]["messages"]
    assert [m["role"] for m in sent] == ["system", "user", "assistant", "tool", "assistant",
                                         "user"]
    stored = db.session_messages(first.session_id)
    assert len(stored) == 6 and stored[-1]["content"] == "Yes, calc."
    with pytest.raises(Exception, match="no session 'zzz'"):
        make_agent().resume("zzz")


def test_resume_refuses_another_repositorys_session(make_agent, db) -> None:
    db.create_session({"id": "0190abcd-0000-7000-8000-000000000000", "repo_id": "other",
                       "repo_root": "/elsewhere", "user": "u", "model": "m", "title": "t"})
    with pytest.raises(Exception, match="belongs to another repository"):
        make_agent().resume("0190abcd")


def test_secrets_are_redacted_in_the_stored_transcript(make_agent, db, fake_llm,
                                                       root: Path) -> None:
    key = "sk-proj-" + "A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6"
    (root / ".env").write_text(f"OPENAI_API_KEY={key}\n")
    fake_llm.script(tool_call("read_file", {"path": ".env"}), text("Found the key."))
    agent = make_agent()
    run(agent, f"my key is {key}, check .env")
    stored = json.dumps(db.session_messages(agent.session_id))
    assert key not in stored and "[REDACTED]" in stored
    assert key not in (db.get_session(agent.session_id)["title"] or "")
    # the model itself got the real file content in this session
    assert key in fake_llm.chat_requests[1]["messages"][-1]["content"]


def test_repair_transcript_answers_dangling_calls() -> None:
    msgs = [{"role": "user", "content": "q"},
            {"role": "assistant", "content": None, "tool_calls": [
                {"id": "a", "type": "function", "function": {"name": "x", "arguments": "{}"}},
                {"id": "b", "type": "function", "function": {"name": "y", "arguments": "{}"}}]},
            {"role": "tool", "tool_call_id": "a", "content": "ok"}]
    fixed = repair_transcript(msgs)
    assert fixed[-1] == {"role": "tool", "tool_call_id": "b", "content": CANCELLED_RESULT}
    assert_consistent(fixed)


def test_fit_window_drops_whole_old_turns() -> None:
    msgs = []
    for i in range(5):
        msgs += [{"role": "user", "content": f"q{i}" + "x" * 400},
                 {"role": "assistant", "content": None, "tool_calls": [
                     {"id": f"c{i}", "function": {"name": "t", "arguments": "{}"}}]},
                 {"role": "tool", "tool_call_id": f"c{i}", "content": "y" * 400},
                 {"role": "assistant", "content": "a" * 100}]
    assert fit_window("", msgs, 10_000) == msgs
    window = fit_window("", msgs, 500)
    assert window[0]["content"].startswith(("q3", "q4")) and window[-1] == msgs[-1]
    assert_consistent(window)
    assert fit_window("", msgs, 1)[0]["content"].startswith("q4")  # current turn always kept
