"""What in a user's message could be a durable learning.

No cue words: a plain statement ("Integration tests need docker running.", "Use pnpm, not
npm.", a sentence in German) is a candidate; the model decides what is durable. What is
left out is what cannot teach anything later, recognised by the form of English chat, not
by topic words: a question, an acknowledgement or reaction, a request to the assistant
(an imperative, "can you", "let's"), a remark about this session ("for now", "this
function", "it still fails", "the reviewer wants ..."), hedged opinions and fragments.
An imperative is kept when it is phrased as a standing rule ("Always ...", "Never ...",
"Use X, not Y", "... instead of ...") and says nothing about the moment.

The same forms guard what the model returns (gcode.capture_guards), so a literal-minded
model that echoes a request back cannot make it a team learning.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from gcode.capture_asks import ABOUT_NOW as _ABOUT_NOW
from gcode.capture_asks import ASKS_NOW as _ASKS_NOW
from gcode.capture_asks import GUESS_OPENS as _GUESS_OPENS
from gcode.capture_asks import ONE_THING_NOW as _ONE_THING_NOW
from gcode.capture_asks import QUESTION as _QUESTION
from gcode.capture_asks import QUESTION_OPENING as _QUESTION_OPENING
from gcode.capture_guards import HEDGE as _HEDGE
from gcode.capture_guards import ONLY_ACK as _ONLY_ACK
from gcode.capture_lang import foreign_chatter
from gcode.capture_moment import (
    BUG_REPORT,
    CONDITION,
    HORIZON,
    MOMENT,
    POINTING,
    RECURS,
    STANDING,
    RULE_HEADING,
    STANDING_ORDER,
    WHEN_I_ASK,
    STATE_NOW,
    dated,
    first_clause,
    of_the_moment,
    points,
)
from gcode.capture_openers import LEADING, REPORTED, unwrapped
from gcode.capture_reactions import MUSING as _MUSING
from gcode.capture_reactions import REACTION as _REACTION
from gcode.capture_reactions import REACTION_TAIL as _REACTION_TAIL
from gcode.capture_reactions import SARCASM as _SARCASM
from gcode.capture_reactions import SMALL_TALK as _SMALL_TALK
from gcode.capture_reactions import THANKS as _THANKS
from gcode.capture_reactions import VENTS as _VENTS
from gcode.capture_rules import EVERY_TIME as _EVERY_TIME
from gcode.capture_rules import KEEP_ON as _KEEP_ON
from gcode.capture_rules import KEEP_STATE as _KEEP_STATE
from gcode.capture_rules import KEEP_TAIL as _KEEP_TAIL
from gcode.capture_rules import KEEP_THAT as _KEEP_THAT
from gcode.capture_rules import LASTS as _LASTS
from gcode.capture_rules import LESSON as _LESSON
from gcode.capture_rules import NOW_ASKED as _NOW_ASKED
from gcode.capture_rules import ROUTING as _ROUTING
from gcode.capture_rules import STYLE as _STYLE
from gcode.capture_rules import TERSE_ORDER as _TERSE_ORDER
from gcode.capture_rules import WHEN_IT_APPLIES as _WHEN_IT_APPLIES
from gcode.capture_rules import WHO_TO_ASK as _WHO_TO_ASK
from gcode.capture_rules import YOU_DID as _YOU_DID
from gcode.capture_rules import RULE as _RULE
from gcode.capture_text import has_paste, is_output, looks_like_code_or_log, sentences, words
from gcode.capture_words import NOT_A_SUBJECT as _NOT_A_SUBJECT
from gcode.capture_words import VERBS as _VERBS
from gcode.redact import redact

MAX_CANDIDATE_CHARS = 400
MAX_CANDIDATES = 8  # sentences per message: a pasted document is material, not statements


_ONLY_CODE = re.compile(r"`[^`]+`[.!]?")  # a line of code quoted inline, nothing said about it

_REQUEST = re.compile(
    rf"^(?:(?:please|pls|plz|just|now|then|first|next|quickly)[\s,]+)*(?:"
    rf"(?:{_VERBS})\b(?!-){_NOT_A_SUBJECT}"
    r"|pretty\s+print|(?:can|could|would|will|won't|wouldn't)\s+(?:you|u)\b|let'?s\b|let\s+us\b|"
    r"let\s+me\b|lemme\b|i\s+(?:want|need|would\s+like|'d\s+like)\s+you\s+to\b|"
    r"(?:don'?t|do\s+not|never)\s+(?:" + _VERBS + r"|touch|worry|bother|forget)\b"
    r"|use\b|do\s+(?:it|the|that|this|same)\b)",
    re.IGNORECASE)
_PLEASE = re.compile(r"(?<![\w-])(?:please|pls|plz)(?![\w-])", re.IGNORECASE)  # not release-please

# A way of working asked as a question: "Could you always give me the full command?"
_STANDING_ASK = re.compile(r"^(?:(?:sorry|please|pls|also|and|oh)[\s,]+)*(?:could|can|would|"
                           r"will)\s+(?:you|u)\s+(?:please\s+)?(?:always|never|from\s+now\s+on|"
                           r"going\s+forward|in\s+future)\b", re.IGNORECASE)
_THAT_ONE = re.compile(r"\b(?:that|this|these|those)\s+(?:one|ones|two|three)\b", re.IGNORECASE)

# A sentence cut where something pasted followed: "bullet is complaining:", "I'd rather
# have it as" (a code block came next).
_DANGLING = re.compile(r"(?::|\b(?:as|like|with|(?<!whether\s)(?<!how\s)(?<!not\s)to|the|a|an|of|"
                       r"for|is|are|be|from|into|by))\s*$",
                       re.IGNORECASE)

# Openings that tie a sentence to the moment or to someone's wish of the moment.
# "Only admins may delete projects": who may do what, a rule (after "only").
_ONLY_WHO_MAY = (r"(?!\s+(?:the\s+|a\s+|an\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:can|may|must|should|"
                 r"is\s+allowed|are\s+allowed|gets?|has|have)\b)")
_DEICTIC_START = re.compile(
    rf"^(?:it|it's|its|that|that's|thats|this(?!\s+{HORIZON})|this's|these|those|"
    r"there's(?!\s+a\s+known\b)|"
    r"theres|heres|here|happens|happened|fails|failed|crashes|crashed|breaks|broke|dies|died|"
    r"hangs|hung|"
    r"here's|he|she|they|now|he's|she's|they're|what|same|also|and|or|but|plus|just|"
    # "only fails on CI" (what is on screen), not "only the release captain can tag
    # versions" (who may: a rule)
    rf"only{_ONLY_WHO_MAY}|"
    r"then|so|because|not|no\s+need|nothing|everything|one\s+more)\b|^next\s*:"
    r"|^the\s+(?:test|tests|build|job|dag|mock|model|query|page|function|method|file|error|"
    r"bug|fix|import|run|pipeline|script|migration|endpoint|request|response|snapshot|chart|"
    r"button|card|modal|layout|code|output|log|logs|result|results|check|class|component|"
    r"table|column|field|variable|loop|regex|hook|docstring|comment|message|command|"
    r"server|service|app|deployment|deploy|release|cluster|pod|container|image|link|"
    r"commit|merge|conflict|lint|linter|typo|issue|problem|thing|one|approach|idea|plan|"
    r"option|version|value|number|name|spec|doc|docs|readme|config)\s+(?:is|isn't|was|"
    r"wasn't|does|doesn't|did|didn't|has|hasn't|had|can't|won't|looks|seems|keeps|still|"
    r"passes|fails|failed|works|worked|broke|breaks|timed|returns|returned|says|said|"
    r"should|needs|now|also|just)\b"
    # what the assistant just did: "you changed the wrong function", "wrong module, ..."
    r"|^your\s+[\w-]+(?:\s+[\w-]+)?\s+(?:misses|missed|is|isn't|was|wasn't|breaks|broke|fails|"
    r"failed|doesn't|didn't|has|hasn't|skips|skipped|returns|returned|ignores|ignored|drops|"
    r"dropped|still|also|looks|seems|works|worked|won't|can't|only)\b"
    r"|^you\s+(?:\w+ed|broke|forgot|made|wrote|put|left|took|ran|did|didn'?t|lost|undid|"
    r"got|gave|kept|cut|hit|read|set|threw)\b|^wrong\b|^not\s+(?:that|this|those)\b"
    # "you're overcomplicating it"; not "you're expected to run make fmt first"
    r"|^you(?:'re|\s+are)\s+(?!expected|supposed|required|allowed|not\s+allowed|welcome|"
    r"free|responsible)"
    # the incident at hand: "the segfault is in ...", "the crash only happens when ..."
    r"|^the\s+(?:(?:gpu|cpu|editor|game|server|client|render|build|startup|load|boot|"
    r"frame|memory|native|js|ui)\s+)?(?:crash|segfault|(?:memory\s+)?leak|regression|deadlock|"
    r"panic|slowdown|hitch|stall|freeze|tdr|"
    r"(?:consumer\s+|replication\s+)?lag|oom|[45]\d\ds|timeouts|errors|evictions|restarts|"
    r"alert|page|backlog|dip|drop|"
    r"(?:latency\s+|cpu\s+|memory\s+)?spike|culprit|race(?:\s+condition)?|hang|outage|"
    r"(?:failing|broken|offending|crashing)\s+[\w-]+)\s+(?:is|was|only|happens|happened|"
    r"occurs|come|comes|came|appears|appeared|started|starts|must|might|could|seems|looks|goes|"
    r"went)\b"
    # what the assistant gave: "the fix you proposed works for ..."
    r"|^the\s+[\w-]+(?:\s+[\w-]+)?\s+you\s+(?:just\s+)?(?:proposed|suggested|wrote|added|"
    r"made|gave|generated|changed|did|sent)\b"
    r"|^[\"'“]",  # a quoted string opening a correction: '"recieve" should be "receive"'
    re.IGNORECASE)


# The speaker about themselves: only a standing preference or habit is worth keeping.
# (not Italian's plural article: "I test di integrazione richiedono Docker")
_FIRST_PERSON = re.compile(r"^(?:i(?!\s+\w+\s+(?:di|del|della|dello|dei|delle|degli|per|che|con|"
                           r"sono|vanno|devono|richiedono|usano|girano|passano|falliscono)\b)|"
                           r"i'm|im|i've|i'd|i'll|me|my|myself)\b", re.IGNORECASE)
_PREFERENCE = re.compile(
    r"^(?:i\s+(?:(?:really\s+|strongly\s+)?(?:prefer|like|love|hate|dislike|want(?!\s+you)|"
    r"use|(?:mostly\s+|mainly\s+|usually\s+)?work\s+(?:in|with|on\s+a)|always|never|"
    r"usually|tend\s+to|don'?t\s+(?:like|use|want)|(?:don'?t|dont|do\s+not)\s+need\s+"
    r"(?:[\w-]+\s+){1,4}explained)"
    r"|am\s+(?:a|an|on|in|based)|get\s+(?:lost|confused|overwhelmed)\s+when\s+you"
    r"|am\s+the\s+(?:[\w-]+\s+){0,2}(?:manager|owner|lead|maintainer|admin|contact|on-?call)\b"
    r"|own|maintain)\b|"
    # "i'm Sam btw, i own the auto-updater": who owns what
    r"i'?m\s+[a-z]+(?:\s+btw)?\s*,\s*i\s+(?:own|maintain)\b|"
    r"i'?m\s+an?\s+(?:[\w-]+\s+)?(?:physicist|chemist|biologist|designer|scientist|researcher|"
    r"student|analyst|pharmacist|clinician|beginner|newbie|(?:non-?)?programmer)\b|"
    # "English is not my first language, so please ..."
    r"(?:[\w-]+\s+){1,2}is(?:n'?t|\s+not)\s+my\s+(?:first|native|main)\s+language\b|"
    # a week's routine: "i'm in the lab tuesdays and thursdays"
    r"i'?m\s+(?:[\w-]+\s+){0,4}?(?:on\s+)?(?:mondays|tuesdays|wednesdays|thursdays|fridays|"
    r"weekends)\b|i'?m\s+(?:usually|mostly|often|generally)\s+|i'?d\s+(?:much\s+|far\s+)?(?:rather|prefer)\b|i'?d\s+like\s+you\s+to\s+always\b"
    # "I'm on Windows", "I'm on an M2 Mac"; not "I'm on the train", "I'm in a meeting"
    r"|i'?m\s+(?:based\s+in|(?:on|in)\s+(?!(?:the|my|this|that|it)\b|(?:a|an)\s+(?:call|"
    r"train|plane|bus|break|meeting|roll|hurry|rush|deadline)\b|(?:meetings|calls|standups?|"
    r"transit|traffic|class|school|office|interviews)\b)|(?:a\s+(?:bit|little)\s+|slightly\s+|"
    r"very\s+)?(?:(?:[\w-]+\s+)?colou?r-?blind|dyslexic|left-handed)\b|"
    r"(?:still\s+)?(?:pretty\s+|quite\s+|fairly\s+|very\s+|relatively\s+|really\s+)?(?:new\s+to|"
    r"slow\s+at|bad\s+at)\b|"
    r"(?:a|an)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:person|kind\s+of\s+(?:person|dev|developer))\b)"
    r"|i'?ve\s+(?:switched|moved)\s+(?:to|from)\b"
    r"|my\s+(?:name|editor|ide|shell|os|timezone|time\s+zone|machine|laptop|setup|"
    r"preference|preferences|handle|email|github|pronouns|terminal|keyboard|role|team)\b)",
    re.IGNORECASE)


def _joined_clauses(s: str) -> list[tuple[str, str]]:
    """`_clauses`, each with what joins it to the one before (",", ";", ":", "-" or a word)."""
    parts = re.split(r"([,;:])\s+|\s+(-)+\s+|\s+(so|but|and\s+then)\s+", s)
    out = []
    for i in range(1, len(parts) - 3, 4):
        joined = next((p for p in parts[i:i + 3] if p is not None), ",")
        clause = (parts[i + 3] or "").strip()
        if clause:
            out.append((joined, clause))
    return out


def _clauses(s: str) -> list[str]:
    """The comma-separated clauses after the first, each as it would open a sentence."""
    return [clause for _, clause in _joined_clauses(s)]


# "write the migration in SQL, not Python": an order about one thing at hand, not a rule.
_ONE_THING = re.compile(
    # "refactor load_grid so it takes a bbox instead of four floats": a change to one named
    # piece of code (an identifier, a path, a backticked name), not a convention
    r"^(?:refactor|rename|rewrite|implement|fix|move|split|extract|convert|change|update|"
    r"replace|remove|delete|add|clean|simplify|inline|wrap|rework|redo|port|make)\s+"
    r"(?:`[^`]+`|[\w-]*[_/][\w./-]*|[\w-]+\.\w+\b|[a-z]+[A-Z]\w*|[A-Z][a-z]+[A-Z]\w*)|"
    r"^\w+\s+(?:the|this|that|my|your)\s+(?:migration|function|method|file|class|component|"
    r"test|page|query|helper|variable|prop|field|column|table|button|modal|card|chart|"
    r"endpoint|handler|commit|pr|branch|change|diff|fix|patch|docstring|comment|message|"
    r"script|loop|regex|hook|snapshot|section|paragraph|title|line|copy|text|email|doc)\b"
    r"(?!\s+(?:messages|msgs|titles|names|subjects)\b)",  # "write my commit messages ...": a kind
    re.IGNORECASE)


# "in the docstring", "only for the last week": the tail of an instruction, not a statement.
_FRAGMENT = re.compile(r"^(?:in|on|at|for(?!\s+me\s*:)|with|to|from|into|inside|under|without|"
                       rf"after|before|only{_ONLY_WHO_MAY}|just|except|not|instead)\b"
                       r"(?:\s+\S+){0,4}\s*[.!]?$", re.IGNORECASE)


# A bare verb and its object ("exercise the faulty server", "bump all the deps"): an order,
# whatever the verb; a statement rarely opens with a word followed by a determiner, except
# after a quantifier or a preposition ("All the tests ...", "In the monorepo ...").
_IMPERATIVE = re.compile(
    r"^(?![^\W\d_]*[^\Ws]s\s+(?:that|which|who)\b)"  # "Jobs that touch ...": a relative clause
    r"(?!(?:all|both|half|most|none|each|every|only|just|in|on|at|for|with|from|to|into|"
    r"under|after|before|during|since|across|within|without|behind|per|of|by|about|over|"
    r"when|while|if|unless|once|then|now|here|there|im|ive|id|ill|outside|inside|between|"
    r"beyond|around|past|near|throughout)\b)[^\W\d_]+\s+(?:the|this|"
    r"that|these|"
    r"those|my|your|a|an|it|them|everything)\b", re.IGNORECASE)


_ASKED_NICELY = re.compile(r"^(?:(?:please|pls|plz)[\s,]+)+", re.IGNORECASE)


# A prohibition and, after a comma, why: "don't put secrets in `profiles.yml`, creds come from
# env vars", "don't point dev targets at the medium warehouse, finance gets billed" (a rule
# with its reason; "don't touch it, i'm on it" is about something at hand).
_FORBIDS = re.compile(r"^(?:don'?t|dont|do\s+not|never)\s+(?!worry|bother|forget|mind|need)[a-z]+"
                      r"\s+(?!(?:it|that|this|them|those|these|yet|now|again|anything|him|her|me|"
                      r"us)\b)[^,;]{3,100}?[,;]\s*(?P<why>[^,;]+)", re.IGNORECASE)
_NOT_WHY = re.compile(r"^(?:it'?s|that'?s|its|thats|this\s+is)\s+(?:fine|ok|okay|good|not|"
                      r"already|done|the|a|an|just|probably|actually)\b|^(?:just|instead|but|"
                      r"then|and|or|so|though|unless|until|if|when|only|those|these|i|i'm|im|"
                      r"i've|i'll|i'd)\b|^(?:the|this|that)\s+(?:problem|issue|bug|error|fix|"
                      r"culprit|cause|real)\b", re.IGNORECASE)


def _forbids_with_reason(s: str) -> bool:
    found = _FORBIDS.match(s)
    if found is None:
        return False
    why = found.group("why").strip()
    return len(words(why)) >= 3 and not (
        _NOT_WHY.match(why) or _REQUEST.match(why) or _QUESTION.match(why))


_TRY = re.compile(r"^(?:maybe\s+|perhaps\s+)?try\s+(?!to\b)", re.IGNORECASE)


def _is_request(s: str) -> bool:
    asked = _ASKED_NICELY.sub("", s)
    # "pls dont reformat files ..., it makes ..."
    rule = _RULE.search(asked) or _forbids_with_reason(asked)
    if _TRY.match(asked):
        return True  # "try caching per schema instance, not globally": a suggestion now
    return bool(_REQUEST.match(s) or _IMPERATIVE.match(s)) and (
        not rule or bool(_ONE_THING.match(s)) and not _EVERY_TIME.search(s))


# Before the openers are set aside: a short realisation ("oh, the line endings.", "oh duh,
# it's paused.") and news of the moment ("QA says the popup appears twice", "ok desk
# confirms, nobody touched it").
_REALISED_OR_TOLD = re.compile(
    r"^(?:oh|ohh|oh\s+duh|duh|ugh|ha)\b(?=(?:\W*\w+){0,6}\W*$)"
    r"|^(?:ok\s+)?(?:qa|support|the\s+(?:beta\s+)?testers?|the\s+customer|the\s+client|desk|ops|"
    r"the\s+reporter)\s+(?:says|say|said|confirms|confirmed|reports|reported)\b",
    re.IGNORECASE)


def is_candidate(sentence: str) -> bool:
    """A statement that could teach something durable: not a question, an acknowledgement,
    a request to the assistant, a hedge, a fragment or a remark about this session."""
    s = " ".join(sentence.split())
    if _REALISED_OR_TOLD.match(s):
        return False
    s = unwrapped(s)
    if _STANDING_ASK.match(s) and len(s) <= MAX_CANDIDATE_CHARS and not (
            _REACTION_TAIL.search(s) or of_the_moment(s.rstrip("?")) or _THAT_ONE.search(s)):
        return True  # "could you always give me the full command ...?": a way of working
    if not s or s.endswith(("?", "？", "¿")) or s.startswith("¿") or len(s) > MAX_CANDIDATE_CHARS \
            or _ONLY_CODE.fullmatch(s):
        return False
    if _ONLY_ACK.match(s) or _THANKS.match(s) or _SMALL_TALK.search(s) or _REACTION.match(s) \
            or _REACTION_TAIL.search(s) or _MUSING.match(s) or _DANGLING.search(s) or \
            looks_like_code_or_log(s) or is_output(s):
        return False
    said = s
    s = LEADING.sub("", s).strip()  # "ok, the staging DB ..." is about the staging DB
    s = _KEEP_TAIL.sub("", s).strip()  # "..., remember that": the statement is the point
    if _FRAGMENT.match(s):
        return False
    if sum(any(ch.isalpha() for ch in w) for w in words(s)) < 3:
        return False
    if _FIRST_PERSON.match(s) and any(joined == "so" and _RULE.match(c)
                                       for joined, c in _joined_clauses(s)):
        return True  # "im typing from my phone most of the time so keep replies short"
    if _QUESTION.match(s) or _QUESTION_OPENING.match(s) or _pleads(s) or _HEDGE.search(s) \
            or _of_the_moment(s):
        return False
    if _DEICTIC_START.match(s) or REPORTED.match(s):
        return False
    if _FIRST_PERSON.match(s) and not _PREFERENCE.match(s):
        return False
    if _is_request(s) or foreign_chatter(said) or s != said and foreign_chatter(s):
        return False
    return bool(_RULE.match(s) or _PREFERENCE.match(s) or RULE_HEADING.match(s)) or \
        not _later_clause_asks(s)


def _later_clause_asks(s: str) -> bool:
    """Whether a later clause asks something of the moment ("the CI job timed out, rerun
    it"; "..., remember that" asks to keep the statement, no request of the moment).

    After a colon or a semicolon, what to do about the fact is a procedure ("Autogenerate
    misses enum changes: write ALTER TYPE by hand"); only a terse order or a question asks.
    After a comma, a dash or "so", a request asks, unless the statement says what cannot be
    done and the clause is the way instead or points at nothing ("you can't X, use Y"), or
    the next clause rules out the other way (", never the primary")."""
    clauses = _joined_clauses(s)
    for i, (joined, clause) in enumerate(clauses):
        if joined in ";:":
            if _TERSE_ORDER.match(clause) or _QUESTION.match(clause):
                return True
            continue
        if not _asks(clause) or _CANNOT.search(s) and (
                _ALTERNATIVE.match(clause) or not POINTING.search(clause)):
            continue
        following = clauses[i + 1][1] if i + 1 < len(clauses) else ""
        if not _NOT_THE_OTHER.match(following):
            return True
    return False


# "..., use the `replica` connection, never the primary": an order with what it rules out
_NOT_THE_OTHER = re.compile(r"^(?:never|not)\s+(?:the|a|an|via|through|from|in|on)\b",
                            re.IGNORECASE)


# What to do instead, after what no one may do: "..., so you can't delete test outputs
# there, just write to a new prefix" is the rule's way round it, not a request.
_CANNOT = re.compile(r"\b(?:you|we|nobody|no\s+one|one)\s+(?:can'?t|cannot|can\s+not|mustn'?t|"
                     r"must\s+not|(?:are|is)\s*(?:n'?t|\s+not)\s+allowed\s+to)\b", re.IGNORECASE)
_ALTERNATIVE = re.compile(r"^(?:just|instead|rather)\b|.*\binstead\s*[.!]*$", re.IGNORECASE)


def _pleads(s: str) -> bool:
    """A "please" that asks for something now; "..., so please avoid X" / "please never X"
    / "pls keep names boring" asks for a standing rule, which is a convention worth keeping,
    and "short answers pls" for a way of working."""
    if _RULE.match(s) or _PREFERENCE.match(s) and not _WANTS.match(s):
        return False  # "When you propose a change, please cite the policy ID", "i like it
        # when u just give me the diff, no essay pls"
    for clause in [s, *_clauses(s)]:
        found = _PLEASE.search(clause)
        if found is None:
            continue
        rest = clause[found.end():].lstrip(" ,")
        ends = not _CLAUSE_END.split(rest, 1)[0].strip(" .!")  # "keep answers short pls, i ..."
        if not (_RULE.match(rest) or _RULE.search(clause) or _KEEP_ON.match(rest)  # "... pls"
                or ends and (_STYLE.match(clause) or _KEEP_ON.match(clause)  # after "short
                             or _BANS.match(clause))):  # answers", "no emojis in replies"
            return True
    return False


_CLAUSE_END = re.compile(r"[,;]|\s[-—–]\s")
_BANS = re.compile(r"^no\s+(?!problem|worries|rush|idea|way|need|thanks)\S", re.IGNORECASE)
_WANTS = re.compile(r"^i\s+(?:really\s+)?want\b", re.IGNORECASE)  # "i want the whole file pls"


# "..., read via `getFlags(context)`": how the thing is done to, not an order
_DONE_BY = re.compile(r"^(?:read|set|built|stored|kept|loaded|managed|configured|defined|"
                      r"generated|deployed|written|updated)\s+(?:via|through|from|by|with)\b",
                      re.IGNORECASE)


# "..., so keep migrations compatible with 14": how a kind of thing stays
_KEEP_KIND = re.compile(r"^keep\s+(?:all\s+|the\s+|our\s+|your\s+)?[\w-]+s\s+(?:compatible|"
                        r"in\s+sync|backwards[\s-]compatible|consistent|aligned|under|below|within)\b",
                        re.IGNORECASE)


def _asks(clause: str) -> bool:
    """A later clause that asks something of the assistant or the reader (not a relative
    clause: ", which is the gateway")."""
    if len(words(clause)) < 2 or _KEEP_THAT.match(clause) or _ROUTING.match(clause) or \
            _DONE_BY.match(clause) or _KEEP_KIND.match(clause) or \
            _WHO_TO_ASK.match(clause) or \
            _KEEP_STATE.match(clause) or \
            RECURS.search(clause) or \
            clause.lower().startswith(("not ", "never ", "only ", "always ", "don't ", "dont ",
                                       "do not ", "avoid ", "which ", "whose ")):
        return False
    if _QUESTION.match(clause):
        return True
    if (_TERSE_ORDER.match(clause) or _REQUEST.match(clause)) and \
            _WHEN_IT_APPLIES.search(clause) and not _NOW_ASKED.search(clause):
        return False  # "..., ignore it when it fails": how to deal with it, for good
    return bool(_TERSE_ORDER.match(clause)) or (
        bool(_REQUEST.match(clause)) and not _RULE.search(clause))


def candidates(text: str, judge: Callable[[str], float] | None = None) -> list[str]:
    """The statements of a user's message worth showing the extraction call, redacted: its
    candidate sentences, those said one after another as one statement (a fact and its
    reason, a rule in two sentences: the model sees them together, as they were said).

    `judge` (gcode.capture_probe): how likely the whole message states something. Below
    its veto nothing is shown; above its rescue, a message the rules stopped is shown
    whole. A message that carries pasted output or code is about that (a bug of the
    moment): only its sentences phrased as holding beyond it are shown."""
    said = sentences(text)
    if said and _GUESS_OPENS.match(LEADING.sub("", said[0]).strip()) or \
            BUG_REPORT.search(text) or _ABOUT_NOW.search(text):
        return []  # "maybe it's the cache? the old roster still shows": debugging aloud
    vents = bool(said) and (bool(_VENTS.match(said[0])) and not _ONLY_ACK.match(said[0])
                            or len(said) > 1 and bool(_SARCASM.fullmatch(said[-1])))
    if vents or has_paste(text):  # about a pasted block or a groan: only what holds is kept
        holding = [(_holds(LEADING.sub("", s).strip()) or bool(_FOR_LATER.match(s)))
                   and not _points_back(s) for s in said]
        return _candidates([s for i, s in enumerate(said)  # a fact, or one its rule follows
                            if holding[i] or holding[i + 1:i + 2] == [True]])
    if judge is None:
        return _candidates(said)
    from gcode.capture_probe import RESCUE_ABOVE, VETO_BELOW

    whole = " ".join(" ".join(said).split())
    if not whole or len(whole) > MAX_CANDIDATE_CHARS:
        return _candidates(said)  # a pasted document: the rules read it sentence by sentence
    likely = judge(text)
    if likely < VETO_BELOW:
        return []
    found = _candidates(said)
    rescued = likely > RESCUE_ABOVE and len(words(whole)) >= 3 and not (
        _MUSING.match(whole) or _REACTION.match(whole)  # thinking aloud stays unsaid
        or _ASKS_NOW.match(whole) and not _holds(whole)  # "please squash these into one"
        or _ONE_THING_NOW.match(whole) or STATE_NOW.search(whole) and not CONDITION.search(whole))
    return found or ([redact(whole)] if rescued else [])


# Said to be kept, whatever the mood: "ugh ok, leave it. but for the record the namespace is ..."
_FOR_LATER = re.compile(r"^\W*(?:(?:but|and|also|oh|ok|so)[\s,]+)*(?:for\s+the\s+record|fyi|fwiw|"
                        r"heads[\s-]+up|note\s+that|for\s+future\s+reference)\b", re.IGNORECASE)


def _points_back(s: str) -> bool:
    """A later clause points at something ("..., so this blows up"): with a paste beside
    it, at the paste."""
    return bool(POINTING.search(s[len(first_clause(s)):]))


def _of_the_moment(s: str) -> bool:
    """gcode.capture_moment's, but a standing preference's nouns are any ("i prefer a
    summary of the diff before you touch more than one file")."""
    if WHEN_I_ASK.match(s) or RULE_HEADING.match(s):  # "..., just make it": what is asked
        return bool(MOMENT.search(s)) or dated(s)
    if (_PREFERENCE.match(s) or STANDING_ORDER.match(s)) and _holds(s):
        return bool(MOMENT.search(s)) or points(s) or dated(s)
    return of_the_moment(s)


def _holds(s: str) -> bool:
    """A sentence phrased as holding beyond the moment: a rule, or a fact with its reason or
    its condition ("..., because the LP library isn't Send", "only ever in the window"), or
    a change that lasts ("we switched to lucide in october")."""
    return bool(_RULE.search(s) or STANDING.search(s) or RECURS.search(s)
                or _CHANGED.search(s) or _SETTLED.search(s))


_CHANGED = re.compile(r"\b(?:switched|moved|migrated)\s+(?:to|from|off)\b|\bstopped\s+using\b",
                      re.IGNORECASE)
# Settled by someone: "the CVSS 7 gate is security's policy, we can't lower it", where a
# kind of thing goes ("suppressions go in owasp-suppressions.xml")
_SETTLED = re.compile(r"\b(?:is|are)\s+(?:[\w-]+'s|our|the\s+team'?s?|company)\s+(?:policy|"
                      r"convention|standard|requirement)\b|\bwe\s+(?:can'?t|cannot|aren'?t\s+"
                      r"allowed\s+to)\s+(?:lower|raise|change|skip|disable|remove|bypass)\b|"
                      r"^[\w-]+(?:\s+[\w-]+)?\s+go\s+(?:in|into|under)\s+`?[\w.-]+[./][\w./-]+",
                      re.IGNORECASE)


def _candidates(said: list[str]) -> list[str]:
    """The rules' statements of a message's sentences: candidates next to each other as one,
    each with the sentences that go on with it (`_continues`), and after the bare
    correction that opens it ("no, that's wrong. the LIMS api is v2")."""
    out: list[str] = []
    run: list[str] = []
    taken = 0
    correction = ""
    for s in said:
        if taken < MAX_CANDIDATES and is_candidate(s):
            run.extend([correction, " ".join(s.split())] if correction and not run
                       else [" ".join(s.split())])
            taken += 1
        elif run and _continues(s, run[-1]) and \
                sum(len(r) + 1 for r in run) + len(s) <= MAX_CANDIDATE_CHARS:
            run.append(" ".join(s.split()))
        elif run:
            out.append(redact(" ".join(run)))
            run = []
        correction = " ".join(s.split()) if _CORRECTS.fullmatch(s.strip()) else ""
    if run:
        out.append(redact(" ".join(run)))
    return out


_FORBIDS_ANY = re.compile(r"(?:don'?t|dont|do\s+not|never)\s+(?!worry|bother|forget|mind)\w",
                          re.IGNORECASE)
# A correction with nothing after it in its sentence: what follows is the fact that holds.
_CORRECTS = re.compile(r"\W*(?:(?:no|nope|nah|actually|sorry)\b[\s,.!]*)*(?:that'?s\s+(?:wrong|"
                       r"not\s+(?:right|true|it)|incorrect|outdated)|it'?s\s+not\s+(?:`[^`]+`|"
                       r"[\w.-]+)|(?:you'?re|you\s+are)\s+wrong(?:\s+(?:there|about\s+(?:that|this|"
                       r"it)))?|not\s+quite|wrong)\s*[.!]*", re.IGNORECASE)


def _continues(sentence: str, after: str) -> bool:
    """A sentence that goes on with the statement said just before it, read alone a request
    or a pointer: what to do about the fact ("run schema changes there past her first",
    after a prohibition what to do instead ("never edit the lock files by hand. regenerate
    them with conda-lock"),
    "dont bump it until that's fixed", "use `--select ...` instead"), its reason or its
    consequence ("that was decided after the rounding incident", "the deploy lint fails
    otherwise"), a label ("PCI scope."). Its "it" and "that" are the statement's. Not a
    question, a reaction, pasted output, something of this moment or this session's work,
    or an order with no sign that it lasts ("add a nil check there", "join on the key"
    stays out: an order said after a fact is as often the task of the moment)."""
    s = unwrapped(" ".join(sentence.split()))
    bare = LEADING.sub("", s).strip()
    if _KEEP_THAT.match(bare):
        return True
    if not bare or s.endswith(("?", "？")) or _QUESTION.match(bare) or \
            _QUESTION_OPENING.match(bare) or _ASKS_NOW.match(bare):
        return False
    if _ONLY_ACK.fullmatch(s) or _THANKS.match(s) or _SMALL_TALK.search(s) or \
            _REACTION.match(s) or _REACTION_TAIL.search(s) or _MUSING.match(s) or \
            looks_like_code_or_log(s) or is_output(s):
        return False
    if MOMENT.search(bare) or dated(bare) or STATE_NOW.search(bare) or _HEDGE.search(bare) \
            or _YOU_DID.search(bare) or _NOW_ASKED.search(bare) or REPORTED.match(bare):
        return False
    if _REQUEST.match(bare) or _IMPERATIVE.match(bare) or _pleads(bare):
        return bool(_LASTS.search(bare) or _LESSON.search(bare)
                    or _FORBIDS_ANY.match(LEADING.sub("", unwrapped(after)).strip()))
    return not (_FIRST_PERSON.match(bare) and not (_PREFERENCE.match(bare)
                                                    or CONDITION.search(bare)))
