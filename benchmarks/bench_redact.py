"""Redaction speed on 1 MB of ordinary developer text, next to a one-regex-pass floor.

    python benchmarks/bench_redact.py [--mb 1] [--repeat 5]

`redact()` runs on every stored message (learnings, transcripts, history, the team
file), so its cost per MB is printed beside floors measured in the same run on the
same text: `str.lower()` (one C pass), one compiled regex pass scanning for 20+
character token runs (the scan a key-shape detector cannot avoid), and one literal-
prefixed rule (what a single gitleaks rule costs). The text is gcode's own source,
README and the ordinary corpus of tests/data, repeated to size; a second run mixes in
the planted secrets (one line in 20) to show the cost when there is something to cut.
With detect-secrets installed it is timed too, on 100 KB, for the record behind the
choice in gcode/redact/__init__.py. Also prints the corpus counts the README quotes.
Times are the best of --repeat runs.
"""

from __future__ import annotations

import argparse
import importlib
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))


def best(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def corpus(name: str) -> Any:
    """A module of tests/data (importable once tests/ is on sys.path)."""
    return importlib.import_module(f"data.{name}")


def ordinary_text(size: int) -> str:
    sources = sorted((ROOT / "gcode").rglob("*.py"))
    # not the redactor itself: its docstrings are full of example credentials
    parts = [p.read_text(encoding="utf-8") for p in sources if "redact" not in p.parts]
    parts += [(ROOT / "README.md").read_text(encoding="utf-8")]
    parts += ["\n".join(corpus("secrets_corpus").ORDINARY)]
    text = "\n".join(parts)
    return (text * (size // len(text) + 1))[:size]


def with_secrets(text: str) -> str:
    lines = text.splitlines()
    planted = [t for _, _, t in corpus("secrets_corpus").PLANTED]
    for i in range(0, len(lines), 20):
        lines[i] = planted[(i // 20) % len(planted)]
    return "\n".join(lines)


def corpus_counts() -> str:
    from gcode.redact import REDACTED, redact

    KEY_SHAPES = corpus("key_shapes").KEY_SHAPES
    PROSE = corpus("prose_secrets").PROSE
    ORDINARY = corpus("secrets_corpus").ORDINARY

    caught = sum(secret not in redact(text) for _, secret, text in KEY_SHAPES)
    prose = sum(redact(text) == text.replace(secret, REDACTED) for secret, text in PROSE)
    false = sum(redact(text) != text for text in ORDINARY)
    return (
        f"key shapes caught {caught}/{len(KEY_SHAPES)}, prose credentials {prose}/{len(PROSE)}, "
        f"false redactions {false}/{len(ORDINARY)} ordinary lines"
    )


def detect_secrets_ms_per_mb(text: str) -> float | None:
    try:
        from detect_secrets.core.plugins.util import get_mapping_from_secret_type_to_class
        from detect_secrets.core.scan import scan_line
        from detect_secrets.settings import transient_settings
    except ImportError:
        return None
    names = [str(c.__name__) for c in get_mapping_from_secret_type_to_class().values()]
    plugins = [{"name": n} for n in names if "Entropy" not in n]
    sample = text[:100_000]
    with transient_settings({"plugins_used": plugins}):
        seconds = best(lambda: [list(scan_line(line)) for line in sample.splitlines()], 1)
    return seconds * 1000 * 1_000_000 / len(sample)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=1.0)
    parser.add_argument("--repeat", type=int, default=5)
    opts = parser.parse_args()
    size = int(opts.mb * 1_000_000)

    from gcode.redact import contains_secret, redact

    text = ordinary_text(size)
    dense = with_secrets(text)
    runs = re.compile(r"[^A-Za-z0-9_\-.+/=~:%|@][A-Za-z0-9_\-.+/=~:%|@]{20,}")
    one_rule = re.compile(r"AKIA[A-Z0-9]{16}")
    per_mb = 1_000_000 / len(text)
    rows = [
        ("floor: str.lower()", best(text.lower, opts.repeat)),
        ("floor: one regex pass (20+ char token runs)",
         best(lambda: sum(1 for _ in runs.finditer(text)), opts.repeat)),
        ("floor: one literal-prefixed rule (AKIA...)",
         best(lambda: sum(1 for _ in one_rule.finditer(text)), opts.repeat)),
        ("redact(), ordinary text", best(lambda: redact(text), opts.repeat)),
        ("contains_secret(), ordinary text", best(lambda: contains_secret(text), opts.repeat)),
        ("redact(), a planted secret every 20 lines", best(lambda: redact(dense), opts.repeat)),
    ]  # fmt: skip
    print(f"{len(text) / 1e6:.2f} MB of ordinary text ({len(text.splitlines()):,} lines), "
          f"best of {opts.repeat}")  # fmt: skip
    for label, seconds in rows:
        ms = seconds * 1000 * per_mb
        print(f"  {label:<46} {ms:8.1f} ms/MB  {1000 / ms:7.1f} MB/s")
    from gcode.redact import find_secrets

    print(f"  values redacted in the ordinary text: {len(find_secrets(text))}")
    ds = detect_secrets_ms_per_mb(text)
    if ds is not None:
        print(f"  {'detect-secrets 1.5, 25 non-entropy plugins':<46} {ds:8.1f} ms/MB "
              f"(timed on 100 KB)")  # fmt: skip
    print("corpora: " + corpus_counts())


if __name__ == "__main__":
    main()
