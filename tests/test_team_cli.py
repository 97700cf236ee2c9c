"""`gcode learn export|import|compact` and `gcode init` through the real console script."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from gcode.workspace import Workspace
from gcode.cli_context import example_config, repo_config_template
from gcode.config import Config, load_config

from conftest import git, run_gcode

TEAM = ".gcode/learnings.jsonl"
ROOT = Path(__file__).resolve().parents[1]


def ok(*args: str, cwd: Path, **kw) -> str:
    result = run_gcode(*args, cwd=cwd, **kw)
    assert result.returncode == 0, result.stderr
    return result.stdout


def live(cwd: Path, env: dict[str, str] | None = None) -> dict[str, str]:
    return {r["id"]: r["content"] for r in json.loads(ok("learn", "show", "--json", cwd=cwd,
                                                         env=env))}


def short(out: str) -> str:
    """The short id from `Learned 1a2b3c4d (...)`."""
    return out.split()[1]


def test_export_then_import_on_another_machine(repo: Path, tmp_path: Path) -> None:
    ok("learn", "add", "Run the tests with make test", cwd=repo)
    ok("learn", "add", "Only alice's preference", "--store", "user_memory", cwd=repo)
    out = ok("learn", "export", cwd=repo)
    assert f"Exported {TEAM} (1 learnings, 0 forgotten or superseded)." in out
    assert "Already up to date" in ok("learn", "export", cwd=repo)
    other = {"GCODE_DB": str(tmp_path / "other.db")}
    out = ok("learn", "import", cwd=repo, env=other)
    assert out.strip() == f"Imported {TEAM}: 1 added, 0 updated, 0 unchanged."
    assert list(live(repo, other).values()) == ["Run the tests with make test"]
    out = ok("learn", "import", cwd=repo, env=other)
    assert "0 added, 0 updated, 1 unchanged" in out


def test_export_to_another_file(repo: Path, tmp_path: Path) -> None:
    ok("learn", "add", "Fact", cwd=repo)
    target = tmp_path / "copy.jsonl"
    out = ok("learn", "export", "--output", str(target), cwd=repo)
    assert str(target) in out and target.is_file() and not (repo / TEAM).exists()
    other = {"GCODE_DB": str(tmp_path / "other.db")}
    assert "1 added" in ok("learn", "import", str(target), cwd=repo, env=other)


def test_import_of_a_broken_file_names_lines_and_exits_non_zero(repo: Path) -> None:
    ok("learn", "add", "Already here", cwd=repo)
    ok("learn", "export", cwd=repo)
    head, line = (repo / TEAM).read_text().splitlines()
    good = json.loads(line)
    good.update(id="01a21106-0000-7000-8000-00000000abcd", content="Good new fact")
    (repo / TEAM).write_text("\n".join([head, "<<<<<<< HEAD", json.dumps(good), "=======",
                                        line[:50], ">>>>>>> other"]) + "\n")
    result = run_gcode("learn", "import", cwd=repo)
    assert result.returncode == 1
    err = result.stderr.splitlines()
    assert f"gcode: {TEAM} line 2: merge conflict marker" in err[0]
    assert any("line 5: not valid JSON" in e for e in err)
    assert err[-1].startswith(f"gcode: error: 4 bad line(s) in {TEAM}: every good line was "
                              "imported")
    assert "1 added" in result.stdout
    assert sorted(live(repo).values()) == ["Already here", "Good new fact"]


def test_strict_import_imports_nothing(repo: Path) -> None:
    ok("learn", "add", "Seed", cwd=repo)
    ok("learn", "export", cwd=repo)
    head, line = (repo / TEAM).read_text().splitlines()
    rec = json.loads(line)
    rec.update(id="01a21106-0000-7000-8000-00000000abcd", content="Would be new")
    (repo / TEAM).write_text(f"{head}\n{json.dumps(rec)}\n{{oops\n")
    result = run_gcode("learn", "import", "--strict", cwd=repo)
    assert result.returncode == 1
    assert "nothing was imported (--strict)" in result.stderr
    ws = Workspace(cwd=repo)  # read the database itself: `learn show` imports good lines
    try:
        assert [r.content for r in ws.db.list_learnings([ws.repo_id])] == ["Seed"]
    finally:
        ws.close()


def test_import_refuses_a_newer_format(repo: Path) -> None:
    (repo / ".gcode").mkdir()
    (repo / TEAM).write_text('{"format":"gcode-learnings","repo_id":"x","version":7}\n')
    result = run_gcode("learn", "import", cwd=repo)
    assert result.returncode == 1
    assert "unknown format version 7" in result.stderr
    assert "Traceback" not in result.stderr


def test_import_without_a_team_file_is_one_clear_line(repo: Path) -> None:
    result = run_gcode("learn", "import", cwd=repo)
    assert result.returncode == 1
    assert result.stderr.strip() == (f"gcode: error: no team file at {TEAM} — create it with "
                                     "`gcode init` or `gcode learn export`")


def test_team_commands_outside_a_repo_fail_cleanly(tmp_path: Path) -> None:
    nowhere = tmp_path / "nowhere"
    nowhere.mkdir()
    for args in (["learn", "export"], ["learn", "import"], ["init"], ["learn", "compact"]):
        result = run_gcode(*args, cwd=nowhere)
        assert result.returncode == 1, args
        assert result.stderr.startswith("gcode: error: ") and "not inside a git repository" \
            in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1


def test_export_refuses_a_secret_and_names_the_learning(repo: Path) -> None:
    from gcode.records import Learning, short_id
    from gcode.workspace import Workspace

    ws = Workspace(cwd=repo)
    leaked = Learning(content="use AKIAQ7WERTYUIOPASDF2 for the bucket", repo_id=ws.repo_id)
    ws.db.insert_learning(leaked)  # bypasses redaction: only a bug could do this
    ws.close()
    result = run_gcode("learn", "export", cwd=repo)
    assert result.returncode == 1
    assert short_id(leaked.id) in result.stderr and "secret" in result.stderr
    assert not (repo / TEAM).exists()


def test_export_refuses_to_drop_what_the_file_has(repo: Path, tmp_path: Path) -> None:
    ok("learn", "add", "Only on alice's machine", cwd=repo)
    ok("learn", "export", cwd=repo)
    head, line = (repo / TEAM).read_text().splitlines()
    (repo / TEAM).write_text(f"{head}\n{line[:-30]}\n")
    other = {"GCODE_DB": str(tmp_path / "other.db")}
    result = run_gcode("learn", "export", cwd=repo, env=other)
    assert result.returncode == 1
    assert "would be dropped without a tombstone" in result.stderr
    assert (repo / TEAM).read_text() == f"{head}\n{line[:-30]}\n"
    forced = run_gcode("learn", "export", "--force", cwd=repo, env=other)
    assert forced.returncode == 0
    assert (repo / TEAM).read_text() == head + "\n"


def test_compact_asks_and_drops_old_tombstones(repo: Path) -> None:
    from gcode import sync
    from gcode.workspace import Workspace

    fid = short(ok("learn", "add", "Soon forgotten", cwd=repo))
    ok("learn", "add", "Stays", cwd=repo)
    ok("learn", "forget", fid, "--yes", cwd=repo)
    ok("learn", "export", cwd=repo)
    assert "nothing to compact" in ok("learn", "compact", cwd=repo)
    ws = Workspace(cwd=repo)  # age the tombstone by 60 days
    rec = ws.db.learnings_by_short_id(fid)[0]
    rec.deleted_at = sync.compact_cutoff(60)
    ws.db.update_learning(rec)
    ws.close()
    result = run_gcode("learn", "compact", cwd=repo)
    assert result.returncode == 1 and "re-run with --yes" in result.stderr
    out = ok("learn", "compact", "--yes", cwd=repo)
    assert "Dropped 1 tombstone(s)" in out
    text = (repo / TEAM).read_text()
    assert rec.id not in text and "Stays" in text and "compacted_before" in text


# -- init --------------------------------------------------------------------------------------


def test_init_sets_up_the_repo_and_stages_with_yes(repo: Path) -> None:
    ok("learn", "add", "Run the tests with make test", cwd=repo)
    out = ok("init", "--yes", cwd=repo)
    assert "Wrote .gitattributes" in out and "Wrote .gcode.toml" in out
    assert f"{TEAM} merge=union" in (repo / ".gitattributes").read_text()
    assert "make test" in (repo / TEAM).read_text()
    staged = git(repo, "diff", "--cached", "--name-only").split()
    assert sorted(staged) == sorted([".gitattributes", ".gcode.toml", TEAM])
    assert git(repo, "check-attr", "merge", "--", TEAM).strip().endswith("merge: union")
    before = {p: (repo / p).read_bytes() for p in (".gitattributes", ".gcode.toml", TEAM)}
    again = ok("init", "--yes", cwd=repo)  # idempotent
    assert "Already in .gitattributes" in again and "Wrote .gcode.toml" not in again
    assert {p: (repo / p).read_bytes() for p in before} == before


def test_init_without_a_terminal_prints_the_git_command(repo: Path) -> None:
    (repo / ".gcode.toml").write_text('[learning]\nmode = "propose"\n')
    out = ok("init", cwd=repo)
    assert f"run: git add .gitattributes {TEAM} && git commit" in out
    assert git(repo, "diff", "--cached", "--name-only").strip() == ""
    assert (repo / ".gcode.toml").read_text() == '[learning]\nmode = "propose"\n'  # kept


def test_repo_config_template_changes_no_setting(repo: Path) -> None:
    text = repo_config_template()
    (repo / ".gcode.toml").write_text(text)
    cfg = load_config(repo, repo_trusted=True, environ={})
    assert cfg.files == [repo / ".gcode.toml"]
    default = Config()
    for section in ("model", "embeddings", "agent", "learning", "team"):
        assert getattr(cfg, section) == getattr(default, section)
    assert "api_key =" not in text
    assert "\n[user]" not in text and "\n[database]" not in text and "\n[team]\n" in text
    # every setting it shows is real: uncommented, the file still loads
    uncommented = re.sub(r"(?m)^# ([a-z_]+ = )", r"\1", text)
    assert uncommented.count("\n# ") < text.count("\n# ") - 15
    (repo / ".gcode.toml").write_text(uncommented)
    assert load_config(repo, repo_trusted=True).team.file == ".gcode/learnings.jsonl"


@pytest.mark.skipif(not (ROOT / ".gcode.example.toml").is_file(),
                    reason="only in a source checkout")
def test_packaged_example_config_matches_the_repository_copy() -> None:
    assert example_config() == (ROOT / ".gcode.example.toml").read_text(encoding="utf-8"), (
        "gcode/data/gcode.example.toml must be a copy of .gcode.example.toml: "
        "cp .gcode.example.toml gcode/data/gcode.example.toml")


def test_reading_commands_import_a_pulled_team_file_first(repo: Path) -> None:
    """After a pull brings teammates' learnings, `learn show` and `learn search` show them
    without an explicit `learn import`."""
    from gcode import team_file as tf
    from gcode.records import Learning
    from gcode.workspace import Workspace

    ws = Workspace(cwd=repo)
    head = tf.canonical(tf.header_dict(ws.repo_id))
    line = tf.canonical(tf.record_dict(Learning(content="Staging resets every Sunday.",
                                                repo_id=ws.repo_id, author="bob")))
    ws.close()
    (repo / ".gcode").mkdir(exist_ok=True)
    (repo / ".gcode" / "learnings.jsonl").write_text(f"{head}\n{line}\n")
    shown = run_gcode("learn", "show", cwd=repo)
    assert shown.returncode == 0 and "Staging resets every Sunday." in shown.stdout
    found = run_gcode("learn", "search", "staging sunday", cwd=repo)
    assert "Staging resets every Sunday." in found.stdout


@pytest.mark.parametrize("blocker", ["folder", "file"])
def test_init_refuses_before_writing_when_the_team_file_is_something_else(
        repo: Path, blocker: str) -> None:
    """A folder named like the team file, or a file where its folder should be: one line,
    and nothing of the set-up written (it wrote .gitattributes and .gcode.toml, then died)."""
    if blocker == "folder":
        (repo / ".gcode" / "learnings.jsonl").mkdir(parents=True)
    else:
        (repo / ".gcode").write_text("not a folder\n")
    result = run_gcode("init", "--yes", cwd=repo)
    assert result.returncode == 1, result.stderr
    assert "nothing was set up" in result.stderr and "Traceback" not in result.stderr
    assert not (repo / ".gitattributes").exists() and not (repo / ".gcode.toml").exists()
