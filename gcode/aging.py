"""How learnings age (README, "How learnings age"): how long one has been idle, how much of
its relevance it keeps, and the gentle weight confidence and recency add to a search's rank.
Read off a Learning or a search's lighter Ranked row alike."""

from __future__ import annotations

import math
from datetime import datetime
from typing import Any, Protocol

from gcode.records import parse_iso

RECENCY_HALF_LIFE_DAYS = 90.0


class Aging(Protocol):
    """What weight and decay read of a record (a Learning, or a search's Ranked)."""

    confidence: float
    status: str
    source: str
    updated_at: str
    last_used_at: str | None
    evidence: dict[str, Any]


def idle_days(rec: Aging, now: datetime) -> float:
    """Days since the learning was last confirmed, changed or put in a prompt."""
    latest = max(rec.updated_at, rec.last_used_at or "")
    try:
        return max(0.0, (now - parse_iso(latest)).total_seconds() / 86400)
    except ValueError:
        return 365.0


def decay(rec: Aging, idle: float) -> float:
    """The decay rule (README, "How learnings age"): a learning nobody used, confirmed or
    changed for 90 days counts 0.9 of its relevance, after a year 0.8; facts re-checked by
    every run (verified commands, the scan's) never decay. It is never deleted for age."""
    if rec.source == "scan" or rec.evidence.get("exit_code") == 0:
        return 1.0
    return 1.0 if idle < 90 else 0.9 if idle < 365 else 0.8


def weight(rec: Aging, idle: float) -> float:
    """Confidence and recency as gentle multipliers: between two hits of about the same
    rank, the fresh, well-evidenced one first (never enough to outrank a better match)."""
    recency = math.pow(0.5, idle / RECENCY_HALF_LIFE_DAYS)
    stale = 0.5 if rec.status == "stale" else 1.0
    return (0.9 + 0.1 * rec.confidence) * (0.95 + 0.05 * recency) * stale
