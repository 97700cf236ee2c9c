"""Vectors a slow embedder has not computed yet: imports never wait for them, keyword search
finds the records meanwhile, and they are filled batch by batch in the background (or by
`gcode learn reindex`), never mixing two embedders' vectors."""

from __future__ import annotations

from collections.abc import Callable, Sequence
import threading
import time
from pathlib import Path

import pytest

from gcode.db import Database, open_db
from gcode.embed import HashingEmbedder
from gcode.errors import GcodeError
from gcode.knowledge import KnowledgeBase
from gcode.records import Learning
from gcode.vector_filler import BATCH


class SlowEmbedder(HashingEmbedder):
    """The hashing embedder's vectors under another name, counted, as a slow model would be
    used: not cheap, so imports leave its vectors to the background."""

    cheap = False

    def __init__(self, name: str = "slow-v1", automatic: bool = False,
                 hook: Callable[[Sequence[str]], None] | None = None) -> None:
        super().__init__()
        self.name, self.automatic, self.hook = name, automatic, hook
        self.embedded = 0

    def embed(self, texts: Sequence[str], query: bool = False) -> list[list[float]]:
        if not query:
            self.embedded += len(texts)
            if self.hook is not None:
                self.hook(texts)
        return super().embed(texts, query)


def _records(n: int) -> list[Learning]:
    topics = ["egress costs", "pytest markers", "docker compose", "release train", "vault keys"]
    return [Learning(content=f"Note {i} about {topics[i % 5]}: keep change {i} small.",
                     repo_id="r", store="learned_knowledge") for i in range(n)]


def _imported(db: Database, kb: KnowledgeBase, n: int) -> list[Learning]:
    recs = _records(n)
    kb.upsert_imported(recs, {})
    return recs


def test_an_import_waits_for_no_vector_and_keywords_find_it_at_once(tmp_path: Path) -> None:
    db = open_db(tmp_path / "g.db")
    slow = SlowEmbedder()
    kb = KnowledgeBase(db, slow)
    kb.ensure_index()  # an empty index: created without embedding anything
    _imported(db, kb, 300)
    assert slow.embedded == 0 and db.count_missing_vectors() == 300
    hits = kb.search("docker compose", ["r"], None, k=5)
    assert hits and all("docker compose" in h.content for h in hits)
    assert kb.fill_vectors(limit=32) == 268 and slow.embedded == 32
    assert kb.fill_vectors() == 0 and slow.embedded == 300
    assert db.count_missing_vectors() == 0
    # every vector is there: a paraphrase with no shared keyword finds by meaning
    found = kb.search_hits("container orchestration compose", ["r"], None, k=5)
    assert any(h.similarity is not None for h in found)
    db.close()


def test_a_record_changed_while_its_vector_was_computed_is_embedded_again(
        tmp_path: Path) -> None:
    db = open_db(tmp_path / "g.db")
    changed: list[str] = []

    def edit_first(texts: Sequence[str]) -> None:
        if not changed:  # a teammate's import rewrites record 0 while the batch embeds
            rec = db.list_learnings(["r"], None, limit=1000)
            first = next(r for r in rec if r.content.startswith("Note 0 "))
            first.content = "Note 0 is now about the staging database."
            KnowledgeBase(db, HashingEmbedder()).db.update_learning(first, None, reembed=True)
            changed.append(first.id)

    slow = SlowEmbedder(hook=edit_first)
    kb = KnowledgeBase(db, slow)
    kb.ensure_index()
    _imported(db, kb, 70)
    assert kb.fill_vectors(batch=10, limit=10) == 61  # record 0's old vector was not written
    assert db.missing_vectors(5) and "staging database" in db.missing_vectors(5)[0][1]
    assert kb.fill_vectors() == 0
    db.close()


def test_an_automatic_embedder_starts_a_new_index_and_a_chosen_one_refuses(
        tmp_path: Path) -> None:
    db = open_db(tmp_path / "g.db")
    KnowledgeBase(db, HashingEmbedder()).add_many(_records(100))
    assert db.vec_index_info() == ("hashing-v1", 384)
    with pytest.raises(GcodeError, match="built with hashing-v1"):
        KnowledgeBase(db, SlowEmbedder()).search("egress", ["r"], None)
    auto = KnowledgeBase(db, SlowEmbedder(automatic=True))
    assert auto.search("egress costs", ["r"], None, k=3)  # keywords answer at once
    assert db.vec_index_info() == ("slow-v1", 384) and db.count_missing_vectors() == 100
    assert any("rebuilt with slow-v1" in w and "100 learnings" in w for w in auto.warnings)
    db.close()


def test_a_new_index_of_a_few_records_is_filled_at_once(tmp_path: Path) -> None:
    db = open_db(tmp_path / "g.db")
    KnowledgeBase(db, HashingEmbedder()).add_many(_records(20))
    slow = SlowEmbedder(automatic=True)
    auto = KnowledgeBase(db, slow)
    hits = auto.search_hits("egress costs", ["r"], None, k=3)
    assert slow.embedded == 20 and db.count_missing_vectors() == 0 and not auto.warnings
    assert hits[0].similarity is not None  # the first search already has its vectors
    db.close()


def test_reindex_fills_a_slow_embedders_index_with_progress(tmp_path: Path) -> None:
    db = open_db(tmp_path / "g.db")
    KnowledgeBase(db, HashingEmbedder()).add_many(_records(40))
    seen: list[tuple[int, int]] = []
    assert KnowledgeBase(db, SlowEmbedder()).reindex(lambda d, t: seen.append((d, t))) == 40
    assert seen[-1] == (40, 40) and len(seen) == 3  # batches of 16
    assert db.count_missing_vectors() == 0 and db.vec_index_info() == ("slow-v1", 384)
    db.close()


def test_forgotten_records_get_no_vector(tmp_path: Path) -> None:
    db = open_db(tmp_path / "g.db")
    slow = SlowEmbedder()
    kb = KnowledgeBase(db, slow)
    kb.ensure_index()
    recs = _imported(db, kb, 70)
    kb.forget(recs[0])
    assert db.count_missing_vectors() == 69 and kb.fill_vectors() == 0 and slow.embedded == 69
    db.close()


def test_the_session_fills_vectors_in_the_background_and_stops_at_exit(
        tmp_path: Path) -> None:
    from gcode.config import Config
    from gcode.learning import LearningMachine

    db = open_db(tmp_path / "g.db")
    slow = SlowEmbedder()
    kb = KnowledgeBase(db, slow)
    kb.ensure_index()
    _imported(db, kb, 100)
    machine = LearningMachine(Config(), kb, "r", None, "me")
    machine.fill_vectors()
    machine.flush()  # the learning worker never waits for the filling (/context, exit)
    machine.vectors.wait()  # which goes on, batch after batch, until nothing is missing
    assert db.count_missing_vectors() == 0 and slow.embedded == 100 and not machine.errors
    kb.upsert_imported(_records(200)[100:], {})

    started = threading.Event()

    def exit_meanwhile(texts: Sequence[str]) -> None:  # the user quits during a batch
        started.set()
        deadline = time.monotonic() + 30
        while machine.vectors.running and time.monotonic() < deadline:
            time.sleep(0.005)

    slow.hook = exit_meanwhile
    machine.fill_vectors()
    assert started.wait(30)
    machine.end_session()  # exiting: the batch running finishes, no other starts
    assert db.count_missing_vectors() == 100 - BATCH  # one batch and no more
    db.close()


def test_a_pulls_worth_of_imported_records_is_embedded_by_the_next_search(
        tmp_path: Path) -> None:
    from gcode.knowledge import SLOW_IMPORT_NOW

    db = open_db(tmp_path / "g.db")
    slow = SlowEmbedder()
    kb = KnowledgeBase(db, slow)
    kb.ensure_index()
    kb.upsert_imported(_records(SLOW_IMPORT_NOW), {})
    assert slow.embedded == 0  # the import itself waits for nothing (`learn show` never pays)
    hits = kb.search_hits("container orchestration compose", ["r"], None, k=3)
    assert slow.embedded == SLOW_IMPORT_NOW and db.count_missing_vectors() == 0
    assert any(h.similarity is not None for h in hits)  # found by meaning at once
    db.close()


def test_a_failing_embedder_stops_the_filling_quietly_and_reindex_says_why(
        tmp_path: Path) -> None:
    from gcode.embed import EmbeddingError

    def down(texts: Sequence[str]) -> None:
        raise EmbeddingError("the embeddings server at http://127.0.0.1:9/v1 is down")

    db = open_db(tmp_path / "g.db")
    kb = KnowledgeBase(db, SlowEmbedder())
    kb.ensure_index()
    _imported(db, kb, 70)
    broken = KnowledgeBase(db, SlowEmbedder(hook=down))
    assert broken.fill_vectors() == 70 and broken.warnings == []  # a search will say it once
    with pytest.raises(EmbeddingError, match="is down"):
        broken.reindex()
    assert db.count_missing_vectors() == 70  # nothing lost: keywords still find every record
    db.close()


def test_waiting_for_learning_never_waits_for_the_filling(tmp_path: Path) -> None:
    """/context and exit wait for background learning; a 300-record backlog (10-40 s of e5)
    must not be part of that wait."""
    from gcode.config import Config
    from gcode.learning import LearningMachine

    db = open_db(tmp_path / "g.db")
    started, release = threading.Event(), threading.Event()

    def held(texts: Sequence[str]) -> None:
        started.set()
        release.wait(30)

    slow = SlowEmbedder(hook=held)
    kb = KnowledgeBase(db, slow)
    kb.ensure_index()
    _imported(db, kb, 100)
    machine = LearningMachine(Config(), kb, "r", None, "me")
    machine.fill_vectors()
    assert started.wait(30)
    machine.flush()  # returns while the filler is held mid-batch
    assert db.count_missing_vectors() == 100 and machine.vectors.running
    release.set()
    machine.end_session()
    assert db.count_missing_vectors() == 100 - BATCH and not machine.vectors.running
    db.close()


def test_the_index_records_how_its_vectors_were_made_and_doctor_says_when_they_are_old(
        repo: Path, tmp_path: Path) -> None:
    from conftest import run_gcode
    from gcode.knowledge import VECTOR_RECIPE

    env = {"GCODE_DB": str(tmp_path / "g.db")}
    assert run_gcode("learn", "add", "Staging needs the VPN", cwd=repo, env=env).returncode == 0
    db = open_db(tmp_path / "g.db")
    assert db.vec_index_recipe() == VECTOR_RECIPE
    out = run_gcode("doctor", cwd=repo, env=env).stdout
    assert "older gcode" not in out
    db.set_meta("vector_recipe", str(VECTOR_RECIPE - 1))  # an index an older gcode built
    db.close()
    out = run_gcode("doctor", cwd=repo, env=env).stdout
    assert "vectors were made by an older gcode (`gcode learn reindex` refreshes them" in out
    assert run_gcode("learn", "reindex", cwd=repo, env=env).returncode == 0
    assert "older gcode" not in run_gcode("doctor", cwd=repo, env=env).stdout


def test_a_records_vector_adds_its_trigger_and_with_e5_a_question() -> None:
    """The record vector is the normalized sum of the text's and the trigger's; with an
    embedder that embeds questions apart, also of the trigger (or, with none, the text) put
    as a question."""
    seen: list[tuple[tuple[str, ...], bool]] = []

    class Recording(HashingEmbedder):
        def embed(self, texts: Sequence[str], query: bool = False) -> list[list[float]]:
            seen.append((tuple(texts), query))
            return super().embed(texts, query)

    class Asymmetric(Recording):
        asymmetric = True

    with_trigger = Learning(content="We are cutting egress costs", repo_id="r",
                            evidence={"applies_when": "choosing vendors"}).index_text
    plain = "Staging needs the VPN"
    KnowledgeBase(open_db(Path(":memory:")), Recording()).embed_records([with_trigger, plain])
    assert seen == [((with_trigger, plain, "choosing vendors"), False)]
    seen.clear()
    kb = KnowledgeBase(open_db(Path(":memory:")), Asymmetric())
    both = kb.embed_records([with_trigger, plain])
    assert seen[1] == (("what should I know about choosing vendors",
                        "what should I know about Staging needs the VPN"), True)
    assert both[1] != HashingEmbedder().embed([plain])[0]  # the question counts
