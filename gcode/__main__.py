"""Entry point for the `gcode` console script and `python -m gcode`.

`gcode --version` is answered here, before Typer and Rich are imported, so it
stays well under 0.15 s.

`python -m gcode` puts the current directory first on sys.path, and gcode runs inside
repositories it does not control: one with a `typer.py`, `rich.py` or `json.py` at its
root would have its own code imported in place of the library. So the current directory
is dropped from sys.path before anything else is imported (the console script never
adds it). It stays only when it is where gcode itself was imported from (a source
checkout run without installing: that code is running already).
"""

from __future__ import annotations

import sys


def _drop_cwd_from_path() -> None:
    import os

    try:
        cwd = os.path.realpath(os.getcwd())
    except OSError:  # the current directory was deleted: '' and '.' still name it
        cwd = ""
    here = sys.modules.get("gcode")
    own = os.path.dirname(os.path.dirname(os.path.realpath(here.__file__))) \
        if here is not None and here.__file__ else None
    if own == cwd:
        return
    sys.path[:] = [p for p in sys.path
                   if p not in ("", ".") and os.path.realpath(p) != cwd]


if __name__ == "__main__":
    _drop_cwd_from_path()


def _printable_streams() -> None:
    """Text that cannot be encoded for this terminal shows as escapes (`\\udcff`) instead
    of ending the command with a UnicodeEncodeError."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            pass


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args in (["--version"], ["-V"]):
        from gcode import __version__

        print(f"gcode {__version__}")
        return 0
    _printable_streams()
    if "context" in args:  # CI runs it on every job: without building the Typer app
        from gcode.cli_fast import run

        code = run(args)
        if code is not None:
            return code
    from gcode.cli import run_app

    return run_app(args)


if __name__ == "__main__":
    sys.exit(main())
