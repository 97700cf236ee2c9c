"""The team file: canonical export, merge-by-id import, broken files, refusals, auto sync."""

from __future__ import annotations

import difflib
import json
import os
from dataclasses import replace
from pathlib import Path

import pytest

from gcode import sync
from gcode import team_file as tf
from gcode.db import open_db
from gcode.errors import GcodeError
from gcode.knowledge import KnowledgeBase
from gcode.records import EXPORTED_FIELDS, Learning, new_id, short_id
from gcode.workspace import Workspace

from conftest import git

TEAM = ".gcode/learnings.jsonl"


def machine(root: Path, db: Path | None = None, **flags: object) -> Workspace:
    """A workspace in `root`; `db` set = another machine with its own database."""
    if db is not None:
        flags["database.path"] = str(db)
    return Workspace(cwd=root, flags=dict(flags))


def add(ws: Workspace, text: str, **fields: object) -> Learning:
    rec = Learning(content=text, repo_id=ws.repo_id, author=ws.user or "alice", **fields)
    return KnowledgeBase(ws.db).add(rec, consolidate=False).learning


def edit(ws: Workspace, rec: Learning, text: str) -> Learning:
    rec = ws.db.get_learning(rec.id)
    rec.content = text
    KnowledgeBase(ws.db).update(rec, "alice", content_changed=True)
    return rec


def forget(ws: Workspace, rec: Learning) -> Learning:
    rec = ws.db.get_learning(rec.id)
    KnowledgeBase(ws.db).forget(rec, "alice")
    return rec


def state(ws: Workspace) -> dict[str, tuple[str, bool]]:
    """id -> (content, live) of every team record of the repo: what sync must agree on."""
    return {r.id: (r.content, r.live) for r in ws.db.list_learnings(
        [ws.repo_id], scopes=["team"], statuses=None, include_dead=True)}


def team_file(root: Path) -> Path:
    return root / TEAM


def lines(root: Path) -> list[str]:
    return team_file(root).read_text(encoding="utf-8").splitlines()


# -- the file format ---------------------------------------------------------------------------


def test_export_is_canonical_sorted_and_has_exactly_the_exported_fields(repo: Path) -> None:
    ws = machine(repo)
    for text in ("Run the tests with make test", "Deploys go through the staging cluster first",
                 "Use Python 3.11 for the tooling"):
        add(ws, text, evidence={"paths": ["Makefile"], "command": "make test", "exit_code": 0})
    report = sync.export_file(ws)
    assert report.written and report.live == 3
    raw = team_file(repo).read_bytes()
    assert raw.endswith(b"\n") and b"\r" not in raw
    head, *records = raw.decode("utf-8").splitlines()
    assert head == json.dumps({"format": "gcode-learnings", "version": 1, "repo_id": ws.repo_id},
                              sort_keys=True, separators=(",", ":"))
    assert head == '{"format":"gcode-learnings","repo_id":"' + ws.repo_id + '","version":1}'
    ids = []
    for line in records:
        obj = json.loads(line)
        assert set(obj) == set(EXPORTED_FIELDS)  # no counters, status, user, score, embedding
        assert line == json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        ids.append(obj["id"])
    assert ids == sorted(ids)
    assert repo.joinpath(".gcode").is_dir()
    # the header's repo id is what a shallow clone uses as its identity
    assert ws.require_repo().team_file_repo_id(TEAM) == ws.repo_id


def test_reexport_is_byte_identical_and_one_change_is_a_one_line_diff(repo: Path) -> None:
    ws = machine(repo)
    recs = [add(ws, f"Fact number {i}: the service {name} owns its own schema")
            for i, name in enumerate(["billing", "search", "auth", "ingest", "mailer"])]
    sync.export_file(ws)
    before = team_file(repo).read_bytes()
    mtime = team_file(repo).stat().st_mtime_ns
    again = sync.export_file(ws)
    assert not again.written
    assert team_file(repo).read_bytes() == before
    assert team_file(repo).stat().st_mtime_ns == mtime  # not even rewritten
    ws.db.mark_used([recs[1].id])  # counters churn locally, never in the file
    assert not sync.export_file(ws).written
    edit(ws, recs[2], "Fact number 2: the auth service owns the sessions table")
    assert sync.export_file(ws).written
    diff = [d for d in difflib.ndiff(before.decode().splitlines(), lines(repo))
            if d[:1] in "+-"]
    assert len(diff) == 2 and diff[0].startswith("- ") and diff[1].startswith("+ ")
    assert recs[2].id in diff[1] and "sessions table" in diff[1]


def test_only_this_repos_team_records_leave_the_machine(repo: Path, make_repo) -> None:
    ws = machine(repo, **{"user.name": "alice"})
    team = add(ws, "Staging deploys need the VPN")
    add(ws, "I prefer short answers", store="user_memory", scope="user", user="alice",
        kind="preference")
    add(ws, "Ran pytest in /home/alice/venvs/x", store="decision_log", scope="machine",
        kind="decision")
    add(ws, "A proposal nobody reviewed yet", status="pending")
    other = machine(make_repo("other"))
    add(other, "Other repo fact", )
    sync.export_file(ws)
    text = team_file(repo).read_text()
    assert team.id in text
    for leaked in ("short answers", "/home/alice", "nobody reviewed", "Other repo fact"):
        assert leaked not in text
    assert len(lines(repo)) == 2


def test_tombstones_and_superseded_records_stay_in_the_file(repo: Path) -> None:
    ws = machine(repo)
    gone = add(ws, "The old CI ran on Jenkins")
    forget(ws, gone)
    old = add(ws, "Tests take 10 minutes")
    KnowledgeBase(ws.db).supersede(ws.db.get_learning(old.id),
                                   Learning(content="Tests take 3 minutes since the split",
                                            repo_id=ws.repo_id, author="alice"))
    report = sync.export_file(ws)
    assert (report.live, report.dead) == (1, 2)
    by_id = {json.loads(line)["id"]: json.loads(line) for line in lines(repo)[1:]}
    assert by_id[gone.id]["deleted_at"] is not None
    assert by_id[old.id]["superseded_by"] is not None


# -- import: merge by id -----------------------------------------------------------------------


@pytest.fixture
def pair(repo: Path, tmp_path: Path) -> tuple[Workspace, Workspace]:
    """Two machines (two databases) working in the same checkout, one after the other."""
    return machine(repo, tmp_path / "a.db"), machine(repo, tmp_path / "b.db")


def test_import_adds_everything_and_is_idempotent(pair) -> None:
    a, b = pair
    for i in range(4):
        add(a, f"Team fact {i}: queue workers retry {i + 2} times")
    sync.export_file(a)
    first = sync.import_file(b)
    assert (first.added, first.updated, first.unchanged, first.bad) == (4, 0, 0, [])
    snapshot = state(b)
    second = sync.import_file(b)
    assert (second.added, second.updated, second.unchanged) == (0, 0, 4)
    assert state(b) == snapshot == state(a)
    # the original source is kept (not "imported")
    assert {r.source for r in b.db.list_learnings([b.repo_id])} == {"user"}


def test_newer_edit_and_newer_tombstone_win(pair) -> None:
    a, b = pair
    keep, drop = add(a, "Run migrations with make migrate"), add(a, "Use the legacy deploy script")
    sync.export_file(a)
    sync.import_file(b)
    edit(a, keep, "Run migrations with make db-migrate (make migrate was removed)")
    forget(a, drop)
    sync.export_file(a)
    report = sync.import_file(b)
    assert report.updated == 2
    assert state(b) == state(a)
    assert state(b)[drop.id][1] is False
    assert "db-migrate" in state(b)[keep.id][0]


def test_stale_file_never_reverts_newer_local_edits(pair, repo: Path) -> None:
    a, b = pair
    rec = add(a, "The API listens on port 8000")
    sync.export_file(a)
    old_file = team_file(repo).read_bytes()
    sync.import_file(b)
    edit(b, rec, "The API listens on port 8080 since the proxy change")
    doomed = add(b, "Nightly jobs run at 02:00 UTC")
    forget(b, doomed)
    team_file(repo).write_bytes(old_file)  # e.g. `git checkout` of an older commit
    report = sync.import_file(b)
    assert report.unchanged == 1 and report.updated == 0
    assert state(b)[rec.id] == ("The API listens on port 8080 since the proxy change", True)
    assert state(b)[doomed.id][1] is False


def test_older_tombstone_never_reverts_a_newer_edit(pair, repo: Path) -> None:
    a, b = pair
    rec = add(a, "Feature flags live in flags.yaml")
    sync.export_file(a)
    sync.import_file(b)
    forget(a, rec)  # rev 2
    sync.export_file(a)
    tombstone_file = team_file(repo).read_bytes()
    edit(b, rec, "Feature flags live in config/flags.yaml")  # rev 2, later
    edit(b, rec, "Feature flags live in config/flags.yaml (one file per env)")  # rev 3
    team_file(repo).write_bytes(tombstone_file)
    sync.import_file(b)
    assert state(b)[rec.id] == ("Feature flags live in config/flags.yaml (one file per env)", True)


def test_a_record_missing_from_the_file_is_never_deleted(pair, repo: Path) -> None:
    a, b = pair
    add(a, "Shared fact from alice")
    sync.export_file(a)
    local = add(b, "Bob's fact, not exported yet")
    sync.import_file(b)
    assert state(b)[local.id] == ("Bob's fact, not exported yet", True)
    team_file(repo).write_text(lines(repo)[0] + "\n")  # a file with no records at all
    sync.import_file(b)
    assert len(state(b)) == 2
    sync.export_file(b)  # and the next export puts both back
    assert len(lines(repo)) == 3


def test_a_recreated_learning_is_not_swallowed_by_its_old_tombstone(pair) -> None:
    a, b = pair
    old = add(a, "Builds need Node 20")
    sync.export_file(a)
    sync.import_file(b)
    forget(a, old)
    again = add(a, "Builds need Node 20")
    assert again.id != old.id
    sync.export_file(a)
    sync.import_file(b)
    assert state(b)[old.id] == ("(forgotten)", False)  # a tombstone keeps nothing of it
    assert state(b)[again.id] == ("Builds need Node 20", True)
    hits = KnowledgeBase(b.db).search("which node version do builds need", [b.repo_id], None)
    assert [h.id for h in hits] == [again.id]


def test_union_merge_duplicates_keep_the_highest_version(pair, repo: Path) -> None:
    a, b = pair
    rec = add(a, "Lint with ruff check .")
    sync.export_file(a)
    v1 = lines(repo)[1]
    edit(a, rec, "Lint with ruff check . --fix")
    sync.export_file(a)
    head, v2 = lines(repo)
    team_file(repo).write_text("\n".join([head, v2, head, v1]) + "\n")  # both sides kept
    report = sync.import_file(b)
    assert report.bad == [] and report.added == 1
    assert state(b)[rec.id][0] == "Lint with ruff check . --fix"


def test_same_version_tie_breaks_on_author(repo: Path) -> None:
    base = Learning(content="x", repo_id="R", rev=3, updated_at="2026-01-01T00:00:00.000000Z",
                    author="alice")
    assert tf.version_key(replace(base, author="bob")) > tf.version_key(base)
    assert tf.version_key(replace(base, rev=4, updated_at="2020-01-01T00:00:00.000000Z")) \
        > tf.version_key(base)


def test_import_keeps_search_indexes_in_step(pair) -> None:
    a, b = pair
    rec = add(a, "Kafka consumers must be idempotent because of redeliveries")
    add(b, "Something local so that b has a vector index")
    sync.export_file(a)
    sync.import_file(b)
    kb = KnowledgeBase(b.db)
    assert rec.id in [h.id for h in kb.search("kafka redeliveries", [b.repo_id], None)]
    qvec = kb._embed(["idempotent consumers"], query=True)[0]
    from gcode.embed import to_blob

    assert rec.id in [r.id for r, _ in b.db.search_vectors(to_blob(qvec), 5, [b.repo_id], None)]
    forget(a, rec)
    sync.export_file(a)
    sync.import_file(b)
    assert rec.id not in [h.id for h in kb.search("kafka redeliveries", [b.repo_id], None)]
    assert rec.id not in [r.id for r, _ in b.db.search_vectors(to_blob(qvec), 5, [b.repo_id],
                                                                None)]


def test_import_into_a_fresh_database_defers_vectors_to_the_first_search(pair) -> None:
    a, b = pair
    rec = add(a, "Redis is only a cache; never store sessions there")
    sync.export_file(a)
    sync.import_file(b)
    assert b.db.vec_index_info() is None  # nothing embedded yet: import stays fast
    hits = KnowledgeBase(b.db).search("where do sessions go", [b.repo_id], None)
    assert rec.id in [h.id for h in hits]
    assert b.db.vec_index_info() is not None


def test_records_are_stored_under_this_repos_id(pair, repo: Path) -> None:
    a, b = pair
    add(a, "Fact written in a clone whose id differed")
    sync.export_file(a)
    text = team_file(repo).read_text().replace(a.repo_id, "url:github.com/org/old-name")
    team_file(repo).write_text(text)
    sync.import_file(b)
    assert [r.repo_id for r in b.db.list_learnings(None)] == [b.repo_id]


def test_an_id_belonging_to_another_repo_is_reported_not_moved(pair, repo: Path,
                                                               make_repo) -> None:
    a, b = pair
    rec = add(a, "Fact of repo one")
    sync.export_file(a)
    other_root = make_repo("other")
    other = machine(other_root, b.db.path)
    team_file(other_root).parent.mkdir()
    team_file(other_root).write_bytes(team_file(repo).read_bytes())  # a copied team file
    sync.import_file(other)
    report = sync.import_file(b)  # b (same DB) now meets the same id in repo one
    assert report.bad and "another repository" in report.bad[0].reason
    assert b.db.get_learning(rec.id).repo_id == other.repo_id


def test_same_text_added_on_two_branches_keeps_the_oldest(pair, repo: Path) -> None:
    a, b = pair
    first = add(a, "Use pnpm, not npm")
    second = add(b, "Use pnpm, not npm")  # created later, on another machine
    sync.export_file(a)
    report = sync.import_file(b)
    assert report.superseded == [second.id]
    assert state(b)[first.id] == ("Use pnpm, not npm", True)
    assert state(b)[second.id][1] is False
    sync.export_file(b)
    sync.import_file(a)
    assert {k for k, v in state(a).items() if v[1]} == {first.id}
    again = sync.import_file(b)  # idempotent: nothing more to supersede
    assert again.superseded == []


# -- broken files ------------------------------------------------------------------------------


def _write(root: Path, *file_lines: str) -> None:
    team_file(root).parent.mkdir(exist_ok=True)
    team_file(root).write_text("".join(f"{x}\n" for x in file_lines), encoding="utf-8")


def _record(ws: Workspace, text: str, **fields: object) -> str:
    rec = Learning(content=text, repo_id=ws.repo_id, author="carol", **fields)
    return tf.canonical(tf.record_dict(rec))


def test_broken_lines_are_named_and_good_records_still_imported(pair, repo: Path) -> None:
    a, b = pair
    existing = add(b, "Already in b's database")
    head = tf.canonical(tf.header_dict(b.repo_id))
    good1, good2 = _record(b, "Good one"), _record(b, "Good two")
    cut = _record(b, "This line was cut in half")
    same_id = new_id()
    clash1 = _record(b, "Version A", id=same_id)
    clash2 = _record(b, "Version B", id=same_id, updated_at=json.loads(clash1)["updated_at"],
                     created_at=json.loads(clash1)["created_at"])
    _write(repo, head, "<<<<<<< HEAD", good1, "=======", cut[:60], ">>>>>>> theirs",
           '{"id": "x"', json.dumps({**json.loads(good2), "id": new_id(), "rev": "two"}),
           good2, clash1, clash2, '["not", "an object"]')
    report = sync.import_file(b)
    numbers = [bad.line for bad in report.bad]
    assert numbers == [2, 4, 5, 6, 7, 8, 11, 12]
    reasons = " | ".join(str(bad) for bad in report.bad)
    assert "line 2: merge conflict marker" in reasons
    assert "line 5: not valid JSON" in reasons
    assert "line 8: field 'rev' must be a positive integer" in reasons
    assert f"{short_id(same_id)} is also on line 10" in reasons
    assert report.added == 2 and not report.ok
    assert {c for c, live in state(b).values()} == {"Already in b's database", "Good one",
                                                      "Good two"}
    assert state(b)[existing.id] == ("Already in b's database", True)


def test_strict_import_changes_nothing_if_any_line_is_bad(pair, repo: Path) -> None:
    a, b = pair
    add(b, "Local fact")
    before = state(b)
    head = tf.canonical(tf.header_dict(b.repo_id))
    _write(repo, head, _record(b, "Good one"), "{truncated")
    report = sync.import_file(b, strict=True)
    assert not report.applied and [x.line for x in report.bad] == [3]
    assert state(b) == before
    assert b.db.get_meta(f"team_import_hash:{b.repo_id}") is None


def test_unknown_format_version_imports_nothing_and_blocks_export(pair, repo: Path) -> None:
    a, b = pair
    add(b, "Local fact")
    before = state(b)
    _write(repo, json.dumps({"format": "gcode-learnings", "version": 2, "repo_id": b.repo_id}),
           _record(b, "From the future"))
    report = sync.import_file(b)
    assert not report.applied and report.fatal and report.bad[0].line == 1
    assert "unknown format version 2" in str(report.bad[0])
    assert state(b) == before
    with pytest.raises(GcodeError, match="format version 2"):
        sync.export_file(b)
    assert "From the future" in team_file(repo).read_text()  # left alone
    assert sync.export_file(b, force=True).written


def test_a_file_that_is_not_a_team_file_is_said_once_and_never_overwritten(pair, repo: Path
                                                                          ) -> None:
    """/etc/passwd, a CSV committed by mistake: one line saying what it is not, not one
    error per line; nothing imported; an export refuses to replace it."""
    a, b = pair
    add(b, "Local fact")
    before = state(b)
    _write(repo, "root:x:0:0:root:/root:/bin/bash", "daemon:x:1:1::/usr/sbin:/bin/false",
           "name,email", "")
    report = sync.import_file(b)
    assert report.fatal == "not a gcode team file (no header and no learning on any line)"
    assert report.bad == [] and not report.applied
    assert state(b) == before
    with pytest.raises(GcodeError, match="not a gcode team file"):
        sync.export_file(b)
    assert team_file(repo).read_text().startswith("root:x:0:0")


def test_a_file_without_header_is_reported_but_its_records_imported(pair, repo: Path) -> None:
    a, b = pair
    _write(repo, _record(b, "Headless"))
    report = sync.import_file(b)
    assert report.added == 1 and [x.line for x in report.bad] == [1]
    assert "no header line" in report.bad[0].reason


def test_wrong_scope_in_the_file_is_rejected(pair, repo: Path) -> None:
    a, b = pair
    head = tf.canonical(tf.header_dict(b.repo_id))
    _write(repo, head, _record(b, "private note", scope="user"))
    report = sync.import_file(b)
    assert report.added == 0 and "only team learnings" in report.bad[0].reason


# -- export refusals ---------------------------------------------------------------------------


def test_export_refuses_to_drop_live_records_without_tombstones(pair, repo: Path) -> None:
    a, b = pair
    rec = add(a, "Fact only alice's machine has")
    sync.export_file(a)
    head, line = lines(repo)
    team_file(repo).write_text(f"{head}\n{line[:-40]}\n")  # truncated, id still readable
    before = team_file(repo).read_bytes()
    with pytest.raises(GcodeError, match="refusing to export: 1 learning") as exc:
        sync.export_file(b)
    assert short_id(rec.id) in exc.value.message
    assert team_file(repo).read_bytes() == before
    sync.export_file(a)  # alice has it: her export repairs the file
    assert lines(repo)[1] == line
    sync.import_file(b)


def test_export_force_drops_what_it_cannot_keep(pair, repo: Path) -> None:
    a, b = pair
    add(a, "Fact only alice's machine has")
    sync.export_file(a)
    head, line = lines(repo)
    team_file(repo).write_text(f"{head}\n{line[:-40]}\n")
    assert sync.export_file(b, force=True).written
    assert lines(repo) == [head]


def test_export_refuses_a_record_that_still_holds_a_secret(repo: Path) -> None:
    ws = machine(repo)
    add(ws, "Fine fact")
    sync.export_file(ws)
    before = team_file(repo).read_bytes()
    token = "ghp_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8"
    bad = Learning(content=f"deploy with token {token}", repo_id=ws.repo_id)
    ws.db.insert_learning(bad)  # straight to the DB: only a bug could do this
    with pytest.raises(GcodeError, match=short_id(bad.id)) as exc:
        sync.export_file(ws)
    assert "secret" in exc.value.message and "content" in exc.value.message
    assert team_file(repo).read_bytes() == before
    with pytest.raises(GcodeError):
        sync.export_file(ws, force=True)  # --force never exports a secret


def test_secret_fields_agrees_with_redaction_field_by_field() -> None:
    pw = "Zq8#rT5vLm2xWp"
    recs = [
        Learning(content="Run make test before pushing", repo_id="R"),
        Learning(content="x", title="OPENAI_API_KEY=sk-" + "Ab3" * 16, repo_id="R"),
        Learning(content="deploy", evidence={"password": pw}, repo_id="R"),
        Learning(content="deploy", evidence={"nested": [{"cmd": f"mysql -uroot -p{pw} db"}]},
                 repo_id="R"),
        Learning(content="AKIA" + "Q7WERTYUIOPASDF2" + " is the key id", repo_id="R"),
        Learning(content="see commit 3f9c2b1d4e5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c", repo_id="R"),
    ]
    found = tf.secret_fields(recs)
    assert found == {recs[1].id: ["title"], recs[2].id: ["evidence"],
                     recs[3].id: ["evidence"], recs[4].id: ["content"]}


def test_a_secret_in_the_file_is_redacted_on_import_and_the_fix_travels(pair, repo: Path) -> None:
    a, b = pair
    key = "sk-proj-" + "Xy7Kp2Lm9Qw4Er8Ty1Ui6Op3As5Df0Gh" * 2
    head = tf.canonical(tf.header_dict(b.repo_id))
    _write(repo, head, _record(b, f"The eval key is {key}"))  # hand-edited into the file
    report = sync.import_file(b)
    assert len(report.redacted) == 1
    rec = b.db.get_learning(report.redacted[0])
    assert key not in rec.content and "[REDACTED]" in rec.content and rec.rev == 2
    sync.export_file(b)
    assert key not in team_file(repo).read_text()


# -- auto import / export ----------------------------------------------------------------------


def test_auto_import_is_a_no_op_when_nothing_to_do(pair, repo: Path, tmp_path: Path) -> None:
    a, b = pair
    outside = tmp_path / "not-a-repo"
    outside.mkdir()
    assert sync.auto_import(Workspace(cwd=outside)) is None
    assert sync.auto_export(Workspace(cwd=outside)) is False
    assert sync.auto_import(b) is None  # no team file
    add(a, "Fact")
    sync.export_file(a)
    assert sync.auto_import(machine(repo, b.db.path, **{"team.auto_import": False})) is None
    assert sync.auto_import(b).added == 1
    assert sync.auto_import(b) is None  # same content hash: not even parsed
    add(a, "Another fact")
    sync.export_file(a)
    assert sync.auto_import(b).added == 1


def test_auto_export_needs_the_team_file_and_a_change(pair, repo: Path) -> None:
    a, b = pair
    add(a, "Fact")
    assert sync.auto_export(a) is False
    assert not team_file(repo).exists()  # sharing is opt-in: init or export creates it
    sync.export_file(a)
    mtime = team_file(repo).stat().st_mtime_ns
    assert sync.auto_export(a) is False
    assert team_file(repo).stat().st_mtime_ns == mtime
    new = add(a, "New fact from this session")
    assert sync.auto_export(machine(repo, a.db.path, **{"team.auto_export": False})) is False
    assert sync.auto_export(a) is True
    assert new.id in team_file(repo).read_text()
    assert sync.auto_export(a) is False


def test_auto_export_imports_first_and_keeps_both_sides(pair, repo: Path) -> None:
    a, b = pair
    add(a, "Fact")
    sync.export_file(a)
    sync.import_file(b)
    mine = add(a, "Alice's new fact")
    theirs = add(b, "Bob's new fact")
    sync.export_file(b)  # bob's file arrives (git pull) before alice's session ends
    assert sync.auto_export(a) is True
    text = team_file(repo).read_text()
    assert mine.id in text and theirs.id in text


def test_an_import_never_hides_a_local_change_from_auto_export(pair, repo: Path) -> None:
    a, b = pair
    add(a, "Fact")
    sync.export_file(a)
    sync.import_file(b)
    local = add(b, "Bob's unexported fact")  # b changed since its last sync
    add(a, "Alice's fact")
    sync.export_file(a)
    assert sync.auto_import(b).added == 1  # the pull
    assert sync.auto_export(b) is True
    assert local.id in team_file(repo).read_text()


def test_auto_sync_warns_instead_of_failing_on_a_broken_file(pair, repo: Path) -> None:
    a, b = pair
    head = tf.canonical(tf.header_dict(b.repo_id))
    _write(repo, head, _record(b, "Good"), "<<<<<<< HEAD")
    report = sync.auto_import(b)
    assert report.added == 1
    assert "line 3: merge conflict marker" in "\n".join(b.notices)  # the CLI prints them
    bad = Learning(content="token ghp_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8", repo_id=b.repo_id)
    b.db.insert_learning(bad)
    assert sync.auto_export(b) is False
    assert "not exported" in "\n".join(b.notices)


# -- compaction --------------------------------------------------------------------------------


def _age_tombstone(ws: Workspace, rec: Learning, days: int) -> None:
    rec = ws.db.get_learning(rec.id)
    rec.deleted_at = sync.compact_cutoff(days)
    ws.db.update_learning(rec)


def test_compact_drops_old_tombstones_everywhere(pair, repo: Path) -> None:
    a, b = pair
    old, recent, live = add(a, "Old fact"), add(a, "Recent fact"), add(a, "Live fact")
    forget(a, old)
    forget(a, recent)
    _age_tombstone(a, old, 90)
    sync.export_file(a)
    sync.import_file(b)
    result = sync.compact(a, 30)
    assert result.dropped == 1
    ids = [json.loads(x).get("id") for x in lines(repo)[1:]]
    assert old.id not in ids and recent.id in ids and live.id in ids
    assert json.loads(lines(repo)[0])["compacted_before"] == result.cutoff
    assert a.db.get_learning(old.id) is None
    report = sync.import_file(b)  # the teammate drops the same tombstone
    assert report.purged == 1 and b.db.get_learning(old.id) is None
    sync.export_file(b)
    assert old.id not in team_file(repo).read_text()
    assert state(a) == state(b)


# -- small pieces ------------------------------------------------------------------------------


def test_in_memory_database_creates_no_file(tmp_path: Path, monkeypatch) -> None:
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    db = open_db(Path(":memory:"))
    db.set_meta("k", "v")
    assert db.get_meta("k") == "v"
    assert list(work.iterdir()) == []
    db.close()


def test_gitattributes_gets_the_union_line_once(tmp_path: Path) -> None:
    attrs = tmp_path / ".gitattributes"
    attrs.write_text("*.png binary")  # no trailing newline
    assert sync.ensure_union_merge(tmp_path, TEAM) is True
    assert sync.ensure_union_merge(tmp_path, TEAM) is False
    text = attrs.read_text()
    assert text.startswith("*.png binary\n")
    assert text.count(f"{TEAM} merge=union") == 1
    assert sync.ensure_union_merge(tmp_path, "team learnings.jsonl") is True
    assert '"team learnings.jsonl" merge=union' in attrs.read_text()


def test_union_merge_attribute_really_applies(repo: Path) -> None:
    sync.ensure_union_merge(repo, TEAM)
    out = git(repo, "check-attr", "merge", "--", TEAM)
    assert out.strip().endswith("merge: union")


@pytest.mark.parametrize("bad", ["/etc/passwd", "../outside.jsonl", "", "."])
def test_team_file_must_be_inside_the_repo(repo: Path, bad: str) -> None:
    with pytest.raises(GcodeError, match="inside the repository"):
        sync.team_path(machine(repo, **{"team.file": bad}))


def test_configured_team_file_path_is_used(repo: Path) -> None:
    ws = machine(repo, **{"team.file": "docs/team.jsonl"})
    add(ws, "Fact")
    sync.export_file(ws)
    assert (repo / "docs" / "team.jsonl").is_file() and not team_file(repo).exists()
    assert os.path.exists(repo / "docs" / "team.jsonl")


def test_a_late_tombstone_older_than_the_cutoff_still_deletes(pair, repo: Path) -> None:
    a, b = pair
    rec = add(a, "Fact that bob forgot long ago on a branch")
    sync.export_file(a)
    sync.import_file(b)
    forget(b, rec)
    _age_tombstone(b, rec, 90)  # bob's branch, never merged; alice compacts meanwhile
    branch_line = tf.canonical(tf.record_dict(b.db.get_learning(rec.id)))
    sync.compact(a, 30)
    head, *rest = lines(repo)
    team_file(repo).write_text("\n".join([head, *rest, branch_line]) + "\n")  # the merge
    report = sync.import_file(a)
    assert report.updated == 1 and report.purged == 1
    assert a.db.get_learning(rec.id) is None  # deleted, and the tombstone compacted away
    sync.export_file(a)
    assert rec.id not in team_file(repo).read_text()
