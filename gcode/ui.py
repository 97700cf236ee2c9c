"""Small output helpers shared by CLI commands: rich on a terminal, plain text otherwise."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime, timezone
from typing import Any

from gcode.records import parse_iso
from gcode.term_safe import clean, json_dumps, safe_console


def plain(stream: Any = None) -> bool:
    """Plain text when NO_COLOR is set or the stream is not a terminal."""
    stream = stream or sys.stdout
    return bool(os.environ.get("NO_COLOR")) or not getattr(stream, "isatty", lambda: False)()


def console(stderr: bool = False) -> Any:
    """A rich console whose text is cleaned of terminal controls (gcode.term_safe)."""
    stream = sys.stderr if stderr else sys.stdout
    return safe_console(file=stream, no_color=plain(stream), highlight=False,
                        soft_wrap=plain(stream))


def say(message: str = "", stderr: bool = False) -> None:
    """Print a line; rich markup is rendered on a terminal and stripped otherwise."""
    stream = sys.stderr if stderr else sys.stdout
    if plain(stream):
        from rich.text import Text

        print(clean(Text.from_markup(message).plain), file=stream)
    else:
        console(stderr).print(message)


@contextmanager
def progress(label: str) -> Iterator[Callable[[int, int], None]]:
    """A progress bar on stderr (only on a terminal); yields `advance(done, total)`."""
    if plain(sys.stderr):  # not a terminal (or NO_COLOR): no bar
        yield lambda done, total: None
        return
    from rich.progress import Progress

    with Progress(console=console(stderr=True), transient=True) as bar:
        task = bar.add_task(escape(label), total=None)
        yield lambda done, total: bar.update(task, completed=done, total=total)


def escape(text: object) -> str:
    """User text (a learning, a path) inside a `say()` message: rich would read `[/etc]` or
    `[bold]` in it as markup, and fail or eat it."""
    from rich.markup import escape as rich_escape

    return rich_escape(str(text))


def warn(message: str) -> None:
    """One `gcode: warning:` line on stderr: something went wrong, but the command goes on."""
    print(clean(f"gcode: warning: {message}"), file=sys.stderr)


def print_json(data: Any) -> None:
    print(json_dumps(data, indent=2, default=str))


def age(timestamp: str | None, now: datetime | None = None) -> str:
    """`3m`, `5h`, `12d`: how long ago, short enough for a table column."""
    if not timestamp:
        return "-"
    try:
        then = parse_iso(timestamp)
    except ValueError:
        return "?"
    seconds = max(0, int(((now or datetime.now(timezone.utc)) - then).total_seconds()))
    for unit, size in (("y", 31536000), ("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def one_line(text: str, width: int = 0) -> str:
    text = " ".join(text.split())
    return text if not width or len(text) <= width else text[: width - 1] + "…"


def table(headers: Sequence[str], rows: Sequence[Sequence[str]], title: str = "",
          wrap_column: int | None = None) -> None:
    """A rich table on a terminal; aligned plain columns (easy to grep) otherwise."""
    rows = [[clean(c) for c in row] for row in rows]  # cells are data: no controls
    title = clean(title)
    if plain():
        widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h)
                  for i, h in enumerate(headers)]
        if title:
            print(title)
        print("  ".join(h.upper().ljust(w) for h, w in zip(headers, widths)).rstrip())
        for row in rows:
            print("  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip())
        return
    from rich.table import Table
    from rich.text import Text

    t = Table(title=title or None, header_style="bold", show_lines=False)
    for i, h in enumerate(headers):
        t.add_column(h, overflow="fold" if i == wrap_column else "ellipsis",
                     no_wrap=i != wrap_column, ratio=1 if i == wrap_column else None)
    for row in rows:
        t.add_row(*(Text(cell) for cell in row))  # cells are data, never markup
    console().print(t)


def terminal_ask(action: str, summary: str, detail: str, pattern_key: str) -> str:
    """A plain y/n/a prompt on the terminal, for `gcode run` at a TTY (the REPL has its own)."""
    out = sys.stderr
    detail, summary, pattern_key = clean(detail), clean(summary), clean(pattern_key)
    if detail and detail != summary:
        print(detail.rstrip(), file=out)
    flush_typeahead()  # keys typed while the agent worked must not answer this
    what = {"edit": "edit", "mcp": "tool call"}.get(action, "run")
    always = f"always for {pattern_key!r}" if pattern_key else "always"
    choices = f"[y]es / [n]o / [a]lways ({always})"
    if action == "unsandboxed":  # asked every time: no "always"
        what, choices = "run WITHOUT the sandbox", "[y]es / [n]o"
    while True:
        print(f"Allow {what}: {summary}? {choices} ", end="", file=out, flush=True)
        line = sys.stdin.readline()
        if not line:  # EOF: nobody is there after all
            return "no"
        answer = line.strip().lower()
        if answer in ("y", "yes"):
            return "yes"
        if answer in ("n", "no", ""):
            return "no"
        if answer in ("a", "always") and action != "unsandboxed":
            return "always"


def stdin_is_interactive() -> bool:
    try:
        return sys.stdin.isatty() and sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


def flush_typeahead() -> None:
    """Drop what was typed ahead on the terminal, so a question gets a fresh answer."""
    import sys

    try:
        import termios

        termios.tcflush(sys.stdin.fileno(), termios.TCIFLUSH)
    except (ImportError, OSError, ValueError, AttributeError):
        pass
