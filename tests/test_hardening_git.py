"""A repository whose own git config runs code: every git command gcode runs leaves it idle.

The hostile repository is real (real git, real `.git/config` with clean/smudge/process
filters, an fsmonitor hook, a post-index-change hook, an external diff and a textconv
driver). Each test first proves plain git does run the planted code there, then that
gcode's way of running git (tools, repo queries, /diff, `gcode init`, `gcode run`) never
does.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from types import SimpleNamespace

import pytest
from conftest import git, run_gcode
from fake_openai import text, tool_call

from gcode.config import Config
from gcode.errors import GcodeError
from gcode.repo import Repo
from gcode.safe_git import (
    UnsafeGit,
    filter_overrides,
    git_argv,
    git_environment,
    repo_filter_drivers,
    run_git,
)
from gcode.tools import ToolContext, builtin_tools, execute
from gcode.tools.approval import Approver
from gcode.workspace import Workspace

TOOLS = {t.name: t for t in builtin_tools()}


def plant(repo: Path, marks: Path) -> None:
    """Make `repo` hostile: every code path git has for running a program writes a file
    into `marks` named after the path that ran."""
    marks.mkdir(exist_ok=True)

    def touch(name: str) -> str:
        return f"touch {marks / name}"

    (repo / ".gitattributes").write_text("* filter=evil diff=evil\n")
    git(repo, "add", ".gitattributes")
    git(repo, "commit", "-q", "-m", "attributes")
    for key, value in {
        "filter.evil.clean": f"{touch('clean')}; cat",
        "filter.evil.smudge": f"{touch('smudge')}; cat",
        "filter.evil.required": "true",
        "filter.evil.process": f"sh -c '{touch('process')}; exit 1'",
        "core.fsmonitor": f"{touch('fsmonitor')}; echo",
        "diff.external": touch("external-diff"),
        "diff.evil.textconv": f"{touch('textconv')}; cat",
        "diff.evil.command": touch("diff-command"),
        "core.pager": f"{touch('pager')}; cat",
    }.items():
        git(repo, "config", key, value)
    hook = repo / ".git" / "hooks" / "post-index-change"
    hook.write_text(f"#!/bin/sh\n{touch('hook')}\n")
    hook.chmod(0o755)


def make_dirty(repo: Path) -> None:
    """A modified file (new size) and a touched one (same size: git must compare content,
    which is when it runs the clean filter)."""
    os.utime(repo / "README.md", (1, 1))
    with (repo / "src.py").open("a") as fh:
        fh.write("x = 2\n")


@pytest.fixture
def hostile(make_repo, tmp_path: Path) -> tuple[Path, Path]:
    repo = make_repo(files={"README.md": "# demo\n", "src.py": "x = 1\n"})
    marks = tmp_path / "marks"
    plant(repo, marks)
    make_dirty(repo)
    return repo, marks


def ran(marks: Path) -> list[str]:
    return sorted(p.name for p in marks.iterdir())


def test_plain_git_does_run_the_planted_code(hostile) -> None:
    """The fixture is really hostile: without gcode's precautions, git runs it."""
    repo, marks = hostile
    subprocess.run(["git", "status"], cwd=repo, capture_output=True, check=False)
    subprocess.run(["git", "diff"], cwd=repo, capture_output=True, check=False)
    assert {"clean", "fsmonitor", "external-diff"} <= set(ran(marks)) or \
        {"process", "fsmonitor"} <= set(ran(marks)), ran(marks)


def test_git_tools_run_none_of_it(hostile) -> None:
    repo, marks = hostile
    ctx = ToolContext(repo, Config(), Approver(mode="full-auto"))
    status = execute(TOOLS["git_status"], {}, ctx)
    diff = execute(TOOLS["git_diff"], {}, ctx)
    staged = execute(TOOLS["git_diff"], {"staged": True, "ref": "HEAD"}, ctx)
    listed = execute(TOOLS["list_files"], {}, ctx)
    grepped = execute(TOOLS["grep"], {"pattern": "x ="}, ctx)
    for result in (status, diff, staged, listed, grepped):
        assert not result.is_error, result.content
    assert " M src.py" in status.content
    assert "+x = 2" in diff.content
    assert "src.py" in listed.content and "src.py:1: x = 1" in grepped.content
    assert ran(marks) == []


def test_repo_queries_run_none_of_it(hostile) -> None:
    repo, marks = hostile
    r = Repo(repo)
    assert r.root_commit and r.head and r.branch == "main"
    assert "src.py" in r.tracked_files()
    assert r.config_value("filter.evil.required") == "true"
    assert ran(marks) == []


def test_slash_diff_runs_none_of_it(hostile) -> None:
    from gcode.slash import cmd_diff

    repo, marks = hostile
    shown: list[str] = []
    chat = SimpleNamespace(ws=Workspace(cwd=repo), say=shown.append, show_diff=shown.append)
    cmd_diff(chat, "")
    assert any("+x = 2" in s for s in shown)
    assert ran(marks) == []


def test_gcode_init_stages_without_running_the_clean_filter(hostile) -> None:
    repo, marks = hostile
    result = run_gcode("init", "--yes", cwd=repo)
    assert result.returncode == 0, result.stderr
    staged = run_git(repo, "diff", "--cached", "--name-only").stdout.decode()
    assert ".gcode/learnings.jsonl" in staged
    assert ran(marks) == []


def test_the_agent_through_the_console_script_runs_none_of_it(fake_llm, hostile) -> None:
    repo, marks = hostile
    fake_llm.script(tool_call("git_status", {}), tool_call("git_diff", {}),
                    tool_call("list_files", {}), tool_call("grep", {"pattern": "x"}),
                    text("Looked."))
    result = run_gcode("run", "what changed?", cwd=repo,
                       env={**fake_llm.env, "GCODE_LEARNING_MODE": "off"})
    assert result.returncode == 0, result.stderr
    told = [m["content"] for m in fake_llm.chat_requests[-1]["messages"] if m["role"] == "tool"]
    assert " M src.py" in told[0] and "+x = 2" in told[1]
    assert ran(marks) == []
    fake_llm.assert_done()


def test_a_filter_in_an_included_file_is_switched_off_too(make_repo, tmp_path: Path) -> None:
    repo = make_repo(files={"a.txt": "a\n"})
    marks = tmp_path / "marks"
    marks.mkdir()
    (repo / "evil.cfg").write_text(f'[filter "inc"]\n\tclean = touch {marks}/inc; cat\n')
    (repo / ".gitattributes").write_text("*.txt filter=inc\n")
    git(repo, "config", "include.path", "../evil.cfg")
    os.utime(repo / "a.txt", (1, 1))
    assert repo_filter_drivers(repo) == ["inc"]
    assert run_git(repo, "status", "--short").returncode == 0
    assert ran(marks) == []


def test_the_users_own_filters_keep_working(make_repo, tmp_path: Path) -> None:
    """git-lfs and friends live in the user's global config: those drivers still run."""
    home = Path(os.environ["HOME"])
    marks = tmp_path / "marks"
    marks.mkdir()
    (home / ".gitconfig").write_text(f'[filter "mine"]\n\tclean = touch {marks}/mine; cat\n')
    repo = make_repo(files={"a.dat": "a\n"})
    (repo / ".gitattributes").write_text("*.dat filter=mine\n")
    for name in list(marks.iterdir()):
        name.unlink()
    os.utime(repo / "a.dat", (1, 1))
    assert repo_filter_drivers(repo) == []
    run_git(repo, "status", "--short")
    assert ran(marks) == ["mine"]


def test_a_filter_name_git_cannot_override_refuses_to_run(make_repo, tmp_path: Path) -> None:
    repo = make_repo()
    git(repo, "config", "filter.a=b.clean", f"touch {tmp_path}/pwned")
    assert repo_filter_drivers(repo) == ["a=b"]
    with pytest.raises(UnsafeGit) as caught:
        git_argv(repo, "status")
    assert isinstance(caught.value, GcodeError) and "a=b" in caught.value.message
    ctx = ToolContext(repo, Config(), Approver(mode="full-auto"))
    result = execute(TOOLS["git_status"], {}, ctx)
    assert result.is_error and "cannot switch off" in result.content
    assert not (tmp_path / "pwned").exists()


def test_argv_and_environment_shape(make_repo, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = make_repo()
    git(repo, "config", "filter.x.clean", "cat")
    monkeypatch.setenv("GIT_EXTERNAL_DIFF", "touch /nonexistent/pwned")
    monkeypatch.setenv("GIT_PAGER", "touch /nonexistent/pwned")
    argv = git_argv(repo, "diff", "HEAD", "--", "a")
    assert argv[:3] == ["git", "--no-pager", "--no-optional-locks"]
    assert argv[argv.index("diff") + 1:argv.index("diff") + 3] == ["--no-ext-diff",
                                                                  "--no-textconv"]
    assert argv[-3:] == ["HEAD", "--", "a"]
    assert not any(a.startswith("diff.external") for a in argv)  # empty would run ""
    for pair in ("core.fsmonitor=false", f"core.hooksPath={os.devnull}", "filter.x.clean=",
                 "filter.x.process=", "filter.x.required=false"):
        assert pair in argv
    env = git_environment()
    assert "GIT_EXTERNAL_DIFF" not in env and "GIT_PAGER" not in env
    assert env["GIT_CONFIG_NOSYSTEM"] == "1" and env["GIT_OPTIONAL_LOCKS"] == "0"
    assert filter_overrides([]) == []
    # repo metadata queries never read file content: no extra `git config` call for them
    assert not any(a.startswith("filter.") for a in git_argv(repo, "rev-parse", "HEAD"))
