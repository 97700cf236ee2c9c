"""The chat's prompt: history, completion of /commands and @paths, keys, toolbar, readers.

The pieces take `input`/`output`, so tests drive them with prompt-toolkit's pipe
input instead of a terminal. When stdin is not a terminal, `LineReader` reads one
message per line (never a prompt nobody sees). prompt_toolkit is imported only
when a piece is built.
"""

from __future__ import annotations

import hashlib
import os
import re
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from gcode.config import data_dir
from gcode.redact import redact

MAX_PATH_COMPLETIONS = 60
FILES_TTL = 5.0  # seconds a file listing is reused while completing (the agent creates files)


# -- history ------------------------------------------------------------------------------


def history_path(user: str) -> Path:
    """One history file per user (hashed: the name may be an email address)."""
    digest = hashlib.sha256(user.encode("utf-8")).hexdigest()[:16]
    return data_dir() / "history" / digest


def make_history(path: Path) -> Any:
    """A FileHistory that redacts secrets before anything reaches the disk.

    The in-memory copy keeps the exact text, so Up in this session recalls what
    was typed; the file (read by every later session) never holds a key.
    """
    from prompt_toolkit.history import FileHistory

    class RedactingFileHistory(FileHistory):
        def store_string(self, string: str) -> None:
            path.parent.mkdir(parents=True, exist_ok=True)
            try:
                os.chmod(path.parent, 0o700)
            except OSError:
                pass
            fresh = not path.exists()
            super().store_string(redact(string))
            if fresh:
                try:
                    os.chmod(path, 0o600)
                except OSError:
                    pass

    return RedactingFileHistory(str(path))


# -- completion ---------------------------------------------------------------------------


class FileLister:
    """Repository files (tracked + untracked, not ignored) and their directories, briefly cached."""

    def __init__(self, root: Path | None, cwd: Path | None = None) -> None:
        self.root = root
        self.cwd = cwd or Path.cwd()
        self._cache: tuple[float, list[str]] | None = None

    def __call__(self) -> list[str]:
        now = time.monotonic()
        if self._cache and now - self._cache[0] < FILES_TTL:
            return self._cache[1]
        files = self._list()
        self._cache = (now, files)
        return files

    def _list(self) -> list[str]:
        if self.root is None:
            try:
                return sorted(p.name + ("/" if p.is_dir() else "") for p in self.cwd.iterdir())
            except OSError:
                return []
        from gcode.repo import Repo

        files = Repo(self.root).tracked_files()
        dirs = {str(Path(f).parent.as_posix()) + "/" for f in files if "/" in f}
        for d in list(dirs):  # every ancestor too: src/ for src/pkg/mod.py
            parts = d.rstrip("/").split("/")
            for i in range(1, len(parts)):
                dirs.add("/".join(parts[:i]) + "/")
        return sorted(dirs) + files


def rank_paths(typed: str, paths: Iterable[str], limit: int = MAX_PATH_COMPLETIONS) -> list[str]:
    """Paths matching what was typed: path prefix first, then file-name prefix, then substring.

    Directories are only offered one level at a time (`src/` before `src/pkg/`),
    so a big repository does not flood the menu.
    """
    typed_l = typed.lower()
    depth = typed.count("/")
    prefix, name_prefix, inside = [], [], []
    for p in paths:
        pl = p.lower()
        is_dir = p.endswith("/")
        if pl.startswith(typed_l):
            if is_dir and p.rstrip("/").count("/") != depth:
                continue
            if not is_dir and p.count("/") > depth and typed_l and not typed_l.endswith("/"):
                inside.append(p)  # deeper file with this prefix: keep, ranked lower
                continue
            if not is_dir and p.count("/") > depth:
                continue
            prefix.append(p)
        elif typed_l and not is_dir and pl.rsplit("/", 1)[-1].startswith(typed_l):
            name_prefix.append(p)
        elif typed_l and len(typed_l) >= 2 and typed_l in pl and not is_dir:
            inside.append(p)
    ranked = prefix + sorted(name_prefix, key=len) + sorted(inside, key=len)
    return ranked[:limit]


def make_completer(registry: Any, chat: Any, files: Callable[[], list[str]]) -> Any:
    """Completion of `/commands` (and their arguments) and of `@path` file mentions."""
    from prompt_toolkit.completion import Completer, Completion

    class ChatCompleter(Completer):
        def get_completions(self, document: Any, complete_event: Any) -> Iterator[Any]:
            before = document.text_before_cursor
            if before.startswith("/") and "\n" not in before:
                yield from self._slash(before)
                return
            m = re.search(r"(?<![\w@])@([^\s@]*)$", before)
            if m:
                typed = m.group(1)
                for p in rank_paths(typed, files()):
                    yield Completion(p, start_position=-len(typed), display=p,
                                     display_meta="dir" if p.endswith("/") else "file")

        def _slash(self, before: str) -> Iterator[Any]:
            if " " not in before:
                typed = before[1:].lower()
                for name in registry.names():
                    if name.startswith(typed):
                        yield Completion("/" + name, start_position=-len(before),
                                         display="/" + name,
                                         display_meta=registry.commands[name].help)
                return
            name, _, arg = before[1:].partition(" ")
            cmd = registry.get(name)
            if cmd is None or cmd.complete_arg is None:
                return
            try:
                options = list(cmd.complete_arg(chat, arg))
            except Exception:  # noqa: BLE001 - completion must never break typing
                return
            for value, meta in options:
                if value.lower().startswith(arg.lower()):
                    yield Completion(value, start_position=-len(arg), display_meta=meta)

    return ChatCompleter()


# -- keys and toolbar ---------------------------------------------------------------------


def make_key_bindings(notice: Callable[[str], None]) -> Any:
    """Enter sends; Alt-Enter / Esc Enter adds a line; Ctrl-C clears; Ctrl-D (empty) exits."""
    from prompt_toolkit.enums import DEFAULT_BUFFER
    from prompt_toolkit.filters import has_focus
    from prompt_toolkit.key_binding import KeyBindings

    kb = KeyBindings()
    editing = has_focus(DEFAULT_BUFFER)  # not while Ctrl-R search has the focus

    @kb.add("enter", filter=editing)
    def _send(event: Any) -> None:
        buf = event.current_buffer
        state = buf.complete_state
        if state is not None and state.current_completion is not None:
            # Enter takes the highlighted completion; a /command then runs, while after an
            # @file the message goes on (a directory opens its contents).
            buf.complete_state = None
            if not buf.text.startswith("/"):
                if buf.document.text_before_cursor.endswith("/"):
                    buf.start_completion(select_first=False)
                return
        buf.validate_and_handle()

    @kb.add("escape", "enter", filter=editing)
    def _newline(event: Any) -> None:
        event.current_buffer.insert_text("\n")

    @kb.add("c-c", filter=editing)
    def _clear(event: Any) -> None:
        buf = event.current_buffer
        if buf.text:
            buf.reset()
            notice("")
        else:
            notice("Ctrl-D or /exit quits")
        event.app.invalidate()

    return kb


@dataclass
class ToolbarInfo:
    repo: str = ""
    model: str = ""
    mode: str = ""
    tokens: int = 0
    notice: str = ""
    notice_at: float = 0.0
    approval: str = ""

    def text(self) -> str:
        parts = [self.repo or "(no repo)", self.model or "no model",
                 *([f"approval: {self.approval}"] if self.approval else []),
                 f"learning: {self.mode}", f"{_short_count(self.tokens)} tokens"]
        line = " " + "  ·  ".join(parts)
        if self.notice and time.monotonic() - self.notice_at < 5:
            line += f"   [{self.notice}]"
        return line


def _short_count(n: int) -> str:
    if n >= 1_000_000:
        return f"{n / 1_000_000:.1f}M"
    if n >= 10_000:
        return f"{n / 1000:.0f}k"
    return f"{n:,}"


# -- readers ------------------------------------------------------------------------------


class PromptReader:
    """Reads one message at a time from a prompt-toolkit prompt: `read()` returns the text,
    or None on Ctrl-D (the end of the chat). Ctrl-C only clears the line."""

    interactive = True

    def __init__(self, completer: Any, history: Any, toolbar: ToolbarInfo,
                 input: Any = None, output: Any = None, color: bool = True) -> None:
        from prompt_toolkit import PromptSession
        from prompt_toolkit.styles import Style

        self.toolbar = toolbar

        def notice(text: str) -> None:
            toolbar.notice, toolbar.notice_at = text, time.monotonic()

        style = Style.from_dict({"bottom-toolbar": "noreverse" if not color else "",
                                 "prompt": "bold"})
        self.session: Any = PromptSession(
            message=[("class:prompt", "> ")],
            multiline=True,
            prompt_continuation=lambda width, line, wrap: "." * (width - 1) + " ",
            history=history,
            completer=completer,
            complete_while_typing=True,
            key_bindings=make_key_bindings(notice),
            bottom_toolbar=toolbar.text,
            style=style,
            input=input,
            output=output,
            refresh_interval=1.0,
            color_depth=None if color else mono(),
        )

    def read(self, default: str = "") -> str | None:
        """The next message; `default` is already typed (keys typed during the last turn,
        or the message /rewind went back before)."""
        try:
            return str(self.session.prompt(default=default))
        except EOFError:
            return None
        except KeyboardInterrupt:  # a SIGINT that reached us between two keys
            return ""


def mono() -> Any:
    from prompt_toolkit.output.color_depth import ColorDepth

    return ColorDepth.MONOCHROME


class LineReader:
    """One message per line from a non-terminal stdin (pipes, scripts, CI): no prompt, no hang."""

    interactive = False

    def __init__(self, stream: Any = None) -> None:
        self.stream = stream or sys.stdin

    def read(self, default: str = "") -> str | None:
        line = self.stream.readline()
        if not line:
            return None
        return line.rstrip("\r\n")


def preload_model_client() -> threading.Thread:
    """Import the model client (`openai` alone takes ~0.45 s) in the background while the
    person types, so the first answer does not wait for it. Not a daemon: an exit during
    the import waits for it instead of tearing it down half-way."""

    def load() -> None:
        try:
            import openai  # noqa: F401

            import gcode.llm  # noqa: F401
        except Exception:  # noqa: BLE001 - the first message imports it again, and says why
            pass

    thread = threading.Thread(target=load, name="gcode-preload", daemon=False)
    thread.start()
    return thread
