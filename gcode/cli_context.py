"""`gcode init` and `gcode context`: set a repository up for sharing, and print what gcode
knows about it.

Registered into the Typer app by gcode.cli (COMMAND_MODULES). Nothing heavy is
imported at module level, and `gcode context` never imports openai: it has to run
in a CI job's fresh shallow clone, with no database, no model and no key, in
well under a second.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, Optional

import typer

from gcode.atomic import within, write_if_changed
from gcode.cli_common import workspace
from gcode.cli_learn import shown_path, warn_bad_lines
from gcode.errors import GcodeError

if TYPE_CHECKING:
    from gcode.learning import LearningMachine
    from gcode.records import Learning
    from gcode.workspace import Workspace

FORMATS = ("markdown", "json", "agents-md")


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


# -- context ----------------------------------------------------------------------------------

_ID_TAG = re.compile(r" \[[0-9a-f]{8}\]$", re.M)
AGENTS_MD_TITLE = "## Team learnings (gcode)"


def context_workspace(flags: dict[str, Any], searching: bool = True,
                      message: str = "") -> tuple[Workspace, bool]:
    """The workspace `gcode context` reads, and whether it is an in-memory one.

    With a database on disk: that database, after importing the team file if it
    changed. Without one (a CI job's fresh clone): an in-memory database holding what
    the context can use of the committed file (gcode.team_snapshot: read once, keyword
    first, only the message's candidates embedded), so the user's database is never
    created; the repo id comes from the file's header (no git history needed) and the
    offline hashing embedder is used (no key, no network).
    """
    from gcode import sync

    ws = workspace(**flags)
    repo = ws.require_repo()
    if ws.config.db_path.exists():
        sync.auto_import(ws)
        return ws, False
    from gcode import team_snapshot  # only without a database (~6 ms to import)
    from gcode.db import open_db
    from gcode.embed import make_embedder
    from gcode.knowledge import VECTOR_RECIPE, KnowledgeBase

    ws = workspace(**{**flags, "embeddings.provider": "hashing"})
    ws.repo_id = repo.team_file_repo_id(ws.config.team.file) or ws.repo_id
    _import_sqlite_utils_lean()
    ws.db = open_db(Path(":memory:"), ws.config.database.busy_timeout_ms)
    ws.db.branch = repo.provisional_branch()
    if not searching:  # a throwaway database nobody searches needs no keyword index
        ws.db.stop_keyword_index()
    embedder = make_embedder(ws.config)
    ws.db.create_vec_index(embedder.name, embedder.dim, VECTOR_RECIPE)  # candidates only
    team = sync.team_path(ws)
    if team.is_file():
        snap = team_snapshot.load(KnowledgeBase(ws.db, embedder), team, ws.repo_id,
                                  message if searching else "")
        warn_bad_lines(shown_path(ws, team), snap.bad, snap.more_bad)
    return ws, True


def _import_sqlite_utils_lean() -> None:
    """Import sqlite_utils (the migrations use it) without its optional numpy and pandas.

    A fresh in-memory database runs every migration, and sqlite_utils imports numpy
    and pandas when it finds them, only to map their types: ~0.12 s of numpy alone,
    on a command that must run well under a second. Nothing gcode stores is numpy.
    """
    if "sqlite_utils" in sys.modules:
        return
    blocked = [name for name in ("numpy", "pandas") if name not in sys.modules]
    for name in blocked:
        sys.modules[name] = None  # type: ignore[assignment]  # `import numpy` fails fast
    try:
        import sqlite_utils  # noqa: F401
    finally:
        for name in blocked:
            if sys.modules.get(name) is None:
                del sys.modules[name]


def agents_md_body(machine: LearningMachine, items: list[Learning]) -> str:
    """The AGENTS.md block: team-scope learnings only (AGENTS.md is committed), no ids."""
    team = [r for r in items if r.scope == "team"]
    blocks = []
    for name, store in machine.stores.items():
        mine = [r for r in team if r.store == name]
        if mine and (block := store.build_context(mine).strip()):
            blocks.append(_ID_TAG.sub("", block))
    if not blocks:
        return f"{AGENTS_MD_TITLE}\n\n_No team learnings yet._"
    return f"{AGENTS_MD_TITLE}\n\n" + "\n\n".join(blocks)


def _learning_summary(rec: Learning) -> dict[str, Any]:
    from gcode.records import short_id

    return {"id": rec.id, "short_id": short_id(rec.id), "store": rec.store, "scope": rec.scope,
            "kind": rec.kind, "title": rec.title, "content": rec.content, "source": rec.source,
            "confidence": rec.confidence, "author": rec.author, "updated_at": rec.updated_at,
            "evidence": rec.evidence}


def context(
    fmt: str = typer.Option("markdown", "--format", "-f",
                            help="markdown (the block the agent gets), json, or agents-md "
                                 "(write a managed block into AGENTS.md)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o",
                                          help="Write to this file instead of stdout "
                                               "(agents-md: instead of AGENTS.md at the root)."),
    message: str = typer.Option("", "--message", "-m",
                                help="Focus on what bears on this text (e.g. a PR title)."),
    budget: Optional[int] = typer.Option(None, "--budget", min=50,
                                         help="Token budget (default: learning.token_budget)."),
    as_json: bool = typer.Option(False, "--json", help="Same as --format json."),
) -> None:
    """Print what gcode knows about this repository (works in CI: no DB, model or key needed)."""
    if as_json:
        fmt = "json"
    import json

    from gcode import agents_md
    from gcode.learning import LearningMachine
    from gcode.redact import contains_secret
    from gcode.ui import say

    if fmt not in FORMATS:
        raise GcodeError(f"unknown format {fmt!r}", hint=f"use one of: {', '.join(FORMATS)}")
    flags = {"learning.token_budget": budget} if budget else {}
    ws, in_memory = context_workspace(flags, searching=bool(message.strip()), message=message)
    try:
        machine = LearningMachine.from_workspace(ws)
        if in_memory:  # read from the file unchecked: what is shown is redacted first
            from gcode.team_snapshot import build_safely

            built = build_safely(machine, message)
        else:
            built = machine.build_context(message)
        if fmt == "agents-md":
            body = agents_md_body(machine, built.items)
            if contains_secret(body):
                raise GcodeError("refusing to write AGENTS.md: the learnings block contains a "
                                 "secret", hint="find it with `gcode context`, then "
                                                "`gcode learn forget ID`")
            root = ws.require_repo().root
            target = output or within(root, root / "AGENTS.md")  # AGENTS.md may be a link
            changed = agents_md.write(target, body)
            count = sum(1 for r in built.items if r.scope == "team")
            say(f"{'Updated' if changed else 'Already up to date:'} {shown_path(ws, target)} "
                f"({count} team learning(s)).")
            return
        if fmt == "json":
            text = json.dumps({"repo_id": ws.repo_id, "context": built.text,
                               "learnings": [_learning_summary(r) for r in built.items]},
                              indent=2, ensure_ascii=False) + "\n"
        else:
            text = built.text + "\n" if built.text else ""
            if not text:
                print("gcode: no learnings for this repository yet", file=sys.stderr)
        if output is not None:
            write_if_changed(output, text)
        else:
            from gcode.term_safe import for_stream

            sys.stdout.write(for_stream(text, sys.stdout))  # exact bytes into a file or pipe
    finally:
        ws.close()


def register(app: typer.Typer, learn_app: typer.Typer) -> None:
    """Add `init` and `context` (called by gcode.cli's command-module registry)."""
    app.command("init")(init)
    app.command("context")(context)
