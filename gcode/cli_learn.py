"""`gcode learn ...`: see, add, search, correct, review and sync what gcode has learned.

Registered into the Typer app by gcode.cli (COMMAND_MODULES). Nothing heavy is
imported at module level: `gcode learn show` must never pay for openai.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, Optional

import typer

from gcode.cli_common import shown_path, warn_bad_lines, workspace
from gcode.errors import GcodeError

if TYPE_CHECKING:
    from gcode.knowledge import KnowledgeBase
    from gcode.learning import LearningMachine
    from gcode.records import Learning
    from gcode.workspace import Workspace


def knowledge(ws: Workspace) -> KnowledgeBase:
    from gcode.embed import make_embedder
    from gcode.knowledge import KnowledgeBase

    return KnowledgeBase(ws.db, make_embedder(ws.config, ws.capabilities))


def reading_workspace() -> Workspace:
    """The workspace of a command that reads learnings: a team file that changed since the
    last import (a pull, a checkout) is imported first, so what it shows is current."""
    from gcode.sync import auto_import

    ws = workspace()
    if ws.repo is not None:
        auto_import(ws)  # cheap when unchanged (one hash); never raises
    return ws


def visible_repos(ws: Workspace, all_repos: bool) -> list[str] | None:
    """Repo ids a listing covers: this repo plus cross-repo (user) records, or all with --all."""
    if all_repos:
        return None
    ws.require_repo(elsewhere=OR_ALL)
    return [ws.repo_id, ""]


OR_ALL = ", or use --all"  # what a listing outside a repository can do instead


# -- learn ------------------------------------------------------------------------------------


def check_store(ws: Workspace, store: str | None) -> None:
    """A store name someone typed to filter by: built in, configured, or holding records
    (a plugin since removed); anything else is a typo, not "no learnings"."""
    from gcode.store_api import builtin_stores

    known = {*builtin_stores(), *ws.config.learning.custom_stores}
    if store is None or store in known:
        return
    known |= {row["store"] for row in ws.db.learning_stats()}
    if store not in known:
        raise GcodeError(f"unknown store {store!r}", hint=f"use one of: {', '.join(sorted(known))}")


def learning_machine(ws: Workspace, store: str | None = None) -> LearningMachine:
    """The learning machine, without importing custom stores unless `store` names one that
    is not built in (a broken plugin must not break `learn add` to a built-in store)."""
    from gcode.learning import LearningMachine
    from gcode.store_api import builtin_stores, load_stores

    ws.require_repo()
    builtins = builtin_stores()
    stores = builtins if store is None or store in builtins else load_stores(ws.config)
    return LearningMachine.from_workspace(ws, stores=stores)


def _learning_json(rec: Learning) -> dict[str, Any]:
    data = rec.to_dict()
    data.pop("use_count", None)
    data.pop("last_used_at", None)
    return data


def evidence_text(evidence: dict[str, Any]) -> str:
    """How gcode knows a fact, in one short line: `cmd` exit 0 @commit, runs, session..."""
    ev = dict(evidence or {})
    parts = []
    if "command" in ev and ev["command"]:
        code = ev.pop("exit_code", None)
        parts.append(f"`{ev.pop('command')}`" + (f" exit {code}" if code is not None else ""))
    if ev.get("commit"):
        parts.append(f"@{str(ev.pop('commit'))[:8]}")
    if ev.get("session"):
        parts.append(f"session {str(ev.pop('session'))[:13]}")
    ev.pop("previous", None)
    for key, value in ev.items():
        if value not in (None, "", [], {}):
            text = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
            parts.append(f"{key}: {text[:60]}")
    return "; ".join(parts) or "-"


def _learning_rows(records: list[Learning], with_score: bool = False,
                   verbose: bool = False) -> list[list[str]]:
    from gcode.records import short_id
    from gcode.ui import age

    rows = []
    for r in records:
        flag = "" if r.status == "active" else f" [{r.status}]"
        row = [short_id(r.id), r.store, r.kind, r.content + flag,
               r.source, f"{r.confidence:.2f}", r.author or "-", age(r.updated_at)]
        if verbose:
            row += [r.scope, f"rev {r.rev}", evidence_text(r.evidence)]
        if with_score:
            row.insert(1, f"{r.score:.2f}")
        rows.append(row)
    return rows


def learn_show(
    store: Optional[str] = typer.Option(None, "--store", "-s", help="Only this store."),
    all_repos: bool = typer.Option(False, "--all", help="Every repository in the database."),
    as_json: bool = typer.Option(False, "--json", help="Print a JSON array."),
    include_pending: bool = typer.Option(False, "--pending", help="Also show proposed "
                                         "learnings waiting for review."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Also show scope, revision "
                                 "and evidence (command, exit code, commit, session)."),
    wide: bool = typer.Option(False, "--wide", "-w", help="Every column, one line per "
                              "learning, however wide (default: fit the terminal)."),
) -> None:
    """List what gcode knows about this repository (and you), with where each fact came from."""
    from gcode.tables import show
    from gcode.ui import print_json, say

    ws = reading_workspace()
    check_store(ws, store)
    repos = visible_repos(ws, all_repos)
    if ws.repo is not None:  # the scan's facts are stored lazily: the same ones /context shows
        machine = learning_machine(ws)
        machine.reading = True  # a locked database is shown as it is, not waited for
        machine.refresh()
        for problem in machine.errors:
            ws.notices.append(problem)
    statuses = ("active", "stale", "pending") if include_pending else ("active", "stale")
    records = ws.db.list_learnings(repos, user=ws.user, stores=[store] if store else None,
                                   statuses=statuses)
    if as_json:
        print_json([_learning_json(r) for r in records])
        return
    if not records:
        where = "in the database" if all_repos else f"for {ws.require_repo().name}"
        say(f"No learnings {where} yet. Add one with `gcode learn add TEXT`.")
        return
    headers = ["id", "store", "kind", "content", "source", "conf", "author", "age"]
    if verbose:
        headers += ["scope", "rev", "evidence"]
    show(headers, _learning_rows(records, verbose=verbose), wrap="content", wide=wide,
         drop_order=DROP_ORDER)


def learn_add(
    text: str = typer.Argument(..., help="What gcode should remember."),
    store: str = typer.Option("learned_knowledge", "--store", "-s",
                              help="learned_knowledge (team, default), project_context (team), "
                                   "user_memory (private to you), or a custom store."),
    kind: str = typer.Option("", "--kind", "-k", help="e.g. insight, test_command, env, gotcha, "
                             "preference."),
    title: str = typer.Option("", "--title", help="A short title."),
) -> None:
    """Teach gcode something (team-scope by default: teammates get it)."""
    from gcode.records import short_id
    from gcode.ui import escape, say

    if not text.strip():
        raise GcodeError("nothing to learn: the text is empty", hint="gcode learn add \"TEXT\"")
    ws = reading_workspace()  # a teammate's copy of the fact, pulled, is confirmed, not doubled
    machine = learning_machine(ws, store)
    result = machine.teach(store, text, kind=kind, title=title)
    ws.notices.extend(machine.kb.warnings)  # e.g. stored without a vector: the embedder failed
    scope = result.learning.scope
    from gcode.sync import shares

    where = SHARED[scope] if scope != "team" or shares(ws) else \
        "team scope: shared once you run `gcode init`"
    say(f"{TAUGHT[result.outcome]} [bold]{short_id(result.learning.id)}[/] ({store}, "
        f"{where}): {escape(result.learning.content)}")
    share(ws, machine)


def share(ws: Workspace, machine: LearningMachine) -> None:
    """Write a team change to the team file now, as a chat does at its end (where the repo
    shares one): a taught or forgotten fact reaches teammates with the next commit."""
    from gcode.sync import auto_export, team_path
    from gcode.ui import say

    if machine.team_changed and auto_export(ws):
        rel = team_path(ws).relative_to(ws.require_repo().root).as_posix()
        say(f"[dim]Updated {rel}: commit it so your teammates get the change.[/]")
    machine.team_changed = False



# Left out first when the terminal is narrow (ids and content always stay).
DROP_ORDER = ("evidence", "rev", "scope", "author", "source", "conf", "age", "kind", "score",
              "store")
TAUGHT = {"added": "Learned", "duplicate": "Already known (confirmed)", "updated": "Updated"}
SHARED = {"team": "shared with the team", "user": "private to you",
          "machine": "this machine only"}


def learn_search(
    query: str = typer.Argument(..., help="What to look for (words or a question)."),
    k: int = typer.Option(10, "-k", "--limit", min=1, max=200, help="How many results."),
    all_repos: bool = typer.Option(False, "--all", help="Search every repository."),
    store: Optional[str] = typer.Option(None, "--store", "-s", help="Only this store."),
    as_json: bool = typer.Option(False, "--json", help="Print a JSON array (with `score`)."),
    wide: bool = typer.Option(False, "--wide", "-w", help="Every column, however wide."),
) -> None:
    """Hybrid (keyword + semantic) search over what gcode knows."""
    from gcode.tables import show
    from gcode.ui import print_json, say

    if not query.strip():
        raise GcodeError("the search query is empty", hint="gcode learn search \"QUERY\"")
    ws = reading_workspace()
    check_store(ws, store)
    kb = knowledge(ws)
    results = kb.search(query, visible_repos(ws, all_repos), ws.user, k=k,
                        stores=[store] if store else None)
    ws.notices.extend(kb.warnings)  # e.g. keywords only: the embedder failed
    if as_json:
        print_json([_learning_json(r) for r in results])
        return
    if not results:
        say("No matching learnings.")
        return
    headers = ["id", "score", "store", "kind", "content", "source", "conf", "author", "age"]
    show(headers, _learning_rows(results, with_score=True), wrap="content", wide=wide,
         drop_order=DROP_ORDER)


def learn_forget(
    ids: list[str] = typer.Argument(..., help="Short ids as `learn show` prints them, or "
                                    "unique id prefixes."),
    yes: bool = typer.Option(False, "--yes", "-y", help="Do not ask for confirmation."),
) -> None:
    """Forget learnings (a tombstone is kept so the deletion reaches teammates)."""
    from gcode.records import short_id
    from gcode.ui import escape, one_line, say

    ws = reading_workspace()  # a teammate's fact, pulled, can be forgotten at once
    machine = learning_machine(ws)
    kb = machine.kb
    records: list[Learning] = []
    for prefix in ids:  # resolve all first: one bad id changes nothing
        rec = kb.resolve(prefix, ws.user)
        if rec.deleted_at:
            raise GcodeError(f"learning {short_id(rec.id)} is already forgotten")
        if rec.id not in {r.id for r in records}:
            records.append(rec)
    if not yes:
        if not sys.stdin.isatty():
            raise GcodeError("not forgetting without confirmation",
                             hint="re-run with --yes to confirm")
        for rec in records:
            say(f"  {short_id(rec.id)}  {escape(one_line(rec.content, 100))}")
        if not typer.confirm(f"Forget {len(records)} learning(s)?", default=False):
            raise GcodeError("nothing forgotten", exit_code=1)
    for rec in records:
        said = one_line(rec.content, 100)  # a tombstone keeps nothing of it
        machine.forget(rec)
        say(f"Forgot {short_id(rec.id)} ({rec.store}): {escape(said)}")
    share(ws, machine)



def _proposals(ws: Workspace, ids: list[str]) -> tuple[LearningMachine, list[Learning]]:
    """The learning machine and the pending proposals `ids` name (all resolved first)."""
    machine = learning_machine(ws)
    records = []
    for fragment in ids:
        rec = machine.kb.resolve(fragment, ws.user)
        if rec.status != "pending":
            raise GcodeError(f"learning {fragment} is not a pending proposal",
                             hint="see proposals with `gcode learn show --pending`")
        records.append(rec)
    return machine, records


def learn_accept(
    ids: list[str] = typer.Argument(..., help="Short ids of pending proposals."),
    edit: Optional[str] = typer.Option(None, "--edit", help="Accept with this text instead "
                                       "(one id only)."),
) -> None:
    """Accept proposed learnings (propose mode) so they are used and shared."""
    from gcode.records import short_id
    from gcode.ui import say

    ws = workspace()
    if edit is not None and len(ids) != 1:
        raise GcodeError("--edit takes exactly one id", hint="gcode learn accept ID --edit TEXT")
    if edit is not None and not edit.strip():
        raise GcodeError("the edited text is empty", hint="give the text after --edit")
    machine, records = _proposals(ws, ids)
    for rec in records:
        machine.accept(rec, edit)
        say(f"Accepted {short_id(rec.id)} ({rec.store}): {rec.content}")
    from gcode.learning_session import finish

    finish(ws, machine)


def learn_reject(
    ids: list[str] = typer.Argument(..., help="Short ids of pending proposals."),
) -> None:
    """Reject proposed learnings (they are kept as tombstones, never used)."""
    from gcode.records import short_id
    from gcode.ui import say

    ws = workspace()
    machine, records = _proposals(ws, ids)
    for rec in records:
        machine.reject(rec)
        say(f"Rejected {short_id(rec.id)}: {rec.content}")


def learn_stats(
    all_repos: bool = typer.Option(False, "--all", help="Every repository in the database."),
    wide: bool = typer.Option(False, "--wide", "-w", help="Every column, however wide."),
) -> None:
    """Counts per repository, store and scope."""
    from gcode.tables import show
    from gcode.ui import escape, say

    ws = reading_workspace()
    rows = ws.db.learning_stats()
    if not all_repos:
        mine = set(visible_repos(ws, all_repos) or ())
        rows = [r for r in rows if r["repo_id"] in mine]
    info = ws.db.vec_index_info()
    say(f"database: {escape(ws.db.path)} (schema {ws.db.schema_version}, "
        f"{ws.db.path.stat().st_size / 1e6:.1f} MB)")
    say(f"index: {info[0]} ({info[1]} dims)" if info else "index: not built yet")
    if not rows:
        say("No learnings yet.")
        return
    show(["repo", "store", "scope", "active", "pending", "stale", "superseded", "forgotten"],
         [[(r["repo_id"] or "(all repos)")[:16], r["store"], r["scope"],
           *(str(r[c] or 0) for c in ("active", "pending", "stale", "superseded", "forgotten"))]
          for r in rows], wide=wide, drop_order=("superseded", "scope", "pending", "stale",
                                                  "repo"))


def learn_reindex() -> None:
    """Rebuild the semantic index with the configured embedder (a progress bar for a slow
    one: e5 embeds ~40 learnings a second on one core)."""
    from gcode.ui import progress, say

    ws = workspace()
    kb = knowledge(ws)
    start = time.perf_counter()
    with progress(f"Embedding with {kb.embedder.name}") as advance:
        count = kb.reindex(advance)
    say(f"Reindexed {count} learnings with {kb.embedder.name} ({kb.embedder.dim} dims) "
        f"in {time.perf_counter() - start:.2f}s.")
    for line in kb.warnings:
        say(f"[yellow]warning:[/] {line}", stderr=True)


def learn_triggers(
    limit: int = typer.Option(200, "--limit", "-n", min=1, max=100_000,
                              help="Ask about at most this many learnings."),
) -> None:
    """Write the missing "applies when" triggers now, with the configured model (a session's
    end writes up to 20): what lets a question that shares no word with a learning find it."""
    from gcode.learning import extracting_stores
    from gcode.llm import LLM
    from gcode.trigger_backlog import MAX_BATCH, fill
    from gcode.ui import progress, say

    ws = reading_workspace()  # a teammate's learnings, pulled, are asked about too
    machine = learning_machine(ws)
    stores = extracting_stores(ws.config, machine.stores)
    if not stores:
        raise GcodeError("no store here is learning from a model (learning mode is off or "
                         "agentic), so none asks for triggers",
                         hint='set [learning] mode = "always" (or GCODE_LEARNING_MODE=always)')
    before = ws.db.team_fingerprint(ws.repo_id)
    llm = LLM.from_config(ws.config, capabilities=ws.capabilities)
    with progress(f"Writing triggers with {llm.model} ({MAX_BATCH} a request)") as advance:
        done = fill(machine.kb, llm, ws.repo_id, ws.user, stores, limit, advance)
    machine.team_changed = ws.db.team_fingerprint(ws.repo_id) != before
    share(ws, machine)
    if done.requests == 0 and done.error is None:
        say("Every learning here has a trigger; nothing to ask." if not done.left else
            f"{done.left} learning(s) have no trigger, but the model gave none for them twice.")
        return
    if done.asked or done.error is None:
        say(f"Wrote {done.written} trigger(s) for {done.asked} learning(s) in "
            f"{done.requests} request(s); {done.left} still without one.")
    if done.error is not None:
        raise GcodeError(f"the model could not be asked: {done.error}",
                         hint=f"{done.left} learning(s) still without a trigger (what was "
                              "written is kept): run `gcode learn triggers` again")


# -- learn export / import / compact ----------------------------------------------------------


def learn_export(
    output: Optional[Path] = typer.Option(None, "--output", "-o",
                                          help="Write here instead of the team file "
                                               "(- for standard output)."),
    force: bool = typer.Option(False, "--force", help="Export even if learnings that are live "
                               "in the team file would be dropped without a tombstone."),
) -> None:
    """Write this repository's team learnings to the team file (after importing it)."""
    from gcode import sync
    from gcode.atomic import is_special, output_file
    from gcode.ui import say

    aside = dash = False  # standard output, a pipe or a device: the report goes to stderr
    if output is not None:  # checked before any work; "-" is standard output
        checked = output_file(output)
        dash = checked is None
        output = checked or Path("/dev/stdout")
        aside = is_special(output)
    ws = workspace()
    report = sync.export_file(ws, output=output, force=force)
    warn_bad_lines(shown_path(ws, sync.team_path(ws)), report.bad,  # the lines it replaced
                   report.more_bad)
    if report.imported is not None and report.imported.changed:
        say(report.imported.summary(), stderr=aside)
    shown = "standard output" if dash else shown_path(ws, report.path)
    say(report.summary(shown), stderr=aside)


def learn_import(
    file: Optional[Path] = typer.Argument(None, help="File to import (default: the team file, "
                                          "team.file in the config)."),
    strict: bool = typer.Option(False, "--strict", help="Import nothing if any line is bad."),
) -> None:
    """Merge the team file into the database: newest version of each learning wins."""
    from gcode import sync
    from gcode.ui import say

    ws = workspace()
    report = sync.import_file(ws, file, strict=strict)
    assert report is not None
    warn_bad_lines(report.source, report.bad, report.more_bad)
    if report.fatal:
        foreign = report.fatal.startswith("not a gcode team file")
        raise GcodeError(f"{report.source}: {report.fatal}; nothing was imported",
                         hint="name a file `gcode learn export` wrote (default: "
                              ".gcode/learnings.jsonl)" if foreign
                         else "upgrade gcode (pip install -U gcode)")
    say(report.summary())
    if report.bad:
        what = ("nothing was imported (--strict)" if not report.applied
                else "every good line was imported")
        count = len(report.bad) + report.more_bad
        raise GcodeError(f"{count} bad line(s) in {report.source}: {what}",
                         hint="fix or delete those lines, or run `gcode learn export` to "
                              "rewrite the file from the database")


MAX_DAYS = 36500  # --older-than: a century; a date further back does not exist


def learn_compact(
    older_than: float = typer.Option(30.0, "--older-than", min=0.0, metavar="DAYS",
                                     help="Drop tombstones forgotten more than DAYS ago."),
    yes: bool = typer.Option(False, "--yes", "-y", help="Do not ask for confirmation."),
) -> None:
    """Drop old tombstones (forgotten learnings) from the database and the team file."""
    import math

    from gcode import sync
    from gcode.ui import say

    if not math.isfinite(older_than) or older_than > MAX_DAYS:  # inf, 1e309: no date
        raise GcodeError(f"--older-than must be a number of days from 0 to {MAX_DAYS}, "
                         f"not {older_than:g}", hint="e.g. --older-than 30", exit_code=2)
    ws = workspace()
    team = sync.team_path(ws)
    kb = sync.knowledge_for(ws)
    if team.is_file():
        report = sync.import_file(ws, team, kb=kb, only_if_changed=True)
        if report is not None:
            warn_bad_lines(report.source, report.bad, report.more_bad)
    due = sync.tombstones_before(ws.db, ws.repo_id, sync.compact_cutoff(older_than))
    if not due:
        say(f"No tombstones older than {older_than:g} day(s); nothing to compact.")
        return
    if not yes:
        if not sys.stdin.isatty():
            raise GcodeError("not compacting without confirmation", hint="re-run with --yes")
        say(f"{len(due)} forgotten learning(s) will be dropped for good. A teammate's clone "
            f"that still has one of them live would bring it back: compact after branches "
            f"are merged and teammates have synced.")
        if not typer.confirm("Compact?", default=False):
            raise GcodeError("nothing compacted")
    result = sync.compact(ws, older_than, kb=kb)
    say(f"Dropped {result.dropped} tombstone(s) forgotten before {result.cutoff[:10]}. "
        f"{result.export.summary(shown_path(ws, team))}")


def register(app: typer.Typer, learn_app: typer.Typer) -> None:
    """Add every `learn` subcommand (called by gcode.cli's command-module registry)."""
    learn_app.command("show")(learn_show)
    learn_app.command("add")(learn_add)
    learn_app.command("search")(learn_search)
    learn_app.command("forget")(learn_forget)
    learn_app.command("accept")(learn_accept)
    learn_app.command("reject")(learn_reject)
    learn_app.command("stats")(learn_stats)
    learn_app.command("reindex")(learn_reindex)
    learn_app.command("triggers")(learn_triggers)
    learn_app.command("export")(learn_export)
    learn_app.command("import")(learn_import)
    learn_app.command("compact")(learn_compact)
