"""Real OpenAI-compatible servers' quirks, emulated byte for byte, for the scenario matrix.

`tests/fake_openai.py` is scripted by the tests and speaks clean OpenAI. This module is the
opposite: a small "model" (`think`) that answers the four scenarios gcode must survive on
any server (a plain question; a question that needs `read_file`; the learning extraction;
embeddings), behind one `Quirk` per real server behaviour: vLLM dropping a tool call's
closing brace, DeepSeek demanding its reasoning back, llama.cpp's deterministic HTTP 500s,
OpenRouter's errors inside a 200 stream, Azure's deployment URLs, and so on. Each quirk
writes what that server writes (status, error envelope, SSE layout, key order, spacing),
rebuilt from the server's source or a capture in its issue tracker: `source` names it.
Where the exact bytes were never captured, the docstring says ILLUSTRATIVE.

    server = QuirkServer(VllmNoAutoToolChoice()).start()
    ... run gcode against server.url ...
    server.failures   # requests the server refused or broke (a fallback costs one, once)
    server.blemishes  # protocol sins it saw but tolerated (e.g. <think> sent back)
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import struct
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

# -- the model behind every server ------------------------------------------------------------

README_LINE = "Quirkville is a demo project for the model-server matrix."
ANSWER = "The answer is 42."
LEARNING = "The team is cutting egress costs."
PLAIN_Q = "What is the answer to everything?"
TOOL_Q = "What does README.md say?"
LEARN_Q = "We are trying to cut egress costs, so please avoid adding new CDNs."
THOUGHT = 'The user asks; an object like {"answer": 42} is not the reply. {Braces} stay here.'
README_ARGS = {"path": "README.md", "end_line": 5}  # ends in a number: vllm#32152's case
KEY = "sk-quirk-key"
STAMP = 1767000000


@dataclass
class Answer:
    text: str = ""
    calls: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    reasoning: str = ""


def _text(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return " ".join(str(p.get("text", "")) for p in content if isinstance(p, dict))
    return ""


def think(body: dict[str, Any]) -> Answer:
    """What a capable model would answer to the scenarios (deterministic)."""
    messages = body.get("messages") or []
    texts = [_text(m.get("content")) for m in messages]
    if body.get("response_format") or any("single JSON object" in t for t in texts):
        return Answer(json.dumps({"learnings": [{"store": "learned_knowledge", "kind": "insight",
                                                 "content": LEARNING, "supersedes": None}]}),
                      reasoning=THOUGHT)
    last_user = max((i for i, m in enumerate(messages) if m.get("role") == "user"), default=0)
    question = texts[last_user] if messages else ""
    results = [texts[i] for i in range(last_user + 1, len(messages))
               if messages[i].get("role") == "tool"]
    offered = {t.get("function", {}).get("name") for t in body.get("tools") or []}
    asked = [n for n in offered if question.startswith(f"Call {n}")]  # `gcode doctor`
    if asked and not results:
        return Answer(calls=[(asked[0], {"status": "ok"})], reasoning=THOUGHT)
    if TOOL_Q in question:
        if results and README_LINE in results[-1]:
            return Answer(f"README.md begins: {README_LINE}", reasoning=THOUGHT)
        if "read_file" in offered:
            return Answer(calls=[("read_file", dict(README_ARGS))], reasoning=THOUGHT)
        return Answer("I cannot open files through this server, so I cannot tell what "
                      "README.md says.", reasoning=THOUGHT)
    return Answer(ANSWER, reasoning=THOUGHT)


def vector(text: str, dim: int) -> list[float]:
    """A deterministic unit vector; texts sharing words get close vectors."""
    out = [0.0] * dim
    for word in text.lower().replace(".", " ").replace(",", " ").split():
        digest = hashlib.sha256(word.encode()).digest()
        for i in range(4):
            out[(digest[i] * 7 + digest[i + 4]) % dim] += 1.0 if digest[i + 8] & 1 else -1.0
    norm = math.sqrt(sum(v * v for v in out)) or 1.0
    return [round(v / norm, 6) for v in out]


def dumps(obj: Any, spaced: bool = False) -> str:
    """JSON as servers write it: compact (pydantic, Go, nlohmann) or Python's `json.dumps`."""
    return json.dumps(obj, ensure_ascii=False) if spaced else \
        json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


@dataclass
class Response:
    status: int = 200
    body: Any = None  # a JSON value, or str/bytes sent as they are
    headers: dict[str, str] = field(default_factory=dict)
    events: list[str] | None = None  # SSE: each a complete "field: ...\n\n" block
    trailing_newline: bool = False  # Go's json.NewEncoder ends the body with "\n"


# -- the base server: OpenAI's own dialect -----------------------------------------------------


class Quirk:
    """OpenAI's reference behaviour; each subclass changes what its server changes."""

    name = "openai"
    source = "https://platform.openai.com/docs/api-reference/chat (reference layout)"
    model = "gpt-4o-mini"
    embed_model = "text-embedding-3-small"
    embed_dim = 64
    id_prefix = "chatcmpl-BwoiPTGRbKkY5rncfaM0s9KtWrq5N"
    cannot: dict[str, str] = {}  # scenario -> what the one clear line must mention
    history_chars = 0  # > 0: the scenario runs as the 2nd turn after a message this long
    config: dict[str, str] = {}  # extra [model] settings (Azure)
    path_prefix = "/v1"

    def __init__(self) -> None:
        self.server: QuirkServer | None = None
        self.seen: set[str] = set()  # requests that already had their one transient error
        self.reasoning_of: dict[str, str] = {}  # tool call id -> the reasoning sent with it

    # -- hooks --

    def base_url(self, root: str) -> str:
        return root + self.path_prefix

    def route(self, method: str, path: str, query: dict[str, str], headers: dict[str, str]
              ) -> tuple[str | None, Response | None]:
        """(endpoint name, or an error response) for a request."""
        if headers.get("authorization") != f"Bearer {KEY}":
            return None, self.error(401, "Incorrect API key provided: sk-***.",
                                    type="invalid_request_error", code="invalid_api_key")
        if not path.startswith(self.path_prefix + "/"):
            return None, self.error(404, f"no route {path}")
        return path[len(self.path_prefix):], None

    def check(self, body: dict[str, Any]) -> Response | None:
        """Refuse a request the real server refuses (capabilities, history rules)."""
        return None

    def answer(self, body: dict[str, Any]) -> Answer:
        answer = think(body)
        answer.reasoning = ""  # most servers show no reasoning
        return answer

    def error(self, status: int, message: str, *, type: str = "invalid_request_error",
              param: Any = None, code: Any = None) -> Response:
        return Response(status, {"error": {"message": message, "type": type, "param": param,
                                           "code": code}})

    # -- chat --

    def chat(self, body: dict[str, Any]) -> Response:
        refused = self.check(body)
        if refused is not None:
            return refused
        answer = self.answer(body)
        if body.get("stream"):
            include = bool((body.get("stream_options") or {}).get("include_usage"))
            return Response(200, events=list(self.stream(body, answer, include)))
        return Response(200, self.complete(body, answer))

    def usage(self, body: dict[str, Any], answer: Answer) -> dict[str, int]:
        prompt = max(1, len(json.dumps(body.get("messages"))) // 4)
        done = max(1, len(answer.text + json.dumps(answer.calls)) // 4)
        return {"prompt_tokens": prompt, "completion_tokens": done, "total_tokens": prompt + done}

    def call_id(self, i: int) -> str:
        return f"call_{hashlib.md5(str(i).encode()).hexdigest()[:24]}"

    def arguments(self, args: dict[str, Any]) -> str:
        return dumps(args)

    def chunk(self, delta: dict[str, Any] | None, finish: str | None = None,
              usage: Any = None) -> dict[str, Any]:
        choices = [] if delta is None else [{"index": 0, "delta": delta, "logprobs": None,
                                             "finish_reason": finish}]
        return {"id": self.id_prefix, "object": "chat.completion.chunk", "created": STAMP,
                "model": self.model, "service_tier": "default",
                "system_fingerprint": "fp_51e1070cf2", "choices": choices, "usage": usage}

    def sse(self, obj: Any) -> str:
        return f"data: {dumps(obj)}\n\n"

    def pieces(self, text: str, size: int = 6) -> list[str]:
        return [text[i:i + size] for i in range(0, len(text), size)]

    def stream(self, body: dict[str, Any], answer: Answer, include_usage: bool) -> Iterator[str]:
        yield self.sse(self.chunk({"role": "assistant", "content": "", "refusal": None}))
        for piece in self.pieces(answer.text):
            yield self.sse(self.chunk({"content": piece}))
        for i, (name, args) in enumerate(answer.calls):
            cid = self.call_id(i)
            yield self.sse(self.chunk({"tool_calls": [{"index": i, "id": cid, "type": "function",
                                                       "function": {"name": name,
                                                                    "arguments": ""}}]}))
            for piece in self.pieces(self.arguments(args), 9):
                yield self.sse(self.chunk({"tool_calls": [{"index": i, "function": {
                    "arguments": piece}}]}))
        yield self.sse(self.chunk({}, "tool_calls" if answer.calls else "stop"))
        if include_usage:
            yield self.sse(self.chunk(None, usage=self.usage(body, answer)))
        yield "data: [DONE]\n\n"

    def message(self, answer: Answer) -> dict[str, Any]:
        msg: dict[str, Any] = {"role": "assistant", "content": answer.text or None,
                               "refusal": None}
        if answer.calls:
            msg["tool_calls"] = [{"id": self.call_id(i), "type": "function",
                                  "function": {"name": n, "arguments": self.arguments(a)}}
                                 for i, (n, a) in enumerate(answer.calls)]
        return msg

    def complete(self, body: dict[str, Any], answer: Answer) -> dict[str, Any]:
        return {"id": self.id_prefix, "object": "chat.completion", "created": STAMP,
                "model": self.model,
                "choices": [{"index": 0, "message": self.message(answer), "logprobs": None,
                             "finish_reason": "tool_calls" if answer.calls else "stop"}],
                "usage": self.usage(body, answer), "system_fingerprint": "fp_51e1070cf2"}

    def once(self, body: dict[str, Any]) -> bool:
        """True the first time a given request is seen (for errors that go away on retry)."""
        key = hashlib.sha256(dumps(body.get("messages")).encode()).hexdigest()
        first = key not in self.seen
        self.seen.add(key)
        return first

    # -- embeddings and models --

    def embeddings(self, body: dict[str, Any]) -> Response:
        texts = body.get("input")
        texts = [texts] if isinstance(texts, str) else list(texts or [])
        encoding = body.get("encoding_format", "float")
        data = []
        for i, t in enumerate(texts):
            v = vector(str(t), int(body.get("dimensions") or self.embed_dim))
            item: Any = v if encoding == "float" else \
                base64.b64encode(struct.pack(f"<{len(v)}f", *v)).decode()
            data.append({"object": "embedding", "index": i, "embedding": item})
        return Response(200, {"object": "list", "data": data, "model": body.get("model"),
                              "usage": {"prompt_tokens": len(texts), "total_tokens": len(texts)}})

    def models(self) -> Response:
        return Response(200, {"object": "list", "data": [
            {"id": self.model, "object": "model", "created": STAMP, "owned_by": "system"}]})

    def other(self, method: str, path: str) -> Response:
        return self.error(404, f"no route {method} {path}")


# -- the HTTP server ---------------------------------------------------------------------------


class QuirkServer:
    """A real HTTP server on 127.0.0.1 speaking one quirk's dialect."""

    def __init__(self, quirk: Quirk) -> None:
        self.quirk = quirk
        quirk.server = self
        self.requests: list[dict[str, Any]] = []
        self.failures: list[str] = []  # "METHOD path: why" for each refused or broken answer
        self.blemishes: list[str] = []  # tolerated protocol faults gcode should not commit
        self.lock = threading.Lock()
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever,
                                       kwargs={"poll_interval": 0.02}, daemon=True)

    @property
    def root(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def url(self) -> str:
        return self.quirk.base_url(self.root)

    def fail(self, what: str) -> None:
        with self.lock:
            self.failures.append(what)

    def blemish(self, what: str) -> None:
        with self.lock:
            self.blemishes.append(what)

    def start(self) -> QuirkServer:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def requests_to(self, suffix: str) -> list[dict[str, Any]]:
        return [r for r in self.requests if r["path"].endswith(suffix)]


def _handler(server: QuirkServer) -> type[BaseHTTPRequestHandler]:
    quirk = server.quirk

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:
            pass

        def do_GET(self) -> None:
            self._serve("GET")

        def do_POST(self) -> None:
            self._serve("POST")

        def _serve(self, method: str) -> None:
            parts = urlsplit(self.path)
            query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
            headers = {k.lower(): v for k, v in self.headers.items()}
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length).decode("utf-8", "replace") if length else ""
            try:
                body = json.loads(raw) if raw else {}
            except ValueError:
                body = {"_invalid": raw}
            with server.lock:
                server.requests.append({"method": method, "path": parts.path, "query": query,
                                        "headers": headers, "body": body})
            endpoint, refused = quirk.route(method, parts.path, query, headers)
            if refused is not None:
                response = refused
            elif method == "POST" and endpoint == "/chat/completions":
                response = quirk.chat(body)
            elif method == "POST" and endpoint == "/embeddings":
                response = quirk.embeddings(body)
            elif method == "GET" and endpoint == "/models":
                response = quirk.models()
            else:
                response = quirk.other(method, parts.path)
            if response.status >= 400 and method == "POST":  # probes (GET) are not counted
                server.fail(f"{method} {parts.path}: HTTP {response.status}")
            self._send(response)

        def _send(self, response: Response) -> None:
            if response.events is not None:
                self.send_response(response.status)
                self.send_header("Content-Type", "text/event-stream")
                self.send_header("Transfer-Encoding", "chunked")
                self.send_header("Connection", "close")
                for k, v in response.headers.items():
                    self.send_header(k, v)
                self.end_headers()
                self.close_connection = True
                for event in response.events:
                    if event.startswith(("error:", "data: {\"error\"", "data: {\"error\":")) \
                            or '"finish_reason":"error"' in event:
                        server.fail(f"in-stream error: {event[:60]}")
                    data = event.encode()
                    try:
                        self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
                        self.wfile.flush()
                    except OSError:
                        return
                self.wfile.write(b"0\r\n\r\n")
                return
            body = response.body
            data = body if isinstance(body, bytes) else (
                body.encode() if isinstance(body, str) else dumps(body).encode())
            if response.trailing_newline:
                data += b"\n"
            self.send_response(response.status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.send_header("Connection", "close")
            for k, v in response.headers.items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(data)
            self.close_connection = True

    return Handler


# -- history as servers read it ----------------------------------------------------------------


def tool_calls_in(body: dict[str, Any]) -> Iterator[tuple[int, dict[str, Any], dict[str, Any]]]:
    """(message index, assistant message, tool call) for every call in the history."""
    for i, m in enumerate(body.get("messages") or []):
        if m.get("role") == "assistant":
            for c in m.get("tool_calls") or []:
                yield i, m, c


def bad_arguments(body: dict[str, Any]) -> tuple[str, ValueError] | None:
    """The first history arguments `json.loads` refuses (None/empty pass: vLLM coerces)."""
    for _, _, c in tool_calls_in(body):
        raw = (c.get("function") or {}).get("arguments")
        if raw:
            try:
                json.loads(raw)
            except ValueError as exc:
                return raw, exc
    return None


def thinks_sent_back(server: QuirkServer | None, body: dict[str, Any]) -> None:
    for m in body.get("messages") or []:
        text = _text(m.get("content"))
        if m.get("role") == "assistant" and ("<think>" in text or "</think>" in text):
            if server is not None:
                server.blemish("an assistant message with a <think> block was sent back")


# -- vLLM ----------------------------------------------------------------------------------------


class Vllm(Quirk):
    """vLLM's layout (§13.3 of the notes): compact pydantic JSON with unset fields left out,
    tool deltas keyed id, type, index, function; `json.dumps` spacing inside arguments."""

    name = "vllm"
    source = "vllm/entrypoints/openai/serving_chat.py (v0.10-0.25)"
    model = "Qwen/Qwen3-8B"
    embed_model = "Qwen/Qwen3-Embedding-0.6B"
    id_prefix = "chatcmpl-7f3b2c1d9e8a4f60b5c4d3e2f1a0b9c8"
    flat_errors = False  # before v0.10.1: {"object": "error", ...}

    def error(self, status: int, message: str, *, type: str = "BadRequestError",
              param: Any = None, code: Any = None) -> Response:
        err = {"message": message, "type": type, "param": param, "code": status}
        return Response(status, {"object": "error", **err} if self.flat_errors else
                        {"error": err})

    def call_id(self, i: int) -> str:
        return f"chatcmpl-tool-{hashlib.md5(str(i).encode()).hexdigest()}"

    def arguments(self, args: dict[str, Any]) -> str:
        return dumps(args, spaced=True)

    def chunk(self, delta: dict[str, Any] | None, finish: str | None = None,
              usage: Any = None, **choice: Any) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id_prefix, "object": "chat.completion.chunk",
                               "created": STAMP, "model": self.model, "choices": []}
        if delta is not None:
            out["choices"] = [{"index": 0, "delta": delta, "logprobs": None,
                               "finish_reason": finish, **choice}]
        if usage is not None:
            out["usage"] = usage
        return out

    def tool_deltas(self, i: int, name: str, args: dict[str, Any]) -> Iterator[dict[str, Any]]:
        yield self.chunk({"tool_calls": [{"id": self.call_id(i), "type": "function", "index": i,
                                          "function": {"name": name}}]})
        for piece in self.pieces(self.arguments(args), 7):
            yield self.chunk({"tool_calls": [{"index": i, "function": {"arguments": piece}}]})

    def stream(self, body: dict[str, Any], answer: Answer, include_usage: bool) -> Iterator[str]:
        yield self.sse(self.chunk({"role": "assistant", "content": ""}))
        if answer.reasoning:
            for piece in self.pieces(answer.reasoning, 12):
                yield self.sse(self.chunk(self.reasoning_delta(piece)))
        for piece in self.pieces(answer.text):
            yield self.sse(self.chunk({"content": piece}))
        for i, (name, args) in enumerate(answer.calls):
            for delta in self.tool_deltas(i, name, args):
                yield self.sse(delta)
        yield self.sse(self.chunk({}, "tool_calls" if answer.calls else "stop",
                                  stop_reason=None))
        if include_usage:
            yield self.sse(self.chunk(None, usage=self.usage(body, answer)))
        yield "data: [DONE]\n\n"

    def reasoning_delta(self, piece: str) -> dict[str, Any]:
        return {"reasoning": piece}

    def check(self, body: dict[str, Any]) -> Response | None:
        bad = bad_arguments(body)  # chat_utils._postprocess_messages before PR #48922
        if bad is not None:
            return self.error(400, str(bad[1]))
        if "stream_options" in body and not body.get("stream"):
            return self.error(400, "Stream options can only be defined when `stream=True`.")
        if body.get("tools") == []:
            return self.error(400, "`tools` must not be an empty array. Either provide at least "
                                   "one tool or omit the field entirely.", param="tools")
        return None

    def embeddings(self, body: dict[str, Any]) -> Response:
        response = super().embeddings(body)
        response.body = {"id": "embd-4c1b0e", "object": "list", "created": STAMP,
                         "model": body.get("model"), "data": response.body["data"],
                         "usage": {"prompt_tokens": 4, "total_tokens": 4,
                                   "completion_tokens": 0, "prompt_tokens_details": None}}
        return response

    def models(self) -> Response:
        return Response(200, {"object": "list", "data": [{
            "id": self.model, "object": "model", "created": STAMP, "owned_by": "vllm",
            "root": self.model, "parent": None, "max_model_len": 32768,
            "permission": [{"id": "modelperm-1", "object": "model_permission",
                            "created": STAMP, "allow_create_engine": False,
                            "allow_sampling": True, "allow_logprobs": True,
                            "allow_search_indices": False, "allow_view": True,
                            "allow_fine_tuning": False, "organization": "*", "group": None,
                            "is_blocking": False}]}]})


class VllmDroppedBrace(Vllm):
    """The hermes tool parser swallows the delta holding the final `}` when the last value is
    not a string (MTP / --stream-interval): arguments arrive as `{"path": ..., "end_line": 5`.
    The history check then refuses any later request that replays them."""

    name = "vllm_dropped_brace"
    source = "https://github.com/vllm-project/vllm/issues/32152 (fix: PR #36360)"

    def arguments(self, args: dict[str, Any]) -> str:
        return dumps(args, spaced=True)[:-1]


class VllmTruncatedArguments(Vllm):
    """Generation stopped at max_tokens inside the first call's arguments: `{"path": "READ`
    with finish_reason "length". Replaying that string gives vLLM's 400 with the Python
    JSONDecodeError text ("Unterminated string starting at: line 1 column 10 (char 9)")."""

    name = "vllm_truncated_arguments"
    source = "https://github.com/vllm-project/vllm/issues/47761, /issues/43995"

    def stream(self, body: dict[str, Any], answer: Answer, include_usage: bool) -> Iterator[str]:
        if answer.calls and self.once({"messages": "first-call"}):
            name, args = answer.calls[0]
            yield self.sse(self.chunk({"role": "assistant", "content": ""}))
            yield self.sse(self.chunk({"tool_calls": [{"id": self.call_id(0), "type": "function",
                                                       "index": 0, "function": {"name": name}}]}))
            yield self.sse(self.chunk({"tool_calls": [{"index": 0, "function": {
                "arguments": '{"path": "READ'}}]}))
            yield self.sse(self.chunk({}, "length", stop_reason=None))
            yield "data: [DONE]\n\n"
            return
        yield from super().stream(body, answer, include_usage)


class VllmDuplicatedArguments(Vllm):
    """At finish vLLM sends `expected_call.replace(actual_call, "", 1)`; when the streamed
    text differs in spacing the whole object goes out a second time, on the finish chunk,
    with explicit nulls, `stop_reason` and `token_ids` (captured from v0.19.0, GLM-5.1)."""

    name = "vllm_duplicated_arguments"
    source = "https://github.com/vllm-project/vllm/issues/42167"

    def tool_deltas(self, i: int, name: str, args: dict[str, Any]) -> Iterator[dict[str, Any]]:
        compact = dumps(args)
        yield self.chunk({"tool_calls": [{"id": self.call_id(i), "type": "function", "index": i,
                                          "function": {"name": name}}]}, token_ids=None)
        for piece in self.pieces(compact, 7):
            yield self.chunk({"tool_calls": [{"index": i, "function": {"arguments": piece}}]},
                             token_ids=None)
        yield self.chunk({"tool_calls": [{"id": None, "type": None, "index": i, "function": {
            "name": None, "arguments": dumps(args, spaced=True)}}]}, "tool_calls",
            stop_reason=154829, token_ids=None)

    def stream(self, body: dict[str, Any], answer: Answer, include_usage: bool) -> Iterator[str]:
        if not answer.calls:
            yield from super().stream(body, answer, include_usage)
            return
        yield self.sse(self.chunk({"role": "assistant", "content": ""}, token_ids=None))
        for delta in self.tool_deltas(0, *answer.calls[0]):
            yield self.sse(delta)
        yield "data: [DONE]\n\n"


class VllmNoAutoToolChoice(Vllm):
    """Started without --enable-auto-tool-choice: any request with `tools` is refused, also
    without `tool_choice` (check_tool_usage defaults it to "auto")."""

    name = "vllm_no_auto_tool_choice"
    source = "vllm serving_chat.py; body as in https://github.com/vllm-project/vllm/issues/9991"
    cannot = {"tools": "--enable-auto-tool-choice"}

    def check(self, body: dict[str, Any]) -> Response | None:
        if body.get("tools") and body.get("tool_choice", "auto") == "auto":
            return self.error(400, '"auto" tool choice requires --enable-auto-tool-choice and '
                                   "--tool-call-parser to be set")
        return super().check(body)


class VllmReasoningField(Vllm):
    """With a reasoning parser, vLLM (since PR #27752) streams the thought as `reasoning`
    (not `reasoning_content`), before the answer."""

    name = "vllm_reasoning_field"
    source = "https://github.com/vllm-project/vllm/pull/27752, /pull/33402"

    def answer(self, body: dict[str, Any]) -> Answer:
        return think(body)

    def complete(self, body: dict[str, Any], answer: Answer) -> dict[str, Any]:
        out = super().complete(body, answer)
        out["choices"][0]["message"]["reasoning"] = answer.reasoning
        return out


class ThinkTagsInContent(Vllm):
    """Qwen3 on vLLM without --reasoning-parser: the thought is plain content, `<think>` and
    `</think>` each their own delta (single added tokens), the thought full of braces."""

    name = "think_tags_in_content"
    source = "https://github.com/InternLM/lmdeploy/issues/3664 (chunk), vllm#13125"

    def answer(self, body: dict[str, Any]) -> Answer:
        thinks_sent_back(self.server, body)
        answer = think(body)
        if answer.text:
            answer.text = f"<think>|\n|{answer.reasoning}|\n|</think>|\n\n|{answer.text}"
        answer.reasoning = ""
        return answer

    def pieces(self, text: str, size: int = 6) -> list[str]:
        if "|" not in text:
            return super().pieces(text, size)
        return [p for part in text.split("|") for p in
                ([part] if part.startswith("<") or part.isspace() else
                 Vllm.pieces(self, part, size))]

    def message(self, answer: Answer) -> dict[str, Any]:
        msg = super().message(answer)
        if msg["content"]:
            msg["content"] = msg["content"].replace("|", "")
        return msg

    def stream(self, body: dict[str, Any], answer: Answer, include_usage: bool) -> Iterator[str]:
        if answer.calls:  # the thought before a tool call, then the parsed call
            answer.text = f"<think>|\n|{THOUGHT}|\n|</think>|\n\n"
        yield from super().stream(body, answer, include_usage)


class HermesToolCallAsText(Vllm):
    """Qwen2.5 with no tool parser run on its output: the call stays in `content` as a
    `<tool_call>` block and finish_reason is "stop"."""

    name = "hermes_tool_call_as_text"
    source = "https://github.com/vllm-project/vllm/issues/9693"

    def answer(self, body: dict[str, Any]) -> Answer:
        answer = super().answer(body)
        if answer.calls:
            name, args = answer.calls[0]
            answer.text = (f"<tool_call>\n{dumps({'arguments': args, 'name': name}, True)}\n"
                           "</tool_call>")
            answer.calls = []
        return answer


class Vllm05Embeddings(Vllm):
    """vLLM 0.5: `encoding_format: base64` (the openai SDK's default) is refused, in the flat
    error envelope vLLM used before v0.10.1."""

    name = "vllm05_embeddings_no_base64"
    source = "https://github.com/vllm-project/vllm/issues/6174 (fixed by PR #5935)"
    flat_errors = True

    def embeddings(self, body: dict[str, Any]) -> Response:
        if body.get("encoding_format", "float") == "base64":
            return self.error(400, "base64 encoding is not currently supported")
        return super().embeddings(body)


# -- SGLang -----------------------------------------------------------------------------------


class SglangAbort(Vllm):
    """SGLang: every field serialized, nulls included; tool-call ids are the tool index,
    repeated on every argument delta; an abort with a status becomes a streaming error named
    after the HTTPStatus, then [DONE] (first attempt of each request here)."""

    name = "sglang_abort_503"
    source = "sglang serving_chat.py (create_streaming_error_response); " \
             "https://github.com/pollinations/pollinations/issues/1895 (layout)"
    model = "deepseek-ai/DeepSeek-V3"

    def chunk(self, delta: dict[str, Any] | None, finish: str | None = None,
              usage: Any = None, **choice: Any) -> dict[str, Any]:
        full = None if delta is None else {"role": None, "content": None,
                                           "reasoning_content": None, "tool_calls": None,
                                           **delta}
        choices = [] if full is None else [{"index": 0, "delta": full, "logprobs": None,
                                            "finish_reason": finish, "matched_stop": None}]
        return {"id": "4f9e6b3c2a1d4e5f8a7b6c5d4e3f2a1b", "object": "chat.completion.chunk",
                "created": STAMP, "model": self.model, "choices": choices, "usage": usage}

    def tool_deltas(self, i: int, name: str, args: dict[str, Any]) -> Iterator[dict[str, Any]]:
        yield self.chunk({"tool_calls": [{"id": str(i), "index": i, "type": "function",
                                          "function": {"name": name, "arguments": ""}}]})
        for piece in self.pieces(self.arguments(args), 7):
            yield self.chunk({"tool_calls": [{"id": str(i), "index": i, "type": "function",
                                              "function": {"name": None, "arguments": piece}}]})

    def stream(self, body: dict[str, Any], answer: Answer, include_usage: bool) -> Iterator[str]:
        if self.once(body):
            yield self.sse(self.chunk({"role": "assistant", "content": ""}))
            yield ('data: {"error": {"message": "Generation aborted.", "type": '
                   '"SERVICE_UNAVAILABLE", "param": null, "code": 503}}\n\n')
            yield "data: [DONE]\n\n"
            return
        yield from super().stream(body, answer, include_usage)


# -- Ollama -----------------------------------------------------------------------------------


class Ollama(Quirk):
    """Ollama's `/v1` (v0.5.x): role and content on every chunk, a tool call whole in one
    chunk, finish_reason "stop" even after a tool call (v0.4.6-v0.5.11), ids collide across
    requests, errors through json.NewEncoder (trailing newline). History arguments must
    unmarshal into an object: else 400 "invalid tool call arguments" (also for "")."""

    name = "ollama_0_5"
    source = "ollama openai/openai.go, middleware/openai.go (git history, v0.4.6-v0.5.11)"
    model = "qwen3:8b"
    embed_model = "nomic-embed-text"
    usage_chunks = True  # v0.5.2+: a choices:[] chunk with usage when asked

    def error(self, status: int, message: str, *, type: str = "invalid_request_error",
              param: Any = None, code: Any = None) -> Response:
        return Response(status, {"error": {"message": message, "type": type, "param": None,
                                           "code": None}}, trailing_newline=True)

    def check(self, body: dict[str, Any]) -> Response | None:
        for _, _, c in tool_calls_in(body):
            try:
                if not isinstance(json.loads((c.get("function") or {}).get("arguments")), dict):
                    raise ValueError
            except (TypeError, ValueError):
                return self.error(400, "invalid tool call arguments")
        for m in body.get("messages") or []:
            if m.get("content") is None and not m.get("tool_calls"):
                return self.error(400, "invalid message content type: <nil>")
        return None

    def call_id(self, i: int) -> str:
        return "call_" + hashlib.md5(f"k{i}".encode()).hexdigest()[:8]

    def chunk(self, delta: dict[str, Any] | None, finish: str | None = None,
              usage: Any = None) -> dict[str, Any]:
        out: dict[str, Any] = {"id": "chatcmpl-417", "object": "chat.completion.chunk",
                               "created": STAMP, "model": self.model,
                               "system_fingerprint": "fp_ollama", "choices": []}
        if delta is not None:
            out["choices"] = [{"index": 0, "delta": {"role": "assistant", "content": "",
                                                     **delta}, "finish_reason": finish}]
        if usage is not None:
            out["usage"] = usage
        return out

    def stream(self, body: dict[str, Any], answer: Answer, include_usage: bool) -> Iterator[str]:
        text = self.pieces(answer.text)
        for n, piece in enumerate(text):
            last = n == len(text) - 1 and not answer.calls
            yield self.sse(self.chunk({"content": piece}, "stop" if last else None))
        if answer.calls:
            yield self.sse(self.chunk({"tool_calls": [
                {"id": self.call_id(i), "index": i, "type": "function",
                 "function": {"name": n, "arguments": dumps(a)}}
                for i, (n, a) in enumerate(answer.calls)]}))
            yield self.sse(self.chunk({}, "stop"))
        if include_usage and self.usage_chunks:
            yield self.sse(self.chunk(None, usage=self.usage(body, answer)))
        yield "data: [DONE]\n\n"

    def complete(self, body: dict[str, Any], answer: Answer) -> dict[str, Any]:
        out = super().complete(body, answer)
        out["id"], out["system_fingerprint"] = "chatcmpl-417", "fp_ollama"
        out["choices"][0].pop("logprobs")
        out["choices"][0]["message"].pop("refusal")
        out["choices"][0]["message"]["content"] = answer.text
        return out

    def embeddings(self, body: dict[str, Any]) -> Response:
        body = {k: v for k, v in body.items() if k != "encoding_format"}  # ignored before 0.12.7
        response = super().embeddings(body)
        response.body = {"object": "list", "data": response.body["data"],
                         "model": body.get("model"), "usage": response.body["usage"]}
        response.trailing_newline = True
        return response

    def models(self) -> Response:
        return Response(200, {"object": "list", "data": [
            {"id": self.model, "object": "model", "created": STAMP, "owned_by": "library"}]},
            trailing_newline=True)


class OllamaNoUsage(Ollama):
    """Before v0.5.2 (PR #6784) `stream_options` is ignored: no usage in any stream."""

    name = "ollama_legacy_no_usage"
    source = "https://github.com/ollama/ollama/pull/6784"
    usage_chunks = False


class OllamaModelWithoutTools(Ollama):
    """A model without tool support: CheckCapabilities answers 400, type api_error (<0.18)."""

    name = "ollama_model_without_tools"
    source = "https://github.com/louisho5/picobot/issues/6 (body); server/routes.go"
    model = "gemma3:4b"
    cannot = {"tools": "ollama pull"}

    def check(self, body: dict[str, Any]) -> Response | None:
        if body.get("tools"):
            return self.error(400, f"registry.ollama.ai/library/{self.model} does not support "
                                   "tools", type="api_error")
        return super().check(body)


class ToolCallAsJsonText(Ollama):
    """A small model on Ollama answers the call as Llama-3 JSON text in a ```json fence:
    `tool_calls` empty, finish_reason "stop"."""

    name = "tool_call_as_json_text"
    source = "https://github.com/ollama/ollama/issues/13519, jundot/omlx#1153"
    model = "llama3.2:3b"

    def answer(self, body: dict[str, Any]) -> Answer:
        answer = super().answer(body)
        if answer.calls:
            name, args = answer.calls[0]
            answer.text = "```json\n" + dumps({"name": name, "parameters": args}, True) + \
                "\n```"
            answer.calls = []
        return answer


# -- llama.cpp --------------------------------------------------------------------------------


class LlamaCpp(Quirk):
    """llama-server: nlohmann JSON (keys sorted), `timings` on the last chunk, errors as
    {"error": {"code", "message", "type"}}; any exception in a handler is an HTTP 500."""

    name = "llamacpp"
    source = "tools/server/server-common.cpp (format_error_response), server.cpp"
    model = "qwen2.5-coder-7b-instruct-q4_k_m.gguf"
    embed_model = "nomic-embed-text-v1.5.Q8_0.gguf"
    n_ctx = 8192

    def __init__(self) -> None:
        super().__init__()
        self.prompt_sizes: list[int] = []  # tokens of each chat request, as counted here

    def error(self, status: int, message: str, *, type: str = "server_error",
              param: Any = None, code: Any = None, **extra: Any) -> Response:
        return Response(status, {"error": {"code": status, "message": message, "type": type,
                                           **extra}})

    def sse(self, obj: Any) -> str:
        return f"data: {json.dumps(obj, sort_keys=True, separators=(',', ':'))}\n\n"

    def call_id(self, i: int) -> str:
        return hashlib.md5(f"llama{i}".encode()).hexdigest()

    def chunk(self, delta: dict[str, Any] | None, finish: str | None = None,
              usage: Any = None) -> dict[str, Any]:
        out: dict[str, Any] = {"choices": [] if delta is None else
                               [{"finish_reason": finish, "index": 0, "delta": delta}],
                               "created": STAMP, "id": "chatcmpl-k3NQ0mMOxrUQYk7qPNzBIHaUoVUsj",
                               "model": self.model, "system_fingerprint": "b6140-a0552c8b",
                               "object": "chat.completion.chunk"}
        if usage is not None:
            out["usage"] = usage
        if finish is not None:
            out["timings"] = {"prompt_n": 12, "prompt_ms": 31.2, "predicted_n": 9,
                              "predicted_ms": 140.5, "predicted_per_second": 64.1}
        return out

    def tokens(self, body: dict[str, Any]) -> int:
        """The prompt's size, counted the way gcode estimates it (4 characters a token)."""
        chars = sum(len(_text(m.get("content"))) + 16 for m in body.get("messages") or [])
        chars += sum(len(dumps(c.get("function") or {})) for _, _, c in tool_calls_in(body))
        return (chars + len(dumps(body.get("tools") or []))) // 4

    def check(self, body: dict[str, Any]) -> Response | None:
        for _, _, c in tool_calls_in(body):  # common/chat.cpp func_args_not_string()
            raw = (c.get("function") or {}).get("arguments") or ""
            try:
                json.loads(raw)
            except ValueError as exc:
                return self.error(500, "Failed to parse tool call arguments as JSON: "
                                  "[json.exception.parse_error.101] parse error at line 1, "
                                  f"column {exc.pos + 1}: syntax error while parsing value - "
                                  "unexpected end of input; expected '[', '{', or a literal")
        used = self.tokens(body)
        self.prompt_sizes.append(used)
        if used >= self.n_ctx:
            return self.error(400, f"request ({used} tokens) exceeds the available context "
                                   f"size ({self.n_ctx} tokens), try increasing it",
                              type="exceed_context_size_error", n_prompt_tokens=used,
                              n_ctx=self.n_ctx)
        return None

    def models(self) -> Response:
        entry = {"id": self.model, "object": "model", "created": STAMP, "owned_by": "llamacpp",
                 "meta": {"vocab_type": 2, "n_vocab": 151936, "n_ctx_train": 32768,
                          "n_embd": 3584, "n_params": 7615616512, "size": 4677120000}}
        return Response(200, {"models": [{"name": self.model, "model": self.model,
                                          "modified_at": "", "size": "", "digest": "",
                                          "type": "model", "description": "", "tags": [""],
                                          "capabilities": ["completion"], "parameters": "",
                                          "details": {}}],
                              "object": "list", "data": [entry]})

    def other(self, method: str, path: str) -> Response:
        if method == "GET" and path == "/props":
            return Response(200, {"default_generation_settings": {"n_ctx": self.n_ctx,
                                                                  "model": self.model},
                                  "total_slots": 1, "model_path": f"/models/{self.model}",
                                  "chat_template": "{% for m in messages %}...",
                                  "build_info": "b6140-a0552c8b"})
        return self.error(404, "File Not Found", type="not_found_error")

    def route(self, method: str, path: str, query: dict[str, str], headers: dict[str, str]
              ) -> tuple[str | None, Response | None]:
        if path == "/props":
            return path, None
        return super().route(method, path, query, headers)


class LlamaCppBadHistory500(LlamaCpp):
    """Generation cut at n_predict inside the first call's arguments; replaying them makes
    common/chat.cpp throw, which the route turns into a deterministic HTTP 500."""

    name = "llamacpp_bad_history_500"
    source = "common/chat.cpp func_args_not_string(); continuedev/continue test fixture"
    truncated = False

    def stream(self, body: dict[str, Any], answer: Answer, include_usage: bool) -> Iterator[str]:
        if answer.calls and not self.truncated:
            self.truncated = True
            yield self.sse(self.chunk({"role": "assistant", "content": None}))
            yield self.sse(self.chunk({"tool_calls": [{"index": 0, "id": self.call_id(0),
                                                       "type": "function", "function": {
                                                           "name": "read_file",
                                                           "arguments": '{"path":"RE'}}]}))
            yield self.sse(self.chunk({}, "length"))
            yield "data: [DONE]\n\n"
            return
        yield from super().stream(body, answer, include_usage)


class LlamaCppNoJinja(LlamaCpp):
    """llama-server without --jinja: `tools` throws in oaicompat_chat_params_parse, so every
    such request is an HTTP 500 that no retry will fix."""

    name = "llamacpp_no_jinja"
    source = "https://github.com/containers/ramalama/issues/988 (body); utils.hpp"
    cannot = {"tools": "--jinja"}

    def check(self, body: dict[str, Any]) -> Response | None:
        if body.get("tools"):
            return self.error(500, "tools param requires --jinja flag")
        if body.get("tool_choice"):
            return self.error(500, "Unsupported param: tool_choice")
        return super().check(body)


class LlamaCppToolsWithStream(LlamaCpp):
    """llama.cpp before PR #12379: tools only without streaming."""

    name = "llamacpp_tools_with_stream"
    source = "https://github.com/ggml-org/llama.cpp/pull/12379, simonw/llm-llama-server#3"

    def check(self, body: dict[str, Any]) -> Response | None:
        if body.get("tools") and body.get("stream"):
            return self.error(500, "Cannot use tools with stream")
        return super().check(body)


class LlamaCppLegacyErrorEvent(LlamaCpp):
    """Old llama-server (up to ~Oct 2025) wrote errors after the stream opened under the
    non-standard SSE field `error:`, then [DONE]; the openai SDK ignores the field, so the
    client sees an empty, "successful" stream. ILLUSTRATIVE message (a slot failure)."""

    name = "llamacpp_legacy_error_event"
    source = "examples/server/server.cpp server_sent_event(sink, \"error\", ...)"

    def stream(self, body: dict[str, Any], answer: Answer, include_usage: bool) -> Iterator[str]:
        if self.once(body):
            yield ('error: {"code":503,"message":"Loading model","type":"unavailable_error"}'
                   "\n\n")
            yield "data: [DONE]\n\n"
            return
        yield from super().stream(body, answer, include_usage)


class R1LoneCloseThink(LlamaCpp):
    """DeepSeek-R1 distills with --reasoning-format none: the template already opened
    `<think>`, so the output is thought, then a lone `</think>`, then the answer."""

    name = "r1_lone_close_think"
    source = "https://github.com/ggml-org/llama.cpp/issues/11861, vllm#13125"
    model = "DeepSeek-R1-Distill-Qwen-7B-Q4_K_M.gguf"

    def answer(self, body: dict[str, Any]) -> Answer:
        thinks_sent_back(self.server, body)
        answer = think(body)
        if answer.text:
            answer.text = f"{answer.reasoning}\n</think>\n\n{answer.text}"
        answer.reasoning = ""
        return answer

    def pieces(self, text: str, size: int = 6) -> list[str]:
        return [text[i:i + 5] for i in range(0, len(text), 5)]  # splits the tag too


class LlamaCppSmallContext(LlamaCpp):
    """A 4096-token slot; /props tells it, /v1/models only the training window. A request
    that does not fit is a 400 exceed_context_size_error naming n_ctx."""

    name = "llamacpp_small_context"
    source = "tools/server/server-context.cpp send_error(ERROR_TYPE_EXCEED_CONTEXT_SIZE)"
    n_ctx = 4096
    history_chars = 5760  # two such turns: the second overflows unless the first is dropped


class LlamaCppNoEmbeddings(LlamaCpp):
    """llama-server started without --embeddings."""

    name = "llamacpp_no_embeddings"
    source = "tools/server/server.cpp handle_embeddings_impl"
    cannot = {"embeddings": "--embeddings"}

    def embeddings(self, body: dict[str, Any]) -> Response:
        return self.error(501, "This server does not support embeddings. Start it with "
                               "`--embeddings`", type="not_supported_error")


# -- DeepSeek ---------------------------------------------------------------------------------


class DeepSeekThinking(Quirk):
    """DeepSeek V3.2 thinking mode: `reasoning_content` streams first (content null), `:
    keep-alive` comments while it waits, and an assistant message with tool calls must carry
    its reasoning_content in every later request."""

    name = "deepseek_v32_thinking_tools"
    source = "https://api-docs.deepseek.com/guides/thinking_mode; " \
             "https://github.com/AstrBotDevs/AstrBot/issues/4174 (400 body)"
    model = "deepseek-reasoner"

    def answer(self, body: dict[str, Any]) -> Answer:
        return think(body)

    def missing(self, body: dict[str, Any]) -> int | None:
        for i, m, _ in tool_calls_in(body):
            if "reasoning_content" not in m:
                return i
        return None

    def check(self, body: dict[str, Any]) -> Response | None:
        for m in body.get("messages") or []:
            if m.get("role") == "developer":
                return self.error(400, "Failed to deserialize the JSON body into the target "
                                  "type: messages[1].role: unknown variant `developer`",
                                  code="invalid_request_error")
        index = self.missing(body)
        if index is not None:
            return self.error(400, "Missing `reasoning_content` field in the assistant message "
                                   f"at message index {index}. For more information, please "
                                   "refer to https://api-docs.deepseek.com/guides/"
                                   "thinking_mode#tool-calls", code="invalid_request_error")
        for _, m, c in tool_calls_in(body):
            if m.get("reasoning_content") != self.reasoning_of.get(c.get("id"), THOUGHT):
                self.server and self.server.blemish("reasoning_content sent back changed")
        return None

    def chunk(self, delta: dict[str, Any] | None, finish: str | None = None,
              usage: Any = None) -> dict[str, Any]:
        return {"id": "9f1c8e3a-5b7d-4c2e-8f6a-1d2e3f4a5b6c", "object": "chat.completion.chunk",
                "created": STAMP, "model": self.model,
                "system_fingerprint": "fp_ffc7281d48_prod0820_fp8_kvcache",
                "choices": [] if delta is None else [{"index": 0, "delta": delta,
                                                      "logprobs": None, "finish_reason": finish}],
                **({"usage": usage} if usage is not None else {})}

    def stream(self, body: dict[str, Any], answer: Answer, include_usage: bool) -> Iterator[str]:
        yield ": keep-alive\n\n"
        yield self.sse(self.chunk({"role": "assistant", "content": None,
                                   "reasoning_content": ""}))
        for piece in self.pieces(answer.reasoning, 10):
            yield self.sse(self.chunk({"content": None, "reasoning_content": piece}))
        for piece in self.pieces(answer.text):
            yield self.sse(self.chunk({"content": piece, "reasoning_content": None}))
        for i, (name, args) in enumerate(answer.calls):
            cid = f"call_00_{hashlib.md5(dumps(body.get('messages')).encode()).hexdigest()[:22]}"
            self.reasoning_of[cid] = answer.reasoning
            yield self.sse(self.chunk({"tool_calls": [{"index": i, "id": cid, "type": "function",
                                                       "function": {"name": name,
                                                                    "arguments": ""}}]}))
            yield self.sse(self.chunk({"tool_calls": [{"index": i, "function": {
                "arguments": dumps(args)}}]}))
        yield self.sse(self.chunk({"content": "", "reasoning_content": None},
                                  "tool_calls" if answer.calls else "stop"))
        if include_usage:
            yield self.sse(self.chunk(None, usage=self.usage(body, answer)))
        yield "data: [DONE]\n\n"

    def message(self, answer: Answer) -> dict[str, Any]:
        msg = super().message(answer)
        msg.pop("refusal")
        msg["reasoning_content"] = answer.reasoning
        return msg


class DeepSeekV4Thinking(DeepSeekThinking):
    """DeepSeek V4: every assistant message after the last user message needs its
    reasoning_content back while thinking is on (new wording of the 400)."""

    name = "deepseek_v4_thinking"
    source = "https://github.com/decolua/9router/issues/773, anomalyco/opencode#17523"
    model = "team-proxy/thinker"  # behind a proxy that renames it: nothing says "deepseek"

    def check(self, body: dict[str, Any]) -> Response | None:
        messages = body.get("messages") or []
        last_user = max((i for i, m in enumerate(messages) if m.get("role") == "user"),
                        default=0)
        if any(m.get("role") == "assistant" and "reasoning_content" not in m
               for m in messages[last_user:]):
            return self.error(400, "The `reasoning_content` in the thinking mode must be passed "
                                   "back to the API.", code="invalid_request_error")
        return None

    def missing(self, body: dict[str, Any]) -> int | None:
        return None


# -- OpenRouter and OpenAI stream errors ------------------------------------------------------


class OpenRouter(Quirk):
    """OpenRouter: `: OPENROUTER PROCESSING` comments, `provider` on every chunk, usage
    (with cost) always in the last chunk, asked or not."""

    name = "openrouter"
    source = "https://openrouter.ai/docs/api-reference/streaming"
    model = "openai/gpt-4o-mini"

    def chunk(self, delta: dict[str, Any] | None, finish: str | None = None,
              usage: Any = None) -> dict[str, Any]:
        out = super().chunk(delta, finish, usage)
        out.update(id="gen-1767000000-abcdef", provider="OpenAI")
        out.pop("service_tier")
        for choice in out["choices"]:
            choice["native_finish_reason"] = finish
        if usage is None:
            out.pop("usage")
        return out

    def stream(self, body: dict[str, Any], answer: Answer, include_usage: bool) -> Iterator[str]:
        yield ": OPENROUTER PROCESSING\n\n"
        events = list(super().stream(body, answer, False))
        usage = {**self.usage(body, answer), "cost": 0.000021, "is_byok": False}
        yield from events[:-1]
        yield self.sse(self.chunk(None, usage=usage))
        yield events[-1]


class OpenRouterMidStreamError(OpenRouter):
    """An error after the first tokens: a unified chunk with a top-level `error` and
    finish_reason "error", HTTP status still 200, no [DONE]. Non-streamed, the error rides
    inside a 200 choice. Here: the first attempt of each request."""

    name = "openrouter_midstream_error"
    source = "https://openrouter.ai/docs/api-reference/streaming (Handling Errors During " \
             "Streaming); 200+error choice: a probe quoted in a test fixture (2026-09-27)"

    def stream(self, body: dict[str, Any], answer: Answer, include_usage: bool) -> Iterator[str]:
        if not self.once(body):
            yield from super().stream(body, answer, include_usage)
            return
        events = list(super().stream(body, answer, include_usage))
        yield from events[:3]
        yield self.sse({"id": "cmpl-abc123", "object": "chat.completion.chunk",
                        "created": STAMP, "model": self.model, "provider": "openai",
                        "error": {"code": "server_error",
                                  "message": "Provider disconnected unexpectedly"},
                        "choices": [{"index": 0, "delta": {"content": ""},
                                     "finish_reason": "error"}]})

    def complete(self, body: dict[str, Any], answer: Answer) -> dict[str, Any]:
        if self.once(body):
            if self.server is not None:
                self.server.fail("in-band error in a 200 answer")
            return {"choices": [{"message": {"content": ""}, "finish_reason": "error",
                                 "error": {"code": 502, "message": "This model is currently "
                                           "experiencing high demand.",
                                           "metadata": {"error_type": "provider_unavailable"}}}],
                    "usage": {"cost": 0, "is_byok": True}}
        return super().complete(body, answer)


class OpenRouterEmptyEmbeddings(OpenRouter):
    """Some OpenRouter embedding models answer 200 with `data: []` when asked for base64
    (the openai SDK's default)."""

    name = "openrouter_empty_base64_embeddings"
    source = "https://github.com/plastic-labs/honcho/issues/932, langchain#35204"
    embed_model = "qwen/qwen3-embedding-8b"

    def embeddings(self, body: dict[str, Any]) -> Response:
        if body.get("encoding_format", "float") == "base64":
            return Response(200, {"object": "list", "data": [], "model": body.get("model")})
        return super().embeddings(body)


class OpenAIStreamErrorEvent(Quirk):
    """OpenAI itself: after a few tokens, `data: {"error": ...}` (Python spacing) and the
    stream ends, no [DONE]. Here: the first attempt of each request."""

    name = "openai_stream_error_event"
    source = "coder/aibridge fixtures/openai/chatcompletions/stream_error.txtar (recorded)"

    def stream(self, body: dict[str, Any], answer: Answer, include_usage: bool) -> Iterator[str]:
        if self.once(body):
            yield self.sse(self.chunk({"role": "assistant", "content": "", "refusal": None}))
            yield self.sse(self.chunk({"content": "The"}))
            yield ('data: {"error": {"message": "The server had an error while processing your '
                   'request. Sorry about that!", "type": "server_error"}}\n\n')
            return
        yield from super().stream(body, answer, include_usage)


class FireworksNoStreamOptions(Quirk):
    """Fireworks (2024) and other strict gateways refuse `stream_options`."""

    name = "fireworks_no_stream_options"
    source = "https://github.com/FlowiseAI/Flowise/issues/2866 (message; envelope ILLUSTRATIVE)"
    model = "accounts/fireworks/models/llama-v3p1-70b-instruct"

    def check(self, body: dict[str, Any]) -> Response | None:
        if "stream_options" in body:
            return self.error(400, "Extra inputs are not permitted, field: 'stream_options'")
        return None


class O1MiniNoSystem(Quirk):
    """o1-mini: the system (and developer) role is refused, and so is `max_tokens`."""

    name = "o1_mini_no_system_role"
    source = "https://github.com/animalnots/BetterChatGPT-PLUS/issues/90; " \
             "microsoft/vscode-copilot-release#8065"
    model = "o1-mini"

    def check(self, body: dict[str, Any]) -> Response | None:
        for i, m in enumerate(body.get("messages") or []):
            if m.get("role") in ("system", "developer"):
                return self.error(400, f"Unsupported value: 'messages[{i}].role' does not "
                                       f"support '{m['role']}' with this model.",
                                  param=f"messages[{i}].role", code="unsupported_value")
        if "max_tokens" in body:
            return self.error(400, "Unsupported parameter: 'max_tokens' is not supported with "
                                   "this model. Use 'max_completion_tokens' instead.",
                              param="max_tokens", code="unsupported_parameter")
        return None


class OpenAIEmbeddings1536(Quirk):
    """text-embedding-3-small returns 1536 dimensions; gcode's default `dimensions` is 384."""

    name = "openai_embeddings_1536"
    source = "https://platform.openai.com/docs/guides/embeddings"
    embed_dim = 1536


# -- Azure ------------------------------------------------------------------------------------

AZURE_401 = ("Access denied due to invalid subscription key or wrong API endpoint. Make sure to "
             "provide a valid key for an active subscription and use a correct regional API "
             "endpoint for your resource.")


class AzureDeployment(Quirk):
    """Azure OpenAI's classic API: `/openai/deployments/NAME/...?api-version=...`, the key in
    an `api-key` header, error codes as strings and no `type`, and a first stream chunk with
    empty `choices` and only `prompt_filter_results`."""

    name = "azure_deployment"
    source = "learn.microsoft.com Azure OpenAI REST reference; first chunk: " \
             "https://github.com/AbanteAI/archive-old-cli-mentat/issues/429"
    model = "gpt-4o"  # the deployment's name
    embed_model = "text-embedding-3-small"  # the embeddings deployment
    config = {"api_version": "2024-10-21"}

    def base_url(self, root: str) -> str:
        return f"{root}/openai/deployments/{self.model}?api-version=2024-10-21"

    def error(self, status: int, message: str, *, type: str = "", param: Any = None,
              code: Any = None) -> Response:
        return Response(status, {"error": {"code": code or str(status), "message": message}})

    def route(self, method: str, path: str, query: dict[str, str], headers: dict[str, str]
              ) -> tuple[str | None, Response | None]:
        if headers.get("api-key") != KEY:
            return None, self.error(401, AZURE_401)
        if "api-version" not in query:
            return None, self.error(404, "Resource not found")
        if path == "/openai/models":
            return "/models", None
        prefix = "/openai/deployments/"
        if not path.startswith(prefix):
            return None, self.error(404, "Resource not found")
        name, _, rest = path[len(prefix):].partition("/")
        if name not in (self.model, self.embed_model):
            return None, self.error(404, "The API deployment for this resource does not exist. "
                                         "If you created the deployment within the last 5 "
                                         "minutes, please wait a moment and try again.",
                                    code="DeploymentNotFound")
        return "/" + rest, None

    def stream(self, body: dict[str, Any], answer: Answer, include_usage: bool) -> Iterator[str]:
        safe = {k: {"filtered": False, "severity": "safe"}
                for k in ("hate", "self_harm", "sexual", "violence")}
        yield self.sse({"id": "", "choices": [], "created": 0, "model": "", "object": "",
                        "system_fingerprint": None,
                        "prompt_filter_results": [{"prompt_index": 0,
                                                   "content_filter_results": safe}]})
        for event in super().stream(body, answer, include_usage):
            if event.startswith("data: {") and '"choices":[{' in event:
                obj = json.loads(event[6:])
                obj["choices"][0]["content_filter_results"] = safe
                event = self.sse(obj)
            yield event

    def models(self) -> Response:
        return Response(200, {"data": [{"id": "gpt-4o-2024-08-06", "status": "succeeded",
                                        "created_at": STAMP, "object": "model",
                                        "capabilities": {"chat_completion": True}}],
                              "object": "list"})


class AzureV1(Quirk):
    """Azure OpenAI's v1 API (GA Aug 2025): `/openai/v1/...`, no api-version, the plain
    OpenAI client with the deployment name as `model`; `api-key` or Bearer both work.
    A dated api-version is refused (ILLUSTRATIVE message)."""

    name = "azure_v1"
    source = "learn.microsoft.com azure/foundry/openai/api-version-lifecycle"
    model = "gpt-4o"
    path_prefix = "/openai/v1"

    def route(self, method: str, path: str, query: dict[str, str], headers: dict[str, str]
              ) -> tuple[str | None, Response | None]:
        if headers.get("api-key") != KEY and headers.get("authorization") != f"Bearer {KEY}":
            return None, Response(401, {"error": {"code": "401", "message": AZURE_401}})
        if query.get("api-version", "v1") not in ("v1", "preview"):
            return None, Response(400, {"error": {"code": "BadRequest",
                                                  "message": "API version not supported"}})
        return super().route(method, path, query, {"authorization": f"Bearer {KEY}"})


# -- Gemini, LM Studio, LiteLLM --------------------------------------------------------------


class GeminiThoughtSignature(Quirk):
    """Gemini's OpenAI-compatible endpoint: each tool call whole, without `index`, carrying
    `extra_content.google.thought_signature`, finish_reason "stop"; the signature must come
    back with the call in history, else a 400 wrapped in a JSON array."""

    name = "gemini_thought_signature"
    source = "https://github.com/THU-MAIC/OpenMAIC/issues/1556 (chunk); JetBrains/koog#1148"
    model = "gemini-2.5-flash"
    path_prefix = "/v1beta/openai"
    embed_model = "text-embedding-004"

    def signature(self, i: int) -> str:
        return base64.b64encode(f"sig-{i}-{self.model}".encode()).decode()

    def check(self, body: dict[str, Any]) -> Response | None:
        for i, _, c in tool_calls_in(body):
            sig = ((c.get("extra_content") or {}).get("google") or {}).get("thought_signature")
            if not sig:
                name = (c.get("function") or {}).get("name")
                return Response(400, [{"error": {
                    "code": 400, "message": "Function call is missing a thought_signature in "
                    "functionCall parts. This is required for tools to work correctly, and "
                    "missing thought_signature may lead to degraded model performance. "
                    f"Additional data, function call `default_api:{name}` , position {i}. "
                    "Please refer to https://ai.google.dev/gemini-api/docs/thought-signatures "
                    "for more details.", "status": "INVALID_ARGUMENT"}}])
        return None

    def stream(self, body: dict[str, Any], answer: Answer, include_usage: bool) -> Iterator[str]:
        def chunk(delta: dict[str, Any], finish: str | None = None) -> str:
            choice: dict[str, Any] = {"delta": delta, "index": 0}
            if finish:
                choice["finish_reason"] = finish
            return self.sse({"choices": [choice], "created": STAMP,
                             "id": "nKBKaM6HLsGm1dkPkPWTkQ", "model": self.model,
                             "object": "chat.completion.chunk"})

        for piece in self.pieces(answer.text, 12):
            yield chunk({"content": piece, "role": "assistant"})
        if answer.calls:
            yield chunk({"role": "assistant", "tool_calls": [
                {"extra_content": {"google": {"thought_signature": self.signature(i)}},
                 "function": {"arguments": dumps(a), "name": n}, "id": f"call_{29714 + i}",
                 "type": "function"} for i, (n, a) in enumerate(answer.calls)]})
        yield chunk({"role": "assistant"}, "stop")
        if include_usage:
            yield self.sse({"choices": [], "created": STAMP, "id": "nKBKaM6HLsGm1dkPkPWTkQ",
                            "model": self.model, "object": "chat.completion.chunk",
                            "usage": self.usage(body, answer)})
        yield "data: [DONE]\n\n"


class LMStudio(Quirk):
    """LM Studio: errors as a bare string, `response_format` only json_schema or text,
    `encoding_format` ignored (floats always), the context window only under /api/v0."""

    name = "lmstudio"
    source = "lmstudio-bug-tracker#756 (embeddings); response_format message from client " \
             "reports (ILLUSTRATIVE envelope)"
    model = "qwen2.5-7b-instruct"
    embed_model = "text-embedding-nomic-embed-text-v1.5"

    def error(self, status: int, message: str, **_: Any) -> Response:
        return Response(status, {"error": message})

    def check(self, body: dict[str, Any]) -> Response | None:
        kind = (body.get("response_format") or {}).get("type")
        if kind not in (None, "json_schema", "text"):
            return self.error(400, "'response_format.type' must be 'json_schema' or 'text'")
        return None

    def embeddings(self, body: dict[str, Any]) -> Response:
        return super().embeddings({**body, "encoding_format": "float"})

    def models(self) -> Response:
        return Response(200, {"data": [{"id": self.model, "object": "model",
                                        "owned_by": "organization_owner"}], "object": "list"})

    def route(self, method: str, path: str, query: dict[str, str], headers: dict[str, str]
              ) -> tuple[str | None, Response | None]:
        if path == "/api/v0/models":
            return path, None
        return super().route(method, path, query, headers)

    def other(self, method: str, path: str) -> Response:
        if path == "/api/v0/models":
            return Response(200, {"object": "list", "data": [{
                "id": self.model, "object": "model", "type": "llm", "publisher": "qwen",
                "arch": "qwen2", "compatibility_type": "gguf", "quantization": "Q4_K_M",
                "state": "loaded", "max_context_length": 32768}]})
        return self.error(404, f"Unexpected endpoint or method. ({method} {path})")


class LiteLLMGeminiEmbeddings(Quirk):
    """LiteLLM proxy in front of Gemini: any `encoding_format` is an UnsupportedParamsError
    (code as a string, type the string "None")."""

    name = "litellm_gemini_embeddings"
    source = "https://github.com/BerriAI/litellm/issues/5444 (v1.44)"
    model = "gemini-1.5-flash"
    embed_model = "text-embedding-004"
    embed_dim = 768

    def embeddings(self, body: dict[str, Any]) -> Response:
        if "encoding_format" in body:
            return Response(400, {"error": {
                "message": "litellm.UnsupportedParamsError: Setting user/encoding format is "
                           "not supported by gemini. To drop it from the call, set "
                           "`litellm.drop_params = True`.\nReceived Model Group="
                           f"{body.get('model')}\nAvailable Model Group Fallbacks=None",
                "type": "None", "param": None, "code": "400"}})
        return super().embeddings(body)


# -- interrupted answers, content parts, windows and rate limits in more servers' words -------


class VllmAbortFinishReason(Vllm):
    """An engine-side abort (elastic-EP scale-down, shutdown, sleep-mode pause, an abort
    request) ends the stream as if it had finished: HTTP 200, a terminal chunk with
    finish_reason "abort" (no OpenAI value) and stop_reason null, the usage chunk, then the
    unconditional [DONE]. What came before is a fragment. Here: the first attempt of each
    request, after two deltas."""

    name = "vllm_abort_finish_reason"
    source = "https://github.com/vllm-project/vllm/issues/57082 (chat_completion/serving.py " \
             "finish_reason_ = output.finish_reason)"

    def stream(self, body: dict[str, Any], answer: Answer, include_usage: bool) -> Iterator[str]:
        if not self.once(body):
            yield from super().stream(body, answer, include_usage)
            return
        if self.server is not None:
            self.server.fail("finish_reason abort")
        yield from list(super().stream(body, answer, False))[:3]
        yield self.sse(self.chunk({"content": ""}, "abort", stop_reason=None))
        if include_usage:
            yield self.sse(self.chunk(None, usage=self.usage(body, Answer("The an"))))
        yield "data: [DONE]\n\n"


class DeepSeekInsufficientResource(DeepSeekThinking):
    """DeepSeek's documented fifth finish_reason, "insufficient_system_resource": the
    inference system ran short and cut the answer off, in a 200 stream that ends normally
    (usage, [DONE]). Here: the first attempt of each request, after part of the thought."""

    name = "deepseek_insufficient_system_resource"
    source = "https://api-docs.deepseek.com/api/create-chat-completion (finish_reason); " \
             "ds-api crate FinishReason::InsufficientSystemResource"

    def stream(self, body: dict[str, Any], answer: Answer, include_usage: bool) -> Iterator[str]:
        if not self.once(body):
            yield from super().stream(body, answer, include_usage)
            return
        if self.server is not None:
            self.server.fail("finish_reason insufficient_system_resource")
        yield ": keep-alive\n\n"
        yield self.sse(self.chunk({"role": "assistant", "content": None,
                                   "reasoning_content": ""}))
        yield self.sse(self.chunk({"content": None, "reasoning_content": THOUGHT[:20]}))
        yield self.sse(self.chunk({"content": "", "reasoning_content": None},
                                  "insufficient_system_resource"))
        if include_usage:
            yield self.sse(self.chunk(None, usage=self.usage(body, Answer(THOUGHT[:20]))))
        yield "data: [DONE]\n\n"


class MistralMagistral(Quirk):
    """Magistral (2507 and later) on api.mistral.ai: the thought comes as content *parts*,
    `delta.content` a list `[{"type": "thinking", "thinking": [{"type": "text", "text": ...}]}]`,
    then the answer as plain string deltas; non-streamed, `message.content` is the list of a
    thinking part and a text part. Mistral's flat error envelope (`object: error`)."""

    name = "mistral_magistral_content_parts"
    source = "https://github.com/BerriAI/litellm/issues/16272 (stream capture); " \
             "simonw/llm-mistral#39, vercel/ai#8072 (thinking parts, non-streamed)"
    model = "magistral-medium-2509"
    embed_model = "mistral-embed"

    def answer(self, body: dict[str, Any]) -> Answer:
        return think(body)

    def error(self, status: int, message: str, *, type: str = "invalid_request_error",
              param: Any = None, code: Any = None) -> Response:
        return Response(status, {"object": "error", "message": message, "type": type,
                                 "param": param, "code": code})

    def chunk(self, delta: dict[str, Any] | None, finish: str | None = None,
              usage: Any = None) -> dict[str, Any]:
        out: dict[str, Any] = {"id": "c3c77283055240cbbaf6f01d384cfccb",
                               "object": "chat.completion.chunk", "created": STAMP,
                               "model": self.model, "choices": []}
        if delta is not None:
            out["choices"] = [{"index": 0, "delta": delta, "finish_reason": finish}]
        if usage is not None:
            out["usage"] = usage
        return out

    def thinking(self, text: str) -> dict[str, Any]:
        return {"type": "thinking", "thinking": [{"type": "text", "text": text}]}

    def stream(self, body: dict[str, Any], answer: Answer, include_usage: bool) -> Iterator[str]:
        yield self.sse(self.chunk({"role": "assistant", "content": ""}))
        for piece in self.pieces(answer.reasoning, 10):
            yield self.sse(self.chunk({"content": [self.thinking(piece)]}))
        for piece in self.pieces(answer.text):
            yield self.sse(self.chunk({"content": piece}))
        for i, (name, args) in enumerate(answer.calls):  # Mistral: each call whole
            yield self.sse(self.chunk({"tool_calls": [{"id": f"D681PevKs{i}", "function": {
                "name": name, "arguments": dumps(args)}, "index": i}]}))
        yield self.sse(self.chunk({"content": ""}, "tool_calls" if answer.calls else "stop",
                                  usage=self.usage(body, answer)))
        yield "data: [DONE]\n\n"

    def message(self, answer: Answer) -> dict[str, Any]:
        msg = super().message(answer)
        msg.pop("refusal")
        if answer.text:
            msg["content"] = [self.thinking(answer.reasoning), {"type": "text",
                                                                "text": answer.text}]
        return msg


class GeminiEmptyStop(GeminiThoughtSignature):
    """Gemini 2.5 (flash-lite, pro) now and then answers a candidate with no parts and
    finishReason STOP; the OpenAI-compatible endpoint turns it into a role-only delta with
    finish_reason "stop" (streamed) or a message without content (not streamed). The same
    request asked again answers. Here: the first attempt of each request."""

    name = "gemini_empty_stop"
    source = "https://github.com/BerriAI/litellm/issues/24442; " \
             "google-gemini/deprecated-generative-ai-python#744"
    model = "gemini-2.5-flash-lite"

    def stream(self, body: dict[str, Any], answer: Answer, include_usage: bool) -> Iterator[str]:
        if not self.once(body):
            yield from super().stream(body, answer, include_usage)
            return
        if self.server is not None:
            self.server.fail("empty answer, finish_reason stop")
        yield self.sse({"choices": [{"delta": {"role": "assistant"}, "finish_reason": "stop",
                                     "index": 0}], "created": STAMP,
                        "id": "8ZfBaYu9LarVz7IPlJG7gQU", "model": self.model,
                        "object": "chat.completion.chunk"})
        if include_usage:
            prompt = self.usage(body, answer)["prompt_tokens"]
            yield self.sse({"choices": [], "created": STAMP, "id": "8ZfBaYu9LarVz7IPlJG7gQU",
                            "model": self.model, "object": "chat.completion.chunk",
                            "usage": {"completion_tokens": 0, "prompt_tokens": prompt,
                                      "total_tokens": prompt}})
        yield "data: [DONE]\n\n"

    def complete(self, body: dict[str, Any], answer: Answer) -> dict[str, Any]:
        out = super().complete(body, answer)
        if self.once(body):
            if self.server is not None:
                self.server.fail("empty answer, finish_reason stop")
            out["choices"][0]["message"] = {"role": "assistant"}
        return out


class VllmNullFinishReason(Vllm):
    """vLLM 0.10 with tools now and then never sends a finish_reason: the last chunk's
    `finish_reason` is null too, then the usage chunk and [DONE]."""

    name = "vllm_null_finish_reason"
    source = "https://github.com/vllm-project/vllm/issues/27572"

    def stream(self, body: dict[str, Any], answer: Answer, include_usage: bool) -> Iterator[str]:
        for event in super().stream(body, answer, include_usage):
            yield event.replace('"finish_reason":"stop"', '"finish_reason":null').replace(
                '"finish_reason":"tool_calls"', '"finish_reason":null')


class TgiInputTooLong(Quirk):
    """Text Generation Inference's Messages API: errors as `{"error": text, "error_type"}`;
    a prompt over --max-input-tokens is a 422 "Input validation error: `inputs` must have
    less than N tokens. Given: M" (the window is only under /info, which clients do not
    read). Every key of a chunk written, `usage` null until the end."""

    name = "tgi_input_too_long"
    source = "router/src/validation.rs ValidationError::InputLength, server.rs ErrorResponse; " \
             "https://github.com/meta-llama/llama/issues/1103 (message)"
    model = "tgi"
    embed_model = "tgi"
    max_input = 4095
    history_chars = 5760  # as LlamaCppSmallContext: the second log overflows 4096 tokens

    def error(self, status: int, message: str, *, type: str = "validation", param: Any = None,
              code: Any = None) -> Response:
        return Response(status, {"error": message, "error_type": type})

    def check(self, body: dict[str, Any]) -> Response | None:
        used = LlamaCpp.tokens(self, body)  # type: ignore[arg-type]
        if used > self.max_input:
            return self.error(422, "Input validation error: `inputs` must have less than "
                                   f"{self.max_input} tokens. Given: {used}")
        return None

    def chunk(self, delta: dict[str, Any] | None, finish: str | None = None,
              usage: Any = None) -> dict[str, Any]:
        choices = [] if delta is None else [{"index": 0, "delta": {"role": "assistant", **delta},
                                             "logprobs": None, "finish_reason": finish}]
        return {"object": "chat.completion.chunk", "id": "", "created": STAMP,
                "model": self.model, "system_fingerprint": "3.3.4-sha-9f38d93",
                "choices": choices, "usage": usage}

    def models(self) -> Response:
        return Response(200, {"object": "list", "data": [
            {"id": self.model, "object": "model", "created": 0, "owned_by": self.model}]})


class LMStudioContextOverflow(LMStudio):
    """LM Studio (llama.cpp engine) with the model loaded at 4096 tokens while /api/v0/models
    reports the model's 32768: a longer prompt is a 400 whose bare-string error names the
    loaded window only as `n_ctx: 4096`."""

    name = "lmstudio_context_overflow"
    source = "https://github.com/Gitlawb/openclaude/issues/353 (body); " \
             "lmstudio-ai/lmstudio-bug-tracker#546, #237 (older wording)"
    n_ctx = 4096
    history_chars = 5760

    def check(self, body: dict[str, Any]) -> Response | None:
        used = LlamaCpp.tokens(self, body)  # type: ignore[arg-type]
        if used >= self.n_ctx:
            return self.error(400, "The number of tokens to keep from the initial prompt is "
                                   f"greater than the context length (n_keep: {used}>= n_ctx: "
                                   f"{self.n_ctx}). Try to load the model with a larger "
                                   "context length, or provide a shorter input.")
        return super().check(body)


class Groq429RetryAfter(Quirk):
    """Groq: a tokens-per-minute limit is a 429 with `retry-after` (seconds) and a message
    that names the wait; `type` is the limit's kind, code `rate_limit_exceeded`; the body
    ends with a newline. Here: the first attempt of each chat request (ILLUSTRATIVE wait;
    embeddings as OpenAI's, which Groq does not serve)."""

    name = "groq_429_retry_after"
    source = "https://github.com/Aider-AI/aider/issues/3265 (body); " \
             "https://github.com/Pythagora-io/gpt-pilot/issues/862 (headers, Groq's docs)"
    model = "llama-3.3-70b-versatile"
    path_prefix = "/openai/v1"

    def chat(self, body: dict[str, Any]) -> Response:
        if self.once(body):
            return Response(429, json.dumps({"error": {
                "message": f"Rate limit reached for model `{self.model}` in organization "
                           "`org_01hrsvc1b8ey0anvbgha0xckf2` service tier `on_demand` on tokens "
                           "per minute (TPM): Limit 12000, Used 11804, Requested 1014. Please "
                           "try again in 640ms. Visit https://console.groq.com/docs/rate-limits "
                           "for more information.", "type": "tokens",
                "code": "rate_limit_exceeded"}}, separators=(",", ":")) + "\n",
                headers={"retry-after": "1", "x-ratelimit-limit-tokens": "12000",
                         "x-ratelimit-remaining-tokens": "0",
                         "x-ratelimit-reset-tokens": "640ms"})
        return super().chat(body)



class LlamaCppArgumentsObject(LlamaCpp):
    """llama-server builds of early March 2026 wrote a tool call's `arguments` as a JSON
    object, not a string, until PR #20202 made strings the default again (the object
    behind --tool-args-object). Streamed, each call whole in one delta (ILLUSTRATIVE)."""

    name = "llamacpp_arguments_object"
    source = "https://github.com/ggml-org/llama.cpp/issues/20198, /pull/20202"

    def stream(self, body: dict[str, Any], answer: Answer, include_usage: bool) -> Iterator[str]:
        yield self.sse(self.chunk({"role": "assistant", "content": None}))
        for piece in self.pieces(answer.text):
            yield self.sse(self.chunk({"content": piece}))
        for i, (name, args) in enumerate(answer.calls):
            yield self.sse(self.chunk({"tool_calls": [{"index": i, "id": self.call_id(i),
                                                       "type": "function", "function": {
                                                           "name": name, "arguments": args}}]}))
        yield self.sse(self.chunk({}, "tool_calls" if answer.calls else "stop"))
        if include_usage:
            yield self.sse(self.chunk(None, usage=self.usage(body, answer)))
        yield "data: [DONE]\n\n"

    def message(self, answer: Answer) -> dict[str, Any]:
        msg = super().message(answer)
        for call, (_, args) in zip(msg.get("tool_calls") or [], answer.calls):
            call["function"]["arguments"] = dict(args)
        return msg


class LlamaCppPythonCrlf(Quirk):
    """llama-cpp-python's server (FastAPI + sse-starlette) before PR #1188 (Feb 2024) passed
    `sep="\\n"`: sse-starlette's default separator, CRLF, ends every line, `: ping - <time>`
    comments keep the connection open, chunks are `json.dumps` with its spacing; errors as
    FastAPI's `{"detail": ...}` (ILLUSTRATIVE ping time)."""

    name = "llama_cpp_python_crlf"
    source = "https://github.com/abetlen/llama-cpp-python/pull/1188 (CRLF broke clients); " \
             "sse-starlette sse.py (DEFAULT_SEPARATOR = \"\\r\\n\", ping comment)"
    model = "llama-2-7b-chat.Q4_K_M.gguf"
    embed_model = "nomic-embed-text-v1.5.Q4_K_M.gguf"

    def sse(self, obj: Any) -> str:
        return f"data: {dumps(obj, spaced=True)}\r\n\r\n"

    def chunk(self, delta: dict[str, Any] | None, finish: str | None = None,
              usage: Any = None) -> dict[str, Any]:
        return {"id": "chatcmpl-6c3b1a2e-9f7d-4e21-8a0b-3d5c7e9f1a2b", "model": self.model,
                "created": STAMP, "object": "chat.completion.chunk",
                "choices": [] if delta is None else [{"index": 0, "delta": delta,
                                                      "logprobs": None,
                                                      "finish_reason": finish}],
                **({"usage": usage} if usage is not None else {})}

    def stream(self, body: dict[str, Any], answer: Answer, include_usage: bool) -> Iterator[str]:
        events = list(super().stream(body, answer, include_usage))
        yield ": ping - 2026-12-03 07:30:00.000000+00:00\r\n\r\n"
        yield from events[:-1]
        yield "data: [DONE]\r\n\r\n"

    def error(self, status: int, message: str, **_: Any) -> Response:
        return Response(status, {"detail": message})


class OpenAIRefusal(Quirk):
    """OpenAI's safety refusal: `content` null and the text in `refusal`, streamed as
    `delta.refusal` pieces after a first delta with `"refusal": ""`, finish_reason "stop".
    The model refuses PLAIN_Q (not in the matrix: the answer is the refusal)."""

    name = "openai_refusal"
    source = "https://platform.openai.com/docs/guides/structured-outputs#refusals; " \
             "openai-python lib/streaming/chat (refusal.delta events)"
    refusal = "I'm sorry, but I can't help with that."

    def stream(self, body: dict[str, Any], answer: Answer, include_usage: bool) -> Iterator[str]:
        if answer.text != ANSWER:
            yield from super().stream(body, answer, include_usage)
            return
        yield self.sse(self.chunk({"role": "assistant", "content": None, "refusal": ""}))
        for piece in self.pieces(self.refusal, 8):
            yield self.sse(self.chunk({"refusal": piece}))
        yield self.sse(self.chunk({}, "stop"))
        if include_usage:
            yield self.sse(self.chunk(None, usage=self.usage(body, Answer(self.refusal))))
        yield "data: [DONE]\n\n"



class SglangInputTooLong(Vllm):
    """SGLang (and Together AI, which words it the same) refuses a prompt over the
    window: a 400 in the flat `object: error` envelope, "The input (N tokens) is longer
    than the model's context length (M tokens)."; /v1/models tells no window. SGLang's
    chunk layout; two long logs before the question."""

    name = "sglang_input_too_long"
    source = "sglang srt/managers/tokenizer_manager.py (_validate_one_request); a captured " \
             "400 body; badlogic/pi-mono packages/ai/src/utils/overflow.ts (Together)"
    model = "Qwen/Qwen3-32B"
    flat_errors = True
    context_len = 4096
    history_chars = 5760
    chunk = SglangAbort.chunk
    tool_deltas = SglangAbort.tool_deltas

    def check(self, body: dict[str, Any]) -> Response | None:
        used = LlamaCpp.tokens(self, body)  # type: ignore[arg-type]
        if used >= self.context_len:
            return self.error(400, f"The input ({used} tokens) is longer than the model's "
                                   f"context length ({self.context_len} tokens).")
        return super().check(body)

    def models(self) -> Response:
        return Response(200, {"object": "list", "data": [
            {"id": self.model, "object": "model", "created": STAMP, "owned_by": "sglang",
             "root": self.model}]})


class MistralContextOverflow(MistralMagistral):
    """api.mistral.ai refuses a prompt over the window with "Prompt contains N tokens ...
    too large for model with M maximum context length" (the middle part, and a 4096-token
    window, ILLUSTRATIVE), in its flat error envelope; no reasoning."""

    name = "mistral_context_overflow"
    source = "badlogic/pi-mono packages/ai/src/utils/overflow.ts (Mistral pattern and example)"
    model = "mistral-small-latest"
    context_len = 4096
    history_chars = 5760

    def answer(self, body: dict[str, Any]) -> Answer:
        return Quirk.answer(self, body)

    def check(self, body: dict[str, Any]) -> Response | None:
        used = LlamaCpp.tokens(self, body)  # type: ignore[arg-type]
        if used >= self.context_len:
            return self.error(400, f"Prompt contains {used} tokens and 0 draft tokens, too "
                                   f"large for model with {self.context_len} maximum context "
                                   "length")
        return None



class GeminiInputTooLong(GeminiThoughtSignature):
    """Gemini's OpenAI-compatible endpoint refuses a prompt over the window with "The input
    token count (N) exceeds the maximum number of tokens allowed (M)", status
    INVALID_ARGUMENT, the body a JSON array (a 4096-token window ILLUSTRATIVE)."""

    name = "gemini_input_too_long"
    source = "badlogic/pi-mono packages/ai/src/utils/overflow.ts (Google example); " \
             "array envelope as in JetBrains/koog#1148"
    context_len = 4096
    history_chars = 5760

    def check(self, body: dict[str, Any]) -> Response | None:
        used = LlamaCpp.tokens(self, body)  # type: ignore[arg-type]
        if used >= self.context_len:
            return Response(400, [{"error": {
                "code": 400, "message": f"The input token count ({used}) exceeds the maximum "
                f"number of tokens allowed ({self.context_len}).",
                "status": "INVALID_ARGUMENT"}}])
        return super().check(body)



class GroqContextLengthExceeded(Groq429RetryAfter):
    """Groq refuses a prompt over the window with a 400 that names no number: "Please reduce
    the length of the messages or completion.", code `context_length_exceeded`, param
    `messages` (a 4096-token window ILLUSTRATIVE); /v1/models tells no window."""

    name = "groq_context_length_exceeded"
    source = "badlogic/pi-mono packages/ai/src/utils/overflow.ts (Groq); Groq's envelope as " \
             "in https://github.com/Aider-AI/aider/issues/3265"
    context_len = 4096
    history_chars = 5760

    def chat(self, body: dict[str, Any]) -> Response:
        if LlamaCpp.tokens(self, body) >= self.context_len:  # type: ignore[arg-type]
            return Response(400, json.dumps({"error": {
                "message": "Please reduce the length of the messages or completion.",
                "type": "invalid_request_error", "param": "messages",
                "code": "context_length_exceeded"}}, separators=(",", ":")) + "\n")
        return Quirk.chat(self, body)


QUIRKS: list[type[Quirk]] = [
    Quirk, Vllm, VllmDroppedBrace, VllmTruncatedArguments, VllmDuplicatedArguments,
    VllmNoAutoToolChoice, VllmReasoningField, ThinkTagsInContent, HermesToolCallAsText,
    Vllm05Embeddings, SglangAbort, Ollama, OllamaNoUsage, OllamaModelWithoutTools,
    ToolCallAsJsonText, LlamaCpp, LlamaCppBadHistory500, LlamaCppNoJinja,
    LlamaCppToolsWithStream, LlamaCppLegacyErrorEvent, R1LoneCloseThink, LlamaCppSmallContext,
    LlamaCppNoEmbeddings, DeepSeekThinking, DeepSeekV4Thinking, OpenRouter,
    OpenRouterMidStreamError, OpenRouterEmptyEmbeddings, OpenAIStreamErrorEvent,
    FireworksNoStreamOptions, O1MiniNoSystem, OpenAIEmbeddings1536, AzureDeployment, AzureV1,
    GeminiThoughtSignature, LMStudio, LiteLLMGeminiEmbeddings, VllmAbortFinishReason,
    DeepSeekInsufficientResource, MistralMagistral, GeminiEmptyStop, VllmNullFinishReason,
    TgiInputTooLong, LMStudioContextOverflow, Groq429RetryAfter, LlamaCppArgumentsObject,
    LlamaCppPythonCrlf, SglangInputTooLong, MistralContextOverflow, GeminiInputTooLong,
    GroqContextLengthExceeded,
]
