"""Slash commands of `gcode chat`: a small registry plus the built-in commands.

A command is a function `(chat, arg) -> None` registered with a name, a usage
line and one line of help. The registry parses a line, runs the command and,
for a name it does not know, suggests the closest one, so a typo costs one
glance instead of a trip to /help. Handlers talk to the chat only through the
`ChatLike` protocol below, which keeps them testable without a terminal.
"""

from __future__ import annotations

import difflib
import re
import shlex
import subprocess
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from gcode.errors import GcodeError

if TYPE_CHECKING:
    from gcode.learning import LearningMachine
    from gcode.mcp_client import McpManager
    from gcode.workspace import Workspace

# `/name rest`; a first word with a second slash (`/usr/bin/env is missing`) is a message.
_COMMAND = re.compile(r"^/([A-Za-z][\w-]*)(?:\s+(.*))?$", re.S)


class ExitChat(Exception):
    """Raised by /exit: the REPL loop ends cleanly."""


class ChatLike(Protocol):
    """What slash commands use of the chat (gcode.repl.Chat implements it)."""

    ws: Workspace
    registry: SlashRegistry
    session_id: str | None
    model_name: str
    last_user_text: str
    usage: Any  # SessionUsage: prompt, completion, turns, last_turn_total

    def say(self, markup: str = "") -> None: ...
    def show_text(self, text: str) -> None: ...
    def show_diff(self, diff: str) -> None: ...
    @property
    def learning(self) -> LearningMachine: ...
    @property
    def mcp(self) -> McpManager: ...
    def learning_context(self, query: str) -> tuple[str, list[tuple[str, str]]] | None: ...
    def learning_modes(self) -> dict[str, str]: ...
    def set_learning_mode(self, mode: str, store: str | None = None) -> None: ...
    def set_model(self, name: str) -> None: ...
    def new_session(self) -> None: ...
    def recent_sessions(self, limit: int = 20) -> list[dict[str, Any]]: ...
    def resume(self, session_id: str | None) -> None: ...
    def undo_last_edit(self) -> None: ...


@dataclass
class SlashCommand:
    name: str
    handler: Callable[[Any, str], None]
    help: str
    usage: str = ""
    aliases: tuple[str, ...] = ()
    # Completions for the argument: called with the chat and the text typed so far.
    complete_arg: Callable[[Any, str], Iterable[tuple[str, str]]] | None = None

    @property
    def signature(self) -> str:
        return f"/{self.name}" + (f" {self.usage}" if self.usage else "")


@dataclass
class SlashRegistry:
    commands: dict[str, SlashCommand] = field(default_factory=dict)
    _aliases: dict[str, str] = field(default_factory=dict)

    def add(self, cmd: SlashCommand) -> SlashCommand:
        self.commands[cmd.name] = cmd
        for alias in cmd.aliases:
            self._aliases[alias] = cmd.name
        return cmd

    def command(self, name: str, help: str, usage: str = "", aliases: tuple[str, ...] = (),
                complete_arg: Callable[[Any, str], Iterable[tuple[str, str]]] | None = None,
                ) -> Callable[[Callable[[Any, str], None]], Callable[[Any, str], None]]:
        def deco(fn: Callable[[Any, str], None]) -> Callable[[Any, str], None]:
            self.add(SlashCommand(name, fn, help, usage, aliases, complete_arg))
            return fn

        return deco

    def get(self, name: str) -> SlashCommand | None:
        name = name.lower()
        return self.commands.get(self._aliases.get(name, name))

    def names(self) -> list[str]:
        return sorted(self.commands)

    def closest(self, name: str) -> str | None:
        """The command a typo most likely meant: a unique prefix, else the nearest spelling."""
        name = name.lower()
        every = [*self.commands, *self._aliases]
        prefixed = sorted({self._aliases.get(n, n) for n in every if n.startswith(name)})
        if len(prefixed) == 1:
            return prefixed[0]
        close = difflib.get_close_matches(name, every, n=1, cutoff=0.5)
        return self._aliases.get(close[0], close[0]) if close else None

    @staticmethod
    def parse(line: str) -> tuple[str, str] | None:
        """(name, argument) when `line` is a slash command, else None (it is a message)."""
        m = _COMMAND.match(line.strip())
        if not m:
            return None
        return m.group(1), (m.group(2) or "").strip()

    def dispatch(self, chat: Any, line: str) -> bool:
        """Run `line` if it is a slash command; False means it is a message for the model.

        GcodeErrors from a command are shown as one line and the chat goes on.
        """
        parsed = self.parse(line)
        if parsed is None:
            return False
        name, arg = parsed
        cmd = self.get(name)
        if cmd is None:
            guess = self.closest(name)
            hint = f" Did you mean [bold]/{guess}[/]?" if guess else ""
            chat.say(f"Unknown command /{name}.{hint} (/help lists the commands)")
            return True
        try:
            cmd.handler(chat, arg)
        except GcodeError as exc:
            chat.say(f"[red]error:[/] {_escape(exc.one_line())}")
        return True


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)


REGISTRY = SlashRegistry()
command = REGISTRY.command


def default_registry() -> SlashRegistry:
    """A fresh registry with the built-in commands (one per chat, so tests can add their own)."""
    return SlashRegistry(dict(REGISTRY.commands), dict(REGISTRY._aliases))


# -- completions for arguments ------------------------------------------------------------


def _complete_modes(chat: ChatLike, typed: str) -> Iterable[tuple[str, str]]:
    from gcode.config import LEARNING_MODES

    help_ = {"always": "learn after every turn", "agentic": "the model decides what to save",
             "propose": "you review each learning", "off": "learn nothing"}
    return [(m, help_[m]) for m in LEARNING_MODES]


def _complete_sessions(chat: ChatLike, typed: str) -> Iterable[tuple[str, str]]:
    return [(session_ref(s["id"]), _session_label(s)) for s in chat.recent_sessions(limit=20)]


def _complete_commands(chat: ChatLike, typed: str) -> Iterable[tuple[str, str]]:
    registry = getattr(chat, "registry", None) or REGISTRY
    return [(name, registry.commands[name].help) for name in registry.names()]


def session_ref(session_id: str) -> str:
    """The id prefix people see and type: a UUIDv7's first 13 characters are its millisecond
    clock, in practice one per session (its first 8 would only tell minutes apart)."""
    return session_id[:13]


def _session_label(s: dict[str, Any]) -> str:
    from gcode.ui import age, one_line

    title = one_line(s.get("title") or "(untitled)", 50)
    return f"{age(s.get('updated_at'))} ago, {s.get('message_count', '?')} messages: {title}"


# -- the built-in commands ----------------------------------------------------------------


@command("help", "list the commands, or explain one", usage="[COMMAND]",
         complete_arg=_complete_commands)
def cmd_help(chat: ChatLike, arg: str) -> None:
    reg = chat.registry
    if arg:
        cmd = reg.get(arg.lstrip("/"))
        if cmd is None:
            guess = reg.closest(arg.lstrip("/"))
            raise GcodeError(f"no command /{arg.lstrip('/')}",
                             hint=f"did you mean /{guess}?" if guess else "see /help")
        chat.say(f"[bold]{_escape(cmd.signature)}[/]  {cmd.help}")
        if cmd.handler.__doc__:
            chat.say(cmd.handler.__doc__.strip())
        return
    width = max(len(c.signature) for c in reg.commands.values())
    for name in reg.names():
        cmd = reg.commands[name]
        chat.say(f"  [bold]{_escape(cmd.signature.ljust(width))}[/]  {cmd.help}")
    chat.say("")
    chat.say("Keys: Enter sends · Alt-Enter (or Esc Enter) new line · Up/Down history · "
             "Ctrl-R search history · Tab completes /commands and @files · "
             "Ctrl-C cancels a running turn · Ctrl-D exits.")
    chat.say("Mention a file with @path to attach it to your message.")


@command("exit", "leave the chat (Ctrl-D does the same)", aliases=("quit", "q"))
def cmd_exit(chat: ChatLike, arg: str) -> None:
    raise ExitChat()


@command("context", "show exactly the learning context the model gets now", usage="[QUESTION]")
def cmd_context(chat: ChatLike, arg: str) -> None:
    """Without a question, the context is built for your last message (as the next turn would)."""
    query = arg or chat.last_user_text or ""
    built = chat.learning_context(query)
    if built is None:
        chat.say("Learning is off: the model gets no learning context.")
        return
    text, why = built
    if not text.strip():
        chat.say("No learning context yet: gcode has learned nothing relevant "
                 "(teach it with /remember TEXT).")
        return
    from gcode.turn import estimate_tokens  # the count the token budget uses

    chat.say(f"[dim]{len(why)} learning(s), {estimate_tokens(text)} tokens"
             + (f", for {_escape(repr(query))}" if query else "") + ":[/]")
    chat.show_text(text)
    if why:  # core: every turn gets it; otherwise how relevant the search found it (0-1)
        reasons = ", ".join(f"[{sid}] {reason}" for sid, reason in why)
        chat.say("[dim]why: " + _escape(reasons) + "[/]")


@command("learn", "what gcode knows about this repository (or search it)", usage="[QUERY]")
def cmd_learn(chat: ChatLike, arg: str) -> None:
    from gcode.records import short_id
    from gcode.ui import age, one_line

    ws = chat.ws
    repos = [ws.repo_id, ""] if ws.repo is not None else [""]  # outside a repo: your memory
    if arg:
        records = chat.learning.kb.search(arg, repos, ws.user, k=15)
    else:
        chat.learning.refresh()  # the scan's facts first: the same ones /context shows
        records = ws.db.list_learnings(repos, user=ws.user,
                                       statuses=("active", "stale", "pending"))
    if not records:
        chat.say("No matching learnings." if arg else
                 "gcode knows nothing about this repository yet. "
                 "Teach it with /remember TEXT, or just work: it learns as you go.")
        return
    by_store: dict[str, list[Any]] = {}
    for r in records:
        by_store.setdefault(r.store, []).append(r)
    for store, recs in by_store.items():
        chat.say(f"[bold]{store}[/] ({len(recs)})")
        for r in recs:
            flag = "" if r.status == "active" else f" [{r.status}]"
            chat.say(f"  [cyan]{short_id(r.id)}[/] {_escape(one_line(r.content, 110))}"
                     f"[dim]{_escape(flag)} · {r.kind} · {r.author or '-'} · "
                     f"{age(r.updated_at)}[/]")
    chat.say("[dim]/forget ID removes one; /remember TEXT adds one.[/]")


@command("remember", "teach gcode something (team-shared; --me keeps it private to you)",
         usage="[--me | --store STORE] TEXT")
def cmd_remember(chat: ChatLike, arg: str) -> None:
    """`/remember the API tests need docker running` is shared with the team through the
    committed team file; `/remember --me I prefer small commits` stays in your own memory;
    `/remember --store NAME TEXT` teaches one store (a custom one too)."""
    from gcode.chat_questions import SHARED
    from gcode.records import short_id
    from gcode.sync import shares

    store = "learned_knowledge" if chat.ws.repo is not None else "user_memory"
    for flag in ("--me", "--private"):
        if arg == flag or arg.startswith(flag + " "):
            store, arg = "user_memory", arg[len(flag):].strip()
    if arg.startswith("--store"):
        _, name, arg = (arg.split(None, 2) + ["", ""])[:3]
        if not name:
            raise GcodeError("which store?", hint="/remember --store STORE TEXT")
        store = name
    if not arg.strip():
        raise GcodeError("nothing to remember", hint="/remember TEXT")
    result = chat.learning.teach(store, arg.strip())
    verb = {"added": "Remembered", "duplicate": "Already known (confirmed)",
            "updated": "Updated"}[result.outcome]
    scope = result.learning.scope
    where = SHARED.get(scope, scope) if scope != "team" or shares(chat.ws) else NOT_SHARED_YET
    chat.say(f"{verb} [bold]{short_id(result.learning.id)}[/] ({where}): "
             f"{_escape(result.learning.content)}")
    if chat.ws.repo is None and store == "user_memory":
        chat.say("[dim](not in a git repository: kept in your own memory)[/]")
    _share(chat)


def _share(chat: ChatLike) -> None:
    """A team change goes to the team file now, not only at the end of the chat."""
    from gcode.sync import auto_export

    if chat.learning.team_changed and auto_export(chat.ws):
        chat.say("[dim]Team file updated: commit it so your teammates get the change.[/]")


NOT_SHARED_YET = "team scope: shared once you run `gcode init`"


@command("forget", "forget a learning (by the id /learn shows)", usage="ID")
def cmd_forget(chat: ChatLike, arg: str) -> None:
    from gcode.records import short_id
    from gcode.ui import one_line

    if not arg:
        raise GcodeError("which learning?", hint="/forget ID (ids are shown by /learn)")
    machine = chat.learning
    for prefix in arg.split():
        rec = machine.kb.resolve(prefix, chat.ws.user)
        if rec.deleted_at:
            raise GcodeError(f"learning {short_id(rec.id)} is already forgotten")
        said = one_line(rec.content, 100)  # a tombstone keeps nothing of it
        machine.forget(rec)
        chat.say(f"Forgot {short_id(rec.id)} ({rec.store}): {_escape(said)}")
    _share(chat)


@command("mode", "show or set the learning mode (this session)", usage="[MODE | STORE MODE]",
         complete_arg=_complete_modes)
def cmd_mode(chat: ChatLike, arg: str) -> None:
    """Modes: always (learn after every turn), agentic (the model saves what it decides
    to), propose (you accept, edit or reject each learning), off.
    `/mode user_memory off` sets one store."""
    from gcode.config import LEARNING_MODES

    words = arg.split()
    if not words:
        modes = chat.learning_modes()
        overall = modes.pop("*", "?")
        chat.say(f"Learning mode: [bold]{overall}[/]")
        if overall == "mixed":
            for store, mode in sorted(modes.items()):
                chat.say(f"  {store}: {mode}")
        chat.say("[dim]Change with /mode always|agentic|propose|off (or /mode STORE MODE).[/]")
        return
    if len(words) > 2:
        raise GcodeError("too many words", hint="/mode MODE or /mode STORE MODE")
    mode = words[-1].lower()
    if mode not in LEARNING_MODES:
        raise GcodeError(f"unknown learning mode {mode!r}",
                         hint=f"use one of: {', '.join(LEARNING_MODES)}")
    only = words[0] if len(words) == 2 else None
    chat.set_learning_mode(mode, only)
    chat.say(f"Learning mode{f' of {only}' if only else ''} is now [bold]{mode}[/] "
             f"for this session.")


@command("model", "show or switch the model", usage="[NAME]")
def cmd_model(chat: ChatLike, arg: str) -> None:
    if not arg:
        chat.say(f"Model: [bold]{_escape(chat.model_name or '(none configured)')}[/]")
        return
    chat.set_model(arg.strip())
    chat.say(f"Model is now [bold]{_escape(arg.strip())}[/] (for the next turns).")


@command("clear", "start a new session (the current one stays resumable)", aliases=("new",))
def cmd_clear(chat: ChatLike, arg: str) -> None:
    old = chat.session_id
    chat.new_session()
    chat.say("New session." + (f" The previous one is /resume {session_ref(old)}."
                               if old else ""))


@command("sessions", "list recent sessions in this repository")
def cmd_sessions(chat: ChatLike, arg: str) -> None:
    sessions = chat.recent_sessions(limit=15)
    if not sessions:
        chat.say("No sessions in this repository yet.")
        return
    for s in sessions:
        mark = "*" if s["id"] == chat.session_id else " "
        chat.say(f" {mark}[cyan]{session_ref(s['id'])}[/] {_escape(_session_label(s))}")
    chat.say("[dim]/resume ID continues one.[/]")


@command("resume", "continue an earlier session", usage="[ID]", complete_arg=_complete_sessions)
def cmd_resume(chat: ChatLike, arg: str) -> None:
    """Without an ID, the latest session in this repository other than this one."""
    chat.resume(arg.strip() or None)


@command("diff", "show the changes in the work tree", usage="[PATH...]")
def cmd_diff(chat: ChatLike, arg: str) -> None:
    if chat.ws.repo is None:
        raise GcodeError("/diff shows the changes in a git repository, and this directory is "
                         "not one")
    root = chat.ws.repo.root
    try:
        paths = shlex.split(arg)
    except ValueError as exc:
        raise GcodeError(f"cannot parse {arg!r}: {exc}") from None
    status = _git(root, "status", "--short", "--", *paths)
    diff = _git(root, "diff", "HEAD", "--", *paths) if _has_head(root) else _git(
        root, "diff", "--", *paths)
    if not status.strip():
        chat.say("No changes in the work tree.")
        return
    untracked = [ln[3:] for ln in status.splitlines() if ln.startswith("??")]
    if diff.strip():
        chat.show_diff(diff)
    if untracked:
        chat.say("Untracked: " + ", ".join(_escape(p) for p in untracked))


def _has_head(root: Any) -> bool:
    return _run_git(root, "rev-parse", "--verify", "-q", "HEAD").returncode == 0


def _git(root: Any, *args: str) -> str:
    proc = _run_git(root, *args)
    if proc.returncode != 0:
        raise GcodeError(f"git {args[0]} failed: "
                         f"{proc.stderr.decode('utf-8', 'replace').strip()}")
    return proc.stdout.decode("utf-8", "replace")


def _run_git(root: Any, *args: str) -> subprocess.CompletedProcess[bytes]:
    """git with the repository's filters, hooks, pager and external diff off (safe_git)."""
    from gcode.safe_git import run_git

    try:
        return run_git(root, *args)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise GcodeError(f"git {args[0]} failed: {exc}") from None


@command("mcp", "the MCP servers gcode may use: their state and tools")
def cmd_mcp(chat: ChatLike, arg: str) -> None:
    """Servers start when one of their tools is first needed; configure them in
    ~/.config/gcode/config.toml ([mcp_servers.NAME]); `gcode mcp list` checks each one."""
    from gcode.cli_mcp import status_lines

    for line in status_lines(chat.mcp.status()):
        chat.say(line)


@command("undo", "revert the last file edit gcode made")
def cmd_undo(chat: ChatLike, arg: str) -> None:
    chat.undo_last_edit()


@command("cost", "tokens used in this session")
def cmd_cost(chat: ChatLike, arg: str) -> None:
    u = chat.usage
    chat.say(f"This session: {u.prompt:,} prompt + {u.completion:,} completion = "
             f"[bold]{u.prompt + u.completion:,}[/] tokens in {u.turns} turn(s).")
    if u.last_turn_total:
        chat.say(f"Last turn: {u.last_turn_total:,} tokens.")
