"""`gcode chat`: the interactive terminal session.

Registered into the Typer app by gcode.cli (COMMAND_MODULES). Starting the
chat must be quick (the first prompt within 0.8 s), so nothing heavy is
imported here: prompt_toolkit when the prompt is built, openai in the background once
the prompt is up (gcode.chat_prompt.preload_model_client).
"""

from __future__ import annotations

from typing import Optional

import typer

from gcode.errors import GcodeError


def chat(session: Optional[str] = None, resume: bool = False, cont: bool = False,
         model: Optional[str] = None, approval: Optional[str] = None,
         sandbox: Optional[str] = None, message: Optional[str] = None) -> int:
    from gcode.cli_common import workspace
    from gcode.repl import Chat

    if session and not resume:
        raise GcodeError(f"unexpected argument {session!r}",
                         hint=f"to continue that session: gcode chat --resume {session}")
    ws = workspace(**{"model.name": model, "agent.approval": approval,
                      "agent.sandbox": sandbox})  # outside a repository too: memory only
    from gcode.cli_agent import warn_if_unsandboxed
    from gcode.cli_trust import ask_to_trust

    ask_to_trust(ws)
    warn_if_unsandboxed(ws)
    chat = Chat(ws)
    chat.banner()
    chat.show_learning_errors()  # e.g. which settings of an untrusted repository were ignored
    if resume or cont:
        try:
            chat.resume(session)
        except GcodeError:
            ws.close()
            raise
    return chat.run(first=message or "")


def register(app: typer.Typer, learn_app: typer.Typer | None = None) -> None:
    """Add `chat` to the app (called by gcode.cli's command-module registry)."""

    @app.command("chat")
    def chat_command(
        session: Optional[str] = typer.Argument(None, metavar="SESSION",
                                                help="With --resume: the session id (or a "
                                                     "unique prefix) to continue."),
        resume: bool = typer.Option(False, "--resume", "-r", help="Continue a session: the "
                                    "one given as SESSION, else the latest in this repo."),
        cont: bool = typer.Option(False, "--continue", "-c", help="Continue the latest "
                                  "session in this repository."),
        model: Optional[str] = typer.Option(None, "--model", "-m", help="Model name "
                                            "(default: $GCODE_MODEL or [model] name)."),
        approval: Optional[str] = typer.Option(None, "--approval", help="ask (default), "
                                               "auto-edit or full-auto."),
        sandbox: Optional[str] = typer.Option(None, "--sandbox", help="Where commands run: "
                                              "workspace-write (default), read-only or off."),
        message: Optional[str] = typer.Option(None, "--message", metavar="TEXT",
                                              help="Send TEXT as the first message (what "
                                                   'gcode "TEXT" does).'),
    ) -> None:
        """Chat with gcode about this repository (Ctrl-D exits, /help lists commands)."""
        code = chat(session, resume=resume, cont=cont, model=model, approval=approval,
                    sandbox=sandbox, message=message)
        if code:
            raise typer.Exit(code)
