"""The `gcode` command line. Thin: parse, call, render.

Every command imports what it needs inside its body, so `gcode learn show`
never pays for openai or prompt_toolkit. A GcodeError becomes one line on
stderr and a non-zero exit; any other exception is a bug, shown in full only
with --debug (or GCODE_DEBUG=1).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Any, Optional

import typer

from gcode import __version__
from gcode.errors import GcodeError

app = typer.Typer(
    name="gcode",
    help="A terminal coding agent that learns your repository and shares it with your team.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
learn_app = typer.Typer(help="See, add, search and correct what gcode has learned.",
                        no_args_is_help=True)
app.add_typer(learn_app, name="learn")

_state: dict[str, Any] = {"debug": False, "flags": {}}


def _version(value: bool) -> None:
    if value:
        print(f"gcode {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: bool = typer.Option(False, "--version", "-V", callback=_version, is_eager=True,
                                 help="Print the version and exit."),
    debug: bool = typer.Option(False, "--debug", help="Show full tracebacks on errors."),
    db: Optional[Path] = typer.Option(None, "--db", help="Database file (default: $GCODE_DB or "
                                      "$XDG_DATA_HOME/gcode/gcode.db)."),
) -> None:
    _state["debug"] = debug or bool(os.environ.get("GCODE_DEBUG"))
    if db is not None:
        _state["flags"]["database.path"] = str(db)


def workspace(**flags: Any) -> Any:
    """The Workspace for this command, with global and command flags applied."""
    from gcode.workspace import Workspace

    return Workspace(flags={**_state["flags"], **{k: v for k, v in flags.items() if v is not None}})


def knowledge(ws: Any) -> Any:
    from gcode.embed import make_embedder
    from gcode.knowledge import KnowledgeBase

    return KnowledgeBase(ws.db, make_embedder(ws.config))


def visible_repos(ws: Any, all_repos: bool) -> list[str] | None:
    """Repo ids a listing covers: this repo plus cross-repo (user) records, or all with --all."""
    if all_repos:
        return None
    return [ws.repo_id, ""]


# -- learn ------------------------------------------------------------------------------------


def _store_scopes(ws: Any, wanted: str) -> dict[str, str]:
    """Store name -> default scope. Custom stores (config or entry point) are only imported
    when `wanted` is not a built-in one, and their scope is the one they declare."""
    from gcode.records import BUILTIN_STORES, SCOPES

    if wanted in BUILTIN_STORES:
        return dict(BUILTIN_STORES)
    from gcode.learning import load_custom_stores

    custom = {name: scope if (scope := getattr(store, "scope", "team")) in SCOPES else "team"
              for name, store in load_custom_stores(ws.config).items()}
    return {**BUILTIN_STORES, **custom}


def _learning_json(rec: Any) -> dict[str, Any]:
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


def _learning_rows(records: list[Any], with_score: bool = False,
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


@learn_app.command("show")
def learn_show(
    store: Optional[str] = typer.Option(None, "--store", "-s", help="Only this store."),
    all_repos: bool = typer.Option(False, "--all", help="Every repository in the database."),
    as_json: bool = typer.Option(False, "--json", help="Print a JSON array."),
    include_pending: bool = typer.Option(False, "--pending", help="Also show proposed "
                                         "learnings waiting for review."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Also show scope, revision "
                                 "and evidence (command, exit code, commit, session)."),
) -> None:
    """List what gcode knows about this repository (and you), with where each fact came from."""
    from gcode.ui import print_json, say, table

    ws = workspace()
    repos = visible_repos(ws, all_repos)
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
    table(headers, _learning_rows(records, verbose=verbose), wrap_column=3)


@learn_app.command("add")
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
    from gcode.records import GLOBAL_STORES, Learning, short_id
    from gcode.ui import escape, say

    if not text.strip():
        raise GcodeError("nothing to learn: the text is empty", hint="gcode learn add \"TEXT\"")
    ws = workspace()
    stores = _store_scopes(ws, store)
    if store not in stores:
        raise GcodeError(f"unknown store {store!r}", hint=f"use one of: {', '.join(stores)}")
    scope = stores[store]
    repo_id = "" if store in GLOBAL_STORES else ws.repo_id
    rec = Learning(
        content=text, store=store, repo_id=repo_id, scope=scope,
        user=ws.user if scope == "user" else "",
        kind=kind or {"user_memory": "preference", "project_context": "fact"}.get(store, "insight"),
        title=title, source="user", confidence=0.9, author=ws.user,
    )
    result = knowledge(ws).add(rec)
    verb = {"added": "Learned", "duplicate": "Already known (confirmed)",
            "updated": "Updated"}[result.outcome]
    shared = {"team": "shared with the team", "user": "private to you",
              "machine": "this machine only"}[scope]
    say(f"{verb} [bold]{short_id(result.learning.id)}[/] ({store}, {shared}): "
        f"{escape(result.learning.content)}")


@learn_app.command("search")
def learn_search(
    query: str = typer.Argument(..., help="What to look for (words or a question)."),
    k: int = typer.Option(10, "-k", "--limit", min=1, max=200, help="How many results."),
    all_repos: bool = typer.Option(False, "--all", help="Search every repository."),
    store: Optional[str] = typer.Option(None, "--store", "-s", help="Only this store."),
    as_json: bool = typer.Option(False, "--json", help="Print a JSON array (with `score`)."),
) -> None:
    """Hybrid (keyword + semantic) search over what gcode knows."""
    from gcode.ui import print_json, say, table

    if not query.strip():
        raise GcodeError("the search query is empty", hint="gcode learn search \"QUERY\"")
    ws = workspace()
    results = knowledge(ws).search(query, visible_repos(ws, all_repos), ws.user, k=k,
                                   stores=[store] if store else None)
    if as_json:
        print_json([_learning_json(r) for r in results])
        return
    if not results:
        say("No matching learnings.")
        return
    headers = ["id", "score", "store", "kind", "content", "source", "conf", "author", "age"]
    table(headers, _learning_rows(results, with_score=True), wrap_column=4)


@learn_app.command("forget")
def learn_forget(
    ids: list[str] = typer.Argument(..., help="Short ids as `learn show` prints them, or "
                                    "unique id prefixes."),
    yes: bool = typer.Option(False, "--yes", "-y", help="Do not ask for confirmation."),
) -> None:
    """Forget learnings (a tombstone is kept so the deletion reaches teammates)."""
    from gcode.records import short_id
    from gcode.ui import escape, one_line, say

    ws = workspace()
    kb = knowledge(ws)
    records = []
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
        kb.forget(rec, ws.user)
        say(f"Forgot {short_id(rec.id)} ({rec.store}): {escape(one_line(rec.content, 100))}")


def _proposals(ws: Any, ids: list[str]) -> tuple[Any, list[Any]]:
    """The learning machine and the pending proposals `ids` name (all resolved first)."""
    from gcode.learning import LearningMachine

    machine = LearningMachine.from_workspace(ws)
    records = []
    for fragment in ids:
        rec = machine.kb.resolve(fragment, ws.user)
        if rec.status != "pending":
            raise GcodeError(f"learning {fragment} is not a pending proposal",
                             hint="see proposals with `gcode learn show --pending`")
        records.append(rec)
    return machine, records


@learn_app.command("accept")
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


@learn_app.command("reject")
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


@learn_app.command("stats")
def learn_stats(
    all_repos: bool = typer.Option(False, "--all", help="Every repository in the database."),
) -> None:
    """Counts per repository, store and scope."""
    from gcode.ui import escape, say, table

    ws = workspace()
    rows = ws.db.learning_stats()
    if not all_repos:
        mine = {ws.repo_id, ""}
        rows = [r for r in rows if r["repo_id"] in mine]
    info = ws.db.vec_index_info()
    say(f"database: {escape(ws.db.path)} (schema {ws.db.schema_version}, "
        f"{ws.db.path.stat().st_size / 1e6:.1f} MB)")
    say(f"index: {info[0]} ({info[1]} dims)" if info else "index: not built yet")
    if not rows:
        say("No learnings yet.")
        return
    table(["repo", "store", "scope", "active", "pending", "stale", "superseded", "forgotten"],
          [[(r["repo_id"] or "(all repos)")[:16], r["store"], r["scope"],
            *(str(r[c] or 0) for c in ("active", "pending", "stale", "superseded", "forgotten"))]
           for r in rows])


@learn_app.command("reindex")
def learn_reindex() -> None:
    """Rebuild the semantic index with the configured embedder."""
    from gcode.ui import say

    ws = workspace()
    kb = knowledge(ws)
    start = time.perf_counter()
    count = kb.reindex()
    say(f"Reindexed {count} learnings with {kb.embedder.name} ({kb.embedder.dim} dims) "
        f"in {time.perf_counter() - start:.2f}s.")


# -- doctor -----------------------------------------------------------------------------------


@app.command()
def doctor() -> None:
    """Check the installation, database, configuration and model settings."""
    from gcode.doctor import run_checks
    from gcode.ui import escape, say

    checks = run_checks(workspace())
    width = max(len(c.name) for c in checks)
    for c in checks:
        mark = ("[green]ok[/]     " if c.ok else "[red]problem[/]" if c.required
                else "[yellow]warning[/]")
        line = f"{mark} {c.name.ljust(width)}  {escape(c.detail)}"
        if not c.ok and c.hint:
            line += f"\n{' ' * (9 + width)}  hint: {escape(c.hint)}"
        say(line)
    if not all(c.ok for c in checks if c.required):
        raise typer.Exit(1)


# Command groups defined in their own modules. Each exposes `register(app, learn_app)` and
# imports nothing heavy at module level (the list is imported on every start).
COMMAND_MODULES: list[str] = [
    "gcode.cli_agent",
    "gcode.cli_team",
    "gcode.cli_chat",
]


def _register_command_modules() -> None:
    import importlib

    for name in COMMAND_MODULES:
        importlib.import_module(name).register(app, learn_app)


_register_command_modules()


def run_app(args: list[str]) -> int:
    """Run the CLI; turn user-facing errors into one line and an exit code."""
    try:
        # Without standalone mode, a `typer.Exit(n)` comes back as the return value.
        rv = app(args=args, prog_name="gcode", standalone_mode=False)
        return rv if isinstance(rv, int) and not isinstance(rv, bool) else 0
    except GcodeError as exc:
        if _state["debug"]:
            import traceback

            traceback.print_exc()
        _error_line(f"gcode: error: {exc.one_line()}")
        return exc.exit_code
    except typer.Abort:
        print("gcode: aborted", file=sys.stderr)
        return 130
    except KeyboardInterrupt:
        print("gcode: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `gcode learn show | head`: the reader has all it wanted
        _quiet_stdout()
        return 0
    except Exception as exc:  # last line of defence: one line unless --debug
        if hasattr(exc, "format_message") and isinstance(getattr(exc, "exit_code", None), int):
            return _usage_error(exc)
        if _state["debug"] or os.environ.get("GCODE_DEBUG"):
            raise
        _error_line(f"gcode: internal error: {type(exc).__name__}: {exc} "
                    f"(re-run with --debug for details and please report it)")
        return 70


def _error_line(line: str) -> None:
    """Print an error line with secrets redacted: messages may quote what the user typed
    (a pasted key as an unknown option, a token in a URL)."""
    from gcode.redact import redact

    print(redact(line), file=sys.stderr)


def _usage_error(exc: Any) -> int:
    """A command-line mistake (unknown command or option, missing or bad argument) as one
    line with a hint. Typer >= 0.2x raises its own copy of click's exceptions, older typer
    click's: both have `format_message()` and `exit_code`."""
    ctx = getattr(exc, "ctx", None)
    if type(exc).__name__ == "NoArgsIsHelpError":  # a bare `gcode` or `gcode learn`: the help
        try:
            print(exc.format_message(), flush=True)
        except BrokenPipeError:  # `gcode | head`
            _quiet_stdout()
        return 0
    command = ctx.command_path if ctx is not None else "gcode"
    _error_line(f"gcode: error: {exc.format_message()} — see `{command} --help`")
    return int(exc.exit_code)


def _quiet_stdout() -> None:
    """After a broken pipe, point stdout at /dev/null so the final flush at exit is silent."""
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError):
        pass
