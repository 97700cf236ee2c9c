"""Scan quality and speed.

Quality: recall and precision per field (test, lint, build commands, env tools, source
roots, test dirs) against the hand-written answer keys of tests/data/scan_repos/*/answer.toml
(reduced trees derived from real public repositories). `--trees DIR` scores full checkouts
in DIR/<name>/ against the same keys instead.

Speed: the scan of a generated 5k-file repository, next to a floor measured in the same run
(`os.walk` of that tree, which any scan that looked at every file would pay).

    python benchmarks/bench_scan.py [--trees DIR] [--only NAME ...] [-v]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE.parent / "tests")]

from gcode.scan import fingerprint, scan  # noqa: E402
from scan_key import FIELDS, Score, fixtures, load_key, score  # noqa: E402


def quality(base: Path, trees: Path | None, verbose: bool,
            only: set[str] | None = None) -> dict[str, Score]:
    totals = {name: Score() for name in FIELDS}
    for fixture in fixtures(base):
        if only and fixture.name not in only:
            continue
        root = trees / fixture.name if trees else fixture
        if not root.is_dir():
            continue
        result = score(scan(root), load_key(fixture / "answer.toml"))
        for name, s in result.items():
            totals[name].add(s)
            if verbose and (s.misses or s.wrong):
                print(f"  {fixture.name:14} {name:6} missed={s.misses} wrong={s.wrong}")
    return totals


def make_tree(root: Path, files: int = 5000) -> None:
    """A Python + JS monorepo-shaped tree with `files` files."""
    (root / ".github/workflows").mkdir(parents=True)
    (root / ".github/workflows/ci.yml").write_text(
        "on: [push, pull_request]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n"
        "      - run: |\n          uv sync\n          uv run pytest -q\n      - run: make lint\n")
    (root / "pyproject.toml").write_text("[project]\nname='x'\n[dependency-groups]\n"
                                         "dev=['pytest','ruff']\n[tool.ruff]\n")
    (root / "uv.lock").write_text("")
    (root / "Makefile").write_text("lint:\n\truff check .\nfmt:\n\truff format .\n"
                                   "test: lint\n\tpytest\n")
    (root / "web").mkdir()
    (root / "web/package.json").write_text('{"scripts": {"test": "vitest run", '
                                           '"build": "vite build"}}')
    made = 6
    per_dir = 25
    i = 0
    while made < files:
        top = ("src/pkg", "tests", "web/src", "docs")[i % 4]
        d = root / top / f"m{i // 4}"
        d.mkdir(parents=True, exist_ok=True)
        for j in range(min(per_dir, files - made)):
            (d / f"f{j}.py").write_text("x = 1\n")
            made += 1
        i += 1
    (root / "src/pkg/__init__.py").write_text("")


def speed(repeat: int = 7) -> tuple[float, float, float]:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "repo"
        root.mkdir()
        make_tree(root)
        scan(root)  # warm imports (yaml) and the OS cache

        def best(fn: object) -> float:
            times = []
            for _ in range(repeat):
                start = time.perf_counter()
                fn()  # type: ignore[operator]
                times.append(time.perf_counter() - start)
            return min(times) * 1000

        walk = best(lambda: sum(len(f) for _, _, f in os.walk(root)))
        took = best(lambda: scan(root))
        fp = best(lambda: fingerprint(root))
    return took, walk, fp


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--fixtures", type=Path, default=HERE.parent / "tests/data/scan_repos")
    parser.add_argument("--trees", type=Path, default=None)
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--only", nargs="+", metavar="NAME",
                        help="score only these fixtures (e.g. one round's first run)")
    args = parser.parse_args()
    totals = quality(args.fixtures, args.trees, args.verbose, set(args.only or ()))
    print(f"{'field':8} {'recall':>7} {'precision':>9}   (hits/wanted, right/found)")
    for name, s in totals.items():
        print(f"{name:8} {s.recall:7.2f} {s.precision:9.2f}   ({s.hits}/{s.wanted}, "
              f"{s.right}/{s.found})")
    took, walk, fp = speed()
    print(f"scan of a 5000-file repo: {took:.1f} ms (floor, os.walk of the tree: {walk:.1f} ms; "
          f"fingerprint: {fp:.1f} ms)")


if __name__ == "__main__":
    main()
