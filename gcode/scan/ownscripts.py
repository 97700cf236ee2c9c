"""Package scripts that run a script of the repository's own: the convention by which a
script named `build` that runs one builds (`build: node scripts/build.js`)."""

from __future__ import annotations

from collections.abc import Callable

from gcode.scan.programs import base, unwrap
from gcode.scan.shell import words

# TypeScript runners handed a module path without its extension (`jiti ./src/cli`)
_MODULE_RUNNERS = ("jiti", "tsx", "esno", "vite-node")


def _node_script(w: list[str]) -> bool:
    """A line (its words, unwrapped) that runs a script of the repository's own under node
    (or another task)."""
    return len(w) > 1 and (base(w[0]) in ("node", "bun", "tsx", "ts-node") and w[1].endswith(
        (".js", ".mjs", ".cjs", ".ts")) or base(w[0]) in ("npm", "pnpm", "yarn", "bun")
        and "run" in w[1:2] or base(w[0]) in _MODULE_RUNNERS and
        w[1].startswith(("./", "src/", "scripts/")))


def own_scripts(recipe: list[str], script: Callable[[str], list[str] | None],
                depth: int = 0) -> bool:
    """Whether every line of a package script runs a script of the repository's own
    (`node scripts/build.js`, `jiti ./src/cli`), or another package script that does
    (`pnpm unbuild`, pnpm's shorthand for `pnpm run unbuild`). `script(name)` gives a
    package script's lines, None when there is no such script."""
    for line in recipe:
        w = unwrap(words(line))
        if _node_script(w):
            continue
        name = w[1] if len(w) == 2 and base(w[0]) in ("pnpm", "yarn", "bun") else ""
        lines = script(name) if name and not name.startswith("-") and depth < 3 else None
        if not lines or not own_scripts(lines, script, depth + 1):
            return False
    return bool(recipe)
