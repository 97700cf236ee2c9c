"""What `gcode context -m TEXT` finds in a fresh clone with no database (a CI job).

    python benchmarks/bench_context_ci.py [--corpus DIR ...] [--no-triggers]

With no database, `gcode context` reads the committed team file into a throwaway
in-memory database, keyword first, and embeds only the message's keyword candidates with
the offline hashing embedder (gcode.context_cmd.context_workspace, gcode.team_snapshot):
it must answer in well under a second with no model, key or download. This measures what
that costs in quality, on the same corpora as bench_learning_quality.py: each corpus's
team learnings are written as each repository's team file the way gcode writes it
(gcode.team_file.render), then every question is asked the way the command asks it (a
fresh in-memory database per question, team_snapshot.load, then build_safely). Personal
memories are never in a team file, so questions answered only by one are left out.

Per corpus it prints the relevant learning in the block (reach) by question class, and the
block's tokens (header, core and matches) for questions nothing bears on.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import bench_learning_quality as quality  # noqa: E402
from gcode import team_file, team_snapshot  # noqa: E402
from gcode.config import Config  # noqa: E402
from gcode.db import open_db  # noqa: E402
from gcode.embed import HashingEmbedder  # noqa: E402
from gcode.knowledge import VECTOR_RECIPE, KnowledgeBase  # noqa: E402
from gcode.learning import LearningMachine  # noqa: E402
from gcode.records import Learning  # noqa: E402
from gcode.turn import estimate_tokens  # noqa: E402

CORPORA = ("team_corpus", "team_corpus_b", "team_corpus_c", "team_corpus_d", "team_corpus_e")


def measure(path: Path) -> dict[str, Any]:
    corpus = quality.Corpus.load(path)
    by_repo: dict[str, list[Learning]] = {}
    fact_of: dict[str, str] = {}  # record id -> the corpus fact it states
    for cid, rec in corpus.records(datetime.now(timezone.utc)):
        if rec.scope == "team":
            by_repo.setdefault(rec.repo_id, []).append(rec)
            fact_of[rec.id] = corpus.canon[cid]
    config = Config()
    reach: dict[str, list[float]] = {}
    none_tokens: list[int] = []
    with tempfile.TemporaryDirectory(prefix="gcode-context-ci-") as tmp:
        files = {}
        for repo, recs in by_repo.items():
            files[repo] = Path(tmp) / f"{repo or 'shared'}.jsonl"
            files[repo].write_text(team_file.render(recs, repo), encoding="utf-8")
        for q in corpus.questions:
            repo = quality.rid(q["repo"])
            in_file = {fact_of[r.id] for r in by_repo.get(repo, [])}
            answers = set(q["answers"]) & in_file
            if q["class"] != "none" and not answers:
                continue  # answered by a personal memory alone: never in a team file
            shown = ask(files.get(repo), repo, q["user"], q["text"], config)
            if q["class"] == "none":
                none_tokens.append(estimate_tokens(shown[1]))
                continue
            got = {fact_of.get(rid, "") for rid in shown[0]}
            reach.setdefault(q["class"], []).append(len(answers & got) / len(answers))
    every = [v for values in reach.values() for v in values]
    return {"reach": mean(every), "by_class": {c: mean(v) for c, v in reach.items()},
            "questions": len(every), "none_tokens": mean([float(t) for t in none_tokens])}


def ask(path: Path | None, repo: str, user: str, message: str,
        config: Config) -> tuple[list[str], str]:
    """The ids and text of the block `gcode context -m message` prints from this file."""
    db = open_db(Path(":memory:"))
    try:
        embedder = HashingEmbedder()
        db.create_vec_index(embedder.name, embedder.dim, VECTOR_RECIPE)
        kb = KnowledgeBase(db, embedder)
        if path is not None:
            team_snapshot.load(kb, path, repo, message)
        machine = LearningMachine(config, kb, repo, None, user)
        built = team_snapshot.build_safely(machine, message)
        return [r.id for r in built.items], built.text
    finally:
        db.close()


def mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", action="append", type=Path,
                        help="a corpus directory (default: the five under benchmarks/data)")
    parser.add_argument("--no-triggers", action="store_true",
                        help="the team files as if no model had written their triggers")
    args = parser.parse_args()
    quality.TRIGGERS = not args.no_triggers
    print(f"`gcode context -m` with no database, hashing embedder, triggers "
          f"{'off' if args.no_triggers else 'on'}")
    for path in args.corpus or [HERE / "data" / name for name in CORPORA]:
        r = measure(path)
        classes = ", ".join(f"{c} {v:.1%}" for c, v in sorted(r["by_class"].items()))
        print(f"{path.name:16} relevant learning in the block {r['reach']:.1%} of "
              f"{r['questions']} ({classes}); none-question block {r['none_tokens']:.0f} tokens",
              flush=True)


if __name__ == "__main__":
    main()
