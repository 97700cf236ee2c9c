"""`gcode context`: print what gcode knows about a repository (the block the agent gets).

The command's work, apart from its Typer declaration (gcode.cli_context) so the console
script can answer `gcode context` without building the Typer app (gcode.cli_fast: typer's
option adapters cost more than the rest of the command). Nothing heavy is imported at
module level, and it never imports openai: it has to run in a CI job's fresh shallow
clone, with no database, no model and no key, in well under a second.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gcode.atomic import is_special, output_file, within, write_if_changed
from gcode.cli_common import shown_path, warn_bad_lines, workspace
from gcode.errors import GcodeError

if TYPE_CHECKING:
    from gcode.learning import LearningMachine
    from gcode.records import Learning
    from gcode.workspace import Workspace

FORMATS = ("markdown", "json", "agents-md")

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


def show_context(fmt: str = "markdown", output: Path | None = None, message: str = "",
                 budget: int | None = None, as_json: bool = False) -> None:
    """Print what gcode knows about this repository (the options of `gcode context`)."""
    if as_json:
        fmt = "json"
    import json

    from gcode import agents_md
    from gcode.learning import LearningMachine
    from gcode.redact import contains_secret
    from gcode.term_safe import for_stream
    from gcode.ui import say

    if fmt not in FORMATS:
        raise GcodeError(f"unknown format {fmt!r}", hint=f"use one of: {', '.join(FORMATS)}")
    to_dash = False
    if output is not None:  # checked before any work; "-" is standard output
        output = output_file(output)
        to_dash = output is None
    flags = {"learning.token_budget": budget} if budget else {}
    ws, in_memory = context_workspace(flags, searching=bool(message.strip()), message=message)
    try:
        machine = LearningMachine.from_workspace(ws)
        machine.reading = True  # a locked database is shown as it is, not waited for
        if in_memory:  # read from the file unchecked: what is shown is redacted first
            from gcode.team_snapshot import build_safely

            built = build_safely(machine, message)
        else:
            built = machine.build_context(message)
        ws.notices.extend(machine.errors)
        if fmt == "agents-md":
            body = agents_md_body(machine, built.items)
            if contains_secret(body):
                raise GcodeError("refusing to write AGENTS.md: the learnings block contains a "
                                 "secret", hint="find it with `gcode context`, then "
                                                "`gcode learn forget ID`")
            if to_dash:  # `-o -`: the block as a new AGENTS.md would be
                text = agents_md.upsert("", body, "AGENTS.md")
                sys.stdout.write(for_stream(text, sys.stdout))
                return
            root = ws.require_repo().root
            target = output or within(root, root / "AGENTS.md")  # AGENTS.md may be a link
            changed = agents_md.write(target, body)
            if is_special(target):
                return  # a pipe, /dev/stdout: its reader has the block, not a file to report
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
                known = bool(message.strip()) and bool(machine.build_context("").items)
                print("gcode: nothing learned bears on this message (`gcode context` without "
                      "-m shows what there is)" if known else
                      "gcode: no learnings for this repository yet", file=sys.stderr)
        if output is not None:
            write_if_changed(output, text)
        else:
            sys.stdout.write(for_stream(text, sys.stdout))  # exact bytes into a file or pipe
    finally:
        ws.close()
