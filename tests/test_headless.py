"""Headless habits, through the real console script: piped stdin, `-p`, bare `gcode "task"`,
`run --continue/--resume`, the first `--json` event, `--output-format json`, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from conftest import GCODE, run_gcode
from fake_openai import MODEL, http_error, text, tool_call

from gcode.db import open_db
from gcode.headless import rewrite_args

DIFF = "diff --git a/calc.py b/calc.py\n-    return a - b\n+    return a + b\n"
COMMANDS = {"run", "chat", "learn", "context", "doctor", "init", "trust", "untrust"}


@pytest.fixture
def calc(make_repo) -> Path:
    return make_repo(files={"calc.py": "def add(a, b):\n    return a - b\n"})


def env(fake_llm) -> dict[str, str]:
    return {**fake_llm.env, "GCODE_LEARNING_MODE": "off"}


def piped(args: list[str], data: str, cwd: Path, environ: dict[str, str]
          ) -> subprocess.CompletedProcess:
    """`printf DATA | gcode ARGS`: a real pipe, as a shell makes it."""
    return subprocess.run(["sh", "-c", 'printf "%s" "$DATA" | "$@"', "sh", GCODE, *args],
                          cwd=cwd, env={**os.environ, **environ, "DATA": data},
                          capture_output=True, text=True, timeout=60)


def test_piped_stdin_is_added_to_the_prompt(fake_llm, calc):
    fake_llm.script(text("The diff fixes add."))
    r = piped(["run", "review this diff"], DIFF, calc, env(fake_llm))
    assert r.returncode == 0, r.stderr
    assert r.stdout == "The diff fixes add.\n"
    sent = fake_llm.chat_requests[0]["messages"][-1]["content"]
    assert sent == f"review this diff\n\n<stdin>\n{DIFF.rstrip()}\n</stdin>"
    fake_llm.script(text("no stdin"))
    r = run_gcode("run", "just this", cwd=calc, env=env(fake_llm))  # stdin: /dev/null
    assert fake_llm.chat_requests[-1]["messages"][-1]["content"] == "just this"


def test_print_flag_is_run(fake_llm, calc):
    fake_llm.script(text("Printed."), text("Printed again."))
    r = run_gcode("-p", "say something", cwd=calc, env=env(fake_llm))
    assert r.returncode == 0, r.stderr
    assert r.stdout == "Printed.\n"
    r = run_gcode("--print", "again", "--model", "m2", cwd=calc, env=env(fake_llm))
    assert r.stdout == "Printed again.\n" and fake_llm.chat_requests[-1]["model"] == "m2"


def test_a_bare_prompt_opens_the_chat_with_it(fake_llm, calc):
    fake_llm.script(text("Hello from the chat."), text("Second answer."))
    r = run_gcode("what does calc.py do?", cwd=calc, env=env(fake_llm),
                  input="and then?\n/cost\n")
    assert r.returncode == 0, r.stderr
    assert "gcode · " in r.stdout  # the chat's banner: this is the chat, not run
    assert "> what does calc.py do?" in r.stdout
    assert "Hello from the chat." in r.stdout and "Second answer." in r.stdout
    assert "in 2 turn(s)" in r.stdout
    assert fake_llm.chat_requests[0]["messages"][-1]["content"] == "what does calc.py do?"


def test_rewrite_args_keeps_commands_options_and_typos():
    assert rewrite_args(["fix the tests"], COMMANDS) == ["chat", "--message", "fix the tests"]
    assert rewrite_args(["--db", "x.db", "hello"], COMMANDS) == [
        "--db", "x.db", "chat", "--message", "hello"]
    assert rewrite_args(["-p", "x", "--json"], COMMANDS) == ["run", "x", "--json"]
    assert rewrite_args(["--debug", "--print=x"], COMMANDS) == ["--debug", "run", "x"]
    for same in (["run", "x"], ["--help"], ["learn", "show"], ["lern", "show"], ["--version"],
                 []):
        assert rewrite_args(same, COMMANDS) == same
    key = ["sk-proj-Zq8xW2vB7nM4kL1pR9tY6uI3oE5aS0dF"]  # a pasted key is not a message
    assert rewrite_args(key, COMMANDS) == key
    r = run_gcode("lern", "show")
    assert r.returncode == 2 and "No such command 'lern'" in r.stderr


def test_run_continue_and_resume_carry_the_conversation(fake_llm, calc):
    fake_llm.script(text("The codename is BLUEBIRD, noted."), text("BLUEBIRD."),
                    text("Still BLUEBIRD."))
    first = run_gcode("run", "remember: the codename is BLUEBIRD", "--json", cwd=calc,
                      env=env(fake_llm))
    session = json.loads(first.stdout.splitlines()[0])["session_id"]
    r = run_gcode("run", "--continue", "what is the codename?", cwd=calc, env=env(fake_llm))
    assert r.returncode == 0, r.stderr
    sent = fake_llm.chat_requests[1]["messages"]
    assert [m["content"] for m in sent[1:]] == ["remember: the codename is BLUEBIRD",
                                                "The codename is BLUEBIRD, noted.",
                                                "what is the codename?"]
    r = run_gcode("run", "--resume", session[:13], "again?", "--json", cwd=calc,
                  env=env(fake_llm))
    events = [json.loads(line) for line in r.stdout.splitlines()]
    assert events[0] == {"type": "session", "session_id": session, "model": MODEL,
                         "repo": str(calc.resolve()), "resumed": True}
    assert len(fake_llm.chat_requests[2]["messages"]) == 1 + 5
    with open_db(Path(os.environ["GCODE_DB"])) as db:
        assert len(db.list_sessions()) == 1  # one session, continued twice
    bad = run_gcode("run", "--resume", "ffffffff", "x", cwd=calc, env=env(fake_llm))
    assert bad.returncode == 1 and "no session 'ffffffff'" in bad.stderr


def test_continue_without_a_session_is_a_clear_error(fake_llm, calc):
    r = run_gcode("run", "--continue", "hello", cwd=calc, env=env(fake_llm))
    assert r.returncode == 1
    assert "there is no earlier session here to continue" in r.stderr


def test_the_first_json_event_names_the_session(fake_llm, calc):
    fake_llm.script(tool_call("read_file", {"path": "calc.py"}), text("Read it."))
    r = run_gcode("run", "read calc", "--json", cwd=calc, env=env(fake_llm))
    events = [json.loads(line) for line in r.stdout.splitlines()]
    first, last = events[0], events[-1]
    assert first["type"] == "session" and first["model"] == MODEL
    assert first["repo"] == str(calc.resolve()) and first["resumed"] is False
    assert first["session_id"] == last["session_id"]
    stream = run_gcode("run", "x", "--output-format", "stream-json", cwd=calc,
                       env=env(fake_llm))
    assert json.loads(stream.stdout.splitlines()[0])["type"] == "session"


def test_output_format_json_is_one_object_for_scripts(fake_llm, calc):
    fake_llm.script(tool_call("run_shell", {"command": "rm -rf build"}),
                    tool_call("read_file", {"path": "calc.py"}),
                    text("It subtracts.", usage=(30, 4)))
    r = run_gcode("run", "what does add do?", "--output-format", "json", cwd=calc,
                  env=env(fake_llm))
    assert r.returncode == 0, r.stderr
    (line,) = r.stdout.splitlines()  # one object, nothing else on stdout
    result = json.loads(line)
    assert result["type"] == "result" and result["answer"] == "It subtracts."
    assert result["exit_status"] == 0 and result["error"] is None
    assert result["model"] == MODEL and result["session_id"]
    assert result["usage"] == {"prompt_tokens": 50, "completion_tokens": 14}
    calls = [(c["name"], c["approved"], c["is_error"]) for c in result["tool_calls"]]
    assert calls == [("run_shell", False, True), ("read_file", None, False)]
    fake_llm.script(*[http_error(500, "down")] * 4)
    r = run_gcode("run", "x", "--output-format", "json", cwd=calc, env=env(fake_llm))
    result = json.loads(r.stdout)
    assert r.returncode == 1 and result["exit_status"] == 1 and "HTTP 500" in result["error"]
    r = run_gcode("run", "x", "--output-format", "json", cwd=calc)  # no model: before the turn
    result = json.loads(r.stdout)
    assert r.returncode == 1 and result["exit_status"] == 1
    assert result["error"].startswith("no model configured")
    r = run_gcode("run", "x", "--output-format", "yaml", cwd=calc, env=env(fake_llm))
    assert r.returncode == 1 and "unknown output format 'yaml'" in r.stderr


def test_documented_exit_codes(fake_llm, calc):
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text()
    table = readme.split("**Exit codes**", 1)[1].split("\n\n", 2)[1]
    for code in ("0", "1", "2", "130"):
        assert f"| {code} |" in table
    fake_llm.script(text("ok"))
    assert run_gcode("run", "x", cwd=calc, env=env(fake_llm)).returncode == 0
    assert run_gcode("run", "x", "--no-such-flag", cwd=calc).returncode == 2
    assert run_gcode("run", "x", cwd=calc).returncode == 1  # no model configured
