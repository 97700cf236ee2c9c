"""File writes stay inside the repository even when a path changes between check and use.

Each race is made deterministic: the swap is done by a wrapper around the step that runs
just before the write (or the read), so the test does not depend on timing; one test also
swaps from a second thread in a bounded loop. The file outside must never be written.
"""

from __future__ import annotations

import os
import shutil
import stat
import threading
from pathlib import Path

import pytest
from conftest import run_gcode
from fake_openai import text, tool_call

from gcode.config import Config
from gcode.tools import ToolContext, builtin_tools, execute
from gcode.tools import beneath
from gcode.tools.approval import Approver

TOOLS = {t.name: t for t in builtin_tools()}
VICTIM = "do not touch\n"


@pytest.fixture
def root(make_repo) -> Path:
    return make_repo(files={"README.md": "# demo\n", "sub/a.txt": "alpha\n",
                            "target.txt": "inside\n"})


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    out = tmp_path / "outside"
    out.mkdir()
    (out / "victim.txt").write_text(VICTIM)
    (out / "a.txt").write_text(VICTIM)
    return out


@pytest.fixture
def ctx(root: Path) -> ToolContext:
    return ToolContext(root, Config(), Approver(mode="full-auto"))


def call(ctx: ToolContext, name: str, **args):
    return execute(TOOLS[name], args, ctx)


def untouched(outside: Path) -> None:
    assert (outside / "victim.txt").read_text() == VICTIM
    assert (outside / "a.txt").read_text() == VICTIM
    assert sorted(p.name for p in outside.iterdir()) == ["a.txt", "victim.txt"]


def swap_to_link(path: Path, target: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    else:
        path.unlink(missing_ok=True)
    path.symlink_to(target)


def test_file_swapped_for_a_link_after_the_check(ctx, root, outside, monkeypatch) -> None:
    """The path was checked, then the file became a link to a file outside: refused."""
    real_resolve = ToolContext.resolve

    def resolve_then_swap(self, path, *, write=False):
        target = root / "target.txt"
        target.unlink()
        target.write_text("do not know\n")  # a plain file when checked...
        real = real_resolve(self, path, write=write)
        swap_to_link(target, outside / "victim.txt")  # ... a link when used
        return real

    monkeypatch.setattr(ToolContext, "resolve", resolve_then_swap)
    for name, args in [("write_file", {"content": "pwned\n"}),
                       ("edit_file", {"old_text": "do not", "new_text": "pwned"}),
                       ("read_file", {})]:
        result = call(ctx, name, path="target.txt", **args)
        assert result.is_error and "symbolic link" in result.content, (name, result.content)
        assert VICTIM not in result.content
    untouched(outside)


def test_directory_swapped_for_a_link_just_before_the_write(ctx, root, outside,
                                                            monkeypatch) -> None:
    """The last moment before the write: the directory that holds the file becomes a link."""
    real_open_dir = beneath.open_dir

    def swap_then_open(base, parts, create=False):
        if create and parts and parts[0] == "sub":
            swap_to_link(root / "sub", outside)
        return real_open_dir(base, parts, create)

    monkeypatch.setattr(beneath, "open_dir", swap_then_open)
    result = call(ctx, "write_file", path="sub/a.txt", content="pwned\n")
    assert result.is_error and "sub is a symbolic link" in result.content
    result = call(ctx, "write_file", path="sub/new.txt", content="pwned\n")
    assert result.is_error
    untouched(outside)


def test_target_swapped_after_its_last_check_is_replaced_not_followed(
        ctx, root, outside, monkeypatch) -> None:
    """Even after the final lstat, a link swapped in is replaced by the new file (rename),
    never written through."""
    real_check, real_write = beneath.check_target, beneath.write_bytes
    writing = False

    def check_then_swap(parts, dir_fd):
        st = real_check(parts, dir_fd)
        if writing and parts[-1] == "target.txt":
            swap_to_link(root / "target.txt", outside / "victim.txt")
        return st

    def write(*args):
        nonlocal writing
        writing = True
        try:
            return real_write(*args)
        finally:
            writing = False

    monkeypatch.setattr(beneath, "check_target", check_then_swap)
    monkeypatch.setattr(beneath, "write_bytes", write)
    result = call(ctx, "write_file", path="target.txt", content="new\n")
    assert not result.is_error, result.content
    assert not (root / "target.txt").is_symlink()
    assert (root / "target.txt").read_text() == "new\n"
    untouched(outside)


def test_a_thread_swapping_a_directory_in_a_loop_never_gets_a_write_out(
        ctx, root, outside) -> None:
    stop = threading.Event()
    swaps = 0

    def swapper() -> None:
        nonlocal swaps
        sub = root / "sub"
        while not stop.is_set() and swaps < 20000:
            try:
                swap_to_link(sub, outside)
                sub.unlink()
                sub.mkdir()
            except OSError:
                pass
            swaps += 1

    thread = threading.Thread(target=swapper)
    thread.start()
    try:
        outcomes = set()
        for i in range(300):
            result = call(ctx, "write_file", path=f"sub/f{i}.txt", content="pwned\n")
            outcomes.add(result.is_error)
    finally:
        stop.set()
        thread.join()
    assert swaps > 0
    assert not [p for p in outside.iterdir() if p.name.startswith("f")]
    untouched(outside)


def test_hard_links_are_refused(ctx, root, outside) -> None:
    os.link(outside / "victim.txt", root / "linked.txt")
    for name, args in [("write_file", {"content": "pwned\n"}),
                       ("edit_file", {"old_text": "do not", "new_text": "pwned"})]:
        result = call(ctx, name, path="linked.txt", **args)
        assert result.is_error and "2 hard links" in result.content, result.content
    untouched(outside)


def test_undo_after_a_swap_does_not_write_outside(make_repo, outside, monkeypatch) -> None:
    from gcode.agent import Agent

    repo = make_repo(files={"f.txt": "one\n"})
    agent = Agent.__new__(Agent)  # only what undo needs: the root and the tool context
    agent.root = repo
    agent.ctx = ToolContext(repo, Config(), Approver(mode="full-auto"))
    assert not execute(TOOLS["write_file"], {"path": "f.txt", "content": VICTIM},
                       agent.ctx).is_error
    swap_to_link(repo / "f.txt", outside / "victim.txt")  # same content as gcode's edit
    from gcode.errors import GcodeError

    with pytest.raises(GcodeError) as caught:
        agent.undo_last_change()
    assert "symbolic link" in caught.value.message
    untouched(outside)


def test_reads_refuse_fifos_instead_of_hanging(ctx, root) -> None:
    os.mkfifo(root / "pipe")
    result = call(ctx, "read_file", path="pipe")
    assert result.is_error and "not a regular file" in result.content


def test_writes_keep_the_mode_and_leave_no_temporary_file(ctx, root) -> None:
    script = root / "run.sh"
    script.write_text("echo hi\n")
    script.chmod(0o750)
    result = call(ctx, "edit_file", path="run.sh", old_text="hi", new_text="hello")
    assert not result.is_error, result.content
    assert stat.S_IMODE(script.stat().st_mode) == 0o750
    assert script.read_text() == "echo hello\n"
    assert not [p for p in root.iterdir() if p.name.startswith(".gcode-")]
    result = call(ctx, "write_file", path="deep/er/new.txt", content="x\n")
    assert not result.is_error and (root / "deep/er/new.txt").read_text() == "x\n"


def test_hard_link_write_refused_through_the_console_script(fake_llm, make_repo,
                                                            outside) -> None:
    repo = make_repo(files={"README.md": "# r\n"})
    os.link(outside / "victim.txt", repo / "notes.txt")
    fake_llm.script(tool_call("write_file", {"path": "notes.txt", "content": "pwned\n"}),
                    tool_call("edit_file", {"path": "notes.txt", "old_text": "do not",
                                            "new_text": "pwned"}),
                    text("Tried."))
    result = run_gcode("run", "change notes", "--approval", "auto-edit", cwd=repo,
                       env={**fake_llm.env, "GCODE_LEARNING_MODE": "off"})
    assert result.returncode == 0, result.stderr
    told = [m["content"] for m in fake_llm.chat_requests[-1]["messages"] if m["role"] == "tool"]
    assert all("hard links" in t for t in told), told
    untouched(outside)


def test_repo_files_gcode_updates_are_not_links_out(make_repo, outside) -> None:
    """AGENTS.md or .gitattributes as a link to a private file: gcode would copy the file
    into the repository (and stage it). Refused; a link inside the repo is followed."""
    repo = make_repo(files={"README.md": "# r\n", "CLAUDE.md": "# notes\n"})
    assert run_gcode("learn", "add", "run pytest -q", cwd=repo).returncode == 0
    (repo / "AGENTS.md").symlink_to(outside / "victim.txt")
    (repo / ".gitattributes").symlink_to(outside / "a.txt")
    result = run_gcode("context", "--format", "agents-md", cwd=repo)
    assert result.returncode == 1 and "leads outside the repository" in result.stderr
    result = run_gcode("init", "--yes", cwd=repo)
    assert result.returncode == 1 and "leads outside the repository" in result.stderr
    assert (repo / "AGENTS.md").is_symlink() and (repo / ".gitattributes").is_symlink()
    untouched(outside)
    (repo / "AGENTS.md").unlink()
    (repo / "AGENTS.md").symlink_to("CLAUDE.md")
    result = run_gcode("context", "--format", "agents-md", cwd=repo)
    assert result.returncode == 0, result.stderr
    assert (repo / "AGENTS.md").is_symlink() and "run pytest -q" in (repo / "CLAUDE.md").read_text()
