"""A PHP package's composer.json scripts (`composer test`, `composer run phpstan`): the
commands each runs, `@php vendor/bin/x` as the installed tool x and `@other` as that
script, for gcode.scan.classify to follow."""

from __future__ import annotations

from gcode.scan.files import Repo, as_dict, join
from gcode.scan.make import Task

Table = tuple[dict[str, Task], str, str]
# composer's own commands: never a script's name
_BUILTIN = frozenset({"install", "i", "update", "u", "upgrade", "require", "r", "remove", "rm",
                      "exec", "dump-autoload", "dumpautoload", "validate", "show", "info",
                      "outdated", "config", "create-project", "global", "self-update",
                      "selfupdate", "diagnose", "audit", "licenses", "depends", "why",
                      "prohibits", "why-not", "search", "status", "archive", "check-platform-reqs",
                      "clear-cache", "clearcache", "fund", "init", "list", "help", "bump",
                      "reinstall", "browse", "home", "suggests"})


def composer_task(args: list[str]) -> tuple[str, str, str] | None:
    """The script a composer command runs (`composer run-script test`, `composer phpstan`)."""
    words = [a for a in args if not a.startswith("-")]
    if words[:1] in (["run"], ["run-script"]):
        words = words[1:]
    elif words[:1] and words[0] in _BUILTIN:
        return None
    return ("composer", words[0], "") if words else None


def composer_table(repo: Repo, cwd: str) -> Table:
    rel = join(cwd, "composer.json")
    tasks: dict[str, Task] = {}
    for name, body in as_dict(repo.json(rel).get("scripts")).items():
        steps = body if isinstance(body, list) else [body]
        lines = [_command(s) for s in steps if isinstance(s, str) and s.strip()]
        tasks[str(name)] = Task(str(name), [x for x in lines if x])
    return tasks, "", rel if tasks else ""


def _command(step: str) -> str:
    step = step.strip()
    if step.startswith("@php "):
        return step.removeprefix("@php ").strip()  # `@php vendor/bin/phpunit`: phpunit
    if step.startswith("@composer "):
        return "composer " + step.removeprefix("@composer ").strip()
    if step.startswith("@putenv "):
        return ""
    if step.startswith("@"):
        return f"composer run {step[1:]}"  # another script of the file
    return step
