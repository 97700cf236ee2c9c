"""Score one fresh capture set once, before any rule is written for it.

    python benchmarks/capture_set.py /path/to/set.jsonl [-v]

A set is 200 lines of JSON written blind from benchmarks/data/capture_set_brief.md (replace
SETNAME and SETTING): 50 statements a developer types to the agent that hold something
durable, 150 chatter turns that hold nothing. It runs the capture of
bench_learning_quality.py (a team's database, sessions of turns, a literal-minded model that
stores whatever it is shown) with the product's default embedder and probe, and prints the
statements stored whole and the chatter turns stored as learnings; `-v` lists each miss and
each junk learning. The first run of a set is its honest figure: score it before reading it.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]

import bench_learning_quality as quality  # noqa: E402

from gcode.config import Config  # noqa: E402
from gcode.embed import make_embedder  # noqa: E402


def main() -> None:
    args = [a for a in sys.argv[1:] if a != "-v"]
    if len(args) != 1 or not Path(args[0]).is_file():
        raise SystemExit("usage: python benchmarks/capture_set.py SET.jsonl [-v]")
    path = Path(args[0])
    corpus = quality.with_capture_set(quality.Corpus.load(), path)
    embedder = quality.Memo(make_embedder(Config()))
    with tempfile.TemporaryDirectory(prefix="gcode-capture-set-") as tmp:
        res = quality.capture(corpus, Path(tmp), embedder, datetime.now(timezone.utc))
    print(f"{path.name}: statements stored whole {res['captured']}/{res['statements']}, "
          f"chatter stored {res['junk']}/{res['chatter_turns']}, "
          f"extraction requests {res['requests_per_turn']} per turn")
    if "-v" in sys.argv:
        texts = {s["id"]: s["text"] for s in corpus.statements}
        for missed in res["missed"]:
            print(f"  missed {missed}: {texts[missed][:200]!r}")
        for junk in res["junk_texts"]:
            print(f"  junk: {junk[:200]!r}")


if __name__ == "__main__":
    main()
