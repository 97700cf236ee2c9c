"""Turn agent events into output: rich on a terminal, plain text in pipes, or JSON lines.

The answer goes to stdout and tool activity to stderr, so `gcode run ... > answer.md`
captures just the answer. Model text, tool output and errors are data: every renderer
shows their terminal controls as visible characters (gcode.term_safe), never runs them.
The interactive chat reuses these renderers turn after turn.
"""

from __future__ import annotations

import os
import sys
from typing import Any, Protocol, TextIO

from gcode.term_safe import clean, json_dumps, safe_console
from gcode.turn import (
    CompactionEvent,
    DoneEvent,
    ErrorEvent,
    Event,
    ReasoningDelta,
    RetryEvent,
    TextDelta,
    ToolCallEvent,
    ToolResultEvent,
)

KEY_ARGUMENTS = ("path", "command", "pattern", "query", "ref")
FOLD_LINES = 4
DIFF_LINES = 40
# Headless output to a file or pipe leaves retries out, unless gcode would be silent this long
# (seconds) waiting for one: someone watching a CI log should know why nothing happens.
QUIET_WAIT = 5.0
EDIT_TOOLS = ("edit_file", "write_file")


class Renderer(Protocol):
    def handle(self, event: Event) -> None: ...

    def close(self) -> None: ...


def describe_call(name: str, arguments: Any, width: int = 100) -> str:
    """`read_file src/app.py`: the tool and its one argument that matters."""
    return f"{name} {call_detail(arguments, width)}".rstrip()


def call_detail(arguments: Any, width: int = 100) -> str:
    """The one argument of a tool call worth showing (path, command, pattern...)."""
    detail = ""
    if isinstance(arguments, dict):
        key = next((k for k in KEY_ARGUMENTS if isinstance(arguments.get(k), str)), None)
        if key is None:
            key = next((k for k, v in arguments.items() if isinstance(v, str)), None)
        if key is not None:
            detail = arguments[key]
            if key == "pattern" and isinstance(arguments.get("path"), str):
                detail = f"{detail} in {arguments['path']}"
    elif isinstance(arguments, str):
        detail = "(invalid arguments)"
    detail = " ".join(detail.split())
    if len(detail) > width:
        detail = detail[: width - 1] + "…"
    return detail


def fold(text: str, lines: int = FOLD_LINES, width: int = 160) -> list[str]:
    """The first few lines of a tool result, each cut to `width`, plus how much was left."""
    all_lines = text.rstrip("\n").splitlines() or [""]
    shown = [ln if len(ln) <= width else ln[: width - 1] + "…" for ln in all_lines[:lines]]
    if len(all_lines) > lines:
        shown.append(f"… ({len(all_lines) - lines} more lines)")
    return shown


def compaction_lines(event: CompactionEvent, summary_lines: int = 6) -> list[str]:
    """What a compaction says: how much it replaced, then the start of the summary."""
    how = "automatically, near the context window" if event.automatic else "with /compact"
    head = (f"Compacted {event.messages} earlier messages into a summary ({how}): "
            f"~{event.tokens_before:,} → ~{event.tokens_after:,} tokens.")
    return [head, *fold(event.summary, summary_lines, 160)]


def _diff_of(event: ToolResultEvent) -> str | None:
    """The unified diff in an edit tool's result, if it has one."""
    if event.is_error or event.name not in EDIT_TOOLS:
        return None
    _, _, rest = event.content.partition("\n")
    return rest if rest.startswith(("---", "diff")) else None


class JsonRenderer:
    """One JSON object per event per line on stdout, and nothing else there."""

    def __init__(self, out: TextIO | None = None) -> None:
        self.out = out or sys.stdout

    def handle(self, event: Event) -> None:
        self.out.write(json_dumps(event.to_dict(), default=str) + "\n")
        self.out.flush()

    def close(self) -> None:
        self.out.flush()


class PlainRenderer:
    """No colour, no cursor tricks. Streams the answer when stdout is a terminal; in a pipe
    the answer is written once at the end, so commentary between tool calls stays on stderr.
    Fatal errors are left to the caller, which prints them as its one error line."""

    def __init__(self, out: TextIO | None = None, err: TextIO | None = None,
                 stream: bool | None = None, show_retries: bool | None = None) -> None:
        self.out = out or sys.stdout
        self.err = err or sys.stderr
        self.stream = _isatty(self.out) if stream is None else stream
        # Retry notices are for someone watching; in a log, a failure stays one line.
        self.show_retries = _isatty(self.err) if show_retries is None else show_retries
        self.buffer: list[str] = []
        self.at_line_start = True

    def _say(self, line: str) -> None:
        self.err.write(clean(line) + "\n")
        self.err.flush()

    def _end_streamed_line(self) -> None:
        if self.stream and not self.at_line_start:
            self.out.write("\n")
            self.out.flush()
            self.at_line_start = True

    def handle(self, event: Event) -> None:
        if isinstance(event, TextDelta):
            if self.stream:
                self.out.write(clean(event.text))
                self.out.flush()
                self.at_line_start = event.text.endswith("\n")
            else:
                self.buffer.append(event.text)
        elif isinstance(event, ReasoningDelta):  # hidden here: a pipe gets only the answer
            if event.retract:
                self.buffer = []
                if self.stream and not self.at_line_start:
                    self._end_streamed_line()
                    self.out.write("[the text above was the model thinking]\n")
        elif isinstance(event, ToolCallEvent):
            self._end_streamed_line()
            commentary = "".join(self.buffer).strip()
            self.buffer = []
            if commentary:
                self._say(commentary)
            self._say(f"› {describe_call(event.name, event.arguments)}")  # not the chat prompt
        elif isinstance(event, ToolResultEvent):
            lines = fold(event.content, DIFF_LINES if _diff_of(event) else FOLD_LINES)
            prefix = "  ! " if event.is_error else "  "
            for i, line in enumerate(lines):
                self._say((prefix if i == 0 else "    " if event.is_error else "  ") + line)
        elif isinstance(event, RetryEvent):
            if event.discard:
                self.buffer = []
                if self.stream:
                    self._end_streamed_line()
                    self.out.write("[connection lost; the answer restarts]\n")
            if self.show_retries or event.wait >= QUIET_WAIT:  # a long silence is never quiet
                self._say(f"({event.reason}; retrying in {event.wait:.1f}s, attempt "
                          f"{event.attempt + 1} of {event.attempts})")
        elif isinstance(event, ErrorEvent):
            if not event.fatal:
                self._say(f"warning: {event.message}")
        elif isinstance(event, CompactionEvent):
            self._end_streamed_line()
            head, *summary = compaction_lines(event)
            self._say(head)
            for line in summary:
                self._say(f"  {line}")
        elif isinstance(event, DoneEvent):
            if self.stream:
                self._end_streamed_line()
            else:
                self.buffer = []
                if event.final_text:
                    self.out.write(clean(event.final_text.rstrip("\n")) + "\n")
                    self.out.flush()

    def close(self) -> None:
        self._end_streamed_line()
        self.out.flush()
        self.err.flush()


class RichRenderer:
    """A terminal: the answer rendered as Markdown while it streams, tool activity compact
    and dim on stderr, edit diffs coloured."""

    def __init__(self, out: Any = None, err: Any = None) -> None:
        self.out = out or safe_console(highlight=False)
        self.err = err or safe_console(stderr=True, highlight=False)
        self.text = ""
        self.live: Any = None
        self.thinking = False  # a dimmed reasoning line is open on stderr

    def _end_thinking(self) -> None:
        if self.thinking:
            self.err.print()
            self.thinking = False

    def _say(self, markup: str) -> None:
        # No automatic highlighting: numbers in tool output must not light up like syntax.
        self.err.print(markup, highlight=False)

    def _stop_live(self) -> None:
        self._end_thinking()
        if self.live is not None:
            self.live.stop()
            self.live = None

    def _markdown(self) -> Any:
        from rich.markdown import Markdown

        # Links as "text (url)": a terminal hyperlink would hide where it leads.
        return Markdown(clean(self.text), hyperlinks=False)

    def handle(self, event: Event) -> None:
        from rich.markup import escape

        if isinstance(event, ReasoningDelta):
            if event.retract and self.live is not None:
                from rich.text import Text

                self.live.update(Text(""))  # that "answer" was thinking: take it off screen
                self._stop_live()
                self.text = ""
            self.err.print(escape(event.text), style="dim italic", end="", highlight=False)
            self.thinking = not event.text.endswith("\n")
            return
        if isinstance(event, TextDelta):
            self._end_thinking()
            self.text += event.text
            if self.live is None:
                from rich.live import Live

                self.live = Live(self._markdown(), console=self.out, refresh_per_second=10,
                                 vertical_overflow="visible")
                self.live.start()
            else:
                self.live.update(self._markdown())
        elif isinstance(event, ToolCallEvent):
            self._stop_live()
            self.text = ""
            self._say(f"[cyan]›[/] [bold]{escape(event.name)}[/] "
                           f"{escape(call_detail(event.arguments))}")
        elif isinstance(event, ToolResultEvent):
            diff = _diff_of(event)
            if diff:
                head = event.content.partition("\n")[0]
                self._say(f"  [dim]{escape(head)}[/]")
                for line in fold(diff, DIFF_LINES, 200):
                    style = ("green" if line.startswith("+") and not line.startswith("+++")
                             else "red" if line.startswith("-") and not line.startswith("---")
                             else "cyan" if line.startswith("@@") else "dim")
                    self._say(f"  [{style}]{escape(line)}[/]")
                return
            style = "red" if event.is_error else "dim"
            for line in fold(event.content):
                self._say(f"  [{style}]{escape(line)}[/]")
        elif isinstance(event, RetryEvent):
            self._stop_live()
            if event.discard:
                self.text = ""
            self._say(f"[yellow]{escape(event.reason)}; retrying in {event.wait:.1f}s "
                           f"(attempt {event.attempt + 1} of {event.attempts})[/]")
        elif isinstance(event, ErrorEvent):
            if not event.fatal:
                self._stop_live()
                self._say(f"[yellow]warning:[/] {escape(event.message)}")
        elif isinstance(event, CompactionEvent):
            self._stop_live()
            head, *summary = compaction_lines(event)
            self._say(f"[cyan]{escape(head)}[/]")
            for line in summary:
                self._say(f"  [dim]{escape(line)}[/]")
        elif isinstance(event, DoneEvent):
            self._stop_live()
            self.text = ""
            if event.cancelled:
                self._say("[yellow]cancelled[/]")

    def close(self) -> None:
        self._stop_live()


def _isatty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def make_renderer(json_mode: bool = False, out: TextIO | None = None,
                  err: TextIO | None = None) -> Renderer:
    """JSON lines if asked; rich on a colour terminal; plain otherwise (NO_COLOR, pipes)."""
    out = out or sys.stdout
    err = err or sys.stderr
    if json_mode:
        return JsonRenderer(out)
    if os.environ.get("NO_COLOR") or not _isatty(out):
        return PlainRenderer(out, err)
    return RichRenderer(safe_console(file=out, highlight=False),
                        safe_console(file=err, highlight=False, no_color=not _isatty(err)))
