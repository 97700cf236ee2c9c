"""The terminal side of `gcode chat`: the prompt (history, completion, keys, toolbar) and
the `Chat` that runs turns and slash commands and shows what happens.

The prompt pieces take `input`/`output`, so tests drive them with prompt-toolkit's
pipe input instead of a terminal. When stdin is not a terminal, `LineReader`
reads one message per line (never a prompt nobody sees). prompt_toolkit, rich
and the agent are imported only when used, so the chat reaches its first prompt
quickly and never imports openai before the first message.
"""

from __future__ import annotations

import hashlib
import os
import re
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gcode.config import data_dir
from gcode.redact import redact

MAX_ATTACH_BYTES = 200_000  # per @file: enough for real source files, not for a database dump
MAX_PATH_COMPLETIONS = 60
FILES_TTL = 5.0  # seconds a file listing is reused while completing (the agent creates files)

# `@path`: not after a word character (emails), up to whitespace. Trailing punctuation is
# dropped when the path with it does not exist ("look at @src/app.py, please").
_MENTION = re.compile(r"(?<![\w@])@([^\s@]+)")
_TRAILING = ".,;:!?)]}'\""


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


# -- @file mentions -----------------------------------------------------------------------


@dataclass
class Attachment:
    path: str  # as shown to the model: relative to the repo root when inside it
    size: int
    truncated: bool = False


@dataclass
class ExpandedMessage:
    text: str  # what the model gets: the message, then one <file> block per attachment
    attachments: list[Attachment] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # mentions that could not be attached


def _resolve_mention(raw: str, root: Path | None, cwd: Path) -> Path | None:
    candidates = [raw]
    stripped = raw
    while stripped and stripped[-1] in _TRAILING:
        stripped = stripped[:-1]
        candidates.append(stripped)
    for name in candidates:
        p = Path(name).expanduser()
        for base in ([cwd, root] if root and root != cwd else [cwd]):
            full = p if p.is_absolute() else base / p
            if full.exists():
                return full
    return None


def _display_path(path: Path, root: Path | None) -> str:
    resolved = path.resolve()
    if root is not None:
        try:
            return resolved.relative_to(root.resolve()).as_posix()
        except ValueError:
            pass
    return str(resolved)


def expand_mentions(text: str, root: Path | None, cwd: Path | None = None) -> ExpandedMessage:
    """Attach every `@path` that names a readable text file to the message.

    The message keeps its `@path` words (the model sees what the user pointed
    at) and gets the file contents appended, each in a `<file path=...>` block.
    Names that are not files are left alone: `@decorator` and `@team` are words.
    """
    cwd = cwd or Path.cwd()
    result = ExpandedMessage(text)
    seen: set[Path] = set()
    blocks: list[str] = []
    for m in _MENTION.finditer(text):
        path = _resolve_mention(m.group(1), root, cwd)
        if path is None:
            continue
        shown = _display_path(path, root)
        if path.is_dir():
            result.problems.append(f"@{shown} is a directory (mention files)")
            continue
        if path.resolve() in seen:
            continue
        seen.add(path.resolve())
        try:
            data = path.read_bytes()
        except OSError as exc:
            result.problems.append(f"cannot read @{shown}: {exc.strerror}")
            continue
        if b"\0" in data[:8192]:
            result.problems.append(f"@{shown} is a binary file, not attached")
            continue
        truncated = len(data) > MAX_ATTACH_BYTES
        body = data[:MAX_ATTACH_BYTES].decode("utf-8", errors="replace")
        if truncated:
            body += f"\n[... truncated: {len(data) - MAX_ATTACH_BYTES} more bytes ...]"
        blocks.append(f'<file path="{shown}">\n{body.rstrip(chr(10))}\n</file>')
        result.attachments.append(Attachment(shown, len(data), truncated))
    if blocks:
        result.text = text.rstrip() + "\n\n" + "\n\n".join(blocks)
    return result


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

    def text(self) -> str:
        parts = [self.repo or "(no repo)", self.model or "no model", f"learning: {self.mode}",
                 f"{_short_count(self.tokens)} tokens"]
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
            color_depth=None if color else _mono(),
        )

    def read(self) -> str | None:
        try:
            return self.session.prompt()
        except EOFError:
            return None
        except KeyboardInterrupt:  # a SIGINT that reached us between two keys
            return ""


def _mono() -> Any:
    from prompt_toolkit.output.color_depth import ColorDepth

    return ColorDepth.MONOCHROME


class LineReader:
    """One message per line from a non-terminal stdin (pipes, scripts, CI): no prompt, no hang."""

    interactive = False

    def __init__(self, stream: Any = None) -> None:
        self.stream = stream or sys.stdin

    def read(self) -> str | None:
        line = self.stream.readline()
        if not line:
            return None
        return line.rstrip("\r\n")


# -- the chat -----------------------------------------------------------------------------


def first_run_message() -> str:
    """What a new user sees instead of a stack trace: how to point gcode at a model."""
    from gcode.config import user_config_path

    return f"""\
gcode has no model configured yet. It works with any OpenAI-compatible server:

  OpenAI:  export GCODE_MODEL=gpt-4o-mini OPENAI_API_KEY=sk-...
  Ollama:  export GCODE_MODEL=llama3.1 OPENAI_BASE_URL=http://localhost:11434/v1

or set it once in {user_config_path()}:

  [model]
  name = "llama3.1"
  base_url = "http://localhost:11434/v1"   # leave out for OpenAI; the key goes in OPENAI_API_KEY

Until then /learn, /context, /remember and /forget work here (and `gcode learn ...` outside).
"""


@dataclass
class SessionUsage:
    prompt: int = 0
    completion: int = 0
    turns: int = 0
    last_turn_total: int = 0

    @property
    def total(self) -> int:
        return self.prompt + self.completion


class Spinner:
    """A transient 'thinking…' spinner (rich terminals only) until the next event arrives."""

    def __init__(self, console: Any, enabled: bool) -> None:
        self.console = console
        self.enabled = enabled
        self.status: Any = None

    def start(self, text: str = "thinking…") -> None:
        if self.enabled and self.status is None:
            self.status = self.console.status(f"[dim]{text}[/]", spinner="dots")
            self.status.start()

    def stop(self) -> None:
        if self.status is not None:
            self.status.stop()
            self.status = None


def _console(file: Any, plain: bool, width: int | None = None) -> Any:
    from rich.console import Console

    return Console(file=file, highlight=False, soft_wrap=plain, width=width,
                   color_system=None if plain else "auto", no_color=plain)


class Chat:
    """One interactive chat: reads messages and /commands, runs turns, shows what happens.

    The agent is built on the first message (so starting the chat never imports
    openai) and runs in the main thread: a Ctrl-C lands as KeyboardInterrupt
    wherever the turn is waiting — network read, tool, approval prompt — and the
    agent turns it into a cancelled turn with a consistent transcript.
    """

    def __init__(self, ws: Any, reader: Any = None, *, out: Any = None, err: Any = None,
                 plain: bool | None = None, registry: Any = None, pt_input: Any = None,
                 pt_output: Any = None, width: int | None = None) -> None:
        from gcode.slash import default_registry
        from gcode.ui import plain as is_plain

        self.ws = ws
        self.repo = ws.require_repo()
        self.registry = registry or default_registry()
        self.out_file = out or sys.stdout
        self.err_file = err or sys.stderr
        self.plain = is_plain(self.out_file) if plain is None else plain
        self.console = _console(self.out_file, self.plain, width)
        self.err_console = _console(self.err_file, self.plain, width)
        self.pt_input, self.pt_output = pt_input, pt_output
        self.reader = reader
        self.toolbar = ToolbarInfo(repo=self.repo.name)
        self.usage = SessionUsage()
        self.last_user_text = ""
        self.session_id: str | None = None
        self.model_name = ws.config.model.name
        self.spinner = Spinner(self.console, enabled=not self.plain and self.console.is_terminal)
        self._llm: Any = None
        self._agent: Any = None
        self._learning: Any = None
        self._notes: list[str] = []  # told to the model with the next message (e.g. /undo)
        self._reviewed: set[str] = set()  # proposals already shown

    # -- output (also used by slash commands) --

    def say(self, markup: str = "", markup_enabled: bool = True) -> None:
        self.console.print(markup, markup=markup_enabled)

    def show_text(self, text: str) -> None:
        """Text exactly as it is (no markup, no Markdown): /context shows what the model gets."""
        self.console.print(text, markup=False, highlight=False)

    def show_diff(self, diff: str) -> None:
        from rich.text import Text

        for line in diff.rstrip("\n").splitlines():
            style = ("bold" if line.startswith(("diff ", "index ", "---", "+++"))
                     else "green" if line.startswith("+") else "red" if line.startswith("-")
                     else "cyan" if line.startswith("@@") else "")
            self.console.print(Text(line, style=style), soft_wrap=True)

    def error(self, message: str, hint: str = "") -> None:
        from rich.markup import escape

        line = f"[red]error:[/] {escape(message)}"
        if hint:
            line += f" [dim]— {escape(hint)}[/]"
        self.console.print(line)

    # -- questions --

    @property
    def interactive(self) -> bool:
        return bool(getattr(self.reader, "interactive", False))

    def choose(self, question: str, choices: dict[str, str], default: str = "") -> str:
        """One keypress among `choices` ({key: label}); Ctrl-C raises KeyboardInterrupt.

        Without a terminal the default is taken (never a prompt nobody can answer).
        """
        if not self.interactive:
            return default
        from prompt_toolkit import PromptSession
        from prompt_toolkit.key_binding import KeyBindings

        kb = KeyBindings()
        kb.add("<any>")(lambda event: None)  # swallow everything else (registered first: loses)

        def pick(key: str) -> Callable[[Any], None]:
            def handler(event: Any) -> None:
                event.app.current_buffer.text = choices[key]
                event.app.exit(result=key)

            return handler

        for key in choices:
            kb.add(key)(pick(key))
        kb.add("enter")(pick(default) if default else (lambda event: None))
        for key in ("c-c", "c-d"):
            kb.add(key)(lambda event: event.app.exit(exception=KeyboardInterrupt()))
        labels = " / ".join(f"[{k}] {v}" for k, v in choices.items())
        session: Any = PromptSession(input=self.pt_input, output=self.pt_output, key_bindings=kb,
                                     color_depth=_mono() if self.plain else None)
        return str(session.prompt(f"{question} {labels} "))

    def edit_text(self, prompt: str, text: str) -> str | None:
        """Let the user edit `text` in place; None when they press Ctrl-C."""
        if not self.interactive:
            return None
        from prompt_toolkit import PromptSession

        session: Any = PromptSession(input=self.pt_input, output=self.pt_output,
                                     color_depth=_mono() if self.plain else None)
        try:
            return str(session.prompt(prompt, default=text))
        except (KeyboardInterrupt, EOFError):
            return None

    # -- the pieces, built when first needed --

    @property
    def learning(self) -> Any:
        if self._learning is None:
            from gcode.learning import LearningMachine

            self._learning = LearningMachine.from_workspace(self.ws, llm_factory=lambda: self.llm)
            self._learning.session_id = self.session_id
        return self._learning

    def knowledge(self) -> Any:
        return self.learning.kb

    @property
    def llm(self) -> Any:
        if self._llm is None:
            from gcode.llm import LLM

            self._llm = LLM.from_config(self.ws.config)
        return self._llm

    @property
    def agent(self) -> Any:
        if self._agent is None:
            from gcode.cli_agent import make_agent
            from gcode.tools.approval import Approver

            cfg = self.ws.config.agent
            approver = Approver(cfg.approval, list(cfg.allow),
                                ask=self._ask if self.interactive else None,
                                interactive=self.interactive)
            self._agent = make_agent(self.ws, self.llm, approver, self.learning)
        return self._agent

    # -- state used by slash commands --

    def recent_sessions(self, limit: int = 20) -> list[dict[str, Any]]:
        return self.ws.db.list_sessions(self.ws.repo_id, limit=limit)

    def learning_context(self, query: str) -> tuple[str, int] | None:
        """Exactly the learning block the model's system prompt would get for `query`."""
        lm = self.learning
        if all(lm.mode_of(s) == "off" for s in lm.stores):
            return None
        lm.flush()  # what the last turn taught must be in it
        built = lm.build_context(query)
        text = "\n\n".join(p for p in (built.text, lm.guidance()) if p)
        return text, len(built.items)

    def learning_modes(self) -> dict[str, str]:
        lm = self.learning
        return {"*": lm.mode, **{name: lm.mode_of(name) for name in lm.stores}}

    def set_learning_mode(self, mode: str, store: str | None = None) -> None:
        self.learning.set_mode(mode, store)

    def learnings_changed(self) -> None:
        """A /remember or /forget: export the team file at the end (if the team's changed)."""
        self.learning.team_changed = True  # auto-export compares fingerprints: no false write

    def set_model(self, name: str) -> None:
        from gcode.llm import LLM

        cfg = self.ws.config.model
        old = cfg.name
        cfg.name = name
        try:
            llm = LLM.from_config(self.ws.config)
        except Exception:
            cfg.name = old
            raise
        self._llm = llm
        self.model_name = name
        if self._agent is not None:
            self._agent.llm = llm

    def new_session(self) -> None:
        from gcode.llm import Usage

        if self._agent is not None:
            self._agent.session_id = None
            self._agent.messages = []
            self._agent.turn_index = 0
            self._agent.usage = Usage()
        if self._learning is not None:
            self._learning.session_id = None
        self.session_id = None
        self.usage = SessionUsage()
        self.last_user_text = ""
        self._notes.clear()

    def resume(self, session_id: str | None) -> None:
        """Continue a stored session (None: the latest one in this repository)."""
        from gcode.errors import GcodeError

        if session_id is None:
            rows = [s for s in self.recent_sessions(50) if s["id"] != self.session_id]
            if not rows:
                raise GcodeError("there is no earlier session in this repository",
                                 hint="start one by sending a message")
            session_id = rows[0]["id"]
        if not self.model_name:
            raise GcodeError("no model configured, so a session cannot be continued",
                             hint="see the message at the start of the chat")
        row = self.agent.resume(session_id)
        self.session_id = row["id"]
        self.learning.session_id = row["id"]
        self.usage = SessionUsage(int(row.get("prompt_tokens") or 0),
                                  int(row.get("completion_tokens") or 0),
                                  self._agent.turn_index)
        self._notes.clear()
        self._recap(row)

    def _recap(self, row: dict[str, Any]) -> None:
        from rich.markup import escape

        from gcode.slash import session_ref
        from gcode.ui import one_line

        msgs = self._agent.messages
        self.say(f"Resumed session [bold]{session_ref(row['id'])}[/] ({len(msgs)} messages, "
                 f"{self.usage.turns} turns): {escape(one_line(row.get('title') or '', 70))}")
        users = [m for m in msgs if m.get("role") == "user"]
        answers = [m for m in msgs if m.get("role") == "assistant" and m.get("content")]
        if users:
            text = str(users[-1].get("content") or "").split("\n\n<file ", 1)[0]
            self.say(f"[dim]last you said:[/] {escape(one_line(text, 200))}")
            self.last_user_text = text
        if answers:
            self.say(f"[dim]last answer:[/] {escape(one_line(str(answers[-1]['content']), 300))}")

    def undo_last_edit(self) -> None:
        """Put back the file as it was before gcode's last write (one step per /undo)."""
        import difflib

        from gcode.errors import GcodeError

        changes = self._agent.ctx.changes if self._agent is not None else []
        if not changes:
            raise GcodeError("nothing to undo", hint="gcode has not changed a file in this chat")
        change = changes[-1]
        path = self._agent.ctx.root / change.path
        try:  # bytes, not read_text: newline translation would hide (or fake) a change
            current = path.read_bytes().decode("utf-8") if path.exists() else None
        except (OSError, UnicodeDecodeError):
            current = None
        if current != change.after:
            raise GcodeError(f"{change.path} was changed after gcode's edit; not undoing it",
                             hint="see /diff, and revert by hand or with git")
        if change.before is None:
            path.unlink()
        else:
            with path.open("w", encoding="utf-8", newline="") as fh:
                fh.write(change.before)
        changes.pop()
        diff = "".join(difflib.unified_diff(
            change.after.splitlines(keepends=True), (change.before or "").splitlines(
                keepends=True), f"a/{change.path}", f"b/{change.path}"))
        verb = "deleted (gcode had created it)" if change.before is None else "restored"
        self.say(f"Undid gcode's last edit: {change.path} {verb}.")
        if diff:
            self.show_diff(diff)
        self._notes.append(f"(Note: I undid your last change to {change.path} with /undo; "
                           "the file is back as it was before that change.)")

    # -- the loop --

    def refresh_toolbar(self) -> None:
        self.toolbar.model = self.model_name
        self.toolbar.mode = self.learning.mode if self._learning is not None else \
            self.ws.config.learning.mode
        self.toolbar.tokens = self.usage.total

    def banner(self) -> None:
        """Who we are talking to, then what teammates taught since last time (team file)."""
        from rich.markup import escape

        from gcode.sync import auto_import

        model = self.model_name or "no model"
        self.say(f"[bold]gcode[/] · {escape(self.repo.name)} · {escape(model)} · "
                 "/help for commands · Ctrl-D to exit")
        if not self.model_name:
            self.say(first_run_message(), markup_enabled=False)
        report = auto_import(self.ws)  # cheap when the team file did not change
        if report is not None and report.changed:
            self.say(f"[dim]{escape(report.summary())}[/]")

    def make_reader(self) -> Any:
        """The prompt on a terminal (or on the pipe input tests give); lines from stdin else."""
        if self.pt_input is None and not (sys.stdin.isatty() and sys.stdout.isatty()):
            return LineReader()
        return PromptReader(make_completer(self.registry, self, FileLister(self.repo.root)),
                            make_history(history_path(self.ws.user)), self.toolbar,
                            input=self.pt_input, output=self.pt_output, color=not self.plain)

    def run(self) -> int:
        from gcode.errors import GcodeError
        from gcode.slash import ExitChat

        if self.reader is None:
            self.reader = self.make_reader()
        try:
            while True:
                self.refresh_toolbar()
                try:
                    line = self.reader.read()
                    if line is None:
                        break
                    if not line.strip():
                        continue
                    if not self.registry.dispatch(self, line):
                        self.send(line)
                except ExitChat:
                    break
                except GcodeError as exc:
                    self.error(exc.message, exc.hint)
                except KeyboardInterrupt:
                    self.say("[dim](interrupted)[/]")
        finally:
            self.close()
        return 0

    def send(self, text: str) -> None:
        """Send one message to the model (with @files attached) and show the turn."""
        from rich.markup import escape

        if not self.model_name:
            self.say("No model is configured, so there is no one to answer yet.")
            self.say(first_run_message(), markup_enabled=False)
            return
        agent = self.agent  # may raise GcodeError (e.g. missing API key): shown by run()
        expanded = expand_mentions(text, self.repo.root, self.ws.cwd)
        for a in expanded.attachments:
            note = " (truncated)" if a.truncated else ""
            self.say(f"[dim]attached {escape(a.path)} ({_size(a.size)}){note}[/]")
        for problem in expanded.problems:
            self.say(f"[yellow]{escape(problem)}[/]")
        message = expanded.text
        if self._notes:
            message = "\n".join(self._notes) + "\n\n" + message
            self._notes.clear()
        self.last_user_text = text
        self.run_turn(agent, message)

    def _renderer(self) -> Any:
        from gcode.render import PlainRenderer, RichRenderer

        if self.plain:
            return PlainRenderer(self.out_file, self.err_file,
                                 stream=self.interactive or None)
        return RichRenderer(self.console, self.err_console)

    def run_turn(self, agent: Any, message: str) -> Any:
        """Drive one turn; Ctrl-C cancels it and returns to the prompt with the partial answer
        kept. The agent runs in this (main) thread, so the KeyboardInterrupt lands wherever
        the turn waits (network, tool, approval) and the agent closes the turn itself.
        Later Ctrl-Cs of the same turn are ignored: closing it must not be cut short."""
        from gcode.agent import DoneEvent, ErrorEvent, ToolResultEvent, repair_transcript

        renderer = self._renderer()
        events = agent.run_turn(message)
        done: Any = None
        interrupted = False
        restore = _interrupt_once()
        unquiet = _quiet_tty() if self.pt_input is None and self.interactive else (lambda: None)
        self.spinner.start()
        try:
            while True:
                try:
                    event = events.throw(KeyboardInterrupt()) if interrupted else next(events)
                except StopIteration:
                    break
                except KeyboardInterrupt:  # interrupted where the agent could not catch it
                    break
                interrupted = False
                try:
                    self.spinner.stop()
                    if isinstance(event, ErrorEvent) and event.fatal:
                        self.error(event.message, event.hint)
                    renderer.handle(event)
                    if isinstance(event, DoneEvent):
                        done = event
                    elif isinstance(event, ToolResultEvent):
                        self.spinner.start()
                except KeyboardInterrupt:  # in our own code: the agent is paused at a yield
                    interrupted = True
        except KeyboardInterrupt:
            pass
        finally:
            self.spinner.stop()
            renderer.close()
            unquiet()
            restore()
            agent.messages[:] = repair_transcript(agent.messages)
        self._after_turn(done)
        return done

    def _after_turn(self, done: Any) -> None:
        if done is None:
            self.say("[yellow]cancelled[/]")
            return
        self.session_id = done.session_id
        turn_total = done.prompt_tokens + done.completion_tokens
        self.usage.prompt += done.prompt_tokens
        self.usage.completion += done.completion_tokens
        self.usage.turns += 1
        self.usage.last_turn_total = turn_total
        if done.cancelled:  # (the rich renderer has said "cancelled" already)
            kept = "the partial answer is kept" if done.final_text else "nothing was kept"
            self.say(f"[yellow]Cancelled[/] ({kept})." if self.plain else f"[dim]({kept})[/]")
        if turn_total:
            self.say(f"[dim]{turn_total:,} tokens this turn ({done.prompt_tokens:,} in, "
                     f"{done.completion_tokens:,} out) · {self.usage.total:,} this session[/]")
        self.review_proposals()
        self.show_learning_errors()

    # -- learning after a turn --

    def review_proposals(self) -> None:
        """Propose mode: show what the turn would teach, and let the user accept/edit/reject."""
        from rich.markup import escape

        lm = self._learning
        if lm is None or not any(lm.mode_of(s) == "propose" for s in lm.stores):
            return
        if not self.interactive:  # they stay pending; the session's end says how to review them
            return
        self.spinner.start("looking for something to learn…")
        try:
            lm.flush()
        finally:
            self.spinner.stop()
        fresh = sorted((r for r in lm.pending() if r.id not in self._reviewed),
                       key=lambda r: (r.created_at, r.id))  # in the order they were found
        if not fresh:
            return
        for rec in fresh:
            self._reviewed.add(rec.id)
            shared = {"team": "shared with the team", "user": "private to you",
                      "machine": "this machine only"}.get(rec.scope, rec.scope)
            self.say(f"[bold]gcode proposes to learn[/] ({rec.store}, {shared}):")
            self.say(f"  {escape(rec.content)}")
            try:
                key = self.choose("Keep it?", {"a": "accept", "e": "edit", "r": "reject",
                                               "s": "skip for now"}, default="s")
            except KeyboardInterrupt:
                self.say("[dim]The remaining proposals stay pending.[/]")
                return
            if key == "a":
                lm.accept(rec)
                self.say("[green]Learned.[/]")
            elif key == "e":
                edited = self.edit_text("edit: ", rec.content)
                if edited is None or not edited.strip():
                    self.say("[dim]Left pending.[/]")
                    continue
                lm.accept(rec, edited)
                self.say("[green]Learned (edited).[/]")
            elif key == "r":
                lm.reject(rec)
                self.say("Rejected.")

    def show_learning_errors(self) -> None:
        lm = self._learning
        if lm is None:
            return
        from rich.markup import escape

        while lm.errors:
            self.say(f"[dim yellow]{escape(lm.errors.pop(0))}[/]")

    def _ask(self, action: str, summary: str, detail: str, pattern_key: str) -> str:
        """The approver's question: show the diff or command, then yes / no / always."""
        from rich.markup import escape

        self.spinner.stop()
        if action == "edit" and detail:
            self.show_diff(detail)
        elif detail and detail != summary:
            self.say(f"[bold]$[/] {escape(detail)}")
        what = "this edit" if action == "edit" else "this command"
        always = f"always for {pattern_key}" if pattern_key else "always"
        key = self.choose(f"Allow {what} ({summary})?", {"y": "yes", "n": "no", "a": always})
        return {"y": "yes", "a": "always"}.get(key, "no")

    def close(self) -> None:
        """Wait for background learning (it may hold the last turn's lessons), export the team
        file if team learnings changed, then close the database."""
        from gcode import learning_session

        lm = self._learning
        try:
            if lm is not None:
                self.spinner.start("saving what gcode learned…")
                try:
                    lm.flush()
                finally:
                    self.spinner.stop()
                self.show_learning_errors()
                learning_session.finish(self.ws, lm)
        except KeyboardInterrupt:
            pass
        finally:
            self.ws.close()


def _quiet_tty() -> Callable[[], None]:
    """Stop the terminal echoing keys (a `^C` would break the live answer's layout) while a
    turn runs; returns `restore`. Ctrl-C still interrupts, and typed-ahead text waits for
    the next prompt."""
    try:
        import termios

        fd = sys.stdin.fileno()
        saved = termios.tcgetattr(fd)
    except (ImportError, OSError, ValueError, AttributeError):
        return lambda: None
    quiet = list(saved)
    quiet[3] &= ~(termios.ECHO | getattr(termios, "ECHOCTL", 0))
    try:
        termios.tcsetattr(fd, termios.TCSANOW, quiet)
    except (OSError, termios.error):
        return lambda: None

    def restore() -> None:
        try:
            termios.tcsetattr(fd, termios.TCSANOW, saved)
        except (OSError, termios.error):
            pass

    return restore


def _interrupt_once() -> Callable[[], None]:
    """Make the first SIGINT raise KeyboardInterrupt and ignore the rest; returns `restore`.

    Only the main thread may set signal handlers; elsewhere (tests) nothing changes.
    """
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        return lambda: None
    previous = signal.getsignal(signal.SIGINT)

    def handler(signum: int, frame: Any) -> None:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        raise KeyboardInterrupt

    signal.signal(signal.SIGINT, handler)
    return lambda: signal.signal(signal.SIGINT, previous)


def _size(n: int) -> str:
    return f"{n} B" if n < 1024 else f"{n / 1024:.1f} KB" if n < 1024 * 1024 else \
        f"{n / 1024 / 1024:.1f} MB"
