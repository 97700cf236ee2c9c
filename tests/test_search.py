"""Hybrid search (FTS5 BM25 + vector KNN, reciprocal-rank fused): paraphrases are found only
when the embedder can find them, exact keywords always; filters, weights, duplicates, and the
embedder recorded with the index."""

from __future__ import annotations

import hashlib
import random
from collections.abc import Sequence
from pathlib import Path

import pytest

from gcode.config import load_config
from gcode.db import Database, open_db
from gcode.embed import HashingEmbedder, OpenAIEmbedder, make_embedder, to_blob
from gcode.endpoint import Endpoint
from gcode.errors import GcodeError
from gcode.hybrid import fts_query
from gcode.knowledge import KnowledgeBase
from gcode.records import Learning

EGRESS = "we are cutting egress costs"
PARAPHRASE = "should we add a CDN?"  # shares no word with EGRESS

# Unrelated learnings, so that a hit is a choice and not the only row there is.
OTHERS = [
    "run the unit tests with pytest -q from the repo root",
    "the frontend lives in web/ and builds with vite",
    "use python 3.11 from .venv; poetry is not used here",
    "migrations are written with alembic and run on deploy",
    "the payments service talks to stripe through a sandbox key in CI",
    "flaky test: test_upload times out when the network is slow",
    "docs are published from docs/ by mkdocs on every release",
    "lint with ruff check . before pushing",
]


class RandomEmbedder:
    """Deterministic per text, with no semantic ability at all: the control group."""

    name = "random-test"
    dim = 384

    def embed(self, texts: Sequence[str], query: bool = False) -> list[list[float]]:
        out = []
        for text in texts:
            rng = random.Random(hashlib.sha256(text.encode()).digest())
            vec = [rng.gauss(0.0, 1.0) for _ in range(self.dim)]
            norm = sum(v * v for v in vec) ** 0.5
            out.append([v / norm for v in vec])
        return out


@pytest.fixture
def db(tmp_path: Path):
    database = open_db(tmp_path / "s.db")
    yield database
    database.close()


def seeded(db: Database, embedder, repo: str = "repo-a") -> KnowledgeBase:
    kb = KnowledgeBase(db, embedder)
    for text in [EGRESS, *OTHERS]:
        assert kb.add(Learning(content=text, repo_id=repo)).outcome == "added"
    return kb


def contents(results: list[Learning]) -> list[str]:
    return [r.content for r in results]


def test_paraphrase_found_with_the_default_embedder(db: Database) -> None:
    kb = seeded(db, HashingEmbedder())
    results = kb.search(PARAPHRASE, ["repo-a"], user=None, k=3)
    assert contents(results)[0] == EGRESS
    assert not fts_query(PARAPHRASE) or not db.search_keywords(
        fts_query(PARAPHRASE), 10, ["repo-a"], None)  # found by meaning, not by a word


def test_seed_scenario_vendor_question_recalls_egress(db: Database) -> None:
    """The scenario gcode exists for: a teammate's question recalls another's learning."""
    kb = seeded(db, HashingEmbedder())
    results = kb.search("I'm deciding between datadog and grafana. Any recommendations?",
                        ["repo-a"], user=None, k=3)
    assert EGRESS in contents(results)


def test_paraphrase_not_found_without_semantic_embedder(db: Database) -> None:
    kb = seeded(db, RandomEmbedder())
    assert EGRESS not in contents(kb.search(PARAPHRASE, ["repo-a"], user=None, k=10))


@pytest.mark.parametrize("embedder", [HashingEmbedder(), RandomEmbedder()],
                         ids=["hashing", "random"])
def test_exact_keywords_always_found(db: Database, embedder) -> None:
    kb = seeded(db, embedder)
    assert contents(kb.search("egress", ["repo-a"], user=None, k=3))[0] == EGRESS
    assert contents(kb.search("stripe sandbox", ["repo-a"], user=None, k=3))[0] == OTHERS[4]
    assert contents(kb.search("MKDOCS", ["repo-a"], user=None, k=3))[0] == OTHERS[6]
    # Punctuation and FTS5 syntax in a query are not errors.
    assert kb.search('"egress" AND (OR NEAR', ["repo-a"], user=None, k=3)[0].content == EGRESS


def test_search_scores_are_set_and_sorted(db: Database) -> None:
    kb = seeded(db, HashingEmbedder())
    results = kb.search("pytest tests", ["repo-a"], user=None, k=5)
    scores = [r.score for r in results]
    assert all(s is not None and s > 0 for s in scores)
    assert scores == sorted(scores, reverse=True)
    assert len(kb.search("pytest", ["repo-a"], user=None, k=1)) == 1


def test_filtered_by_repo(db: Database) -> None:
    kb = seeded(db, HashingEmbedder(), repo="repo-a")
    kb.add(Learning(content="egress goes through the NAT gateway in repo b", repo_id="repo-b"))
    assert {r.repo_id for r in kb.search("egress", ["repo-a"], None, k=10)} == {"repo-a"}
    assert {r.repo_id for r in kb.search("egress", ["repo-b"], None, k=10)} == {"repo-b"}
    assert {r.repo_id for r in kb.search("egress", None, None, k=10)} == {"repo-a", "repo-b"}
    assert kb.search("egress", ["repo-c"], None, k=10) == []


def test_filtered_by_scope_user_and_store(db: Database) -> None:
    kb = KnowledgeBase(db, HashingEmbedder())
    kb.add(Learning(content="team: deploys happen on tuesdays", repo_id="r"))
    kb.add(Learning(content="machine: deploys use the local kubeconfig", repo_id="r",
                    scope="machine", store="decision_log"))
    kb.add(Learning(content="alice prefers small deploys", repo_id="", scope="user",
                    user="alice", store="user_memory"))
    kb.add(Learning(content="bob prefers big deploys", repo_id="", scope="user",
                    user="bob", store="user_memory"))
    as_alice = contents(kb.search("deploys", ["r", ""], "alice", k=10))
    assert "alice prefers small deploys" in as_alice
    assert "bob prefers big deploys" not in as_alice  # another user's memory is never shown
    assert contents(kb.search("deploys", ["r", ""], "alice", k=10, scopes=["team"])) == \
        ["team: deploys happen on tuesdays"]
    assert contents(kb.search("deploys", ["r", ""], "bob", k=10, stores=["user_memory"])) == \
        ["bob prefers big deploys"]


def test_dead_and_pending_records_are_not_found(db: Database) -> None:
    kb = seeded(db, HashingEmbedder())
    rec = kb.search("egress", ["repo-a"], None, k=1)[0]
    kb.forget(rec, author="me")
    assert EGRESS not in contents(kb.search("egress", ["repo-a"], None, k=10))
    assert EGRESS not in contents(kb.search(PARAPHRASE, ["repo-a"], None, k=10))
    kb.add(Learning(content="proposal: move egress to a CDN", repo_id="repo-a",
                    status="pending"))
    assert kb.search("proposal", ["repo-a"], None, k=10) == []
    assert len(kb.search("proposal", ["repo-a"], None, k=10,
                         statuses=("active", "pending"))) == 1


def test_confidence_weighs(db: Database) -> None:
    kb = KnowledgeBase(db, HashingEmbedder())
    text = "the nightly job rebuilds the search cache"
    low = kb.add(Learning(content=text, repo_id="r", scope="team", confidence=0.3)).learning
    high = kb.add(Learning(content=text, repo_id="r", scope="machine", store="decision_log",
                           confidence=0.95)).learning
    assert [r.id for r in kb.search("nightly search cache", ["r"], None, k=2)] == \
        [high.id, low.id]


def test_recency_weighs(db: Database) -> None:
    kb = KnowledgeBase(db, HashingEmbedder())
    text = "the release checklist lives in docs/release.md"
    old = Learning(content=text, repo_id="r", scope="team",
                   created_at="2020-01-01T00:00:00.000000Z")
    new = Learning(content=text, repo_id="r", scope="machine", store="decision_log")
    kb.add(old)
    kb.add(new)
    assert [r.id for r in kb.search("release checklist", ["r"], None, k=2)] == [new.id, old.id]


def test_exact_duplicates_are_not_stored_twice(db: Database) -> None:
    kb = KnowledgeBase(db, HashingEmbedder())
    first = kb.add(Learning(content="Run   tests with `make test`", repo_id="r", author="ann"))
    again = kb.add(Learning(content="run tests with `make test`\n", repo_id="r", author="ben"))
    assert (first.outcome, again.outcome) == ("added", "duplicate")
    assert again.learning.id == first.learning.id
    assert db.scalar("select count(*) from learnings") == 1
    stored = db.get_learning(first.learning.id)
    assert stored.evidence["confirmations"] == 1 and stored.evidence["confirmed_by"] == ["ben"]
    assert stored.rev == 2
    # The same text in another scope or another repo is another learning.
    assert kb.add(Learning(content="run tests with `make test`", repo_id="r", scope="machine",
                           store="decision_log")).outcome == "added"
    assert kb.add(Learning(content="run tests with `make test`", repo_id="other")).outcome == \
        "added"
    assert db.scalar("select count(*) from learnings") == 3


def test_add_many_dedupes_and_indexes(db: Database) -> None:
    kb = KnowledgeBase(db, HashingEmbedder())
    kb.add(Learning(content="builds run on buildkite", repo_id="r"))
    results = kb.add_many([
        Learning(content="Builds run on Buildkite", repo_id="r"),  # already stored
        Learning(content="the cache is redis", repo_id="r"),
        Learning(content="the cache is  redis", repo_id="r"),  # twice in the batch
        Learning(content="the cache is redis too", repo_id="r"),  # near, but kept
    ])
    assert [r.outcome for r in results] == ["duplicate", "added", "duplicate", "added"]
    assert db.scalar("select count(*) from learnings") == 3
    assert db.scalar("select count(*) from learnings_vec") == 3
    assert contents(kb.search("buildkite", ["r"], None, k=1)) == ["builds run on buildkite"]
    with pytest.raises(GcodeError):
        kb.add_many([Learning(content="fine", repo_id="r"), Learning(content=" ", repo_id="r")])
    assert db.scalar("select count(*) from learnings") == 3  # all or nothing


def test_forgotten_text_can_be_learned_again(db: Database) -> None:
    kb = KnowledgeBase(db, HashingEmbedder())
    rec = kb.add(Learning(content="staging is at staging.example.com", repo_id="r")).learning
    kb.forget(rec, author="me")
    again = kb.add(Learning(content="staging is at staging.example.com", repo_id="r"))
    assert again.outcome == "added" and again.learning.id != rec.id


def test_near_duplicate_updates_in_place(db: Database) -> None:
    kb = KnowledgeBase(db, HashingEmbedder())
    a = kb.add(Learning(content="run the tests with pytest -q -x", repo_id="r",
                        kind="test_command")).learning
    b = kb.add(Learning(content="run the tests with pytest -q -x -n 4", repo_id="r",
                        kind="test_command"))
    assert b.outcome == "updated" and b.learning.id == a.id
    stored = db.get_learning(a.id)
    assert stored.content == "run the tests with pytest -q -x -n 4"
    assert stored.evidence["previous"] == ["run the tests with pytest -q -x"]
    assert db.scalar("select count(*) from learnings") == 1


def test_secrets_are_redacted_before_storing(db: Database) -> None:
    kb = KnowledgeBase(db, HashingEmbedder())
    key = "sk-proj-" + "a1B2c3D4e5F6g7H8i9J0" * 2
    rec = kb.add(Learning(content=f"the staging key is {key}", repo_id="r")).learning
    assert key not in rec.content
    assert key not in str(db.query("select * from learnings"))


def test_empty_text_is_refused(db: Database) -> None:
    with pytest.raises(GcodeError, match="needs some text"):
        KnowledgeBase(db).add(Learning(content="   \n", repo_id="r"))


# -- the index remembers its embedder -------------------------------------------------------


def test_index_mismatch_is_clear_until_reindex(db: Database) -> None:
    seeded(db, HashingEmbedder(384))
    assert db.vec_index_info() == ("hashing-v1", 384)
    small = KnowledgeBase(db, HashingEmbedder(256))
    assert "384" in small.index_mismatch() and "256" in small.index_mismatch()
    with pytest.raises(GcodeError) as info:
        small.search("egress", ["repo-a"], None)
    assert "built with hashing-v1 (384 dims)" in info.value.message
    assert "gcode learn reindex" in info.value.hint
    with pytest.raises(GcodeError):
        small.add(Learning(content="new fact", repo_id="repo-a"))

    assert small.reindex() == 1 + len(OTHERS)
    assert db.vec_index_info() == ("hashing-v1", 256)
    assert small.index_mismatch() is None
    assert contents(small.search(PARAPHRASE, ["repo-a"], None, k=1)) == [EGRESS]
    assert KnowledgeBase(db, HashingEmbedder(384)).index_mismatch() is not None


def test_reindex_skips_dead_records(db: Database) -> None:
    kb = seeded(db, HashingEmbedder())
    kb.forget(kb.search("egress", ["repo-a"], None, k=1)[0], author="me")
    assert kb.reindex() == len(OTHERS)
    assert db.scalar("select count(*) from learnings_vec") == len(OTHERS)


def test_openai_compatible_embeddings(db: Database, fake_llm) -> None:
    """`/v1/embeddings` of an OpenAI-compatible server builds and queries the index."""
    fake_llm.embedding_dim = 16
    cfg = load_config(None, flags={"embeddings.provider": "openai", "embeddings.dimensions": 16,
                                   "embeddings.model": "fake-embed"},
                      environ={"OPENAI_BASE_URL": fake_llm.url, "OPENAI_API_KEY": "sk-test"})
    embedder = make_embedder(cfg)
    assert isinstance(embedder, OpenAIEmbedder) and embedder.name == "openai:fake-embed"
    kb = seeded(db, embedder)
    assert db.vec_index_info() == ("openai:fake-embed", 16)
    assert contents(kb.search("egress", ["repo-a"], None, k=1)) == [EGRESS]
    sent = [r for r in fake_llm.requests if r["path"].endswith("/embeddings")]
    assert sent and all(r["body"]["model"] == "fake-embed" for r in sent)
    assert {k.lower(): v for k, v in sent[0]["headers"].items()}["authorization"] == \
        "Bearer sk-test"
    # Switching back to the offline embedder needs a reindex, and says so.
    assert "openai:fake-embed (16 dims)" in KnowledgeBase(db, HashingEmbedder()).index_mismatch()


def test_openai_embeddings_dimension_is_detected_not_configured(db: Database, fake_llm) -> None:
    """`dimensions = 384` (the default) against a 1536-dimension model needs no config edit:
    the dimension comes from the first answer and is recorded with the index."""
    fake_llm.embedding_dim = 24
    cfg = load_config(None, flags={"embeddings.provider": "openai",
                                   "embeddings.model": "text-embedding-3-small"},
                      environ={"OPENAI_BASE_URL": fake_llm.url, "OPENAI_API_KEY": "sk-test"})
    assert cfg.embeddings.dimensions == 384
    kb = seeded(db, make_embedder(cfg))
    assert db.vec_index_info() == ("openai:text-embedding-3-small", 24)
    assert contents(kb.search("egress", ["repo-a"], None, k=1)) == [EGRESS]
    # A later process adopts the index's dimension without asking the server for it.
    again = make_embedder(cfg)
    assert KnowledgeBase(db, again).index_mismatch() is None and again.dim == 24
    # The model changing size under the index is a clear error with the fix.
    fake_llm.embedding_dim = 8
    with pytest.raises(GcodeError) as info:
        again.embed(["hello"])
    assert "now returns 8 dimensions; the search index was built with 24" in info.value.message
    assert info.value.hint == "run `gcode learn reindex`"


def test_unreachable_embeddings_server_is_clear() -> None:
    embedder = OpenAIEmbedder("m", Endpoint("http://127.0.0.1:9/v1", "k"), timeout=2, dim=8)
    with pytest.raises(GcodeError, match="cannot reach the embeddings server"):
        embedder.embed(["hello"])


def test_the_vector_half_reads_deeper_when_what_it_found_is_filtered_out(db: Database) -> None:
    """Several stores are one KNN per (repository, owner), filtered afterwards: when a store
    not asked for fills what the KNN returned, it reads deeper instead of returning less."""
    embedder = HashingEmbedder(64)
    kb = KnowledgeBase(db, embedder)
    kb.ensure_index()
    near = [Learning(content=f"deploy staging cache worker #{i}", store="decision_log",
                     scope="machine", repo_id="r", kind="decision") for i in range(300)]
    wanted = [Learning(content=f"deploy staging needs the vpn, ticket {i}",
                       store="learned_knowledge", repo_id="r") for i in range(5)]
    kb.add_many(near + wanted)
    probe = embedder.embed(["deploy staging cache worker"], query=True)[0]
    hits = db.search_vectors(to_blob(probe), 5, ["r"], None,
                             stores=["learned_knowledge", "project_context"])
    assert sorted(r.id for r, _ in hits) == sorted(r.id for r in wanted)
    everything = db.search_vectors(to_blob(probe), 5, ["r"], None)
    assert all(r.store == "decision_log" for r, _ in everything)  # the others are nearer


def test_partitions_without_rows_are_left_out_until_one_is_written(db: Database) -> None:
    """A search reads no partition that holds nothing (FTS5 pays for every phrase of a
    query), and reads a user's memories from the first one written."""
    kb = KnowledgeBase(db, HashingEmbedder(64))
    kb.add(Learning(content="deploys go through the staging cluster first", repo_id="r"))
    assert db.occupied(["r", ""], "ann") == {("r", "")}
    assert [r.content for r in kb.search("how do deploys work", ["r", ""], "ann")] == [
        "deploys go through the staging cluster first"]
    kb.add(Learning(content="ann deploys on fridays only", store="user_memory", scope="user",
                    user="ann", repo_id="", kind="preference"))
    assert db.occupied(["r", ""], "ann") == {("r", ""), ("", "ann")}
    assert db.occupied(["r", ""], "bob") == {("r", ""), ("", "bob")}  # a superset: cheap
    found = kb.search_hits("fridays deploys", ["r", ""], "ann")
    mine = next(h for h in found if h.learning.user == "ann")
    assert mine.keyword is not None and mine.similarity is not None
    assert all(h.learning.user != "ann" for h in kb.search_hits("fridays", ["r", ""], "bob"))


def test_the_keyword_half_over_every_repository_reads_deeper_past_filtered_rows(
        db: Database) -> None:
    """With no repository named, FTS5 ranks the whole table and the best are read: when the
    filter (here: proposals are not active) leaves too few, it reads further down."""
    kb = KnowledgeBase(db, HashingEmbedder(64))
    kb.add_many([Learning(content=f"flaky flaky flaky test number {i}", repo_id=f"r{i % 7}",
                          status="pending") for i in range(200)])
    wanted = [Learning(content=f"the flaky upload test times out, ticket {i}", repo_id="r1")
              for i in range(5)]
    kb.add_many(wanted)
    got = db.search_keywords(fts_query("flaky"), 5, None, None)
    assert sorted(r.id for r, _ in got) == sorted(r.id for r in wanted)
    assert len(db.search_keywords(fts_query("flaky"), 50, None, None, statuses=None)) == 50


class TopicEmbedder:
    """Texts naming "alpha" point one way, all others another: a vector half that finds
    exactly the alpha records (family "hashing": its similarity floor applies)."""

    name = "hashing-topic-test"
    dim = 4

    def embed(self, texts: Sequence[str], query: bool = False) -> list[list[float]]:
        return [[1.0, 0.0, 0.0, 0.0] if "alpha" in t else [0.0, 1.0, 0.0, 0.0] for t in texts]


def test_a_hit_only_one_half_found_is_less_relevant(db: Database) -> None:
    """Of strong hits only one half found, few answer the question (ONE_HALF_ONLY): its
    relevance is discounted when both halves searched, and not when keywords alone did."""
    from gcode.hybrid import DEFAULT_KEYWORD_HALF, ONE_HALF_ONLY, hybrid_hits

    kb = KnowledgeBase(db, TopicEmbedder())
    for text in ("alpha rollout notes", "widget rollout notes"):
        kb.add(Learning(content=text, repo_id="r"))
    hits = {h.learning.content: h for h in kb.search_hits("alpha widget", ["r"], None)}
    both, words_only = hits["alpha rollout notes"], hits["widget rollout notes"]
    assert both.keyword is not None and both.similarity == pytest.approx(1.0)
    assert words_only.similarity is None and words_only.keyword is not None
    expected = words_only.keyword / (words_only.keyword + DEFAULT_KEYWORD_HALF)
    assert words_only.relevance == pytest.approx(expected * ONE_HALF_ONLY, rel=0.05)
    keywords_alone = hybrid_hits(db, "alpha widget", None, "hashing", ["r"], None, 10, None,
                                 None, ("active",))
    alone = {h.learning.content: h for h in keywords_alone}["widget rollout notes"]
    assert alone.relevance == pytest.approx(expected, rel=0.05)


class AngleEmbedder:
    """Of family e5: the question "probe" points one way, a text naming "nearNN" NN/100 of
    the way towards it in cosine (similarities as e5's scale has them), others elsewhere."""

    name = "e5-angle-test"
    dim = 3

    def embed(self, texts: Sequence[str], query: bool = False) -> list[list[float]]:
        out = []
        for text in texts:
            near = [w for w in text.split() if w.startswith("near")]
            cos = int(near[0][4:]) / 100 if near else 0.0
            out.append([1.0, 0.0, 0.0] if text == "probe" else
                       [cos, (1 - cos * cos) ** 0.5, 0.0] if near else [0.0, 0.0, 1.0])
        return out


def test_a_record_with_no_trigger_yet_is_taken_to_be_nearer(db: Database) -> None:
    """A record found by its text alone (no "applies when" trigger: added by hand, imported
    without one) meets its questions less similar than a trigger would: UNTRIGGERED_LIFT
    counts it that much nearer, for its relevance and for the similarity floor; a record
    with a trigger is judged as it is."""
    from gcode.hybrid import MIN_SIMILARITY, ONE_HALF_ONLY, SURE_SIMILARITY, UNTRIGGERED_LIFT

    lift, floor, sure = UNTRIGGERED_LIFT["e5"], MIN_SIMILARITY["e5"], SURE_SIMILARITY["e5"]
    assert lift > 0
    kb = KnowledgeBase(db, AngleEmbedder())
    at = round(floor * 100 + 2) / 100  # above the floor
    under = round((floor - lift / 2) * 100, 1) / 100  # under it, within the lift
    kb.add_many([Learning(content=f"near{round(cos * 100)} {how}", repo_id="r", evidence={
        "applies_when": f"near{round(cos * 100)} situations"} if how == "triggered" else {})
        for cos in (at, under) for how in ("plain", "triggered")])  # never merged as alike
    hits = {h.learning.content: h for h in kb.search_hits("probe", ["r"], None)}
    name = f"near{round(at * 100)}"

    def relevance(sim: float) -> float:
        return min(1.0, (sim - floor) / (sure - floor)) * ONE_HALF_ONLY

    assert hits[f"{name} triggered"].relevance == pytest.approx(relevance(at), rel=0.02)
    assert hits[f"{name} plain"].relevance == pytest.approx(relevance(at + lift), rel=0.02)
    assert hits[f"{name} plain"].similarity == pytest.approx(at, abs=1e-3)  # as measured
    name = f"near{round(under * 100)}"
    assert f"{name} plain" in hits and f"{name} triggered" not in hits


@pytest.mark.parametrize("question,other", [
    ("Wie führe ich die Tests aus?", True), ("comment lancer les tests d'intégration ?", True),
    ("¿cómo ejecuto los tests de la api?", True), ("怎么运行测试？", True),
    ("Jeder Test mit Datenbank schlägt fehl", True),
    ("how do I run the tests?", False), ("pytest docker flaky", False),
    ("was the migration run on staging?", False), ("set the env var in the CI config", False),
])
def test_a_question_in_another_language_is_told_from_english(question: str, other: bool) -> None:
    """Such a question meets English learnings at a lower similarity (CROSS_LINGUAL_SHIFT)."""
    from gcode.hybrid import other_language

    assert other_language(question) is other



@pytest.mark.parametrize("question, learning", [
    ("how do I roll out the redesign to 10% of visitors?",
     "feature flags and experiments go through LaunchDarkly; gradual rollouts too"),
    ("who approves a new block cutoff?",
     "the risk team owns the fraud score cut-offs in thresholds.yaml"),
    ("the dropdown closes when I scroll",
     "menus that drop down inside the header are clipped by overflow-hidden"),
    ("can I write to the production database by hand?",
     "the prod db is read-only for humans; changes go through migrations"),
    ("who owns e2e?",
     "end-to-end tests need the staging secrets, which forks do not get"),
    ("who reviews k8s changes?", "platform signs off every Kubernetes manifest"),
])
def test_a_question_meets_a_learning_spelled_otherwise_by_keywords(
        db: Database, question: str, learning: str) -> None:
    """"roll out" and "rollouts", "cutoff" and "cut-offs" (FTS5 reads "cut" "offs"), "prod
    db" and "production database", "e2e" and "end-to-end": a learning writes one where a
    question says the other."""
    kb = seeded(db, RandomEmbedder())
    kb.add(Learning(content=learning, repo_id="repo-a"))
    found = db.search_keywords(fts_query(question), 3, ["repo-a"], None)
    assert [r.content for r, _ in found][:1] == [learning]


def test_compounds_are_few_and_only_of_phrasal_verbs() -> None:
    from gcode.hybrid import compounds

    assert compounds("set it up and log in to check out the rollback".split()) == [
        "login", "checkout", "roll back"]
    assert compounds("the thing was in a box, errors in prod".split()) == []


def test_shorthand_is_searched_spelled_out_and_back() -> None:
    from gcode.hybrid import spelled_otherwise

    assert spelled_otherwise("is the end to end suite on prod".split()) == [
        "production", "e2e"]
    assert spelled_otherwise("the i18n files".split()) == [
        "internationalization", "internationalisation"]
