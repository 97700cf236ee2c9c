"""Tables that stay readable in an 80-column (or narrower) terminal: `gcode learn show` etc.

On a terminal the table fits its width: the id column is never cut (an id must paste into
`gcode learn forget`), the content column wraps, and the least useful columns are left out
first (author, source, confidence...) until the content has room. `--wide` shows every
column on one line each, as wide as it takes. In a pipe the output is the plain aligned
columns scripts grep, unchanged; JSON output does not come here at all.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Sequence
from typing import Any

MIN_CONTENT = 24  # the content column's narrowest useful width
MAX_CELL = 24  # the widest any other column gets (ids excepted): the rest ends in "…"
GAP = 2  # between columns


def terminal_width() -> int:
    return shutil.get_terminal_size((80, 24)).columns


def cell(text: str) -> str:
    """One line of visible characters: whitespace runs become one space, and a control
    character is shown as its visible stand-in (gcode.term_safe), never sent to the
    terminal."""
    from gcode.term_safe import clean

    return clean(" ".join(text.split()))


def natural(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> list[int]:
    return [max([len(h), *(len(r[i]) for r in rows)]) for i, h in enumerate(headers)]


def choose_columns(headers: Sequence[str], rows: Sequence[Sequence[str]], width: int,
                   wrap: str | None, drop_order: Sequence[str]) -> list[int]:
    """Indexes of the columns that fit `width`, dropping those of `drop_order` in turn."""
    # as render() draws them: a column other than the content and the ids is cut at MAX_CELL
    widths = {h: w if h == wrap or h in ("id",) else min(w, MAX_CELL)
              for h, w in zip(headers, natural(headers, rows))}
    kept = list(headers)

    def needed() -> int:
        fixed = sum(widths[h] for h in kept if h != wrap)
        room = min(MIN_CONTENT, widths[wrap]) if wrap in kept else 0
        return fixed + room + GAP * (len(kept) - 1)

    for name in drop_order:
        if needed() <= width:
            break
        if name in kept:
            kept.remove(name)
    return [headers.index(h) for h in kept]


def render(headers: Sequence[str], rows: Sequence[Sequence[str]], *, console: Any,
           wrap: str | None = None, keep: Sequence[str] = ("id",),
           drop_order: Sequence[str] = (), wide: bool = False) -> None:
    """Print a table on `console` (rich), fitted to its width unless `wide`."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    rows = [[cell(c) for c in row] for row in rows]
    if wide:
        columns = list(range(len(headers)))
        total = sum(natural(headers, rows)) + GAP * (len(headers) - 1)
        console.width = max(console.width, total)
    else:
        columns = choose_columns(headers, rows, console.width, wrap, drop_order)
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, padding=(0, 1),
                  header_style="bold", collapse_padding=True)
    widths = natural(headers, rows)
    for i in columns:
        name = headers[i]
        if name == wrap and not wide:
            table.add_column(name, overflow="fold", ratio=1, min_width=min(MIN_CONTENT,
                                                                         widths[i]))
        elif name in keep:  # never cut: ids paste into other commands
            table.add_column(name, no_wrap=True, min_width=widths[i], overflow="fold")
        else:
            table.add_column(name, no_wrap=True, overflow="ellipsis",
                             max_width=None if wide else MAX_CELL)
    for row in rows:
        table.add_row(*(Text(row[i]) for i in columns))  # cells are data, never markup
    console.print(table)
    hidden = [headers[i] for i in range(len(headers)) if i not in columns]
    if hidden:
        console.print(Text(f"(not shown at this width: {', '.join(hidden)}; --wide shows "
                           "every column)", style="dim"))


def show(headers: Sequence[str], rows: Sequence[Sequence[str]], *, wrap: str | None = None,
         drop_order: Sequence[str] = (), wide: bool = False, title: str = "") -> None:
    """On a terminal, a fitted table (no colour with NO_COLOR); in a pipe, plain columns."""
    from gcode.ui import table as plain_table

    if not sys.stdout.isatty():
        plain_table(list(headers), [list(r) for r in rows], title=title)
        return
    from rich.console import Console

    no_color = bool(os.environ.get("NO_COLOR"))
    console = Console(highlight=False, no_color=no_color,
                      color_system=None if no_color else "auto")
    if title:
        console.print(title, markup=False)
    render(headers, rows, console=console, wrap=wrap, drop_order=drop_order, wide=wide)
