"""The questions the chat asks while it works: approvals, and proposed learnings to review.

Each answer is one keypress (or an edit of a line). Without a terminal nobody is
asked: the safe default is taken, so a piped chat never hangs on a question.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from gcode.chat_prompt import mono
from gcode.ui import flush_typeahead

if TYPE_CHECKING:
    from gcode.learning import LearningMachine

SHARED = {"team": "shared with the team", "user": "private to you",
          "machine": "this machine only"}


class Screen(Protocol):
    """What the questions need from the chat: where to print and how to pause the spinner."""

    plain: bool
    pt_input: Any
    pt_output: Any

    @property
    def interactive(self) -> bool: ...

    def say(self, markup: str = "", markup_enabled: bool = True) -> None: ...

    def show_diff(self, diff: str) -> None: ...

    def pause_spinner(self) -> None: ...


class Questions:
    def __init__(self, screen: Screen) -> None:
        self.screen = screen
        self.reviewed: set[str] = set()  # proposals already shown

    def choose(self, question: str, choices: dict[str, str], default: str = "") -> str:
        """One keypress among `choices` ({key: label}); Ctrl-C raises KeyboardInterrupt.

        Without a terminal the default is taken (never a prompt nobody can answer).
        """
        screen = self.screen
        if not screen.interactive:
            return default
        if screen.pt_input is None:
            flush_typeahead()  # keys typed while the agent worked must not answer this
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
        session: Any = PromptSession(input=screen.pt_input, output=screen.pt_output,
                                     key_bindings=kb, color_depth=mono() if screen.plain else None)
        return str(session.prompt(f"{question} {labels} "))

    def edit_text(self, prompt: str, text: str) -> str | None:
        """Let the user edit `text` in place; None when they press Ctrl-C."""
        screen = self.screen
        if not screen.interactive:
            return None
        from prompt_toolkit import PromptSession

        session: Any = PromptSession(input=screen.pt_input, output=screen.pt_output,
                                     color_depth=mono() if screen.plain else None)
        try:
            return str(session.prompt(prompt, default=text))
        except (KeyboardInterrupt, EOFError):
            return None

    def approve(self, action: str, summary: str, detail: str, pattern_key: str) -> str:
        """The approver's question: show the diff or command, then yes / no / always."""
        from rich.markup import escape

        screen = self.screen
        screen.pause_spinner()
        if action == "edit" and detail:
            screen.show_diff(detail)
        elif detail and detail != summary:
            screen.say(("" if action == "mcp" else "[bold]$[/] ") + escape(detail))
        what = ("this edit" if action == "edit" else "this tool call" if action == "mcp"
                else "this command")
        always = f"always for {pattern_key}" if pattern_key else "always"
        if action == "unsandboxed":  # outside the OS sandbox: asked every time, no "always"
            key = self.choose(f"Run this command WITHOUT the sandbox ({summary})?",
                              {"y": "yes", "n": "no"})
            return "yes" if key == "y" else "no"
        key = self.choose(f"Allow {what} ({summary})?", {"y": "yes", "n": "no", "a": always})
        return {"y": "yes", "a": "always"}.get(key, "no")

    def review_proposals(self, lm: LearningMachine) -> None:
        """Propose mode: show what the turn would teach, and let the user accept/edit/reject."""
        from rich.markup import escape

        say = self.screen.say
        fresh = sorted((r for r in lm.pending() if r.id not in self.reviewed),
                       key=lambda r: (r.created_at, r.id))  # in the order they were found
        for rec in fresh:
            self.reviewed.add(rec.id)
            say(f"[bold]gcode proposes to learn[/] ({rec.store}, "
                f"{SHARED.get(rec.scope, rec.scope)}):")
            say(f"  {escape(rec.content)}")
            try:
                key = self.choose("Keep it?", {"a": "accept", "e": "edit", "r": "reject",
                                               "s": "skip for now"}, default="s")
            except KeyboardInterrupt:
                say("[dim]The remaining proposals stay pending.[/]")
                return
            if key == "a":
                lm.accept(rec)
                say("[green]Learned.[/]")
            elif key == "e":
                edited = self.edit_text("edit: ", rec.content)
                if edited is None or not edited.strip():
                    say("[dim]Left pending.[/]")
                    continue
                lm.accept(rec, edited)
                say("[green]Learned (edited).[/]")
            elif key == "r":
                lm.reject(rec)
                say("Rejected.")
