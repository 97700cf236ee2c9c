"""Which package script a package manager's or monorepo tool's command runs (`pnpm -r
--filter x run lint`, `yarn workspaces foreach run build`, `turbo lint`, `nx affected
-t test`): (runner, script name, directory) for gcode.scan.classify to follow."""

from __future__ import annotations

import re

from gcode.scan.shell import substitutions_joined
from gcode.scan.taskargs import option_value

_NPM_BUILTIN = frozenset({"install", "i", "ci", "add", "remove", "rm", "update", "up", "link",
                          "publish", "pack", "version", "init", "audit", "outdated", "dedupe",
                          "why", "list", "ls", "config", "set", "dlx", "create", "import",
                          "rebuild", "prune", "store", "fetch", "licenses", "info", "view",
                          "login", "cache", "exec", "x", "patch", "-v", "--version",
                          "workspaces", "workspace", "changeset", "node", "help"})
_INSTALL_TEST = frozenset({"cit", "clean-install-test", "install-ci-test", "it", "install-test"})


_SOURCE_FILE = re.compile(r"\.([mc]?[jt]sx?)$")


def npm_task(prog: str, args: list[str]) -> tuple[str, str, str] | None:
    rest: list[str] = []
    sub = ""
    it = iter(substitutions_joined(args))
    for arg in it:  # pnpm -r, --filter x, --prefix dir: anywhere before the script name
        if not arg.startswith("-") or rest and rest[0] not in ("run", "run-script"):
            rest.append(arg)
            continue
        if arg in ("-r", "--recursive", "--workspaces", "-ws") or arg.startswith(
                ("--filter", "-F", "--workspace")):
            sub = "*"  # runs in workspace packages: only the name is known
        if arg in ("--filter", "-F", "--prefix", "-C", "--dir", "--cwd", "-w", "--workspace"):
            value = next(it, "")
            if arg in ("--prefix", "-C", "--dir", "--cwd") and sub != "*":
                sub = value
    if prog == "yarn" and rest[:1] in (["workspaces"], ["workspace"]):
        rest = rest[2:] if rest[:1] == ["workspace"] else rest[1:]
        rest = rest[1:] if rest[:1] in (["foreach"], ["run"]) else rest
        sub = "*"
    if not rest:
        return None if prog != "yarn" else ("npm", "install", sub)
    head = rest[0]
    if head in ("run", "run-script", "task") and len(rest) > 1:
        if prog in ("bun", "deno") and _SOURCE_FILE.search(rest[1]):
            return None  # `deno run -A src/cli.ts`, `bun run x.ts`: runs that file itself
        return ("npm", rest[1], sub)
    if head in ("test", "t", "tst") and prog != "bun" or head in _INSTALL_TEST and prog != "yarn":
        return ("npm", "test", sub)  # `npm cit`: a clean install, then the test script
    if head in ("start", "stop", "restart") and prog == "npm":
        return ("npm", head, sub)
    if head == "pack" and prog != "bun":
        return ("npm", "prepack", sub)  # packing runs the package's `prepack` script first
    if prog in ("pnpm", "yarn") and head not in _NPM_BUILTIN:
        return ("npm", head, sub)
    return None


def monorepo_task(prog: str, args: list[str]) -> tuple[str, str, str] | None:
    """`turbo run build`, `turbo lint`, `lerna run test`, `nx run-many -t build`,
    `nx affected --target=test`: the package script of that name in each workspace
    package."""
    target = option_value(args, ("-t", "--target", "--targets"))
    if target:
        return ("npm", target.split(",")[0], "*")
    names: list[str] = []
    it = iter(args)
    for arg in it:
        if arg == "--":
            break
        if arg in ("--filter", "-F", "--scope", "--projects", "-p", "--ignore", "--cwd"):
            next(it, "")
        elif not arg.startswith("-"):
            names.append(arg)
    if names[:1] in (["run"], ["run-many"], ["affected"], ["exec"]):
        names = names[1:] if names[0] != "exec" else []
    if not names:
        return None
    name = names[0].split(":")[-1] if prog == "nx" else names[0]
    if prog == "nx" and names[0] in ("graph", "reset", "show", "list", "migrate", "report"):
        return None
    return ("npm", name, "*")


