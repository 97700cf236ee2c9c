"""Reading what a model server sends: streamed chunks, reasoning, and tool calls however
they arrive (split over chunks, whole, without an index, twice, truncated, or as JSON text),
and content as a string or as a list of parts.

Everything here is pure: no network, no SDK import. What leaves this module for the
transcript is always valid: tool-call arguments are a JSON object (`{}` when the model's
text could not be read, the parse error going to the tool result instead), and an
answer carries no `<think>` block. Servers (vLLM, Ollama, llama.cpp, LiteLLM) `json.loads`
the arguments in history and refuse the whole request when one is malformed.
"""

from __future__ import annotations

import json
import random
import re
import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from gcode.errors import GcodeError
from gcode.turn import Usage

THINK_OPEN = "<think>"
THINK_CLOSE = "</think>"
_THINK_BLOCK = re.compile(r"<think>.*?(</think>|$)", re.DOTALL)


def new_call_id() -> str:
    """Nine letters and digits: the one id format every server accepts (Mistral's rule)."""
    return "".join(random.choices(string.ascii_letters + string.digits, k=9))


# -- tool calls -------------------------------------------------------------------------------


@dataclass
class ToolCall:
    id: str
    name: str
    arguments: str  # JSON text to run with; may be malformed (the tool then reports why)
    extra: dict[str, Any] = field(default_factory=dict)  # e.g. Gemini's thought signature

    def to_message(self) -> dict[str, Any]:
        """The call as history carries it: arguments always a JSON object."""
        msg = {"id": self.id, "type": "function",
               "function": {"name": self.name, "arguments": history_arguments(self.arguments)}}
        msg.update(self.extra)
        return msg


def history_arguments(raw: Any) -> str:
    """`raw` if it is a JSON object's text, else "{}" (never an empty or broken string)."""
    if isinstance(raw, Mapping):
        return json.dumps(raw)
    if isinstance(raw, str):
        try:
            if isinstance(json.loads(raw), dict):
                return raw
        except ValueError:
            pass
    return "{}"


def repair_arguments(raw: str) -> str:
    """Arguments as a JSON object's text when the fault is unambiguous, else `raw` unchanged.

    Two faults are repaired, both seen in real streams: closing brackets lost at the end
    (vLLM's hermes parser drops the final `}`, vllm#32152) and the whole object sent twice
    (vllm#42167, `{...}{...}`). Text cut inside a string is not: closing the string would
    change the value (a truncated path or command must not run).
    """
    text = raw.strip()
    if not text:
        return "{}"
    try:
        json.loads(text)
        return raw  # valid JSON (an object, or something the tool will refuse)
    except ValueError:
        pass
    decoder = json.JSONDecoder()
    for candidate in (text, text[1:] if text.startswith("{{") else ""):
        try:
            first, end = decoder.raw_decode(candidate)
        except ValueError:
            continue
        rest = candidate[end:].strip()
        if not isinstance(first, dict):
            continue
        if not rest and candidate is not text:  # `{{...}`: one brace too many
            return json.dumps(first)
        try:
            if rest and json.loads(rest) == first:  # the same object twice
                return json.dumps(first)
        except ValueError:
            pass
    closed = _close_brackets(text)
    if closed is not None:
        try:
            if isinstance(json.loads(closed), dict):
                return closed
        except ValueError:
            pass
    return raw


def _close_brackets(text: str) -> str | None:
    stack: list[str] = []
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "{[":
            stack.append("}" if ch == "{" else "]")
        elif ch in "}]":
            if not stack or stack.pop() != ch:
                return None
    if in_string or not stack or text.rstrip()[-1] in ",:":
        return None
    return text + "".join(reversed(stack))


# -- tool calls written as text ---------------------------------------------------------------

_FENCE = re.compile(r"^```(?:json|tool_call|function_call|tool_code)?\s*\n?(.*?)\n?```$", re.DOTALL)
_TAGGED = re.compile(r"<tool_call>\s*(.*?)\s*</tool_call>", re.DOTALL)
_MISTRAL = re.compile(r"^\[TOOL_CALLS\]\s*(.*)$", re.DOTALL)
_MISTRAL_NAMED = re.compile(r"^([A-Za-z_][\w.-]*)\s*(\{.*\})$", re.DOTALL)
_XML_FUNCTION = re.compile(r"^<function=([^>\s]+)>(.*?)</function>$", re.DOTALL)
_XML_PARAMETER = re.compile(r"<parameter=([^>\s]+)>\n?(.*?)\n?</parameter>", re.DOTALL)
_DEEPSEEK = re.compile(r"<｜tool▁call▁begin｜>function<｜tool▁sep｜>([^\s<]+)\s*```(?:json)?\s*"
                       r"(.*?)\s*```\s*<｜tool▁call▁end｜>", re.DOTALL)
_BRACKETED = re.compile(r"^\[tool_call:\s*([A-Za-z_][\w.-]*)\s*(\{.*\})\s*\]$", re.DOTALL)
CALL_PREFIXES = ("{", "[{", "```json", "```tool_call", "```function_call", "<tool_call>",
                 "[TOOL_CALLS]", "<｜tool▁calls▁begin｜>", "[tool_call:")


def _json_values(text: str) -> list[Any] | None:
    """Every JSON value in `text`, one after another (whitespace between), or None."""
    decoder, values, pos = json.JSONDecoder(), [], 0
    text = text.strip()
    while pos < len(text):
        try:
            value, pos = decoder.raw_decode(text, pos)
        except ValueError:
            return None
        values.append(value)
        while pos < len(text) and text[pos] in " \t\r\n,;":
            pos += 1
    return values


def _as_call(obj: Any, tools: Mapping[str, Mapping[str, Any]]) -> tuple[str, str] | None:
    if not isinstance(obj, dict):
        return None
    if obj.get("type") == "function" and isinstance(obj.get("function"), dict):
        obj = obj["function"]
    name = obj.get("name")
    args = obj.get("arguments", obj.get("parameters", {}))
    if isinstance(args, str):
        try:
            args = json.loads(args) if args.strip() else {}
        except ValueError:
            return None
    extra = set(obj) - {"name", "arguments", "parameters", "type", "id"}
    if not isinstance(name, str) or name not in tools or not isinstance(args, dict) or extra:
        return None
    schema = tools[name]
    props = schema.get("properties") or {}
    if set(args) - set(props) or set(schema.get("required") or []) - set(args):
        return None  # not exactly the offered tool: this is prose about JSON, not a call
    return name, json.dumps(args)


def _xml_call(name: str, body: str, tools: Mapping[str, Mapping[str, Any]]) -> Any:
    """A Qwen3-Coder XML call as {"name", "arguments"}; values typed by the tool's schema."""
    props = (tools.get(name) or {}).get("properties") or {}
    args: dict[str, Any] = {}
    for key, value in _XML_PARAMETER.findall(body):
        kind = (props.get(key) or {}).get("type") if isinstance(props.get(key), dict) else None
        if kind in ("integer", "number", "boolean", "object", "array"):
            try:
                args[key] = json.loads(value)
            except ValueError:
                return None
        else:
            args[key] = value
    if _XML_PARAMETER.sub("", body).strip():
        return None
    return {"name": name, "arguments": args}


def text_tool_calls(content: str, tools: Mapping[str, Mapping[str, Any]]
                    ) -> list[tuple[str, str]] | None:
    """The tool calls a model wrote as text instead of `tool_calls` (Llama's JSON, Hermes'
    `<tool_call>` tags, Mistral's `[TOOL_CALLS]`), when the whole answer is calls to offered
    tools with exactly their parameters; else None. `tools`: name -> JSON schema."""
    text = content.strip()
    if not text or not tools:
        return None
    fenced = _FENCE.match(text)
    if fenced:
        text = fenced.group(1).strip()
    tagged = _TAGGED.findall(text)
    parts: list[Any] = []
    if text.startswith("<｜tool▁calls▁begin｜>"):  # DeepSeek's own markup
        found = _DEEPSEEK.findall(text)
        rest = _DEEPSEEK.sub("", text).replace("<｜tool▁calls▁begin｜>", "")
        if not found or rest.replace("<｜tool▁calls▁end｜>", "").strip():
            return None
        parts = [{"name": name, "arguments": args} for name, args in found]
    elif (bracketed := _BRACKETED.match(text)) is not None:  # Gemini through web proxies
        parts = [{"name": bracketed.group(1), "arguments": bracketed.group(2)}]
    elif tagged:
        if _TAGGED.sub("", text).strip():
            return None
        for block in tagged:
            xml = _XML_FUNCTION.match(block.strip())
            if xml is not None:  # Qwen3-Coder: <function=NAME><parameter=P>value</parameter>
                parts.append(_xml_call(xml.group(1), xml.group(2), tools))
                continue
            values = _json_values(block)
            if values is None:
                return None
            parts.extend(values)
    else:
        mistral = _MISTRAL.match(text)
        if mistral:
            text = mistral.group(1).strip()
            named = _MISTRAL_NAMED.match(text)
            if named:
                text = json.dumps({"name": named.group(1), "arguments": named.group(2)})
        values = _json_values(text)
        if values is None:
            return None
        parts = [v for value in values for v in (value if isinstance(value, list) else [value])]
    calls = [_as_call(p, tools) for p in parts]
    if not calls or any(c is None for c in calls):
        return None
    return [c for c in calls if c is not None]


def could_be_text_call(text: str) -> bool:
    """Might this (start of an) answer be a tool call written as text? Then hold it back."""
    head = text.lstrip()[:16]
    return any(head.startswith(p) or p.startswith(head) for p in CALL_PREFIXES) if head else True


# -- reasoning --------------------------------------------------------------------------------


def strip_think(text: str) -> str:
    """An answer without its `<think>` blocks (or the thought before a lone `</think>`)."""
    if THINK_CLOSE in text and THINK_OPEN not in text.split(THINK_CLOSE, 1)[0]:
        text = text.split(THINK_CLOSE, 1)[1]
    return _THINK_BLOCK.sub("", text).strip() if THINK_OPEN in text else text.strip()


class ThinkSplitter:
    """Splits streamed content into reasoning and answer at `<think>`/`</think>`, also when a
    tag is cut across chunks. DeepSeek-R1's template opens the block itself, so only
    `</think>` arrives: the text before a lone `</think>` was reasoning (`lone_close` says
    so, and the caller takes back what it already showed as answer). `prefilled`: a server
    known to do that, so its output starts inside the block."""

    def __init__(self, prefilled: bool = False) -> None:
        self.inside = prefilled
        self.prefilled = prefilled
        self.seen_tag = prefilled
        self.lone_close = False
        self.pending = ""
        self.started = False  # any answer text yet

    def feed(self, text: str) -> tuple[str, str]:
        """(reasoning, answer) in this piece; a possible partial tag waits for the next."""
        data = self.pending + text
        self.pending = ""
        thought: list[str] = []
        answer: list[str] = []
        while data:
            if self.inside:
                pos = data.find(THINK_CLOSE)
                if pos < 0:
                    keep = _partial_tag(data, THINK_CLOSE)
                    thought.append(data[:len(data) - keep])
                    self.pending = data[len(data) - keep:]
                    break
                thought.append(data[:pos])
                data = data[pos + len(THINK_CLOSE):]
                self.inside = False
                continue
            open_at = data.find(THINK_OPEN)
            close_at = -1 if self.seen_tag else data.find(THINK_CLOSE)
            if close_at >= 0 and (open_at < 0 or close_at < open_at):
                thought.append(data[:close_at])
                data = data[close_at + len(THINK_CLOSE):]
                self.lone_close = self.seen_tag = True
                self.started = False
                answer = []
                continue
            if open_at >= 0:
                answer.append(data[:open_at])
                data = data[open_at + len(THINK_OPEN):]
                self.inside = self.seen_tag = True
                continue
            keep = _partial_tag(data, THINK_OPEN)
            if not self.seen_tag:
                keep = max(keep, _partial_tag(data, THINK_CLOSE))
            answer.append(data[:len(data) - keep])
            self.pending = data[len(data) - keep:]
            break
        out_answer = "".join(answer)
        if not self.started:
            out_answer = out_answer.lstrip()
            self.started = bool(out_answer)
        return "".join(thought), out_answer

    def flush(self) -> tuple[str, str]:
        rest, self.pending = self.pending, ""
        return (rest, "") if self.inside else ("", rest)


def split_content(content: Any) -> tuple[str, str]:
    """(reasoning, answer) in a message's `content`: a string, or a list of parts (Mistral's
    Magistral: `thinking` parts, whose `thinking` is text or a list of text parts, then
    `text` parts)."""
    if isinstance(content, str):
        return "", content
    thought: list[str] = []
    text: list[str] = []
    for part in content if isinstance(content, list) else []:
        if isinstance(part, str):
            text.append(part)
        elif isinstance(part, Mapping) and part.get("type") == "thinking":
            inner = part.get("thinking")
            thought.append(inner if isinstance(inner, str) else split_content(inner)[1])
        elif isinstance(part, Mapping) and isinstance(part.get("text"), str):
            text.append(part["text"])
    return "".join(thought), "".join(text)


def _partial_tag(data: str, tag: str) -> int:
    """Length of the longest end of `data` that could start `tag`."""
    for n in range(min(len(tag) - 1, len(data)), 0, -1):
        if tag.startswith(data[-n:]):
            return n
    return 0


# -- one streamed response --------------------------------------------------------------------


@dataclass
class Completion:
    content: str
    tool_calls: list[ToolCall] = field(default_factory=list)
    usage: Usage | None = None
    finish_reason: str | None = None
    reasoning: str = ""
    usage_estimated: bool = False  # the server sent no usage: counted from characters


class StreamFault(Exception):
    """An error the server put inside a 200 response (a choice with `finish_reason: error`
    or an `error` member), or a stream that ended with nothing in it."""

    def __init__(self, message: str, body: Any = None) -> None:
        super().__init__(message)
        self.message = message
        self.body = body


# finish_reason values that say the server cut the answer off (an OpenAI "error" is
# handled with the error member): what came before is a fragment, asked for again
_INTERRUPTED = {"abort": "the model server aborted the answer",  # vLLM, SGLang
                "insufficient_system_resource": "the model server ran out of resources "
                                                "mid-answer"}  # DeepSeek


def interrupted(finish_reason: Any) -> StreamFault | None:
    """The fault a finish_reason reports, when it says the server broke off the answer."""
    why = _INTERRUPTED.get(str(finish_reason or ""))
    return StreamFault(f"{why} (finish_reason {finish_reason!r})") if why else None


def not_the_api(url: str, what: str) -> GcodeError:
    """The URL answered with something that is no OpenAI-compatible API (a web page, a
    proxy's login form, bytes that are not JSON): retrying will not change what it serves."""
    return GcodeError(f"the server at {url} answered with {what}, not the OpenAI API",
                      hint="check OPENAI_BASE_URL: most servers want the address that ends "
                           "with /v1 (e.g. http://localhost:11434/v1 for Ollama)")


def not_json(url: str, body: str | bytes) -> GcodeError:
    """`not_the_api` for a body that does not parse as JSON: empty, or malformed."""
    return not_the_api(url, "an empty response" if not body.strip() else "malformed JSON")


def unstreamed(stream: Any, url: str) -> Any | None:
    """A streamed request's whole answer when the server ignored `stream: true` and sent one
    JSON body (a ChatCompletion), or None when it streams. A web page instead of a stream,
    or a JSON body that is no answer, is `not_the_api`; a JSON error is a StreamFault."""
    from openai.types.chat import ChatCompletion

    response = getattr(stream, "response", None)
    headers = getattr(response, "headers", None) or {}
    kind = str(headers.get("content-type", "")).split(";")[0].strip().lower()
    if "html" in kind:
        raise not_the_api(url, "a web page (HTML)")
    if response is None or not kind.endswith("json"):
        return None  # an event stream, however labelled
    body = response.read()
    try:
        data = json.loads(body)
    except ValueError:
        raise not_json(url, body) from None
    if isinstance(data, dict) and data.get("error"):
        raise StreamFault(_error_message(data["error"]) or "the model server reported an error",
                          data["error"])
    if not isinstance(data, dict) or not isinstance(data.get("choices"), list):
        raise not_the_api(url, "JSON that is no chat completion")
    try:
        return ChatCompletion.model_validate(data)
    except ValueError:
        raise not_the_api(url, "JSON that is no chat completion") from None


def _extra(obj: Any, name: str) -> Any:
    value = getattr(obj, name, None)
    if value is None:
        extra = getattr(obj, "model_extra", None) or {}
        value = extra.get(name)
    return value


@dataclass
class Piece:
    """What one chunk added: reasoning, answer text, and whether the answer shown so far
    was in fact reasoning (a lone `</think>` arrived)."""

    reasoning: str = ""
    answer: str = ""
    retract: bool = False


class Accumulator:
    """Assembles one response from its chunks: answer, reasoning, tool calls, usage.

    Tool-call deltas are keyed by `index`; a server that reuses an index for a second call
    (a new `id` on the same index) gets a new call; one that sends whole calls without an
    index (Gemini, old Ollama) gets one call each; a missing id gets one made up.
    Reasoning comes from `reasoning_content` (DeepSeek, SGLang, llama.cpp), `reasoning`
    (vLLM since late 2025, Ollama) or `<think>` tags in the content.
    """

    def __init__(self, prefilled_think: bool = False) -> None:
        self.parts: list[str] = []
        self.thoughts: list[str] = []
        self.calls: list[dict[str, Any]] = []
        self.by_index: dict[Any, int] = {}
        self.usage: Usage | None = None
        self.finish_reason: str | None = None
        self.think = ThinkSplitter(prefilled_think)

    def add(self, chunk: Any) -> Piece:
        usage = getattr(chunk, "usage", None)
        if usage is not None and getattr(usage, "prompt_tokens", None) is not None:
            self.usage = Usage(int(getattr(usage, "prompt_tokens", 0) or 0),
                               int(getattr(usage, "completion_tokens", 0) or 0))
        piece = Piece()
        for choice in getattr(chunk, "choices", None) or []:
            if getattr(choice, "index", 0) not in (0, None):
                continue
            error = _extra(choice, "error")
            if choice.finish_reason == "error" or error:
                raise StreamFault(_error_message(error) or "the model server reported an error",
                                  error)
            fault = interrupted(choice.finish_reason)
            if fault is not None:
                raise fault
            if choice.finish_reason:
                self.finish_reason = choice.finish_reason
            delta = getattr(choice, "delta", None) or getattr(choice, "message", None)
            if delta is None:
                continue
            for tc in getattr(delta, "tool_calls", None) or []:
                self._add_call(tc)
            reasoning = _extra(delta, "reasoning_content") or _extra(delta, "reasoning")
            if isinstance(reasoning, str):
                piece.reasoning += reasoning
            content = getattr(delta, "content", None)
            if isinstance(content, list):  # content parts: thought and answer apart
                thought_part, content = split_content(content)
                piece.reasoning += thought_part
            if isinstance(content, str) and content:
                was_lone = self.think.lone_close
                thought, answer = self.think.feed(content)
                if self.think.lone_close and not was_lone and self.parts:
                    piece.retract = True  # what was shown as the answer was reasoning
                    piece.reasoning = "".join(self.parts) + piece.reasoning
                    self.parts = []
                piece.reasoning += thought
                piece.answer += answer
            refusal = getattr(delta, "refusal", None)  # OpenAI: a refusal is the answer
            if isinstance(refusal, str):
                piece.answer += refusal
        if piece.reasoning:
            self.thoughts.append(piece.reasoning)
        if piece.answer:
            self.parts.append(piece.answer)
        return piece

    def _add_call(self, tc: Any) -> None:
        index = getattr(tc, "index", None)
        if index is None:  # some servers send each call whole, without an index
            index = ("noindex", len(self.calls)) if tc.id or not self.calls else \
                ("noindex", len(self.calls) - 1)
        pos = self.by_index.get(index)
        if pos is not None and tc.id and self.calls[pos]["id"] and tc.id != self.calls[pos]["id"]:
            pos = None
        if pos is None:
            self.calls.append({"id": "", "name": "", "arguments": "", "extra": {}})
            pos = self.by_index[index] = len(self.calls) - 1
        call = self.calls[pos]
        if getattr(tc, "id", None) and not call["id"]:
            call["id"] = tc.id
        for key, value in (getattr(tc, "model_extra", None) or {}).items():
            if value is not None:
                call["extra"][key] = value
        fn = getattr(tc, "function", None)
        if fn is not None:
            if fn.name and not call["name"]:
                call["name"] = fn.name
            args = fn.arguments
            if args is not None:
                call["arguments"] += args if isinstance(args, str) else json.dumps(args)

    @property
    def empty(self) -> bool:
        return not (self.parts or self.thoughts or self.calls or self.think.pending)

    def finish(self) -> Completion:
        thought, text = self.think.flush()
        if thought:
            self.thoughts.append(thought)
        if text:
            self.parts.append(text)
        if self.think.prefilled and self.think.inside and not self.parts:
            self.parts, self.thoughts = self.thoughts, []  # no `</think>` came: all answer
        calls = [ToolCall(str(c["id"] or "") or new_call_id(), c["name"],
                          repair_arguments(c["arguments"]), dict(c["extra"]))
                 for c in self.calls]
        return Completion("".join(self.parts).strip(), calls, self.usage, self.finish_reason,
                          "".join(self.thoughts).strip())


def _error_message(error: Any) -> str:
    if isinstance(error, Mapping):
        return str(error.get("message") or "")
    return str(error or "")


# -- history ----------------------------------------------------------------------------------


def clean_history_message(msg: dict[str, Any]) -> dict[str, Any]:
    """A stored message as servers accept it: assistant tool-call arguments a JSON object,
    no `<think>` block in an answer (sessions written before these rules, or by hand)."""
    if msg.get("role") != "assistant":
        return msg
    out = dict(msg)
    content = out.get("content")
    if isinstance(content, str) and (THINK_OPEN in content or THINK_CLOSE in content):
        out["content"] = strip_think(content) or None
    calls = out.get("tool_calls")
    if out.get("content") is None and not calls:
        out["content"] = ""  # Ollama refuses a null content without tool calls
    if calls:
        fixed = []
        for c in calls:
            fn = dict(c.get("function") or {})
            fn["arguments"] = history_arguments(fn.get("arguments"))
            fixed.append({**c, "function": fn})
        out["tool_calls"] = fixed
    return out
