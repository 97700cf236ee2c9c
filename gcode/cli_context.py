"""`gcode init` and `gcode context`: set a repository up for sharing, and print what gcode
knows about it.

Registered into the Typer app by gcode.cli (COMMAND_MODULES). Nothing heavy is
imported at module level; `gcode context`'s work is gcode.context_cmd (the console
script runs it without Typer when it can: gcode.cli_fast).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Optional

import typer

from gcode.atomic import write_if_changed
from gcode.cli_common import warn_bad_lines, workspace
from gcode.errors import GcodeError


# -- init -------------------------------------------------------------------------------------

_REPO_CONFIG_HEADER = """\
# gcode settings for this repository: commit this file, it applies to everyone working here.
# Uncomment and change only what this repository needs; every value shown is the default.
# Personal settings ([user], [database], API keys) belong in ~/.config/gcode/config.toml.
# Precedence: defaults < ~/.config/gcode/config.toml < .gcode.toml < GCODE_* env vars < flags.
"""
_PERSONAL_SECTIONS = {"user", "database"}
_PERSONAL_KEYS = {("model", "api_key"), ("model", "allowed_base_urls")}
_SECTION = re.compile(r"^\[([A-Za-z0-9_.-]+)\]\s*$")


def example_config() -> str:
    """The annotated example configuration shipped inside the package."""
    from importlib.resources import files

    return files("gcode").joinpath("data/gcode.example.toml").read_text(encoding="utf-8")


def repo_config_template(example: str | None = None) -> str:
    """`.gcode.toml` for a repository: the example with every setting commented out.

    Commented out, because a repo file that spelled out the defaults would override
    each teammate's own settings (an empty [model] name would hide theirs). Personal
    sections and the API key are left out: the file is committed.
    """
    out = [_REPO_CONFIG_HEADER.rstrip("\n")]
    section: str | None = None
    comments: list[str] = []
    for line in (example if example is not None else example_config()).splitlines():
        stripped = line.strip()
        if match := _SECTION.match(stripped):
            section, comments = match.group(1), []
            if section not in _PERSONAL_SECTIONS:
                out.extend(["", line])
            continue
        if section is None or section in _PERSONAL_SECTIONS:
            continue
        if stripped.startswith("#"):
            comments.append(line)
        elif not stripped:
            comments = []
        else:
            key = stripped.split("=", 1)[0].strip()
            if (section, key) not in _PERSONAL_KEYS:
                out.extend(comments)
                out.append(f"# {line}")
            comments = []
    return "\n".join(out) + "\n"


def init(
    yes: bool = typer.Option(False, "--yes", "-y", help="Stage the files with `git add` "
                             "without asking."),
) -> None:
    """Set up this repository to share team learnings through git."""
    from gcode import sync
    from gcode.ui import say

    ws = workspace()
    repo = ws.require_repo()
    team = sync.team_path(ws)
    rel = team.relative_to(repo.root).as_posix()
    _check_targets(repo.root, [".gitattributes", ".gcode.toml", rel])
    if sync.ensure_union_merge(repo.root, rel):
        say(f"Wrote .gitattributes: {rel} merge=union (teammates' learnings merge without "
            f"conflicts).")
    else:
        say("Already in .gitattributes: merge=union for the team file.")
    config_path = repo.root / ".gcode.toml"
    created_config = not config_path.exists()
    if created_config:
        from gcode import trust

        write_if_changed(config_path, repo_config_template())
        trust.trust(repo.root)  # you wrote it: your own settings for this repository
        say("Wrote .gcode.toml (every setting commented out: uncomment what the team needs).")
    report = sync.export_file(ws)
    warn_bad_lines(rel, report.bad, report.more_bad)
    say(report.summary(rel))
    paths = [".gitattributes", rel] + ([".gcode.toml"] if created_config else [])
    shown = "git add " + " ".join(paths)
    if not yes and not sys.stdin.isatty():
        say(f"To share them with your team, run: {shown} && git commit")
        return
    if not yes and not typer.confirm(f"Stage {', '.join(paths)} with git add?", default=True):
        say(f"Not staged. When you are ready: {shown} && git commit")
        return
    from gcode.safe_git import run_git

    try:  # the repository's clean filters and hooks do not run (gcode.safe_git)
        done = run_git(repo.root, "add", "--", *paths)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise GcodeError(f"`{shown}` failed: {exc}", hint="stage the files yourself") from None
    if done.returncode != 0:
        error = done.stderr.decode("utf-8", "replace").strip()
        raise GcodeError(f"`{shown}` failed: {error or done.returncode}",
                         hint="stage the files yourself")
    say(f"Staged {', '.join(paths)}; commit them to share the team's learnings.")


def _check_targets(root: Path, names: list[str]) -> None:
    """Refuse before writing anything when a file init writes is something else (a folder
    named like the team file, a file where its folder should be): no half set-up repo."""
    for name in names:
        path = root / name
        folders = [root / part for part in reversed(Path(name).parents) if part != Path(".")]
        blocker = next((f for f in folders if f.exists() and not f.is_dir()), None)
        if blocker is None and path.is_dir():
            blocker = path
        if blocker is not None:
            what = "a folder" if blocker.is_dir() else "a file"
            raise GcodeError(f"{blocker.relative_to(root)} is {what}, where init writes "
                             f"{name}; nothing was set up",
                             hint="move it aside, or set team.file in .gcode.toml")


# -- context ----------------------------------------------------------------------------------


def context(
    fmt: str = typer.Option("markdown", "--format", "-f",
                            help="markdown (the block the agent gets), json, or agents-md "
                                 "(write a managed block into AGENTS.md)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o",
                                          help="Write to this file instead of stdout (- is "
                                               "stdout; agents-md: instead of AGENTS.md at "
                                               "the root)."),
    message: str = typer.Option("", "--message", "-m",
                                help="Focus on what bears on this text (e.g. a PR title)."),
    budget: Optional[int] = typer.Option(None, "--budget", min=50,
                                         help="Token budget (default: learning.token_budget)."),
    as_json: bool = typer.Option(False, "--json", help="Same as --format json."),
) -> None:
    """Print what gcode knows about this repository (works in CI: no DB, model or key needed)."""
    from gcode.context_cmd import show_context

    show_context(fmt, output, message, budget, as_json)  # also run without Typer: cli_fast


def register(app: typer.Typer, learn_app: typer.Typer) -> None:
    """Add `init` and `context` (called by gcode.cli's command-module registry)."""
    app.command("init")(init)
    app.command("context")(context)
