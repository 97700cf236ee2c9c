"""The committed team file (`.gcode/learnings.jsonl`): export, import, merge, compact.

The file is how team learnings travel between machines: through git, like code.
It is written so that git can merge it without help (DESIGN section 4):

- one canonical JSON object per line (sorted keys, UTF-8, `\\n`), sorted by id,
  after a header line `{"format":"gcode-learnings","repo_id":...,"version":1}`;
- no counters, statuses or embeddings (they churn), so a re-export with no change
  is byte-identical and one changed learning is a one-line diff;
- `.gitattributes` marks it `merge=union`: when both sides changed the same
  record, both lines survive and import keeps the highest (rev, updated_at, author).

Lessons from beads, which used the same SQLite + JSONL design and dropped it,
are rules here: a record missing from the file is never deleted from the
database (only a tombstone deletes); import always runs before export; an
export that would drop learnings the file has live, without a tombstone, is
refused; no daemon and no file watcher (auto import/export run at the start
and end of commands).
"""

from __future__ import annotations

from collections.abc import Container, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from gcode import sync_delta
from gcode.errors import GcodeError
from gcode.gitattributes import ensure_union_merge as ensure_union_merge
from gcode.records import Learning, short_id
from gcode.team_file import (
    EXPORTED_STATUSES,
    BadLine,
    TeamFile,
    bad_line_messages,
    canonical,
    content_sha,
    parse,
    record_dict,
    redact_record,
    secret_fields,
    version_key,
)

if TYPE_CHECKING:  # pragma: no cover
    from gcode.db import Database
    from gcode.knowledge import KnowledgeBase
    from gcode.workspace import Workspace


# -- import -----------------------------------------------------------------------------------


@dataclass
class ImportReport:
    source: str
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped_compacted: int = 0
    superseded: list[str] = field(default_factory=list)  # younger duplicates, now superseded
    redacted: list[str] = field(default_factory=list)  # records cleaned of a secret on the way in
    purged: int = 0  # tombstones dropped by a compaction recorded in the file
    held: int = 0  # changes to the team's learnings a non-default branch's file tried to make
    dropped: int = 0  # provisional learnings the branch's file no longer has
    bad: list[BadLine] = field(default_factory=list)
    more_bad: int = 0  # bad lines beyond those kept in `bad`
    fatal: str | None = None
    applied: bool = True  # False when --strict (or a fatal problem) stopped everything
    parsed: TeamFile | None = field(default=None, repr=False)  # the file as read
    written: dict[str, Learning] = field(default_factory=dict, repr=False)  # as stored

    @property
    def ok(self) -> bool:
        return not self.bad and self.fatal is None

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.superseded or self.redacted or self.purged
                    or self.dropped)

    @property
    def local_changes(self) -> bool:
        """Import itself changed records (dedupe, redaction): they must be exported again."""
        return bool(self.superseded or self.redacted)

    def summary(self) -> str:
        if not self.applied:
            return f"Nothing imported from {self.source}."
        parts = [f"{self.added} added", f"{self.updated} updated", f"{self.unchanged} unchanged"]
        if self.superseded:
            parts.append(f"{len(self.superseded)} duplicate(s) superseded")
        if self.redacted:
            parts.append(f"{len(self.redacted)} redacted")
        if self.purged or self.skipped_compacted:
            parts.append(f"{self.purged + self.skipped_compacted} old tombstone(s) compacted")
        if self.held:
            parts.append(f"{self.held} change(s) to the team's learnings held back until they "
                         "reach the default branch")
        if self.dropped:
            parts.append(f"{self.dropped} provisional learning(s) dropped")
        return f"Imported {self.source}: {', '.join(parts)}."


def apply(kb: KnowledgeBase, repo_id: str, parsed: TeamFile, source: str,
          strict: bool = False, known: Mapping[str, int] | None = None) -> ImportReport:
    """Merge a parsed team file into the database by id; never deletes a record it lacks.

    For an id in both, the copy with the higher (rev, updated_at, author) wins, so
    a newer tombstone deletes, an older one never reverts a newer edit, and a stale
    file never reverts newer local edits. Records are stored under `repo_id` (the
    file belongs to the repository it is committed in), with their original
    `source`, through the knowledge layer so FTS and the vector index follow.
    `parsed` is consumed: its records are the ones written.

    With `known` ({id: line} of the file's lines already in step with the database, which
    were not parsed), `parsed` holds only the other lines: those count as unchanged, and a
    parsed line with the same version as the database's copy but other content is the
    clash a union merge can leave (neither is used, as when both lines are parsed).
    """
    db = kb.db
    branch = db.branch  # not the default branch: what is new here stays provisional
    report = ImportReport(source=source, bad=list(parsed.bad), more_bad=parsed.more_bad,
                          fatal=parsed.fatal)
    if parsed.fatal is not None or (strict and parsed.bad):
        report.applied = False
        return report
    known_cutoff = db.get_meta(_key("compacted", repo_id)) or ""
    compacted = max(parsed.compacted_before or "", known_cutoff)
    existing = db.get_learnings(list(parsed.records))
    writes: list[Learning] = []
    for rid, incoming in parsed.records.items():
        old = existing.get(rid)
        if old is not None and (old.scope != "team" or old.repo_id != repo_id):
            report.bad.append(BadLine(
                parsed.line_of[rid], f"learning {short_id(rid)} already exists in the database "
                                     f"as a {old.scope} learning of another repository; skipped",
                rid))
            continue
        if known and rid in known and old is not None and \
                version_key(incoming) == version_key(old) and \
                canonical(record_dict(incoming, "")) != canonical(record_dict(old, "")):
            report.bad.append(BadLine(
                parsed.line_of[rid], f"learning {short_id(rid)} is also on line {known[rid]} "
                                     f"with the same rev, updated_at and author but different "
                                     f"content; neither was used", rid))
            continue
        if old is not None and version_key(incoming) <= version_key(old):
            report.unchanged += 1
            continue
        if old is not None and branch and old.branch != branch:
            report.held += 1  # a branch's file may add learnings, not change the team's
            continue
        if old is None and incoming.deleted_at and incoming.deleted_at < compacted:
            report.skipped_compacted += 1  # a tombstone the team has compacted away
            continue
        rec = incoming  # the parsed file is ours to change
        rec.repo_id = repo_id
        rec.origin = "imported"  # a teammate's claim, not evidence this machine produced
        rec.branch = branch
        if old is not None:  # local-only state survives an update from the file
            rec.status = "active" if old.status == "pending" else old.status
            rec.use_count, rec.last_used_at = old.use_count, old.last_used_at
        writes.append(rec)
    if strict and report.bad:
        report.applied = False
        report.unchanged = 0
        return report
    flagged = secret_fields(writes)
    for rec in writes:
        if rec.id in flagged and redact_record(rec):
            kb.touch(rec, "")  # the cleaned copy must win wherever the file travels
            report.redacted.append(rec.id)
    if writes:
        kb.upsert_imported(writes, existing)  # embeds first, then one write transaction
    report.written = {r.id: r for r in writes}
    report.added = sum(1 for r in writes if r.id not in existing)
    report.updated = len(writes) - report.added
    report.unchanged += len(known or ())
    in_file = sync_delta.InFile(parsed.records, known)
    with db.write():
        if branch:  # the branch's file no longer has them: they were never the team's
            gone = {i for i in db.provisional_ids(repo_id, branch) if i not in in_file}
            report.dropped = db.purge_learnings(sorted(gone)) if gone else 0
        else:
            db.confirm_provisional(repo_id, in_file)
        # Lines read before were settled then: only what this import wrote can pair up anew.
        hashes = None if known is None else [r.hash for r in writes]
        report.superseded = _supersede_duplicates(kb, repo_id, in_file, hashes)
        if compacted > known_cutoff or any(r.deleted_at and r.deleted_at < compacted
                                           for r in writes):
            report.purged = _purge_compacted(db, repo_id, compacted)
            db.set_meta(_key("compacted", repo_id), compacted)
    return report


def _supersede_duplicates(kb: KnowledgeBase, repo_id: str, file_ids: Container[str],
                          hashes: Sequence[str] | None = None) -> list[str]:
    """Two live team learnings with the same text (teammates added it on two branches).

    The oldest (created_at, id) stays live; younger copies are superseded by it
    (rev + 1, so the decision travels with the next export). Every clone picks
    the same survivor. Only live records count, so a tombstone never swallows a
    re-created learning; only groups touching the file are resolved, so import
    changes nothing the file does not concern.
    """
    groups: dict[str, list[Learning]] = {}
    if hashes is not None and not hashes:
        return []
    for rec in kb.db.live_duplicates(repo_id, "team", hashes):
        if rec.status != "pending":
            groups.setdefault(rec.hash, []).append(rec)
    superseded: list[str] = []
    for same in groups.values():
        if len(same) < 2 or not any(r.id in file_ids for r in same):
            continue
        same.sort(key=lambda r: (r.created_at, r.id))
        for dup in same[1:]:
            dup.superseded_by = same[0].id
            kb.touch(dup, "")
            kb.db.update_learning(dup)
            superseded.append(dup.id)
    return superseded


def _purge_compacted(db: Database, repo_id: str, before: str) -> int:
    return db.purge_learnings([r.id for r in tombstones_before(db, repo_id, before)])


def _key(kind: str, repo_id: str) -> str:
    return f"team_{kind}:{repo_id}"


# -- workspace-level operations ---------------------------------------------------------------


def team_path(ws: Workspace) -> Path:
    """The team file of the workspace's repository (config `team.file`, relative to the root)."""
    root = ws.require_repo().root
    rel = ws.config.team.file.strip()
    inside = False
    if rel and not Path(rel).is_absolute():
        try:
            resolved = (root / rel).resolve()
        except (OSError, RuntimeError):  # RuntimeError: a link loop, before Python 3.13
            raise GcodeError(f"{rel} is a symbolic link loop; the team file was not used",
                             hint="replace it with a regular file") from None
        inside = resolved != root.resolve() and resolved.is_relative_to(root.resolve())
    if not inside:
        raise GcodeError(f"team.file = {rel!r} must be a file path inside the repository",
                         hint='use a relative path such as ".gcode/learnings.jsonl"')
    return root / rel


def knowledge_for(ws: Workspace) -> KnowledgeBase:
    from gcode.embed import make_embedder
    from gcode.knowledge import KnowledgeBase

    return KnowledgeBase(ws.db, make_embedder(ws.config, ws.capabilities))


def _display(ws: Workspace, path: Path) -> str:
    try:
        return path.resolve().relative_to(ws.require_repo().root.resolve()).as_posix()
    except ValueError:
        return str(path)


def _same_file(a: Path, b: Path) -> bool:
    return a.resolve() == b.resolve()


def import_file(ws: Workspace, path: Path | None = None, strict: bool = False,
                kb: KnowledgeBase | None = None, only_if_changed: bool = False,
                data: bytes | None = None, sha: str | None = None) -> ImportReport | None:
    """Import `path` (the team file by default). None when skipped: unchanged or missing.
    `sha`: the file's hash, when the caller has just computed it.

    The content hash of an imported team file is remembered (and its size and mtime, so
    an unchanged file is not even read), so `only_if_changed` makes the start of every
    command cheap. The team file is read as a stream, and only its lines that are not
    already in step with the database are parsed (sync_delta). The sync fingerprint
    (what the file is known to hold) only moves when nothing else changed the team
    records since the last sync, so an import never hides a local change from the next
    auto-export.
    """
    team = team_path(ws)
    path = path or team
    is_team_file = _same_file(path, team)
    if data is None and not path.is_file():
        if only_if_changed:
            return None
        raise GcodeError(f"no team file at {_display(ws, path)}",
                         hint="create it with `gcode init` or `gcode learn export`")
    repo_id = ws.repo_id
    db = ws.db
    if only_if_changed and is_team_file and data is None and \
            db.get_meta(_key("stat", repo_id)) == sync_delta.stat_key(path):
        return None
    digest = content_sha(data) if data is not None else sha or ""
    if only_if_changed and is_team_file:
        digest = digest or sync_delta.file_sha(path) or ""
        if db.get_meta(_key("import_hash", repo_id)) == digest:
            sync_delta.remember_stat(db, _key("stat", repo_id), path)
            return None
    kb = kb or knowledge_for(ws)
    fp_before = db.team_fingerprint(repo_id)
    synced = db.get_meta(_key("fp", repo_id))
    changes = None
    if is_team_file and data is None:
        was_clean = db.get_meta(_key("clean", repo_id))
        changes = sync_delta.read_changes(
            db, repo_id, path, trust_order=bool(was_clean) and
            was_clean == db.get_meta(_key("import_hash", repo_id)))
        parsed, digest = changes.parsed, digest or changes.sha
        report = apply(kb, repo_id, parsed, _display(ws, path), strict=strict,
                       known=changes.known)
    else:
        if data is None:
            digest = digest or sync_delta.file_sha(path) or ""
        parsed = parse(data.decode("utf-8", errors="replace")) if data is not None \
            else sync_delta.parse_path(path)
        report = apply(kb, repo_id, parsed, _display(ws, path), strict=strict)
    report.parsed = parsed
    if is_team_file and report.applied:
        if changes is not None:
            # What each parsed line's record is now: as written, unless import changed it
            # since (a superseded duplicate) or did not write it (read it back).
            again = set(report.superseded)
            now = {rid: rec for rid, rec in report.written.items() if rid not in again}
            now.update(db.get_learnings([r for r in changes.parsed.line_of if r not in now]))

            def rendered(rid: str) -> str | None:
                rec = now.get(rid)
                return canonical(record_dict(rec, repo_id)) if rec is not None and \
                    sync_delta.exported(rec, repo_id, db.branch) else None

            in_step = sync_delta.settle_import(db, repo_id, changes, rendered)
            # A clean file (sorted, every line in step) can be exported line by line.
            db.set_meta(_key("clean", repo_id), digest if in_step and changes.ordered
                        and report.ok else "")
        db.set_meta(_key("import_hash", repo_id), digest)
        sync_delta.remember_stat(db, _key("stat", repo_id), path)
        if synced is not None and synced == fp_before and not report.local_changes:
            db.set_meta(_key("fp", repo_id), db.team_fingerprint(repo_id))
    return report


@dataclass
class ExportReport:
    path: Path
    written: bool
    live: int
    dead: int
    imported: ImportReport | None = None  # the import that ran first (None: file unchanged)
    bad: list[BadLine] = field(default_factory=list)  # bad lines of the file it replaced
    more_bad: int = 0  # bad lines beyond those kept in `bad`

    def summary(self, shown: str) -> str:
        verb = "Exported" if self.written else "Already up to date:"
        return f"{verb} {shown} ({self.live} learnings, {self.dead} forgotten or superseded)."


def team_records(db: Database, repo_id: str) -> list[Learning]:
    """Every team record of the repository that belongs in the file, tombstones included."""
    return db.list_learnings([repo_id], scopes=["team"], statuses=EXPORTED_STATUSES,
                             include_dead=True)


def export_file(ws: Workspace, output: Path | None = None, force: bool = False,
                kb: KnowledgeBase | None = None) -> ExportReport:
    """Import the team file first, then write the repository's team learnings.

    Refuses (GcodeError, nothing written) when a learning still contains a
    secret; and, unless `force`, when the export would drop learnings the current
    file has live without a tombstone in the database, or overwrite a file of a
    newer format version. A file that already holds exactly what would be written
    is left alone (not even its mtime changes). When the file is the clean, sorted
    file of the last sync, only the lines of changed records are rewritten, merged in
    as it streams by; otherwise it is written in full, streamed from the database.
    """
    repo_id = ws.repo_id
    team = team_path(ws)
    target = output or team
    to_team = _same_file(target, team)
    db = ws.db
    digest = sync_delta.file_sha(team)  # None: no team file yet
    imported = None
    if digest is not None:
        imported = import_file(ws, team, kb=kb, only_if_changed=True, sha=digest)
    compacted = db.get_meta(_key("compacted", repo_id)) or ""
    fingerprint = db.team_fingerprint(repo_id)
    # The file is what the last (checked) export wrote and no team record changed since.
    last = (db.get_meta(_key("export", repo_id)) or "").split("|")
    if to_team and digest and last[:3] == [fingerprint, compacted, digest]:
        live, dead = (int(n) for n in last[3].split(":"))
        return ExportReport(target, False, live, dead, imported, [])
    display = _display(ws, team)
    if to_team and digest and db.team_tracked(repo_id) and \
            db.get_meta(_key("clean", repo_id)) == digest:
        counts = (int(n) for n in last[3].split(":")) if len(last) == 4 and last[2] == digest \
            else db.team_counts(repo_id, EXPORTED_STATUSES)
        live, dead = counts
        done = sync_delta.export_delta(
            db, team, repo_id, compacted, (live, dead), _refuse_secrets,
            lambda dropped: _refuse_dropping(display, dropped, force), digest)
        if done is not None:
            _exported(db, repo_id, fingerprint, compacted, done)
            return ExportReport(target, done.written, done.live, done.dead, imported, [])
    parsed: TeamFile | None = None
    if digest and len(last) == 4 and last[2] == digest:
        # The file is this database's own last export: every id in it is still here (only
        # compacted tombstones are ever deleted), so there is nothing to check it against.
        parsed = TeamFile(compacted_before=last[1] or None)
    if parsed is None:
        parsed = sync_delta.parse_path(team) if digest else TeamFile()
    if parsed.fatal and not force:
        raise GcodeError(f"{display}: {parsed.fatal}; exporting would replace it",
                         hint="upgrade gcode (pip install -U gcode), or use --force")
    compacted = max(compacted, parsed.compacted_before or "")
    done, lines = sync_delta.export_full(
        db, target, repo_id, compacted, _refuse_secrets,
        lambda out_ids: _refuse_shrinking(ws, team, parsed, out_ids, force))
    if to_team:
        with db.write():
            db.update_team_lines(repo_id, (), lines, replace=True)
            db.clear_team_dirty(repo_id)
            db.track_team(repo_id)
            _exported(db, repo_id, fingerprint, compacted, done)
    return ExportReport(target, done.written, done.live, done.dead, imported, parsed.bad,
                        parsed.more_bad)


def _exported(db: Database, repo_id: str, fingerprint: str, compacted: str,
              done: sync_delta.Written) -> None:
    db.set_meta(_key("import_hash", repo_id), done.sha)
    db.set_meta(_key("clean", repo_id), done.sha)
    db.set_meta(_key("fp", repo_id), fingerprint)
    db.set_meta(_key("export", repo_id), f"{fingerprint}|{compacted}|{done.sha}|"
                                         f"{done.live}:{done.dead}")


def _refuse_dropping(display: str, dropped: list[str], force: bool) -> None:
    if dropped and not force:
        _refuse(display, sorted(dropped))


def _refuse_shrinking(ws: Workspace, team: Path, parsed: TeamFile,
                      out_ids: set[str], force: bool) -> None:
    """Never drop a learning the file has live unless the database has its tombstone."""
    missing = sorted((parsed.live_ids | parsed.ids_in_bad_lines()) - out_ids)
    if missing and not force:
        _refuse(_display(ws, team), missing)


def _refuse(display: str, missing: list[str]) -> None:
    shown = ", ".join(short_id(i) for i in missing[:5]) + (" ..." if len(missing) > 5 else "")
    raise GcodeError(
        f"refusing to export: {len(missing)} learning(s) in {display} would be "
        f"dropped without a tombstone ({shown}); learnings are removed by "
        f"`gcode learn forget`, never by leaving them out",
        hint="run `gcode learn import` and fix the lines it reports; --force drops them")


def _refuse_secrets(records: Sequence[Learning]) -> None:
    """Nothing that still holds a secret is exported, --force or not."""
    secrets = secret_fields(records)
    if secrets:
        # the ids come first: after the word "secret", an id reads as the secret itself
        names = "; ".join(f"learning {short_id(rid)} (its {', '.join(fields)})"
                          for rid, fields in list(secrets.items())[:5])
        more = f" and {len(secrets) - 5} more" if len(secrets) > 5 else ""
        raise GcodeError(
            f"refusing to export: {names}{more}: {len(secrets)} learning(s) still holding a "
            "secret",
            hint="forget it with `gcode learn forget ID` and add the text again without the "
                 "secret; nothing was written")


@dataclass
class CompactReport:
    dropped: int
    cutoff: str
    export: ExportReport


def tombstones_before(db: Database, repo_id: str, cutoff: str) -> list[Learning]:
    """Team tombstones of the repository forgotten before `cutoff` (ISO time)."""
    return db.team_tombstones_before(repo_id, cutoff)


def compact_cutoff(older_than_days: float) -> str:
    moment = datetime.now(timezone.utc) - timedelta(days=older_than_days)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def compact(ws: Workspace, older_than_days: float,
            kb: KnowledgeBase | None = None) -> CompactReport:
    """Drop team tombstones forgotten more than `older_than_days` ago, from the DB and the file.

    The cutoff goes into the file's header, so teammates drop the same tombstones
    when they import it. A clone that still has one of those learnings live (it
    never saw the deletion) would bring it back on its next export: compact only
    when the branches that matter are merged and teammates have synced.
    """
    repo_id = ws.repo_id
    team = team_path(ws)
    kb = kb or knowledge_for(ws)
    if team.is_file():  # import before anything else: its tombstones may be due too
        import_file(ws, team, kb=kb, only_if_changed=True)
    cutoff = compact_cutoff(older_than_days)
    db = ws.db
    with db.write():
        dropped = _purge_compacted(db, repo_id, cutoff)
        if cutoff > (db.get_meta(_key("compacted", repo_id)) or ""):
            db.set_meta(_key("compacted", repo_id), cutoff)
    return CompactReport(dropped, cutoff, export_file(ws, kb=kb))


# -- automatic sync at the start and end of sessions -------------------------------------------


def auto_import(ws: Workspace) -> ImportReport | None:
    """At the start of `chat`, `run` and `context`: import the team file if it changed.

    A no-op (None) outside a repository, when `team.auto_import` is off, when there
    is no team file, or when its content hash equals the last import's. Bad lines
    become notices (`ws.notices`); every good record is still imported. Never raises
    a GcodeError about the file (a broken team file must not stop a session).
    """
    if ws.repo is None or not ws.config.team.auto_import:
        return None
    return _import_quietly(ws)


def _import_quietly(ws: Workspace) -> ImportReport | None:
    try:
        team = team_path(ws)
        if not team.is_file():
            return None
        report = import_file(ws, team, only_if_changed=True)
    except GcodeError as exc:
        ws.notices.append(f"team learnings not imported: {exc.one_line()}")
        return None
    if report is not None:
        ws.notices.extend(f"{report.source} {line}"
                          for line in bad_line_messages(report.bad, report.more_bad))
    return report


def shares(ws: Workspace) -> bool:
    """Will team learnings taught here reach the team? Only where the team file exists and
    `team.auto_export` writes it (sharing starts with `gcode init` or `gcode learn export`)."""
    if ws.repo is None or not ws.config.team.auto_export:
        return False
    try:
        return team_path(ws).is_file()
    except GcodeError:
        return False


def auto_export(ws: Workspace) -> bool:
    """At the end of a session: export if the team learnings changed since the last sync.

    Imports first (always, whatever `team.auto_import` says: import before export
    is a safety rule). Writes only when `team.auto_export` is on, in a repository
    that already has the team file (`gcode init` or `gcode learn export` creates
    it: sharing is opt-in), and only when the team records' fingerprint moved
    since the last import or export. A refusal (a secret, a shrink) becomes a
    warning and False, never an exception. True when the file was rewritten.
    """
    if ws.repo is None or not ws.config.team.auto_export:
        return False
    try:
        if not team_path(ws).is_file():
            return False
    except GcodeError as exc:
        ws.notices.append(exc.one_line())
        return False
    _import_quietly(ws)
    try:
        repo_id = ws.repo_id
        if ws.db.get_meta(_key("fp", repo_id)) == ws.db.team_fingerprint(repo_id):
            return False
        return export_file(ws).written
    except GcodeError as exc:
        ws.notices.append(f"team learnings not exported: {exc.one_line()}")
        return False
