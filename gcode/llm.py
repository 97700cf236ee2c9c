"""The model client: streamed Chat Completions with tools, retries, and one-line errors.

Any OpenAI-compatible server works (OpenAI, Ollama, vLLM, llama.cpp, LiteLLM...).
The `openai` package's own retries are off (`max_retries=0`): we retry here, so
each retry is an event the user sees ("rate limited, retrying in 2s") and tests
can script. Every failure that reaches the caller is a GcodeError whose message
names what went wrong and where — never an SDK traceback.
"""

from __future__ import annotations

import json
import os
import random
import re
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import closing
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import urlparse

from gcode.errors import GcodeError
from gcode.turn import Usage

if TYPE_CHECKING:
    from gcode.config import Config

OPENAI_URL = "https://api.openai.com/v1"
PLACEHOLDER_KEY = "gcode-no-key"  # local servers want *a* key, any key
MAX_WAIT = 30.0  # seconds, the longest single backoff (also caps Retry-After)
RETRY_STATUS = frozenset({408, 409, 429, 500, 502, 503, 504})

T = TypeVar("T")

_CONTEXT_TOO_LONG = re.compile(
    r"context[_ ](length|window|size)|maximum context|too many tokens|prompt is too long|"
    r"input (is )?too long|exceeds? the (available )?(max|context)|reduce the length",
    re.IGNORECASE,
)


# -- what a stream yields ---------------------------------------------------------------------


@dataclass
class ToolCall:
    id: str
    name: str
    arguments: str  # raw JSON text, exactly as the model sent it (it may be malformed)

    def to_message(self) -> dict[str, Any]:
        return {"id": self.id, "type": "function",
                "function": {"name": self.name, "arguments": self.arguments}}


@dataclass
class TextChunk:
    text: str


@dataclass
class Retrying:
    attempt: int  # the attempt that failed, from 1
    attempts: int  # how many attempts will be made in all
    wait: float  # seconds until the next one
    reason: str
    discard: bool = False  # text already streamed by the failed attempt is void


@dataclass
class Completion:
    content: str
    tool_calls: list[ToolCall] = field(default_factory=list)
    usage: Usage | None = None
    finish_reason: str | None = None


StreamEvent = TextChunk | Retrying | Completion


class _Accumulator:
    """Assembles one streamed response: text, tool calls split over many chunks, usage.

    Tool-call deltas are keyed by `index`; a server that reuses an index for a second call
    (a new `id` arriving on the same index) gets a new call, and a missing id gets one.
    """

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.calls: list[dict[str, str]] = []
        self.by_index: dict[Any, int] = {}
        self.usage: Usage | None = None
        self.finish_reason: str | None = None

    def add(self, chunk: Any) -> str:
        usage = getattr(chunk, "usage", None)
        if usage is not None:
            self.usage = Usage(int(getattr(usage, "prompt_tokens", 0) or 0),
                               int(getattr(usage, "completion_tokens", 0) or 0))
        text = []
        for choice in getattr(chunk, "choices", None) or []:
            if getattr(choice, "index", 0) not in (0, None):
                continue
            if choice.finish_reason:
                self.finish_reason = choice.finish_reason
            delta = choice.delta
            if delta is None:
                continue
            for tc in delta.tool_calls or []:
                self._add_call(tc)
            if delta.content:
                text.append(delta.content)
        joined = "".join(text)
        if joined:
            self.parts.append(joined)
        return joined

    def _add_call(self, tc: Any) -> None:
        index = getattr(tc, "index", None)
        if index is None:  # some servers send each call whole, without an index
            index = ("noindex", len(self.calls)) if tc.id or not self.calls else \
                ("noindex", len(self.calls) - 1)
        pos = self.by_index.get(index)
        if pos is not None and tc.id and self.calls[pos]["id"] and tc.id != self.calls[pos]["id"]:
            pos = None
        if pos is None:
            self.calls.append({"id": "", "name": "", "arguments": ""})
            pos = self.by_index[index] = len(self.calls) - 1
        call = self.calls[pos]
        if tc.id and not call["id"]:
            call["id"] = tc.id
        fn = tc.function
        if fn is not None:
            if fn.name and not call["name"]:
                call["name"] = fn.name
            args = fn.arguments
            if args is not None:
                call["arguments"] += args if isinstance(args, str) else json.dumps(args)

    def result(self) -> Completion:
        calls = [ToolCall(c["id"] or f"call_{i}", c["name"], c["arguments"])
                 for i, c in enumerate(self.calls)]
        return Completion("".join(self.parts), calls, self.usage, self.finish_reason)


# -- errors -----------------------------------------------------------------------------------


def _server_message(exc: Any) -> str:
    body = getattr(exc, "body", None)
    msg = ""
    if isinstance(body, Mapping):
        msg = str(body.get("message") or body.get("error") or body.get("detail") or "")
    elif isinstance(body, str):
        msg = body
    if not msg:
        msg = str(getattr(exc, "message", "") or exc)
    msg = " ".join(msg.split())
    return msg[:300] + ("…" if len(msg) > 300 else "")


def _retryable(exc: Exception) -> bool:
    import openai

    if isinstance(exc, openai.APIConnectionError):  # includes timeouts and dropped streams
        return True
    if isinstance(exc, openai.APIStatusError):
        if exc.status_code == 429 and getattr(exc, "code", None) == "insufficient_quota":
            return False
        return exc.status_code in RETRY_STATUS or exc.status_code >= 500
    return False


def _retry_after(exc: Exception) -> float | None:
    response = getattr(exc, "response", None)
    if response is None:
        return None
    value = response.headers.get("retry-after")
    try:
        return max(0.0, float(value)) if value else None
    except ValueError:
        return None


def _reason(exc: Exception) -> str:
    import openai

    if isinstance(exc, openai.APITimeoutError):
        return "the model server timed out"
    if isinstance(exc, openai.APIConnectionError):
        return "the connection to the model server failed"
    status = getattr(exc, "status_code", None)
    if status == 429:
        return "the model server is rate-limiting (HTTP 429)"
    return f"the model server answered HTTP {status}"


# -- the client -------------------------------------------------------------------------------


class LLM:
    """One model on one OpenAI-compatible server."""

    def __init__(self, model: str, base_url: str = "", api_key: str = "", timeout: float = 120.0,
                 max_retries: int = 3, retry_base_delay: float = 1.0) -> None:
        self.model = model
        self.base_url = (base_url or OPENAI_URL).rstrip("/")
        self.timeout = timeout
        self.max_retries = max(0, max_retries)
        self.retry_base_delay = max(0.0, retry_base_delay)
        self.key_given = bool(api_key)
        try:
            parsed = urlparse(self.base_url)
            valid = parsed.scheme in ("http", "https") and bool(parsed.hostname)
        except ValueError:
            valid = False
        if not valid:
            raise GcodeError(f"invalid model server URL {self.base_url!r}",
                             hint="OPENAI_BASE_URL must look like http://localhost:11434/v1")
        if not api_key and parsed.hostname == "api.openai.com":
            raise GcodeError(
                "OPENAI_API_KEY is not set",
                hint="export OPENAI_API_KEY=..., or point OPENAI_BASE_URL at a local "
                     "OpenAI-compatible server (e.g. http://localhost:11434/v1 for Ollama)",
            )
        self.api_key = api_key or PLACEHOLDER_KEY
        self.usage_total = Usage()
        self._client: Any = None
        self._stream_usage = True  # send stream_options.include_usage until a server refuses
        self._json_mode = True  # send response_format json_object until a server refuses

    @classmethod
    def from_config(cls, config: Config, environ: Mapping[str, str] | None = None) -> LLM:
        from gcode.config import require_model

        require_model(config)
        env = os.environ if environ is None else environ
        try:
            delay = float(env.get("GCODE_RETRY_BASE_DELAY", "") or 1.0)
        except ValueError:
            raise GcodeError("GCODE_RETRY_BASE_DELAY must be a number of seconds") from None
        m = config.model
        return cls(m.name, m.base_url, m.api_key, m.timeout, m.max_retries, delay)

    @property
    def client(self) -> Any:
        if self._client is None:
            import openai

            self._client = openai.OpenAI(base_url=self.base_url, api_key=self.api_key,
                                         timeout=self.timeout, max_retries=0)
        return self._client

    # -- retries and errors --

    def _wait(self, attempt: int, exc: Exception) -> float:
        after = _retry_after(exc)
        if after is not None:
            return float(min(after, MAX_WAIT))
        base = self.retry_base_delay * (2 ** (attempt - 1))
        return float(min(base * random.uniform(0.8, 1.2), MAX_WAIT))

    def _retrying(self, fn: Callable[[], T], on_retry: Callable[[Retrying], None] | None = None,
                  raw: tuple[type[Exception], ...] = ()) -> T:
        """Call `fn`, retrying transient failures with exponential backoff. Exceptions in
        `raw` are re-raised as they are, for callers that adapt to them."""
        import openai

        attempts = self.max_retries + 1
        for attempt in range(1, attempts + 1):
            try:
                return fn()
            except raw:
                raise
            except openai.APIError as exc:
                if attempt == attempts or not _retryable(exc):
                    raise self.friendly(exc, attempt) from None
                wait = self._wait(attempt, exc)
                if on_retry:
                    on_retry(Retrying(attempt, attempts, wait, _reason(exc)))
                time.sleep(wait)
        raise AssertionError("unreachable")

    def friendly(self, exc: Exception, attempts: int = 1, model: str | None = None
                 ) -> GcodeError:
        """One clear line for an SDK exception."""
        import openai

        model = model or self.model
        url = self.base_url
        msg = _server_message(exc)
        tried = f" after {attempts} attempts" if attempts > 1 else ""
        if isinstance(exc, openai.APITimeoutError):
            return GcodeError(f"the model server at {url} did not answer within "
                              f"{self.timeout:g}s{tried}",
                              hint="a slow local model may need a larger [model] timeout")
        if isinstance(exc, openai.APIConnectionError):
            hint = ("is the server running? check OPENAI_BASE_URL" if url != OPENAI_URL
                    else "check your network connection")
            return GcodeError(f"cannot reach the model server at {url}{tried}", hint=hint)
        if _CONTEXT_TOO_LONG.search(msg) or getattr(exc, "code", None) == "context_length_exceeded":
            return GcodeError(f"the conversation is too long for model {model}",
                              hint="start a new session, or ask for smaller steps "
                                   "(e.g. read files by line range)")
        if isinstance(exc, openai.AuthenticationError):
            hint = "check OPENAI_API_KEY" if self.key_given else \
                "this server needs an API key: set OPENAI_API_KEY"
            return GcodeError(f"the model server at {url} rejected the API key (HTTP 401)",
                              hint=hint)
        if isinstance(exc, openai.PermissionDeniedError):
            return GcodeError(f"the model server at {url} denied access (HTTP 403): {msg}")
        if isinstance(exc, openai.NotFoundError):
            return GcodeError(f"model '{model}' not found at {url}",
                              hint="check GCODE_MODEL (for Ollama, `ollama pull` it first) and "
                                   "that OPENAI_BASE_URL ends with /v1")
        if isinstance(exc, openai.RateLimitError):
            if getattr(exc, "code", None) == "insufficient_quota":
                return GcodeError("the API account has no quota left (HTTP 429)",
                                  hint="check your plan and billing with the provider")
            return GcodeError(f"the model server at {url} is still rate-limiting{tried} "
                              "(HTTP 429)", hint="wait a minute and try again")
        if isinstance(exc, openai.APIStatusError):
            return GcodeError(f"the model server at {url} answered HTTP {exc.status_code}"
                              f"{tried}: {msg}")
        return GcodeError(f"the model server at {url} reported an error: {msg}")

    # -- chat --

    def stream_chat(self, messages: Sequence[Mapping[str, Any]],
                    tools: Sequence[Mapping[str, Any]] | None = None) -> Iterator[StreamEvent]:
        """Stream one response: TextChunk*, then one Completion; Retrying between attempts."""
        import openai

        attempts = self.max_retries + 1
        attempt = 0
        while True:
            attempt += 1
            params: dict[str, Any] = {"model": self.model, "messages": list(messages),
                                      "stream": True}
            if tools:
                params["tools"] = list(tools)
            if self._stream_usage:
                params["stream_options"] = {"include_usage": True}
            streamed = False
            try:
                acc = _Accumulator()
                with closing(self.client.chat.completions.create(**params)) as stream:
                    for chunk in stream:
                        text = acc.add(chunk)
                        if text:
                            streamed = True
                            yield TextChunk(text)
                completion = acc.result()
            except openai.BadRequestError as exc:
                if self._stream_usage and "stream_options" in _server_message(exc):
                    self._stream_usage = False  # an older server: ask again without usage
                    attempt -= 1
                    continue
                raise self.friendly(exc, attempt) from None
            except openai.APIError as exc:
                if attempt >= attempts or not _retryable(exc):
                    raise self.friendly(exc, attempt) from None
                wait = self._wait(attempt, exc)
                yield Retrying(attempt, attempts, wait, _reason(exc), discard=streamed)
                time.sleep(wait)
                continue
            except ValueError as exc:  # a chunk that is not JSON
                raise GcodeError(f"the model server at {self.base_url} sent a malformed "
                                 f"stream: {exc}") from None
            self.usage_total = self.usage_total + completion.usage
            yield completion
            return

    def complete_json(self, messages: Sequence[Mapping[str, Any]], schema_hint: str = ""
                      ) -> dict[str, Any]:
        """One non-streamed call whose answer must be a JSON object (for extraction tasks).

        Uses `response_format={"type": "json_object"}` where the server supports it and
        falls back to asking in words where it does not.
        """
        import openai

        instruction = "Answer with a single JSON object and nothing else."
        if schema_hint:
            instruction += f" Its shape: {schema_hint}"
        msgs = [dict(m) for m in messages]
        if msgs and msgs[0].get("role") == "system":
            msgs[0]["content"] = f"{msgs[0].get('content') or ''}\n\n{instruction}".strip()
        else:
            msgs.insert(0, {"role": "system", "content": instruction})

        def call() -> Any:
            params: dict[str, Any] = {"model": self.model, "messages": msgs}
            if self._json_mode:
                params["response_format"] = {"type": "json_object"}
            return self.client.chat.completions.create(**params)

        try:
            response = self._retrying(call, raw=(openai.BadRequestError,))
        except openai.BadRequestError as exc:
            if not (self._json_mode and "response_format" in _server_message(exc)):
                raise self.friendly(exc) from None
            self._json_mode = False
            response = self._retrying(call)
        usage = getattr(response, "usage", None)
        if usage is not None:
            self.usage_total = self.usage_total + Usage(usage.prompt_tokens or 0,
                                                        usage.completion_tokens or 0)
        choices = getattr(response, "choices", None) or []
        content = (choices[0].message.content or "") if choices else ""
        return parse_json_object(content)

    def embed(self, texts: Sequence[str], model: str) -> list[list[float]]:
        """Embeddings via `/v1/embeddings`, in the order of `texts`."""
        import openai

        if not texts:
            return []

        def call() -> Any:
            return self.client.embeddings.create(model=model, input=list(texts),
                                                 encoding_format="float")

        try:
            response = self._retrying(call, raw=(openai.NotFoundError,))
        except openai.NotFoundError:
            raise GcodeError(f"embedding model '{model}' not found at {self.base_url}",
                             hint="check [embeddings] model") from None
        data = sorted(response.data, key=lambda d: d.index)
        if len(data) != len(texts):
            raise GcodeError(f"the model server returned {len(data)} embeddings for "
                             f"{len(texts)} texts")
        return [list(d.embedding) for d in data]


def parse_json_object(text: str) -> dict[str, Any]:
    """The JSON object in a model's answer, tolerating code fences and chatter around it."""
    text = text.strip()
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
    preview = " ".join(text.split())[:120]
    raise GcodeError(f"the model did not answer with a JSON object: {preview!r}")
