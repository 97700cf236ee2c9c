"""The model client: streamed Chat Completions with tools, retries, and one-line errors.

Any OpenAI-compatible server works (OpenAI, Azure, Ollama, vLLM, llama.cpp, SGLang,
LiteLLM, LM Studio, OpenRouter, DeepSeek...), each with its own dialect. What a server
refuses (usage in streams, tools, tools while streaming, the system role, JSON mode,
`max_tokens` under one name or the other) is learned from its error once and kept in the
capability record (`gcode.endpoint.Capabilities`), so the fallback costs one failing
request per machine. The `openai` package's own retries are off (`max_retries=0`): we
retry here, so each retry is an event the user sees, and a deterministic refusal
(llama.cpp's HTTP 500 "tools param requires --jinja flag") is not retried at all.
Every failure that reaches the caller is a GcodeError carrying the server's own reason.
"""

from __future__ import annotations

import json
import os
import random
import re
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import closing
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from gcode.endpoint import (
    OPENAI_URL,
    PLACEHOLDER_KEY,
    Capabilities,
    CapabilityStore,
    Endpoint,
    capability_key,
)
from gcode.errors import GcodeError
from gcode.llm_errors import Cause, diagnose, friendly, reason, retry_after, retryable
from gcode.llm_stream import (
    Accumulator,
    Completion,
    StreamFault,
    ToolCall,
    clean_history_message,
    could_be_text_call,
    interrupted,
    new_call_id,
    not_json,
    not_the_api,
    split_content,
    strip_think,
    text_tool_calls,
    unstreamed,
)
from gcode.turn import Usage, estimate_tokens

if TYPE_CHECKING:
    from gcode.config import Config

__all__ = ["LLM", "Completion", "ContextOverflow", "Notice", "ReasoningChunk", "Retract",
           "Retrying", "TextChunk", "ToolCall", "OPENAI_URL", "PLACEHOLDER_KEY",
           "parse_json_object"]

MAX_WAIT = 30.0  # seconds, the longest single backoff (also caps Retry-After)

JSON_MAX_TOKENS = 4096  # an extraction answer is small; reasoning models need room to think
EMPTY = "the model sent an empty answer"
MAX_ADAPTATIONS = 8  # refusals adapted to in one request, at most (each changes the record)


def _waits_too_long(exc: Exception) -> bool:
    """The server asks for a longer wait than gcode waits between attempts (a rate limit
    reset in an hour): retrying sooner would only be refused again, so the error says so."""
    after = retry_after(exc)
    return after is not None and after > MAX_WAIT


# -- what a stream yields ---------------------------------------------------------------------


@dataclass
class TextChunk:
    text: str


@dataclass
class ReasoningChunk:
    text: str


@dataclass
class Retract:
    """The answer text streamed so far was reasoning (a lone `</think>` said so)."""

    reasoning: str


@dataclass
class Notice:
    """Something the user should know once: e.g. the server refused tools, and the fix."""

    message: str


@dataclass
class Retrying:
    attempt: int  # the attempt that failed, from 1
    attempts: int  # how many attempts will be made in all
    wait: float  # seconds until the next one
    reason: str
    discard: bool = False  # text already streamed by the failed attempt is void


StreamEvent = TextChunk | ReasoningChunk | Retract | Notice | Retrying | Completion


class ContextOverflow(GcodeError):
    """The request did not fit the model's window; `limit` is the window, if the server said."""

    def __init__(self, message: str, hint: str = "", limit: int | None = None) -> None:
        super().__init__(message, hint=hint)
        self.limit = limit


# -- the client -------------------------------------------------------------------------------


class LLM:
    """One model on one OpenAI-compatible server."""

    def __init__(self, model: str, base_url: str = "", api_key: str = "", timeout: float = 120.0,
                 max_retries: int = 3, retry_base_delay: float = 1.0, *, api_version: str = "",
                 api_key_header: str = "", capabilities: CapabilityStore | None = None) -> None:
        self.model = model
        self.timeout = timeout
        self.max_retries = max(0, max_retries)
        self.retry_base_delay = max(0.0, retry_base_delay)
        self.key_given = bool(api_key)
        self.endpoint = Endpoint.parse(base_url, api_key, api_version,
                                       api_key_header).for_model(model)
        self.base_url = self.endpoint.base_url
        try:
            from urllib.parse import urlparse

            parsed = urlparse(self.base_url)
            valid = parsed.scheme in ("http", "https") and bool(parsed.hostname)
        except ValueError:
            valid = False
        if not valid:
            raise GcodeError(f"invalid model server URL {self.base_url!r}",
                             hint="OPENAI_BASE_URL must look like http://localhost:11434/v1")
        if not api_key and self.endpoint.is_openai:
            raise GcodeError(
                "OPENAI_API_KEY is not set",
                hint="export OPENAI_API_KEY=..., or point OPENAI_BASE_URL at a local "
                     "OpenAI-compatible server (e.g. http://localhost:11434/v1 for Ollama)",
            )
        self.api_key = api_key or PLACEHOLDER_KEY
        self.caps = Capabilities(capabilities, capability_key(self.base_url, model))
        self.usage_total = Usage()
        self._client: Any = None
        self._told: set[str] = set()

    @classmethod
    def from_config(cls, config: Config, environ: Mapping[str, str] | None = None,
                    capabilities: CapabilityStore | None = None) -> LLM:
        from gcode.config import require_model

        require_model(config)
        env = os.environ if environ is None else environ
        try:
            delay = float(env.get("GCODE_RETRY_BASE_DELAY", "") or 1.0)
        except ValueError:
            raise GcodeError("GCODE_RETRY_BASE_DELAY must be a number of seconds") from None
        m = config.model
        return cls(m.name, m.base_url, m.api_key, m.timeout, m.max_retries, delay,
                   api_version=m.api_version, api_key_header=m.api_key_header,
                   capabilities=capabilities)

    @property
    def client(self) -> Any:
        if self._client is None:
            self._client = self.endpoint.client(self.timeout)
        return self._client

    def _create(self, **params: Any) -> Any:
        return self.client.chat.completions.create(**params, **self.endpoint.request_options())

    # -- what the server can do --

    def context_window(self, configured: int) -> int:
        """The window to trim to: the configured one, or less when the server says so (read
        once from its `/models` metadata, or from a "context too long" error)."""
        from gcode.server_info import ProbeError, probe_window

        known = self.caps.get("window")
        if known is None and not self.caps.get("window_probed"):
            try:
                found, source = probe_window(self.endpoint, self.model, min(self.timeout, 5.0))
            except ProbeError as exc:
                if exc.status is not None:  # it answered, and has nothing to say
                    self.caps.learn(window_probed=True)
                return configured
            self.caps.learn(window_probed=True, **({"window": found, "window_source": source}
                                                   if found else {}))
            known = found
        return min(configured, int(known)) if known else configured

    def _adapt(self, cause: Cause, *, tools: bool = False, streaming: bool = False,
               json_request: bool = False) -> bool:
        """Change what is sent so the refusal does not happen again; False if nothing can
        (or the refused option was not in this request: `tools`, `streaming`, `json_request`
        say what it had)."""
        caps = self.caps
        changes: dict[str, Any] = {}
        if cause.kind == "stream_options" and streaming and caps.get("stream_usage", True):
            changes = {"stream_usage": False}
        elif cause.kind == "tools" and tools:
            changes = {"tools": False, "tools_reason": cause.detail, "tools_hint": cause.hint}
        elif cause.kind == "tools_stream" and tools and streaming:
            changes = {"tools_stream": False}
        elif cause.kind == "tool_choice" and tools and caps.get("tool_choice", True):
            changes = {"tool_choice": False}
        elif cause.kind == "system_role" and caps.get("system_role", True):
            changes = {"system_role": False}
        elif cause.kind == "reasoning_needed" and not self._echo_reasoning():
            changes = {"reasoning_echo": True}
        elif cause.kind == "reasoning_refused" and self._echo_reasoning():
            changes = {"reasoning_echo": False}
        elif cause.kind == "json_mode" and json_request and caps.get("json_mode", True):
            changes = {"json_mode": False}
        elif cause.kind == "use_max_completion_tokens" and json_request and \
                self._max_tokens_name() != "max_completion_tokens":
            changes = {"max_tokens_name": "max_completion_tokens"}
        elif cause.kind == "use_max_tokens" and json_request and \
                self._max_tokens_name() != "max_tokens":
            changes = {"max_tokens_name": "max_tokens"}
        elif cause.kind == "context" and cause.limit:
            caps.learn(window=cause.limit, window_source="error")
        if changes:
            caps.learn(**changes)
        return bool(changes)

    def _echo_reasoning(self) -> bool:
        default = "deepseek" in (self.base_url + self.model).lower()
        return bool(self.caps.get("reasoning_echo", default))

    def _max_tokens_name(self) -> str:
        default = "max_completion_tokens" if (self.endpoint.is_openai or self.endpoint.is_azure) \
            else "max_tokens"
        return str(self.caps.get("max_tokens_name", default))

    def shape(self, messages: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
        """The messages as this server accepts them: valid tool arguments, reasoning sent
        back where the API requires it (DeepSeek thinking mode), the system prompt merged
        into the first user message for models that refuse the system role (o1-mini)."""
        echo = self._echo_reasoning()
        last_user = max((i for i, m in enumerate(messages) if m.get("role") == "user"),
                        default=-1)
        out: list[dict[str, Any]] = []
        for i, original in enumerate(messages):
            msg = dict(original)
            if msg.get("role") == "assistant":
                msg = clean_history_message(msg)
                reasoning = msg.pop("reasoning_content", None) or ""
                if echo:
                    msg["reasoning_content"] = reasoning if (msg.get("tool_calls") or
                                                             i > last_user) else ""
            out.append(msg)
        if self.caps.get("system_role", True) is False:
            out = _merge_system(out)
        return out

    def _tools_notice(self) -> Notice | None:
        if "tools" in self._told:
            return None
        self._told.add("tools")
        why = self.caps.get("tools_reason") or "it refused them"
        how = self.caps.get("tools_hint") or "use a server and model with tool calling"
        return Notice(f"tools are off for {self.model} at {self.base_url} (the server said: "
                      f"{why}); to enable them: {how}")

    # -- retries and errors --

    def _wait(self, attempt: int, exc: Exception) -> float:
        after = retry_after(exc)
        if after is not None:
            return float(min(after, MAX_WAIT))
        base = self.retry_base_delay * (2 ** (attempt - 1))
        return float(min(base * random.uniform(0.8, 1.2), MAX_WAIT))

    def friendly(self, exc: Exception, attempts: int = 1, model: str | None = None
                 ) -> GcodeError:
        """One clear line for an SDK exception."""
        return friendly(exc, url=self.base_url, model=model or self.model, timeout=self.timeout,
                        key_given=self.key_given, attempts=attempts)

    def _fail(self, exc: Exception, attempt: int, cause: Cause | None) -> GcodeError:
        error = self.friendly(exc, attempt)
        if cause is not None and cause.kind == "context":
            return ContextOverflow(error.message, error.hint, cause.limit)
        return error

    def _request(self, make: Callable[[], dict[str, Any]], **where: bool) -> Any:
        """One non-streamed request: adapt to recognised refusals, retry transient failures."""
        import openai

        attempts, attempt, adapted = self.max_retries + 1, 0, 0
        while True:
            attempt += 1
            try:
                return _inband_errors(self._create(**make()), self.base_url)
            except ValueError as exc:  # the SDK could not parse the body as JSON
                raise not_json(self.base_url, str(getattr(exc, "doc", "x"))) from exc
            except (openai.APIError, StreamFault) as exc:
                cause = diagnose(exc)
                if cause and adapted < MAX_ADAPTATIONS and self._adapt(cause, **where):
                    attempt, adapted = attempt - 1, adapted + 1
                    continue
                if attempt >= attempts or not retryable(exc) or _waits_too_long(exc):
                    raise self._fail(exc, attempt, cause) from None
                time.sleep(self._wait(attempt, exc))

    # -- chat --

    def _chat_params(self, messages: Sequence[Mapping[str, Any]],
                     tools: list[dict[str, Any]], stream: bool, tool_choice: Any = None
                     ) -> dict[str, Any]:
        params: dict[str, Any] = {"model": self.model, "messages": self.shape(messages)}
        if tools:
            params["tools"] = tools
            if tool_choice is not None and self.caps.get("tool_choice", True):
                params["tool_choice"] = tool_choice
        if stream:
            params["stream"] = True
            if self.caps.get("stream_usage", True):
                params["stream_options"] = {"include_usage": True}
        return params

    def stream_chat(self, messages: Sequence[Mapping[str, Any]],
                    tools: Sequence[Mapping[str, Any]] | None = None,
                    tool_choice: Any = None) -> Iterator[StreamEvent]:
        """Stream one response: TextChunk/ReasoningChunk*, then one Completion; Retrying
        between attempts, a Notice when the server cannot do something it was asked.
        `tool_choice` is sent where the server takes it (dropped, once, where it does not)."""
        import openai

        offered = {t["function"]["name"]: t["function"].get("parameters") or {}
                   for t in tools or [] if isinstance(t.get("function"), dict)}
        attempts, attempt, adapted = self.max_retries + 1, 0, 0
        while True:
            attempt += 1
            use_tools = [dict(t) for t in tools or []] if self.caps.get("tools", True) else []
            if tools and not use_tools and (notice := self._tools_notice()) is not None:
                yield notice
            streaming = not (use_tools and self.caps.get("tools_stream", True) is False)
            shown: list[str] = []  # answer text already yielded
            held: list[str] = []  # answer text held back: it may be a tool call written as text
            try:
                acc = Accumulator(bool(self.caps.get("think_prefilled", False)))
                params = self._chat_params(messages, use_tools, streaming, tool_choice)
                if streaming:
                    with closing(self._create(**params)) as stream:
                        whole = unstreamed(stream, self.base_url)  # stream: true ignored
                        for chunk in [_inband_errors(whole)] if whole is not None else stream:
                            yield from self._pieces(acc.add(chunk), shown, held, bool(offered))
                    if acc.empty and acc.finish_reason in (None, "stop"):
                        raise StreamFault(EMPTY if acc.finish_reason else
                                          "the model server ended the stream without an answer")
                else:
                    response = _inband_errors(self._create(**params), self.base_url)
                    yield from self._pieces(acc.add(response), shown, held, bool(offered))
                completion = acc.finish()
            except (openai.APIError, StreamFault) as exc:
                cause = diagnose(exc)
                if cause and adapted < MAX_ADAPTATIONS and \
                        self._adapt(cause, tools=bool(use_tools), streaming=streaming):
                    attempt, adapted = attempt - 1, adapted + 1
                    if shown:
                        yield Retrying(attempt, attempts, 0.0, "the model server refused a "
                                       "request option; asking again without it", True)
                    continue
                if attempt >= attempts or not retryable(exc) or _waits_too_long(exc):
                    raise self._fail(exc, attempt, cause) from None
                wait = self._wait(attempt, exc)
                yield Retrying(attempt, attempts, wait, reason(exc), discard=bool(shown))
                time.sleep(wait)
                continue
            except ValueError as exc:  # a chunk that is not JSON
                raise GcodeError(f"the model server at {self.base_url} sent a malformed "
                                 f"stream: {exc}") from None
            if acc.think.lone_close:
                self.caps.learn(think_prefilled=True)
            yield from self._finish(completion, offered, held, messages, use_tools)
            return

    def _pieces(self, piece: Any, shown: list[str], held: list[str], hold: bool
                ) -> Iterator[StreamEvent]:
        if piece.retract:
            shown.clear()
            held.clear()
            yield Retract(piece.reasoning)
        elif piece.reasoning:
            yield ReasoningChunk(piece.reasoning)
        if not piece.answer:
            return
        if hold and not shown and could_be_text_call("".join(held) + piece.answer):
            held.append(piece.answer)
            return
        text = "".join(held) + piece.answer
        held.clear()
        shown.append(text)
        yield TextChunk(text)

    def _finish(self, completion: Completion, offered: dict[str, Any], held: list[str],
                messages: Sequence[Mapping[str, Any]], tools: list[dict[str, Any]]
                ) -> Iterator[StreamEvent]:
        if not completion.tool_calls and offered:
            calls = text_tool_calls(completion.content, offered)
            if calls:  # a tool call written as text (Ollama's small models, Hermes tags...)
                completion.tool_calls = [ToolCall(new_call_id(), n, a) for n, a in calls]
                completion.content = ""
                held.clear()
        if held:
            yield TextChunk("".join(held))
        if completion.usage is None:  # the server sends none (Ollama before 0.5.2, ...)
            sent = json.dumps(list(messages)) + json.dumps(tools)
            made = completion.content + completion.reasoning + \
                "".join(c.arguments for c in completion.tool_calls)
            completion.usage = Usage(estimate_tokens(sent), estimate_tokens(made))
            completion.usage_estimated = True
        self.usage_total = self.usage_total + completion.usage
        yield completion

    def complete_json(self, messages: Sequence[Mapping[str, Any]], schema_hint: str = ""
                      ) -> dict[str, Any]:
        """One non-streamed call whose answer must be a JSON object (for extraction tasks).

        Uses `response_format={"type": "json_object"}` where the server supports it and
        falls back to asking in words where it does not; reasoning is never parsed.
        """
        instruction = "Answer with a single JSON object and nothing else."
        if schema_hint:
            instruction += f" Its shape: {schema_hint}"
        msgs = [dict(m) for m in messages]
        if msgs and msgs[0].get("role") == "system":
            msgs[0]["content"] = f"{msgs[0].get('content') or ''}\n\n{instruction}".strip()
        else:
            msgs.insert(0, {"role": "system", "content": instruction})

        def params() -> dict[str, Any]:
            out: dict[str, Any] = {"model": self.model, "messages": self.shape(msgs),
                                   self._max_tokens_name(): JSON_MAX_TOKENS}
            if self.caps.get("json_mode", True):
                out["response_format"] = {"type": "json_object"}
            return out

        response = self._request(params, json_request=True)
        usage = getattr(response, "usage", None)
        if usage is not None:
            self.usage_total = self.usage_total + Usage(usage.prompt_tokens or 0,
                                                        usage.completion_tokens or 0)
        choices = getattr(response, "choices", None) or []
        message = choices[0].message if choices else None
        content = (split_content(message.content)[1] or getattr(message, "refusal", None) or ""
                   ) if message is not None else ""
        return parse_json_object(strip_think(content))


def _inband_errors(response: Any, url: str = "") -> Any:
    """`response`, unless it is an error dressed as a 200 (OpenRouter: `finish_reason:
    "error"` and an `error` in the choice) or no API's answer (the SDK hands back the text
    of a body that is not JSON: a web page at the configured address)."""
    if isinstance(response, str):
        raise not_the_api(url or "the configured address",
                          "a web page (HTML)" if "<html" in response[:2000].lower() else
                          "text that is not JSON")
    for choice in getattr(response, "choices", None) or []:
        error = (getattr(choice, "model_extra", None) or {}).get("error")
        if choice.finish_reason == "error" or error:
            message = error.get("message") if isinstance(error, dict) else error
            raise StreamFault(str(message or "the model server reported an error"), error)
        fault = interrupted(choice.finish_reason)
        if fault is not None:
            raise fault
    choices = getattr(response, "choices", None) or []
    if choices and all(_empty(c) for c in choices):
        raise StreamFault(EMPTY)
    return response


def _empty(choice: Any) -> bool:
    """A choice that finished ("stop") with no text, no reasoning and no tool call: Gemini
    now and then answers so, and the same request asked again answers."""
    message = getattr(choice, "message", None)
    if message is None or choice.finish_reason not in (None, "stop"):
        return False
    extra = getattr(message, "model_extra", None) or {}
    thought, text = split_content(message.content)
    return not (text.strip() or thought or message.tool_calls or getattr(message, "refusal", None)
                or extra.get("reasoning_content") or extra.get("reasoning"))


def _merge_system(messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """System messages folded into the first user message (for models without that role)."""
    system = "\n\n".join(str(m.get("content") or "") for m in messages
                         if m.get("role") in ("system", "developer"))
    rest = [m for m in messages if m.get("role") not in ("system", "developer")]
    if not system:
        return rest
    for i, m in enumerate(rest):
        if m.get("role") == "user" and isinstance(m.get("content"), str):
            rest[i] = {**m, "content": f"{system}\n\n---\n\n{m['content']}"}
            return rest
    return [{"role": "user", "content": system}, *rest]


def parse_json_object(text: str) -> dict[str, Any]:
    """The JSON object in a model's answer, tolerating code fences and chatter around it."""
    text = strip_think(text)
    candidates = [text]
    fenced = re.search(r"```(?:json)?\s*(.*?)```", text, re.DOTALL)
    if fenced:
        candidates.append(fenced.group(1).strip())
    start, end = text.find("{"), text.rfind("}")
    if 0 <= start < end:
        candidates.append(text[start:end + 1])
    for candidate in candidates:
        try:
            value = json.loads(candidate)
        except ValueError:
            continue
        if isinstance(value, dict):
            return value
    from gcode.redact import clip  # an error path: the rules load only when needed

    preview = clip(" ".join(text.split()), 120)
    raise GcodeError(f"the model did not answer with a JSON object: {preview!r}")
