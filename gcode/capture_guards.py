"""What a learning must never be, whatever the model that wrote it says: a remark of the
moment or about this session, a guess, a bare acknowledgement, a credential; and whether a
learning filed as team knowledge is one person's taste. Kept apart from gcode.capture,
which sorts a chat's lines before any model sees them, because these guard what a model
returns (gcode.capture_batch) and what it writes as a trigger (gcode.trigger_backlog); the
hedge and acknowledgement forms are shared by both."""

from __future__ import annotations

import re

from gcode.capture_asks import QUESTION
from gcode.capture_lang import FIRST_PERSON, TODAY
from gcode.capture_moment import MOMENT, dated
from gcode.capture_openers import LEADING, REPORTED, unwrapped
from gcode.capture_text import words
from gcode.capture_words import INTERJECTION
from gcode.redact import REDACTED, contains_secret

# A bare acknowledgement: "ok thanks", "got it!", "cool, that works".
ONLY_ACK = re.compile(rf"^\s*(?:{INTERJECTION}\b[\s,.!?:;)(-]*)+"
                      r"(?:that|this|it|now|then|please|man|mate|a\s+lot|so\s+much)?[\s.!?]*$",
                      re.IGNORECASE)

# Hedges: an opinion or a guess, not a fact to keep.
HEDGE = re.compile(
    r"\b(?:probably|maybe(?!\s+(?:\d|once|one\s+in|twice))|perhaps|i\s+think|i\s+guess|i\s+suppose|i\s+mean|i\s+feel|"
    # ("a 401 that looks like an apple outage": what a symptom resembles, not a guess)
    r"might\s+want|(?<!you're\s)(?<!youre\s)(?<!you\sare\s)not\s+sure|no\s+idea|"
    r"(?<!that\s)(?<!which\s)(?:seems|looks)\s+like|i\s+wonder|"
    r"i\s+suspect|my\s+guess|somewhere\s+in)\b"
    # a claim the speaker doubts at its end: "..., I'm pretty sure", "... but I doubt that"
    r"|(?:,|\bbut)\s+(?:i'?m\s+(?:pretty|fairly|not|almost|reasonably)\s+(?:sure|certain|positive)|"
    r"i\s+doubt\s+(?:it|that|this)|i\s+could\s+be\s+wrong|not\s+100%)\s*[.!]*$"
    # a guess with no subject: "could be the timezone thing", "feels like a cache bug"
    r"|^(?:could|might|may|must|should)\s+be\b|^(?:feels|smells|sounds)\s+like\b",
    re.IGNORECASE)

# A learning filed as team knowledge that is one person's taste.
_PERSONAL = re.compile(
    r"^(?:i|i'm|i've|i'd|my|personally|for\s+me)\b"
    # ... not "the dev flavor uses a mock server", "the user table uses UUIDs": a thing's
    r"|^(?:the\s+)?(?:user|developer|dev|speaker|author|requester|they)\s+(?:(?:really|usually|"
    r"also|still|always|often|mostly|now|personally|just|generally|strongly|typically)\s+)?"
    r"(?:prefers?|likes?|loves?|hates?|dislikes?|wants?|would\s+rather|uses?|is\s+used\s+to)\b"
    r"|^\w+(?:\s+\w+)?\s+(?:personally\s+)?(?:prefers|likes|loves|hates|dislikes|"
    r"would\s+rather)\b(?!.*\b(?:team|we|everyone|all\s+of\s+us)\b)",
    re.IGNORECASE)
# "Priya's preference is squash merges", "Mia doesn't like long PR descriptions": a person,
# by name, unless the name is a tool's ("Webpack doesn't like symlinks" is the team's).
_NAMED_TASTE = re.compile(
    r"^(?P<name>(?-i:[A-Z][a-z]+))(?:'s|’s)\s+(?:personal\s+)?(?:preference|preferred|"
    r"favou?rite)\b"
    r"|^(?P<who>(?-i:[A-Z][a-z]+))\s+(?:really\s+|still\s+|just\s+)?(?:doesn'?t|does\s+not|"
    r"can'?t|cannot)\s+(?:like|love|want|stand)\b"
    # what a person wants of answers, who they are and how they work: "Sam wants the minimal
    # diff", "Priya works on Fedora", "Kwame is new to Playwright", "Oliver's shell is fish"
    r"|^(?P<person>(?-i:[A-Z][a-z]+))(?:\s+(?:often|sometimes|usually|always|mostly))?\s+(?:wants"
    r"(?!\s+(?:every|all|each|any|no)\b)|"
    r"needs|would\s+like|asks\s+for|works\s+(?:on|in|with|from)|is\s+new\s+to|is\s+learning|"
    r"is\s+colou?r-?blind|is\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:developer|engineer|scientist|"
    r"designer|manager|analyst|lead|intern|student)|reads\s+(?:answers|code|diffs|prs|reviews)|"
    r"reviews\s+on|cares\s+about)\b"
    r"|^(?P<owner>(?-i:[A-Z][a-z]+))(?:'s|’s)\s+(?:shell|editor|ide|terminal|laptop|keyboard|os|"
    r"setup|machine)\s+is\b"
    # a person the answers are for: "Yuki is in Tokyo (JST): convert UTC times for her" (not
    # "ask her before merging": who owns what is the team's); or who uses an editor ("Jonas
    # uses VS Code ...": see _EDITOR)
    r"|^(?P<referred>(?-i:[A-Z][a-z]+))\b(?=.*\b(?:(?:give|explain\s+to)\s+(?:her|him)|"
    r"(?:convert|translate|explain|format|write|summari[sz]e|spell\s+out)\b[^.;]{0,40}\bfor\s+"
    r"(?:her|him))\b)"
    r"|^(?P<user>(?-i:[A-Z][a-z]+))\s+uses\s+(?P<tool>[\w .+-]{2,20}?)"
    r"(?=\s+(?:with|for|so|and|as)\b|\s*[,.;:]|$)",
    re.IGNORECASE)
_EDITOR = re.compile(r"\b(?:editor|ide|shell|terminal)\b", re.IGNORECASE)
# Said to the assistant about the speaker: "Answer me in short bullet points", "Keep
# explanations short; I know the basics", "For Kotlin I want explicit return types".
_TO_ME = re.compile(
    r"^(?:answer|show|give|tell|send|explain\s+to|remind|call)\s+me\b"
    r"|[;:]\s+i\s+(?:know|read|use|prefer|can|can't|cannot|don'?t|won'?t|let|like|want)\b"
    r"|^for\s+[\w\s.-]{1,30}?\s+i\s+(?:want|use|prefer|like|need)\b"
    r"|^(?:don'?t|do\s+not)\s+\w+\s+my\s+\w+"
    # an order that names the speaker: "Prefer a Makefile target over handing me a one-liner"
    r"|^(?:prefer|use|skip|keep|avoid|give|show|tell|when|if|always|never|just)\b.*\bme\b",
    re.IGNORECASE)
_LANGUAGES = frozenset({"go", "rust", "ruby", "swift", "julia", "python", "java", "kotlin",
                        "scala", "elixir", "dart", "crystal", "nim", "zig", "perl", "haskell",
                        "ocaml", "erlang", "lua", "clojure", "elm", "gleam"})
_TEAM_SUBJECT = re.compile(
    r"^(?:the\s+)?(?:team|teams|we|everyone|everybody|all|nobody|the\s+company|the\s+org|"
    r"engineering|ops|sre|platform|security|legal|finance|product|qa|design|ci|our|marketing|"
    r"sales|support|compliance|hr|data|analytics|leadership|management|the\s+board|"
    r"customers|partners|devops|infra|infrastructure|backend|frontend|mobile|growth)\b"
    # "my team ...", in the languages capture reads: the team's, said by one of them
    r"|^(?:my|mein|meine|mon|ma|mi|meu|minha|il\s+mio|la\s+mia)\s+(?:team|équipe|equipo|"
    r"equipe|time|squadra|company|firma|entreprise|empresa|azienda|org)\b",
    re.IGNORECASE)


def unfit_learning(content: str, personal: bool = False) -> str | None:
    """Why an extracted learning must not be stored (None: it may), whatever the model says.

    Narrower than `gcode.capture.is_candidate`, which sorts a chat's lines: the model was asked for
    self-contained facts, which say "the same key", "tests that touch Celery", "every Sunday"
    or "`make e2e` needs Docker" as durable facts do. What is refused names this moment or
    this session's work. `personal`: filed as the speaker's own memory, where "Lena wants
    answers in German" is the point, not someone's wish of the moment."""
    text = " ".join(content.split())
    if len(words(text)) < 3:
        return "too short to mean anything later"
    if holds_secret(text):
        return "it holds a credential"
    if text.endswith("?") or QUESTION.match(text):
        return "it is a question, not a fact"
    # "ok, ...", "Correcting what I said earlier: ...", "not sure if this matters but ..."
    bare = LEADING.sub("", unwrapped(text)).strip()
    if MOMENT.search(bare) or TODAY.search(bare) or dated(bare) or \
            not personal and REPORTED.match(bare):
        return "it is about this session, not something that stays true"
    if _POINTS_AT.match(bare) or HEDGE.search(bare) or ONLY_ACK.match(text):
        return "it is a remark of the moment, not a fact"
    return None


# A written learning that opens by pointing at something on screen ("It fails on ...").
_POINTS_AT = re.compile(r"^(?:it|it's|its|this|that|that's|these|those|here|here's|he|she|"
                        r"they|he's|she's|they're)\b", re.IGNORECASE)


def is_personal(content: str) -> bool:
    """One person's preference ("I prefer small commits", "Alice prefers tabs", "Priya's
    preference is ...", "Ich bevorzuge ...") belongs to its speaker, not to the team."""
    text = " ".join(content.split())
    if _TEAM_SUBJECT.match(text):
        return False
    if _PERSONAL.match(text) or FIRST_PERSON.match(text) or _TO_ME.search(text):
        return True
    named = _NAMED_TASTE.match(text)
    if named is None:
        return False
    from gcode.tool_names import categories_named

    name = next(n for n in named.groups() if n)
    if name.lower() in _LANGUAGES or categories_named(name):
        return False
    tool = named.group("tool")
    return tool is None or any(_EDITOR.search(c) for c in categories_named(tool))


def holds_secret(text: str) -> bool:
    """A credential by shape or by context, or the mark one left: never a learning."""
    return REDACTED in text or contains_secret(text)
