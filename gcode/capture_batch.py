"""The parts of batched extraction that need no machine state: what gcode keeps of an
extracted item whatever the model said, and the turns a killed process left unextracted.

gcode/learning.py holds the batch itself (turns wait in memory, one call covers several);
each session's watermark in the database (`sessions.learned_seq`) says up to where its
statements reached extraction, and `sessions.learner` which process owns the rest
(gcode/owner.py), so a turn stated just before a kill -9 is extracted on the next start.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from gcode.capture_guards import holds_secret, is_personal, unfit_learning
from gcode.errors import GcodeError
from gcode.extraction import PendingTurn, turn_statements
from gcode.lifecycle import contradiction_queries, mentions

if TYPE_CHECKING:
    from gcode.capture_probe import Judge
    from gcode.db import Database
    from gcode.knowledge import KnowledgeBase
    from gcode.records import Learning
    from gcode.store_api import LearningStore

RELATED = 8  # related learnings shown to the extraction call
CONTRADICTED = 6  # learnings a statement may contradict, shown apart


def related_learnings(kb: KnowledgeBase, said: str, repo_ids: list[str], user: str,
                      stores: list[str]) -> tuple[list[Learning], list[Learning]]:
    """What the extraction call sees beside the statements: (related learnings it may merge
    or update, learnings a statement may contradict). The second are found by the names a
    statement leaves behind ("we moved from pytest to nox": what names pytest), which a
    search for the whole batch may rank low, so the model can name the id it replaces.
    Without them it still extracts: a failed search is no reason to lose what was said."""
    contradicted: list[Learning] = []
    for name in contradiction_queries(said):
        try:
            hits = kb.search(name, repo_ids, user, k=5, stores=stores)
        except GcodeError:
            continue
        contradicted.extend(r for r in hits if mentions(r.content, name)
                            and all(r.id != c.id for c in contradicted))
    contradicted = contradicted[:CONTRADICTED]
    try:
        related = kb.search(said[:2000], repo_ids, user, k=RELATED, stores=stores)
    except GcodeError:
        related = []
    return [r for r in related if all(r.id != c.id for c in contradicted)], contradicted


def guard(item: dict[str, Any], stores: dict[str, LearningStore], wanting: list[str]
          ) -> dict[str, Any] | None:
    """The item as gcode stores it, or None: nothing about the session, no request or
    question, no credential (by shape or by context), and one person's preference filed as
    that person's private memory, not shared with the team."""
    # One person's preference first goes where it belongs, then is judged as theirs:
    # "Lena wants answers in German" is her memory, not a remark to drop.
    if stores[item["store"]].scope == "team" and is_personal(item["content"]):
        private = next((n for n in wanting if stores[n].scope == "user"), None)
        if private is None:
            return None
        kinds = stores[private].kinds
        item = {**item, "store": private, "supersedes": None,
                "kind": "preference" if "preference" in kinds else kinds[0]}
    if unfit_learning(item["content"], personal=stores[item["store"]].scope == "user") \
            is not None:
        return None
    if holds_secret(item.get("applies_when") or ""):
        item = {**item, "applies_when": ""}
    return item


def abandoned(db: Database, repo_id: str, user: str, ours: set[str], judge: Judge | None = None
              ) -> Iterator[tuple[str, list[tuple[str, PendingTurn]], int]]:
    """(session, [(user text, pending turn)], last seq) for each session here whose owner
    process is gone and whose statements past the watermark never reached extraction; each
    is claimed first, so of two gcodes starting at once only one takes it."""
    from gcode import owner
    from gcode.transcript import CONTROL_KEY

    me = owner.identity()
    for row in db.unlearned_sessions(repo_id, user):
        sid, learner = row["id"], row["learner"] or ""
        if sid in ours or learner == me or owner.alive(learner):
            continue  # a live session keeps its own turns
        if not db.claim_session(sid, me, was=learner):
            continue  # another gcode took it first
        found = []
        for msg in db.messages_after(sid, int(row["learned_seq"] or 0)):
            data = json.loads(msg["data"]) if msg["data"] else {}
            text = msg["content"]
            if CONTROL_KEY in data or not isinstance(text, str):
                continue
            statements = turn_statements([text], judge)
            if statements:
                found.append((text, PendingTurn(sid, int(msg["turn"]), statements, "",
                                                int(msg["seq"]) - 1, int(msg["seq"]))))
        yield sid, found, db.last_seq(sid)
