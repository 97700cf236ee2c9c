"""The one extraction call per turn, shared by every store that wants model extraction.

A cheap pre-filter decides whether a turn may hold anything durable (a team
priority, a convention, a preference, a gotcha); most turns ("fix this test",
"thanks") make no call at all. When it runs, the model gets the turn's
transcript, what each store is looking for, and related learnings it may
update or contradict, and answers with one JSON object.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol

from gcode.records import Learning, short_id
from gcode.turn import Turn

if TYPE_CHECKING:
    from gcode.store_api import LearningStore

MAX_TRANSCRIPT_CHARS = 8000
MAX_ITEMS = 6
MAX_CONTENT_CHARS = 400

# Statements people make that are worth keeping: team context, conventions, constraints,
# preferences, environment facts. Questions and commands alone don't match.
_SIGNALS = re.compile(
    r"\b(we|we're|we've|we'll|our|ours|team|teammates?|company|org|everyone|nobody|"
    r"always|never|don't|do not|must|mustn't|should(?:n't)?|need(?:s)? to|have to|has to|"
    r"prefer|preference|i like|i'd like|i want|i hate|please (?:always|never|don't)|"
    r"remember|note that|keep in mind|fyi|heads up|gotcha|careful|make sure|"
    r"requires?|required|only works|doesn't work|won't work|broken|deprecated|flaky|"
    r"instead of|rather than|policy|convention|rule|budget|deadline|trying to|planning to|"
    r"goal|priority|priorities|moving to|migrating|switching|cutting|reduce|reducing)\b",
    re.IGNORECASE,
)
_TRIVIAL = re.compile(r"^\s*(hi|hello|hey|thanks|thank you|ok|okay|yes|no|sure|cool|great|"
                      r"nice|lgtm|continue|go on|go ahead|do it)\b[\s.!?]*$", re.IGNORECASE)


def _user_texts(turn: Turn) -> list[str]:
    texts = [str(m["content"]) for m in turn.messages
             if m.get("role") == "user" and isinstance(m.get("content"), str)]
    return texts or [turn.user_message]


_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")


def statements(text: str) -> list[str]:
    """The sentences of `text` that are not questions: questions ask, statements teach."""
    return [s for s in _SENTENCE.split(text) if s.strip() and not s.rstrip().endswith("?")]


def worth_extracting(turn: Turn) -> bool:
    """True when the turn's user text states something that could be a durable learning."""
    for text in _user_texts(turn):
        if _TRIVIAL.match(text) or len(text.split()) < 3:
            continue
        if any(_SIGNALS.search(sentence) for sentence in statements(text)):
            return True
    return False


def _clip(text: str, limit: int) -> str:
    text = text.strip()
    return text if len(text) <= limit else text[: limit - 20] + " …[truncated]"


def transcript(turn: Turn) -> str:
    """The turn as plain text for the extraction prompt: user, tool activity, answer."""
    parts: list[str] = []
    for msg in turn.messages:
        role = msg.get("role")
        content = msg.get("content")
        if role == "user" and isinstance(content, str):
            parts.append(f"USER: {_clip(content, 3000)}")
        elif role == "assistant":
            for call in msg.get("tool_calls") or []:
                fn = call.get("function", {})
                parts.append(f"TOOL CALL {fn.get('name')}: {_clip(str(fn.get('arguments')), 300)}")
            if isinstance(content, str) and content.strip():
                parts.append(f"ASSISTANT: {_clip(content, 2000)}")
        elif role == "tool" and isinstance(content, str):
            parts.append(f"TOOL RESULT: {_clip(content, 300)}")
    if not parts:
        parts.append(f"USER: {turn.user_message}")
        if turn.final_text:
            parts.append(f"ASSISTANT: {turn.final_text}")
    text = "\n".join(parts)
    return text if len(text) <= MAX_TRANSCRIPT_CHARS else text[-MAX_TRANSCRIPT_CHARS:]


SYSTEM = """You maintain a coding team's shared knowledge base. From ONE turn of a conversation \
between a developer and their coding agent, extract only durable learnings that will help in \
FUTURE sessions (for this developer or teammates): team goals and constraints, conventions, how to \
run/build/test things, environment requirements, gotchas, personal preferences. Do NOT extract the \
task itself, one-off details, guesses, or anything the agent merely suggested. Never include \
secrets (keys, tokens, passwords). Write each learning as one short, self-contained sentence in \
the third person (e.g. "The team is trying to cut egress costs."). If a learning updates or \
contradicts an existing one listed below, give that one's id in "supersedes". Output JSON only: \
{"learnings": [{"store": "<store>", "kind": "<kind>", "content": "<sentence>", \
"supersedes": "<id or null>"}]} — an empty list when nothing is worth keeping."""


def build_messages(turn: Turn, stores: dict[str, LearningStore],
                   related: Sequence[Learning]) -> list[dict[str, Any]]:
    lines = ["Stores (choose one per learning):"]
    for name, store in stores.items():
        kinds = ", ".join(store.kinds)
        lines.append(f"- {name}: {store.extract} (kinds: {kinds})")
    if related:
        lines.append("\nExisting learnings that may be related:")
        lines.extend(f"- [{short_id(r.id)}] ({r.store}) {r.content}" for r in related)
    lines.append("\nThe turn:\n" + transcript(turn))
    return [{"role": "system", "content": SYSTEM}, {"role": "user", "content": "\n".join(lines)}]


def parse_items(data: Any, stores: dict[str, LearningStore]) -> list[dict[str, Any]]:
    """Keep only well-formed items for known stores; the model's JSON is untrusted input."""
    if isinstance(data, str):
        try:
            data = json.loads(data)
        except ValueError:
            return []
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
                      "supersedes": supersedes if isinstance(supersedes, str) else None})
    return items


class JsonModel(Protocol):
    """What extraction needs of a model: one request whose answer is a JSON value."""

    def complete_json(self, messages: list[dict[str, Any]]) -> Any: ...


def extract(llm: JsonModel, turn: Turn, stores: dict[str, LearningStore],
            related: Sequence[Learning]) -> list[dict[str, Any]]:
    """Make the single extraction call and return validated items."""
    data = llm.complete_json(build_messages(turn, stores, related))
    return parse_items(data, stores)
