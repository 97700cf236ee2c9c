"""What gcode says is what happened: the decision log, /remember, /learn, doctor, @typos, /init."""

from __future__ import annotations

import os
import socket
from pathlib import Path

from conftest import run_gcode
from fake_openai import text, tool_call
from test_repl import chat_in, run_chat

from gcode.db import open_db
from gcode.turn import ToolRun
from stores.decision_log import describe


def decisions() -> list[str]:
    db = open_db(Path(os.environ["GCODE_DB"]))
    try:
        return [r.content for r in db.list_learnings(None, stores=["decision_log"])]
    finally:
        db.close()


def test_a_command_that_did_not_run_is_never_said_to_have_run() -> None:
    refused = ToolRun("1", "run_shell", {"command": "rm -rf build"}, action="shell",
                      output="not approved: the user declined", is_error=True, approved=False)
    rejected = ToolRun("2", "run_shell", {"command": "make deploy"}, action="shell",
                       output="the sandbox refused to start the command (no bwrap)",
                       is_error=True)
    ran = ToolRun("3", "run_shell", {"command": "pytest -q"}, action="shell", exit_code=0,
                  output="exit code: 0")
    assert describe(refused) == "Did not run `rm -rf build`: not approved"
    assert describe(rejected) == ("Did not run `make deploy`: the sandbox refused to start the "
                                  "command (no bwrap)")
    assert describe(ran) == "Ran `pytest -q`: succeeded"
    assert not any(": ran" in (describe(r) or "") for r in (refused, rejected, ran))


def test_an_undone_edit_is_not_kept_as_a_change(fake_llm, repo, monkeypatch):
    fake_llm.script(
        tool_call("edit_file", {"path": "README.md", "old_text": "# repo", "new_text": "# r"}),
        tool_call("run_shell", {"command": "rm -rf /tmp/nothing-here"}),
        text("Done."),
    )
    run_chat(repo, "rename the readme title\ryn/undo\r" + "\x04", env=fake_llm.env,
             monkeypatch=monkeypatch)
    log = decisions()
    assert "Changed README.md (edit_file), then reverted with /undo" in log
    assert "Did not run `rm -rf /tmp/nothing-here`: not approved" in log
    assert not [d for d in log if d.startswith("Changed") and "reverted" not in d]


def test_remember_says_shared_only_where_the_repository_shares(repo, gcode):
    _, out = run_chat(repo, "/remember deploys happen on Tuesdays\r\x04")
    assert "team scope: shared once you run `gcode init`" in out
    assert "shared with the team" not in out
    assert gcode("init", "--yes", cwd=repo).returncode == 0  # now it has a team file
    _, out = run_chat(repo, "/remember the staging db is reset nightly\r\x04")
    assert "(shared with the team)" in out
    assert "the staging db is reset nightly" in (repo / ".gcode/learnings.jsonl").read_text()
    added = gcode("learn", "add", "releases are cut on Fridays", cwd=repo)
    assert "(learned_knowledge, shared with the team)" in added.stdout


def test_the_first_learn_lists_what_context_shows(make_repo, gcode):
    root = make_repo("svc", {"pyproject.toml": "[project]\nname = 'svc'\n\n"
                                               "[tool.pytest.ini_options]\naddopts = '-q'\n",
                             "src/svc/__init__.py": "", "tests/test_x.py": ""})
    _, out = run_chat(root, "/learn\r/context\r\x04")
    listing, _, context = out.partition("/forget ID removes one")
    assert "knows nothing" not in listing
    assert "Run the tests with `pytest`" in listing
    assert "Run the tests with `pytest`" in context
    shown = gcode("learn", "show", cwd=make_repo("svc2", {"pyproject.toml": "[project]\n"
                                                          "name='x'\n[tool.pytest.ini_options]\n"
                                                          "addopts='-q'\n"}))
    assert "Run the tests with `pytest`" in shown.stdout, shown.stdout


def test_doctor_does_not_call_a_dead_model_server_ok(repo, fake_llm):
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{s.getsockname()[1]}/v1"
    r = run_gcode("doctor", cwd=repo, env={**fake_llm.env, "OPENAI_BASE_URL": dead})
    assert r.returncode != 0
    line = next(ln for ln in r.stdout.splitlines() if ln.split()[1:2] == ["server"])
    assert line.startswith("problem") and "cannot reach the model server" in line, r.stdout


def test_a_mistyped_mention_is_reported_not_dropped(fake_llm, make_repo, monkeypatch):
    root = make_repo("app", {"src/app.py": "print(1)\n"})
    fake_llm.script(text("ok"))
    _, out = run_chat(root, "look at @src/ap.py and @app.pyy, thanks @team\r\x04",
                      env=fake_llm.env, monkeypatch=monkeypatch)
    assert "@src/ap.py: no such file, not attached" in out
    assert "@app.pyy: no such file, not attached" in out
    assert "@team:" not in out  # a word, not a path


def test_init_is_a_command_not_a_typo_for_exit(repo):
    with chat_in(repo) as (chat, pipe, out):
        pipe.send_text("/init\r\x04")
        chat.run()
    assert "Did you mean /exit" not in out.getvalue()
    assert "Wrote the guide in AGENTS.md" in out.getvalue()
