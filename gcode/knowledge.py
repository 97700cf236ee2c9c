"""Learnings as a searchable body of knowledge: add without duplicates, forget without
loss, and hybrid search (gcode.hybrid: FTS5 BM25 + vector KNN, fused by reciprocal rank).

Stores, the CLI and sync all go through `KnowledgeBase`, so every write is
redacted, deduplicated and indexed the same way.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from gcode.db import Database
from gcode.embed import (
    Embedder,
    EmbeddingError,
    HashingEmbedder,
    is_asymmetric,
    is_automatic,
    is_cheap,
    query_text,
    to_blob,
)
from gcode.errors import GcodeError
from gcode.hybrid import Hit, embedder_family, has_content, hybrid_hits
from gcode.records import FORGOTTEN, Learning, is_kind, now_iso, trigger_of
from gcode.redact import REDACTED, contains_secret, redact, redact_obj
from gcode.tool_names import with_categories

# A record's trigger (or text) as a question people might ask (see embed_records).
TRIGGER_QUESTION = "what should I know about {}"
# How record vectors are made, recorded with the index: 1 the text alone, 2 plus its trigger,
# 3 plus its trigger or text as a question. An index of an older recipe still works (`gcode
# doctor` says `gcode learn reindex` refreshes it).
VECTOR_RECIPE = 3
# A slow embedder (e5: ~25 ms a text, two texts a record) embeds at most this many records
# before a search (~1.5 s, a pull's worth); more wait for the background (fill_vectors).
SLOW_IMPORT_NOW = 32
NEAR_DUPLICATE = {"hashing": 0.9, "openai": 0.95, "e5": 0.96}

@dataclass
class AddResult:
    learning: Learning
    outcome: str  # "added", "duplicate" (evidence added) or "updated" (near-duplicate merged)


class KnowledgeBase:
    def __init__(self, db: Database, embedder: Embedder | None = None) -> None:
        self.db = db
        self.embedder = embedder or HashingEmbedder()
        self._index_checked = False
        # What went wrong without stopping anything (a remote embedder down: the learning
        # is stored without a vector); the caller shows these.
        self.warnings: list[str] = []
        self._warned: set[str] = set()

    # -- index ------------------------------------------------------------------------------

    def index_mismatch(self) -> str | None:
        """A one-line explanation when the vector index was built by another embedder."""
        info = self.db.vec_index_info()
        if info is None:
            return None
        adopt = getattr(self.embedder, "adopt_dim", None)
        if adopt is not None and info[0] == self.embedder.name:
            adopt(info[1])  # a remote model's dimension is the one the index recorded
        if info == (self.embedder.name, self.embedder.dim):
            return None
        return (f"the search index was built with {info[0]} ({info[1]} dims) but the "
                f"configured embedder is {self.embedder.name} ({self.embedder.dim} dims)")

    def ensure_index(self) -> None:
        """Create the vector index on first use; refuse to mix vectors of two embedders (an
        embedder chosen by "auto" starts a new index instead, filled in the background)."""
        if self._index_checked:
            return
        fresh = 0  # records a new index of a slow embedder waits for
        if self.db.vec_index_info() is None:
            # Several processes may start on a new database at once: one builds, under the lock.
            with self.db.write():
                if self.db.vec_index_info() is None:
                    fresh = self._new_index()
        if (problem := self.index_mismatch()) is not None:
            if not is_automatic(self.embedder):
                raise GcodeError(problem, hint="run `gcode learn reindex` to rebuild it")
            with self.db.write():
                if self.index_mismatch() is not None:
                    fresh = self._new_index()
                    if fresh > SLOW_IMPORT_NOW:
                        self.warnings.append(
                            f"the search index is being rebuilt with {self.embedder.name} "
                            f"({fresh} learnings, in the background; `gcode learn "
                            "reindex` does it now)")
        self._index_checked = True
        if 0 < fresh <= SLOW_IMPORT_NOW:
            self.fill_vectors()  # a new index of a few records: no reason to wait for them

    def _new_index(self) -> int:
        """A cheap embedder indexes everything now; a slow one starts an empty index whose
        vectors `fill_vectors` adds (keyword search finds every record meanwhile). Returns
        how many records wait for a vector."""
        if is_cheap(self.embedder):
            self.reindex()
            return 0
        self.db.create_vec_index(self.embedder.name, self.embedder.dim, VECTOR_RECIPE)
        return self.db.count_missing_vectors()

    def reindex(self, progress: Callable[[int, int], None] | None = None) -> int:
        """Rebuild the vector index with the configured embedder; returns rows indexed.

        Embeds outside the write lock (a remote embedder may take minutes), then, under it,
        embeds whatever other processes wrote meanwhile, so no record misses the new index.
        A slow embedder's index is created empty and filled batch by batch (`progress` gets
        done and total), so other processes keep writing meanwhile.
        """
        if not is_cheap(self.embedder):
            self.db.create_vec_index(self.embedder.name, self.embedder.dim, VECTOR_RECIPE)
            self._index_checked = True
            total = self.db.count_missing_vectors()
            self.fill_vectors(progress=lambda done: progress(done, total) if progress else None,
                              strict=True)
            return total

        def texts() -> dict[int, tuple[str, str]]:
            return {rid: (repo, text) for rid, repo, text in self.db.live_learnings_for_index()}

        def embed(wanted: dict[int, tuple[str, str]]) -> dict[int, list[float]]:
            if not wanted:
                return {}
            return dict(zip(wanted, self.embed_records([text for _, text in wanted.values()])))

        first = texts()
        vectors = embed(first)
        with self.db.write():
            current = texts()
            vectors.update(embed({rid: v for rid, v in current.items() if first.get(rid) != v}))
            self.db.create_vec_index(self.embedder.name, self.embedder.dim, VECTOR_RECIPE)
            batch = [(rid, repo, to_blob(vectors[rid])) for rid, (repo, _) in current.items()]
            for start in range(0, len(batch), 1000):
                self.db.insert_vectors(batch[start : start + 1000])
        self._index_checked = True
        return len(batch)

    def fill_vectors(self, limit: int | None = None, batch: int = 16,
                     progress: Callable[[int], None] | None = None, strict: bool = False,
                     keep_going: Callable[[], bool] | None = None) -> int:
        """Embed records the vector index lacks, `batch` at a time (each embedded outside the
        lock, written under it if its text did not change meanwhile), at most `limit`, while
        `keep_going` says so; returns how many still lack one. One call walks the backlog
        once, in row order. An embedder that fails stops it: quietly (the next search says
        it once), or with the error when `strict` (`learn reindex`)."""
        try:
            self.ensure_index()  # a remote embedder is asked its dimension here
        except EmbeddingError:
            if strict:
                raise
            return self.db.count_missing_vectors()
        done, after = 0, 0
        while (limit is None or done < limit) and (keep_going is None or keep_going()):
            todo = self.db.missing_vectors(batch if limit is None else min(batch, limit - done),
                                           after)
            if not todo:
                break
            try:
                vectors = self.embed_records([text for _, text in todo])
            except EmbeddingError:
                if strict:
                    raise
                break
            with self.db.write():  # still missing, still the same text
                now = dict(self.db.missing_vectors(len(todo), after, [rid for rid, _ in todo]))
                self.db.insert_vectors([(rid, "", to_blob(vector)) for (rid, text), vector
                                        in zip(todo, vectors) if now.get(rid) == text])
            done += len(todo)
            after = todo[-1][0]
            if progress is not None:
                progress(done)
        return self.db.count_missing_vectors()

    def _embed(self, texts: Sequence[str], query: bool = False) -> list[list[float]]:
        return self.embedder.embed(texts, query=query)

    def embed_records(self, texts: Sequence[str]) -> list[list[float]]:
        """Vectors of records' index texts. One with an "applies when" trigger gets the
        normalized sum of its whole text's vector and its trigger's alone: diluted in the
        whole text the trigger counted for little. With an embedder that embeds questions
        apart (e5) a record also gets its trigger (or, with none, its text) put as a question
        and embedded as one: questions it answers then land closer than questions nothing
        answers (benchmarks/bench_learning_quality.py measures both)."""
        if not texts:
            return []
        triggers = [trigger_of(text) for text in texts]
        vectors = self._embed([*texts, *(t for t in triggers if t)])
        extra = iter(vectors[len(texts):])
        parts = [[vector, next(extra)] if trigger else [vector]
                 for vector, trigger in zip(vectors, triggers)]
        if is_asymmetric(self.embedder):
            asked = self._embed([TRIGGER_QUESTION.format(trigger or text)
                                 for text, trigger in zip(texts, triggers)], query=True)
            for vecs, question in zip(parts, asked):
                vecs.append(question)
        return [vecs[0] if len(vecs) == 1 else _unit([sum(xs) for xs in zip(*vecs)])
                for vecs in parts]

    @staticmethod
    def _text(rec: Learning) -> str:
        return rec.index_text

    def _vector(self, rec: Learning) -> list[float]:
        return self.embed_records([self._text(rec)])[0]

    # -- writes -----------------------------------------------------------------------------

    @staticmethod
    def _clean(rec: Learning) -> None:
        """Redact before anything is stored or sent to an embedder; refuse empty text."""
        rec.content = redact(rec.content).strip()
        rec.title = redact(rec.title).strip()
        rec.author = redact(rec.author).strip()
        rec.evidence = redact_obj(rec.evidence)
        if not rec.content:
            raise GcodeError("a learning needs some text", hint="say what gcode should remember")
        if REDACTED in rec.content and \
                not any(ch.isalnum() for ch in rec.content.replace(REDACTED, "")):
            # "ghp_..." alone: nothing would be learned but that a secret was here, shared
            raise GcodeError("nothing is left of this learning once its credential is taken out",
                             hint="say what gcode should remember, without the secret")
        if rec.kind and (not is_kind(rec.kind) or contains_secret(rec.kind)):
            # a kind is shown, filtered on and shared as it is: a token typed there would be
            # stored, and the team export would refuse the record for good
            raise GcodeError("a learning's kind is one short word (letters, digits, _ or -), "
                             "never a credential",
                             hint="e.g. fact, gotcha, insight, preference or test_command")

    def add(self, rec: Learning, consolidate: bool = True) -> AddResult:
        """Store `rec` (redacted). Exact duplicates add evidence; near-duplicates update in
        place."""
        self._clean(rec)
        try:
            self.ensure_index()
        except EmbeddingError as exc:
            return self._add_without_vector(rec, exc)
        if (duplicate := self._duplicate(rec)) is not None:  # no embedding needed
            return duplicate
        try:
            vector = self._vector(rec)  # outside the lock: a remote embedder is slow
        except EmbeddingError as exc:
            return self._add_without_vector(rec, exc)
        # Check again and write under one lock: two processes adding the same text store it once.
        with self.db.write():
            if (duplicate := self._duplicate(rec)) is not None:
                return duplicate
            if consolidate:
                near = self._nearest_same_kind(rec, vector)
                if near is not None:
                    previous = near.evidence.get("previous", [])[-4:] + [near.content]
                    near.content, near.title = rec.content, rec.title or near.title
                    near.evidence = {**near.evidence, **rec.evidence, "previous": previous}
                    near.confidence = max(near.confidence, rec.confidence)
                    self.touch(near, rec.author or near.author)
                    self.db.update_learning(near, to_blob(vector), reembed=True)
                    return AddResult(near, "updated")
            self.db.insert_learning(rec, to_blob(vector))
            if consolidate:
                self._retire(rec)
        return AddResult(rec, "added")

    def _retire(self, rec: Learning) -> None:
        """Hide (keep, link) what `rec` replaces: the same purpose said newer, or a thing it
        says was left behind (gcode.lifecycle.supersedes)."""
        if not rec.live or rec.status != "active":
            return
        from gcode.lifecycle import replaceable, superseded  # writes only: ~10 ms of regexes

        kind, names = replaceable(rec)  # most learnings can replace nothing: nothing read
        if kind is None and not names:
            return
        candidates = self.db.replaceable(rec.repo_id, rec.user or None, rec.scope, kind,
                                         sorted(names))
        for old in superseded(rec, candidates):
            self.retire(old, rec)

    def _add_without_vector(self, rec: Learning, exc: EmbeddingError) -> AddResult:
        """The embedder failed: keep the learning (keyword search finds it), say so once."""
        with self.db.write():
            if (duplicate := self._duplicate(rec)) is not None:
                return duplicate
            self.db.insert_learning(rec, None)
        self._warn(exc, "learnings are stored without a search vector until it answers "
                        "again (filled in the background, or by `gcode learn reindex`)")
        return AddResult(rec, "added")

    def _warn(self, exc: EmbeddingError, consequence: str) -> None:
        """One line per embedder failure, however many records and searches it touched."""
        if exc.message not in self._warned:
            self._warned.add(exc.message)
            self.warnings.append(f"{exc.one_line()} ({consequence})")

    def add_many(self, records: Sequence[Learning]) -> list[AddResult]:
        """Bulk add: embedded in one batch, written in one transaction. Exact duplicates are
        confirmed as in `add`; near-duplicates are NOT merged (for imports and benchmarks,
        where every record given is meant to stay)."""
        for rec in records:
            self._clean(rec)
        self.ensure_index()
        vectors = self.embed_records([self._text(rec) for rec in records])
        results = []
        with self.db.write():
            for rec, vector in zip(records, vectors):
                duplicate = self._duplicate(rec)  # also finds one added earlier in this batch
                if duplicate is None:
                    self.db.insert_learning(rec, to_blob(vector))
                results.append(duplicate or AddResult(rec, "added"))
        return results

    def _duplicate(self, rec: Learning) -> AddResult | None:
        """Confirm and return the live record with the same content hash, if there is one."""
        existing = self.db.find_by_hash(rec.repo_id, rec.scope, rec.user, rec.hash)
        if existing is None:
            return None
        with self.db.write():
            existing = self.db.get_learning(existing.id) or existing  # read again under the lock
            self._confirm(existing, rec)
        return AddResult(existing, "duplicate")

    def _confirm(self, existing: Learning, rec: Learning) -> None:
        ev = dict(existing.evidence)
        ev["confirmations"] = int(ev.get("confirmations", 0)) + 1
        who = sorted({*ev.get("confirmed_by", []), rec.author} - {"", existing.author})
        if who:
            ev["confirmed_by"] = who
        for key, value in rec.evidence.items():
            ev.setdefault(key, value)
        existing.evidence = ev
        existing.confidence = round(min(0.99, max(existing.confidence, rec.confidence) + 0.05), 4)
        self.touch(existing, existing.author)
        self.db.update_learning(existing)

    def _nearest_same_kind(self, rec: Learning, vector: list[float]) -> Learning | None:
        """The record `rec` says again: the same store and kind, and either nearly the same
        vector, or a close one with the same words (gcode.lifecycle.same_fact)."""
        from gcode.lifecycle import RELATED, other_purpose, same_fact  # writes only

        family = embedder_family(self.embedder)
        threshold = NEAR_DUPLICATE.get(family, 0.95)
        related = RELATED.get(family, threshold)
        hits = self.db.search_vectors(to_blob(vector), 5, [rec.repo_id], rec.user or None,
                                      stores=[rec.store], scopes=[rec.scope],
                                      statuses=("active", "pending", "stale"))
        for other, similarity in hits:
            if other.kind != rec.kind or other.user != rec.user or other_purpose(rec, other):
                continue  # the slow suite's command is not the fast suite's said again
            if similarity >= threshold or (similarity >= related
                                           and same_fact(rec.content, other.content)):
                return other
        return None

    @staticmethod
    def touch(rec: Learning, author: str) -> None:
        """Mark a change: a higher rev wins when teammates' files are merged."""
        rec.rev += 1
        rec.updated_at = now_iso()
        if author:
            rec.author = author

    def update(self, rec: Learning, author: str = "", content_changed: bool = False) -> None:
        rec.content = redact(rec.content)
        rec.evidence = redact_obj(rec.evidence)
        self.touch(rec, author)
        if content_changed:
            self.ensure_index()  # an import may have left no index yet; never mix embedders
        vector = to_blob(self._vector(rec)) if content_changed and rec.live else None
        self.db.update_learning(rec, vector, reembed=content_changed)

    def forget(self, rec: Learning, author: str = "") -> None:
        """Tombstone: the record stays (so sync can spread the deletion) but is never shown,
        and keeps nothing of what it said: a forgotten secret must not live on in the
        database or the team file (the id stays, and the database keeps the content hash)."""
        rec.deleted_at = now_iso()
        rec.content, rec.title, rec.evidence = FORGOTTEN, "", {}
        self.touch(rec, author)
        self.db.update_learning(rec)
        self.db.scrub_wal()

    def upsert_imported(self, records: Sequence[Learning], existing: dict[str, Learning]) -> None:
        """Store records merged in from the team file as given (gcode/sync.py redacts them).

        Ids are the truth here: no content-hash dedupe, no near-duplicate merge. Vectors are
        computed outside the lock, only for live records whose text changed; a slow
        embedder's are left for later (commands that never search, like `learn show`, never
        pay for them): the next search embeds up to SLOW_IMPORT_NOW first, a session fills
        the rest in the background. While no vector index exists none are computed (the
        first search builds it from every record).
        """

        text = self._text
        changed = {r.id for r in records if r.live and ((old := existing.get(r.id)) is None
                                                         or not old.live or text(old) != text(r))}

        def embed(recs: list[Learning]) -> dict[str, bytes]:
            if not is_cheap(self.embedder):
                return {}
            todo = [r for r in recs if r.id in changed]
            vecs = self.embed_records([text(r) for r in todo])
            return {r.id: to_blob(v) for r, v in zip(todo, vecs)}

        indexed = self.db.vec_index_info() is not None
        if indexed:
            self.ensure_index()  # refuses an index built by another embedder
        blobs = embed(list(records)) if indexed else {}
        with self.db.write():
            if not indexed and self.db.vec_index_info() is not None:
                blobs = embed(list(records))  # another process built the index meanwhile
            for rec in records:
                if rec.id in existing:
                    self.db.update_learning(rec, blobs.get(rec.id), reembed=rec.id in changed)
            self.db.insert_learnings([(rec, blobs.get(rec.id)) for rec in records
                                      if rec.id not in existing])
        if not is_cheap(self.embedder):
            self.db.vectors_behind += len(changed)

    def supersede(self, old: Learning, new: Learning) -> AddResult:
        """A contradiction: `new` replaces `old`, which is kept, linked and hidden."""
        result = self.add(new, consolidate=False)
        if result.learning.id != old.id:
            self.retire(old, result.learning)
        return result

    def retire(self, old: Learning, by: Learning) -> None:
        """`by` (stored) replaces `old`: kept and linked, never shown again (`by`'s author,
        when it has one, becomes the old record's last author: they retired it)."""
        old.superseded_by = by.id
        self.touch(old, by.author)
        self.db.update_learning(old)

    def resolve(self, prefix: str, user: str | None = None) -> Learning:
        """The one record `prefix` names (an id prefix or its short id) that `user` may see."""
        prefix = prefix.strip().lower()
        if len(prefix) < 4:
            raise GcodeError(f"id prefix {prefix!r} is too short",
                             hint="give at least 4 characters of the id (see `gcode learn show`)")
        matches = [r for r in self.db.learnings_by_short_id(prefix)
                   if user is None or r.scope != "user" or r.user == user]
        if not matches:  # an id is 36 characters: a longer "prefix" is shown cut
            shown = prefix if len(prefix) <= 40 else f"{prefix[:40]}… ({len(prefix)} chars)"
            raise GcodeError(f"no learning with id {shown}",
                             hint="see `gcode learn show --all` for ids")
        if len(matches) > 1:
            raise GcodeError(f"id {prefix} is ambiguous: it matches {len(matches)} learnings",
                             hint="give more characters of the id")
        return matches[0]

    # -- search -----------------------------------------------------------------------------

    def search(
        self,
        query: str,
        repo_ids: Sequence[str] | None,
        user: str | None,
        k: int = 10,
        stores: Sequence[str] | None = None,
        scopes: Sequence[str] | None = None,
        statuses: Sequence[str] = ("active",),
    ) -> list[Learning]:
        """Hybrid search, best first; each record's `score` is its fused rank score."""
        return [hit.learning for hit in self.search_hits(query, repo_ids, user, k, stores,
                                                         scopes, statuses)]

    def search_hits(
        self,
        query: str,
        repo_ids: Sequence[str] | None,
        user: str | None,
        k: int = 10,
        stores: Sequence[str] | None = None,
        scopes: Sequence[str] | None = None,
        statuses: Sequence[str] = ("active",),
        min_relevance: float = 0.0,
        relevance_by_rid: dict[int, float] | None = None,
    ) -> list[Hit]:
        """Hybrid search: BM25 and KNN fused by weighted reciprocal rank, best first, each hit
        with the signals that found it and a calibrated relevance (what the context build
        gates on; hits below `min_relevance` are left out unread, their relevance put in
        `relevance_by_rid` with every other candidate's). When a remote embedder fails,
        keywords alone (and a warning). A query with nothing to search for (`has_content`)
        finds nothing."""
        if not has_content(query):
            return []
        try:
            self.ensure_index()
            if 0 < self.db.vectors_behind <= SLOW_IMPORT_NOW:  # a pull's worth, just imported
                self.db.vectors_behind = 0
                self.fill_vectors(limit=SLOW_IMPORT_NOW)
            # a tool the question names is searched with its kind ("datadog": a paid
            # monitoring vendor), which the notes it bears on are written in
            # (of a long message's start: the kinds added after it are kept, the cost bounded)
            asked = with_categories(query_text(query))
            qvec: bytes | None = to_blob(self._embed([asked], query=True)[0])
        except EmbeddingError as exc:
            qvec = None
            self._warn(exc, "search uses keywords only")
        return hybrid_hits(self.db, query, qvec, embedder_family(self.embedder), repo_ids,
                           user, k, stores, scopes, statuses, min_relevance,
                           relevance_by_rid)


def _unit(vector: list[float]) -> list[float]:
    norm = math.sqrt(sum(v * v for v in vector))
    return [v / norm for v in vector] if norm else vector
