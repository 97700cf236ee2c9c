"""Find and redact secrets before anything is stored or exported.

gcode persists learnings, decision logs, transcripts and history in SQLite and exports
team learnings to a committed file, so a pasted API key or password must never reach
disk or git. The detectors, one module each:

* ``shapes`` / ``rules``: provider keys recognisable by their form alone (``ghp_``,
  ``AKIA``, ``SK`` + 32 hex, ``ya29.``, ``ATATT3``...): ~110 shape rules standing for
  130 of gitleaks' rules (version, commit and MIT licence noted in rules.py), a few
  additions, and private key blocks.
* ``slots``: a value whose *position* makes it a credential, whatever it looks like:
  URL userinfo, ``--password`` flags, Authorization headers, ``DB_PASSWORD=...``,
  ``"api_key": ...``. gitleaks' ~80 rules keyed on a provider word with a generic
  value (``DD_API_KEY=<40 alnum>``) are covered here, by the name.
* ``context``: credentials in prose, in any phrasing ("login is ops / Sunny-Otter-2291",
  "log in with bob@example.com and Kestrel88"); ``foreign``: the same in other languages
  ("Passwort ist Sommer2023", "密码是Abc123!").

Why hand-kept rules in stdlib ``re`` and not a library: ``redact`` runs on every
stored message. detect-secrets (Yelp, the maintained Python option) scans line by line
through Python plugin objects: on the benchmark text its 25 non-entropy plugins ran at
3-9 s per MB, 60-170 times slower than this package; its entropy plugins flag the SHAs
and digests that fill developer notes; it knows ~25 providers against gitleaks' ~220
rules; and it reports values, not spans to cut. gitleaks and trufflehog are Go
binaries (a subprocess per message, a binary to ship). Deriving the shapes from
gitleaks keeps its coverage and upkeep (diff its config on upgrade) at ~55 ms per MB,
about four times one regex pass over the same text (benchmarks/bench_redact.py),
offline and with no dependency. Detection is contextual rather than entropy-based: a
generic entropy rule would flag the git SHAs, UUIDs and digests of ordinary notes.

Only the secret *value* is replaced, so the text stays readable:
``export OPENAI_API_KEY=[REDACTED]``. Redaction is idempotent and
``contains_secret(redact(x))`` is always False.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from gcode.redact.context import find_prose, find_sign_in
from gcode.redact.foreign import find_foreign
from gcode.redact.names import Found, lowered, name_level, name_spans, value_is_secret
from gcode.redact.rules import SHAPES
from gcode.redact.shapes import find_private_keys, find_shapes
from gcode.redact.slots import find_slots

__all__ = [
    "KINDS",
    "REDACTED",
    "Finding",
    "clip",
    "contains_secret",
    "find_secrets",
    "redact",
    "redact_obj",
]

REDACTED = "[REDACTED]"


@dataclass(frozen=True)
class Finding:
    """One secret value in a text: ``text[start:end]`` is what gets replaced."""

    kind: str
    start: int
    end: int


# Kinds in priority order: when findings overlap they merge, and the most specific
# kind (lowest index) names the merged span.
KINDS: tuple[str, ...] = tuple(
    dict.fromkeys(
        [
            "private-key",
            *(s.kind for s in SHAPES),
            "aws-secret-key",
            "url-password",
            "bearer",
            "auth-header",
            "flag-secret",
            "env-assignment",
            "config-secret",
            "prose-secret",
        ]
    )
)
_PRIO = {k: i for i, k in enumerate(KINDS)}


def _raw_findings(text: str) -> list[Found]:
    out: list[Found] = []
    find_private_keys(text, out)
    find_shapes(text, out)
    low = lowered(text)
    spans = name_spans(text, low)
    find_slots(text, low, spans, out)
    find_prose(text, spans, out)
    find_sign_in(text, low, out)
    find_foreign(text, low, out)
    return [f for f in out if f[1] > f[0]]


def find_secrets(text: str) -> list[Finding]:
    """All secret values in `text`, sorted by start, overlapping hits merged.

    Overlaps (e.g. ``OPENAI_API_KEY=sk-...`` hit by both the key-shape and the
    assignment rule) merge into one span so nothing leaks at the edges; the most
    specific rule names the kind.
    """
    if not text:
        return []
    raw = _raw_findings(text)
    if not raw:
        return []
    raw.sort(key=lambda f: (f[0], -f[1]))
    merged: list[list[Any]] = []
    for s, e, kind in raw:
        if merged and s < merged[-1][1]:
            cur = merged[-1]
            cur[1] = max(cur[1], e)
            if _PRIO[kind] < _PRIO[cur[2]]:
                cur[2] = kind
        else:
            merged.append([s, e, kind])
    return [Finding(kind, s, e) for s, e, kind in merged]


_GAP = 2048


def _replace(text: str, findings: list[Finding]) -> tuple[str, list[tuple[int, int]]]:
    """`text` with `findings` replaced, and the lines around each replacement in it.

    Every detector looks at most one line around a value, so only those lines can hold
    what a replacement newly exposed; one more line each side is margin.
    """
    parts: list[str] = []
    windows: list[tuple[int, int]] = []
    pos = out_len = 0
    for f in findings:
        parts.append(text[pos : f.start])
        out_len += f.start - pos
        windows.append((out_len, out_len + len(REDACTED)))
        parts.append(REDACTED)
        out_len += len(REDACTED)
        pos = f.end
    parts.append(text[pos:])
    new = "".join(parts)
    merged: list[tuple[int, int]] = []
    for s, e in windows:
        s, e = _lines_around(new, s, e)
        if merged and s <= merged[-1][1] + _GAP:  # one scan beats many small ones
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return new, merged


def _lines_around(text: str, start: int, end: int) -> tuple[int, int]:
    """From the start of the line before `start` to the end of the line after `end`."""
    nl = text.rfind("\n", 0, start)
    first = text.rfind("\n", 0, nl) + 1 if nl > 0 else 0
    nl = text.find("\n", end)
    last = text.find("\n", nl + 1) if nl != -1 else -1
    return first, len(text) if last == -1 else last


def redact(text: str) -> str:
    """`text` with every secret value replaced by REDACTED; names, flags and hosts kept.

    Re-scans until nothing is found, so the result is a fixed point: a value glued to a
    secret (``-----END ... KEY-----sk-...``) only becomes a token once its neighbour is
    replaced, and ``redact(redact(x)) == redact(x)`` must hold for stored text. The
    re-scans cover only the lines around what was replaced: one secret in a long tool
    output must not double the cost of storing it.
    """
    findings = find_secrets(text)
    for _ in range(4):
        if not findings:
            break
        text, windows = _replace(text, findings)
        findings = [
            Finding(f.kind, f.start + s, f.end + s)
            for s, e in windows
            for f in find_secrets(text[s:e])
        ]
    return text


def clip(text: str, limit: int) -> str:
    """The first `limit` characters of `text`, redacted first: a token cut short is no
    longer the shape a rule knows (`pat...` one hex short of 64), yet nearly all of it."""
    return redact(text)[:limit]


def contains_secret(text: str) -> bool:
    """True if `text` holds anything `redact` would replace."""
    return bool(find_secrets(text))


def redact_obj(obj: Any) -> Any:
    """Recursively redact every str in dicts/lists/tuples (JSON evidence, tool-call args).

    Dict keys are kept as they are, but a key-like key makes its string value a
    secret even without context: ``{"password": "hunter2"}`` -> ``{"password": "[REDACTED]"}``.
    Other values (numbers, None, bytes, objects) are returned unchanged.
    """
    if isinstance(obj, str):
        return redact(obj)
    if isinstance(obj, dict):
        out = {}
        for k, v in obj.items():
            if isinstance(k, str) and isinstance(v, str) and "\n" not in v:
                level = name_level(k)
                if level and value_is_secret(v.strip(), level, unquoted=False):
                    out[k] = REDACTED
                    continue
            out[k] = redact_obj(v)
        return out
    if isinstance(obj, list):
        return [redact_obj(v) for v in obj]
    if isinstance(obj, tuple):
        items = [redact_obj(v) for v in obj]
        return type(obj)(*items) if hasattr(obj, "_fields") else tuple(items)  # namedtuple
    return obj
