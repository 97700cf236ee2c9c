"""Entry point for the `gcode` console script and `python -m gcode`.

`gcode --version` is answered here, before Typer and Rich are imported, so it
stays well under 0.15 s.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args in (["--version"], ["-V"]):
        from gcode import __version__

        print(f"gcode {__version__}")
        return 0
    from gcode.cli import run_app

    return run_app(args)


if __name__ == "__main__":
    sys.exit(main())
