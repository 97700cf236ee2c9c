"""Shared fixtures: every test runs with its own HOME, XDG dirs and database, never the user's."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from fake_openai import fake_llm  # noqa: F401  (the scripted OpenAI-compatible server fixture)

# The console script of the Python running the tests (a venv's bin/ need not be on PATH).
_BESIDE = Path(sys.executable).with_name("gcode")
GCODE = str(_BESIDE) if _BESIDE.is_file() else (shutil.which("gcode") or "")


def interruptible(cmd: list[str]) -> list[str]:
    """`cmd` started with Ctrl-C's default meaning. A suite started in the background
    (`.ci/run &` from a shell without job control) inherits SIGINT ignored, and an ignored
    signal stays ignored across exec: gcode would never see the Ctrl-C a test sends it."""
    return [sys.executable, "-c", "import os, signal, sys; signal.signal(signal.SIGINT, "
            "signal.SIG_DFL); os.execvp(sys.argv[1], sys.argv[1:])", *cmd]


@pytest.fixture(autouse=True)
def isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point config, data and the DB at tmp dirs and clear model/user env vars."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("GCODE_DB", str(tmp_path / "gcode.db"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("GIT_AUTHOR_NAME", "Test")
    monkeypatch.setenv("GIT_AUTHOR_EMAIL", "test@example.com")
    monkeypatch.setenv("GIT_COMMITTER_NAME", "Test")
    monkeypatch.setenv("GIT_COMMITTER_EMAIL", "test@example.com")
    monkeypatch.setenv("NO_COLOR", "1")
    # The suite ranks with the instant hashing embedder (its figures are the tests'); the
    # default, e5 where installed, has tests of its own (test_e5.py, test_vector_fill.py).
    monkeypatch.setenv("GCODE_EMBEDDER", "hashing")
    for var in ("GCODE_USER", "GCODE_MODEL", "OPENAI_API_KEY", "OPENAI_BASE_URL",
                "GCODE_APPROVAL", "GCODE_LEARNING_MODE", "GCODE_DEBUG",
                "OPENAI_ORG_ID", "OPENAI_PROJECT_ID", "OPENAI_API_VERSION"):
        monkeypatch.delenv(var, raising=False)
    return home


def git(cwd: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True,
                          text=True).stdout


@pytest.fixture
def make_repo(tmp_path: Path):
    """Factory: a git repo with an initial commit (files given as {relpath: text})."""

    def _make(name: str = "repo", files: dict[str, str] | None = None) -> Path:
        root = tmp_path / name
        root.mkdir(parents=True)
        git(root, "init", "-q", "-b", "main")
        git(root, "config", "user.email", f"{name}@example.com")
        git(root, "config", "user.name", name)
        for rel, text in (files or {"README.md": f"# {name}\n"}).items():
            path = root / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text)
        git(root, "add", "-A")
        git(root, "commit", "-q", "-m", "initial")
        return root

    return _make


@pytest.fixture
def repo(make_repo) -> Path:
    return make_repo()


def run_gcode(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None,
              input: str | None = None, timeout: float = 60) -> subprocess.CompletedProcess:
    """Run the real console script (or `python -m gcode` when it is not on PATH)."""
    cmd = [GCODE] if GCODE else [sys.executable, "-m", "gcode"]
    full_env = dict(os.environ)
    if env:
        full_env.update(env)
    # No input: stdin is /dev/null, never the test runner's own (a piped stdin is read by
    # `gcode run` as context, and an open pipe nobody writes would keep it waiting).
    stdin = {"input": input} if input is not None else {"stdin": subprocess.DEVNULL}
    return subprocess.run([*cmd, *args], cwd=cwd, env=full_env, capture_output=True, text=True,
                          timeout=timeout, **stdin)


@pytest.fixture
def gcode():
    return run_gcode
