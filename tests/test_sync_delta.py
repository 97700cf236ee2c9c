"""Team file work proportional to what changed: an import parses only new lines, an export
rewrites only changed records, and both end exactly where a full import or export would."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gcode import sync, sync_delta
from gcode import team_file as tf
from gcode.knowledge import KnowledgeBase
from gcode.records import Learning
from gcode.workspace import Workspace

from conftest import git, run_gcode

TEAM = ".gcode/learnings.jsonl"


def machine(root: Path, db: Path) -> Workspace:
    return Workspace(cwd=root, flags={"database.path": str(db)})


def add(ws: Workspace, text: str) -> Learning:
    rec = Learning(content=text, repo_id=ws.repo_id, author="alice")
    return KnowledgeBase(ws.db).add(rec, consolidate=False).learning


def edit(ws: Workspace, rec: Learning, text: str) -> None:
    rec = ws.db.get_learning(rec.id)
    rec.content = text
    KnowledgeBase(ws.db).update(rec, "alice", content_changed=True)


def full_render(ws: Workspace) -> bytes:
    """What a full export writes: every team record of the repo, sorted, canonical."""
    compacted = ws.db.get_meta(f"team_compacted:{ws.repo_id}") or None
    return tf.render(sync.team_records(ws.db, ws.repo_id), ws.repo_id, compacted).encode()


def no_full_export(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the whole file was rendered")

    monkeypatch.setattr(sync_delta, "export_full", refuse)


@pytest.fixture
def pair(repo: Path, tmp_path: Path) -> tuple[Workspace, Workspace]:
    return machine(repo, tmp_path / "a.db"), machine(repo, tmp_path / "b.db")


def test_import_parses_only_the_lines_that_changed(pair) -> None:
    a, b = pair
    recs = [add(a, f"Team fact {i}: the queue retries {i} times") for i in range(40)]
    sync.export_file(a)
    assert sync.import_file(b).added == 40
    edit(a, recs[3], "The queue retries forever now")
    edit(a, recs[17], "Staging needs the VPN")
    sync.export_file(a)
    report = sync.import_file(b)
    assert set(report.parsed.records) == {recs[3].id, recs[17].id}
    assert (report.added, report.updated, report.unchanged) == (0, 2, 38)
    assert b.db.get_learning(recs[17].id).content == "Staging needs the VPN"
    assert sync.import_file(b).parsed.records == {}  # nothing new: nothing parsed


def test_export_after_one_change_rewrites_that_line_only(pair, repo: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    a, _ = pair
    recs = [add(a, f"Deploy step {i} goes through staging") for i in range(30)]
    sync.export_file(a)  # the first export writes the whole file and starts tracking
    before = (repo / TEAM).read_text().splitlines()
    no_full_export(monkeypatch)
    edit(a, recs[12], "Deploys need the VPN first")
    KnowledgeBase(a.db).forget(a.db.get_learning(recs[20].id), "alice")
    new = add(a, "A brand new fact about the cache")
    report = sync.export_file(a)
    assert report.written and (report.live, report.dead) == (30, 1)
    assert (repo / TEAM).read_bytes() == full_render(a)
    after = (repo / TEAM).read_text().splitlines()
    changed = {json.loads(line)["id"] for line in set(after) ^ set(before)}
    assert changed == {recs[12].id, recs[20].id, new.id}
    mtime = (repo / TEAM).stat().st_mtime_ns
    assert not sync.export_file(a).written and (repo / TEAM).stat().st_mtime_ns == mtime


def test_records_made_before_the_first_import_still_reach_the_file(pair, repo: Path) -> None:
    a, b = pair
    add(a, "Alice's fact")
    sync.export_file(a)
    mine = add(b, "Bob's fact, never exported")
    sync.import_file(b)
    sync.export_file(b)
    assert (repo / TEAM).read_bytes() == full_render(b)
    assert mine.id in (repo / TEAM).read_text()


def test_a_union_merge_leftover_is_written_in_full_and_canonical(pair, repo: Path) -> None:
    a, b = pair
    rec = add(a, "The cache is redis")
    add(a, "Another fact")
    sync.export_file(a)
    sync.import_file(b)
    old_line = next(line for line in (repo / TEAM).read_text().splitlines() if rec.id in line)
    edit(a, rec, "The cache is memcached")
    sync.export_file(a)
    with (repo / TEAM).open("a") as fh:  # both sides' lines survived the merge
        fh.write(old_line + "\n")
    report = sync.import_file(b)
    assert report.bad == [] and b.db.get_learning(rec.id).content == "The cache is memcached"
    sync.export_file(b)
    assert (repo / TEAM).read_bytes() == full_render(b)


def test_an_old_checkout_gets_the_newer_lines_back_on_export(pair, repo: Path) -> None:
    a, _ = pair
    rec = add(a, "Tests run with pytest")
    sync.export_file(a)
    old = (repo / TEAM).read_bytes()
    edit(a, rec, "Tests run with pytest -n 4")
    sync.export_file(a)
    (repo / TEAM).write_bytes(old)  # `git checkout` of an older commit
    assert sync.import_file(a).updated == 0
    assert a.db.get_learning(rec.id).content == "Tests run with pytest -n 4"
    assert sync.export_file(a).written
    assert (repo / TEAM).read_bytes() == full_render(a)


def test_an_overlong_line_is_named_and_skipped_unread(pair, repo: Path) -> None:
    a, b = pair
    add(a, "A normal fact")
    sync.export_file(a)
    with (repo / TEAM).open("a") as fh:
        fh.write('{"id":"' + "x" * 200_000 + '"}\n')
    report = sync.import_file(b)
    assert report.added == 1
    assert [(bad.line, bad.reason) for bad in report.bad] == [(3, "longer than 64 KB; not read")]


def test_an_unchanged_file_is_not_even_read(pair, repo: Path, monkeypatch) -> None:
    a, b = pair
    add(a, "A fact")
    sync.export_file(a)
    team = repo / TEAM
    stamp = team.stat().st_mtime_ns - 10_000_000_000
    import os

    os.utime(team, ns=(stamp, stamp))
    assert sync.import_file(b, only_if_changed=True).added == 1
    monkeypatch.setattr(sync_delta, "file_sha", lambda path: pytest.fail("the file was read"))
    assert sync.import_file(b, only_if_changed=True) is None


def test_context_without_a_database_redacts_what_it_shows(repo: Path, tmp_path: Path) -> None:
    a = machine(repo, tmp_path / "a.db")
    for i in range(30):
        add(a, f"Background fact {i} about the deploy pipeline")
    add(a, "The staging database is postgres 15")
    sync.export_file(a)
    key = "sk-" + "A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8S9t0"
    line = json.loads((repo / TEAM).read_text().splitlines()[1])
    line.update(content=f"Use the staging key {key} for the database", rev=9,
                updated_at="2999-01-01T00:00:00.000000Z")
    lines = (repo / TEAM).read_text().splitlines()
    lines[1] = tf.canonical(line)
    (repo / TEAM).write_text("\n".join(lines) + "\n")
    git(repo, "add", "-A")
    env = {"GCODE_DB": str(tmp_path / "none" / "gcode.db")}
    shown = run_gcode("context", "-m", "which database does staging use?", cwd=repo, env=env)
    assert shown.returncode == 0, shown.stderr
    assert "postgres 15" in shown.stdout and "Use the staging key" in shown.stdout
    assert key not in shown.stdout
    assert not (tmp_path / "none").exists()
