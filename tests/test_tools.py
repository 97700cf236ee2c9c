"""The coding tools: what each returns, every failure path, and confinement to the repo."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from gcode.config import Config
from gcode.tools import Tool, ToolContext, builtin_tools, execute, openai_schema
from gcode.tools.approval import Approver
from gcode.tools.base import cap_output


@pytest.fixture
def root(make_repo) -> Path:
    return make_repo(files={
        "README.md": "# demo\n",
        "src/app.py": "def greet(name):\n    return 'hello ' + name\n",
        "src/util.py": "VALUE = 1\nOTHER = 2\nVALUE_TOO = 3\n",
        "docs/guide.md": "Use greet() to greet.\n",
        ".gitignore": "build/\n*.log\n",
    })


@pytest.fixture
def ctx(root: Path) -> ToolContext:
    return ToolContext(root, Config(), Approver(mode="full-auto"))


TOOLS = {t.name: t for t in builtin_tools()}


def call(ctx: ToolContext, name: str, **args):
    return execute(TOOLS[name], args, ctx)


def ok(ctx: ToolContext, name: str, **args) -> str:
    result = call(ctx, name, **args)
    assert not result.is_error, result.content
    return result.content


def err(ctx: ToolContext, name: str, **args) -> str:
    result = call(ctx, name, **args)
    assert result.is_error, result.content
    return result.content


# -- registry and schemas -----------------------------------------------------------------


def test_builtin_tools_have_schemas_and_unique_names() -> None:
    tools = builtin_tools()
    names = [t.name for t in tools]
    assert names == ["read_file", "list_files", "grep", "git_status", "git_diff", "edit_file",
                     "write_file", "run_shell"]
    for tool in tools:
        schema = openai_schema(tool)
        assert schema["type"] == "function"
        assert schema["function"]["name"] == tool.name
        assert schema["function"]["parameters"]["type"] == "object"
        assert len(tool.description) > 20
    assert {t.name: t.action for t in tools if t.action} == {
        "edit_file": "edit", "write_file": "edit", "run_shell": "shell"}


# -- read_file ----------------------------------------------------------------------------


def test_read_file_whole_and_range(ctx: ToolContext) -> None:
    out = ok(ctx, "read_file", path="src/util.py")
    assert out == "src/util.py (3 lines)\nVALUE = 1\nOTHER = 2\nVALUE_TOO = 3\n"
    out = ok(ctx, "read_file", path="src/util.py", start_line=2, end_line=2)
    assert out == "src/util.py (lines 2-2 of 3)\nOTHER = 2\n"
    out = ok(ctx, "read_file", path="./src/../src/util.py", start_line=3)
    assert out.endswith("VALUE_TOO = 3\n")


def test_read_file_failures(ctx: ToolContext, root: Path) -> None:
    assert "does not exist" in err(ctx, "read_file", path="nope.txt")
    assert "is a directory" in err(ctx, "read_file", path="src")
    assert "only 3 lines" in err(ctx, "read_file", path="src/util.py", start_line=9)
    assert "invalid line range" in err(ctx, "read_file", path="src/util.py", start_line=3,
                                       end_line=1)
    (root / "blob.bin").write_bytes(b"\x89PNG\r\n\x00\x00\x01binary")
    assert "binary file" in err(ctx, "read_file", path="blob.bin")
    (root / "latin.txt").write_bytes("caf\xe9\n".encode("latin-1"))
    assert "not UTF-8" in err(ctx, "read_file", path="latin.txt")
    assert "path is empty" in err(ctx, "read_file", path="  ")
    assert "missing required argument(s) for read_file: path" in err(ctx, "read_file")


def test_read_file_size_cap_points_to_the_next_line(ctx: ToolContext, root: Path) -> None:
    ctx.config.agent.max_output_chars = 100
    (root / "big.txt").write_text("".join(f"line {i:03d} of the file\n" for i in range(1, 51)))
    out = ok(ctx, "read_file", path="big.txt")
    assert out.startswith("big.txt (lines 1-4 of 50)\n")
    assert "continue with start_line=5" in out
    assert "line 005" not in out


def test_empty_file(ctx: ToolContext, root: Path) -> None:
    (root / "empty.txt").write_text("")
    assert ok(ctx, "read_file", path="empty.txt") == "empty.txt (empty file)"


# -- confinement --------------------------------------------------------------------------


def test_paths_outside_the_repo_are_refused(ctx: ToolContext, root: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("top secret\n")
    attacks = ["../secret.txt", str(secret), "src/../../secret.txt", "/etc/passwd",
               "src/../.."]
    for path in attacks:
        for name, args in [("read_file", {}), ("write_file", {"content": "x"}),
                           ("edit_file", {"old_text": "top", "new_text": "x"}),
                           ("list_files", {}), ("grep", {"pattern": "secret"}),
                           ("git_diff", {})]:
            out = err(ctx, name, path=path, **args)
            assert "outside the repository" in out, (name, path, out)
            assert "top secret" not in out
    assert secret.read_text() == "top secret\n"


def test_absolute_path_inside_the_repo_is_fine(ctx: ToolContext, root: Path) -> None:
    assert "VALUE = 1" in ok(ctx, "read_file", path=str(root / "src" / "util.py"))


def test_symlinks_pointing_outside_are_refused(ctx: ToolContext, root: Path,
                                                tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "key.txt").write_text("private\n")
    os.symlink(outside / "key.txt", root / "link.txt")
    os.symlink(outside, root / "linkdir")
    os.symlink(outside / "new.txt", root / "dangling.txt")
    assert "outside the repository" in err(ctx, "read_file", path="link.txt")
    assert "outside the repository" in err(ctx, "read_file", path="linkdir/key.txt")
    assert "outside the repository" in err(ctx, "write_file", path="linkdir/evil.txt",
                                           content="x")
    assert "outside the repository" in err(ctx, "write_file", path="dangling.txt",
                                           content="x")
    assert "outside the repository" in err(ctx, "edit_file", path="link.txt",
                                           old_text="private", new_text="public")
    assert not (outside / "evil.txt").exists()
    assert not (outside / "new.txt").exists()
    assert (outside / "key.txt").read_text() == "private\n"
    # grep over the repo never follows the link out
    assert ok(ctx, "grep", pattern="priv.te") == "no matches for 'priv.te'"
    assert "link.txt" not in ok(ctx, "list_files")


def test_symlink_inside_the_repo_is_fine(ctx: ToolContext, root: Path) -> None:
    os.symlink(root / "src" / "util.py", root / "alias.py")
    assert "OTHER = 2" in ok(ctx, "read_file", path="alias.py")


def test_git_directory_is_off_limits(ctx: ToolContext, root: Path) -> None:
    assert ".git/" in err(ctx, "read_file", path=".git/config")
    assert ".git/" in err(ctx, "write_file", path=".git/hooks/pre-commit",
                          content="#!/bin/sh\ntouch /tmp/pwned\n")
    assert not (root / ".git" / "hooks" / "pre-commit").exists()


# -- list_files / grep --------------------------------------------------------------------


def test_list_files_tracked_untracked_not_ignored(ctx: ToolContext, root: Path) -> None:
    (root / "new.py").write_text("x = 1\n")  # untracked, not ignored
    (root / "build").mkdir()
    (root / "build" / "out.py").write_text("generated\n")  # ignored
    (root / "debug.log").write_text("noise\n")  # ignored
    out = ok(ctx, "list_files").splitlines()
    assert out == sorted([".gitignore", "README.md", "docs/guide.md", "new.py", "src/app.py",
                          "src/util.py"])
    assert ok(ctx, "list_files", pattern="*.py").splitlines() == [
        "new.py", "src/app.py", "src/util.py"]
    assert ok(ctx, "list_files", pattern="src/**/*.py").splitlines() == [
        "src/app.py", "src/util.py"]
    assert ok(ctx, "list_files", pattern="**/*.md").splitlines() == ["README.md",
                                                                      "docs/guide.md"]
    assert ok(ctx, "list_files", path="docs").splitlines() == ["docs/guide.md"]
    assert "no files matching '*.rs'" in ok(ctx, "list_files", pattern="*.rs")
    assert "does not exist" in err(ctx, "list_files", path="nowhere")


def test_grep_regex_respects_gitignore(ctx: ToolContext, root: Path) -> None:
    (root / "build").mkdir()
    (root / "build" / "gen.py").write_text("def greet(): pass\n")
    (root / "image.bin").write_bytes(b"greet\x00\x01")
    out = ok(ctx, "grep", pattern=r"def \w+\(")
    assert out == "src/app.py:1: def greet(name):"
    assert ok(ctx, "grep", pattern="^VALUE").splitlines() == [
        "src/util.py:1: VALUE = 1", "src/util.py:3: VALUE_TOO = 3"]
    assert ok(ctx, "grep", pattern="GREET", case_insensitive=True).splitlines() == [
        "docs/guide.md:1: Use greet() to greet.", "src/app.py:1: def greet(name):"]
    assert ok(ctx, "grep", pattern="greet", glob="*.md") == "docs/guide.md:1: Use greet() to greet."
    assert ok(ctx, "grep", pattern="greet", path="src") == "src/app.py:1: def greet(name):"
    assert "no matches" in ok(ctx, "grep", pattern="zzz_nothing")
    assert "invalid regular expression" in err(ctx, "grep", pattern="(unclosed")


def test_grep_caps_matches(ctx: ToolContext, root: Path) -> None:
    (root / "many.txt").write_text("hit\n" * 250)
    lines = ok(ctx, "grep", pattern="hit").splitlines()
    assert len(lines) == 201
    assert lines[-1] == "[50 more matches; narrow the pattern, path or glob]"


# -- edit_file / write_file ---------------------------------------------------------------


def test_edit_file_replaces_once_and_returns_a_diff(ctx: ToolContext, root: Path) -> None:
    out = ok(ctx, "edit_file", path="src/app.py", old_text="'hello ' + name",
             new_text="f'hello {name}!'")
    assert (root / "src/app.py").read_text() == "def greet(name):\n    return f'hello {name}!'\n"
    assert out.splitlines()[:3] == ["edited src/app.py", "--- a/src/app.py", "+++ b/src/app.py"]
    assert "-    return 'hello ' + name" in out
    assert "+    return f'hello {name}!'" in out
    assert [(c.path, c.before) for c in ctx.changes] == [
        ("src/app.py", "def greet(name):\n    return 'hello ' + name\n")]


def test_edit_file_failures_leave_the_file_alone(ctx: ToolContext, root: Path) -> None:
    before = (root / "src/util.py").read_text()
    assert "not found" in err(ctx, "edit_file", path="src/util.py", old_text="MISSING = 9",
                              new_text="x")
    out = err(ctx, "edit_file", path="src/util.py", old_text="VALUE", new_text="V")
    assert "matches 2 places" in out and "replace_all" in out
    assert "different leading/trailing whitespace" in err(
        ctx, "edit_file", path="src/util.py", old_text="  OTHER = 2  ", new_text="x")
    assert "use write_file" in err(ctx, "edit_file", path="src/util.py", old_text="",
                                   new_text="x")
    assert "identical" in err(ctx, "edit_file", path="src/util.py", old_text="OTHER",
                              new_text="OTHER")
    assert "does not exist" in err(ctx, "edit_file", path="src/new.py", old_text="a",
                                   new_text="b")
    assert (root / "src/util.py").read_text() == before
    assert ctx.changes == []


def test_edit_file_replace_all_and_crlf(ctx: ToolContext, root: Path) -> None:
    ok(ctx, "edit_file", path="src/util.py", old_text="VALUE", new_text="NUMBER",
       replace_all=True)
    assert (root / "src/util.py").read_text() == "NUMBER = 1\nOTHER = 2\nNUMBER_TOO = 3\n"
    (root / "win.txt").write_bytes(b"one\r\ntwo\r\nthree\r\n")
    ok(ctx, "edit_file", path="win.txt", old_text="one\ntwo", new_text="one\n2")
    assert (root / "win.txt").read_bytes() == b"one\r\n2\r\nthree\r\n"


def test_write_file_creates_and_overwrites(ctx: ToolContext, root: Path) -> None:
    out = ok(ctx, "write_file", path="pkg/sub/new.py", content="A = 1\nB = 2\n")
    assert out == "created pkg/sub/new.py (2 lines)"
    assert (root / "pkg/sub/new.py").read_text() == "A = 1\nB = 2\n"
    out = ok(ctx, "write_file", path="pkg/sub/new.py", content="A = 1\nB = 3\n")
    assert out.startswith("overwrote pkg/sub/new.py\n--- a/pkg/sub/new.py")
    assert "-B = 2\n+B = 3" in out
    assert [(c.path, c.before, c.after) for c in ctx.changes] == [
        ("pkg/sub/new.py", None, "A = 1\nB = 2\n"),
        ("pkg/sub/new.py", "A = 1\nB = 2\n", "A = 1\nB = 3\n")]
    assert "is a directory" in err(ctx, "write_file", path="src", content="x")
    assert "repository root" in err(ctx, "write_file", path=".", content="x")


# -- run_shell ----------------------------------------------------------------------------


def test_run_shell_returns_exit_code_and_output(ctx: ToolContext, root: Path) -> None:
    assert ok(ctx, "run_shell", command="pwd") == f"exit code: 0\n{os.path.realpath(root)}"
    out = ok(ctx, "run_shell", command="echo out; echo err >&2; exit 3")
    assert out == "exit code: 3\nout\nerr"
    assert ok(ctx, "run_shell", command="true") == "exit code: 0\n(no output)"
    out = ok(ctx, "run_shell", command="printf '\\033[31mred\\033[0m\\n'")
    assert out == "exit code: 0\nred"


def test_run_shell_has_no_stdin_and_passes_the_environment(ctx: ToolContext,
                                                             monkeypatch) -> None:
    monkeypatch.setenv("GCODE_TEST_VALUE", "from-env")
    start = time.monotonic()
    out = ok(ctx, "run_shell", command='read line; echo "read:$? $GCODE_TEST_VALUE"')
    assert out == "exit code: 0\nread:1 from-env"
    assert time.monotonic() - start < 5


def test_run_shell_timeout_kills_the_whole_group(ctx: ToolContext, root: Path) -> None:
    ctx.config.agent.shell_timeout = 0.5
    start = time.monotonic()
    out = ok(ctx, "run_shell", command="echo started; (sleep 30; touch late.txt) & sleep 30",
             timeout=20)
    assert time.monotonic() - start < 10
    assert out.startswith("timed out after 0.5s (killed)\nstarted")
    time.sleep(0.2)
    assert not (root / "late.txt").exists()
    assert "positive" in err(ctx, "run_shell", command="true", timeout=-1)
    assert "command is empty" in err(ctx, "run_shell", command="   ")


def test_run_shell_output_is_capped_head_and_tail(ctx: ToolContext) -> None:
    ctx.config.agent.max_output_chars = 2000
    out = ok(ctx, "run_shell", command="for i in $(seq 1 2000); do echo line$i; done")
    assert len(out) < 2300
    assert "line1\n" in out and out.endswith("line2000")
    assert "characters omitted" in out


def test_cap_output_keeps_head_and_tail() -> None:
    text = "A" * 500 + "B" * 500
    capped = cap_output(text, 100)
    assert capped.startswith("A" * 40) and capped.endswith("B" * 60)
    assert "900 characters omitted" in capped
    assert cap_output("short", 100) == "short"


# -- git ----------------------------------------------------------------------------------


def test_git_status_and_diff(ctx: ToolContext, root: Path) -> None:
    assert "working tree clean" in ok(ctx, "git_status")
    assert ok(ctx, "git_diff") == "no changes"
    (root / "src/util.py").write_text("VALUE = 10\nOTHER = 2\nVALUE_TOO = 3\n")
    (root / "fresh.txt").write_text("new\n")
    status = ok(ctx, "git_status")
    assert " M src/util.py" in status and "?? fresh.txt" in status
    diff = ok(ctx, "git_diff")
    assert "-VALUE = 1\n+VALUE = 10" in diff
    assert ok(ctx, "git_diff", path="README.md") == "no changes in README.md"
    assert ok(ctx, "git_diff", staged=True) == "no staged changes"
    assert "-VALUE = 1" in ok(ctx, "git_diff", ref="HEAD", path="src")
    assert "invalid ref" in err(ctx, "git_diff", ref="--output=/tmp/x")
    assert "failed" in err(ctx, "git_diff", ref="no-such-branch")


# -- execute(): argument handling ---------------------------------------------------------


def test_execute_reports_bad_arguments_to_the_model(ctx: ToolContext) -> None:
    tool = TOOLS["read_file"]
    res = execute(tool, '{"path": "README.md"', ctx)
    assert res.is_error and "not valid JSON" in res.content
    res = execute(tool, '["README.md"]', ctx)
    assert res.is_error and "must be a JSON object" in res.content
    res = execute(tool, '{"path": 42}', ctx)
    assert res.is_error and "'path' of read_file must be string" in res.content
    res = execute(tool, '{"path": "README.md", "start_line": 1.0, "extra": true}', ctx)
    assert not res.is_error and res.content == "README.md (1 lines)\n# demo\n"
    res = execute(tool, '{"path": "README.md", "start_line": true}', ctx)
    assert res.is_error and "must be integer" in res.content


def test_a_crashing_tool_becomes_an_error_result(ctx: ToolContext) -> None:
    def boom(args, ctx):
        raise RuntimeError("kaput")

    res = execute(Tool("boom", "explodes", {"type": "object", "properties": {}}, boom), "{}", ctx)
    assert res.is_error and res.content == "internal error in tool boom: RuntimeError: kaput"


def test_ctrl_c_in_a_tool_is_not_swallowed(ctx: ToolContext) -> None:
    def interrupted(args, ctx):
        raise KeyboardInterrupt

    tool = Tool("slow", "slow", {"type": "object", "properties": {}}, interrupted)
    with pytest.raises(KeyboardInterrupt):
        execute(tool, "{}", ctx)
