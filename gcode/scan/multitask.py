"""Commands that run several tasks at once: `make test-stdlib test-bash` runs both
targets, `nx affected -t lint,test,build` (`-t lint test build`) the three scripts in each
workspace package. The first task is the command's own; these are the others."""

from __future__ import annotations

_TARGET_OPTS = ("-t", "--target", "--targets")


def _monorepo_targets(args: list[str]) -> list[str]:
    """Every target an `nx`/`turbo` call names with `-t` (comma- or space-separated)."""
    for i, arg in enumerate(args):
        name, eq, value = arg.partition("=")
        if name in _TARGET_OPTS and name.startswith("--") and eq:
            return [v for v in value.split(",") if v]
        if arg in _TARGET_OPTS:
            found: list[str] = []
            for more in args[i + 1:]:
                if more.startswith("-"):
                    break
                found += [v for v in more.split(",") if v]
            return found
    return []


def other_tasks(w: list[str], task: tuple[str, str, str],
                make_targets: list[str]) -> list[tuple[str, str, str]]:
    """The tasks a command runs beside `task` (its first): `make_targets` are the targets
    the make call names, in order."""
    runner, name, sub = task
    prog = w[0].rsplit("/", 1)[-1]
    if runner == "make":
        return [("make", t, sub) for t in make_targets[1:] if t != name and "$" not in t]
    args = w[1:]
    if prog in ("pnpm", "yarn", "bun", "npx") and args[:1] in (["nx"], ["turbo"]):
        prog, args = args[0], args[1:]
    if runner == "npm" and sub == "*" and prog in ("nx", "turbo"):
        return [("npm", t, "*") for t in _monorepo_targets(args)[1:]]
    return []
