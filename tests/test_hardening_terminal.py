"""Terminal control sequences in data (learnings, tool output, model text, errors) are shown,
never obeyed: through the console script in pipes and in a real pty (pyte as the terminal),
through the renderers and through the chat's slash commands."""

from __future__ import annotations

import io
import json
import os
import re
from pathlib import Path

import pexpect
import pyte
import pytest
from conftest import GCODE, git, run_gcode
from fake_openai import text, tool_call

from gcode.render import JsonRenderer, PlainRenderer, RichRenderer
from gcode.term_safe import clean, json_dumps, safe_console
from gcode.turn import DoneEvent, ErrorEvent, TextDelta, ToolCallEvent, ToolResultEvent

# What a hostile learning, file or model answer may carry.
ATTACK = ("clear\x1b[2J\x1b[H title\x1b]0;pwned-title\x07 link\x1b]8;;http://evil.example/\x1b\\"
          "click\x1b]8;;\x1b\\ c1\x9b31m bidi\u202eexe.txt\u202c bell\x07 back\x08 cr\rover")
# Sequences that must never reach the output raw.
RAW = ["\x1b[2J", "\x1b[H", "\x1b]0;", "\x1b]8;", "\x9b", "\u202e", "\x07", "\x08", "\rover"]


def assert_no_raw(out: str) -> None:
    for seq in RAW:
        assert seq not in out, (seq, out[-400:])


def test_clean_shows_every_control_and_keeps_text() -> None:
    out = clean(ATTACK + "\n\tend\r\n")
    assert_no_raw(out)
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", out)
    assert "␛[2J" in out and "␛]0;pwned-title␇" in out and "<U+009B>31m" in out
    assert "<U+202E>exe.txt<U+202C>" in out and "␍over" in out
    assert out.endswith("\n\tend\n")  # newline and tab kept, CRLF made a newline
    assert clean("plain ünïcode ✓ text\n") == "plain ünïcode ✓ text\n"  # nothing to do


def test_json_escapes_c1_and_bidi_but_stays_json() -> None:
    data = {"content": ATTACK}
    out = json_dumps(data)
    assert_no_raw(out)
    assert json.loads(out) == data


def test_safe_console_cleans_markdown_tables_and_markup_but_keeps_styles() -> None:
    from rich.markdown import Markdown
    from rich.table import Table

    buf = io.StringIO()
    console = safe_console(file=buf, force_terminal=True, color_system="standard", width=200)
    console.print(Markdown(f"# Title\n\n{ATTACK}\n"))
    table = Table()
    table.add_column("x")
    table.add_row(ATTACK)
    console.print(table)
    console.print(f"[bold]{'ok'}[/] {ATTACK}", markup=False)
    out = buf.getvalue()
    assert_no_raw(out)
    assert "\x1b[1m" in out  # rich's own styling still works
    assert "␛[2J" in out


def test_renderers_show_model_text_tool_output_and_errors_inertly() -> None:
    events = [TextDelta(ATTACK), ToolCallEvent("1", "read_file", {"path": ATTACK}),
              ToolResultEvent("1", "read_file", ATTACK, False),
              ToolResultEvent("2", "run_shell", ATTACK, True),
              ErrorEvent(ATTACK, fatal=False), TextDelta(ATTACK),
              DoneEvent("s", 1, ATTACK, 1, 0, 0)]
    for stream in (True, False):
        out, err = io.StringIO(), io.StringIO()
        renderer = PlainRenderer(out, err, stream=stream)
        for event in events:
            renderer.handle(event)
        renderer.close()
        assert_no_raw(out.getvalue() + err.getvalue())
        assert "␛[2J" in out.getvalue() and "␛[2J" in err.getvalue()
    buf_out, buf_err = io.StringIO(), io.StringIO()
    rich = RichRenderer(safe_console(file=buf_out, force_terminal=True, width=200),
                        safe_console(file=buf_err, force_terminal=True, width=200))
    for event in events:
        rich.handle(event)
    rich.close()
    assert_no_raw(buf_out.getvalue() + buf_err.getvalue())
    json_out = io.StringIO()
    renderer_json = JsonRenderer(json_out)
    for event in events:
        renderer_json.handle(event)
    assert_no_raw(json_out.getvalue())


@pytest.fixture
def hostile_learnings(repo: Path) -> Path:
    """A learning added here and one that arrives in a teammate's committed team file."""
    result = run_gcode("learn", "add", f"run tests {ATTACK}", cwd=repo)
    assert result.returncode == 0, result.stderr
    assert run_gcode("learn", "export", cwd=repo).returncode == 0
    team = repo / ".gcode" / "learnings.jsonl"
    lines = team.read_text().splitlines()
    record = json.loads(lines[1])
    record.update(id="0190aaaa-bbbb-7ccc-8ddd-eeeeffff0000", content=f"teammate {ATTACK}",
                  store=f"store{ATTACK}", author=f"mallory{ATTACK}")
    team.write_text("\n".join([*lines, json.dumps(record)]) + "\n")
    imported = run_gcode("learn", "import", cwd=repo)
    assert imported.returncode == 0 and "1 added" in imported.stdout, imported.stderr
    return repo


def test_learn_commands_in_a_pipe(hostile_learnings: Path) -> None:
    repo = hostile_learnings
    for args in (["learn", "show"], ["learn", "show", "--verbose"], ["learn", "search", "run"],
                 ["learn", "stats"], ["learn", "show", "--json"]):
        result = run_gcode(*args, cwd=repo)
        assert result.returncode == 0, (args, result.stderr)
        assert_no_raw(result.stdout + result.stderr)
    shown = run_gcode("learn", "show", cwd=repo).stdout
    assert "␛[2J" in shown and "teammate" in shown
    assert json.loads(run_gcode("learn", "show", "--json", cwd=repo).stdout)


def test_errors_and_warnings_show_controls_inertly(repo: Path) -> None:
    result = run_gcode("learn", "forget", f"zz{ATTACK}", cwd=repo)
    assert result.returncode != 0
    assert_no_raw(result.stderr)
    assert "␛]0;pwned-title␇" in result.stderr


def read_pty(args: list[str], cwd: Path, env: dict[str, str] | None = None) -> tuple[str, str]:
    """Run the console script in a pty; returns (raw output, pyte's idea of the title)."""
    full_env = {**os.environ, **(env or {}), "TERM": "xterm-256color"}
    full_env.pop("NO_COLOR", None)
    child = pexpect.spawn(GCODE, args, cwd=str(cwd), env=full_env, encoding="utf-8",
                          codec_errors="replace", dimensions=(40, 160), timeout=60)
    raw = child.read()
    child.close()
    screen = pyte.Screen(160, 40)
    pyte.Stream(screen).feed(raw)
    return raw, screen.title


@pytest.mark.skipif(not GCODE, reason="needs the installed console script")
def test_learn_show_and_context_on_a_real_terminal(hostile_learnings: Path) -> None:
    repo = hostile_learnings
    # --wide: at the terminal's width the tables cut long content with "…"; the visible
    # escape must be seen whole here (cut or not, nothing raw ever reaches the terminal).
    for args in (["learn", "show", "--wide"], ["learn", "search", "teammate", "--wide"],
                 ["context"], ["context", "--format", "json"]):
        raw, title = read_pty(args, repo)
        assert_no_raw(raw)
        assert title == "", (args, title)  # the OSC title never reached the terminal
        # shown, not obeyed: as the sanitiser's ␛, or as an escaped \x1b / \u001b in a table
        assert any(shown in raw for shown in ("␛[2J", "\\u001b[2J", "\\x1b[2J")), \
            (args, raw[-300:])


def test_context_into_a_pipe_and_agents_md_show_a_learnings_controls(
        hostile_learnings: Path) -> None:
    """A learning's prompt line is what the model, a piped `gcode context` and a committed
    AGENTS.md get: its controls are shown there, never passed on raw (`cat AGENTS.md` would
    clear the next teammate's screen, and a model reads a bidi override reordered)."""
    repo = hostile_learnings
    result = run_gcode("context", cwd=repo)
    assert result.returncode == 0 and "␛[2J" in result.stdout and "teammate" in result.stdout
    assert_no_raw(result.stdout)
    written = run_gcode("context", "--format", "agents-md", cwd=repo)
    assert written.returncode == 0, written.stderr
    agents = (repo / "AGENTS.md").read_text() if (repo / "AGENTS.md").exists() \
        else written.stdout
    assert "run tests clear␛[2J" in agents
    assert_no_raw(agents)


def test_agent_run_through_the_console_script(fake_llm, repo: Path) -> None:
    (repo / "notes.txt").write_text(f"file says {ATTACK}\n")
    git(repo, "add", "notes.txt")
    fake_llm.script(tool_call("read_file", {"path": "notes.txt"}, text=f"Reading {ATTACK}"),
                    tool_call("run_shell", {"command": f"printf '{ATTACK}'"}),
                    text(f"Done {ATTACK}"))
    env = {**fake_llm.env, "GCODE_LEARNING_MODE": "off"}
    result = run_gcode("run", "read notes", cwd=repo, env=env)
    assert result.returncode == 0, result.stderr
    assert_no_raw(result.stdout + result.stderr)
    assert "Done clear␛[2J" in result.stdout
    fake_llm.script(tool_call("read_file", {"path": "notes.txt"}), text(f"Done {ATTACK}"))
    raw, title = read_pty(["run", "read notes"], repo, env)
    assert_no_raw(raw)
    assert title == ""


def test_chat_slash_learn_and_context_show_learnings_inertly(hostile_learnings: Path,
                                                            monkeypatch) -> None:
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output import DummyOutput

    from gcode.repl import Chat
    from gcode.workspace import Workspace

    monkeypatch.chdir(hostile_learnings)
    out = io.StringIO()
    with create_pipe_input() as pipe:
        chat = Chat(Workspace(cwd=hostile_learnings), out=out, err=out, plain=True,
                    pt_input=pipe, pt_output=DummyOutput(), width=200)
        pipe.send_text("/learn\r/learn teammate\r/context\r/exit\r")
        assert chat.run() == 0
    shown = out.getvalue()
    assert "teammate" in shown and "␛[2J" in shown
    assert_no_raw(shown)
