"""`gcode doctor`: each part of the installation checked, with a hint when it is wrong, and
the configured model server asked what it can do (a dead server is a problem, not ok)."""

from __future__ import annotations

import platform
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from gcode.llm import LLM
    from gcode.workspace import Workspace

from gcode.errors import GcodeError
from gcode.llm_stream import strip_think


@dataclass
class Check:
    name: str
    ok: bool
    detail: str
    hint: str = ""
    # A failed optional check is a warning: `gcode learn ...` works without a model.
    required: bool = True


def _guard(name: str, fn: Callable[[], Check]) -> Check:
    try:
        return fn()
    except GcodeError as exc:
        return Check(name, False, exc.message, exc.hint)


def run_checks(ws: Workspace) -> list[Check]:
    """Run every check; a failure in one never hides the others."""
    checks = [Check("python", sys.version_info >= (3, 10),
                    f"{platform.python_version()} ({sys.executable})",
                    "gcode needs Python 3.10 or newer")]

    def config() -> Check:
        files = ws.config.files
        found = ", ".join(str(f) for f in files) if files else "none (using defaults)"
        return Check("config", True, f"files: {found}")

    checks.append(_guard("config", config))

    def database() -> Check:
        db = ws.db
        driver = "sqlite3" if db.driver.__name__ == "sqlite3" else f"{db.driver.__name__} " \
            "(this Python's sqlite3 cannot load extensions)"
        checks.append(Check("sqlite", True, f"SQLite {db.sqlite_version} via {driver}"))
        checks.append(Check("sqlite-vec", bool(db.vec_version), f"loaded {db.vec_version}"))
        return Check("database", True, f"{db.path} (schema version {db.schema_version})")

    checks.append(_guard("database", database))

    def index() -> Check:
        from gcode.embed import is_automatic, make_embedder
        from gcode.knowledge import VECTOR_RECIPE, KnowledgeBase

        kb = KnowledgeBase(ws.db, make_embedder(ws.config))
        problem = kb.index_mismatch()
        if problem and is_automatic(kb.embedder):
            return Check("index", True, f"{problem}: rebuilt in the background at the next "
                         "chat or run (`gcode learn reindex` does it now)")
        if problem:
            return Check("index", False, problem, "run `gcode learn reindex`")
        info = ws.db.vec_index_info()
        if info is None:
            return Check("index", True, f"not built yet; will use {kb.embedder.name}")
        missing = ws.db.count_missing_vectors()
        waiting = f"; {missing} learnings wait for a vector (filled in the background " \
            "during chat and run, or by `gcode learn reindex`)" if missing else ""
        if ws.db.vec_index_recipe() < VECTOR_RECIPE:
            waiting += "; its vectors were made by an older gcode (`gcode learn reindex` " \
                "refreshes them: better matches for questions that share no word with a learning)"
        return Check("index", True, f"{info[0]} ({info[1]} dims){waiting}")

    checks.append(_guard("index", index))

    def repo() -> Check:
        if ws.repo is None:
            return Check("repository", True, "not inside a git repository "
                         "(repo-scoped commands need one)")
        from gcode.learning import extracting_stores
        from gcode.store_api import builtin_stores

        # what `gcode learn triggers` would ask about
        stores = extracting_stores(ws.config, builtin_stores())
        waiting = ws.db.count_untriggered([ws.repo_id, ""], ws.user, stores) if stores else 0
        them = "1 learning waits" if waiting == 1 else f"{waiting} learnings wait"
        untriggered = f"; {them} for an \"applies when\" trigger (a session with a model " \
            "writes 20, `gcode learn triggers` all)" if waiting else ""
        return Check("repository", True, f"{ws.repo.root} (id {ws.repo_id[:16]}), user "
                     f"{ws.user}{untriggered}")

    checks.append(_guard("repository", repo))

    def model() -> Check:
        m = ws.config.model
        if not m.name:
            return Check("model", False, "no model configured (needed for chat, not for "
                         "`gcode learn`)",
                         "set GCODE_MODEL, plus OPENAI_API_KEY or OPENAI_BASE_URL "
                         "(e.g. http://localhost:11434/v1 for Ollama)", required=False)
        url = m.base_url or "https://api.openai.com/v1"
        if not m.api_key and not m.base_url:
            return Check("model", False, f"{m.name} at {url}, but OPENAI_API_KEY is not set",
                         "export OPENAI_API_KEY=... (or point OPENAI_BASE_URL at a local server)",
                         required=False)
        key = "API key set" if m.api_key else "no API key (fine for a local server)"
        return Check("model", True, f"{m.name} at {url}, {key}")

    checks.append(_guard("model", model))
    checks.append(_guard("sandbox", lambda: sandbox_check(ws)))
    if ws.config.model.name:
        checks.extend(server_checks(ws))
    return checks


# -- the model server, asked --------------------------------------------------------------------

PROBE_TOOL = {"type": "function", "function": {
    "name": "report_status", "description": "Report that tool calling works.",
    "parameters": {"type": "object", "properties": {"status": {"type": "string"}},
                   "required": ["status"]}}}


def _ask(llm: LLM, messages: list[dict[str, Any]], tools: list[dict[str, Any]] | None = None,
         tool_choice: Any = None) -> tuple[Any, list[str], float]:
    """(completion, notices, seconds) of one probe request."""
    from gcode.llm import Completion, Notice

    started = time.monotonic()
    completion, notices = None, []
    for event in llm.stream_chat(messages, tools, tool_choice):
        if isinstance(event, Completion):
            completion = event
        elif isinstance(event, Notice):
            notices.append(event.message)
    return completion, notices, time.monotonic() - started


def server_checks(ws: Workspace) -> list[Check]:
    """Ask the configured server what it can do: one clear line per probe (models list, a
    tiny chat, a tool call, embeddings), then what the capability record holds."""
    from gcode.llm import LLM
    from gcode.server_info import ProbeError, list_models, probe_window

    m = ws.config.model
    try:
        llm = LLM.from_config(ws.config, capabilities=ws.capabilities)
    except GcodeError as exc:
        return [Check("server", False, exc.message, exc.hint)]
    llm.max_retries, llm.timeout = 0, min(m.timeout, 60.0)
    url = llm.base_url
    try:
        entries = list_models(llm.endpoint, min(m.timeout, 10.0))
        ids = [str(e.get("id")) for e in entries]
        listed = any(e.get("id") == m.name for e in entries)
        window, source = probe_window(llm.endpoint, m.name, min(m.timeout, 10.0))
        detail = f"{url} answers; {len(ids)} model(s)" + \
            (f", {m.name} listed" if listed else "" if llm.endpoint.deployment
             else f", {m.name} not among them")  # Azure lists models, not deployments
        if window:
            detail += f"; context window {window} ({source})"
        checks = [Check("server", True, detail)]
    except ProbeError as exc:
        if exc.status is None:
            return [Check("server", False, f"cannot reach the model server at {url} ({exc})",
                          "is the server running? check OPENAI_BASE_URL")]
        checks = [Check("server", True, f"{url} answers (no model list: {exc})")]

    def chat() -> Check:
        done, _, took = _ask(llm, [{"role": "system", "content": "Answer in one word."},
                                   {"role": "user", "content": "Say ok."}])
        said = " ".join(strip_think(done.content).split())[:40] if done else ""
        usage = "no usage in streams (gcode estimates it)" if done is None or \
            done.usage_estimated else "usage reported"
        return Check("chat", bool(said), f"{m.name} answered {said!r} in {took:.1f}s; {usage}",
                     "" if said else "the model answered nothing")

    def tools() -> Check:
        messages = [{"role": "user", "content": "Call report_status with status \"ok\"."}]
        done, notices, _ = _ask(llm, messages, [PROBE_TOOL],
                                {"type": "function", "function": {"name": "report_status"}})
        if notices:
            return Check("tools", False, notices[0], required=False)
        called = [c for c in (done.tool_calls if done else []) if c.name == "report_status"]
        if not called:
            return Check("tools", False, f"{m.name} answered without calling the offered tool",
                         "a model trained for tool calling works better with gcode",
                         required=False)
        return Check("tools", True, f"{m.name} called the tool (arguments {called[0].arguments})")

    def embeddings() -> Check:
        from gcode.embed import make_embedder

        embedder = make_embedder(ws.config, ws.capabilities)
        vector = embedder.embed(["gcode doctor"])[0]
        return Check("embeddings", True, f"{embedder.name}: {len(vector)} dimensions")

    checks.append(_guard("chat", chat))
    if not checks[-1].ok:
        return checks
    checks.append(_guard("tools", tools))
    if ws.config.embeddings.provider == "openai":
        checks.append(_guard("embeddings", embeddings))
    learned = describe_record(llm.caps.record)
    if learned:
        checks.append(Check("server record", True, learned))
    return checks


def describe_record(record: dict[str, Any]) -> str:
    """What the capability record says, in words (only what differs from the defaults)."""
    said = []
    if record.get("stream_usage") is False:
        said.append("no usage in streams")
    if record.get("tools") is False:
        said.append("tools refused")
    if record.get("tools_stream") is False:
        said.append("tools only without streaming")
    if record.get("tool_choice") is False:
        said.append("no tool_choice")
    if record.get("system_role") is False:
        said.append("system prompt merged into the first message")
    if record.get("json_mode") is False:
        said.append("no JSON mode")
    if record.get("reasoning_echo"):
        said.append("reasoning sent back")
    if record.get("max_tokens_name"):
        said.append(f"output limit as {record['max_tokens_name']}")
    if record.get("think_prefilled"):
        said.append("reasoning opened by the template")
    if record.get("window"):
        said.append(f"window {record['window']} tokens ({record.get('window_source', '?')})")
    return "learned: " + "; ".join(said) if said else ""


def sandbox_check(ws: Workspace) -> Check:
    """Which sandbox the agent's commands get here, and why (or why none)."""
    from pathlib import Path

    from gcode.sandbox import for_config

    box = for_config(ws.config.agent, ws.repo.root if ws.repo else Path.cwd())
    if box.missing:
        return Check("sandbox", False, box.describe() + "; every command will ask first",
                     "install bubblewrap (e.g. `apt-get install bubblewrap`) or use Linux "
                     ">= 5.13 with Landlock enabled (macOS: /usr/bin/sandbox-exec)",
                     required=False)
    return Check("sandbox", True, box.describe())
