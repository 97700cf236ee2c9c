"""Compaction: the earlier conversation replaced by a summary the model writes, in one request.

Used by `/compact [INSTRUCTIONS]` and automatically when the next request would not fit the
model's context window (instead of silently dropping the oldest turns). The summary request
itself must fit the window, so the transcript it is given is clipped: long tool output keeps
its head and tail, an earlier summary is always kept whole, and only if that is still too
long are the oldest messages in between left out (and the summary is told so).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from gcode.errors import GcodeError
from gcode.llm import Completion
from gcode.transcript import is_summary, summary_text
from gcode.turn import Usage, chars_to_tokens, estimate_tokens

if TYPE_CHECKING:
    from gcode.llm import LLM

SUMMARY_SYSTEM = """\
You compact a coding session between a user and a coding agent, so that the agent can go on \
without the full transcript. Write a summary that keeps everything needed to continue:
- what the user asked for and wants, in their words where it matters;
- facts the user stated (names, numbers, versions, constraints, preferences), exactly;
- decisions made and why; what was tried and did not work;
- files read or changed, and what changed in them; commands run and how they turned out;
- what is still open, and the next step.
If the transcript begins with an earlier summary, carry its content over: nothing in it may be \
lost. Write plain Markdown, no preamble, as short as completeness allows."""

USER_CHARS = 4000  # per user or assistant message
TOOL_CHARS = 1200  # per tool call or result: head and tail survive
# Of the context window: compact once a request would grow past COMPACT_AT, so that what is
# compacted (at most that much) fits the summary request's room, SUMMARY_SHARE.
COMPACT_AT = 0.7
SUMMARY_SHARE = 0.75


@dataclass
class Compaction:
    summary: str
    messages: int  # messages the summary replaced
    tokens_before: int
    tokens_after: int
    usage: Usage | None = None
    omitted: int = 0  # messages too many to show the summariser (the oldest ones)


def _clip(text: str, limit: int) -> str:
    text = text.strip()
    if len(text) <= limit:
        return text
    head = limit * 2 // 3
    return f"{text[:head]}\n[... {len(text) - limit} characters left out ...]\n" \
           f"{text[len(text) - (limit - head):]}"


def _content(msg: dict[str, Any]) -> str:
    content = msg.get("content")
    if isinstance(content, str):
        return content
    if isinstance(content, list):  # content parts: text kept, images named
        return "\n".join(str(p.get("text") or "") if p.get("type") == "text" else "[an image]"
                         for p in content if isinstance(p, dict))
    return ""


def render(msg: dict[str, Any]) -> str:
    """One message as a transcript entry for the summariser."""
    role = msg.get("role")
    if is_summary(msg):
        return f"EARLIER SUMMARY:\n{summary_text(msg)}"
    if role == "user":
        return f"USER: {_clip(_content(msg), USER_CHARS)}"
    if role == "assistant":
        parts = []
        if _content(msg).strip():
            parts.append(f"ASSISTANT: {_clip(_content(msg), USER_CHARS)}")
        for call in msg.get("tool_calls") or []:
            fn = call.get("function") or {}
            parts.append(f"TOOL CALL {fn.get('name')}: "
                         f"{_clip(str(fn.get('arguments') or ''), TOOL_CHARS)}")
        return "\n".join(parts)
    if role == "tool":
        return f"TOOL RESULT: {_clip(_content(msg), TOOL_CHARS)}"
    return ""


def transcript(messages: list[dict[str, Any]], max_chars: int) -> tuple[str, int]:
    """The messages as text within `max_chars`; (text, how many of the oldest were left out).
    An earlier summary is never left out: it holds everything before it."""
    entries = [e for e in (render(m) for m in messages) if e]
    pinned = [e for e in entries if e.startswith("EARLIER SUMMARY:")][-1:]
    rest = [e for e in entries if not e.startswith("EARLIER SUMMARY:")]
    size = sum(len(e) + 2 for e in pinned + rest)
    omitted = 0
    while rest and size > max_chars:
        size -= len(rest.pop(0)) + 2
        omitted += 1
    middle = [f"[... {omitted} earlier messages left out: too long to summarise at once ...]"] \
        if omitted else []
    return "\n\n".join(pinned + middle + rest), omitted


def request(messages: list[dict[str, Any]], instructions: str, window_tokens: int
            ) -> tuple[list[dict[str, Any]], int]:
    """The summary request's messages (system + one user message), sized for the window."""
    room = int(window_tokens * SUMMARY_SHARE) * 4 - len(SUMMARY_SYSTEM) - len(instructions) - 400
    text, omitted = transcript(messages, max(room, 2000))
    ask = "Summarise this conversation."
    if instructions.strip():
        ask += f" The user asks you to focus on: {instructions.strip()}"
    user = f"{ask}\n\n<transcript>\n{text}\n</transcript>"
    return [{"role": "system", "content": SUMMARY_SYSTEM}, {"role": "user", "content": user}], \
        omitted


def summarize(llm: LLM, messages: list[dict[str, Any]], instructions: str,
              window_tokens: int) -> tuple[str, Usage | None, int]:
    """One model request: (summary, usage, messages left out of what the model saw)."""
    sent, omitted = request(messages, instructions, window_tokens)
    completion: Completion | None = None
    for event in llm.stream_chat(sent, None):
        if isinstance(event, Completion):
            completion = event
    summary = (completion.content if completion is not None else "").strip()
    if not summary:
        raise GcodeError("the model returned an empty summary")
    limit = int(window_tokens * 0.25) * 4  # a summary that would itself fill the window is cut
    if len(summary) > limit:
        summary = summary[:limit] + "\n[... summary cut to fit the context window ...]"
    return summary, completion.usage if completion is not None else None, omitted


def messages_tokens(messages: list[dict[str, Any]]) -> int:
    """Rough token count of chat messages: enough to decide when to compact. An image counts
    as a fixed number of tokens, not as the length of its base64 text."""
    size = 0
    images = 0
    for m in messages:
        content = m.get("content")
        if isinstance(content, list):
            for part in content:
                if isinstance(part, dict) and part.get("type") == "image_url":
                    images += 1
                else:
                    size += len(json.dumps(part))
        else:
            size += len(content if isinstance(content, str) else json.dumps(content or ""))
        size += 16
        for c in m.get("tool_calls") or []:
            size += len(c.get("function", {}).get("arguments") or "") + 32
    return chars_to_tokens(size) + images * IMAGE_TOKENS


IMAGE_TOKENS = 1000  # what one image costs a vision model, roughly (OpenAI: 85 to ~1,100)


def needed(system: str, messages: list[dict[str, Any]], window: int, extra: int = 0) -> bool:
    """Would this request grow past the point where compaction should happen? `extra`: what
    else it sends (the tool schemas)."""
    return estimate_tokens(system) + messages_tokens(messages) + extra > window * COMPACT_AT
