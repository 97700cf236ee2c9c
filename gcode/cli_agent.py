"""`gcode run PROMPT`: one turn of the agent, non-interactive, then exit.

Registered into the Typer app by gcode.cli (COMMAND_MODULES). Nothing heavy is
imported at module level: `gcode --help` must not pay for openai.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any, Optional

import typer

from gcode.cli_common import show_notices, workspace
from gcode.errors import GcodeError

if TYPE_CHECKING:
    from gcode.agent import Agent, AgentHooks
    from gcode.turn import DoneEvent, SessionLog
    from gcode.workspace import Workspace
    from gcode.llm import LLM
    from gcode.render import Renderer
    from gcode.tools.approval import Approver


def make_agent(ws: Workspace, llm: LLM, approver: Approver, hooks: AgentHooks | None = None,
               log: SessionLog | None = None) -> Agent:
    """An Agent for the workspace's repository (shared by `run` and the chat)."""
    from gcode.agent import Agent
    from gcode.sessions import SqliteSessionLog

    repo = ws.repo  # outside a git repository: the directory, and no repository id
    root = repo.root if repo is not None else ws.cwd
    log = log or SqliteSessionLog(ws.db, repo_id=ws.repo_id if repo is not None else "",
                                  repo_root=root, user=ws.user)
    agent = Agent(llm, log, root=root, config=ws.config, approver=approver, hooks=hooks)
    try:  # started in a subdirectory: its instruction files apply from the first turn
        start = ws.cwd.resolve().relative_to(agent.root.resolve()).as_posix()
        if start != ".":
            agent.worked_in.add(start)
    except ValueError:
        pass
    return agent


def drive(events: Any, renderer: Renderer) -> DoneEvent | None:
    """Feed a turn's events to a renderer; a Ctrl-C in the renderer still closes the turn."""
    from gcode.turn import DoneEvent

    done = None
    try:
        for event in events:
            renderer.handle(event)
            if isinstance(event, DoneEvent):
                done = event
    except KeyboardInterrupt:
        events.close()  # the agent records the cancellation and answers open tool calls
        raise
    finally:
        renderer.close()
    return done


def run_once(prompt: str, *, json_mode: bool = False, yes: bool = False,
             flags: dict[str, Any] | None = None, resume: str | None = None,
             cont: bool = False, output_format: str = "text") -> None:
    """One task, non-interactive. What is piped in is added to the prompt; `resume`/`cont`
    continue a session; the first `--json` event names the session; `output_format` "json"
    prints one result object at the end, whatever happened (exit codes: README)."""
    from gcode.headless import ResultRenderer, piped_stdin, with_stdin

    if output_format not in ("text", "json", "stream-json"):
        raise GcodeError(f"unknown output format {output_format!r}",
                         hint="use text, json (one object at the end) or stream-json (= --json)")
    json_mode = json_mode or output_format == "stream-json"
    result = ResultRenderer() if output_format == "json" else None
    try:
        prompt = sys.stdin.read() if prompt == "-" else with_stdin(prompt, piped_stdin())
        _run_turn(prompt, json_mode, yes, flags or {}, resume, cont, result)
    except GcodeError as exc:
        if result is not None:
            result.finish(exc.exit_code, exc.one_line())
        raise
    except KeyboardInterrupt:
        if result is not None:
            result.finish(130, "interrupted")
        raise
    if result is not None:
        result.finish(0)


def _run_turn(prompt: str, json_mode: bool, yes: bool, flags: dict[str, Any],
              resume: str | None, cont: bool, result: Renderer | None) -> None:
    ws = workspace(**flags)
    try:
        if not prompt.strip():
            raise GcodeError("the prompt is empty", hint='gcode run "what to do"')
        if ws.repo is None:  # unattended runs change files: only where git can show and undo it
            raise GcodeError(f"{ws.cwd.resolve()} is not inside a git repository",
                             hint="cd into one (or `git init`); `gcode chat` works here too, "
                                  "with your own memory only")
        warn_if_unsandboxed(ws)
        from gcode import learning_session, mcp_session
        from gcode.llm import LLM
        from gcode.render import make_renderer
        from gcode.sessions import SqliteSessionLog
        from gcode.tools.approval import Approver
        from gcode.turn import SessionEvent

        llm = LLM.from_config(ws.config, capabilities=ws.capabilities)
        from gcode.ui import stdin_is_interactive, terminal_ask

        cfg = ws.config.agent
        approver = Approver(cfg.approval, list(cfg.allow), yes=yes, deny=list(cfg.deny),
                            ask=terminal_ask if stdin_is_interactive() else None)
        if cfg.approval == "full-auto" and not json_mode and result is None:
            ws.notices.append("approval mode full-auto: edits and commands run without asking")
            show_notices(ws)
        # The learning machine supplies the context block, its tools and after_turn; the
        # MCP servers (started on first use) add their tools.
        machine = learning_session.start(ws, lambda: llm)
        mcp = mcp_session.start(ws)
        approver.tools = mcp.auto_approved() if mcp else []
        done = None
        try:
            root = ws.repo.root
            log = SqliteSessionLog(ws.db, repo_id=ws.repo_id, repo_root=root, user=ws.user)
            agent = make_agent(ws, llm, approver, mcp_session.with_mcp(machine, mcp), log)
            if resume or cont:
                latest = log.recent(1)
                if not resume and not latest:
                    raise GcodeError("there is no earlier session here to continue",
                                     hint='gcode run "..." starts one')
                machine.session_id = agent.resume(resume or latest[0]["id"])
            renderer = result or make_renderer(json_mode)
            renderer.handle(SessionEvent(agent.start_session(prompt), llm.model, str(root),
                                         resumed=bool(resume or cont)))
            done = drive(agent.run_turn(prompt), renderer)
        finally:
            mcp_session.finish(mcp)  # no server outlives the run
            # commit what the turn taught, export; no model call after the turn's failed
            learning_session.finish(ws, machine, model_failed=done is None or bool(done.error))
            show_notices(ws)
    except GcodeError as exc:
        if json_mode:  # failures inside the turn were already events; these are before it
            _json_error(exc)
        raise
    finally:
        ws.close()
    if done is None:  # pragma: no cover - run_turn always ends with a done event
        raise GcodeError("the agent stopped without finishing the turn")
    if done.cancelled:
        raise GcodeError("interrupted; the session was saved",
                         hint=f"continue it with: gcode run --resume {done.session_id[:13]} "
                              "or gcode chat --resume", exit_code=130)
    if done.error:
        raise GcodeError(done.error)


def warn_if_unsandboxed(ws: Workspace) -> None:
    """Say once, before the turn, that no sandbox can be had (each command will then ask)."""
    from gcode.sandbox import for_config
    from gcode.ui import warn

    box = for_config(ws.config.agent, ws.repo.root if ws.repo is not None else ws.cwd)
    if box.missing:
        warn(f"no sandbox for the agent's commands here: {box.reason}; every command will ask "
             "before it runs (`gcode doctor` says more; --sandbox off runs them unsandboxed)")


def _json_error(exc: GcodeError) -> None:
    """In --json mode a failure before the turn starts is an event too."""
    import json

    print(json.dumps({"type": "error", "message": exc.message, "hint": exc.hint,
                      "fatal": True}), flush=True)


def register(app: typer.Typer, learn_app: typer.Typer | None = None) -> None:
    """Add `run` to the app (called by gcode.cli's command-module registry)."""

    @app.command("run")
    def run(
        prompt: str = typer.Argument(..., help="What gcode should do; '-' reads it from stdin."),
        json_mode: bool = typer.Option(False, "--json", help="Print every event as one JSON "
                                       "object per line on stdout (and nothing else)."),
        yes: bool = typer.Option(False, "--yes", "-y", help="Approve every edit and command "
                                 "for this run."),
        model: Optional[str] = typer.Option(None, "--model", "-m", help="Model name "
                                            "(default: $GCODE_MODEL or [model] name)."),
        approval: Optional[str] = typer.Option(None, "--approval", help="ask (default), "
                                               "auto-edit or full-auto."),
        max_steps: Optional[int] = typer.Option(None, "--max-steps", min=1, help="Most "
                                                "tool-call rounds before giving up."),
        sandbox: Optional[str] = typer.Option(None, "--sandbox", help="Where commands run: "
                                              "workspace-write (default), read-only or off."),
        cont: bool = typer.Option(False, "--continue", "-c", help="Continue the latest "
                                  "session here (the conversation goes on)."),
        resume: Optional[str] = typer.Option(None, "--resume", "-r", metavar="ID",
                                             help="Continue this session (an id or a unique "
                                                  "prefix, as /sessions shows)."),
        output_format: str = typer.Option("text", "--output-format", help="text (default), "
                                          "json (one object at the end: answer, session id, "
                                          "usage, tool calls, exit status) or stream-json "
                                          "(= --json)."),
    ) -> None:
        """Run one task non-interactively: print the answer, tool activity on stderr. What
        is piped in is added to the prompt (git diff | gcode run "review this diff")."""
        run_once(prompt, json_mode=json_mode, yes=yes, resume=resume, cont=cont,
                 output_format=output_format,
                 flags={"model.name": model, "agent.approval": approval,
                        "agent.max_steps": max_steps, "agent.sandbox": sandbox})
