"""How a statement opens: what comes before the fact it states. An interjection or a heads-up
("ok, ...", "fun fact: ..."), a preamble hedging or apologising for it ("sorry if this is
obvious but ..."), a teammate who passed it on ("Priya told me ...") or someone's word of the
moment ("the designer wants ..."). gcode.capture judges what follows."""

from __future__ import annotations

import re

from gcode.capture_words import INTERJECTION as _INTERJECTION

# An interjection or a heads-up before the words: "ok, ...", "heads up: ...".
LEADING = re.compile(rf"^\s*(?:[^\w\s`'\"(\[<~/.$@#*-]+\s*)?"  # an emoji before the words
                     rf"(?:(?:{_INTERJECTION}|and(?=\s+(?:btw|fyi|fwiw|also|ps)\b))\b[\s,.!:;-]*)*"
                     r"(?:so\b[\s,]*)?"
                     r"(?:(?:it\s+)?turns\s+out(?:\s+that)?\b[\s,]*)?"
                     # "Correcting what I said earlier: ..." opens the fact that holds now
                     r"(?:correct(?:ing|ion)(?:\s+to)?\s+(?:what\s+(?:i|you)\s+said(?:\s+(?:earlier|"
                     r"before|yesterday|above))?|myself|my\s+earlier\s+\w+|from\s+(?:yesterday|"
                     r"earlier|before|this\s+morning|last\s+week))\s*[:,.!-]+\s*"
                     # "actually it's the other way round: staging is ...": the fact that holds
                     r"|(?:(?:actually|no)\s*,?\s*)*(?:it'?s\s+)?the\s+other\s+way\s+a?round\s*:\s*)?"
                     # "fun fact that bit me again: ...", "heads up: ...", "TIL: ..."
                     r"(?:(?:fun\s+fact|fyi|pro\s+tip|tip|heads[\s-]+up|gotcha|psa|til|"
                     r"lesson(?:\s+learned)?|reminder|for\s+context|for\s+the\s+record)\b"
                     r"[^:\n]{0,30}:\s*)?",
                     re.IGNORECASE)
# A preamble before the fact, hedging or apologising for it: "sorry if this is obvious but
# ...", "not sure if this matters but I noticed ...", "I think this one is important so I'm
# writing it down here: ...", "one more thing I learned today: ...", "So I asked at standup
# and it turns out ...". What follows it is the statement.
PREAMBLE = re.compile(
    r"^\W*(?:(?:hi|hey|hello|morning|ok|so|also|oh|and|no|nope|(?:i'?m\s+)?sorry|btw)\b[\s,.!-]*)*(?:"
    r"(?:sorry|apologies)\s+if\s+(?:this\s+is|it'?s)\s+(?:obvious|known|a\s+dumb\s+\w+|"
    r"old\s+news)[\s,]*(?:but\s+)?"
    r"|(?:i'?m\s+)?not\s+sure\s+if\s+(?:this|it)\s+matters[\s,]*(?:but\s+)?"
    r"|(?:just\s+)?(?:so\s+we'?re\s+on\s+the\s+same\s+page|to\s+be\s+clear|for\s+clarity)\s*[:,]\s*"
    # said for later readers: "for future reference ...", "background for whoever reads this"
    # "I just found out the hard way that ...", "I learned today that ...": what follows holds
    r"|i\s+(?:just\s+)?(?:found\s+out|learned|learnt|realized|realised|discovered)(?:\s+(?:today|"
    r"yesterday|this\s+week|the\s+hard\s+way))+\s+that\s+"
    r"|(?:ok\s+)?(?:i\s+)?figured\s+it\s+out\s*[:\u2014\u2013-]\s*"
    r"|this\s+is\s+the\s+thing\s+i\s+mentioned(?:\s+\w+)?\s*[:\u2014\u2013-]\s*"
    r"|for\s+future\s+reference[\s,:]*|(?:just\s+)?so\s+you\s+know[\s,:]*(?:that\s+)?"
    r"|quick\s+(?:one|question|q)(?:\s+before\s+[\w-]+)?\s*(?::|,|\s[\u2014\u2013-])\s*|background\s+for\s+[^:\n]{0,40}:\s*"
    # "ok so what i learned the hard way: ...", "lessons learned: ..."
    r"|what\s+(?:i|we)\s+(?:learned|learnt|found\s+out)(?:\s+(?:today|the\s+hard\s+way))*\s*:\s*"
    r"|i\s+think\s+this\s+(?:one\s+)?is\s+(?:important|worth\s+\w+)[^:\n]{0,50}:\s*"
    r"|one\s+more\s+thing[^:\n\u2014\u2013]{0,50}(?::|\s[\u2014\u2013-])\s*"
    # "I should have said this at the start: ..."
    r"|i\s+should\s+have\s+(?:said|mentioned|told\s+you|flagged|written)\b"
    r"[^:\n\u2014\u2013]{0,40}(?::|\s[\u2014\u2013-])\s*"
    r"|it'?s\s+always\s+(?:this|the\s+same(?:\s+thing)?)\s*[:\u2014-]\s*"
    # the assistant corrected: "actually you got that wrong, the team decided ...", "sorry,
    # that's wrong - our account is in eu-central-1"; and said before it slips the mind
    r"|wrong\s*(?:[,:;]|\s[\u2014\u2013-])\s*"
    r"|(?:actually\s+)?(?:you\s+(?:got|have)\s+(?:that|it|this)\s+wrong|you'?re\s+wrong(?:\s+"
    r"there|\s+about\s+(?:that|this|it))?|that'?s\s+(?:wrong|"
    r"not\s+right|incorrect|outdated))\s*(?:[,:;.!]|\s[\u2014\u2013-])\s*(?:actually\s+)?"
    r"|(?:oh\s+)?(?:and\s+)?before\s+i\s+forget\s*[,:\u2014\u2013-]\s*"
    r"|(?:just\s+a\s+|friendly\s+)?reminder\s+that\s+|(?:please\s+)?note\s+that\s+"
    r"|(?:but\s+|and\s+)?for\s+the\s+record[\s,:]+"
    # "also note the integration tests need X": a clause follows the "note"
    r"|(?:please\s+)?note\s+(?=(?:the|our|all|every|any)\s+(?:[\w`.-]+\s+){1,4}(?:needs?|requires?|"
    r"must|runs?|uses?|is|are|has|have|only)\b)"
    # "decision from yesterday's sync: ...": what was decided, wherever
    r"|(?:team\s+)?decision\s+(?:from|at|in|of)\s+[^:\n]{0,40}:\s*"
    r"|[^.:\n]{0,40}\bit\s+turns\s+out(?:\s+that)?\s+)"
    # ... and what the speaker did to find it: "I found out the hard way that ..."
    r"(?:i\s+(?:found\s+out|learned|noticed|realized|realised|discovered)(?:\s+the\s+hard\s+"
    r"way)?(?:\s+that)?\s+)?", re.IGNORECASE)

# Someone's wish or word of the moment ("the designer wants ...", "Priya says hi").
# A teammate's rule or fact passed on: "Priya told me we can't log patient names", "jen says
# the sentry project is bff-prod". What was passed on is judged as if said (a report of the
# moment, "mike says the deploy is stuck", stays one).
RELAYED = re.compile(r"^(?:(?:my|our)\s+[\w-]+\s+)?(?!(?:the|this|that|it|its|ok|so|and|ci|"
                     r"jira|docs?|readme|log|logs|error|output|ticket|spec|mockup|dashboard|"
                     r"config|file|message|comment|sentry|grafana|datadog|github|gitlab|jenkins|"
                     r"buildkite|circleci|kubectl|npm|pip|cargo|git|docker|helm|terraform|"
                     r"compiler|profiler|linter|mypy|eslint|pytest|clippy|tsc)\b)"
                     # a person (a name, "my mentor Tomasz", "mark from design") said it
                     r"(?:[^\W\d_][\w'-]*(?:\s+from\s+[\w-]+)?\s+(?:told\s+(?:me|us)|says|"
                     r"reminded\s+(?:me|us)|confirmed)"
                     # "in onboarding I was told ...": what someone who knows told the speaker
                     r"|(?:[\w-]+\s+){0,3}?(?:i|we)\s+(?:was|were|have\s+been|'ve\s+been)\s+"
                     r"told)(?:\s+that)?\s+(?!to\b)", re.IGNORECASE)
REPORTED = re.compile(  # not a condition: "if rspec says a constant is missing, ..."
    r"^(?!(?:if|when|whenever|once|unless)\b)(?:[\w.'-]+\s+){0,3}(?:says|said|"
    r"wants(?![^,.;]*\b(?:every|all|each|any)\b)|wanted|asked|asks|"
    r"suggested|suggests|"
    r"mentioned|approved|told|thinks|thought|changed\s+(?:his|her|their|my)\s+mind|"
    r"(?:is|are)\s+asking)\b",
    re.IGNORECASE)


def unwrapped(text: str) -> str:
    """What a statement says past its preamble ("sorry if this is obvious but ...") and
    past who passed it on ("Priya told me ...")."""
    past = PREAMBLE.sub("", text) or text
    led = LEADING.sub("", past)  # "oh also, sorry, Priya told me that ..."
    return RELAYED.sub("", led if RELAYED.match(led) else past) or text
