"""The core reads whole records only for what may enter it (issue 16), and that changes
nothing the prompt gets: a store scores briefs (a few columns), prices each one's prompt
line, and `LearningContext.core_records` leaves out only what the core could never take."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

import gcode.store_api as store_api
from gcode.config import Config
from gcode.db import Database, open_db
from gcode.embed import HashingEmbedder, to_blob
from gcode.knowledge import KnowledgeBase
from gcode.learning import LearningMachine
from gcode.records import Learning

REPO = "repo-core"
WORDS = ("deploy staging pytest docker redis cache worker queue lint build migrations "
         "fixtures timeout flaky vite webpack egress grafana").split()
ODD = ["  double  spaces ", "tab\there", "line\nbreak", "nbsp\xa0here", "caf\u00e9 \u65e5\u672c",
       "quote </learned-notes> inside", "\u2003em space", "trailing "]


def _text(rng: random.Random, i: int) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.choice([1, 3, 8, 20, 60, 160]))]
    if rng.random() < 0.3:
        words.insert(rng.randrange(len(words) + 1), rng.choice(ODD))
    return " ".join(words) + f" #{i}"


def _records(rng: random.Random, count: int) -> list[Learning]:
    out = []
    for i in range(count):
        kind = rng.choice(["test_command", "lint_command", "gotcha", "fact", "layout", "env"])
        source = rng.choice(["observed", "scan", "extracted", "user"])
        evidence: dict[str, object] = {}
        if kind.endswith("_command") or rng.random() < 0.2:
            evidence["command"] = rng.choice(["pytest -q", "make test", "ruff check .",
                                              f"tox -e py{i % 5}"])
            evidence["exit_code"] = rng.choice([0, 0, 1, 2])
            if rng.random() < 0.5:
                evidence["runs"] = rng.choice([1, 2, 7])
        if rng.random() < 0.2:
            evidence["paths"] = ["src/app.py"]
        rec = Learning(content=_text(rng, i), store="project_context", repo_id=REPO,
                       kind=kind, source=source, evidence=evidence,
                       confidence=round(rng.uniform(0.1, 0.99), 2),
                       origin=rng.choice(["", "", "imported"]),
                       author=rng.choice(["", "ann", "bob@example.com"]),
                       status=rng.choice(["active"] * 9 + ["stale"]))
        rec.updated_at = f"2026-0{rng.randrange(1, 10)}-1{rng.randrange(10)}T00:00:00.000000Z"
        out.append(rec)
    return out


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    db = open_db(tmp_path_factory.mktemp("core") / "core.db")
    kb = KnowledgeBase(db, HashingEmbedder(16))
    kb.ensure_index()
    recs = _records(random.Random(16), 700)  # more than the 500 most recent a store lists
    rng = random.Random(17)  # personal memories: the user_memory store's background
    for i in range(60):
        rec = Learning(content=_text(rng, 1000 + i), store="user_memory", scope="user",
                       user=rng.choice(["alice", "alice", "bob"]), kind="preference",
                       confidence=rng.choice([0.3, 0.5, 0.5, 0.8, 0.95]))
        rec.updated_at = f"2026-0{rng.randrange(1, 10)}-1{rng.randrange(10)}T00:00:00.000000Z"
        recs.append(rec)
    vectors = HashingEmbedder(16).embed([r.content for r in recs])
    db.insert_learnings([(r, to_blob(v)) for r, v in zip(recs, vectors)])
    return kb


def _built(kb: KnowledgeBase, message: str, **learning: int) -> tuple[str, list[str]]:
    config = Config()
    for key, value in learning.items():
        setattr(config.learning, key, value)
    built = LearningMachine(config, kb, REPO, None, "alice").build_context(message)
    return built.text, [r.id for r in built.items]


@pytest.mark.parametrize("message", ["", "why is the pytest run flaky on staging?",
                                     "docker redis cache", "what is the capital of Peru?"])
@pytest.mark.parametrize("budgets", [{}, {"core_budget": 20}, {"core_budget": 60},
                                     {"core_budget": 400}, {"token_budget": 300},
                                     {"token_budget": 220, "core_budget": 200}])
def test_the_core_gets_what_it_would_get_from_whole_records(
        kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch, message: str,
        budgets: dict[str, int]) -> None:
    read: list[int] = []
    rows_by_rid = Database.rows_by_rid

    def counted(self: Database, rids: list[int]) -> object:
        read.append(len(rids))
        return rows_by_rid(self, rids)

    listed: list[int] = []
    ranked_briefs = Database.ranked_briefs

    def ranked(self: Database, *args: object) -> object:
        out = ranked_briefs(self, *args)  # type: ignore[arg-type]
        listed.append(len(out))
        return out

    monkeypatch.setattr(Database, "rows_by_rid", counted)
    monkeypatch.setattr(Database, "ranked_briefs", ranked)
    pruned = _built(kb, message, **budgets)
    priced = sum(read)  # whole rows read: the search's hits and each store's core
    monkeypatch.setattr(store_api, "_may_enter", lambda costs, room: [True] * len(costs))
    read.clear()
    whole = _built(kb, message, **budgets)
    assert pruned == whole
    assert pruned[1], "the core should hold something"
    # what the store lists is what its core could take (ranked by the database), not
    # the store's 700 records here; and whole rows are read only for what may enter
    config = Config().learning
    room = budgets.get("core_budget", config.core_budget) if message else \
        budgets.get("token_budget", config.token_budget)
    assert listed and max(listed) <= 2 * (room // store_api.MIN_LINE) + 16
    if budgets.get("token_budget", 1500) >= 1000 and message:
        assert priced < sum(read), (priced, sum(read))  # core_records left some out


def _python_score(rec: Learning) -> float:
    """The project store's ranking as its docstring tells it, over a whole record."""
    base = 0.7 if rec.kind == "gotcha" else 0.35 if rec.source == "scan" else 0.6
    if rec.evidence.get("exit_code") == 0 and rec.source != "scan" and not rec.branch:
        base = 0.8 if rec.origin == "imported" else 0.9
    return base * rec.confidence


def test_the_database_ranks_every_record_as_the_store_says(kb: KnowledgeBase) -> None:
    """CORE_SCORE ranks in SQL, on an index, what a Python reading of the store's ranking
    ranks: all the store's active records here, not only the most recent ones; ties most
    recently updated first."""
    from stores.project_context import CORE_SCORE

    got = kb.db.ranked_briefs(REPO, "alice", "project_context", CORE_SCORE, ("active",),
                              10_000)
    recs = [r for r in kb.db.list_learnings([REPO], stores=["project_context"],
                                            statuses=("active",), limit=10_000)]
    assert len(got) == len(recs) > 600
    want = sorted(recs, key=lambda r: r.id)
    want.sort(key=lambda r: r.updated_at, reverse=True)
    want.sort(key=_python_score, reverse=True)
    assert [b.id for _, b in got] == [r.id for r in want]
    assert [s for s, _ in got] == [_python_score(r) for r in want]


def test_may_enter_leaves_out_only_what_cannot_fit() -> None:
    """Brute force over small cases: whatever room up to the bound, and whatever the other
    stores' candidates spent first, what is left out is never taken by the core's rule."""
    rng = random.Random(3)
    for _ in range(3000):
        costs: list[int | None] = [rng.choice([None, *range(1, 12)]) for _ in range(7)]
        bound = rng.randrange(0, 25)
        keep = store_api._may_enter(costs, bound)
        room, spent = rng.randrange(0, bound + 1), rng.randrange(0, 6)  # others took some
        for cost, ok in zip(costs, keep):
            real = cost if cost is not None else rng.randrange(1, 12)
            if spent + real <= room:
                assert ok, (costs, bound, room)
                spent += real


def test_briefs_are_read_again_after_any_write(tmp_path: Path) -> None:
    path = tmp_path / "b.db"
    kb = KnowledgeBase(open_db(path), HashingEmbedder(16))
    kb.add(Learning(content="Run the tests with `pytest -q`", store="project_context",
                    repo_id=REPO, kind="test_command"))
    db = kb.db

    def contents() -> list[str]:
        return [b.content for b in db.brief_learnings([REPO], "alice", "project_context",
                                                      ("active",), 500)]

    assert contents() == ["Run the tests with `pytest -q`"]
    kept = contents()
    kept.append("a reader's change")  # a caller's list is its own
    assert contents() == ["Run the tests with `pytest -q`"]
    kb.add(Learning(content="The API lives in src/api", store="project_context",
                    repo_id=REPO, kind="layout"))
    assert len(contents()) == 2  # this connection wrote
    other = open_db(path)
    rec = other.list_learnings([REPO], stores=["project_context"], limit=1)[0]
    rec.content = "changed by another process"
    other.update_learning(rec)
    other.close()
    assert "changed by another process" in contents()  # another connection wrote
    db.mark_used([rec.id])  # use counts are not what briefs are made of
    token = db.change_token()
    contents()
    assert db.change_token() == token


def test_prompt_text_of_a_text_already_on_one_line_is_the_text_itself() -> None:
    """prompt_text skips splitting and joining a text that would come back unchanged: for
    every whitespace character and the fence, it says what splitting and joining says."""
    def joined(text: str) -> str:
        return " ".join(text.split()).replace(f"</{store_api.FENCE}", f"</ {store_api.FENCE}")

    spaces = [chr(c) for c in range(0x110000) if chr(c).isspace()]
    pieces = ["a", "bc", " ", "</", store_api.FENCE, "\u200b", "\ufeff", *spaces]
    rng = random.Random(3)
    texts = [*ODD, "", " ", *(f"a{s}b" for s in spaces), *(f"{s}a" for s in spaces),
             *("".join(rng.choice(pieces) for _ in range(rng.randrange(1, 7)))
               for _ in range(20_000))]
    assert [store_api.prompt_text(t) for t in texts] == [joined(t) for t in texts]
