"""What makes an order a standing rule rather than a request of the moment: "always ...",
"never ...", a prohibition with its reason, "use X, not Y", an order with what goes wrong
without it, a way of working asked for every answer. gcode.capture keeps such a sentence
(a convention the team or the speaker holds), and leaves out the same verbs asked for now."""

from __future__ import annotations

import re

from gcode.capture_text import FROM_NOW_ON

# An order for every time: "run the tests yourself before telling me it works. every time."
EVERY_TIME = re.compile(r"\bbefore\s+(?:telling|saying|claiming|reporting)\s+(?:me|us)\b"
                         r"|\bif\s+(?:you|u|we|anyone|someone)\s+ever\b"
                         rf"|[,.;]\s*(?:{FROM_NOW_ON})[\s.!]*$", re.IGNORECASE)
# An imperative phrased as a standing rule: a convention, not a request.
RULE = re.compile(
    r"^(?:always|never|don'?t\s+ever|do\s+not\s+ever|avoid|prefer)\b"
    # "don't bump react-native past 0.73 yet — the geolocation lib hasn't certified 0.74"
    r"|^(?:(?:please|pls|plz)\s+)?(?:don'?t|do\s+not)\s+(?!worry|bother|forget)\w+.*(?:\s[—–-]\s|"
    r"\bbecause\b|\bb/c\b|\bunless\s+(?:i|we|you|u|someone|somebody)\b|"
    r",\s*(?:it|that|this|which)\s+(?:makes|breaks|causes|messes|confuses|clutters|pollutes|"
    r"bloats|hides|slows)\b|,\s*(?:it|that)'?s\s+(?:~?\d+\s*(?:minutes|mins?|hours?|h)\b|too\s+slow|"
    r"slow|expensive))"
    r"|^(?:don'?t|do\s+not)\s+(?!worry|bother|forget)\w+.*\b(?:in\s+(?:this\s+)?(?:repo|"
    r"project|codebase|ci)|on\s+(?:main|master|ci|prod(?:uction)?)|directly|ever)\b"
    r"|\b(?:w/o|without)\s+(?:asking|checking|telling)\b"
    # a correction shouted: "reads it from `app.config.js` NOT from .env"
    r"|\s(?-i:NOT)\s+(?:from|in|on|at|with|via)\b"
    # a convention for a kind of thing: "write commit messages in the imperative mood"
    r"|^(?:write|name|format|title|prefix|tag|sign)\s+(?:all\s+|your\s+|my\s+|our\s+)?(?:commit\s+messages|"
    r"commits|branch\s+names|branches|pr\s+titles|prs|pull\s+requests|changelog\s+entries|"
    r"log\s+messages|docstrings|comments|migrations|test\s+names)\s+(?:in|with|as|using|under|"
    r"like|after|by|[\w-]+[\s-]style)\b"
    r"|,\s*not\s+(?!(?:worth|sure|needed|necessary|great|ideal|bad|ok|okay|important|urgent|"
    r"that|now|yet|really|quite|much|a\s+big)\b)\S|\b(?:instead\s+of|rather\s+than)\s+(?!(?:the|this|that|these|those|my|"
    r"your|it)\b)|\bover\s+\S+\s*[.!]?$"
    # "run the interface tests with `./gradlew ...`", "ask before you add a new test file"
    r"|^run\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:tests?|suite|linters?|build|server|stack)\s+"
    r"(?:with|via|using|through)\s+`|^(?:always\s+)?ask\s+(?:me\s+)?(?:first\s+)?before\s+"
    r"(?:you|u)\s+\w+"
    r"|\bbefore\s+you\s+(?:edit|change|commit|push|run|touch|start|apply|write|delete)\s+"
    r"(?:any|anything|more|every|files)\b|"
    # "show me the diff and wait before applying anything": how every change is shown
    r"\b(?:diff|diffs|plan|summary)\b[^.,;]{0,30}?\bbefore\s+(?:editing|changing|committing|"
    r"pushing|running|touching|starting|applying|writing|deleting)\s+(?:any|anything|more|every|"
    r"files)\b|" + EVERY_TIME.pattern + (
    r"|^stop\s+\w+ing\b.*\b(?:everywhere|always|all\s+the\s+time|every\s+time|for\s+me|(?:on|to|in)\s+"
    r"(?:every|each|all|my)\b)"
    # what to do whenever something happens: "When you suggest a fix, give me the reason first"
    r"|^(?:when|whenever)\s+(?:you|u|something|anything|an?\s+[\w-]+)\s+(?!(?:get|have|find)\s+(?:a\s+)?(?:chance|time|sec|"
    r"second|minute|moment)\b|(?:'re|re|are)\s+(?:done|back|free|ready|finished|able)\b|"
    r"can\b|do\b|finish)[^,]{3,60},\s*(?:always\s+|please\s+|pls\s+)?[a-z]+\b"
    r"|\beven\s+(?:if|when)\s+(?:i|we|you|u)\b"
    # what a thing of a kind calls for: "if a rig fixture breaks, ping Jonas first"
    r"|^if\s+(?:an?|any)\s+[\w-]+\s+[^,]{3,60},\s*(?:always\s+)?[a-z]+\b"
    # an order with what goes wrong without it: "bump both together or CI and ECS diverge"
    r"|^(?![a-z']+\s+(?:it|them|this|that|these|those)\b).*?\b(?:or|otherwise)\s+(?:else\s+)?(?:(?:the|your|"
    r"our)\s+)?[\w`-]+(?:\s+[\w`-]+){0,2}(?:\s+(?:and|&)\s+[\w`-]+)?\s+"
    r"(?:will\s+|would\s+)?(?:diverge|fail|break|pile\s+up|drift|crash|hang|time\s+out|blow\s+up|"
    r"leak|lose|miss|go\s+(?:stale|out\s+of\s+sync)|(?:oom-)?kill|drop|reject|refuse|corrupt|"
    r"double-fire|die|(?:get|are|is)\s+(?:silently\s+)?(?:skipped|killed|dropped|lost|rejected|"
    r"corrupted|wiped|overwritten|blocked))\w*\b"
    # an order that waits for the speaker: "skip the explanations unless I ask for them"
    r"|\bunless\s+(?:i|we)\s+(?:ask|say|tell|request|want)\b"
    r"|^ask\s+(?:me|us)(?:\s+first)?\s+before\s+(?:you\s+)?\w+(?:ing)?\s+(?:any|anything|new|a\s+new)\b"
    r"|^ask\s+(?:him|her|them|[a-z]+)\s+(?:first\s+)?before\s+(?:changing|touching|editing|"
    r"merging|deploying|upgrading|bumping|deleting|adding|renaming|moving)\b"
    r"(?!\s+(?:it|them|this|that|these|those)\b)"
    # a way of working: "keep your answers short with me"
    r"|^keep\s+(?:your\s+|the\s+)?(?:answers|replies|responses|explanations|summaries|commits|"
    r"prs|diffs|messages|functions)\s+(?:short|brief|concise|small|focused|terse|simple)\b"
    # a way of answering: "don't summarize what you changed at the end of each answer"
    r"|\b(?:at\s+the\s+(?:end|start|top|bottom)\s+of|in|after|before)\s+(?:each|every|all)\s+"
    r"(?:of\s+)?(?:your\s+)?(?:answers?|replies|reply|responses?|messages?|turns?|commits?)\b"
    # "don't commit for me", "dont paste whole yamls at me"
    r"|^(?:don'?t|dont|do\s+not|never)\s+\w+(?:\s+\w+){0,2}\s+for\s+me\s*(?:[.!]*$|,\s*i\b)"
    # a convention by its verb: "dont hardcode either one"
    r"|^(?:don'?t|dont|do\s+not|never)\s+hard-?code\b"
    # who takes a kind of thing: "ping him not me for anything release related"
    r"|^(?:ping|ask|tag|cc|loop\s+in)\s+\w+(?:\s*,?\s*not\s+me)?\s+(?:for|about|on)\s+(?:anything|"
    r"everything|all|any|every)\b"
    r"|^(?:don'?t|dont|do\s+not|never)\s+[a-z]+\s+(?:whole|entire|full|long|huge|giant|big|raw)"
    r"\s+[\w-]+s\b"
    # a kind: "don't add comments that explain what the code does"
    r"|^(?:don'?t|do\s+not|never)\s+[a-z]+\s+(?!(?:the|this|that|these|those|my|your|it)\b)"
    r"(?:[\w-]+\s+)?[\w-]+s\s+(?:that|which|who)\b"
    # "run `make test-fast` for unit tests": how a thing is done here, not an order
    r"|^(?:run|use|call|invoke)\s+`[^`]+`\s+(?:for|to|before|after|when|whenever|if|on)\b"
    # "use `rg` not grep when you search": a tool over another; ", and always skip X"
    r"|^use\s+(?:`[^`]+`|[\w.-]+)\s+not\s+(?!(?:the|this|that|these|those|my|your|it|now|yet)\b)\S"
    r"|,\s*(?:and\s+)?(?:always|never)\s+[a-z]+\b"),
    re.IGNORECASE)
