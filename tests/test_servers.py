"""gcode against the model servers people run: every quirk in tests/quirky_servers.py x the
four scenarios (a plain answer; tool calls; the learning extraction; embeddings).

Each scenario drives the real pieces the way `gcode run` wires them (the workspace, the
capability record in the database, the learning session, the agent) against a real HTTP
server writing that server's bytes. The target: every scenario works on every server; where
the server truly cannot (a model without tools, llama-server without --embeddings), one
clear line says what to change on the server, and the rest of the session is unharmed.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import quirky_servers as q
from quirky_servers import (
    ANSWER,
    KEY,
    LEARN_Q,
    LEARNING,
    PLAIN_Q,
    QUIRKS,
    README_LINE,
    TOOL_Q,
    Quirk,
    QuirkServer,
)

from gcode.turn import DoneEvent, ErrorEvent, ReasoningDelta, ToolResultEvent
from gcode.workspace import Workspace

SCENARIOS = ("plain", "tools", "extraction", "embeddings")


@dataclass
class Outcome:
    turns: list[list[Any]] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    learnings: list[str] = field(default_factory=list)
    found: list[str] = field(default_factory=list)  # embeddings: what a search returned

    def done(self, turn: int = -1) -> DoneEvent:
        events = self.turns[turn]
        assert isinstance(events[-1], DoneEvent)
        return events[-1]

    def warnings(self) -> list[str]:
        return [e.message for t in self.turns for e in t
                if isinstance(e, ErrorEvent) and not e.fatal] + self.notices

    def fatal(self) -> list[str]:
        return [e.message for t in self.turns for e in t if isinstance(e, ErrorEvent) and e.fatal]


@pytest.fixture
def quirk_repo(make_repo) -> Path:
    return make_repo("quirkville", {"README.md": f"# Quirkville\n\n{README_LINE}\n"})


@pytest.fixture
def serve() -> Iterator[Any]:
    servers: list[QuirkServer] = []

    def start(quirk: type[Quirk]) -> QuirkServer:
        servers.append(QuirkServer(quirk()).start())
        return servers[-1]

    yield start
    for server in servers:
        server.stop()


def configure(server: QuirkServer, home: Path, monkeypatch: pytest.MonkeyPatch,
              embeddings: bool) -> None:
    """The environment and user config a user of that server would have."""
    quirk = server.quirk
    monkeypatch.setenv("OPENAI_BASE_URL", server.url)
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    monkeypatch.setenv("GCODE_MODEL", quirk.model)
    monkeypatch.setenv("GCODE_RETRY_BASE_DELAY", "0.01")
    lines = ["[model]", *(f'{k} = "{v}"' for k, v in quirk.config.items())]
    if embeddings:
        lines += ["[embeddings]", 'provider = "openai"', f'model = "{quirk.embed_model}"']
        monkeypatch.delenv("GCODE_EMBEDDER")  # the suite's hashing would override the file
    path = home / ".config" / "gcode" / "config.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n")


def converse(repo: Path, messages: list[str]) -> Outcome:
    """One process's session, wired as `gcode run` wires it (turns, then learning)."""
    from gcode import learning_session
    from gcode.cli_agent import make_agent
    from gcode.llm import LLM
    from gcode.tools.approval import Approver

    ws = Workspace(cwd=repo)
    out = Outcome()
    try:
        llm = LLM.from_config(ws.config, capabilities=ws.capabilities)
        machine = learning_session.start(ws, lambda: llm)
        agent = make_agent(ws, llm, Approver("ask", []), machine)
        out.turns = [list(agent.run_turn(m)) for m in messages]
        learning_session.finish(ws, machine)
        out.notices = list(ws.notices)
        out.learnings = [r.content for r in ws.db.list_learnings([ws.repo_id, ""])]
    finally:
        ws.close()
    return out


def embed_and_search(repo: Path) -> Outcome:
    """Teach a learning with the OpenAI-compatible embedder, then search for it."""
    from gcode import learning_session

    ws = Workspace(cwd=repo)
    out = Outcome()
    try:
        machine = learning_session.start(ws, None)
        machine.teach("learned_knowledge", "We are cutting egress costs this quarter.")
        found = machine.kb.search("how do we keep egress costs down?", [ws.repo_id, ""],
                                  ws.user, k=3)
        out.found = [r.content for r in found]
        out.notices = list(machine.kb.warnings)
        learning_session.finish(ws, machine)
        out.notices += ws.notices
    finally:
        ws.close()
    return out


def run(scenario: str, server: QuirkServer, repo: Path) -> Outcome:
    quirk = server.quirk
    history = [f"Here is log {n} to keep in mind:\n{'x' * quirk.history_chars}"
               for n in (1, 2)] if quirk.history_chars else []
    if scenario == "embeddings":
        return embed_and_search(repo)
    question = {"plain": PLAIN_Q, "tools": TOOL_Q, "extraction": LEARN_Q}[scenario]
    if scenario in quirk.cannot:
        return converse(repo, [*history, question, PLAIN_Q])  # and the session goes on
    return converse(repo, [*history, question])


def check(scenario: str, server: QuirkServer, out: Outcome) -> None:
    quirk = server.quirk
    assert out.fatal() == [], out.fatal()
    assert server.blemishes == []
    # What the server cannot do gets one line that says what to change on the server; every
    # chat turn offers tools, so a server without them says so in every chat scenario.
    limit = quirk.cannot.get("embeddings" if scenario == "embeddings" else "tools")
    if limit is None:
        assert out.warnings() == []
    else:
        assert len(out.warnings()) == 1 and limit in out.warnings()[0], out.warnings()
        assert "\n" not in out.warnings()[0]
    if scenario == "embeddings":  # stored either way, and found (by meaning or by its words)
        assert out.found == ["We are cutting egress costs this quarter."]
        sent = [r["body"] for r in server.requests_to("/embeddings")]
        assert sent and all(b.get("encoding_format") in ("float", None) for b in sent)
        return
    if scenario in quirk.cannot:  # answered without tools, and the session goes on
        assert out.done(-2).final_text and not out.done(-2).error
        assert out.done(-1).final_text == ANSWER
        return
    done = out.done()
    assert not done.error and done.prompt_tokens > 0 and done.completion_tokens > 0
    if scenario == "plain":
        assert done.final_text == ANSWER
    elif scenario == "tools":
        results = [e for e in out.turns[-1] if isinstance(e, ToolResultEvent)]
        assert any(r.name == "read_file" and not r.is_error and README_LINE in r.content
                   for r in results), results
        assert done.final_text == f"README.md begins: {README_LINE}"
    elif scenario == "extraction":
        assert done.final_text == ANSWER
        assert LEARNING in out.learnings
    for turn in out.turns:  # reasoning is shown as reasoning, never as the answer
        for e in turn:
            if isinstance(e, ReasoningDelta):
                assert "<think>" not in e.text and ANSWER not in e.text


@pytest.mark.parametrize("scenario", SCENARIOS)
@pytest.mark.parametrize("quirk", QUIRKS, ids=[q.name for q in QUIRKS])
def test_scenario(quirk: type[Quirk], scenario: str, serve, quirk_repo: Path,
                  isolated_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    server = serve(quirk)
    configure(server, isolated_env, monkeypatch, scenario == "embeddings")
    out = run(scenario, server, quirk_repo)
    check(scenario, server, out)


# -- what the matrix alone does not show ------------------------------------------------------

LEARNED = [  # (quirk, scenario, failing requests the first time)
    (q.FireworksNoStreamOptions, "plain", 1),
    (q.VllmNoAutoToolChoice, "tools", 1),
    (q.LlamaCppNoJinja, "tools", 1),  # a deterministic 500: not retried
    (q.OllamaModelWithoutTools, "tools", 1),
    (q.LlamaCppToolsWithStream, "tools", 1),
    (q.O1MiniNoSystem, "extraction", 2),  # the system role, then max_tokens
    (q.DeepSeekV4Thinking, "tools", 1),
    (q.LMStudio, "extraction", 1),
    (q.LiteLLMGeminiEmbeddings, "embeddings", 1),
    (q.TgiInputTooLong, "plain", 1),  # the window, from the 422 that names it
    (q.GroqContextLengthExceeded, "plain", 1),  # no number: 4/5 of what was refused
]


@pytest.mark.parametrize(("quirk", "scenario", "first"), LEARNED,
                         ids=[f"{c[0].name}-{c[1]}" for c in LEARNED])
def test_each_fallback_costs_one_failing_request_per_machine(
        quirk: type[Quirk], scenario: str, first: int, serve, quirk_repo: Path,
        isolated_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The capability record is in the database: the next process does not ask again."""
    server = serve(quirk)
    configure(server, isolated_env, monkeypatch, scenario == "embeddings")
    check(scenario, server, run(scenario, server, quirk_repo))
    assert len(server.failures) == first, server.failures
    out = run(scenario, server, quirk_repo)  # a new process: new workspace, client, embedder
    check(scenario, server, out)
    assert len(server.failures) == first, server.failures[first:]


LOGS = [f"Here is log {n} to keep in mind:\n{'x' * q.LlamaCppSmallContext.history_chars}"
        for n in (1, 2)]


def test_small_window_read_from_the_server_trims_history_and_tool_schemas(
        serve, quirk_repo: Path, isolated_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """llama-server with a 4096-token slot: /props says so, and old turns are dropped
    (counting the ~1k tokens of tool schemas) before the server has to refuse anything."""
    server = serve(q.LlamaCppSmallContext)
    configure(server, isolated_env, monkeypatch, False)
    out = converse(quirk_repo, [*LOGS, TOOL_Q])
    assert out.done().final_text == f"README.md begins: {README_LINE}"
    assert server.failures == []
    assert max(server.quirk.prompt_sizes) < 4096
    last = server.requests_to("/chat/completions")[-1]["body"]["messages"]
    assert not any("log 1" in str(m.get("content")) for m in last)
    probes = [r["path"] for r in server.requests if r["method"] == "GET"]
    assert probes == ["/v1/models", "/props"]  # once per machine: the record keeps it
    converse(quirk_repo, [PLAIN_Q])
    assert [r["path"] for r in server.requests if r["method"] == "GET"] == probes


def test_window_learned_from_the_refusal_when_the_server_does_not_tell(
        serve, quirk_repo: Path, isolated_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    class Silent(q.LlamaCppSmallContext):  # no metadata: only the 400 names n_ctx
        def models(self) -> q.Response:
            return self.error(404, "File Not Found", type="not_found_error")

    server = serve(Silent)
    configure(server, isolated_env, monkeypatch, False)
    out = converse(quirk_repo, [*LOGS, TOOL_Q])
    assert out.done().final_text == f"README.md begins: {README_LINE}"
    assert len(server.failures) == 1  # one exceed_context_size_error, then trimmed to fit
    out = converse(quirk_repo, [*LOGS, PLAIN_Q])
    assert out.done().final_text == ANSWER and len(server.failures) == 1  # remembered


def test_a_poisoned_session_is_repaired_on_resume(serve, quirk_repo: Path,
                                                  isolated_env: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """A session stored by an older gcode with malformed arguments in history: Ollama
    refuses any request that replays them; resuming sends `{}` instead."""
    from gcode.cli_agent import make_agent
    from gcode.llm import LLM
    from gcode.sessions import SqliteSessionLog
    from gcode.tools.approval import Approver

    server = serve(q.Ollama)
    configure(server, isolated_env, monkeypatch, False)
    ws = Workspace(cwd=quirk_repo)
    try:
        log = SqliteSessionLog(ws.db, repo_id=ws.repo_id, repo_root=quirk_repo, user=ws.user)
        sid = log.create(TOOL_Q, server.quirk.model)
        log.append(sid, 1, [
            {"role": "user", "content": TOOL_Q},
            {"role": "assistant", "content": "<think>hmm {</think>Let me look.",
             "tool_calls": [{"id": "call_x", "type": "function",
                             "function": {"name": "read_file", "arguments": '{"path": "READ'}}]},
            {"role": "tool", "tool_call_id": "call_x", "content": "error: not valid JSON"}])
        llm = LLM.from_config(ws.config, capabilities=ws.capabilities)
        agent = make_agent(ws, llm, Approver("ask", []), log=log)
        agent.resume(sid[:13])
        events = list(agent.run_turn(PLAIN_Q))
    finally:
        ws.close()
    assert events[-1].final_text == ANSWER and server.failures == []
    sent = server.requests_to("/chat/completions")[-1]["body"]["messages"]
    (old,) = [m for m in sent if m.get("tool_calls")]
    assert old["tool_calls"][0]["function"]["arguments"] == "{}"
    assert old["content"] == "Let me look."


def test_gcode_run_says_how_to_enable_tools_in_one_line(serve, quirk_repo: Path,
                                                        isolated_env: Path) -> None:
    from conftest import run_gcode

    server = serve(q.VllmNoAutoToolChoice)
    env = {"OPENAI_BASE_URL": server.url, "OPENAI_API_KEY": KEY, "GCODE_MODEL": q.Vllm.model,
           "GCODE_RETRY_BASE_DELAY": "0.01"}
    result = run_gcode("run", TOOL_Q, cwd=quirk_repo, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().startswith("I cannot open files")
    lines = [ln for ln in result.stderr.splitlines() if "--enable-auto-tool-choice" in ln]
    assert len(lines) == 1 and lines[0].startswith("warning: tools are off for Qwen/Qwen3-8B")
    assert "--tool-call-parser" in lines[0]


def test_content_parts_keep_the_thought_apart_from_the_answer(
        serve, quirk_repo: Path, isolated_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Magistral's `thinking` parts are shown as reasoning, not dropped, not answered."""
    server = serve(q.MistralMagistral)
    configure(server, isolated_env, monkeypatch, False)
    out = converse(quirk_repo, [PLAIN_Q])
    thought = "".join(e.text for e in out.turns[-1] if isinstance(e, ReasoningDelta))
    assert thought == q.THOUGHT and out.done().final_text == ANSWER


def test_a_refusal_is_the_answer_not_an_empty_one(
        serve, quirk_repo: Path, isolated_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """OpenAI's `refusal` (content null): shown as the answer, asked once, no error."""
    server = serve(q.OpenAIRefusal)
    configure(server, isolated_env, monkeypatch, False)
    out = converse(quirk_repo, [PLAIN_Q])
    assert out.fatal() == [] and out.done().final_text == q.OpenAIRefusal.refusal
    assert len(server.requests_to("/chat/completions")) == 1  # not retried as empty


# -- gcode doctor --------------------------------------------------------------------------------


def doctor(repo: Path, server_url: str, model: str) -> Any:
    from conftest import run_gcode

    return run_gcode("doctor", cwd=repo, env={"OPENAI_BASE_URL": server_url,
                                              "OPENAI_API_KEY": KEY, "GCODE_MODEL": model})


def test_doctor_asks_the_server(serve, quirk_repo: Path) -> None:
    server = serve(q.Vllm)
    result = doctor(quirk_repo, server.url, q.Vllm.model)
    assert result.returncode == 0, result.stdout
    out = result.stdout
    assert f"ok      server      {server.url} answers; 1 model(s), Qwen/Qwen3-8B listed; " \
           "context window 32768 (max_model_len)" in out
    assert "ok      chat        Qwen/Qwen3-8B answered 'The answer is 42.'" in out
    assert 'ok      tools       Qwen/Qwen3-8B called the tool' in out
    sent = server.requests_to("/chat/completions")[-1]["body"]
    assert sent["tool_choice"] == {"type": "function", "function": {"name": "report_status"}}


def test_doctor_says_what_the_server_cannot_do_and_what_it_learned(
        serve, quirk_repo: Path, isolated_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    server = serve(q.LlamaCppNoJinja)
    result = doctor(quirk_repo, server.url, q.LlamaCppNoJinja.model)
    assert result.returncode == 0, result.stdout  # chat works: tools are a warning
    lines = result.stdout.splitlines()
    (tools,) = [ln for ln in lines if ln.split()[:2] == ["warning", "tools"]]
    assert "tools param requires --jinja flag" in tools and "start llama-server with --jinja" \
        in tools
    assert any(ln.startswith("ok      server record  learned: tools refused") for ln in lines)
    assert len(server.failures) == 1  # a deterministic 500: asked once, not retried


def test_doctor_reports_a_dead_server_as_a_problem(quirk_repo: Path) -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"http://127.0.0.1:{port}/v1"
    result = doctor(quirk_repo, url, "qwen3:8b")
    assert result.returncode == 1
    (line,) = [ln for ln in result.stdout.splitlines() if ln.startswith("problem")]
    assert line.split()[:2] == ["problem", "server"]
    assert f"cannot reach the model server at {url}" in line
    assert "chat" not in result.stdout.split("problem", 1)[1]  # no pile of follow-up errors
