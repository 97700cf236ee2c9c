"""The trigger backlog: learnings that have no "applies when" trigger yet get one the next
time a model is at hand, in a bounded batch, never in the user's way.

A trigger (`evidence["applies_when"]`, indexed for keywords and meaning) is what lets a
question that shares no word with a learning find it. The extraction call writes one for
what it extracts; everything else waits here: what a person taught (`learn add`,
`/remember`, MCP save), what a teammate's older gcode exported without one, what was stored
while no model was configured. The extraction call takes a few of them along; at the end of
a session whose learning made fewer requests than it had turns (the <= 1 extra request per
turn budget), one request of its own takes up to MAX_BATCH of them; `gcode learn triggers`
asks for the whole backlog at once (`fill`). A learning the model gave no trigger for is
asked about at most MAX_ATTEMPTS times (counted in the database, so a stubborn one does not
hold the queue). Triggers are redacted like content, a trigger
holding a credential is dropped, and a team learning's trigger reaches the team file with
the session's export (the write changes the team records' fingerprint).

The same request settles what a hand-taught learning replaces ("Paging moved from Opsgenie
to PagerDuty" over "Alerts page through Opsgenie"): gcode offers each one the older
learnings it may contradict (found like the extraction call's), the model names the one it
replaces, and that one is retired; the model can retire nothing gcode did not offer.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from gcode.errors import GcodeError
from gcode.records import Learning

if TYPE_CHECKING:
    from gcode.extraction import JsonModel, TriggerAnswers
    from gcode.db import Database
    from gcode.knowledge import KnowledgeBase

MAX_BATCH = 20  # learnings in a request of its own
MAX_BATCH_CHARS = 6000  # of their text
RIDE_ALONG = 6  # learnings the extraction call takes along (its prompt stays small)
RIDE_ALONG_CHARS = 1500
MAX_ATTEMPTS = 2
ITEM_CHARS = 400  # of one learning's text shown to the model
OFFERED = 3  # older learnings shown under one it may replace
_ASKED = "trigger_backlog.asked"  # kv key: id -> times asked without an answer

SYSTEM = """You index a coding team's knowledge base. For each learning listed, write \
"applies_when": a short phrase (at most 35 words) saying which future tasks or questions it \
bears on, naming topics that may share no word with it and well-known tools or products people \
would name (e.g. for "The team is trying to cut egress costs.": "choosing vendors, observability \
or logging tools like Datadog or Grafana Cloud, CDNs, storage, anything that moves data out of \
the cloud"). If a learning replaces an older one listed under it (a \
newer way, tool, owner or rule for the same thing), give that one's id in "supersedes". \
Never include secrets. Output JSON only: \
{"triggers": [{"id": "<id>", "applies_when": "<phrase>", "supersedes": "<id or null>"}]}"""


def _asked(db: Database) -> dict[str, int]:
    try:
        data = json.loads(db.get_meta(_ASKED) or "{}")
    except ValueError:
        return {}
    return {k: v for k, v in data.items() if isinstance(k, str) and isinstance(v, int)} \
        if isinstance(data, dict) else {}


def pending(db: Database, repo_id: str, user: str, stores: Sequence[str], *, limit: int,
            max_chars: int, skip: set[str] | frozenset[str] = frozenset()) -> list[Learning]:
    """The next learnings to ask a trigger for: at most `limit`, `max_chars` of text."""
    if not stores:
        return []
    asked = _asked(db)
    out: list[Learning] = []
    size = 0
    for rec in db.untriggered_learnings([repo_id, ""] if repo_id else [""], user, stores,
                                        limit=limit * 3 + len(skip) + len(asked)):
        if rec.id in skip or asked.get(rec.id, 0) >= MAX_ATTEMPTS or not rec.live:
            continue
        cost = min(len(rec.content), ITEM_CHARS) + 20
        if out and size + cost > max_chars:
            break
        out.append(rec)
        size += cost
        if len(out) >= limit:
            break
    return out


def offers(kb: KnowledgeBase, recs: Sequence[Learning], user: str
           ) -> dict[str, list[Learning]]:
    """For each learning, the older live ones of its store and scope it may replace: those
    naming what it says was left behind, then its nearest neighbours. A learning still
    provisional (from a pull request's branch) replaces nothing until it is merged."""
    from gcode.capture_batch import related_learnings

    out: dict[str, list[Learning]] = {}
    for rec in recs:
        if rec.branch:
            continue
        related, contradicted = related_learnings(kb, rec.content, [rec.repo_id], user,
                                                  [rec.store])
        older = [o for o in (*contradicted, *related)
                 if o.id != rec.id and o.live and o.status == "active" and o.scope == rec.scope
                 and o.created_at < rec.created_at]
        if older:
            out[rec.id] = list({o.id: o for o in older}.values())[:OFFERED]
    return out


def ask(llm: JsonModel, recs: Sequence[Learning],
        offered: dict[str, list[Learning]] | None = None) -> TriggerAnswers:
    """The request of its own: one call for `recs`, their triggers (and what they replace)."""
    from gcode.extraction import needing_lines, parse_triggers

    lines = ["Learnings that need a trigger:", *needing_lines(recs, offered)]
    data = llm.complete_json([{"role": "system", "content": SYSTEM},
                              {"role": "user", "content": "\n".join(lines)}])
    return parse_triggers(data, recs, offered)


def apply(kb: KnowledgeBase, recs: Sequence[Learning], answers: TriggerAnswers) -> int:
    """Write the triggers given for `recs` (redacted, re-indexed; one holding a credential is
    dropped), retire what they replace, and count a try for the ones left without a trigger;
    returns how many triggers were written. The author stays: a trigger is how gcode finds a
    learning, not a change of what it says."""
    from gcode.capture_guards import holds_secret  # loaded when a model answered

    triggers = answers.triggers
    written = 0
    for rec in recs:
        trigger = triggers.get(rec.id, "")
        if not trigger or holds_secret(trigger):
            continue
        current = kb.db.get_learning(rec.id)  # read again: a teammate's import may have won
        if current is None or not current.live or current.evidence.get("applies_when"):
            continue
        current.evidence["applies_when"] = trigger
        current.evidence.pop("applies_when_pending", None)
        kb.update(current, "", content_changed=True)
        written += 1
    for new_id, old_id in answers.replaced.items():
        new, old = kb.db.get_learning(new_id), kb.db.get_learning(old_id)
        if new is not None and old is not None and new.live and old.live and not new.branch:
            kb.retire(old, new)
    _count_tries(kb.db, [r.id for r in recs if r.id not in triggers or
                         holds_secret(triggers[r.id])])
    return written


def _count_tries(db: Database, ids: list[str]) -> None:
    if not ids:
        return
    asked = _asked(db)
    for rid in ids:
        asked[rid] = asked.get(rid, 0) + 1
    live = db.get_learnings(list(asked))  # forget ids that are gone or have a trigger now
    asked = {k: v for k, v in asked.items()
             if (rec := live.get(k)) is not None and rec.live and not rec.applies_when}
    db.set_meta(_ASKED, json.dumps(asked, sort_keys=True))


class TriggerBacklog:
    """A learning machine's side of the backlog: each learning is asked about once per
    session (whether the extraction call took it along or a request of its own did)."""

    def __init__(self, repo_id: str, user: str) -> None:
        self.repo_id = repo_id
        self.user = user
        self.asked: set[str] = set()
        # What each learning taken may replace (shown to the model under it).
        self.offered: dict[str, list[Learning]] = {}

    def take(self, kb: KnowledgeBase, stores: Sequence[str], ride_along: bool = False,
             most: int = MAX_BATCH) -> list[Learning]:
        """The next batch (a small one for the extraction call to take along), of at most
        `most` learnings."""
        limit, chars = (RIDE_ALONG, RIDE_ALONG_CHARS) if ride_along else \
            (min(most, MAX_BATCH), MAX_BATCH_CHARS)
        recs = pending(kb.db, self.repo_id, self.user, stores, limit=limit, max_chars=chars,
                       skip=self.asked)
        self.asked.update(r.id for r in recs)
        if recs:
            self.offered.update(offers(kb, recs, self.user))
        return recs

    def write(self, kb: KnowledgeBase, recs: Sequence[Learning], answers: TriggerAnswers
              ) -> int:
        return apply(kb, recs, answers) if recs else 0

    def request(self, kb: KnowledgeBase, llm_factory: Callable[[], Any], stores: Sequence[str],
                stats: dict[str, int], errors: list[str]) -> None:
        """One request of its own for the next batch, if there is one (counted in `stats`;
        a failure becomes a line in `errors`, the learnings wait for the next session)."""
        recs = self.take(kb, stores)
        if not recs:
            return
        stats["trigger_calls"] = stats.get("trigger_calls", 0) + 1
        try:
            answers = ask(llm_factory(), recs, self.offered)
        except GcodeError as exc:
            errors.append(f"no 'applies when' triggers written yet: {exc.one_line()}")
            return
        stats["triggers"] = stats.get("triggers", 0) + self.write(kb, recs, answers)


@dataclass
class Filled:
    """What `fill` did: triggers written, learnings asked about, requests made, learnings
    still without a trigger, and the error that stopped it (None: it ran out or hit its
    limit)."""

    written: int = 0
    asked: int = 0
    requests: int = 0
    left: int = 0
    error: str | None = None


def fill(kb: KnowledgeBase, llm: JsonModel, repo_id: str, user: str, stores: Sequence[str],
         limit: int, advance: Callable[[int, int], None] = lambda done, total: None) -> Filled:
    """The backlog now, on request (`gcode learn triggers`): requests of MAX_BATCH until
    `limit` learnings were asked about or none is left (each asked once; one the model gave
    no trigger for twice, over any number of runs, is left out). A request that fails stops
    it, with what was written kept; `advance(done, total)` follows the progress."""
    backlog = TriggerBacklog(repo_id, user)
    repos = [repo_id, ""] if repo_id else [""]
    total = min(limit, kb.db.count_untriggered(repos, user, stores))
    done = Filled()
    advance(0, total)
    while done.asked < limit:
        recs = backlog.take(kb, stores, most=limit - done.asked)
        if not recs:
            break
        done.requests += 1
        try:
            answers = ask(llm, recs, backlog.offered)
        except GcodeError as exc:
            done.error = exc.one_line()
            break
        done.written += backlog.write(kb, recs, answers)
        done.asked += len(recs)
        advance(done.asked, total)
    done.left = kb.db.count_untriggered(repos, user, stores)
    return done
