"""One hybrid search: FTS5 BM25 and vector KNN over the partitions a search may see, fused
by weighted reciprocal rank, each hit with a calibrated relevance (what the context build
gates on). Whole rows are read only for the hits returned; the rest is ranked from the few
columns ranking needs (gcode.db_search.Ranked)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timezone

from gcode.aging import decay, idle_days, weight
from gcode.db import Database
from gcode.db_search import Ranked, check_step
from gcode.embed import STOPWORDS, Embedder, query_text
from gcode.records import Learning
from gcode.tool_names import with_categories

# Reciprocal-rank fusion's k: a hit at rank r (0-based) of one half scores w / (RRF_K + r + 1).
# TREC's 60 suits fusing many runs of one kind; here there are two halves that fail
# differently (keywords match a shared word, vectors a shared topic), and what each is surest
# of must count: with 60, rank 1 is worth barely more than rank 10 of the other half, and an
# answer only the vector half finds (a question that shares no word with it) sinks below a
# word match. Measured on both corpora (bench_learning_quality.py): recall@5 with e5 0.84 ->
# 0.86 and 0.87 -> 0.89 (implied 0.47 -> 0.53, 0.41 -> 0.48); hashing unchanged.
RRF_K = 0
# A vector neighbour below this cosine similarity is noise, not a match. (e5 packs everything
# into 0.75-0.95: the best neighbour of a question nothing bears on is ~0.84 at the median,
# a paraphrase's answer ~0.87; bench_learning_quality.py measures both.)
MIN_SIMILARITY = {"hashing": 0.12, "openai": 0.3, "e5": 0.83}
# At this similarity a neighbour surely bears on the query (relevance 1.0 on the meaning side).
SURE_SIMILARITY = {"hashing": 0.45, "openai": 0.6, "e5": 0.895}
# How much a vector rank counts beside a keyword rank: the hashing embedder knows words, not
# meanings, so its neighbours mostly repeat what the keywords found, with more noise.
VECTOR_WEIGHT = {"hashing": 0.6, "openai": 1.0, "e5": 1.0}
# How much lower a question in another language than the learnings' (English, as extraction
# writes them) meets its answer: e5 is multilingual, and across languages it still ranks the
# answer first, but 0.05-0.1 less similar, often under its floor. Measured with corpus B's
# questions in German, French and Spanish (bench_learning_quality.py --questions
# team_corpus_b/questions_translated.jsonl): recall@5 0.83 -> 0.90 and reach 79% -> 85%,
# about what the same questions get in English (0.88, 88%); 0.06 doubled the tokens
# injected for questions nothing bears on.
CROSS_LINGUAL_SHIFT = {"e5": 0.03}
# The BM25 score at which the keyword side's relevance is one half. Beside e5, a learning
# that shares one rare word with a question nothing bears on scores BM25 ~5-6 (~13 for an
# answer): e5 tells those apart better, so its keyword side counts for less (with e5's
# relevance scale above, measured on three corpora written apart, corpus C never tuned on
# before: tokens for questions nothing bears on 285/376/393 -> 260/355/380, the relevant
# learning in the prompt 91.4/83.1/85.5% -> 91.3/86.6/85.5%). The hashing embedder knows
# words, not meanings: its keyword side keeps the weight.
KEYWORD_HALF = {"e5": 20.0}
DEFAULT_KEYWORD_HALF = 8.0
# The relevance of a hit only one half found, when both searched: of hits at 0.4 or more
# found by one half, 3-4% answered the question, against 19-27% of those both found
# (bench_learning_quality.py, both corpora, e5); what the discount saves in tokens pays for
# a deeper first few (gcode.injection.FIRST_FEW).
ONE_HALF_ONLY = 0.6
# How much nearer a record with no "applies when" trigger yet (added by hand with no model
# since, imported from a team file written without them) is taken to be: it is found by its
# text alone, which is written as a fact, not as the situations it bears on, so its answers
# meet their questions less similar than a trigger does. Measured with the triggers left
# out (bench_learning_quality.py --no-triggers, e5), corpora A/B/C/D: the relevant learning
# in the prompt 84.2/80.3/83.9/80.2% -> 87.3/84.8/87.5/84.1%, the learnings' tokens for
# questions nothing bears on 86/146/166/193 -> 126/251/251/275. With the triggers in, only
# the personal memories (which have none) move: B's reach 95.5 -> 95.9%, the rest unchanged.
# The hashing embedder gains nothing from it.
UNTRIGGERED_LIFT = {"e5": 0.015}

_WORD = re.compile(r"\w+", re.UNICODE)
_FTS_STOP = frozenset(
    "a an the and or but of to in on at by for with from is are was were be been do does did "
    "i we you it this that these those there what which who how why when where can could should "
    "would will any some my our your me us please".split()
)
_CHATTER = _FTS_STOP | STOPWORDS


def has_content(text: str) -> bool:
    """Whether a query names anything to search for: a word that is not a common one ("ok",
    "thanks!", "why?" and "🙂" do not). A model embedder puts such a message near every
    short learning (e5: "why?" and "🙂🙂🙂" at 0.85, above its floor), so it would be handed
    whatever is shortest, not what bears on it. One letter of a script without spaces
    between words (Chinese, Japanese) can be a word."""
    return any(w not in _CHATTER and (len(w) > 1 or not w.isascii())
               for w in _WORD.findall(text.lower()))


# Words that are not English and are common in questions in German, French, Spanish,
# Portuguese and Italian (none of them an English word: "was", "die", "come" are left out).
_OTHER_LANGUAGE = frozenset("""
der das und ist nicht ich wie wir ein eine mit für auf warum wo wer welche kann muss wann
wird werden wurde haben
sollte gibt noch schon auch oder aber wenn dann bitte unsere unser den dem des zu vom zum
beim sind habe mein meine jeder jede alle
de en que se la le un mi
le les est et une des pour dans pas je comment quoi nous vous est-ce quel quelle où qui
sur avec mais ou si très peut faut notre nos du au aux ce cette sont mon ma mes
el los las es y una para por cómo qué yo nosotros dónde quién cuál puedo hay pero del
al muy tengo nuestro nuestra está
os é um uma com não eu nós onde quem qual posso tem mas também nosso nossa está
il lo gli è una con non io perché dove chi quale posso ci ma anche nostro nostra di del della
che sono
""".split())
# Cyrillic, Hebrew and Arabic, the Indic scripts, kana, CJK ideographs, Hangul: as code-point
# ranges, not a character class (that one regex took ~5 ms to compile at every start).
_OTHER_SCRIPT = ((0x0400, 0x04FF), (0x0590, 0x06FF), (0x0900, 0x0DFF), (0x3040, 0x30FF),
                 (0x3400, 0x9FFF), (0xAC00, 0xD7AF))
_ENGLISH = frozenset("the is are and to of in for how what do does i we you it this that with "
                     "on can should why where who which my our".split())


def _other_script(letter: str) -> bool:
    point = ord(letter)
    return any(low <= point <= high for low, high in _OTHER_SCRIPT)


def other_language(text: str) -> bool:
    """Whether a question is written in another language than English: words of another
    script, or more common words of another language than of English (two at least)."""
    letters = [ch for ch in text if ch.isalpha()]
    if letters and sum(_other_script(ch) for ch in letters) * 2 > len(letters):
        return True
    words = _WORD.findall(text.lower())
    other = sum(w in _OTHER_LANGUAGE for w in words)
    return other >= 2 and other > sum(w in _ENGLISH for w in words)


def fts_query(text: str) -> str:
    """A forgiving FTS5 query: every meaningful word, quoted (no syntax errors), OR-ed,
    then a few other spellings of what was said: a phrasal verb as its compound and back
    (`compounds`), shorthand spelled out and back (`spelled_otherwise`)."""
    said = _WORD.findall(text.lower())
    words = [w for w in said if w not in _FTS_STOP and len(w) > 1]
    unique = list(dict.fromkeys(words))[:32]
    extra = [*compounds(said), *spelled_otherwise(said)]
    return " OR ".join([f'"{w}"' for w in unique] +
                       [f'"{c}"' for c in dict.fromkeys(extra) if c not in unique][:8])


# Developers' shorthand and what it stands for: a learning says "prod db" where a question
# says "production database", or "end to end" where it says "e2e". Searched each way round.
_SHORTHAND: dict[str, tuple[str, ...]] = {
    "prod": ("production",), "stg": ("staging",), "repo": ("repository",),
    "env": ("environment",), "envs": ("environments",), "deps": ("dependencies",),
    "dep": ("dependency",), "db": ("database",), "dbs": ("databases",),
    "perf": ("performance",), "infra": ("infrastructure",), "docs": ("documentation",),
    "config": ("configuration",), "cfg": ("configuration",), "k8s": ("kubernetes",),
    "e2e": ("end to end",), "a11y": ("accessibility",),
    "i18n": ("internationalization", "internationalisation"),
    "l10n": ("localization", "localisation"), "o11y": ("observability",),
    "otel": ("opentelemetry",), "auth": ("authentication", "authorization"),
    "authn": ("authentication",), "authz": ("authorization",), "pr": ("pull request",),
    "prs": ("pull requests",), "mr": ("merge request",), "js": ("javascript",),
    "ts": ("typescript",), "py": ("python",), "pg": ("postgres", "postgresql"),
    "tf": ("terraform",), "gh": ("github",), "msg": ("message",), "req": ("request",),
    "impl": ("implementation",), "dir": ("directory",), "pkg": ("package",),
    "lib": ("library",), "admin": ("administrator",), "svc": ("service",),
    "async": ("asynchronous",), "dev": ("development",), "vm": ("virtual machine",),
    "mem": ("memory",), "txn": ("transaction",), "vuln": ("vulnerability",),
    "cert": ("certificate",), "certs": ("certificates",), "creds": ("credentials",),
    "pwd": ("password",), "tmp": ("temporary",), "img": ("image",), "btn": ("button",),
    "nav": ("navigation",), "lb": ("load balancer",), "mfa": ("multi factor",),
    "2fa": ("two factor",), "ci": ("continuous integration",),
}
_SHORT_OF = {long: short for short, longs in _SHORTHAND.items() for long in longs}


def spelled_otherwise(said: Sequence[str]) -> list[str]:
    """The words `said` (in order) in shorthand or spelled out, each a term or a phrase of
    the keyword query: "e2e" -> "end to end", "production" -> "prod"."""
    out: list[str] = []
    for word in said:
        out.extend(_SHORTHAND.get(word, ()))
        if word in _SHORT_OF:
            out.append(_SHORT_OF[word])
    joined = f" {' '.join(said)} "
    out.extend(short for long, short in _SHORT_OF.items()
               if " " in long and f" {long} " in joined)
    return out


# Particles that make a phrasal verb whose noun is written as one word: "roll out" and a
# "rollout", "cut off" and "cut-offs" (which FTS5's tokenizer reads as "cut" "offs").
_PARTICLES = ("out", "up", "off", "down", "back", "over", "in")
# ... "in" only after these ("log in", "plugin"; not "errors in prod", "margin")
_IN_AFTER = frozenset({"log", "sign", "plug", "check", "opt", "built", "add"})


def compounds(said: Sequence[str]) -> list[str]:
    """The other spelling of each phrasal verb or compound among words `said` in order: "roll
    out" -> "rollout", "cutoff" -> the phrase "cut off" (found in "cut-offs": Porter stems
    both). A learning writes the noun ("gradual rollouts", "risk score cut-offs") where a
    question says the verb ("roll out the redesign", "the block cutoff")."""
    out: list[str] = []
    for i, word in enumerate(said):
        before = said[i - 1] if i else ""
        if word in _PARTICLES and len(before) > 2 and before not in _CHATTER and (
                word != "in" or before in _IN_AFTER):
            out.append(before + word)
        for particle in _PARTICLES:
            stem = word[: -len(particle)]
            if word.endswith(particle) and len(stem) > 2 and stem not in _CHATTER and (
                    particle != "in" or stem in _IN_AFTER):
                out.append(f"{stem} {particle}")
    return list(dict.fromkeys(out))


def embedder_family(embedder: Embedder) -> str:
    """The embedder's family (hashing, e5, openai): what the constants above are kept by."""
    return embedder.name.split(":", 1)[0].split("-", 1)[0]


@dataclass
class Hit:
    """One search result and why it was found: its fused rank score (ordering), its cosine
    similarity and BM25 score (None: that half did not find it), and a relevance in [0, 1]."""

    learning: Learning
    fused: float
    similarity: float | None = None
    keyword: float | None = None
    relevance: float = 0.0


def hybrid_hits(db: Database, query: str, qvec: bytes | None, family: str,
                repo_ids: Sequence[str] | None, user: str | None, k: int,
                stores: Sequence[str] | None, scopes: Sequence[str] | None,
                statuses: Sequence[str], min_relevance: float = 0.0,
                relevance_by_rid: dict[int, float] | None = None) -> list[Hit]:
    """The k best hits for `query` (embedded as `qvec` by an embedder of `family`; None:
    keywords alone), best first, of those at least `min_relevance` relevant.
    `relevance_by_rid` gets the relevance of every candidate, those left out included."""
    # Each half's depth: what fusion needs to rank the top k. 40 for the context build's 30
    # ranks the same as 60 did on both corpora (bench_learning_quality.py: recall@5, reach
    # and tokens unchanged), and reads a third fewer candidates.
    pool = max(k + 10, 40)
    # Ranked by what ranking needs of a record; whole rows only for the k returned.
    found: dict[int, _Found] = {}
    occupied = db.occupied(repo_ids, user)  # partitions with rows: both halves'
    # Both halves' candidates are checked against the filter in one statement: the
    # vector half's first KNN runs first, the keyword half's check reads its nearest too.
    visible = db.visible(repo_ids, user, stores, scopes, statuses)
    knn = None
    if qvec is not None and db.has_vec_table():
        knn = db.vector_knn(qvec, pool, repo_ids, user, stores, scopes, occupied)
        visible.expect([rid for _, rid in knn.nearest()[: check_step(pool)]])
    # a named tool's kind too (gcode.tool_names), of the part of a long message embedded
    match = fts_query(with_categories(query_text(query)))
    if match:
        ranked_words = db.keyword_ranked(match, pool, repo_ids, user, stores, scopes, statuses,
                                         occupied, visible)
        for rank, (rec, bm25) in zip(_tied_ranks([b for _, b in ranked_words]), ranked_words):
            found[rec.rid] = _Found(rec, 1.0 / (RRF_K + rank + 1), keyword=bm25)
    shift = CROSS_LINGUAL_SHIFT.get(family, 0.0)  # the question told apart only if it counts
    if shift and not other_language(query):
        shift = 0.0
    floor = MIN_SIMILARITY.get(family, 0.2) - shift
    vector_weight = VECTOR_WEIGHT.get(family, 1.0)
    near = db.vector_ranked(qvec, pool, repo_ids, user, stores, scopes, statuses,
                                 occupied, visible, knn) if qvec is not None else []
    untriggered = UNTRIGGERED_LIFT.get(family, 0.0)
    for rank, (rec, sim) in zip(_tied_ranks([s for _, s in near]), near):
        if sim + untriggered < floor:
            break  # nearest first: nothing further on is near enough
        if sim + (0.0 if rec.triggered else untriggered) < floor:
            continue
        hit = found.setdefault(rec.rid, _Found(rec, 0.0))
        hit.fused += vector_weight / (RRF_K + rank + 1)
        hit.similarity = sim
    now = datetime.now(timezone.utc)
    high = SURE_SIMILARITY.get(family, floor + shift + 0.3) - shift
    half = KEYWORD_HALF.get(family, DEFAULT_KEYWORD_HALF)
    for hit in found.values():
        idle = idle_days(hit.rec, now)  # parsed once: every candidate, every turn
        hit.fused *= weight(hit.rec, idle)
        lift = 0.0 if hit.rec.triggered else untriggered
        meaning = 0.0 if hit.similarity is None else \
            min(1.0, max(0.0, (hit.similarity + lift - floor) / (high - floor)))
        words = 0.0 if hit.keyword is None else hit.keyword / (hit.keyword + half)
        hit.relevance = max(meaning, words) * decay(hit.rec, idle)
        if near and (hit.keyword is None or hit.similarity is None):
            hit.relevance *= ONE_HALF_ONLY
    if relevance_by_rid is not None:
        relevance_by_rid.update((rid, hit.relevance) for rid, hit in found.items())
    ranked = sorted((h for h in found.values() if h.relevance >= min_relevance),
                    key=lambda h: h.fused, reverse=True)[:k]
    rows = db.rows_by_rid([h.rec.rid for h in ranked])
    hits = []
    for hit in ranked:
        learning = rows[hit.rec.rid]
        learning.score = hit.fused
        hits.append(Hit(learning, hit.fused, hit.similarity, hit.keyword, hit.relevance))
    return hits


def _tied_ranks(scores: Sequence[float]) -> list[int]:
    """0-based ranks of `scores` (best first), equal scores sharing one: two records of the
    same text are as good a match, and their weight (confidence, recency) orders them."""
    ranks: list[int] = []
    for i, score in enumerate(scores):
        ranks.append(ranks[-1] if i and abs(score - scores[i - 1]) < 1e-9 else i)
    return ranks


@dataclass
class _Found:
    """A candidate of a search before its record is read: what ranks it."""

    rec: Ranked
    fused: float
    similarity: float | None = None
    keyword: float | None = None
    relevance: float = 0.0
