"""The model client against a real HTTP server speaking the OpenAI protocol."""

from __future__ import annotations

import json
import socket
from types import SimpleNamespace as NS

import pytest
from fake_openai import (
    API_KEY,
    MODEL,
    Reply,
    call,
    dropped,
    embeddings_reply,
    fake_vector,
    http_error,
    text,
    tool_call,
    tool_calls,
)

from gcode.config import load_config
from gcode.embed import OpenAIEmbedder
from gcode.endpoint import Endpoint
from gcode.errors import GcodeError
from gcode.llm import LLM, Completion, Notice, Retrying, TextChunk, Usage, parse_json_object
from gcode.llm_stream import (
    Accumulator,
    ThinkSplitter,
    ToolCall,
    repair_arguments,
    strip_think,
    text_tool_calls,
)

USER = [{"role": "user", "content": "hi"}]
TOOLS = [{"type": "function", "function": {"name": "read_file", "description": "read",
                                           "parameters": {"type": "object", "properties": {}}}}]


def collect(llm: LLM, messages=USER, tools=None) -> tuple[list, Completion]:
    events = list(llm.stream_chat(messages, tools))
    assert isinstance(events[-1], Completion)
    return events[:-1], events[-1]


def test_streams_text_and_reports_usage(fake_llm) -> None:
    fake_llm.script(text("Hello there, world", usage=(12, 7)))
    llm = fake_llm.make_llm()
    events, done = collect(llm, tools=TOOLS)
    assert [e.text for e in events] == ["Hell", "o th", "ere,", " wor", "ld"]
    assert done == Completion("Hello there, world", [], Usage(12, 7), "stop")
    assert llm.usage_total == Usage(12, 7)
    body = fake_llm.chat_requests[0]
    assert body["model"] == MODEL and body["stream"] is True
    assert body["stream_options"] == {"include_usage": True}
    assert body["messages"] == USER and body["tools"] == TOOLS
    assert fake_llm.requests[0]["headers"]["authorization"] == f"Bearer {API_KEY}"
    fake_llm.assert_done()


def test_no_tools_parameter_when_there_are_none(fake_llm) -> None:
    fake_llm.script(text("ok"))
    collect(fake_llm.make_llm())
    assert "tools" not in fake_llm.chat_requests[0]


def test_assembles_tool_call_arguments_split_across_chunks(fake_llm) -> None:
    args = {"path": "src/app.py", "start_line": 10, "end_line": 20}
    fake_llm.script(tool_call("read_file", args, id="call_abc", arg_pieces=7,
                              text="Let me look."))
    events, done = collect(fake_llm.make_llm())
    assert "".join(e.text for e in events) == "Let me look."
    assert done.content == "Let me look." and done.finish_reason == "tool_calls"
    assert [(c.id, c.name, json.loads(c.arguments)) for c in done.tool_calls] == [
        ("call_abc", "read_file", args)]


def test_several_tool_calls_in_one_message(fake_llm) -> None:
    fake_llm.script(tool_calls(("read_file", {"path": "a"}), ("grep", {"pattern": "x|y"}),
                               call("run_shell", {"command": "ls"}, id="c3")))
    _, done = collect(fake_llm.make_llm())
    assert [(c.name, json.loads(c.arguments)) for c in done.tool_calls] == [
        ("read_file", {"path": "a"}), ("grep", {"pattern": "x|y"}),
        ("run_shell", {"command": "ls"})]
    assert [c.id for c in done.tool_calls] == ["call_fake_0", "call_fake_1", "c3"]


def test_malformed_arguments_are_passed_through_raw(fake_llm) -> None:
    fake_llm.script(tool_call("read_file", '{"path": "a.py", '))
    _, done = collect(fake_llm.make_llm())
    assert done.tool_calls[0].arguments == '{"path": "a.py", '


def test_retries_429_and_500_then_succeeds(fake_llm) -> None:
    fake_llm.script(http_error(429, "slow down"), http_error(500, "oops"), text("fine"))
    events, done = collect(fake_llm.make_llm(max_retries=3))
    retries = [e for e in events if isinstance(e, Retrying)]
    assert [(r.attempt, r.attempts, r.discard) for r in retries] == [(1, 4, False), (2, 4, False)]
    assert "429" in retries[0].reason and "500" in retries[1].reason
    assert all(r.wait < 0.1 for r in retries)
    assert done.content == "fine"
    assert len(fake_llm.chat_requests) == 3
    fake_llm.assert_done()


def test_retry_after_header_is_honoured(fake_llm) -> None:
    fake_llm.script(http_error(429, "wait", headers={"Retry-After": "0.2"}), text("ok"))
    events, _ = collect(fake_llm.make_llm())
    assert events[0].wait == pytest.approx(0.2)


def test_a_rate_limit_that_resets_in_an_hour_is_reported_not_waited_for(fake_llm) -> None:
    """Retry-After: 3600 — gcode would wait 30 s per attempt and be refused again: it stops
    at once and says how long the server asks to wait (streamed and plain requests alike)."""
    fake_llm.script(http_error(429, "rate limited", headers={"Retry-After": "3600"}))
    with pytest.raises(GcodeError) as exc:
        collect(fake_llm.make_llm(max_retries=3))
    assert "is rate-limiting (HTTP 429)" in exc.value.message
    assert exc.value.hint == "it asks to wait 60 min and try again"
    fake_llm.script(http_error(429, "rate limited", headers={"Retry-After": "3600"}))
    with pytest.raises(GcodeError) as exc:
        fake_llm.make_llm(max_retries=3).complete_json([{"role": "user", "content": "x"}])
    assert "60 min" in exc.value.hint
    assert len(fake_llm.chat_requests) == 2
    fake_llm.assert_done()


@pytest.mark.parametrize("raw, content_type, what", [
    ("<html><body><h1>Welcome to nginx!</h1></body></html>", "text/html", "a web page (HTML)"),
    ("{not json", "application/json", "malformed JSON"),
    ("", "application/json", "an empty response"),
    ('{"object": "list", "data": []}', "application/json", "JSON that is no chat completion"),
])
def test_an_address_that_serves_no_api_is_said_at_once(fake_llm, raw, content_type,
                                                      what) -> None:
    """A web server's page, a proxy's garbage: one line naming the address and what it sent,
    no retries (the same URL serves the same thing), streamed and plain requests alike."""
    from fake_openai import Reply

    llm = fake_llm.make_llm(max_retries=3)
    fake_llm.script(Reply(raw=raw, content_type=content_type))
    with pytest.raises(GcodeError) as exc:
        collect(llm)
    assert exc.value.message == (f"the server at {fake_llm.url} answered with {what}, not the "
                                 "OpenAI API")
    assert "OPENAI_BASE_URL" in exc.value.hint
    if what != "JSON that is no chat completion":  # the SDK parses that one as a reply
        fake_llm.script(Reply(raw=raw, content_type=content_type))
        with pytest.raises(GcodeError) as exc:
            llm.complete_json([{"role": "user", "content": "x"}])
        assert f"answered with {what}" in exc.value.message
    fake_llm.assert_done()


def test_a_server_that_ignores_stream_true_is_read_whole(fake_llm) -> None:
    """Some servers answer a streamed request with one JSON completion: that is the answer."""
    from fake_openai import Reply

    body = {"id": "x", "object": "chat.completion", "created": 0, "model": "m",
            "choices": [{"index": 0, "finish_reason": "stop",
                         "message": {"role": "assistant", "content": "whole answer"}}]}
    fake_llm.script(Reply(raw=json.dumps(body)))
    events, done = collect(fake_llm.make_llm())
    assert done.content == "whole answer"
    assert len(fake_llm.chat_requests) == 1


def test_500_forever_gives_up_with_one_line(fake_llm) -> None:
    fake_llm.script(*[http_error(500, "the GPU caught fire")] * 3)
    with pytest.raises(GcodeError) as exc:
        collect(fake_llm.make_llm(max_retries=2))
    assert exc.value.message == (f"the model server at {fake_llm.url} answered HTTP 500 after "
                                 "3 attempts: the GPU caught fire")
    assert len(fake_llm.chat_requests) == 3
    fake_llm.assert_done()


def test_dropped_stream_is_retried_and_partial_text_discarded(fake_llm) -> None:
    fake_llm.script(dropped("partial answer ", after=2), text("whole answer"))
    events, done = collect(fake_llm.make_llm())
    kinds = [type(e).__name__ for e in events]
    assert kinds[0] == "TextChunk" and "Retrying" in kinds
    retry = next(e for e in events if isinstance(e, Retrying))
    assert retry.discard is True and "connection" in retry.reason
    assert done.content == "whole answer"


def test_server_down_names_the_url() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"http://127.0.0.1:{port}/v1"
    llm = LLM("m", url, "k", timeout=2, max_retries=1, retry_base_delay=0.01)
    with pytest.raises(GcodeError) as exc:
        collect(llm)
    assert exc.value.message == f"cannot reach the model server at {url} after 2 attempts"
    assert "OPENAI_BASE_URL" in exc.value.hint


def test_timeout_is_bounded(fake_llm) -> None:
    fake_llm.script(text("late", delay=3))
    llm = fake_llm.make_llm(timeout=0.3, max_retries=0)
    with pytest.raises(GcodeError, match=r"did not answer within 0.3s"):
        collect(llm)


def test_wrong_key(fake_llm) -> None:
    fake_llm.require_key = "sk-the-right-one"
    with pytest.raises(GcodeError) as exc:
        collect(fake_llm.make_llm())
    assert exc.value.message == (f"the model server at {fake_llm.url} rejected the API key "
                                 "(HTTP 401): Incorrect API key provided")
    assert exc.value.hint == "check OPENAI_API_KEY"
    assert len(fake_llm.chat_requests) == 1  # not retried


def test_unknown_model(fake_llm) -> None:
    fake_llm.models = {MODEL}
    with pytest.raises(GcodeError) as exc:
        collect(fake_llm.make_llm(model="llama-9000"))
    assert exc.value.message == (f"model 'llama-9000' not found at {fake_llm.url} "
                                 "(HTTP 404: The model `llama-9000` does not exist)")


def test_context_too_long(fake_llm) -> None:
    fake_llm.script(http_error(400, "This model's maximum context length is 8192 tokens. "
                                    "However, your messages resulted in 9000 tokens.",
                               code="context_length_exceeded"))
    with pytest.raises(GcodeError) as exc:
        collect(fake_llm.make_llm())
    assert exc.value.message.startswith(f"the conversation is too long for model {MODEL} "
                                        "(This model's maximum context length is 8192")


def test_quota_exhausted_is_not_retried(fake_llm) -> None:
    fake_llm.script(http_error(429, "You exceeded your current quota", code="insufficient_quota"))
    with pytest.raises(GcodeError, match="no quota left"):
        collect(fake_llm.make_llm())
    assert len(fake_llm.chat_requests) == 1


def test_other_400_shows_the_server_message(fake_llm) -> None:
    fake_llm.script(http_error(400, "tools are not supported by this model"))
    with pytest.raises(GcodeError) as exc:
        collect(fake_llm.make_llm())
    assert exc.value.message.endswith("answered HTTP 400: tools are not supported by this model")


def test_server_without_stream_options_support(fake_llm) -> None:
    fake_llm.script(http_error(400, "Unrecognized request argument supplied: stream_options"),
                    text("one"), text("two"))
    llm = fake_llm.make_llm()
    assert collect(llm)[1].content == "one"
    assert collect(llm)[1].content == "two"
    sent = [("stream_options" in b) for b in fake_llm.chat_requests]
    assert sent == [True, False, False]


def test_missing_key_for_openai_is_reported_before_any_request() -> None:
    with pytest.raises(GcodeError) as exc:
        LLM("gpt-4o", "", "")
    assert exc.value.message == "OPENAI_API_KEY is not set"
    assert "OPENAI_BASE_URL" in exc.value.hint


@pytest.mark.parametrize("url", ["localhost:11434/v1", "ftp://host/v1", "http://",
                                 "http://[bad"])
def test_invalid_base_url(url: str) -> None:
    with pytest.raises(GcodeError, match="invalid model server URL"):
        LLM("m", url, "k")


def test_local_server_without_key_gets_a_placeholder(fake_llm) -> None:
    fake_llm.script(text("ok"))
    collect(fake_llm.make_llm(api_key=""))
    assert fake_llm.requests[0]["headers"]["authorization"] == "Bearer gcode-no-key"
    fake_llm.require_key = "real"
    with pytest.raises(GcodeError) as exc:
        collect(fake_llm.make_llm(api_key=""))
    assert exc.value.hint == "this server needs an API key: set OPENAI_API_KEY"


def test_from_config_reads_model_url_key_and_retry_delay(fake_llm, monkeypatch) -> None:
    for k, v in fake_llm.env.items():
        monkeypatch.setenv(k, v)
    monkeypatch.setenv("GCODE_RETRY_BASE_DELAY", "0.005")
    llm = LLM.from_config(load_config())
    assert (llm.model, llm.base_url, llm.api_key, llm.retry_base_delay) == (
        MODEL, fake_llm.url, API_KEY, 0.005)
    monkeypatch.delenv("GCODE_MODEL")
    with pytest.raises(GcodeError, match="no model configured"):
        LLM.from_config(load_config())


# -- complete_json / embed ----------------------------------------------------------------


def test_complete_json_asks_for_a_json_object(fake_llm) -> None:
    fake_llm.script(text('{"learnings": [{"content": "use pytest"}]}', usage=(30, 9)))
    llm = fake_llm.make_llm()
    out = llm.complete_json([{"role": "system", "content": "Extract."},
                             {"role": "user", "content": "transcript"}],
                            schema_hint='{"learnings": [{"content": str}]}')
    assert out == {"learnings": [{"content": "use pytest"}]}
    body = fake_llm.chat_requests[0]
    assert body.get("stream") in (None, False)
    assert body["response_format"] == {"type": "json_object"}
    assert body["messages"][0]["content"].startswith("Extract.\n\nAnswer with a single JSON")
    assert '{"learnings": [{"content": str}]}' in body["messages"][0]["content"]
    assert llm.usage_total == Usage(30, 9)


def test_complete_json_falls_back_when_json_mode_is_rejected(fake_llm) -> None:
    fake_llm.script(http_error(400, "response_format json_object is not supported"),
                    text('Sure! ```json\n{"ok": true}\n```'))
    llm = fake_llm.make_llm()
    assert llm.complete_json(USER) == {"ok": True}
    assert ["response_format" in b for b in fake_llm.chat_requests] == [True, False]
    assert fake_llm.chat_requests[1]["messages"][0]["role"] == "system"


def test_complete_json_retries_and_reports_non_json(fake_llm) -> None:
    fake_llm.script(http_error(503, "busy"), text("I cannot do that."))
    with pytest.raises(GcodeError, match="did not answer with a JSON object"):
        fake_llm.make_llm().complete_json(USER)
    assert len(fake_llm.chat_requests) == 2


def test_embed_returns_vectors_in_order_as_floats(fake_llm) -> None:
    embedder = OpenAIEmbedder("text-embedding-3-small", Endpoint(fake_llm.url, API_KEY), 10)
    vectors = embedder.embed(["alpha", "beta"])
    assert vectors == [fake_vector("alpha"), fake_vector("beta")]
    body = fake_llm.requests[0]["body"]
    assert body == {"model": "text-embedding-3-small", "input": ["alpha", "beta"],
                    "encoding_format": "float"}  # never the SDK's base64 default
    assert embedder.embed([]) == [] and embedder.dim == 8
    fake_llm.script_embeddings(embeddings_reply([[1.0, 0.0]]))
    with pytest.raises(GcodeError, match="returned 1 vectors for 2 texts"):
        embedder.embed(["a", "b"])


def test_embed_unknown_model_names_the_model_and_the_server_reason(fake_llm) -> None:
    fake_llm.models = {MODEL}
    with pytest.raises(GcodeError) as exc:
        OpenAIEmbedder("nomic-embed", Endpoint(fake_llm.url, API_KEY), 10).embed(["a"])
    assert exc.value.message == (f"the embeddings server at {fake_llm.url} answered HTTP 404: "
                                 "The model `nomic-embed` does not exist")
    assert "nomic-embed" in exc.value.hint


def test_parse_json_object_variants() -> None:
    assert parse_json_object('{"a": 1}') == {"a": 1}
    assert parse_json_object('Here:\n```json\n{"a": [1, 2]}\n```\nDone.') == {"a": [1, 2]}
    assert parse_json_object('noise {"a": {"b": 2}} trailing') == {"a": {"b": 2}}
    with pytest.raises(GcodeError):
        parse_json_object("[1, 2]")


# -- accumulator edge cases (shapes some local servers send) -------------------------------


def chunk(*, content=None, calls=None, finish=None, usage=None, choices=True):
    delta = NS(content=content, tool_calls=calls)
    ch = [NS(index=0, delta=delta, finish_reason=finish)] if choices else None
    return NS(choices=ch, usage=usage)


def tc(index, id=None, name=None, args=None):
    return NS(index=index, id=id, function=NS(name=name, arguments=args))


def test_accumulator_handles_reused_index_missing_ids_and_null_choices() -> None:
    acc = Accumulator()
    acc.add(chunk(calls=[tc(0, "a", "read_file", '{"path"')]))
    acc.add(chunk(calls=[tc(0, None, None, ': "x"}')]))
    acc.add(chunk(calls=[tc(0, "b", "grep", '{"pattern": "y"}')]))  # same index, new id
    acc.add(chunk(calls=[tc(None, None, "git_status", "{}")]))  # no index, no id
    acc.add(chunk(content="done", finish="tool_calls"))
    acc.add(chunk(choices=False, usage=NS(prompt_tokens=3, completion_tokens=4)))
    result = acc.finish()
    assert [(c.id, c.name, c.arguments) for c in result.tool_calls[:2]] == [
        ("a", "read_file", '{"path": "x"}'), ("b", "grep", '{"pattern": "y"}')]
    made_up = result.tool_calls[2]  # nine letters and digits: the id every server accepts
    assert (made_up.name, made_up.arguments) == ("git_status", "{}")
    assert len(made_up.id) == 9 and made_up.id.isalnum()
    assert result.content == "done" and result.usage == Usage(3, 4)
    assert result.finish_reason == "tool_calls"


def test_accumulator_ignores_other_choices() -> None:
    acc = Accumulator()
    acc.add(NS(choices=[NS(index=1, delta=NS(content="other", tool_calls=None),
                           finish_reason=None)], usage=None))
    assert acc.add(chunk(content="mine")).answer == "mine"
    assert acc.finish().content == "mine"


def test_text_chunks_are_typed(fake_llm) -> None:
    fake_llm.script(Reply(text="ab", chunk_size=1))
    events, _ = collect(fake_llm.make_llm())
    assert events == [TextChunk("a"), TextChunk("b")]


# -- what servers send, read as it was meant ---------------------------------------------------


@pytest.mark.parametrize(("raw", "fixed"), [
    ('{"path": "a", "end_line": 5', '{"path": "a", "end_line": 5}'),  # vllm#32152
    ('{"a": {"b": [1, 2', '{"a": {"b": [1, 2]}}'),
    ('{"a":1}{"a":1}', '{"a": 1}'),  # vllm#42167: the same object twice
    ('{{"a":1}', '{"a": 1}'),
    ("", "{}"),
])
def test_repair_arguments_fixes_only_unambiguous_faults(raw: str, fixed: str) -> None:
    assert repair_arguments(raw) == fixed


@pytest.mark.parametrize("raw", ['{"command": "rm -rf /tmp/bui', '{"a": 1}{"b": 2}',
                                 '{"a": 1,', "[1]", "not json"])
def test_unrepairable_arguments_stay_as_sent_and_history_gets_an_object(raw: str) -> None:
    assert repair_arguments(raw) == raw  # the tool reports the error; nothing truncated runs
    call = ToolCall("c1", "run_shell", raw)
    assert call.to_message()["function"]["arguments"] == "{}"


TOOL_SCHEMAS = {"read_file": {"type": "object", "required": ["path"],
                              "properties": {"path": {"type": "string"},
                                             "end_line": {"type": "integer"}}}}


@pytest.mark.parametrize("content", [
    '```json\n{"name": "read_file", "parameters": {"path": "a.py"}}\n```',
    '<tool_call>\n{"arguments": {"path": "a.py"}, "name": "read_file"}\n</tool_call>',
    '[TOOL_CALLS]read_file{"path": "a.py"}',
    '{"type": "function", "function": {"name": "read_file", "parameters": {"path": "a.py"}}}',
])
def test_tool_calls_written_as_text(content: str) -> None:
    assert text_tool_calls(content, TOOL_SCHEMAS) == [("read_file", '{"path": "a.py"}')]


@pytest.mark.parametrize("content", [
    'Call it like {"name": "read_file", "parameters": {"path": "a.py"}}',  # prose around it
    '{"name": "read_file", "parameters": {"file": "a.py"}}',  # not its parameters
    '{"name": "write_file", "parameters": {"path": "a.py"}}',  # not an offered tool
    '{"name": "read_file", "parameters": {}}',  # a required parameter missing
])
def test_text_that_is_not_exactly_a_call_stays_text(content: str) -> None:
    assert text_tool_calls(content, TOOL_SCHEMAS) is None


def test_think_blocks_split_across_chunks_and_a_lone_close() -> None:
    splitter = ThinkSplitter()
    pieces = [splitter.feed(p) for p in ["<th", "ink>\nI {think}", "</thi", "nk>\n\nHello", "!"]]
    assert "".join(r for r, _ in pieces) == "\nI {think}"
    assert "".join(a for _, a in pieces) == "Hello!"
    acc = Accumulator()  # DeepSeek-R1's template opened the block: only </think> arrives
    shown = [acc.add(chunk(content=p)) for p in ["Let me ", "see.</th", "ink>\n\n42"]]
    assert [(p.answer, p.retract) for p in shown] == [("Let me ", False), ("see.", False),
                                                      ("42", True)]
    assert shown[2].reasoning == "Let me see."  # what was shown as the answer, taken back
    done = acc.finish()
    assert (done.content, done.reasoning) == ("42", "Let me see.")
    assert strip_think("<think>a {b}</think>\n{\"x\": 1}") == '{"x": 1}'


@pytest.mark.parametrize(("url", "version", "base", "query", "header"), [
    ("https://r.openai.azure.com/openai/deployments/gpt4o?api-version=2024-10-21", "",
     "https://r.openai.azure.com/openai/deployments/gpt4o", "2024-10-21", "api-key"),
    ("https://r.openai.azure.com", "2024-10-21",
     "https://r.openai.azure.com/openai/deployments/gpt4o", "2024-10-21", "api-key"),
    ("https://r.openai.azure.com/openai/v1/", "", "https://r.openai.azure.com/openai/v1", "",
     ""),
    ("http://localhost:11434/v1", "", "http://localhost:11434/v1", "", ""),
])
def test_endpoint_urls(url: str, version: str, base: str, query: str, header: str) -> None:
    ep = Endpoint.parse(url, "k", version).for_model("gpt4o")
    assert (ep.base_url, ep.api_version, ep.key_header) == (base, query, header)
    if ep.deployment:
        assert ep.for_deployment("embed").base_url.endswith("/openai/deployments/embed")
        assert ep.models_base == "https://r.openai.azure.com/openai"


def test_a_deterministic_500_is_not_retried_and_the_turn_answers_without_tools(fake_llm) -> None:
    fake_llm.script(http_error(500, "tools param requires --jinja flag", type="server_error"),
                    text("no tools here"))
    events, done = collect(fake_llm.make_llm(), tools=TOOLS)
    assert done.content == "no tools here" and len(fake_llm.chat_requests) == 2
    assert "tools" not in fake_llm.chat_requests[1]
    (notice,) = [e for e in events if isinstance(e, Notice)]
    assert "start llama-server with --jinja" in notice.message


@pytest.mark.parametrize("content", [
    "<tool_call>\n<function=read_file>\n<parameter=path>\na.py\n</parameter>\n"
    "<parameter=end_line>\n5\n</parameter>\n</function>\n</tool_call>",  # Qwen3-Coder
    "<｜tool▁calls▁begin｜><｜tool▁call▁begin｜>function<｜tool▁sep｜>read_file\n```json\n"
    '{"path": "a.py", "end_line": 5}\n```<｜tool▁call▁end｜><｜tool▁calls▁end｜>',  # DeepSeek
    '[tool_call: read_file {"path": "a.py", "end_line": 5}]',
])
def test_more_tool_call_markups(content: str) -> None:
    assert text_tool_calls(content, TOOL_SCHEMAS) == [
        ("read_file", '{"path": "a.py", "end_line": 5}')]
