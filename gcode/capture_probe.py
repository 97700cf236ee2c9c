"""A second opinion on what a user's message is, from the embedder's own vector of it: a
linear probe, trained on statements of durable facts and on chat with a coding agent
(benchmarks/train_chatter_probe.py), that says how likely a message states something.

The rules of gcode.capture read the form of English chat, and people type in more forms
than rules name: on a set of chat no rule was written for (benchmarks/data/
capture_english_heldout.jsonl, set h3), the rules alone let 11 of 150 chatter turns through
and passed 34 of 50 statements. The probe vetoes what the rules passed but reads as chatter,
and rescues a message the rules stopped that reads surely as a statement; the model still
decides what is durable, and gcode's guards still check what it writes.

Only for the embedder the probe was trained on (its vectors are that model's); with any
other, the rules decide alone.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from functools import lru_cache
from importlib import resources
from typing import Any

from gcode.embed import Embedder, query_text

PROBE_FILE = "chatter_probe.json"
# A message the rules pass is left out when the probe gives it less than this; one they stop
# is shown when it gives more than RESCUE_ABOVE. Measured with each data set left out of the
# training (benchmarks/train_chatter_probe.py).
VETO_BELOW = 0.1
RESCUE_ABOVE = 0.9

Judge = Callable[[str], float]  # a message -> the probability that it states something


@lru_cache(maxsize=1)
def _probe() -> dict[str, Any] | None:
    try:
        text = (resources.files("gcode") / "data" / PROBE_FILE).read_text("utf-8")
        probe: dict[str, Any] = json.loads(text)
    except (OSError, ValueError):
        return None  # a broken install: the rules decide alone
    return probe


def statement_probability(vector: list[float], probe: dict[str, Any]) -> float:
    """The probe's probability that the message embedded as `vector` states something."""
    scale = float(probe["scale"])
    z = float(probe["bias"]) + sum(
        (x * scale - m) * w for x, m, w in zip(vector, probe["mean"], probe["weights"]))
    return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))


def judge_for(embedder: Embedder) -> Judge | None:
    """The probe's judge for messages embedded by `embedder`, or None when the probe was not
    trained on its vectors. Messages are embedded as queries: a turn's search embeds its
    message so, and the embedder may keep that vector."""
    probe = _probe()
    if probe is None or probe.get("embedder") != embedder.name:
        return None

    def judge(text: str) -> float:
        vector = embedder.embed([query_text(text)], query=True)[0]
        return statement_probability(vector, probe)

    return judge
