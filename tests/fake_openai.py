"""A scripted OpenAI-compatible server for tests: real HTTP on 127.0.0.1, real `openai` client.

Script the replies, run gcode against `fake_llm.env` (or `fake_llm.make_llm()` in process),
then assert on what was printed and on what gcode sent (`fake_llm.requests`):

    def test_something(fake_llm, repo):
        fake_llm.script(
            tool_call("read_file", {"path": "README.md"}),   # streamed, args split in pieces
            text("It is a readme."),                          # final answer
        )
        result = run_gcode("run", "what is this?", cwd=repo, env=fake_llm.env)
        assert result.stdout.strip() == "It is a readme."
        assert fake_llm.chat_requests[1]["messages"][-1]["role"] == "tool"
        fake_llm.assert_done()   # every reply used, no unexpected request

Replies are served in order to `/v1/chat/completions` (streamed or not, as the request
asks). A queued callable is called with the request body and returns the Reply, for
replies that depend on what was sent. `/v1/embeddings` answers with deterministic vectors
(`fake_vector`) unless `script_embeddings` queued something; `/v1/models` lists `models`.
A request with no reply left gets HTTP 500 and is recorded in `unexpected`.

Builders: `text(...)`, `tool_call(name, args, text=...)`, `tool_calls(call(...), ...)`,
`http_error(status, message, code=..., headers=...)`, `dropped(partial, after)` (the
connection breaks mid-stream), `embeddings_reply(vectors)`; any `Reply` field can be
passed to them: `usage=(prompt, completion)`, `delay` (before answering), `chunk_delay`
(between chunks, for Ctrl-C tests), `chunk_size`, `arg_pieces`, `finish_reason`, `raw`.
Malformed tool arguments: pass a string, e.g. `tool_call("read_file", '{"path": ')`.
Server behaviour: `require_key = "sk-..."` (401 otherwise), `models = {...}` (404 otherwise).
"""

from __future__ import annotations

import hashlib
import json
import math
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

MODEL = "fake-model"
API_KEY = "sk-fake-test-key"


@dataclass
class Call:
    name: str
    arguments: str  # raw JSON text (may be deliberately malformed)
    id: str = ""


@dataclass
class Reply:
    """One scripted answer to one request."""

    text: str = ""
    calls: list[Call] = field(default_factory=list)
    usage: tuple[int, int] | None = (10, 5)  # (prompt, completion); sent if the client asks
    finish_reason: str | None = None  # default: "tool_calls" when there are calls, else "stop"
    status: int = 200
    error: Any = None  # JSON body of an error reply
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering at all
    chunk_delay: float = 0.0  # seconds between streamed chunks
    chunk_size: int = 4  # characters of text per chunk
    arg_pieces: int = 3  # chunks each tool call's arguments are split into
    drop_after: int | None = None  # close the connection mid-stream after this many chunks
    raw: str | None = None  # send this body verbatim (status 200, content-type json)
    content_type: str = "application/json"  # of a raw body: a web page where the API should be
    embeddings: list[list[float]] | None = None


def text(content: str, **kw: Any) -> Reply:
    """A plain answer, streamed a few characters per chunk."""
    return Reply(text=content, **kw)


def call(name: str, args: dict[str, Any] | str, id: str = "") -> Call:
    return Call(name, args if isinstance(args, str) else json.dumps(args), id)


def tool_call(name: str, args: dict[str, Any] | str, *, id: str = "", text: str = "",
              **kw: Any) -> Reply:
    """One tool call (arguments split across chunks), optionally after some text."""
    return Reply(text=text, calls=[call(name, args, id)], **kw)


def tool_calls(*calls: Call | tuple[str, Any], text: str = "", **kw: Any) -> Reply:
    """Several tool calls in one assistant message."""
    made = [c if isinstance(c, Call) else call(*c) for c in calls]
    return Reply(text=text, calls=made, **kw)


def http_error(status: int, message: str = "", *, code: str | None = None,
               type: str | None = None, headers: dict[str, str] | None = None) -> Reply:
    """An HTTP error with an OpenAI-shaped body."""
    body = {"error": {"message": message or f"HTTP {status}", "type": type or "error",
                      "code": code, "param": None}}
    return Reply(status=status, error=body, headers=headers or {})


def dropped(partial: str = "partial ", after: int = 2) -> Reply:
    """A stream that sends `after` chunks of `partial` and then loses the connection."""
    return Reply(text=partial, drop_after=after, chunk_size=max(1, len(partial) // after))


def embeddings_reply(vectors: list[list[float]]) -> Reply:
    return Reply(embeddings=vectors)


def fake_vector(text: str, dim: int = 8) -> list[float]:
    """Deterministic unit vector for a text (so similar calls give equal vectors)."""
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    raw = [(digest[i % len(digest)] - 128) / 128.0 for i in range(dim)]
    norm = math.sqrt(sum(v * v for v in raw)) or 1.0
    return [v / norm for v in raw]


def _chunks(s: str, size: int) -> list[str]:
    size = max(1, size)
    return [s[i:i + size] for i in range(0, len(s), size)] or []


def _pieces(s: str, n: int) -> list[str]:
    if n <= 1 or len(s) < 2:
        return [s]
    size = math.ceil(len(s) / n)
    return [s[i:i + size] for i in range(0, len(s), size)]


class FakeOpenAI:
    """The server and its script. Use through the `fake_llm` fixture."""

    def __init__(self) -> None:
        """Requests are recorded as {"path", "headers" (lower-case names), "body"}."""
        self._lock = threading.Lock()
        self._queue: list[Reply | Callable[[dict[str, Any]], Reply]] = []
        self._embed_queue: list[Reply] = []
        self._stop = threading.Event()
        self.requests: list[dict[str, Any]] = []  # {"path", "headers", "body"} per request
        self.chunks_sent: list[int] = []  # SSE events written, per streamed response
        self.unexpected: list[dict[str, Any]] = []
        self.require_key: str | None = None  # answer 401 unless this bearer key is sent
        self.models: set[str] | None = None  # answer 404 for any other model
        self.embedding_dim = 8
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever,
                                       kwargs={"poll_interval": 0.02}, daemon=True)

    # -- scripting --

    def script(self, *replies: Reply | Callable[[dict[str, Any]], Reply]) -> FakeOpenAI:
        with self._lock:
            self._queue.extend(replies)
        return self

    def script_embeddings(self, *replies: Reply) -> FakeOpenAI:
        with self._lock:
            self._embed_queue.extend(replies)
        return self

    @property
    def pending(self) -> int:
        with self._lock:
            return len(self._queue)

    # -- what was sent --

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}/v1"

    @property
    def env(self) -> dict[str, str]:
        """Environment for `run_gcode(..., env=fake_llm.env)`."""
        return {"OPENAI_BASE_URL": self.url, "OPENAI_API_KEY": API_KEY, "GCODE_MODEL": MODEL,
                "GCODE_RETRY_BASE_DELAY": "0.01"}

    @property
    def chat_requests(self) -> list[dict[str, Any]]:
        """Bodies of every chat completion request, in order."""
        return [r["body"] for r in self.requests if r["path"].endswith("/chat/completions")]

    def assert_done(self) -> None:
        assert self.unexpected == [], f"unexpected requests: {self.unexpected}"
        assert self.pending == 0, f"{self.pending} scripted replies were never requested"

    def make_llm(self, **kw: Any) -> Any:
        """An in-process gcode LLM talking to this server, with tiny retry delays."""
        from gcode.llm import LLM

        opts: dict[str, Any] = {"model": MODEL, "base_url": self.url, "api_key": API_KEY,
                                "timeout": 10.0, "max_retries": 2, "retry_base_delay": 0.01}
        opts.update(kw)
        return LLM(**opts)

    # -- lifecycle --

    def start(self) -> FakeOpenAI:
        self.thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self.server.shutdown()
        self.server.server_close()

    # -- serving --

    def _next(self, path: str, body: dict[str, Any]) -> Reply | None:
        with self._lock:
            if path.endswith("/embeddings"):
                return self._embed_queue.pop(0) if self._embed_queue else None
            item = self._queue.pop(0) if self._queue else None
        return item(body) if callable(item) else item

    def wait_for(self, condition: Callable[[], bool], timeout: float = 20.0) -> None:
        """Wait until `condition()` holds (a state, never a fixed time); fail after `timeout`."""
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out after {timeout}s waiting for the fake server")
            time.sleep(0.01)

    def _sleep(self, seconds: float) -> bool:
        """Sleep unless the server is stopping; False when stopping."""
        return not self._stop.wait(seconds) if seconds > 0 else True


def _headers(handler: BaseHTTPRequestHandler) -> dict[str, str]:
    """Request headers with lower-case names (clients differ in how they spell them)."""
    return {k.lower(): v for k, v in handler.headers.items()}


def _handler(fake: FakeOpenAI) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:
            pass

        def _json(self, status: int, body: Any, headers: dict[str, str] | None = None,
                  content_type: str = "application/json") -> None:
            data = (body if isinstance(body, str) else json.dumps(body)).encode()
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(data)))
            self.send_header("Connection", "close")
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(data)
            self.close_connection = True

        def do_GET(self) -> None:
            fake.requests.append({"path": self.path, "headers": _headers(self), "body": None})
            if fake.require_key is not None and \
                    self.headers.get("Authorization") != f"Bearer {fake.require_key}":
                self._json(401, {"error": {"message": "Incorrect API key provided",
                                           "type": "invalid_request_error",
                                           "code": "invalid_api_key"}})
                return
            if self.path.rstrip("/").endswith("/models"):
                names = sorted(fake.models or {MODEL})
                self._json(200, {"object": "list", "data": [
                    {"id": n, "object": "model", "created": 0, "owned_by": "fake"}
                    for n in names]})
            else:
                self._json(404, {"error": {"message": f"no route {self.path}"}})

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length).decode("utf-8", "replace")
            try:
                body = json.loads(raw) if raw else {}
            except ValueError:
                body = {"_invalid_json": raw}
            record = {"path": self.path, "headers": _headers(self), "body": body}
            fake.requests.append(record)
            if fake.require_key is not None:
                if self.headers.get("Authorization") != f"Bearer {fake.require_key}":
                    self._json(401, {"error": {"message": "Incorrect API key provided",
                                               "type": "invalid_request_error",
                                               "code": "invalid_api_key"}})
                    return
            model = body.get("model")
            if fake.models is not None and model not in fake.models:
                self._json(404, {"error": {"message": f"The model `{model}` does not exist",
                                           "type": "invalid_request_error",
                                           "code": "model_not_found"}})
                return
            reply = fake._next(self.path, body)
            if self.path.endswith("/embeddings"):
                self._embeddings(body, reply)
                return
            if not self.path.endswith("/chat/completions"):
                self._json(404, {"error": {"message": f"no route {self.path}"}})
                return
            if reply is None:
                fake.unexpected.append(record)
                self._json(500, {"error": {"message": "fake_openai: no scripted reply left "
                                           "for this request", "type": "server_error"}})
                return
            if not fake._sleep(reply.delay):
                return
            if reply.status != 200:
                self._json(reply.status, reply.error or {"error": {"message": "error"}},
                           reply.headers)
                return
            if reply.raw is not None:
                self._json(200, reply.raw, reply.headers, reply.content_type)
                return
            if body.get("stream"):
                include_usage = bool((body.get("stream_options") or {}).get("include_usage"))
                self._stream(reply, model or MODEL, include_usage)
            else:
                self._json(200, _completion(reply, model or MODEL), reply.headers)

        def _embeddings(self, body: dict[str, Any], reply: Reply | None) -> None:
            if reply is not None and reply.status != 200:
                self._json(reply.status, reply.error or {}, reply.headers)
                return
            inputs = body.get("input")
            inputs = [inputs] if isinstance(inputs, str) else list(inputs or [])
            vectors = (reply.embeddings if reply is not None and reply.embeddings is not None
                       else [fake_vector(str(t), fake.embedding_dim) for t in inputs])
            self._json(200, {"object": "list", "model": body.get("model"),
                             "data": [{"object": "embedding", "index": i, "embedding": v}
                                      for i, v in enumerate(vectors)],
                             "usage": {"prompt_tokens": len(inputs), "total_tokens": len(inputs)}})

        def _stream(self, reply: Reply, model: str, include_usage: bool) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Transfer-Encoding", "chunked")
            self.send_header("Connection", "close")
            for k, v in reply.headers.items():
                self.send_header(k, v)
            self.end_headers()
            self.close_connection = True
            with fake._lock:
                fake.chunks_sent.append(0)
                stream_index = len(fake.chunks_sent) - 1
            for n, event in enumerate(_sse_events(reply, model, include_usage)):
                if reply.drop_after is not None and n >= reply.drop_after:
                    self.wfile.flush()
                    return  # no terminating chunk: the client sees a broken connection
                if n and not fake._sleep(reply.chunk_delay):
                    return
                data = event.encode()
                try:
                    self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
                    self.wfile.flush()
                    fake.chunks_sent[stream_index] += 1
                except OSError:
                    return  # the client went away (e.g. Ctrl-C)
            self.wfile.write(b"0\r\n\r\n")

    return Handler


def _chunk(model: str, delta: dict[str, Any] | None, finish: str | None = None,
           usage: dict[str, int] | None = None) -> str:
    body: dict[str, Any] = {"id": "chatcmpl-fake", "object": "chat.completion.chunk",
                            "created": int(time.time()), "model": model,
                            "choices": [] if delta is None else
                            [{"index": 0, "delta": delta, "finish_reason": finish}]}
    if usage is not None:
        body["usage"] = usage
    return f"data: {json.dumps(body)}\n\n"


def _usage(reply: Reply) -> dict[str, int] | None:
    if reply.usage is None:
        return None
    p, c = reply.usage
    return {"prompt_tokens": p, "completion_tokens": c, "total_tokens": p + c}


def _call_id(c: Call, i: int) -> str:
    return c.id or f"call_fake_{i}"


def _sse_events(reply: Reply, model: str, include_usage: bool) -> Iterator[str]:
    yield _chunk(model, {"role": "assistant", "content": ""})
    for piece in _chunks(reply.text, reply.chunk_size):
        yield _chunk(model, {"content": piece})
    for i, c in enumerate(reply.calls):
        yield _chunk(model, {"tool_calls": [{"index": i, "id": _call_id(c, i), "type": "function",
                                             "function": {"name": c.name, "arguments": ""}}]})
        for piece in _pieces(c.arguments, reply.arg_pieces):
            yield _chunk(model, {"tool_calls": [{"index": i, "function": {"arguments": piece}}]})
    finish = reply.finish_reason or ("tool_calls" if reply.calls else "stop")
    yield _chunk(model, {}, finish)
    usage = _usage(reply)
    if include_usage and usage is not None:
        yield _chunk(model, None, usage=usage)
    yield "data: [DONE]\n\n"


def _completion(reply: Reply, model: str) -> dict[str, Any]:
    message: dict[str, Any] = {"role": "assistant", "content": reply.text or None}
    if reply.calls:
        message["tool_calls"] = [{"id": _call_id(c, i), "type": "function",
                                  "function": {"name": c.name, "arguments": c.arguments}}
                                 for i, c in enumerate(reply.calls)]
    body: dict[str, Any] = {
        "id": "chatcmpl-fake", "object": "chat.completion", "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "message": message,
                     "finish_reason": reply.finish_reason or
                     ("tool_calls" if reply.calls else "stop")}],
    }
    usage = _usage(reply)
    if usage is not None:
        body["usage"] = usage
    return body


@pytest.fixture
def fake_llm() -> Iterator[FakeOpenAI]:
    """A running scripted OpenAI-compatible server (see the module docstring)."""
    server = FakeOpenAI().start()
    try:
        yield server
    finally:
        server.stop()
