"""What in a message asks or answers something now: a question without its question mark, a
request for this turn, feedback on the last answer, a guess at the bug at hand. Such a
sentence teaches nothing later (gcode.capture leaves it out)."""

from __future__ import annotations

import re

# A question without its question mark.
QUESTION = re.compile(
    r"^(?:(?:what|why|how|where|which|who|whose|whom)(?:'s|'re|\s+(?:is|are|does|do|did|was|"
    r"were|can|could|should|would|will|about|else|come))\b"
    r"|(?:is|are|does|do|did|can|could|would|will|should|shall|have|has|was|were|am|isn't|"
    r"aren't|doesn't|don't|didn't|won't|wouldn't|shouldn't)\s+(?:(?:you|i|it|that|this|there|we|"
    r"they|he|she|the|these|those|anything|anyone|any|my|your|our)\b|(?<!\bdo\s)(?=`))"
    r"|any\s+(?:idea|ideas|clue|thoughts)\b|(?:wdyt|thoughts|ideas)\b)",
    re.IGNORECASE)
# ... and one only a sentence opens with ("which file handles X": a clause ", which has no
# ResizeObserver" is a relative one).
QUESTION_OPENING = re.compile(
    r"^(?:which\s+\w+|how\s+(?:many|much|long|often|come)\b|should\s+(?!not\b)\w+"
    r"|(?:(?:might|may|could)\s+be\s+|probably\s+|maybe\s+)?worth\s+(?:checking|a\s+look|looking|"
    r"trying|testing|asking|a\s+try)\b"
    r"|(?:what|whose)\s+[\w-]+\s+(?:does|do|did|is|are|was|were|should|would|can|could)\b)",
    re.IGNORECASE)

# Feedback on the last answer ("that's not what i meant"), a status report or a plan for
# the day under its heading ("## status", "plan for today:"): the whole message is now.
ABOUT_NOW = re.compile(r"\b(?:that'?s|thats|this\s+is|it'?s)\s+not\s+what\s+i\s+(?:meant|asked|"
                        r"wanted|said)\b|^\W*(?:#+\s*)?(?:(?:quick|short|daily|my)\s+)?(?:status|standup|"
                        r"progress|eod|wip)\s*(?:update|report|on\s+[^:\n]{1,40})?\s*[:\n]|"
                        r"^\W*update\s+for\s+(?:today|tonight|this\s+\w+)\s*:|"
                        # feedback on the last answer: "Not quite. The focus moves, but ..."
                        r"\A\W*(?:not\s+quite|close,?\s+but)\b|"
                        # a to-do list, an agenda, a handoff: "- [ ] upload to FTP by 18:00"
                        r"^\s*[-*]\s*\[[ xX]\]\s|"
                        r"\A\W*(?![^\n:]*\b(?:every|each|always)\b)[^\n:]{0,40}"
                        r"\b(?:agenda|handoff|update|status)\b[^\n:]{0,30}:[ \t]*\n|"
                        r"\A\W*for\s+(?:today|tonight|tomorrow|this\s+\w+)\s*:|"
                        # a list under a heading of now, nothing else: "devices for today's run:"
                        r"\A\W*[^\n:]{0,60}\b(?:today|tonight|this\s+(?:week|sprint|morning|"
                        r"afternoon|run))(?:'s)?\b[^\n:]{0,40}:[ \t]*\n"
                        r"(?:\s*(?:[-*\u2022]|\d+[.)])[^\n]*(?:\n|\Z))+\s*\Z|"
                        r"\bstatus\s+(?:for|of)\s+(?:today|tonight|this\s+\w+)\b|\A\W*(?:#+\s*)?(?:next\s+steps|plan(?!\s*:\s*\d)|"
                        r"review\s+notes(?:\s+on\s+[^\n:]*)?)\s*[:\n]|\bplan\s+for\s+(?:today|tonight|tomorrow|now|"
                        r"this\s+\w+)\s*:|\bthat'?s\s+the\s+(?:whole\s+|real\s+)?(?:bug|flake|problem|culprit|"
                        r"race|regression|leak|hitch|slowness)(?:\s*[.!]*$|,\s*not\b)|here'?s\s+how\s+(?:i'?d\s+"
                        r"like|we'?ll|i'?ll|let'?s|we\s+should)\b", re.IGNORECASE | re.MULTILINE)

# A message that opens with a guess is about the bug at hand, whatever follows.
GUESS_OPENS = re.compile(r"^(?:(?:could|might|can|would)\s+it\s+be(?!\s+(?:ok|okay|alright|"
                          r"possible|fine|cool)\b)|maybe|perhaps|"
                          r"is\s+it\s+(?:the|a|because|just)|"
                          r"(?:my\s+|working\s+)?(?:hypothesis|theory)\s*:)", re.IGNORECASE)

# A message that asks for something now: "Please squash these into ...", "Let us first ...".
ASKS_NOW = re.compile(r"^(?:(?:please|pls|plz)\s+(?!don'?t|dont|do\s+not|never|always|keep|"
                       r"remember|note|bear|make\s+sure)|(?:let'?s|let\s+us)\s+(?!always|never|"
                       r"not|be\s+clear|agree|keep|stick))", re.IGNORECASE)
# "write me a one-liner that ...": one thing, now
ONE_THING_NOW = re.compile(r"^(?:write|give|show|make|get|find|build|draft|generate)\s+me\s+"
                            r"(?:a|an|one|some)\b", re.IGNORECASE)
