"""`gcode doctor`: each part of the installation checked, with a hint when it is wrong."""

from __future__ import annotations

import platform
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from gcode.workspace import Workspace

from gcode.errors import GcodeError


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
        from gcode.embed import make_embedder
        from gcode.knowledge import KnowledgeBase

        kb = KnowledgeBase(ws.db, make_embedder(ws.config))
        problem = kb.index_mismatch()
        if problem:
            return Check("index", False, problem, "run `gcode learn reindex`")
        info = ws.db.vec_index_info()
        detail = f"{info[0]} ({info[1]} dims)" if info else \
            f"not built yet; will use {kb.embedder.name}"
        return Check("index", True, detail)

    checks.append(_guard("index", index))

    def repo() -> Check:
        if ws.repo is None:
            return Check("repository", True, "not inside a git repository "
                         "(repo-scoped commands need one)")
        return Check("repository", True, f"{ws.repo.root} (id {ws.repo_id[:16]}), user {ws.user}")

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
        problem = reach(url, m.api_key)
        if problem:
            return Check("model", False, f"{m.name} at {url}: {problem}",
                         "is the server running? check OPENAI_BASE_URL (or [model] base_url)",
                         required=False)
        return Check("model", True, f"{m.name} at {url}, {key}, the server answers")

    checks.append(_guard("model", model))
    checks.append(_guard("sandbox", lambda: sandbox_check(ws)))
    return checks


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


def reach(base_url: str, api_key: str, timeout: float = 3.0) -> str:
    """Why the model server cannot be used ("" when it answers): one GET of `/models`, which
    every OpenAI-compatible server has, without importing the openai package."""
    import urllib.error
    import urllib.request

    request = urllib.request.Request(base_url.rstrip("/") + "/models",
                                     headers={"Authorization": f"Bearer {api_key or 'none'}"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            response.read(1)
        return ""
    except urllib.error.HTTPError as exc:
        if exc.code in (401, 403):
            return f"the server rejected the API key (HTTP {exc.code})"
        return ""  # it answered: a server without /models is still a server
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        return f"cannot reach the server ({reason})"
