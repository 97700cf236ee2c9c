"""What capture's rules let through, per set, in seconds (no database, no model).

    python benchmarks/bench_capture_rules.py

For each capture set (the three team corpora's statements and chatter, and the
multilingual, English-as-people-type-it and m1 sets) it prints:

- statements stored whole: the pre-filter (gcode.capture.candidates) hands the model a
  candidate holding the whole statement, and the guards on what a model writes
  (gcode.capture_guards.unfit_learning) would keep it as it was said;
- statements with some part kept: any candidate of it passes both;
- chatter passing: turns of chatter of which some candidate passes both: what a
  literal-minded model, which stores what it is shown, would turn into a learning.

These are upper bounds of what `bench_learning_quality.py --skip injection,lifecycle`
measures end to end (that run batches turns into extraction calls with a literal model,
and takes most of an hour on the English set); use this one to see what a rule change
moves before running that.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gcode.capture import candidates  # noqa: E402
from gcode.capture_guards import unfit_learning  # noqa: E402

DATA = HERE / "data"
CORPORA = ("team_corpus", "team_corpus_b", "team_corpus_c", "team_corpus_d", "team_corpus_e")
SETS = ("capture_multilingual.jsonl", "capture_english_heldout.jsonl", "capture_set_m1.jsonl")


def _rows(path: Path) -> list[dict[str, str]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def sets() -> dict[str, tuple[list[str], list[str]]]:
    """Each set's (statements, chatter)."""
    out = {}
    for corpus in CORPORA:
        out[corpus] = ([r["text"] for r in _rows(DATA / corpus / "statements.jsonl")],
                       [r["text"] for r in _rows(DATA / corpus / "chatter.jsonl")])
    for name in SETS:
        rows = _rows(DATA / name)
        out[name] = ([r["text"] for r in rows if r["kind"] == "statement"],
                     [r["text"] for r in rows if r["kind"] == "chatter"])
    return out


def kept(text: str) -> list[str]:
    """The candidates of `text` that the guards keep."""
    return [c for c in candidates(text) if unfit_learning(c) is None]


def main() -> None:
    print(f"{'set':32s} {'statements whole':>17s} {'some part':>11s} {'chatter passing':>16s}")
    for name, (statements, chatter) in sets().items():
        whole = sum(any(_norm(s) in _norm(c) for c in kept(s)) for s in statements)
        some = sum(bool(kept(s)) for s in statements)
        passing = sum(bool(kept(c)) for c in chatter)
        print(f"{name:32s} {whole:>8,} / {len(statements):<6,} {some:>5,} / {len(statements):<4,}"
              f"{passing:>7,} / {len(chatter):<7,}")


if __name__ == "__main__":
    main()
