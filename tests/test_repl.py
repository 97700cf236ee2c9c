"""The chat's input layer and slash commands, driven through prompt-toolkit's pipe input.

Keys are typed into a real PromptSession (pipe input, dummy output): history,
completion, multiline, Ctrl-C/Ctrl-D. Whole chats run in process against the
scripted model server, with the real agent, database and learning machine.
"""

from __future__ import annotations

import re

import io
import os
import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from fake_openai import http_error, text, tool_call
from prompt_toolkit.document import Document
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.data_structures import Size
from prompt_toolkit.output import DummyOutput
from prompt_toolkit.output.vt100 import Vt100_Output

from gcode.db import open_db
from gcode.chat_prompt import (
    PromptReader,
    ToolbarInfo,
    history_path,
    make_completer,
    make_history,
    rank_paths,
)
from gcode.mentions import expand_mentions
from gcode.repl import Chat
from gcode.slash import SlashRegistry, default_registry
from gcode.workspace import Workspace

UP, CTRL_C, CTRL_D, CTRL_R, ESC_ENTER = "\x1b[A", "\x03", "\x04", "\x12", "\x1b\r"
PASTE_START, PASTE_END = "\x1b[200~", "\x1b[201~"
FILES = ["docs/", "src/", "src/app.py", "src/util.py", "README.md", "docs/guide.md"]


def feed(pipe, *chunks: str, pause: float = 0.25) -> threading.Thread:
    """Type `chunks` one after another (completion runs asynchronously between keys)."""

    def run() -> None:
        for chunk in chunks:
            time.sleep(pause)
            pipe.send_text(chunk)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread


@contextmanager
def reader(history_file: Path | None = None, files: list[str] | None = None
           ) -> Iterator[tuple[PromptReader, object]]:
    history = make_history(history_file) if history_file else None
    with create_pipe_input() as pipe:
        completer = make_completer(default_registry(), None, lambda: files or FILES)
        yield PromptReader(completer, history, ToolbarInfo(), input=pipe,
                           output=DummyOutput()), pipe


@contextmanager
def chat_in(root: Path, screen: io.StringIO | None = None, **flags: object
            ) -> Iterator[tuple[Chat, object, io.StringIO]]:
    """A Chat reading keys from a pipe; what it prints lands in `out`, and what prompt-toolkit
    draws (prompts, approval questions) in `screen`."""
    out = io.StringIO()
    pt_out = Vt100_Output(screen, lambda: Size(rows=40, columns=120), enable_cpr=False) \
        if screen is not None else DummyOutput()
    with create_pipe_input() as pipe:
        chat = Chat(Workspace(cwd=root, flags=dict(flags)), out=out, err=out, plain=True,
                    pt_input=pipe, pt_output=pt_out, width=120)
        yield chat, pipe, out


def run_chat(root: Path, keys: str, env: dict[str, str] | None = None,
             monkeypatch: pytest.MonkeyPatch | None = None, screen: io.StringIO | None = None,
             **flags: object) -> tuple[Chat, str]:
    """Type `keys` (typeahead is kept between prompts) into a chat and run it to the end."""
    if env and monkeypatch:
        for k, v in env.items():
            monkeypatch.setenv(k, v)
    with chat_in(root, screen, **flags) as (chat, pipe, out):
        pipe.send_text(keys)
        assert chat.run() == 0
    return chat, out.getvalue()


# -- slash registry ---------------------------------------------------------------------------


def test_parse_tells_commands_from_messages():
    assert SlashRegistry.parse("/help") == ("help", "")
    assert SlashRegistry.parse("  /remember the db is postgres  ") == ("remember",
                                                                       "the db is postgres")
    assert SlashRegistry.parse("/resume\n0190abcd") == ("resume", "0190abcd")
    assert SlashRegistry.parse("/usr/bin/env is missing in CI") is None  # a path, not a command
    assert SlashRegistry.parse("why does /help not work?") is None
    assert SlashRegistry.parse("/") is None


def test_closest_command_for_typos_and_prefixes():
    reg = default_registry()
    assert reg.closest("contxt") == "context"
    assert reg.closest("sesions") == "sessions"
    assert reg.closest("rem") == "remember"  # a unique prefix
    assert reg.closest("quit") == "exit"  # an alias names its command
    assert reg.closest("zzzzzz") is None
    assert reg.get("QUIT").name == "exit"


def test_unknown_command_suggests_the_closest_and_chat_goes_on(repo):
    _, out = run_chat(repo, "/contxt\r/forgt abc\r/zzzz\r/cost\r" + CTRL_D)
    assert "Unknown command /contxt. Did you mean /context?" in out
    assert "Unknown command /forgt. Did you mean /forget?" in out
    assert "Unknown command /zzzz. (/help lists the commands)" in out
    assert "0 tokens in 0 turn(s)" in out  # the chat went on to the next command


def test_help_lists_every_command_and_explains_one(repo):
    _, out = run_chat(repo, "/help\r/help remember\r/exit\r")
    for name in ("help", "context", "learn", "remember", "forget", "mode", "model", "clear",
                 "sessions", "resume", "diff", "undo", "cost", "exit"):
        assert f"/{name}" in out
    assert "--me" in out and "committed team file" in out  # /help remember shows the details


# -- input: keys, history, completion ---------------------------------------------------------


def test_enter_sends_alt_enter_adds_a_line_paste_stays_one_message():
    with reader() as (r, pipe):
        pipe.send_text("hello\r")
        assert r.read() == "hello"
        pipe.send_text("first line" + ESC_ENTER + "second line\r")
        assert r.read() == "first line\nsecond line"
        pipe.send_text(PASTE_START + "pasted\r\nacross lines\r\n" + PASTE_END + "\r")
        assert r.read() == "pasted\nacross lines\n"


def test_ctrl_c_clears_the_line_and_ctrl_d_exits():
    with reader() as (r, pipe):
        pipe.send_text("half a thought" + CTRL_C + "the real one\r")
        assert r.read() == "the real one"
        pipe.send_text(CTRL_C + "still here\r")  # Ctrl-C on an empty prompt does not exit
        assert r.read() == "still here"
        assert r.toolbar.notice == "Ctrl-D or /exit quits"
        pipe.send_text("x" + CTRL_D)  # with text, Ctrl-D deletes; it exits only when empty
        pipe.send_text(CTRL_C + CTRL_D)
        assert r.read() is None


def test_history_persists_per_user_and_never_stores_secrets(tmp_path):
    path = history_path("alice@example.com")
    assert path.parent.name == "history" and "alice" not in path.name
    assert history_path("bob@example.com") != path
    secret = "sk-proj-Abc123Def456Ghi789Jkl012Mno345"
    with reader(path) as (r, pipe):
        pipe.send_text("run the tests\r")
        assert r.read() == "run the tests"
        pipe.send_text(f"use OPENAI_API_KEY={secret} for this\r")
        assert r.read() == f"use OPENAI_API_KEY={secret} for this"
    stored = path.read_text()
    assert "run the tests" in stored and secret not in stored and "[REDACTED]" in stored
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    with reader(path) as (r, pipe):  # a new session: Up recalls (the redacted) last message
        feed(pipe, UP, UP, "\r")
        assert r.read() == "run the tests"
    with reader(path) as (r, pipe):  # Ctrl-R searches the history
        feed(pipe, CTRL_R, "OPENAI", "\r", "\r")
        assert r.read() == "use OPENAI_API_KEY=[REDACTED] for this"
    with reader(history_path("bob@example.com")) as (r, pipe):  # bob has his own history
        feed(pipe, UP, "\r")
        assert r.read() == ""


def test_tab_completes_slash_commands_arguments_and_file_mentions():
    with reader() as (r, pipe):
        feed(pipe, "/rem", "\t", "\r")
        assert r.read() == "/remember"
    with reader() as (r, pipe):
        feed(pipe, "/mode pro", "\t", "\r")
        assert r.read() == "/mode propose"
    with reader() as (r, pipe):  # Enter takes an @file completion and the message goes on
        feed(pipe, "look at @src/ap", "\t", "\r", " please\r")
        assert r.read() == "look at @src/app.py please"


def completions(text: str, files: list[str] | None = None) -> list[str]:
    completer = make_completer(default_registry(), None, lambda: files or FILES)
    return [c.text for c in completer.get_completions(Document(text), None)]


def test_completer_offers_commands_modes_and_paths():
    assert completions("/") == ["/" + n for n in default_registry().names()]
    assert completions("/se") == ["/sessions"]
    assert completions("/mode ") == ["always", "agentic", "propose", "off"]
    assert completions("/help co") == ["context", "cost"]
    assert completions("explain @") == ["docs/", "src/", "README.md"]  # one level at a time
    assert completions("explain @src/") == ["src/app.py", "src/util.py"]
    assert completions("explain @util") == ["src/util.py"]  # the file name, anywhere
    assert completions("mail bob@exa") == []  # an email address is not a mention
    assert completions("no mention here") == []


def test_rank_paths_prefers_path_prefix_then_name_then_substring():
    paths = ["app/", "app/main.py", "tests/test_app.py", "lib/happy.py", "apple.txt"]
    assert rank_paths("app", paths) == ["app/", "apple.txt", "app/main.py",
                                        "lib/happy.py", "tests/test_app.py"]
    assert rank_paths("", paths, limit=2) == ["app/", "apple.txt"]


# -- @file mentions ---------------------------------------------------------------------------


def test_mentions_attach_text_files_once_and_leave_other_words(tmp_path):
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "app.py").write_text("print('hi')\n")
    (tmp_path / "logo.dat").write_bytes(b"\x89PNG\0\0\0")
    msg = expand_mentions("why does @src/app.py fail? see @src/app.py, @logo.dat, @src and "
                          "@decorator, mail me@example.com", tmp_path, tmp_path)
    assert [a.path for a in msg.attachments] == ["src/app.py"]
    assert msg.text.count('<file path="src/app.py">\nprint(\'hi\')\n</file>') == 1
    assert msg.text.startswith("why does @src/app.py fail?")
    assert any("logo.dat is a binary file" in p for p in msg.problems)
    assert any("@src is a directory" in p for p in msg.problems)
    sub = tmp_path / "src"
    from_sub = expand_mentions("see @app.py", tmp_path, sub)  # relative to where you are
    assert [a.path for a in from_sub.attachments] == ["src/app.py"]
    assert expand_mentions("nothing here", tmp_path, tmp_path).text == "nothing here"


# -- learning commands, without a model -------------------------------------------------------


def test_first_run_without_a_model_is_a_friendly_message_and_learning_works(repo):
    _, out = run_chat(repo, "hello?\r/remember the API tests need docker running\r"
                            "/context docker\r" + CTRL_D)
    assert "gcode has no model configured yet" in out
    assert "OPENAI_BASE_URL=http://localhost:11434/v1" in out  # the Ollama example
    assert "config.toml" in out and "Traceback" not in out
    assert "No model is configured" in out
    assert "Remembered" in out and "team scope: shared once you run `gcode init`" in out
    shown = out.split("/context docker")[-1]
    assert "the API tests need docker running" in shown
    assert re.search(r"why: \[[0-9a-f]{8}\] relevance \d\.\d\d", shown)  # scores shown


def test_context_shows_ids_that_look_like_markup(repo, monkeypatch):
    """An id starting with a letter ('[abcdef01]') is text, not a style tag the console eats."""
    from itertools import count

    import gcode.records

    serial = count()
    monkeypatch.setattr(gcode.records.os, "urandom",
                        lambda n: next(serial).to_bytes(n - 4, "big") + bytes.fromhex("abcdef01"))
    _, out = run_chat(repo, "/remember the API tests need docker running\r/context docker\r"
                      + CTRL_D)
    assert re.search(r"why: \[abcdef01\] relevance \d\.\d\d", out.split("/context docker")[-1])


def test_remember_learn_forget_and_private_memory(repo):
    chat, out = run_chat(repo, "/remember deploys happen on Tuesdays\r"
                               "/remember --me I like short answers\r/learn\r" + CTRL_D)
    assert "Remembered" in out and "private to you" in out
    db = open_db(Path(chat.ws.config.db_path))
    recs = {r.content: r for r in db.list_learnings(None, user=chat.ws.user)}
    team, mine = recs["deploys happen on Tuesdays"], recs["I like short answers"]
    assert (team.store, team.scope) == ("learned_knowledge", "team")
    assert (mine.store, mine.scope, mine.repo_id) == ("user_memory", "user", "")
    listing = out.split("/learn")[-1] if "/learn" in out else out
    assert "deploys happen on Tuesdays" in listing and "I like short answers" in listing
    short = team.id.replace("-", "")[-8:]
    _, out2 = run_chat(repo, f"/forget {short}\r/forget {short}\r/learn\r/context\r" + CTRL_D)
    assert f"Forgot {short}" in out2
    assert "already forgotten" in out2
    assert "deploys happen on Tuesdays" not in out2.split("already forgotten")[-1]
    assert db.get_learning(team.id).deleted_at is not None
    db.close()


def test_mode_changes_the_session_and_the_toolbar(repo):
    with chat_in(repo) as (chat, pipe, out):
        pipe.send_text("/mode\r/mode propose\r/mode user_memory off\r/mode\r/mode sometimes\r"
                       + CTRL_D)
        chat.run()
        assert chat.learning.mode_of("learned_knowledge") == "propose"
        assert chat.learning.mode_of("user_memory") == "off"
        chat.refresh_toolbar()
        assert "learning: mixed" in chat.toolbar.text()
    text_out = out.getvalue()
    assert "Learning mode: always" in text_out
    assert "Learning mode is now propose for this session." in text_out
    assert "user_memory: off" in text_out
    assert "unknown learning mode 'sometimes'" in text_out


def test_context_shows_exactly_what_the_learning_machine_gives_the_model(repo):
    chat, out = run_chat(repo, "/remember integration tests need the staging VPN\r"
                               "/context how do I run integration tests?\r" + CTRL_D)
    expected = Chat(Workspace(cwd=repo)).learning.build_context(
        "how do I run integration tests?").text
    assert expected and expected.strip() in out


# -- turns against the scripted model server --------------------------------------------------


def test_a_turn_streams_edits_with_approval_and_undo_reverts_it(fake_llm, repo, monkeypatch):
    fake_llm.script(
        text("Hello! I am **gcode**."),
        tool_call("edit_file", {"path": "README.md", "old_text": "# repo",
                                "new_text": "# Repo, renamed"}),
        text("Renamed it."),
        text("Noted."),
    )
    screen = io.StringIO()
    chat, out = run_chat(repo, "who are you?\rrename the readme title\ry/diff\r/undo\r"
                               "/undo\rthanks\r/cost\r" + CTRL_D,
                         env=fake_llm.env, monkeypatch=monkeypatch, screen=screen)
    fake_llm.assert_done()
    assert "Hello! I am **gcode**." in out  # plain mode: the answer as it streamed
    assert "Allow this edit (edit README.md)? [y] yes / [n] no / [a] always for README.md" \
        in screen.getvalue()
    approval, _, after = out.partition("+# Repo, renamed")  # the diff shown before asking
    assert "-# repo" in approval and "+# Repo, renamed" in after  # ... and again by /diff
    assert "Renamed it." in out
    assert "Undid gcode's last edit: README.md restored." in out
    assert "nothing to undo" in out
    assert (repo / "README.md").read_text() == "# repo\n"
    last_user = fake_llm.chat_requests[-1]["messages"][-1]["content"]
    assert "I undid your last change to README.md" in last_user and last_user.endswith("thanks")
    assert "tokens this turn" in out and "in 3 turn(s)" in out
    assert chat.toolbar.text().startswith(
        " repo  ·  fake-model  ·  approval: ask  ·  learning: always  ·  60 tokens")


def test_always_approves_the_same_file_for_the_rest_of_the_session(fake_llm, repo,
                                                                 monkeypatch):
    fake_llm.script(
        tool_call("edit_file", {"path": "README.md", "old_text": "# repo", "new_text": "# a"}),
        tool_call("edit_file", {"path": "README.md", "old_text": "# a", "new_text": "# b"}),
        text("Two edits."),
    )
    screen = io.StringIO()
    _, out = run_chat(repo, "edit twice\ra" + CTRL_D, env=fake_llm.env,
                      monkeypatch=monkeypatch, screen=screen)
    fake_llm.assert_done()
    assert "[a] always for README.md" in screen.getvalue()
    # One "a" typed: had the second edit asked again, it would have read Ctrl-D (= cancel).
    assert (repo / "README.md").read_text() == "# b\n"
    assert "Two edits." in out and "Cancelled" not in out


def test_declined_edit_is_not_applied_and_the_model_is_told(fake_llm, repo, monkeypatch):
    fake_llm.script(
        tool_call("edit_file", {"path": "README.md", "old_text": "# repo", "new_text": "# x"}),
        text("Understood, I left it."),
    )
    _, out = run_chat(repo, "edit it\rn" + CTRL_D, env=fake_llm.env, monkeypatch=monkeypatch)
    assert (repo / "README.md").read_text() == "# repo\n"
    tool_msg = fake_llm.chat_requests[1]["messages"][-1]
    assert tool_msg["role"] == "tool" and "declined" in tool_msg["content"]


def test_file_mentions_reach_the_model(fake_llm, make_repo, monkeypatch):
    root = make_repo("proj", {"src/app.py": "def main():\n    return 42\n"})
    fake_llm.script(text("It returns 42."))
    _, out = run_chat(root, "what does @src/app.py return?\r" + CTRL_D, env=fake_llm.env,
                      monkeypatch=monkeypatch)
    sent = fake_llm.chat_requests[0]["messages"][-1]["content"]
    assert sent.startswith("what does @src/app.py return?")
    assert '<file path="src/app.py">\ndef main():\n    return 42\n</file>' in sent
    assert "attached src/app.py" in out


def test_clear_sessions_and_resume(fake_llm, repo, monkeypatch):
    fake_llm.script(text("First answer."), text("Second answer."), text("Back to the first."))
    chat, out = run_chat(repo, "first question\r/clear\rsecond question\r/sessions\r"
                               "/resume\rand now?\r" + CTRL_D, env=fake_llm.env,
                         monkeypatch=monkeypatch)
    fake_llm.assert_done()
    assert "New session." in out and "Resumed session" in out
    assert "last you said: first question" in out
    resumed = fake_llm.chat_requests[2]["messages"]
    assert [m["content"] for m in resumed if m["role"] in ("user", "assistant")] == [
        "first question", "First answer.", "and now?"]
    assert "second question" not in json.dumps(resumed)
    db = open_db(Path(chat.ws.config.db_path))
    assert len(db.list_sessions(chat.ws.repo_id)) == 2
    db.close()


def test_switching_model(fake_llm, repo, monkeypatch):
    fake_llm.script(text("one"), text("two"))
    _, out = run_chat(repo, "hi there you\r/model other-model\r/model\rhi again you\r" + CTRL_D,
                      env=fake_llm.env, monkeypatch=monkeypatch)
    assert [r["model"] for r in fake_llm.chat_requests] == ["fake-model", "other-model"]
    assert "Model: other-model" in out


def test_propose_mode_accept_edit_reject(fake_llm, repo, monkeypatch):
    learned = {"learnings": [
        {"store": "learned_knowledge", "kind": "insight", "content": "We deploy with Helm."},
        {"store": "learned_knowledge", "kind": "gotcha",
         "content": "The staging cluster needs the VPN."},
        {"store": "learned_knowledge", "kind": "insight", "content": "Nobody likes YAML."},
    ]}
    fake_llm.script(text("Good to know."), text(json.dumps(learned)))
    chat, out = run_chat(
        repo, "we always deploy with helm and staging needs the vpn, we hate yaml\r"
              "a" "e" + "\x15" + "Staging needs the office VPN.\r" "r" + CTRL_D,
        env=fake_llm.env, monkeypatch=monkeypatch, **{"learning.mode": "propose"})
    fake_llm.assert_done()
    assert out.count("gcode proposes to learn") == 3
    assert "The staging cluster needs the VPN." in out
    db = open_db(Path(chat.ws.config.db_path))
    recs = {r.content: r for r in db.list_learnings(None, statuses=("active", "pending"),
                                                     include_dead=True)}
    assert recs["We deploy with Helm."].status == "active"
    assert recs["Staging needs the office VPN."].status == "active"
    assert "Nobody likes YAML." not in recs  # rejected: a tombstone that keeps nothing of it
    assert recs["(forgotten)"].deleted_at is not None
    db.close()


def test_chat_from_a_pipe_reads_lines_and_never_asks(fake_llm, repo, gcode):
    fake_llm.script(
        text("Piped answer."),
        tool_call("edit_file", {"path": "README.md", "old_text": "# repo", "new_text": "# x"}),
        text("Could not edit."),
    )
    r = gcode("chat", cwd=repo, env=fake_llm.env, input="hello there\n\nplease edit it\n/cost\n")
    assert r.returncode == 0, r.stderr
    assert "Piped answer." in r.stdout and "Could not edit." in r.stdout
    assert "running non-interactively" in r.stderr  # refused, not hung on a prompt
    assert (repo / "README.md").read_text() == "# repo\n"
    assert "in 2 turn(s)" in r.stdout


def test_chat_exits_1_when_the_model_cannot_answer(repo, gcode):
    """The error line, then exit status 1 (not 0): a script can tell the turn failed."""
    r = gcode("hello", cwd=repo, env={"GCODE_MODEL": "m"})  # no OPENAI_API_KEY; stdin empty
    assert r.returncode == 1, (r.returncode, r.stdout, r.stderr)
    assert "error: OPENAI_API_KEY is not set" in r.stdout + r.stderr
    assert "Traceback" not in r.stderr and "internal error" not in r.stderr
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{s.getsockname()[1]}/v1"
    env = {"OPENAI_BASE_URL": url, "GCODE_MODEL": "m", "GCODE_RETRY_BASE_DELAY": "0.01",
           "GCODE_LEARNING_MODE": "off"}
    r = gcode("chat", cwd=repo, env=env, input="hi\n")
    assert r.returncode == 1, (r.returncode, r.stdout, r.stderr)
    assert f"error: cannot reach the model server at {url}" in r.stdout + r.stderr
    assert "Traceback" not in r.stderr and "internal error" not in r.stderr


def test_chat_exit_status_is_that_of_the_last_message(fake_llm, repo, gcode):
    """A failed turn followed by one that worked: the chat ends well (exit 0); a mistyped
    command after it (`!` alone) is said at once and does not make the chat fail."""
    fake_llm.script(http_error(400, "bad request"), text("Fine now."))
    env = {**fake_llm.env, "GCODE_LEARNING_MODE": "off"}
    r = gcode("chat", cwd=repo, env=env, input="first\nsecond\n!\n")
    assert "bad request" in r.stdout + r.stderr and "Fine now." in r.stdout
    assert "no command after !" in r.stdout + r.stderr
    assert r.returncode == 0, r.stderr


def test_chat_flags_continue_resume_and_model(fake_llm, repo, gcode):
    fake_llm.script(text("Answer one."), text("Answer two."), text("Answer three."))
    assert gcode("chat", cwd=repo, env=fake_llm.env, input="question one\n").returncode == 0
    r = gcode("chat", "--continue", "--model", "m2", cwd=repo, env=fake_llm.env,
              input="question two\n")
    assert r.returncode == 0, r.stderr
    assert "Resumed session" in r.stdout
    sent = fake_llm.chat_requests[1]
    assert sent["model"] == "m2"
    assert [m["content"] for m in sent["messages"][1:]] == ["question one", "Answer one.",
                                                            "question two"]
    session = open_db(Path(os.environ["GCODE_DB"])).list_sessions()[0]["id"]
    r = gcode("chat", "--resume", session[:13], cwd=repo, env=fake_llm.env, input="three\n")
    assert r.returncode == 0, r.stderr
    assert len(fake_llm.chat_requests[2]["messages"]) == 1 + 5
    bad = gcode("chat", "--resume", "ffffffff", cwd=repo, env=fake_llm.env, input="")
    assert bad.returncode == 1 and "no session 'ffffffff'" in bad.stderr
    assert "Traceback" not in bad.stderr
    stray = gcode("chat", "abc", cwd=repo, input="")
    assert stray.returncode == 1 and "gcode chat --resume abc" in stray.stderr


def test_chat_outside_a_repository_works_with_your_own_memory(tmp_path, fake_llm, gcode):
    """Like the other agents: a plain directory is a place to work, with user memory only."""
    plain = tmp_path / "notes"
    plain.mkdir()
    (plain / "todo.txt").write_text("buy milk\n")
    fake_llm.script(tool_call("read_file", {"path": "todo.txt"}), text("You need milk."))
    r = gcode("chat", cwd=plain, env={**fake_llm.env, "GCODE_LEARNING_MODE": "always"},
              input="/remember I like short answers\n/learn\nwhat is on my list?\n/diff\n")
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr + r.stdout and "--all" not in r.stdout + r.stderr
    assert "Not in a git repository: gcode works in this directory with your own memory " \
        "only" in r.stdout
    assert "Remembered" in r.stdout and "private to you" in r.stdout
    assert "I like short answers" in r.stdout.split("/learn")[-1]
    assert "You need milk." in r.stdout
    assert "buy milk" in fake_llm.chat_requests[1]["messages"][-1]["content"]
    assert "this directory is not one" in r.stdout  # /diff says why it cannot
    system = fake_llm.chat_requests[0]["messages"][0]["content"]
    assert "I like short answers" in system  # your memory is the context
    db = open_db(Path(os.environ["GCODE_DB"]))
    recs = db.list_learnings(None)
    db.close()
    assert {(r.store, r.scope, r.repo_id) for r in recs} == {("user_memory", "user", "")}


def test_team_file_is_imported_at_start_and_exported_at_exit(repo, gcode, tmp_path):
    assert gcode("learn", "add", "Run the tests with make test", cwd=repo).returncode == 0
    assert gcode("learn", "export", cwd=repo).returncode == 0
    teammate = {"GCODE_DB": str(tmp_path / "bob.db"), "GCODE_USER": "bob"}
    r = gcode("chat", cwd=repo, env=teammate,
              input="/context tests\n/remember staging deploys need a VPN\n")
    assert r.returncode == 0, r.stderr
    assert "Imported .gcode/learnings.jsonl: 1 added" in r.stdout
    assert "Run the tests with make test" in r.stdout.split("/context")[-1]
    assert "staging deploys need a VPN" in (repo / ".gcode" / "learnings.jsonl").read_text()


def test_undo_deletes_a_file_gcode_created_and_refuses_after_a_manual_change(
        fake_llm, repo, monkeypatch):
    fake_llm.script(
        tool_call("write_file", {"path": "notes/todo.md", "content": "- ship it\r\n"}),
        tool_call("edit_file", {"path": "README.md", "old_text": "# repo", "new_text": "# r"}),
        text("Wrote notes and edited the readme."),
    )
    for k, v in fake_llm.env.items():
        monkeypatch.setenv(k, v)
    with chat_in(repo) as (chat, pipe, out):
        pipe.send_text("write notes and edit the readme\rya")
        chat.reader = chat.make_reader()
        assert chat.reader.read() == "write notes and edit the readme"
        chat.send("write notes and edit the readme")
        (repo / "README.md").write_text("# changed by hand\n")
        with pytest.raises(Exception, match="was changed after gcode's edit"):
            chat.undo_last_edit()
        (repo / "README.md").write_text("# r\n")
        chat.undo_last_edit()
        assert (repo / "README.md").read_text() == "# repo\n"
        assert (repo / "notes" / "todo.md").read_bytes() == b"- ship it\r\n"
        chat.undo_last_edit()
        assert not (repo / "notes" / "todo.md").exists()
        chat.close()
    assert "notes/todo.md deleted (gcode had created it)" in out.getvalue()


def test_a_resumed_chat_asks_like_a_fresh_one(fake_llm, repo, monkeypatch):
    """`gcode chat --continue` builds the agent before its prompt exists; approvals must
    still be asked at the terminal, not refused as non-interactive."""
    monkeypatch.setenv("GCODE_LEARNING_MODE", "off")
    fake_llm.script(text("First answer."))
    run_chat(repo, "hello\r" + CTRL_D, env=fake_llm.env, monkeypatch=monkeypatch)
    fake_llm.script(tool_call("edit_file", {"path": "README.md", "old_text": "# repo",
                                            "new_text": "# Resumed"}), text("Done."))
    screen = io.StringIO()
    out = io.StringIO()
    pt_out = Vt100_Output(screen, lambda: Size(rows=40, columns=120), enable_cpr=False)
    with create_pipe_input() as pipe:
        chat = Chat(Workspace(cwd=repo), out=out, err=out, plain=True, pt_input=pipe,
                    pt_output=pt_out, width=120)
        chat.resume(None)  # as `--continue` does, before the first prompt
        pipe.send_text("rename the title\ry" + CTRL_D)
        assert chat.run() == 0
    assert "Allow this edit (edit README.md)?" in screen.getvalue()
    assert (repo / "README.md").read_text() == "# Resumed\n"
    assert "non-interactively" not in out.getvalue()


def test_keys_typed_ahead_never_answer_a_question(monkeypatch) -> None:
    """What was typed while the agent worked is flushed before an approval is asked."""
    import os
    import sys

    from gcode.ui import flush_typeahead

    master, slave = os.openpty()
    try:
        os.write(master, b"y\n")  # typed ahead
        terminal = os.fdopen(os.dup(slave), "r")
        monkeypatch.setattr(sys, "stdin", terminal)
        flush_typeahead()
        terminal.close()
        os.set_blocking(slave, False)
        with pytest.raises(BlockingIOError):
            os.read(slave, 10)
    finally:
        os.close(master)
        os.close(slave)
