"""Turns that react rather than state: a reaction to what just happened, a groan, sarcasm,
thanks, small talk. gcode.capture reads a message that opens or ends with one as about the
moment (only what it says holds beyond it is kept)."""

from __future__ import annotations

import re

# A reaction to what just happened ("nice, the score went up", "sorry, wrong file"): what
# follows is about the moment. Neutral openers ("ok, ...", "also, ...") are not reactions.
# "no, the other way around: <the fact>" and "sorry, correction: <the fact>" correct with a fact.
REACTION = re.compile(r"^\s*(?:(?:no\s*,?\s*)?the\s+other\s+way\s+a?round\s*"
                      r"(?:[,!.;\u2014\u2013-]|$)|(?:nice|great|cool|awesome|perfect|excellent|neat|sweet|wow|whoa|"
                      r"better|worse|closer|almost|"
                      r"oops|whoops|sorry(?!\s*[,.!-]?\s*correction\b)|ugh|argh|damn|welp|lol|lmao|haha|heh|yay|my\s+bad|"
                      r"good\s+(?:catch|call|job|one))\s*[,!.:;-]"
                      # a mood about a tool: "I hate sbt sometimes"
                      r"|\s*i\s+(?:hate|loathe|love)\s+(?:[\w`.-]+\s+){1,2}(?:sometimes|so\s+much|"
                      r"today)\s*[.!]*$)", re.IGNORECASE)
REACTION_TAIL = re.compile(r"(?:[,;:-]\s*(?:ugh|argh|lol|lmao|haha|sigh|meh|damn|oops|yikes|"
                           r"weird|strange|odd|hmm+|interesting|i\s+hate\s+it|(?:i\s+)?love\s+it|"
                           r"classic|typical|as\s+usual|never\s*mind|nvm)|\s(?:lol|lmao|rofl|haha|nice)|\s[\U0001F389\U0001F648"
                           r"\U0001F629\U0001F605\U0001F926\U0001F643\U0001F62C\U0001F480"
                           r"\U0001F62D\U0001F972\u2705\u274C]+)"
                           r"[\s.!]*$", re.IGNORECASE)  # "always the same flaky test, ugh"
# Thinking aloud about what is on screen: "hmm the migration ran but ...", "interesting, ..."
PUZZLED = r"hmm+|huh|interesting|weird|strange"
MUSING = re.compile(rf"^\s*(?:hm+|{PUZZLED})\b(?!\s+(?:is|are|was)\b)", re.IGNORECASE)

# A message that opens with a groan or a puzzled sound ("ugh, this flaky test again.
# test_x failed on CI and passes locally").
VENTS = re.compile(rf"^\s*(?:ugh+|argh+|sigh|damn|dammit|wtf|omg|{PUZZLED})\b"
                   # sarcasm first: "Oh good, the agent build is failing"
                   r"|^\s*oh\s+(?:good|great|joy|lovely|wonderful|perfect|brilliant|fantastic)\b"
                   # "I've been staring at this for an hour": what follows is the bug at hand
                   r"|^\W*(?:(?:hey|hi|so|ok|okay|well|honestly)\b[\s,]*)*i'?ve\s+been\s+(?:on|at|"
                   r"staring\s+at|looking\s+at|stuck\s+on|debugging|fighting(?:\s+with)?)\s+"
                   r"(?:this|it)\s+for\b"
                   # the bug at hand found: "Found it.", "I have confirmed the root cause."
                   r"|^\W*(?:(?:ok|okay|so)\b[\s,]*)?(?:found\s+it\b|i\s+(?:have\s+|'ve\s+)?"
                   r"(?:found|confirmed|identified)\s+the\s+(?:root\s+)?cause\b|root\s+cause\s*:"
                   r"|oh\s+come\s+on\b"
                   # "this flaky playmode test AGAIN."
                   r"|^\W*(?:this|that|the)\s+(?:[\w-]+\s+){0,3}(?-i:AGAIN)\b"
                   # confusion about what is at hand: "Honestly I don't understand why the ACK ..."
                   r"|^\W*(?:(?:honestly|ok|okay|so|sorry)\b[\s,]*)?i\s+(?:(?:really\s+)?(?:don'?t|do\s+not)"
                   r"\s+(?:understand|get)|am\s+confused|'m\s+confused)\b)", re.IGNORECASE)
# A message that ends in sarcasm is a groan about the moment: "... Lovely.", "Of course it does."
SARCASM = re.compile(r"\W*(?:lovely|cute|fantastic|brilliant|wonderful|classic|whatever|"
                     r"of\s+course(?:\s+it\s+(?:does|did|is|was|doesn'?t|won'?t))?|fun\s+times|"
                     r"just\s+great)\W*", re.IGNORECASE)
# Thanks for something done ("Thank you very much for the review."), an apology for the
# message itself ("sorry for the wall of text.")
THANKS = re.compile(r"^\W*(?:(?:wonderful|great|perfect|awesome|lovely|brilliant|amazing|"
                    r"fantastic|ok|okay)[\s,!.]+)?(?:thanks|thank\s+you|thx|ty)\b"
                    r"(?:\s+(?:so|very)\s+much)?"
                    r"(?:\s+for\b[^.!]*)?[.!\s]*$|^\W*(?:(?:hey|hi)\s+\w+\W+)?(?:sorry|apologies)\s+"
                    r"(?:for|about)\s+the\s+[^.!?,]{0,30}[.!]*$", re.IGNORECASE)

# Small talk: "Good morning from Montevideo, hope everyone had a lovely weekend"
SMALL_TALK = re.compile(r"\bhope\s+(?:you|everyone|everybody|all|y'?all)\b.{0,40}\b(?:weekend|"
                        r"holiday|holidays|break|day|week|evening|trip|well)\b", re.IGNORECASE)
