"""How this repository works: layout, how to test/build/lint, environments, gotchas.

Three inputs, cheapest first:
1. a deterministic scan of the manifests (no model call), rerun when they change;
   scan facts are recomputed in every clone, so they stay on the machine;
2. observation of the agent's own `run_shell` calls: a test/build/lint command
   that exits 0 becomes (or strengthens) a verified team fact with the command
   and exit code as evidence; one that now fails weakens it; a failure followed
   by a fix becomes a gotcha;
3. the shared extraction call, for what people say ("tests need docker running").

Facts whose files no longer exist are marked stale and leave the context.
"""

from __future__ import annotations

import re
import uuid
from pathlib import Path
from typing import Any

from gcode.records import Learning
from gcode.stat_watch import unchanged
from gcode.store_api import BaseStore, LearningContext
from gcode.turn import Turn

CATEGORIES = {
    "test": re.compile(
        r"(^|[\s;&|(/])(pytest|py\.test|python[\d.]* -m (pytest|unittest)|tox|nox|"
        r"(npm|pnpm|yarn|bun)( run)? test|jest|vitest|mocha|cargo (test|nextest)|go test|"
        r"make (test|tests|check)|mvn( \S+)* (test|verify)|(\./)?gradlew? test|ctest|rspec|"
        r"rake test|phpunit|dotnet test|mix test|manage\.py test)\b"),
    "build": re.compile(
        r"(^|[\s;&|(/])((npm|pnpm|yarn|bun) run build|cargo build|go build|python[\d.]* -m build|"
        r"tsc|mvn( \S+)* (package|install)|(\./)?gradlew? build|dotnet build|make( build| all)?"
        r"(\s|$))"),
    "lint": re.compile(
        r"(^|[\s;&|(/])(ruff( check)?|flake8|pylint|mypy|pyright|eslint|(npm|pnpm|yarn) run "
        r"(lint|typecheck)|cargo clippy|golangci-lint|black --check)\b"),
}
VERBS = {"test": "Run the tests with", "build": "Build with", "lint": "Lint with"}
# Local absolute paths make a command machine-specific: it must not be shared.
_LOCAL_PATH = re.compile(r"(^|[\s=:'\"])(/home/|/Users/|/tmp/|/private/|/var/folders/|~/|"
                         r"[A-Za-z]:\\\\)")


# The file a command rests on: when it disappears, the fact goes stale.
_COMMAND_FILES = (
    (re.compile(r"(^|\s)make\b"), ("Makefile", "makefile", "GNUmakefile")),
    (re.compile(r"(^|\s)(npm|pnpm|yarn|bun)\b"), ("package.json",)),
    (re.compile(r"(^|\s)tox\b"), ("tox.ini",)),
    (re.compile(r"(^|\s)nox\b"), ("noxfile.py",)),
    (re.compile(r"(^|\s)cargo\b"), ("Cargo.toml",)),
    (re.compile(r"(^|\s)go (test|build)\b"), ("go.mod",)),
    (re.compile(r"manage\.py"), ("manage.py",)),
)


def command_paths(root: Path | None, command: str) -> list[str]:
    if root is None:
        return []
    for pattern, files in _COMMAND_FILES:
        if pattern.search(command):
            return [f for f in files if (root / f).is_file()][:1]
    return []


def classify(command: str) -> str | None:
    for category, pattern in CATEGORIES.items():
        if pattern.search(command):
            return category
    return None


def normalize(command: str) -> str:
    return " ".join(command.split())


def last_error_line(output: str) -> str:
    """The most telling line of a failure's output (errors tend to be last)."""
    lines = [ln.strip() for ln in output.splitlines() if ln.strip()]
    for line in reversed(lines):
        if re.search(r"error|failed|not found|no module|cannot|refused|denied", line, re.I):
            return line[:200]
    return lines[-1][:200] if lines else ""


# What the core offers unasked first, as SQL over a record's columns (the database ranks by
# it on an index): this machine's verified run of a command, then a teammate's report of
# one (a line of the team file, which anyone's commit can write; a branch's claim earns
# nothing), then gotchas, other facts, and what the scan read from the manifests; each
# weighed by its confidence.
CORE_SCORE = (
    "(case when json_valid(evidence) and json_extract(evidence, '$.exit_code') = 0 "
    "and source != 'scan' "
    "and branch = '' then (case when origin = 'imported' then 0.8 else 0.9 end) "
    "when kind = 'gotcha' then 0.7 when source = 'scan' then 0.35 else 0.6 end) * confidence")


class ProjectContext(BaseStore):
    name = "project_context"
    title = "This repository"
    scope = "team"
    kinds = ("fact", "gotcha", "test_command", "build_command", "lint_command", "env", "layout")
    extract = ("how to run, build, test or lint this repository, environment requirements "
               "(env vars, services such as docker, tool versions), where code lives, and "
               "gotchas that people state (e.g. 'Tests need docker running.')")
    recall_k = 10

    # -- recall -----------------------------------------------------------------------------

    def recall(self, ctx: LearningContext) -> list[Learning]:
        # The machine has run `refresh` (rescan, stale facts) before its search of the turn.
        hits = ctx.search(ctx.message, [self.name], k=self.recall_k) if ctx.message.strip() \
            else []
        seen = {r.id for r in hits}
        # Ranked by the database (CORE_SCORE, on an index): whole records are read only for
        # those the core may take (issue 16: scoring 500 briefs a turn at 100k learnings).
        ranked = ctx.ranked_briefs(self.name, CORE_SCORE)
        verified = {normalize(str(b.command)) for _, b in ranked
                    if b.source != "scan" and b.exit_code == 0}
        background = [(score, b) for score, b in ranked if b.id not in seen and not (
            # the verified, observed fact says it better
            b.source == "scan" and normalize(str(b.command)) in verified)]
        return hits + ctx.core_records(background)

    def refresh(self, ctx: LearningContext) -> None:
        """Rescan when the manifests changed; mark facts whose files vanished as stale.

        Whether they changed is first asked of the paths the last fingerprint rested on
        (gcode.stat_watch: a few stats); only when one changed is the fingerprint computed,
        and the scan's rules loaded, again."""
        root = ctx.repo_root
        assert root is not None
        key = f"scan_fp:{ctx.repo_id}:{root}"
        kept = ctx.get_state(self.name, key)
        if kept is None or not unchanged(root, ctx.get_state(self.name, key + ":w")):
            from gcode.scan import fingerprint_watch

            fp, watched = fingerprint_watch(root)
            if kept != fp:
                self.apply_scan(ctx)
                ctx.set_state(self.name, key, fp)
            ctx.set_state(self.name, key + ":w", watched)
        ctx.refresh_paths(self.name)

    def apply_scan(self, ctx: LearningContext) -> None:
        """Bring scan facts in line with the manifests: add, update in place, drop.

        A fact's id comes from its repository and key, so `gcode context` in a CI job's
        fresh clone prints the ids this machine's database has, and a fact someone forgot
        stays forgotten (its tombstone holds the id) when the manifests change again."""
        root = ctx.repo_root
        assert root is not None
        from gcode.scan import scan

        facts = {f.key: f for f in scan(root)}
        existing = {r.evidence.get("scan_key"): r
                    for r in ctx.records(self.name, statuses=("active", "stale"))
                    if r.source == "scan"}
        for key, fact in facts.items():
            rec, stable = existing.get(key), scan_id(ctx.repo_id, key)
            if rec is not None and rec.id != stable:  # stored before ids were stable
                ctx.purge(rec)
                rec = None
            if rec is None and ctx.get(stable) is not None:
                continue  # forgotten, rejected or proposed: the person decides, not a rescan
            evidence: dict[str, Any] = {"scan_key": key, "paths": fact.paths}
            if fact.command:
                evidence["command"] = fact.command
            if fact.source:  # where it was read: a file and line, or a CI job
                evidence["source"] = fact.source
            if fact.cwd:
                evidence["cwd"] = fact.cwd
            if rec is None:
                # Keyed facts: never merged with a similar-looking one (`make lint` is not
                # `make format`), so a rescan cannot flip between two candidates.
                ctx.save(self.name, fact.content, kind=fact.kind, scope="machine",
                         evidence=evidence, source="scan", confidence=0.6, consolidate=False,
                         id=stable)
            elif rec.content != fact.content or rec.kind != fact.kind or \
                    {k: rec.evidence.get(k) for k in evidence} != evidence:
                rec.content, rec.kind = fact.content, fact.kind
                rec.evidence = {**rec.evidence, **evidence}
                ctx.update(rec, content_changed=True)
        for old_key, rec in existing.items():
            if old_key not in facts:
                ctx.purge(rec)  # never shared: no tombstone to spread; back if it comes back

    # -- process ----------------------------------------------------------------------------

    def process(self, turn: Turn, ctx: LearningContext) -> None:
        self.observe(turn, ctx)
        super().process(turn, ctx)

    def observe(self, turn: Turn, ctx: LearningContext) -> None:
        """Learn from the agent's own shell commands: verified commands, failures, gotchas."""
        pending: dict[str, dict[str, Any]] = {}  # category -> first failure not yet fixed
        between: list[str] = []  # non-category commands run since that failure
        edited = False
        head = _head(ctx)
        for run in turn.tool_runs:
            if run.changed_paths:
                edited = True
                continue
            if run.command is None or not run.ran or run.sandbox_blocked:
                continue  # a command the sandbox stopped says nothing about the project
            command = normalize(run.command)
            code = run.exit_code
            category = classify(command)
            if category is None or code is None:
                if pending and code == 0:
                    between.append(command)
                continue
            if code == 0:
                self.verified(ctx, category, command, head)
                failure = pending.pop(category, None)
                if failure and not edited:
                    self.gotcha(ctx, failure, command, between)
                between, edited = [], False
            else:
                self.weaken(ctx, command, code)
                pending.setdefault(category, {"command": command, "exit_code": code,
                                              "error": last_error_line(run.output)})
                between, edited = [], False

    def _find(self, ctx: LearningContext, command: str) -> Learning | None:
        for rec in ctx.records(self.name):
            if rec.source != "scan" and normalize(str(rec.evidence.get("command", ""))) == command:
                return rec
        return None

    def verified(self, ctx: LearningContext, category: str, command: str,
                 head: str | None) -> None:
        rec = self._find(ctx, command)
        if rec is None:
            scope = "machine" if _LOCAL_PATH.search(command) else "team"
            ctx.save(self.name, f"{VERBS[category]} `{command}`", kind=f"{category}_command",
                     scope=scope, source="observed", confidence=0.9,
                     evidence={"command": command, "exit_code": 0, "commit": head, "runs": 1,
                               "paths": command_paths(ctx.repo_root, command)})
            return
        confidence = min(0.99, round(max(rec.confidence, 0.5) + 0.05, 3))
        if confidence == rec.confidence and rec.evidence.get("commit") == head \
                and rec.evidence.get("exit_code") == 0 and not rec.origin:
            return  # nothing new: do not churn the team file
        rec.origin = ""  # this machine ran it now: verified here, not only reported
        rec.confidence = confidence
        rec.evidence = {**rec.evidence, "exit_code": 0, "commit": head,
                        "runs": int(rec.evidence.get("runs", 0)) + 1}
        ctx.update(rec)

    def weaken(self, ctx: LearningContext, command: str, code: int) -> None:
        rec = self._find(ctx, command)
        if rec is None:
            return
        rec.confidence = max(0.1, round(rec.confidence - 0.2, 3))
        rec.evidence = {**rec.evidence, "exit_code": code,
                        "failures": int(rec.evidence.get("failures", 0)) + 1}
        ctx.update(rec)

    def gotcha(self, ctx: LearningContext, failure: dict[str, Any], command: str,
               between: list[str]) -> None:
        failed, code, error = failure["command"], failure["exit_code"], failure["error"]
        why = f" ({error})" if error else ""
        if failed != command:
            text = f"`{failed}` fails here (exit {code}){why}; `{command}` works instead."
        elif between:
            steps = " && ".join(f"`{b}`" for b in between[-3:])
            text = f"`{command}` needs {steps} first: without it, it fails with exit {code}{why}."
        else:
            return  # same command passed again with nothing in between: flaky, not a gotcha
        scope = "machine" if _LOCAL_PATH.search(text) else "team"
        ctx.save(self.name, text, kind="gotcha", scope=scope, source="observed", confidence=0.8,
                 evidence={"command": command, "failed_command": failed, "exit_code": code,
                           "fix": between[-3:]})


def scan_id(repo_id: str, key: str) -> str:
    """The stable id of the scan's fact `key` in this repository (the same on every machine
    and every run)."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"gcode-scan:{repo_id}:{key}"))


def _head(ctx: LearningContext) -> str | None:
    if ctx.repo_root is None:
        return None
    from gcode.repo import Repo

    return Repo(ctx.repo_root).head
