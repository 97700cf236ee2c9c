"""What in a user's message could be a durable learning, and what a learning must never be.

No cue words: a plain statement ("Integration tests need docker running.", "Use pnpm, not
npm.", a sentence in German) is a candidate; the model decides what is durable. What is
left out is what cannot teach anything later, recognised by the form of English chat, not
by topic words: a question, an acknowledgement or reaction, a request to the assistant
(an imperative, "can you", "let's"), a remark about this session ("for now", "this
function", "it still fails", "the reviewer wants ..."), hedged opinions and fragments.
An imperative is kept when it is phrased as a standing rule ("Always ...", "Never ...",
"Use X, not Y", "... instead of ...") and says nothing about the moment.

The same rules guard what the model returns (`unfit_learning`), so a literal-minded model
that echoes a request back cannot make it a team learning; a first-person preference is
filed as its speaker's private memory (`is_personal`), and anything holding a credential,
by shape or by context (gcode.redact), is never stored (`holds_secret`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from gcode.capture_lang import foreign_chatter
from gcode.capture_words import INTERJECTION as _INTERJECTION
from gcode.capture_words import NOT_A_SUBJECT as _NOT_A_SUBJECT
from gcode.capture_words import THAT_VERBS as _THAT_VERBS
from gcode.capture_words import VERBS as _VERBS
from gcode.capture_text import has_paste, is_output, looks_like_code_or_log, sentences, words
from gcode.redact import REDACTED, contains_secret, redact

MAX_CANDIDATE_CHARS = 400
MAX_CANDIDATES = 8  # sentences per message: a pasted document is material, not statements


_LEADING = re.compile(rf"^\s*(?:[^\w\s`'\"(\[<~/.$@#*-]+\s*)?"  # an emoji before the words
                      rf"(?:{_INTERJECTION}\b[\s,.!:;-]*)*(?:so\b[\s,]*)?"
                      r"(?:(?:it\s+)?turns\s+out(?:\s+that)?\b[\s,]*)?", re.IGNORECASE)
# A reaction to what just happened ("nice, the score went up", "sorry, wrong file"): what
# follows is about the moment. Neutral openers ("ok, ...", "also, ...") are not reactions.
_REACTION = re.compile(r"^\s*(?:nice|great|cool|awesome|perfect|excellent|neat|sweet|wow|whoa|"
                       r"better|worse|closer|almost|"
                       r"oops|whoops|sorry|ugh|argh|damn|welp|lol|lmao|haha|heh|yay|my\s+bad|"
                       r"good\s+(?:catch|call|job|one))\s*[,!.:;-]", re.IGNORECASE)
_REACTION_TAIL = re.compile(r"(?:[,;:-]\s*(?:ugh|argh|lol|lmao|haha|sigh|meh|damn|oops|yikes|"
                            r"weird|strange|odd|hmm+|interesting)|\s[\U0001F389\U0001F648"
                            r"\U0001F629\U0001F605\U0001F926\U0001F643\U0001F62C\U0001F480"
                            r"\U0001F62D\U0001F972\u2705\u274C]+)"
                            r"[\s.!]*$", re.IGNORECASE)  # "always the same flaky test, ugh"
# Thinking aloud about what is on screen: "hmm the migration ran but ...", "interesting, ..."
_PUZZLED = r"hmm+|huh|interesting|weird|strange"
_MUSING = re.compile(rf"^\s*(?:hm+|{_PUZZLED})\b(?!\s+(?:is|are|was)\b)", re.IGNORECASE)
_ONLY_ACK = re.compile(rf"^\s*(?:{_INTERJECTION}\b[\s,.!?:;)(-]*)+"
                       r"(?:that|this|it|now|then|please|man|mate|a\s+lot|so\s+much)?[\s.!?]*$",
                       re.IGNORECASE)

_REQUEST = re.compile(
    rf"^(?:(?:please|pls|plz|just|now|then|first|next|quickly)[\s,]+)*(?:"
    rf"(?:{_VERBS})\b(?!-){_NOT_A_SUBJECT}"
    r"|pretty\s+print|(?:can|could|would|will|won't|wouldn't)\s+(?:you|u)\b|let'?s\b|let\s+us\b|"
    r"let\s+me\b|lemme\b|i\s+(?:want|need|would\s+like|'d\s+like)\s+you\s+to\b|"
    r"(?:don'?t|do\s+not|never)\s+(?:" + _VERBS + r"|touch|worry|bother|forget)\b"
    r"|use\b|do\s+(?:it|the|that|this|same)\b)",
    re.IGNORECASE)
_PLEASE = re.compile(r"(?<![\w-])(?:please|pls|plz)(?![\w-])", re.IGNORECASE)  # not release-please

# An imperative phrased as a standing rule: a convention, not a request.
_RULE = re.compile(
    r"^(?:always|never|don'?t\s+ever|do\s+not\s+ever|avoid|prefer)\b"
    # "don't bump react-native past 0.73 yet — the geolocation lib hasn't certified 0.74"
    r"|^(?:don'?t|do\s+not)\s+(?!worry|bother|forget)\w+.*(?:\s[—–-]\s|\bbecause\b|\bb/c\b)"
    r"|^(?:don'?t|do\s+not)\s+(?!worry|bother|forget)\w+.*\b(?:in\s+(?:this\s+)?(?:repo|"
    r"project|codebase|ci)|on\s+(?:main|master|ci|prod(?:uction)?)|directly|ever)\b"
    r"|\b(?:w/o|without)\s+(?:asking|checking|telling)\b"
    r"|,\s*not\s+\S|\b(?:instead\s+of|rather\s+than)\s+(?!(?:the|this|that|these|those|my|"
    r"your|it)\b)|\bover\s+\S+\s*[.!]?$"
    r"|\bbefore\s+you\s+(?:edit|change|commit|push|run|touch|start|apply|write|delete)\s+"
    r"(?:any|anything|more|every|files)\b"
    r"|^stop\s+\w+ing\b.*\b(?:everywhere|always|all\s+the\s+time|every\s+time)\b"
    # "run `make test-fast` for unit tests": how a thing is done here, not an order
    r"|^(?:run|use|call|invoke)\s+`[^`]+`\s+(?:for|to|before|after|when|whenever|if|on)\b",
    re.IGNORECASE)

# A question without its question mark.
_QUESTION = re.compile(
    r"^(?:(?:what|why|how|where|which|who|whose|whom)(?:'s|'re|\s+(?:is|are|does|do|did|was|"
    r"were|can|could|should|would|will|about|else|come))\b"
    r"|(?:is|are|does|do|did|can|could|would|will|should|shall|have|has|was|were|am|isn't|"
    r"aren't|doesn't|don't|didn't|won't|wouldn't|shouldn't)\s+(?:you|i|it|that|this|there|we|"
    r"they|he|she|the|these|those|anything|anyone|any|my|your|our)\b"
    r"|any\s+(?:idea|ideas|clue|thoughts)\b|(?:wdyt|thoughts|ideas)\b)",
    re.IGNORECASE)
# ... and one only a sentence opens with ("which file handles X": a clause ", which has no
# ResizeObserver" is a relative one).
_QUESTION_OPENING = re.compile(
    r"^(?:which\s+\w+|how\s+(?:many|much|long|often|come)\b"
    r"|(?:what|whose)\s+[\w-]+\s+(?:does|do|did|is|are|was|were|should|would|can|could)\b)",
    re.IGNORECASE)

# Remarks about this session, this change, this moment: true now, noise later.
# A team's horizon, not this moment's: "we're cutting egress costs this quarter".
_HORIZON = r"(?:quarter|year|half|fiscal|[qh][1-4])\b"
_SESSION = re.compile(
    r"\b(?:today|tonight|tomorrow|yesterday|right\s+now|for\s+now|just\s+now|"
    r"(?<!every\s)(?:this|next)\s+(?:time|morning|afternoon|evening|night|week|"
    r"weekend|sprint|month|release|run|one)|last\s+(?:time|run|one|night)|"
    r"at\s+the\s+moment|so\s+far|"
    # what is on screen: "in this dump", "just for this investigation", "see line 88"
    r"this\s+(?:dump|investigation|log|logs|trace|stack\s*trace|output|crash|bug|incident|"
    r"outage|failure|repro)|just\s+for\s+(?:this|now|the\s+demo|testing|debugging)|"
    r"\bline\s+\d+|was\s+me\b|\bwe\s+should\s+\w+\s+(?:it|them|this|that)\s*[.!]*$|"
    # a symptom now: "the warning isn't showing because ..."
    r"\b(?:isn'?t|aren'?t|is\s+not|are\s+not)\s+(?:showing|working|loading|rendering|updating|"
    r"firing|appearing|saving|syncing)\b|that'?s\s+the\s+(?:bug|problem|issue|culprit|cause)\b|"
    # "that's why the toast never shows", "nights never updates", "only fails there"
    r"\bnever\s+(?:shows|appears|updates|fires|renders|loads|refreshes|triggers|gets\s+called)\b|"
    r"\b(?:fails|breaks|passes|works|happens|crashes|errors)\s+(?:only\s+)?there\s*[.!]*$|"
    # what the code at hand does: "we're comparing it to a Date"
    r"\bwe'?re\s+\w+ing\s+(?:it|them)\b|"
    r"\bthe\s+bug\s+report\b|\byour\s+(?:new|last|latest)\b|"
    r"\b(?:the|that|this)(?:\s+[\w-]+){1,3}\s+you\s+(?:just\s+)?(?:edited|wrote|added|changed|"
    r"created|touched)\b|\byou\s+just\s+(?:edited|wrote|added|changed|created|touched)\b|"
    r"\b(?:failed|crashed|died)\s+(?:on|in|at|with|after)\b|if\s+you\s+need\s+(?:it|them|that)|\bthough\s*[.!]*$|"
    r"\d+k?\s+(?:pending|queued|stuck|running)\b|"
    r"\bthe\s+(?:spike|crash|segfault|leak|deadlock|outage)\b(?!\s+(?:reporter|handler|"
    r"detector|test|tests|dashboard|budget|reports?|loop|dumps?|logs?|alerts?|policy|runbook))|"
    # the speaker's own doing just now: "because I ran them without -j"
    r"\bi\s+(?:just\s+)?(?:ran|tried|saw|checked|noticed|restarted|pushed|rebased|reverted|"
    r"broke|can\s+see|see|bisected|didn'?t\s+(?:touch|change|write|add))\b|"
    r"^(?:halfway|almost|nearly|mostly)\s+(?:through|done|there|finished)\b|"
    # "back in 10 minutes"; not "a retried key within 24 hours" (a rule's time) or "in 2024"
    r"in\s+(?:a\s+few|\d+|a|an|ten|five|two)\s+(?:minutes?|mins?|hours?|sec(?:ond)?s?)"
    r"|in\s+\d{1,3}\b|"
    r"(?:starts|ends|due|ships|lands)\s+(?:monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|tomorrow|today)\b|"
    r"again|already|earlier|(?:above|below)(?=\s*(?:[,.;:!)]|$))|once\s+more|"
    # "green an hour ago", "only 2 failures left", "the warning is gone", "back in 10 min"
    r"(?:an?|one|two|three|few|couple\s+of|\d+)\s+(?:sec(?:ond)?s?|min(?:ute)?s?|hours?|"
    r"hrs?)\s+ago|\d+\s+(?:\w+\s+)?(?:left|remaining|to\s+go)\s*[.!]*$|"
    r"(?:is|are)\s+gone\s*[.!]*$|went\s+away|in\s+a\s+row\b|"
    # the speaker's own machine now: "the db is down on my machine", "in my local db"
    r"(?:on|in)\s+my\s+(?:local\s+)?(?:machine|db|database|setup|laptop|box|computer|env|"
    r"environment|end|side|checkout|clone)\b|my\s+local\s+\w+|"
    r"blocked\s+(?:on|by)\b|until\s+\w+\s+(?:gets|is|comes)\s+back\b|"
    r"(?:for|on|in)\s+(?:ticket|issue|jira|story)\s+#?[A-Z]*-?\d+|"
    r",\s*\d+\s*(?:min|mins|minutes|m|h|hrs?|hours?)\s*[.!]*$|"
    r"^(?:gotta|got\s+to|have\s+to|need\s+to)\s+(?:go|run|jump|hop|step|head|grab)\b|"
    # the speaker busy with something now: "because I'm re-uploading it"
    r"\bi'?m\s+(?:currently\s+|just\s+|still\s+)?(?!using\b|running\s+(?:on|a|an)\b|"
    r"working\s+(?:in|on\s+a|with)\b)[\w-]+ing\b|"
    # "it's still red", not "prod is still on Postgres 15" (a state that holds)
    r"still\s+(?:fail\w*|broken|red|flaky|crash\w*|error\w*|not|doesn'?t|don'?t|won'?t|"
    r"can'?t|isn'?t|aren'?t|hangs?|hanging|stuck|slow|waiting|running|loading|pending|there|"
    r"happening|the\s+same|working\s+on)|"
    # a plan of the moment: "coffee first, then the migration"
    r"^(?:[\w-]+\s+){1,3}first\s*,?\s+then\b|"
    # an evaluation of what is on screen: "the colorbar label is wrong"
    r"\b(?:is|are|was|were|looks?|seems?)\s+(?:wrong|incorrect|ugly|weird|odd|busted|"
    r"messed\s+up)\b|"
    r"(?:my|your|his|her)\s+(?:branch|pr|change|changes|commit|commits|diff|patch|edit|"
    r"fix|code|test|tests|ticket|task|draft|version|last|previous|answer)\b"
    r"|(?:the|a|an)\s+\w+(?:\s+\w+)?\s+change\b|the\s+(?:diff|patch|pr|ticket|task|"
    r"branch)\b|the\s+(?:change|changes|demo|meeting|standup|call|refactor)\b"
    # ... unless it qualifies a noun: "the demo merchants", "the call site"
    r"(?!\s+(?!(?:is|are|was|were|has|have|had|needs?|should|must|will|can|could|still|again|"
    r"for|to|in|on|of|with|from|and|or|but|so|then|when|once|before|after|into|by)\b)[a-z])"
    r"|(?:is|are)\s+(?:going\s+to|about\s+to)|we'?ll|gonna|later|almost\s+done|"
    r"(?:after|before|at|over)\s+(?:lunch|dinner|the\s+break|standup|the\s+meeting)|"
    r"now\s*(?:[,.!;]|$)|(?<!not\s)here\s*[.!]*$|that'?s\s+why\s*[.!]*$|"
    # someone's change, a screenshot, what a log says, what just happened to a pod
    r"\w+'s\s+(?:pr|branch|change|diff|commit)\b|screenshot|screen\s+recording|"
    r"(?:logs?|output|console|trace)\s+(?:says?|said|shows?|showed)\b|"
    r"\bgot\s+(?:oom\s*killed|oomkilled|killed|evicted|stuck|restarted|rolled\s+back|"
    r"reverted|deleted|wiped)\b|"
    r"\b(?:is|are|looks?|seems?)\s+(?:fine|ok|okay)\b(?!\s+(?:to|for|with|if|as\s+long))"
    r")(?!\w)",
    re.IGNORECASE)

# "not ... anymore": a change of the moment, unless it says where the thing went.
_NO_LONGER = re.compile(r"\b(?:anymore|any\s+more|no\s+longer)\b", re.IGNORECASE)
_MOVED = re.compile(r"\b(?:moved|lives|is\s+now|are\s+now|now\s+(?!that\b)\w+|renamed|"
                    r"replaced\s+by|switched\s+to|migrated\s+to)\b", re.IGNORECASE)
# A QA bug report ("BUG: ...", "Steps: 1. ...", "Expected: ... Actual: ...") or a review nit.
_BUG_REPORT = re.compile(r"^(?:bug|nit|nitpick)\b\s*[:(]|\bsteps(?:\s+to\s+reproduce)?\s*:|"
                         r"\bexpected(?:\s+result)?\s*:.*\bactual(?:\s+result)?\s*:",
                         re.IGNORECASE | re.DOTALL)

# A message that opens with a guess is about the bug at hand, whatever follows.
_GUESS_OPENS = re.compile(r"^(?:(?:could|might|can|would)\s+it\s+be|maybe|perhaps|"
                          r"is\s+it\s+(?:the|a|because|just))\b", re.IGNORECASE)

# A message that asks for something now: "Please squash these into ...", "Let us first ...".
_ASKS_NOW = re.compile(r"^(?:(?:please|pls|plz)\s+(?!don'?t|dont|do\s+not|never|always|keep|"
                       r"remember|note|bear|make\s+sure)|(?:let'?s|let\s+us)\s+(?!always|never|"
                       r"not|be\s+clear|agree|keep|stick))", re.IGNORECASE)

# ... and so is one that opens with a groan or a puzzled sound ("ugh, this flaky test again.
# test_x failed on CI and passes locally").
_VENTS = re.compile(rf"^\s*(?:ugh+|argh+|sigh|damn|dammit|wtf|omg|{_PUZZLED})\b", re.IGNORECASE)

# A sentence cut where something pasted followed: "bullet is complaining:", "I'd rather
# have it as" (a code block came next).
_DANGLING = re.compile(r"(?::|\b(?:as|like|with|to|the|a|an|of|for|is|are|be|from|into|by))\s*$",
                       re.IGNORECASE)

# Words that point at something on screen or said before ("this file", "fix that test",
# "the other one", "revert it"). In a sentence's first clause they make it a remark about
# the session; after it, they point back at what the sentence said ("..., because the data
# is not published before that"; "..., ppl keep mixing this up").
_POINTING = re.compile(
    # "this file", "fix that test"; not "tests that touch Celery" (a relative clause: "that"
    # after a noun)
    r"\b(?:(?:this|these|those|(?:^|(?<=[,;:]\s)|\b(?:in|on|at|to|for|with|from|into|of|by|about|"
    rf"like|than|{_THAT_VERBS})\s+)that)\s+(?!repo\b|repository\b|project\b|codebase\b|monorepo\b|"
    r"service\b|app\b|team\b|company\b|org\b|organi[sz]ation\b|package\b|library\b|product\b|"
    r"cli\b|tool\b|workspace\b|stack\b|platform\b|is\b|means\b|way\b|kind\b|rule\b|"
    rf"{_HORIZON})"
    r"(?:[a-z][\w-]*)"
    r"|(?:this|that|these|those)\s*(?:[,.;:!)]|$)"
    r"|(?:this|that)\s+(?:before|after|to|for|in|on|at|by|with|from|into|up|down|out|"
    r"back|off|over|merged|done|fixed|working|green|red|again)\b"
    r"|the\s+(?:other|one|ones|last|first|second|third|previous|former|latter|above|below|"
    r"current|new\s+one|old\s+one)\b(?!\s+(?:\d+|few|couple|two|three|four|five|ten|release|"
    r"releases|version|versions|major|minor|tag|lts)\b)"
    # "the same error", "the next one"; not "the same key", "the next day's batch"
    r"|the\s+(?:same|next)(?:\s+(?:error|thing|issue|problem|one|ones|result|output|failure|"
    r"step|file|part|bit|item|task|way)\b|\s*(?:[,.;:!)]|$))"
    rf"|(?:{_VERBS}|ship|leave|ignore|kill|nuke|ditch)\s+(?:it|this|that|them|these|those)"
    r"(?:\s*[,.!;]|\s*$)|(?:in|on|to|with|for|from|into|inside|at|of)\s+it\s*[.!]*$)(?!\w)",
    re.IGNORECASE)

# A time of day ("before 3pm") is a deadline of the day, unless it recurs ("every day at 9am").
# ... and a time given in a time zone is a schedule ("before 11am CET", "until 07:00 UTC").
_ZONE = r"\s*(?:utc|gmt|ce[s]?t|[a-z]{2,3}t|[a-z]+/[a-z]+)\b"
_CLOCK = re.compile(rf"(?<![\w:])\d{{1,2}}(?::\d{{2}})?\s*[ap]\.?m\b(?!{_ZONE})"
                    # "around 10:40", "since 09:12"; not a schedule ("sent at 14:00")
                    r"|\b(?:around|since|till|until|about|moved\s+to)\s+~?(?:[01]?\d|2[0-3]):"
                    rf"[0-5]\d(?![\w:]|\.\d|{_ZONE})", re.IGNORECASE)
_RECURS = re.compile(r"\b(?:every|each|daily|nightly|weekly|hourly|weekdays?|weekends?|"
                     r"mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)\b",
                     re.IGNORECASE)


# A short report of how something went: "ci is green", "the deploy finished", "ok the
# migration ran"; unless it says when it holds ("Staging is down on Sundays", "Deploys are
# blocked during the freeze") or that it always does.
_STATUS = re.compile(
    r"\b(?:green|red|passing|failing|pass|passes|passed|fail|fails|failed|finished|done|"
    r"broken|fixed|down|stuck|works|worked|ran|succeeded|blocked|empty|merged|deployed|"
    r"shipped|landed|picked\s+up|went\s+through|timed\s+out|crashed|hung|fine)\b",
    re.IGNORECASE)
_STANDING = re.compile(
    r"\b(?:always|never|only|must|should|every|each|need|needs|require|requires|whenever|"
    r"unless|if|when|during|because|since|until|without|by\s+default)\b|\d{4}",
    re.IGNORECASE)
STATUS_WORDS = 6


# A state now: "the build on CI is red because of lint"; not "when tide is down ..."
_STATE_NOW = re.compile(r"\b(?:is|are)\s+(?:red|green|down|broken|failing)\b(?!\s+(?:on|for|"
                        r"during|until|after|before|every|each|between|outside)\b)",
                        re.IGNORECASE)
_CONDITION = re.compile(r"\b(?:if|when|whenever|unless|while|once|in\s+case)\b", re.IGNORECASE)


def _of_the_moment(s: str) -> bool:
    """A remark about this session, this change, this moment: true now, noise later."""
    if len(words(s)) <= STATUS_WORDS and _STATUS.search(s) and not (
            _STANDING.search(s) or _RECURS.search(s)):
        return True
    if _STATE_NOW.search(s) and not _CONDITION.search(s):
        return True
    first = _FIRST_CLAUSE.split(s, 1)[0]
    pointed = s if len(words(first)) < 4 else first  # "too much, just the one line"
    if _PREFERENCE.match(s) and _holds(s):  # "i prefer a summary of the diff before you ..."
        return bool(_MOMENT.search(s) or _POINTING.search(pointed)) or _dated(s)
    if _NO_LONGER.search(s) and not _MOVED.search(s):
        return True  # "it doesn't work anymore"; not "it isn't in config/ anymore, it moved"
    return bool(_SESSION.search(s) or _POINTING.search(pointed) or _BUG_REPORT.search(s)) \
        or _dated(s)


# Where a sentence's first clause ends: what follows may point back at it.
_FIRST_CLAUSE = re.compile(r"[,;:]\s+|\s+-+\s+|\s+(?:so|but|and\s+then|because|since|as)\s+",
                           re.IGNORECASE)


# Openings that tie a sentence to the moment or to someone's wish of the moment.
_DEICTIC_START = re.compile(
    rf"^(?:it|it's|its|that|that's|thats|this(?!\s+{_HORIZON})|this's|these|those|there's|"
    r"theres|heres|here|happens|happened|fails|failed|crashes|crashed|breaks|broke|dies|died|"
    r"hangs|hung|"
    r"here's|he|she|they|now|he's|she's|they're|what|same|also|and|or|but|plus|just|only|"
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
    r"|^the\s+(?:crash|segfault|(?:memory\s+)?leak|regression|deadlock|panic|slowdown|"
    r"(?:latency\s+|cpu\s+|memory\s+)?spike|culprit|race(?:\s+condition)?|hang|outage|"
    r"(?:failing|broken|offending|crashing)\s+[\w-]+)\s+(?:is|was|only|happens|happened|"
    r"occurs|comes|came|appears|appeared|started|starts|must|might|could|seems|looks|goes|"
    r"went)\b"
    # what the assistant gave: "the fix you proposed works for ..."
    r"|^the\s+[\w-]+(?:\s+[\w-]+)?\s+you\s+(?:just\s+)?(?:proposed|suggested|wrote|added|"
    r"made|gave|generated|changed|did|sent)\b"
    r"|^[\"'“]",  # a quoted string opening a correction: '"recieve" should be "receive"'
    re.IGNORECASE)

# Someone's wish or word of the moment ("the designer wants ...", "Priya says hi").
_REPORTED = re.compile(
    r"^(?:[\w.'-]+\s+){0,3}(?:says|said|wants|wanted|asked|asks|suggested|suggests|"
    r"mentioned|approved|told|thinks|thought|changed\s+(?:his|her|their|my)\s+mind)\b",
    re.IGNORECASE)

# Hedges: an opinion or a guess, not a fact to keep.
_HEDGE = re.compile(
    r"\b(?:probably|maybe|perhaps|i\s+think|i\s+guess|i\s+suppose|i\s+mean|i\s+feel|"
    r"might\s+want|(?<!you're\s)(?<!youre\s)(?<!you\sare\s)not\s+sure|no\s+idea|seems\s+like|looks\s+like|i\s+wonder|"
    r"i\s+suspect|my\s+guess|somewhere\s+in)\b"
    # a guess with no subject: "could be the timezone thing", "feels like a cache bug"
    r"|^(?:could|might|may|must)\s+be\b|^(?:feels|smells|sounds)\s+like\b",
    re.IGNORECASE)

# The speaker about themselves: only a standing preference or habit is worth keeping.
_FIRST_PERSON = re.compile(r"^(?:i|i'm|im|i've|i'd|i'll|me|my|myself)\b", re.IGNORECASE)
_PREFERENCE = re.compile(
    r"^(?:i\s+(?:(?:really\s+|strongly\s+)?(?:prefer|like|love|hate|dislike|want(?!\s+you)|"
    r"use|(?:mostly\s+|mainly\s+|usually\s+)?work\s+(?:in|with|on\s+a)|always|never|"
    r"usually|tend\s+to|don'?t\s+(?:like|use|want))"
    r"|am\s+(?:a|an|on|in|based))|i'?d\s+(?:rather|prefer)\b|i'?d\s+like\s+you\s+to\s+always\b"
    # "I'm on Windows", "I'm on an M2 Mac"; not "I'm on the train", "I'm in a meeting"
    r"|i'?m\s+(?:based\s+in|(?:on|in)\s+(?!(?:the|my|this|that|it)\b|(?:a|an)\s+(?:call|"
    r"train|plane|bus|break|meeting|roll|hurry|rush|deadline)\b|(?:meetings|calls|standups?|"
    r"transit|traffic|class|school|office|interviews)\b)|(?:a\s+(?:bit|little)\s+|slightly\s+|"
    r"very\s+)?(?:(?:[\w-]+\s+)?colou?r-?blind|dyslexic|left-handed)\b|new\s+to\b|"
    r"(?:a|an)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:person|kind\s+of\s+(?:person|dev|developer))\b)"
    r"|i'?ve\s+(?:switched|moved)\s+(?:to|from)\b"
    r"|my\s+(?:name|editor|ide|shell|os|timezone|time\s+zone|machine|laptop|setup|"
    r"preference|preferences|handle|email|github|pronouns|terminal|keyboard|role|team)\b)",
    re.IGNORECASE)

# A learning filed as team knowledge that is one person's taste.
_PERSONAL = re.compile(
    r"^(?:i|i'm|i've|i'd|my|personally|for\s+me)\b"
    r"|^(?:the\s+)?(?:user|developer|dev|speaker|author|requester|they)\s+(?:\w+\s+)?"
    r"(?:prefers?|likes?|loves?|hates?|dislikes?|wants?|would\s+rather|uses?|is\s+used\s+to)\b"
    r"|^\w+(?:\s+\w+)?\s+(?:personally\s+)?(?:prefers|likes|loves|hates|dislikes|"
    r"would\s+rather)\b(?!.*\b(?:team|we|everyone|all\s+of\s+us)\b)",
    re.IGNORECASE)
_TEAM_SUBJECT = re.compile(
    r"^(?:the\s+)?(?:team|teams|we|everyone|everybody|all|nobody|the\s+company|the\s+org|"
    r"engineering|ops|sre|platform|security|legal|finance|product|qa|design|ci|our)\b",
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
    r"script|loop|regex|hook|snapshot|section|paragraph|title|line|copy|text|email|doc)\b",
    re.IGNORECASE)


_KEEP_THAT = re.compile(r"^(?:please\s+)?(?:remember|note|keep\s+(?:that|this|it)\s+in\s+mind|"
                        r"don'?t\s+forget)(?:\s+(?:that|this|it))?[\s.!]*$", re.IGNORECASE)


_KEEP_TAIL = re.compile(r"[,;:-]\s*(?:please\s+)?(?:remember|note|keep\s+(?:that|this|it)\s+"
                        r"in\s+mind|don'?t\s+forget)(?:\s+(?:that|this|it))?[\s.!]*$",
                        re.IGNORECASE)
# "in the docstring", "only for the last week": the tail of an instruction, not a statement.
_FRAGMENT = re.compile(r"^(?:in|on|at|for|with|to|from|into|inside|under|without|after|before|"
                       r"only|just|except|not)\b(?:\s+\S+){0,4}\s*[.!]?$", re.IGNORECASE)


# A bare verb and its object ("exercise the faulty server", "bump all the deps"): an order,
# whatever the verb; a statement rarely opens with a word followed by a determiner, except
# after a quantifier or a preposition ("All the tests ...", "In the monorepo ...").
_IMPERATIVE = re.compile(
    r"^(?![^\W\d_]*[^\Ws]s\s+(?:that|which|who)\b)"  # "Jobs that touch ...": a relative clause
    r"(?!(?:all|both|half|most|none|each|every|only|just|in|on|at|for|with|from|to|into|"
    r"under|after|before|during|since|across|within|without|behind|per|of|by|about|over|"
    r"when|while|if|unless|once|then|now|here|there|im|ive|id|ill)\b)[^\W\d_]+\s+(?:the|this|"
    r"that|these|"
    r"those|my|your|a|an|it|them|everything)\b", re.IGNORECASE)


def _is_request(s: str) -> bool:
    return bool(_REQUEST.match(s) or _IMPERATIVE.match(s)) and (
        not _RULE.search(s) or bool(_ONE_THING.match(s)))


def is_candidate(sentence: str) -> bool:
    """A statement that could teach something durable: not a question, an acknowledgement,
    a request to the assistant, a hedge, a fragment or a remark about this session."""
    s = " ".join(sentence.split())
    if not s or s.endswith(("?", "？", "¿")) or s.startswith("¿") or len(s) > MAX_CANDIDATE_CHARS:
        return False
    if _ONLY_ACK.match(s) or _REACTION.match(s) or _REACTION_TAIL.search(s) or _MUSING.match(s) \
            or _DANGLING.search(s) or \
            looks_like_code_or_log(s) or is_output(s):
        return False
    said = s
    s = _LEADING.sub("", s).strip()  # "ok, the staging DB ..." is about the staging DB
    s = _KEEP_TAIL.sub("", s).strip()  # "..., remember that": the statement is the point
    if _FRAGMENT.match(s):
        return False
    if sum(any(ch.isalpha() for ch in w) for w in words(s)) < 3:
        return False
    if _QUESTION.match(s) or _QUESTION_OPENING.match(s) or _pleads(s) or _HEDGE.search(s) \
            or _of_the_moment(s):
        return False
    if _DEICTIC_START.match(s) or _REPORTED.match(s):
        return False
    if _FIRST_PERSON.match(s) and not _PREFERENCE.match(s):
        return False
    if _is_request(s) or foreign_chatter(said) or s != said and foreign_chatter(s):
        return False
    # "the CI job timed out, rerun it": a request or a question in a later clause ("...,
    # remember that" asks to keep the statement: it is no request of the moment).
    # A fact, then what to do about it after a colon or a semicolon ("Autogenerate misses
    # enum changes: write ALTER TYPE by hand") is a procedure; after a comma, a dash or
    # "so", a request ("the job timed out, rerun it").
    return bool(_RULE.match(s) or _PREFERENCE.match(s)) or not any(
        _TERSE_ORDER.match(c) or _QUESTION.match(c) if joined in ";:" else _asks(c)
        for joined, c in _joined_clauses(s))


def _pleads(s: str) -> bool:
    """A "please" that asks for something now; "..., so please avoid X" / "please never X"
    / "pls keep names boring" asks for a standing rule, which is a convention worth keeping,
    and "short answers pls" for a way of working."""
    for clause in [s, *_clauses(s)]:
        found = _PLEASE.search(clause)
        if found is None:
            continue
        rest = clause[found.end():].lstrip(" ,")
        if not (_RULE.match(rest) or _RULE.search(clause) or _KEEP_ON.match(rest)  # "... pls"
                or not rest.strip(" .!") and _STYLE.match(clause)):  # after "before you edit"
            return True
    return False


# "keep names boring", "stick to the 80-column limit"; not "keep going", "keep at it"
_KEEP_ON = re.compile(r"^(?:keep|stick\s+to|stay\s+with)\s+(?!going|on\b|at\b|up\b|it\s+up\b|"
                      r"\w+ing\b|(?:it|them|this|that|these|those)\s*(?:and\b|as\s+is\b|[,.;!]|$))",
                      re.IGNORECASE)
# A way of working asked for in a few words: "short answers pls", "smaller commits please"
_STYLE = re.compile(r"^(?:short|shorter|brief|briefer|concise|terse|detailed|longer|fewer|"
                    r"smaller|simpler|plain)\s+(?:[\w-]+\s+)?(?:answers|replies|responses|"
                    r"explanations|summaries|commits|messages|prs|diffs|functions|names|"
                    r"comments|sentences|variable\s+names)\b", re.IGNORECASE)


# "..., rotate them": a short order about what is on screen, closing a sentence.
_TERSE_ORDER = re.compile(r"^[^\W\d_]+\s+(?:it|them|this|that|these|those)\s*[.!]*$",
                          re.IGNORECASE)


def _asks(clause: str) -> bool:
    """A later clause that asks something of the assistant or the reader."""
    if len(words(clause)) < 2 or _KEEP_THAT.match(clause) or clause.lower().startswith(
            ("not ", "never ", "only ", "always ", "don't ", "dont ", "do not ", "avoid ")):
        return False
    return bool(_QUESTION.match(clause) or _TERSE_ORDER.match(clause)) or (
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
    if said and _GUESS_OPENS.match(_LEADING.sub("", said[0]).strip()) or \
            _BUG_REPORT.search(text):
        return []  # "maybe it's the cache? the old roster still shows": debugging aloud
    vents = bool(said) and bool(_VENTS.match(said[0])) and not _ONLY_ACK.match(said[0])
    if vents or has_paste(text):  # about a pasted block or a groan: only what holds is kept
        holding = [_holds(_LEADING.sub("", s).strip()) and not _points_back(s) for s in said]
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
        or _ASKS_NOW.match(whole) and not _holds(whole))  # "please squash these into one"
    return found or ([redact(whole)] if rescued else [])


def _points_back(s: str) -> bool:
    """A later clause points at something ("..., so this blows up"): with a paste beside
    it, at the paste."""
    first = _FIRST_CLAUSE.split(s, 1)[0]
    return bool(_POINTING.search(s[len(first):]))


def _holds(s: str) -> bool:
    """A sentence phrased as holding beyond the moment: a rule, or a fact with its reason or
    its condition ("..., because the LP library isn't Send", "only ever in the window")."""
    return bool(_RULE.search(s) or _STANDING.search(s) or _RECURS.search(s))


def _candidates(said: list[str]) -> list[str]:
    """The rules' statements of a message's sentences: candidates next to each other as one."""
    out: list[str] = []
    run: list[str] = []
    taken = 0
    for s in said:
        if taken < MAX_CANDIDATES and is_candidate(s):
            run.append(" ".join(s.split()))
            taken += 1
        elif run:
            out.append(redact(" ".join(run)))
            run = []
    if run:
        out.append(redact(" ".join(run)))
    return out


def unfit_learning(content: str, personal: bool = False) -> str | None:
    """Why an extracted learning must not be stored (None: it may), whatever the model says.

    Narrower than `is_candidate`, which sorts a chat's lines: the model was asked for
    self-contained facts, which say "the same key", "tests that touch Celery", "every Sunday"
    or "`make e2e` needs Docker" as durable facts do. What is refused names this moment or
    this session's work. `personal`: filed as the speaker's own memory, where "Lena wants
    answers in German" is the point, not someone's wish of the moment."""
    text = " ".join(content.split())
    if len(words(text)) < 3:
        return "too short to mean anything later"
    if holds_secret(text):
        return "it holds a credential"
    if text.endswith("?") or _QUESTION.match(text):
        return "it is a question, not a fact"
    if _MOMENT.search(text) or _dated(text) or not personal and _REPORTED.match(text):
        return "it is about this session, not something that stays true"
    bare = _LEADING.sub("", text).strip()
    if _POINTS_AT.match(bare) or _HEDGE.search(bare) or _ONLY_ACK.match(text):
        return "it is a remark of the moment, not a fact"
    return None


# What a written learning may not say: this moment, this session's work.
_MOMENT = re.compile(
    r"\b(?:today|tonight|tomorrow|yesterday|right\s+now|for\s+now|just\s+now|"
    r"at\s+the\s+moment|this\s+(?:morning|afternoon|evening|session|conversation|chat|task|"
    r"change|diff|pr|pull\s+request|branch|ticket)|in\s+this\s+(?:conversation|session|chat)|"
    r"(?:my|your|the\s+user'?s|the\s+current)\s+(?:branch|pr|change|changes|diff|patch|"
    r"ticket|task|draft|commit|commits)|the\s+change(?!\s*(?:log|set|request|freeze|window|"
    r"review|management))|(?:is|are)\s+(?:about\s+to|going\s+to)|almost\s+done)\b",
    re.IGNORECASE)
_DAYS = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
# "by Friday", "Friday's demo": this week's; "on Fridays" recurs (_RECURS)
_WEEKDAY = re.compile(rf"\b(?:(?:by|on|until|before|after|next|last|this)\s+(?:{_DAYS}|eod|"
                      rf"eow|noon)\b|{_DAYS}'s\b)", re.IGNORECASE)
# A written learning that opens by pointing at something on screen ("It fails on ...").
_POINTS_AT = re.compile(r"^(?:it|it's|its|this|that|that's|these|those|here|here's|he|she|"
                        r"they|he's|she's|they're)\b", re.IGNORECASE)


def _dated(text: str) -> bool:
    """A time of day or a weekday that does not recur: a deadline of this week."""
    return bool(_CLOCK.search(text) or _WEEKDAY.search(text)) and not _RECURS.search(text)


def is_personal(content: str) -> bool:
    """One person's preference ("I prefer small commits", "Alice prefers tabs") belongs to
    its speaker, not to the team."""
    text = " ".join(content.split())
    return bool(_PERSONAL.match(text)) and not _TEAM_SUBJECT.match(text)


def holds_secret(text: str) -> bool:
    """A credential by shape or by context, or the mark one left: never a learning."""
    return REDACTED in text or contains_secret(text)
