"""The extraction call, shared by every store that wants model extraction, over a batch of turns.

No cue words decide whether a turn is worth it: every turn in which the user states
something (gcode/capture.py: not a question, a request, an acknowledgement or a remark about
the session) is a candidate, in any language, and the model decides what is durable. To keep
the cost at most one request per turn on average, candidate turns wait and one call covers
several of them (gcode/learning.py decides when). The model sees only the user's statements,
with what the agent did for context, what each store is looking for, related learnings it may
update or contradict, and hand-taught learnings still waiting for an "applies when" trigger;
it answers with one JSON object.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from gcode.capture import candidates
from gcode.capture_probe import Judge
from gcode.records import Learning, short_id
from gcode.redact import redact
from gcode.turn import Turn

if TYPE_CHECKING:
    from gcode.store_api import LearningStore

MAX_TRANSCRIPT_CHARS = 8000
MAX_ITEMS = 12
MAX_CONTENT_CHARS = 400
MAX_TRIGGER_CHARS = 300
CONTEXT_CHARS = 300


@dataclass
class PendingTurn:
    """A turn whose statements wait for the next extraction call, and where it sits in its
    session's stored transcript (`before`/`upto`: message seqs; None when not stored)."""

    session_id: str
    index: int
    statements: list[str]
    context: str = ""
    before: int | None = None
    upto: int | None = None
    failures: int = field(default=0, compare=False)

    @property
    def size(self) -> int:
        return sum(len(s) + 7 for s in self.statements) + len(self.context)


def user_texts(turn: Turn) -> list[str]:
    texts = [str(m["content"]) for m in turn.messages
             if m.get("role") == "user" and isinstance(m.get("content"), str)]
    return texts or ([turn.user_message] if not turn.messages else [])


def turn_statements(texts: Sequence[str], judge: Judge | None = None) -> list[str]:
    """The candidate statements of a turn's user messages (redacted), in order, once each
    (`judge`: gcode.capture_probe's second opinion, when the embedder has one)."""
    return list(dict.fromkeys(s for text in texts for s in candidates(text, judge)))


def turn_context(turn: Turn) -> str:
    """What the agent did in the turn, briefly: commands and how they ended, its answer."""
    parts = []
    for run in turn.tool_runs[:6]:
        if run.command:
            code = "timed out" if run.timed_out else f"exit {run.exit_code}"
            parts.append(f"ran `{_clip(run.command, 120)}` ({code})")
    if turn.final_text.strip():
        parts.append("answered: " + _clip(" ".join(turn.final_text.split()), CONTEXT_CHARS))
    return redact("; ".join(parts))


def _clip(text: str, limit: int) -> str:
    text = text.strip()
    return text if len(text) <= limit else text[: limit - 20] + " …[truncated]"


SYSTEM = """You maintain a coding team's shared knowledge base. You are shown what a developer \
stated in one or more turns of a conversation with their coding agent (with what the agent did, \
for context only). Extract only durable learnings that will help in FUTURE sessions (for this \
developer or teammates): team goals and constraints, conventions, how to run/build/test things, \
environment requirements, gotchas, ownership, personal preferences (in the store for the user's \
own memory). Do NOT extract the task of the moment, one-off details, anything about this session \
or this change ("today", "the PR", a branch being rebased), guesses, or what the agent merely \
suggested. Never include secrets (keys, tokens, passwords, logins). Write each learning as one \
short, self-contained sentence in English, in the third person (e.g. "The team is trying to cut \
egress costs."), and give "applies_when": a short phrase saying which future tasks or questions \
it bears on, naming kinds of tasks and concrete examples in the words a developer would use, \
which may share no word with it, well-known tools or products people would name included (e.g. \
for the egress goal: "choosing vendors, SaaS monitoring or logging tools like Datadog or Grafana \
Cloud, CDNs, serving downloads, cross-region copies, anything that moves data out of the \
cloud"). If a learning updates or contradicts an existing one listed below, give that one's id \
in "supersedes". For each learning listed as needing a trigger, give its "applies_when" in \
"triggers" and, if it replaces an older learning listed under it, that one's id in \
"supersedes". Output JSON only: {"learnings": [{"store": "<store>", "kind": "<kind>", \
"content": "<sentence>", "applies_when": "<phrase>", "supersedes": "<id or null>"}], \
"triggers": [{"id": "<id>", "applies_when": "<phrase>", "supersedes": "<id or null>"}]} with \
empty lists when nothing is worth keeping."""


def _transcript(batch: Sequence[PendingTurn]) -> str:
    parts: list[str] = []
    for n, turn in enumerate(batch, 1):
        parts.append(f"Turn {n}:")
        parts.extend(f"USER: {_clip(s, 1000)}" for s in turn.statements)
        if turn.context:
            parts.append(f"(agent, for context) {turn.context}")
    text = "\n".join(parts)
    return text if len(text) <= MAX_TRANSCRIPT_CHARS else text[-MAX_TRANSCRIPT_CHARS:]


def needing_lines(needing: Sequence[Learning],
                  offered: Mapping[str, Sequence[Learning]] | None = None) -> list[str]:
    """The learnings a trigger is asked for, each with the older ones it may replace."""
    lines = []
    for rec in needing:
        lines.append(f"- [{short_id(rec.id)}] ({rec.store}) "
                     f"{_clip(rec.content, MAX_CONTENT_CHARS)}")
        lines.extend(f"    older, it may replace: [{short_id(old.id)}] "
                     f"{_clip(old.content, MAX_CONTENT_CHARS)}"
                     for old in (offered or {}).get(rec.id, ()))
    return lines


def build_messages(batch: Sequence[PendingTurn], stores: dict[str, LearningStore],
                   related: Sequence[Learning], needing: Sequence[Learning] = (),
                   contradicted: Sequence[Learning] = (),
                   offered: Mapping[str, Sequence[Learning]] | None = None
                   ) -> list[dict[str, Any]]:
    lines = ["Stores (choose one per learning):"]
    for name, store in stores.items():
        kinds = ", ".join(store.kinds)
        lines.append(f"- {name}: {store.extract} (kinds: {kinds})")
    if contradicted:
        lines.append("\nExisting learnings the statements may contradict (if a learning "
                     "replaces one, give its id in \"supersedes\"):")
        lines.extend(f"- [{short_id(r.id)}] ({r.store}) {r.content}" for r in contradicted)
    if related:
        lines.append("\nExisting learnings that may be related:")
        lines.extend(f"- [{short_id(r.id)}] ({r.store}) {r.content}" for r in related)
    if needing:
        lines.append("\nLearnings taught by hand that need a trigger (answer in \"triggers\"):")
        lines.extend(needing_lines(needing, offered))
    if batch:
        lines.append(f"\nWhat the developer stated ({len(batch)} turn(s)):\n" + _transcript(batch))
    return [{"role": "system", "content": SYSTEM}, {"role": "user", "content": "\n".join(lines)}]


def _loads(data: Any) -> Any:
    if isinstance(data, str):
        try:
            return json.loads(data)
        except ValueError:
            return None
    return data


def _trigger(value: Any) -> str:
    return _clip(" ".join(value.split()), MAX_TRIGGER_CHARS) if isinstance(value, str) else ""


def parse_items(data: Any, stores: dict[str, LearningStore]) -> list[dict[str, Any]]:
    """Keep only well-formed items for known stores; the model's JSON is untrusted input."""
    data = _loads(data)
    raw = data.get("learnings") if isinstance(data, dict) else data
    if not isinstance(raw, list):
        return []
    items = []
    for item in raw[:MAX_ITEMS]:
        if not isinstance(item, dict) or item.get("store") not in stores:
            continue
        content = item.get("content")
        if not isinstance(content, str) or not content.strip():
            continue
        kinds = stores[item["store"]].kinds
        kind = item.get("kind") if item.get("kind") in kinds else kinds[0]
        supersedes = item.get("supersedes")
        items.append({"store": item["store"], "kind": kind,
                      "content": _clip(content, MAX_CONTENT_CHARS),
                      "applies_when": _trigger(item.get("applies_when")),
                      "supersedes": supersedes if isinstance(supersedes, str) else None})
    return items


@dataclass
class TriggerAnswers:
    """What the model said of the hand-taught learnings it was shown: their triggers, and
    which older learning each replaces (only among those gcode offered for it)."""

    triggers: dict[str, str] = field(default_factory=dict)  # record id -> trigger
    replaced: dict[str, str] = field(default_factory=dict)  # record id -> id it replaces


def parse_triggers(data: Any, needing: Sequence[Learning],
                   offered: Mapping[str, Sequence[Learning]] | None = None) -> TriggerAnswers:
    """Triggers (and replacements) for the records that were asked about only: the model's
    JSON is untrusted, so it can retire nothing gcode did not offer."""
    data = _loads(data)
    raw = data.get("triggers") if isinstance(data, dict) else None
    answers = TriggerAnswers()
    if not isinstance(raw, list):
        return answers
    by_ref = {short_id(r.id): r.id for r in needing} | {r.id: r.id for r in needing}
    for item in raw:
        if not isinstance(item, dict) or not isinstance(item.get("id"), str):
            continue
        rid = by_ref.get(item["id"].strip("[] "))
        if rid is None:
            continue
        trigger = _trigger(item.get("applies_when"))
        if trigger:
            answers.triggers[rid] = trigger
        old = item.get("supersedes")
        if isinstance(old, str):
            olds = {ref: o.id for o in (offered or {}).get(rid, ())
                    for ref in (o.id, short_id(o.id))}
            if (old_id := olds.get(old.strip("[] "))) is not None:
                answers.replaced[rid] = old_id
    return answers


class JsonModel(Protocol):
    """What extraction needs of a model: one request whose answer is a JSON value."""

    def complete_json(self, messages: list[dict[str, Any]]) -> Any: ...


def extract(llm: JsonModel, batch: Sequence[PendingTurn], stores: dict[str, LearningStore],
            related: Sequence[Learning], needing: Sequence[Learning] = (),
            contradicted: Sequence[Learning] = (),
            offered: Mapping[str, Sequence[Learning]] | None = None
            ) -> tuple[list[dict[str, Any]], TriggerAnswers]:
    """Make the single extraction call for a batch: validated items, and the triggers (and
    replacements) of the hand-taught learnings it took along."""
    data = llm.complete_json(build_messages(batch, stores, related, needing, contradicted,
                                            offered))
    return parse_items(data, stores), parse_triggers(data, needing, offered)
