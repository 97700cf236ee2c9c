"""`gcode context`: the CI pre-run dump (markdown, json, a managed block in AGENTS.md)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from gcode import agents_md, sync
from gcode.errors import GcodeError
from gcode.knowledge import KnowledgeBase
from gcode.records import Learning
from gcode.workspace import Workspace

from conftest import git, run_gcode

TEAM = ".gcode/learnings.jsonl"


def ok(*args: str, cwd: Path, **kw) -> str:
    result = run_gcode(*args, cwd=cwd, **kw)
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.fixture
def shared(repo: Path) -> Path:
    """A repo whose team file is committed, with one personal preference in the DB too
    (set up in-process: `learn add` and `init` have tests of their own)."""
    ws = Workspace(cwd=repo)
    kb = KnowledgeBase(ws.db)
    for text in ("Run the tests with make test; they need docker running",
                 "We are cutting egress costs this quarter"):
        kb.add(Learning(content=text, repo_id=ws.repo_id, author="alice", confidence=0.9))
    kb.add(Learning(content="I like terse answers", store="user_memory", scope="user",
                    user=ws.user, kind="preference", author=ws.user))
    sync.ensure_union_merge(repo, TEAM)
    sync.export_file(ws)
    ws.close()
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "gcode: share learnings")
    return repo


def test_markdown_is_the_block_the_agent_gets(shared: Path) -> None:
    out = ok("context", cwd=shared)
    assert out.startswith("## What gcode has learned\n")
    for text in ("make test; they need docker running", "egress costs", "terse answers"):
        assert text in out


def test_json_lists_the_learnings_used(shared: Path) -> None:
    data = json.loads(ok("context", "--format", "json", cwd=shared))
    assert set(data) == {"repo_id", "context", "learnings"}
    assert data["context"].startswith("## What gcode has learned")
    contents = {item["content"]: item for item in data["learnings"]}
    assert "We are cutting egress costs this quarter" in contents
    item = contents["We are cutting egress costs this quarter"]
    assert item["scope"] == "team" and item["short_id"] in data["context"]
    assert {"id", "store", "kind", "content", "source", "confidence", "author"} <= set(item)
    assert json.loads(ok("context", "--json", cwd=shared)) == data  # the shorthand


def test_output_writes_a_file_instead_of_stdout(shared: Path, tmp_path: Path) -> None:
    target = tmp_path / "ctx.md"
    assert ok("context", "--output", str(target), cwd=shared) == ""
    assert "egress costs" in target.read_text()


def test_message_focuses_the_context(shared: Path) -> None:
    from gcode.learning import CONTEXT_FRAME
    from gcode.turn import estimate_tokens

    room_for_one = str(estimate_tokens(CONTEXT_FRAME) + 24)
    out = ok("context", "--budget", room_for_one, "-m", "should we add a CDN?", cwd=shared)
    assert "egress costs" in out and "make test" not in out
    out = ok("context", "--budget", room_for_one, "-m", "do tests need docker?", cwd=shared)
    assert "make test" in out and "egress costs" not in out


def test_fresh_shallow_clone_with_no_db_and_no_key(shared: Path, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GCODE_EMBEDDER")  # what the repository asks for, not the suite's
    (shared / ".gcode.toml").write_text('[embeddings]\nprovider = "openai"\n')  # not reachable
    git(shared, "add", ".gcode.toml")
    git(shared, "commit", "-q", "-m", "use openai embeddings")
    clone = tmp_path / "ci"
    git(tmp_path, "clone", "-q", "--depth", "1", f"file://{shared}", str(clone))
    assert git(clone, "rev-parse", "--is-shallow-repository").strip() == "true"
    db = tmp_path / "ci-home" / "gcode.db"
    env = {"GCODE_DB": str(db), "HOME": str(tmp_path / "ci-home"),
           "XDG_DATA_HOME": str(tmp_path / "ci-home" / "data")}
    assert "OPENAI_API_KEY" not in os.environ
    result = run_gcode("context", cwd=clone, env=env)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert result.stderr.count(".gcode.toml is ignored") == 1, result.stderr  # said once
    assert "make test; they need docker running" in out and "egress costs" in out
    assert "terse answers" not in out  # personal: never left alice's machine
    assert not db.exists() and not (tmp_path / "ci-home").exists()  # nothing created
    data = json.loads(ok("context", "--format", "json", "-m", "add a CDN?", cwd=clone, env=env))
    assert "egress" in data["context"]
    assert not db.exists()


def test_context_imports_a_changed_team_file_first(shared: Path, tmp_path: Path) -> None:
    bob = {"GCODE_DB": str(tmp_path / "bob.db"), "GCODE_USER": "bob"}
    ok("learn", "import", cwd=shared, env=bob)
    ok("learn", "add", "Staging needs the VPN", cwd=shared)  # alice, then her export
    ok("learn", "export", cwd=shared)
    assert "Staging needs the VPN" in ok("context", cwd=shared, env=bob)


def test_context_warns_about_bad_lines_but_still_prints(shared: Path, tmp_path: Path) -> None:
    with (shared / TEAM).open("a") as fh:
        fh.write("<<<<<<< HEAD\n")
    env = {"GCODE_DB": str(tmp_path / "none.db")}
    result = run_gcode("context", cwd=shared, env=env)
    assert result.returncode == 0
    assert "egress costs" in result.stdout
    assert "line 4: merge conflict marker" in result.stderr


def test_empty_context_prints_nothing(repo: Path) -> None:
    result = run_gcode("context", cwd=repo)
    assert result.returncode == 0 and result.stdout == ""
    assert "no learnings" in result.stderr


def test_outside_a_repository_is_one_clear_line(tmp_path: Path) -> None:
    nowhere = tmp_path / "nowhere"
    nowhere.mkdir()
    result = run_gcode("context", cwd=nowhere)
    assert result.returncode == 1
    assert result.stderr.startswith("gcode: error: ") and "not inside a git repository" in \
        result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_unknown_format(repo: Path) -> None:
    result = run_gcode("context", "--format", "yaml", cwd=repo)
    assert result.returncode == 1 and "unknown format 'yaml'" in result.stderr


# -- AGENTS.md ---------------------------------------------------------------------------------


def test_agents_md_block_is_added_then_refreshed_in_place(shared: Path) -> None:
    human = "# Agent guide\n\nUse black.\nNever push to main.\n"
    (shared / "AGENTS.md").write_text(human)
    out = ok("context", "--format", "agents-md", cwd=shared)
    assert out.strip() == "Updated AGENTS.md (2 team learning(s))."
    text = (shared / "AGENTS.md").read_text()
    assert text.startswith(human + "\n" + agents_md.BEGIN + "\n")
    assert text.endswith(agents_md.END + "\n")
    assert "egress costs" in text and "make test" in text
    assert "terse answers" not in text  # user scope stays private: AGENTS.md is committed
    assert "[" not in text.split(agents_md.BEGIN)[1].replace("[REDACTED]", "")  # no short ids
    before = (shared / "AGENTS.md").read_bytes()
    assert "Already up to date" in ok("context", "--format", "agents-md", cwd=shared)
    assert (shared / "AGENTS.md").read_bytes() == before
    # a human edits around the block; a new learning arrives; only the block changes
    edited = "Intro line\n" + before.decode() + "\n## Footer written later\n"
    (shared / "AGENTS.md").write_text(edited)
    ok("learn", "add", "The staging DB is reset every Monday", cwd=shared)
    ok("context", "--format", "agents-md", cwd=shared)
    after = (shared / "AGENTS.md").read_text()
    start, end = after.index(agents_md.BEGIN), after.index(agents_md.END) + len(agents_md.END)
    old_start = edited.index(agents_md.BEGIN)
    old_end = edited.index(agents_md.END) + len(agents_md.END)
    assert after[:start] == edited[:old_start] and after[end:] == edited[old_end:]
    assert "reset every Monday" in after[start:end]


def test_agents_md_is_created_when_missing_and_output_can_redirect(shared: Path,
                                                                   tmp_path: Path) -> None:
    ok("context", "--format", "agents-md", cwd=shared)
    assert (shared / "AGENTS.md").read_text().startswith(agents_md.BEGIN)
    other = tmp_path / "CLAUDE.md"
    ok("context", "--format", "agents-md", "--output", str(other), cwd=shared)
    assert "egress costs" in other.read_text()


def test_agents_md_with_broken_markers_is_left_alone(shared: Path) -> None:
    text = f"# Guide\n{agents_md.BEGIN}\nhalf a block\n"
    (shared / "AGENTS.md").write_text(text)
    result = run_gcode("context", "--format", "agents-md", cwd=shared)
    assert result.returncode == 1
    assert "broken gcode block" in result.stderr and "line 2" in result.stderr
    assert (shared / "AGENTS.md").read_text() == text


def test_upsert_keeps_every_byte_outside_the_block() -> None:
    body = "## Team learnings (gcode)\n\n- one"
    assert agents_md.upsert("", body) == agents_md.render_block(body) + "\n"
    no_newline = agents_md.upsert("# Title", body)
    assert no_newline.startswith("# Title\n\n" + agents_md.BEGIN)
    crlf = "# Title\r\n\r\nText\r\n"
    out = agents_md.upsert(crlf, body)
    assert out.startswith(crlf) and "\r\n- one\r\n" in out and "\n- one\n" not in out.replace(
        "\r\n", "")
    middle = f"A\n{agents_md.render_block('old')}\nB\n"
    assert agents_md.upsert(middle, body) == f"A\n{agents_md.render_block(body)}\nB\n"
    assert agents_md.upsert(agents_md.upsert(middle, body), body) == \
        agents_md.upsert(middle, body)
    assert agents_md.strip(agents_md.upsert(middle, body)) == "A\nB\n"


@pytest.mark.parametrize("text", [
    f"{agents_md.END}\n{agents_md.BEGIN}\n",
    f"{agents_md.BEGIN}\n{agents_md.BEGIN}\n{agents_md.END}\n",
    f"x\n{agents_md.END}\n",
])
def test_malformed_blocks_are_refused(text: str) -> None:
    with pytest.raises(GcodeError, match="broken gcode block"):
        agents_md.upsert(text, "body")


def test_a_message_nothing_bears_on_says_so_not_that_nothing_is_known(
        shared: Path, tmp_path: Path) -> None:
    for env in ({"GCODE_DB": str(tmp_path / "none.db")},  # a CI clone: the team file only
                {"GCODE_DB": str(tmp_path / "bob.db"), "GCODE_USER": "bob"}):
        result = run_gcode("context", "-m", "thanks!", cwd=shared, env=env)
        assert result.returncode == 0 and result.stdout == ""
        assert "nothing learned bears on this message" in result.stderr
        assert "no learnings" not in result.stderr
