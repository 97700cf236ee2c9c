"""`gcode chat`: the `Chat` that reads messages and /commands, runs turns and shows them.

The prompt lives in chat_prompt.py, the questions it asks (approvals, proposals)
in chat_questions.py, `@path` attachments in mentions.py. prompt_toolkit, rich and
the agent are imported only when used, so the chat reaches its first prompt
quickly; openai is imported in the background once the prompt is up, while the
person types, so the first answer does not wait for it either.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from gcode.chat_prompt import (
    FileLister,
    LineReader,
    PromptReader,
    ToolbarInfo,
    history_path,
    make_completer,
    make_history,
)
from gcode.chat_keys import TurnKeys, interrupt_once, paused
from gcode.chat_questions import Questions
from gcode.mentions import expand_mentions

if TYPE_CHECKING:
    from gcode.agent import Agent
    from gcode.learning import LearningMachine
    from gcode.llm import LLM
    from gcode.mcp_client import McpManager
    from gcode.sessions import SqliteSessionLog
    from gcode.workspace import Workspace


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
    from gcode.term_safe import safe_console

    return safe_console(file=file, highlight=False, soft_wrap=plain, width=width,
                        color_system=None if plain else "auto", no_color=plain)


class Chat:
    """One interactive chat: reads messages and /commands, runs turns, shows what happens.

    The agent is built on the first message (so starting the chat never imports
    openai) and runs in the main thread: a Ctrl-C lands as KeyboardInterrupt
    wherever the turn is waiting — network read, tool, approval prompt — and the
    agent turns it into a cancelled turn with a consistent transcript.
    """

    def __init__(self, ws: Workspace, reader: Any = None, *, out: Any = None, err: Any = None,
                 plain: bool | None = None, registry: Any = None, pt_input: Any = None,
                 pt_output: Any = None, width: int | None = None) -> None:
        from gcode import chat_actions
        from gcode.slash import default_registry
        from gcode.ui import plain as is_plain

        self.ws = ws
        self.repo = ws.repo  # None outside a git repository: your own memory only
        self.root = self.repo.root if self.repo else ws.cwd
        self.registry = registry or default_registry()
        chat_actions.register(self.registry)  # /compact, /rewind, /init
        self.out_file = out or sys.stdout
        self.err_file = err or sys.stderr
        self.plain = is_plain(self.out_file) if plain is None else plain
        self.console = _console(self.out_file, self.plain, width)
        self.err_console = _console(self.err_file, self.plain, width)
        self.pt_input, self.pt_output = pt_input, pt_output
        self.reader = reader
        self.toolbar = ToolbarInfo(repo=self.repo.name if self.repo else
                                   f"{ws.cwd.name} (no repo)")
        self.usage = SessionUsage()
        self.last_user_text = ""
        self.session_id: str | None = None
        self.model_name = ws.config.model.name
        self.spinner = Spinner(self.console, enabled=not self.plain and self.console.is_terminal)
        self._llm: LLM | None = None
        self._agent: Agent | None = None
        self._learning: LearningMachine | None = None
        self._mcp: McpManager | None = None
        self._sessions: SqliteSessionLog | None = None
        self._notes: list[str] = []  # told to the model with the next message (e.g. /undo)
        self.questions = Questions(self)
        self._keys: TurnKeys | None = None  # Esc and typeahead while a turn runs
        self._prefill = ""  # text the next prompt starts with
        self.failed = False  # the last message got no answer (an error): exit status 1

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

    def pause_spinner(self) -> None:
        self.spinner.stop()

    @property
    def interactive(self) -> bool:
        return bool(getattr(self.reader, "interactive", False))

    def choose(self, question: str, choices: dict[str, str], default: str = "") -> str:
        with paused(self._keys):  # the question reads the keys now (typed-ahead ones dropped)
            return self.questions.choose(question, choices, default)

    def _approve(self, action: str, summary: str, detail: str, pattern_key: str) -> str:
        if not self.interactive:
            return "unanswerable"
        with paused(self._keys):
            return self.questions.approve(action, summary, detail, pattern_key)

    approve = _approve

    def add_note(self, note: str) -> None:
        """Told to the model with the next message (an /undo, a `!cmd`'s output)."""
        self._notes.append(note)

    def set_prefill(self, text: str) -> None:
        self._prefill = text

    def agent_if_built(self) -> Agent | None:
        return self._agent

    # -- the pieces, built when first needed --

    @property
    def learning(self) -> LearningMachine:
        if self._learning is None:
            from gcode.learning import LearningMachine

            self._learning = LearningMachine.from_workspace(self.ws, llm_factory=lambda: self.llm)
            self._learning.session_id = self.session_id
            if self.model_name:
                self._learning.catch_up()  # a killed session's statements, in the background
            self._learning.fill_vectors()  # search vectors an import left to fill
        return self._learning


    @property
    def mcp(self) -> McpManager:
        """The configured MCP servers (none runs before one of its tools is needed)."""
        if self._mcp is None:
            from gcode import mcp_session

            self._mcp = mcp_session.manager(self.ws)
        return self._mcp

    @property
    def llm(self) -> LLM:
        if self._llm is None:
            from gcode.llm import LLM

            self._llm = LLM.from_config(self.ws.config, capabilities=self.ws.capabilities)
        return self._llm

    @property
    def agent(self) -> Agent:
        if self._agent is None:
            from gcode.cli_agent import make_agent
            from gcode.tools.approval import Approver

            cfg = self.ws.config.agent
            # Asked through the chat whenever there is a terminal at the time of the question
            # (a resumed chat builds the agent before its prompt exists).
            approver = Approver(cfg.approval, list(cfg.allow), deny=list(cfg.deny),
                                ask=self._approve)
            from gcode.mcp_session import with_mcp

            approver.tools = self.mcp.auto_approved()
            self._agent = make_agent(self.ws, self.llm, approver,
                                     with_mcp(self.learning, self.mcp), self.sessions)
        return self._agent

    # -- state used by slash commands --

    @property
    def sessions(self) -> SqliteSessionLog:
        from gcode.sessions import SqliteSessionLog

        if self._sessions is None:
            self._sessions = SqliteSessionLog(
                self.ws.db, repo_id=self.ws.repo_id if self.repo else "", repo_root=self.root,
                user=self.ws.user)
        return self._sessions

    def recent_sessions(self, limit: int = 20) -> list[dict[str, Any]]:
        return self.sessions.recent(limit)

    def learning_context(self, query: str) -> tuple[str, list[tuple[str, str]]] | None:
        """Exactly the learning block the model's system prompt would get for `query`, and
        why each learning is in it (short id, "core" or its relevance)."""
        lm = self.learning
        if all(lm.mode_of(s) == "off" for s in lm.stores):
            return None
        from gcode.records import short_id

        lm.flush()  # what the last turn taught must be in it
        built = lm.build_context(query)
        text = "\n\n".join(p for p in (built.text, lm.guidance()) if p)
        return text, [(short_id(r.id), built.reasons.get(r.id, "")) for r in built.items]

    def learning_modes(self) -> dict[str, str]:
        lm = self.learning
        return {"*": lm.mode, **{name: lm.mode_of(name) for name in lm.stores}}

    def set_learning_mode(self, mode: str, store: str | None = None) -> None:
        self.learning.set_mode(mode, store)


    def set_model(self, name: str) -> None:
        from gcode.llm import LLM

        cfg = self.ws.config.model
        old = cfg.name
        cfg.name = name
        try:
            llm = LLM.from_config(self.ws.config, capabilities=self.ws.capabilities)
        except Exception:
            cfg.name = old
            raise
        self._llm = llm
        self.model_name = name
        if self._agent is not None:
            self._agent.llm = llm

    def new_session(self) -> None:
        if self._agent is not None:
            self._agent.reset()
        if self._learning is not None:
            self._learning.end_session(wait=False)  # the old session's statements, not lost
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
        agent = self.agent
        resumed = agent.resume(session_id)
        row = self.sessions.find(resumed)
        self.session_id = resumed
        self.learning.session_id = resumed
        self.usage = SessionUsage(int(row.get("prompt_tokens") or 0),
                                  int(row.get("completion_tokens") or 0), agent.turn_index)
        self._notes.clear()
        self._recap(row, agent.messages)

    def _recap(self, row: dict[str, Any], msgs: list[dict[str, Any]]) -> None:
        from rich.markup import escape

        from gcode.slash import session_ref
        from gcode.ui import one_line

        self.say(f"Resumed session [bold]{session_ref(row['id'])}[/] ({len(msgs)} messages, "
                 f"{self.usage.turns} turns): {escape(one_line(row.get('title') or '', 70))}")
        from gcode.transcript import is_summary

        users = [m for m in msgs if m.get("role") == "user" and not is_summary(m)]
        answers = [m for m in msgs if m.get("role") == "assistant" and m.get("content")]
        if users:
            text = str(users[-1].get("content") or "").split("\n\n<file ", 1)[0]
            self.say(f"[dim]last you said:[/] {escape(one_line(text, 200))}")
            self.last_user_text = text
        if answers:
            self.say(f"[dim]last answer:[/] {escape(one_line(str(answers[-1]['content']), 300))}")

    def undo_last_edit(self) -> None:
        """Put back the file as it was before gcode's last write (one step per /undo)."""
        from gcode.errors import GcodeError

        if self._agent is None:
            raise GcodeError("nothing to undo", hint="gcode has not changed a file in this chat")
        change, diff = self._agent.undo_last_change()
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
        self.toolbar.approval = self.ws.config.agent.approval

    def banner(self) -> None:
        """Who we are talking to, then what teammates taught since last time (team file)."""
        from rich.markup import escape

        from gcode.sync import auto_import

        model = self.model_name or "no model"
        where = self.repo.name if self.repo else str(self.root)
        self.say(f"[bold]gcode[/] · {escape(where)} · {escape(model)} · "
                 "/help for commands · Ctrl-D to exit")
        if self.repo is None:
            self.say("[yellow]Not in a git repository:[/] gcode works in this directory with "
                     "your own memory only (no project or team learnings, no team file).")
        if not self.model_name:
            self.say(first_run_message(), markup_enabled=False)
        if self.ws.config.agent.approval == "full-auto":
            self.say("[yellow]approval mode full-auto: edits and commands run without "
                     "asking[/]")
        report = auto_import(self.ws)  # cheap when the team file did not change
        if report is not None and report.changed:
            self.say(f"[dim]{escape(report.summary())}[/]")

    def make_reader(self) -> Any:
        """The prompt on a terminal (or on the pipe input tests give); lines from stdin else."""
        if self.pt_input is None and not (sys.stdin.isatty() and sys.stdout.isatty()):
            return LineReader()
        return PromptReader(make_completer(self.registry, self,
                                           FileLister(self.repo.root if self.repo else None)),
                            make_history(history_path(self.ws.user)), self.toolbar,
                            input=self.pt_input, output=self.pt_output, color=not self.plain)

    def run(self, first: str = "") -> int:
        """The chat loop; `first` is sent as if typed at the first prompt (`gcode "task"`)."""
        from gcode.errors import GcodeError
        from gcode.slash import ExitChat

        if self.reader is None:
            self.reader = self.make_reader()
        if self.model_name:
            from gcode.chat_prompt import preload_model_client

            preload_model_client()
        try:
            while True:
                self.refresh_toolbar()
                try:
                    if first:
                        line, first = first, ""
                        self.say(f"> {line}", markup_enabled=False)
                    else:
                        prefill, self._prefill = self._prefill, ""
                        line = self.reader.read(prefill) if prefill else self.reader.read()
                    if line is None:
                        break
                    if not line.strip():
                        continue
                    if line.startswith("!"):  # a shell command of your own (chat_actions)
                        from gcode.chat_actions import run_bang

                        run_bang(self, line[1:])
                    elif not self.registry.dispatch(self, line):
                        self.send(line)
                except ExitChat:
                    break
                except GcodeError as exc:
                    self.error(exc.message, exc.hint)
                except KeyboardInterrupt:
                    self.say("[dim](interrupted)[/]")
        finally:
            self.close()
        return 1 if self.failed else 0  # the model could not answer the last message

    def send(self, text: str) -> None:
        """Send one message to the model (with @files attached) and show the turn."""
        from rich.markup import escape

        if not self.model_name:
            self.say("No model is configured, so there is no one to answer yet.")
            self.say(first_run_message(), markup_enabled=False)
            return
        self.failed = True  # until the turn runs: a missing key, an unreadable @file...
        agent = self.agent  # may raise GcodeError (e.g. missing API key): shown by run()
        expanded = expand_mentions(text, self.repo.root if self.repo else None, self.ws.cwd,
                                   images=self.ws.config.model.vision != "false")
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
        self.failed = False  # unless the turn ends in a fatal error (run_turn)
        self.run_turn(agent, message, expanded.images)

    def _renderer(self) -> Any:
        from gcode.render import PlainRenderer, RichRenderer

        if self.plain:
            return PlainRenderer(self.out_file, self.err_file,
                                 stream=self.interactive or None)
        return RichRenderer(self.console, self.err_console)

    def run_turn(self, agent: Any, message: str, images: list[Any] | None = None) -> Any:
        """Drive one turn; Ctrl-C cancels it and returns to the prompt with the partial answer
        kept. The agent runs in this (main) thread, so the KeyboardInterrupt lands wherever
        the turn waits (network, tool, approval) and the agent closes the turn itself.
        Later Ctrl-Cs of the same turn are ignored: closing it must not be cut short."""
        from gcode.turn import DoneEvent, ErrorEvent, ToolResultEvent

        renderer = self._renderer()
        events = agent.run_turn(message, images) if images else agent.run_turn(message)
        done: Any = None
        interrupted = False
        restore = interrupt_once()
        keys = TurnKeys() if self.pt_input is None and self.interactive else None
        self._keys = keys if keys is not None and keys.start() else None
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
                        self.failed = True
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
            if self._keys is not None:  # what was typed during the turn waits at the prompt
                self._prefill = self._keys.stop() or self._prefill
                self._keys = None
            restore()
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

    def review_proposals(self) -> None:
        """Propose mode: after the turn's learning is done, ask about what it proposes."""
        lm = self._learning
        if lm is None or not any(lm.mode_of(s) == "propose" for s in lm.stores):
            return
        if not self.interactive:  # they stay pending; the session's end says how to review them
            return
        self.spinner.start("looking for something to learn…")
        try:  # the user reviews after every turn: what waits for a batch is extracted now
            lm.end_session()
        finally:
            self.spinner.stop()
        self.questions.review_proposals(lm)

    def show_learning_errors(self) -> None:
        """What background learning and the team file reported, dimmed, once each."""
        from rich.markup import escape

        lm = self._learning
        problems = lm.errors if lm is not None else []
        while problems or self.ws.notices:
            self.say(f"[dim yellow]{escape((problems or self.ws.notices).pop(0))}[/]")

    def close(self) -> None:
        """Wait for background learning (it may hold the last turn's lessons), export the team
        file if team learnings changed, then close the database."""
        from gcode import learning_session

        lm = self._learning
        try:
            if lm is not None:
                self.spinner.start("saving what gcode learned…")
                try:
                    lm.end_session()  # statements waiting for a batch: one call now
                finally:
                    self.spinner.stop()
                self.show_learning_errors()
                learning_session.finish(self.ws, lm)
                self.show_learning_errors()
        except KeyboardInterrupt:
            pass
        finally:
            if self._mcp is not None:
                self._mcp.close()  # no MCP server outlives the chat
            self.ws.close()


def _size(n: int) -> str:
    return f"{n} B" if n < 1024 else f"{n / 1024:.1f} KB" if n < 1024 * 1024 else \
        f"{n / 1024 / 1024:.1f} MB"
