"""Planted secrets go in through every door; none may reach the database file, its WAL,
or the committed team file. Ordinary developer text must come through unchanged.

The corpus (tests/data/secrets_corpus.py) holds fake secrets of the right shapes in
chat sentences, shell commands, .env lines, JSON, YAML, code and key blocks.
"""

from __future__ import annotations

import os
import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from gcode import sync, team_file
from gcode.errors import GcodeError
from gcode.knowledge import KnowledgeBase
from gcode.records import Learning, content_hash, short_id
from gcode.workspace import Workspace

from conftest import run_gcode

from data.secrets_corpus import ORDINARY, PLANTED

TEAM = ".gcode/learnings.jsonl"


ALL_SECRETS = sorted({s for _, secrets, _ in PLANTED for s in secrets})


def needles(secret: str) -> list[bytes]:
    """What a stored secret would look like on disk: itself, and the lowercase alphanumeric
    runs FTS5 would index (tokens are lowercased and split on punctuation)."""
    out = [secret.encode("utf-8")]
    out += [run.lower().encode() for run in re.findall(r"[A-Za-z0-9]{12,}", secret)]
    return out


def leaks(blob: bytes) -> list[str]:
    return [s for s in ALL_SECRETS if any(n in blob for n in needles(s))]


def db_bytes(db: Path) -> bytes:
    """The main database file and its write-ahead log, as raw bytes."""
    parts = [db.read_bytes()]
    wal = db.with_name(db.name + "-wal")
    if wal.exists():
        parts.append(wal.read_bytes())
    return b"".join(parts)


def spread(n: int) -> list[tuple[str, tuple[str, ...], str]]:
    """`n` planted cases, round-robin over their kinds (chat, curl, .env, json, ...)."""
    by_kind: dict[str, list] = {}
    for case in PLANTED:
        by_kind.setdefault(case[0].split()[0], []).append(case)
    picked: list = []
    while len(picked) < n:
        for cases in by_kind.values():
            if cases and len(picked) < n:
                picked.append(cases.pop(0))
    return picked


def test_the_corpus_is_big_enough() -> None:
    assert len(PLANTED) >= 40 and len(ALL_SECRETS) >= 40
    assert len({content_hash(t) for t in ORDINARY}) >= 100


def test_needles_find_a_secret_in_raw_database_bytes(repo: Path, tmp_path: Path) -> None:
    """The detector itself: a secret written without redaction IS found in the raw bytes."""
    ws = Workspace(cwd=repo)
    secret = PLANTED[0][1][0]
    ws.db.insert_learning(Learning(content=f"raw {secret}", repo_id=ws.repo_id))
    assert secret in leaks(db_bytes(ws.db.path))
    ws.close()


@pytest.mark.slow
def test_planted_secrets_never_reach_the_db_or_the_team_file(repo: Path, tmp_path: Path) -> None:
    db = tmp_path / "gcode.db"
    cli_cases = spread(40)

    def learn_add(case: tuple[str, tuple[str, ...], str], index: int) -> None:
        store = ["learned_knowledge", "project_context", "user_memory"][index % 3]
        result = run_gcode("learn", "add", "--store", store, "--", case[2], cwd=repo)
        # stored redacted, or refused when nothing but the credential was said
        assert result.returncode == 0 or "once its credential is taken out" in result.stderr, \
            (case[0], result.stderr)
        for secret in case[1]:
            assert secret not in result.stdout + result.stderr, case[0]

    with ThreadPoolExecutor(max_workers=4) as pool:  # concurrent writers, as in real life
        list(pool.map(learn_add, cli_cases, range(len(cli_cases))))

    ws = Workspace(cwd=repo)
    kb = KnowledgeBase(ws.db)
    for label, _, text in PLANTED:  # every case through the knowledge layer too:
        kb.add(Learning(content=f"{label}: {text}", repo_id=ws.repo_id, kind="insight",
                        author="alice"), consolidate=False)  # as a fact someone said
        kb.add(Learning(content=f"Ran a command for {label}", store="decision_log",
                        scope="machine", repo_id=ws.repo_id, kind="decision",
                        evidence={"command": text, "exit_code": 0}), consolidate=False)
        title = text if len(text) <= 120 else text[:120].rsplit(" ", 1)[0]  # a title's words
        kb.add(Learning(content=f"Noted {label}", title=title, repo_id=ws.repo_id,
                        store="project_context", kind="gotcha"), consolidate=False)
    report = sync.export_file(ws)
    assert report.live >= len(PLANTED)
    exported = (repo / TEAM).read_bytes()
    assert leaks(exported) == []
    assert b"[REDACTED]" in exported
    assert leaks(db_bytes(db)) == []  # while gcode still has it open: main file + WAL
    ws.close()
    assert leaks(db_bytes(db)) == []  # and after the final checkpoint


def test_secrets_in_a_hand_edited_team_file_are_redacted_on_import(repo: Path,
                                                                   tmp_path: Path) -> None:
    ws = Workspace(cwd=repo)
    head = team_file.canonical(team_file.header_dict(ws.repo_id))
    lines = [head] + [team_file.canonical(team_file.record_dict(
        Learning(content=text, repo_id=ws.repo_id, author="mallory"))) for _, _, text in PLANTED]
    (repo / ".gcode").mkdir()
    (repo / TEAM).write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = sync.import_file(ws)
    assert report.added == len(PLANTED) and report.bad == []
    assert len(report.redacted) == len(PLANTED)
    assert leaks(db_bytes(ws.db.path)) == []
    sync.export_file(ws)  # the cleaned copies (rev 2) replace the file's lines
    assert leaks((repo / TEAM).read_bytes()) == []
    ws.close()
    assert leaks(db_bytes(tmp_path / "gcode.db")) == []


def test_export_refuses_whatever_slipped_past_and_names_it(repo: Path) -> None:
    ws = Workspace(cwd=repo)
    kb = KnowledgeBase(ws.db)
    kb.add(Learning(content="Run the tests with make test", repo_id=ws.repo_id))
    sync.export_file(ws)
    before = (repo / TEAM).read_bytes()
    planted = [Learning(content=text, repo_id=ws.repo_id) for _, _, text in spread(5)]
    for rec in planted:
        ws.db.insert_learning(rec)  # straight into SQL: the bug this check exists for
    with pytest.raises(GcodeError) as exc:
        sync.export_file(ws, force=True)
    assert "5 learning(s) still holding a secret" in exc.value.message
    for rec in planted:
        assert short_id(rec.id) in exc.value.message
    assert (repo / TEAM).read_bytes() == before
    ws.close()


def test_ordinary_commands_and_facts_come_through_unchanged(repo: Path) -> None:
    ws = Workspace(cwd=repo)
    kb = KnowledgeBase(ws.db)
    texts = list({content_hash(t): t.strip() for t in ORDINARY if t.strip()}.values())
    assert len(texts) >= 100
    stored = {}
    for text in texts:
        result = kb.add(Learning(content=text, repo_id=ws.repo_id, author="alice"),
                        consolidate=False)
        stored[result.learning.id] = text
    changed_in_db = [t for i, t in stored.items() if ws.db.get_learning(i).content != t]
    assert len(changed_in_db) <= 2, changed_in_db
    sync.export_file(ws)  # and the export check passes them (no false refusal)
    parsed = team_file.parse((repo / TEAM).read_text())
    exported = {r.id: r.content for r in parsed.records.values()}
    changed_in_file = [t for i, t in stored.items() if exported[i] != t]
    assert len(changed_in_file) <= 2, changed_in_file
    ws.close()


def test_the_batch_secret_check_flags_exactly_what_redaction_would() -> None:
    """Export checks 10k records in one pass; it must agree with checking each one alone."""
    from gcode.redact import contains_secret

    planted = [Learning(content=text, repo_id="R") for _, _, text in PLANTED]
    ordinary = [Learning(content=text, repo_id="R", evidence={"command": text})
                for text in ORDINARY]
    mixed = ([r for pair in zip(ordinary, planted) for r in pair]
             + ordinary[len(planted):] + planted[len(ordinary):])
    flagged = team_file.secret_fields(mixed)
    one_by_one = {r.id for r in mixed if contains_secret(r.content)}
    assert set(flagged) == one_by_one
    assert {r.id for r in planted} <= set(flagged)


@pytest.mark.parametrize(("text", "secret"), [
    ("docker login -u bob -p Passw0rd!2024 registry.example.com", "Passw0rd!2024"),
    ("helm registry login ghcr.io -u me -p s3cretTok3n", "s3cretTok3n"),
    ("az login --service-principal -u app -p Abc~8Q~defGhIjKlMn0pQr --tenant t",
     "Abc~8Q~defGhIjKlMn0pQr"),
    ("oc login https://api.cluster:6443 -u dev -p 'dev-Pa55word'", "dev-Pa55word"),
    ("redis-cli -h cache -a Sup3rS3cret! ping", "Sup3rS3cret!"),
])
def test_short_password_flags_of_login_commands(repo: Path, text: str, secret: str) -> None:
    ws = Workspace(cwd=repo)
    stored = KnowledgeBase(ws.db).add(Learning(content=text, repo_id=ws.repo_id)).learning
    assert secret not in stored.content and "[REDACTED]" in stored.content
    ws.close()


@pytest.mark.parametrize("text", [
    "docker login -u bob -p $DOCKER_PASSWORD registry",
    "echo $PW | docker login --username AWS --password-stdin 1234.dkr.ecr.eu-west-1",
    "after login run pytest -p no:cacheprovider",
    "redis-cli -a <password> ping",
])
def test_login_commands_without_a_literal_secret_are_kept(text: str) -> None:
    from gcode.redact import redact

    assert redact(text) == text


def test_forget_keeps_nothing_of_what_was_said(repo: Path) -> None:
    """A secret redaction cannot recognise (no telltale shape or word) is gone from the
    database file, its log, the keyword index and the team file once forgotten."""
    phrase = "ZEBRA-COCONUT-7731-walrus"
    added = run_gcode("learn", "add", f"The intern's note says {phrase}", cwd=repo)
    assert added.returncode == 0, added.stderr
    short = added.stdout.split()[1]
    assert run_gcode("learn", "export", cwd=repo).returncode == 0
    assert run_gcode("learn", "forget", short, "--yes", cwd=repo).returncode == 0
    assert run_gcode("learn", "export", cwd=repo).returncode == 0
    db = Path(os.environ["GCODE_DB"])
    for path in (db, db.with_name(db.name + "-wal"), repo / ".gcode" / "learnings.jsonl"):
        if path.exists():
            assert phrase.encode() not in path.read_bytes(), path
            assert b"walrus" not in path.read_bytes().lower(), path
    ws = Workspace(cwd=repo)
    try:
        (rec,) = ws.db.learnings_by_short_id(short)
        assert rec.deleted_at and rec.content == "(forgotten)"
        assert ws.db.search_keywords('"walrus"', 10, None, None, statuses=None) == []
    finally:
        ws.close()
