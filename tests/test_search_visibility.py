"""A hybrid search checks its candidates against the filter once, both halves in one
statement (gcode.db_search.Visible), and keeps which partitions hold rows until a row is
written: it must find exactly what checking each half's candidates on their own, chunk by
chunk, with the plain filter and no kept partitions, finds (the way it was done before)."""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from datetime import datetime, timezone, tzinfo
from pathlib import Path

import pytest

from gcode import hybrid
from gcode.db import Database, open_db
from gcode.db_search import RANKED_COLUMNS, Visible, _ranked, filters
from gcode.embed import HashingEmbedder, to_blob
from gcode.hybrid import Hit
from gcode.knowledge import KnowledgeBase
from gcode.records import Learning, now_iso

USERS = ["ann", "bob", "cyd"]
REPOS = ["r1", "r2", "r3"]
STORES = [("learned_knowledge", "team", "insight"), ("project_context", "team", "gotcha"),
          ("decision_log", "machine", "decision")]
WORDS = ("deploy staging database migration pytest fixture docker cache redis egress cost "
         "grafana flaky timeout worker queue endpoint login build lint venv vpn").split()
QUESTIONS = ["why does the staging deploy time out?", "how do I run pytest with docker",
             "redis cache egress cost", "flaky login endpoint", "lint before build",
             "what about the worker queue?", "grafana dashboards for migrations",
             "vpn for the database"]


def _records(rng: random.Random) -> Iterator[Learning]:
    texts = [" ".join(rng.choice(WORDS) for _ in range(rng.randrange(3, 9)))
             for _ in range(120)]  # few enough that texts repeat: equal distances, ties
    for i in range(900):
        text = rng.choice(texts)
        if i % 9 == 0:
            user = rng.choice(USERS)
            yield Learning(content=f"{user} prefers {text}", store="user_memory", scope="user",
                           user=user, repo_id="", kind="preference")
            continue
        store, scope, kind = rng.choice(STORES)
        rec = Learning(content=text + ("" if i % 4 else f" #{i}"), store=store, scope=scope,
                       kind=kind, repo_id=rng.choice(REPOS),
                       confidence=round(rng.uniform(0.3, 0.95), 2),
                       status=rng.choice(["active"] * 6 + ["pending", "stale"]),
                       branch=rng.choice([""] * 8 + ["feature"]),
                       evidence={"exit_code": rng.choice([0, 1])} if i % 5 == 0 else {})
        if i % 13 == 0:
            rec.last_used_at = now_iso()
        yield rec


@pytest.fixture(scope="module")
def varied(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = open_db(tmp_path_factory.mktemp("visible") / "v.db")
    kb = KnowledgeBase(db, HashingEmbedder(64))
    kb.ensure_index()
    records = list(_records(random.Random(7)))
    vectors = kb.embed_records([r.index_text for r in records])
    db.insert_learnings([(r, to_blob(v)) for r, v in zip(records, vectors)])
    for rec in records[5::40]:  # dead rows stay in the keyword index's table
        rec.superseded_by = records[0].id
        db.update_learning(rec)
    yield db
    db.close()


def _as_before(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each half's chunks read on their own, with the filter listings use, and the
    occupied partitions read for every search."""

    def visible(repo_ids: Sequence[str] | None, user: str | None,
                stores: Sequence[str] | None = None, scopes: Sequence[str] | None = None,
                statuses: Sequence[str] | None = ("active",)) -> Visible:
        return Visible(*filters(repo_ids, user, stores, scopes, statuses, False, db.branch))

    def check(visible: Visible, rids: Sequence[int]) -> None:
        visible.expected.clear()
        marks = ", ".join("?" for _ in rids)
        rows = {row[0]: _ranked(row) for row in db.rows(
            f"select {RANKED_COLUMNS} from learnings l where l.rid in ({marks}) "
            f"and {visible.where}", [*rids, *visible.params])}
        visible.known.update((rid, rows.get(rid)) for rid in rids)

    monkeypatch.setattr(db, "visible", visible)
    monkeypatch.setattr(db, "_check", check)
    monkeypatch.setattr(db, "change_token", lambda: (random.random(), 0))


def _key(hits: list[Hit]) -> list[tuple[object, ...]]:
    return [(h.learning.id, h.fused, h.similarity, h.keyword, h.relevance) for h in hits]


@pytest.mark.parametrize("analyzed", [False, True], ids=["no statistics", "analyzed"])
@pytest.mark.parametrize("branch", ["", "feature"])
def test_one_visibility_check_finds_the_same_hits_as_each_half_on_its_own(
        varied: Database, monkeypatch: pytest.MonkeyPatch, analyzed: bool,
        branch: str) -> None:
    if analyzed:
        varied.conn.execute("analyze")
    else:
        varied.conn.execute("drop table if exists sqlite_stat1")
        varied.conn.execute("drop table if exists sqlite_stat4")
        varied.conn.execute("analyze sqlite_schema")
    monkeypatch.setattr(varied, "branch", branch)
    moment = datetime.now(timezone.utc)  # ranking decays with age: one moment for both

    class Frozen(datetime):
        @classmethod
        def now(cls, tz: tzinfo | None = None) -> Frozen:
            return cls.fromtimestamp(moment.timestamp(), tz)

    monkeypatch.setattr(hybrid, "datetime", Frozen)
    kb = KnowledgeBase(varied, HashingEmbedder(64))
    searches = [(q, repos, user, k, stores, scopes, statuses)
                for q in QUESTIONS
                for repos, user in ((["r1", ""], "ann"), (["r2", ""], "bob"), (["r3"], None),
                                    (None, None), ([""], "cyd"))
                for k, stores, scopes, statuses in (
                    (10, None, None, ("active",)),
                    (5, ["learned_knowledge"], None, ("active",)),
                    (30, ["project_context", "user_memory"], None, ("active", "stale")),
                    (8, None, ["team"], ("active", "pending", "stale")))]
    now = [_key(kb.search_hits(*s)) for s in searches]
    with monkeypatch.context() as m:
        _as_before(varied, m)
        before = [_key(kb.search_hits(*s)) for s in searches]
    assert sum(1 for hits in now if hits) > len(searches) // 2  # the searches find things
    assert now == before


def test_kept_partitions_are_read_again_after_another_process_writes(tmp_path: Path) -> None:
    """Which partitions hold rows is kept until a row is written, by this connection or
    another: a teammate's memory written by another process is searched at once."""
    path = tmp_path / "k.db"
    db, other = open_db(path), open_db(path)
    kb = KnowledgeBase(db, HashingEmbedder(64))
    kb.add(Learning(content="deploys go through the staging cluster first", repo_id="r"))
    assert db.occupied(["r", ""], "ann") == {("r", "")}
    KnowledgeBase(other, HashingEmbedder(64)).add(Learning(
        content="ann deploys on fridays only", store="user_memory", scope="user", user="ann",
        repo_id="", kind="preference"))
    assert db.occupied(["r", ""], "ann") == {("r", ""), ("", "ann")}
    assert any(h.learning.user == "ann" for h in kb.search_hits("fridays", ["r", ""], "ann"))
    db.close()
    other.close()


def test_kept_verdicts_and_rows_follow_writes_and_use(tmp_path: Path) -> None:
    """What a search learnt of its candidates (the filter's verdicts, whole rows) serves the
    next search only until a row is written, by this process or another; a use count
    (left out of the change token) drops what was kept of the records it counts."""
    path = tmp_path / "k.db"
    db, other = open_db(path), open_db(path)
    kb = KnowledgeBase(db, HashingEmbedder(64))
    rec = kb.add(Learning(content="deploys go through the staging cluster first",
                          repo_id="r")).learning
    assert [h.learning.id for h in kb.search_hits("staging deploys", ["r"], "ann")] == [rec.id]
    assert db._judged and db._whole is not None  # kept for the next search
    again = kb.search_hits("staging deploys", ["r"], "ann")
    assert [h.learning.use_count for h in again] == [0]
    again[0].learning.content = "changed by a caller"  # never the kept row's
    assert kb.search_hits("staging deploys", ["r"], "ann")[0].learning.content == rec.content
    db.mark_used([rec.id])
    (hit,) = kb.search_hits("staging deploys", ["r"], "ann")
    assert hit.learning.use_count == 1 and hit.learning.last_used_at
    theirs = other.get_learning(rec.id)
    assert theirs is not None
    theirs.status = "stale"
    other.update_learning(theirs)
    assert kb.search_hits("staging deploys", ["r"], "ann") == []
    db.close()
    other.close()
