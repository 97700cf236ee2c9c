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
    r"|^(?:when|whenever)\s+(?:you'?re\s+(?!done|back|free|ready|finished|able)|(?:you|u|something|"
    r"anything|an?\s+[\w-]+|[a-z]+ing)\s+(?!(?:get|have|find)\s+(?:a\s+)?(?:chance|time|sec|"
    r"second|minute|moment)\b|(?:'re|re|are)\s+(?:done|back|free|ready|finished|able)\b|"
    r"can\b|do\b|finish))(?:\([^)]*\)|[^,(]){3,90},\s*(?:always\s+|please\s+|pls\s+)?[a-z]+\b"
    r"|\beven\s+(?:if|when)\s+(?:i|we|you|u)\b"
    # what a thing of a kind calls for: "if a rig fixture breaks, ping Jonas first"
    r"|^if\s+(?:an?|any)\s+[\w-]+\s+[^,]{3,90},\s*(?:always\s+)?[a-z]+\b"
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
    r"|^(?:(?:please|pls|plz)\s+)?keep\s+(?:your\s+|the\s+)?(?:answers|replies|responses|explanations|summaries|commits|"
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
    r"(?:[\w-]+\s+)?[\w-]+s\s+(?:that|which|who|(?!nothing\b|thing\b)[a-z]+ing)\b"
    # a kind, by more than its name or by where it lives: "don't commit generated protobuf
    # files", "do not edit files under vendor/" (not "don't touch those files", "don't run
    # tests")
    r"|^(?:don'?t|do\s+not)\s+(?!worry|bother|forget)[a-z-]+\s+(?!(?:the|this|that|these|those|"
    r"my|your|it|them|any|more|all|so|too|much|many|other|yet|now)\b)(?:(?:[\w.-]+\s+){1,3}[a-z]{3,}s|[a-z]{3,}s\s+(?:under|in|"
    r"inside|from|outside|below)\s+`?[\w./-]+/`?)\s*[.!]*$"
    # "run `make test-fast` for unit tests": how a thing is done here, not an order
    r"|^(?:run|use|call|invoke)\s+`[^`]+`\s+(?:for|to|before|after|when|whenever|if|on)\b"
    # "use `rg` not grep when you search": a tool over another; ", and always skip X"
    r"|^use\s+(?:`[^`]+`|[\w.-]+)\s+not\s+(?!(?:the|this|that|these|those|my|your|it|now|yet)\b)\S"
    r"|,\s*(?:and\s+)?(?:always|never)\s+[a-z]+\b|,\s*never\s+(?:the|a|an)\s"
    # "give me paths with line numbers when you point at stuff"; "pls no emojis in anything"
    r"|^(?:give|show|tell|send)\s+me\b[^.]*\bwhen(?:ever)?\s+(?:you|u)\b"
    r"|^(?:(?:please|pls|plz)\s+)?no\s+[\w-]+\s+(?:in|on)\s+(?:anything|everything|any|all)\b"
    # "keep the subject under 72 chars": a limit; "explain R to me slowly, i'm new to R"
    r"|\bkeep\s+(?:the\s+|your\s+|all\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:under|below|within|at\s+most|"
    r"<=?)\s+~?\d|,\s*(?:i'?m|im|i\s+am)\s+(?:still\s+)?(?:(?:pretty|quite|very|fairly|kinda)\s+)?"
    r"new\s+(?:to|at|with)\b"
    # a way of explaining a kind of thing; a convention for kinds of text
    r"|^explain\s+(?!(?:this|that|it|these|those|the)\b)[^,.]*\bin\s+(?:much\s+|a\s+bit\s+)?(?:more|"
    r"less)\s+detail\b|^use\s+[^,]{3,40}\s+in\s+(?:all\s+|every\s+|any\s+)?(?:[\w-]+\s+)*?"
    r"(?:comments|commit\s+messages|docs|docstrings|names|strings|messages)\b"),
    re.IGNORECASE)


# How a standing order reads after a statement or as a clause of one (gcode.capture's
# _asks and _continues): kept, asked for every time, or of the moment.
# "..., remember that": the statement is the point
KEEP = (r"(?:please\s+|pls\s+)?(?:remember|note|keep\s+(?:that|this|it)\s+in\s+mind|"
        r"don'?t\s+forget)(?:\s+(?:that|this|it))?[\s.!]*$")
KEEP_TAIL = re.compile(rf"[,;:-]\s*{KEEP}", re.IGNORECASE)
# ... or as a sentence of its own after the statement: "... prod is multi-region. please
# remember that"; "i said the opposite earlier" after a correction
KEEP_THAT = re.compile(rf"^{KEEP}|^i\s+(?:said|told\s+you|wrote|had\s+it)\s+(?:the\s+opposite|"
                       r"(?:it\s+)?(?:wrong|backwards)|otherwise)\b", re.IGNORECASE)
# "keep names boring", "stick to the 80-column limit"; not "keep going", "keep at it"
KEEP_ON = re.compile(r"^(?:don'?t|dont|do\s+not|never|always|stop\s+\w+ing)\b|"
                     r"^(?:answer|reply|respond|write|explain)\s+(?:in|with|using)\s+(?:short|brief|"
                     r"plain|simple|bullets?|bullet\s+points|english|one|a\s+few)\b|"
                     r"^(?:keep|stick\s+to|stay\s+with)\s+(?!going|on\b|at\b|up\b|it\s+up\b|"
                     r"\w+ing\b|(?:it|them|this|that|these|those)\s*(?:and\b|as\s+is\b|[,.;!]|$))",
                     re.IGNORECASE)
# A way of working asked for in a few words: "short answers pls", "smaller commits please"
STYLE = re.compile(r"^(?:short|shorter|brief|briefer|concise|terse|detailed|longer|fewer|"
                   r"smaller|simpler|plain)\s+(?:[\w-]+\s+)?(?:answers|replies|responses|"
                   r"explanations|summaries|commits|messages|prs|diffs|functions|names|"
                   r"comments|sentences|variable\s+names)\b", re.IGNORECASE)
# "..., rotate them": a short order about what is on screen, closing a sentence.
TERSE_ORDER = re.compile(r"^[^\W\d_]+\s+(?:it|them|this|that|these|those)\s*[.!]*$",
                         re.IGNORECASE)
# "..., so keep it pinned": how a thing stays (a standing rule)
KEEP_STATE = re.compile(r"^(?:keep|leave)\s+(?:it|them)\s+(?:pinned|as\s+is|that\s+way|off|"
                        r"disabled|enabled|there|at\s+\S+)\s*[.!]*$", re.IGNORECASE)
# Where any change of a kind goes: "..., run anything in there past her" (a standing rule)
ROUTING = re.compile(r"^(?:run|pass|send|route|clear|check)\s+(?:anything|everything|any\s+[\w-]+|"
                     r"every\s+[\w-]+|all\s+[\w-]+)\b.*\b(?:past|by|with|through)\b",
                     re.IGNORECASE)
# Who grants what a procedure needs: "..., ask Dana for access" (the reader asks, later).
WHO_TO_ASK = re.compile(r"^ask\s+(?-i:[A-Z][a-z]+)(?:\s+or\s+(?-i:[A-Z][a-z]+))?\s+(?:for\s+"
                        r"(?:access|an?\s+invite|permissions?|credentials|creds|an?\s+(?:key|"
                        r"token|account)|the\s+(?:password|key|token))|to\s+(?:add|grant|"
                        r"invite)\s+you)\b", re.IGNORECASE)
# An order that says when it applies ("..., keep them in sync if either changes").
WHEN_WORDS = r"if|when|whenever|unless|until|before|after|instead|otherwise|from\s+now\s+on"
WHEN_IT_APPLIES = re.compile(rf"\b(?:{WHEN_WORDS})\b", re.IGNORECASE)
# An order that says it lasts: when it applies, until when, what instead, or for good.
LASTS = re.compile(rf"\b(?:{WHEN_WORDS}|once|always|never|only|without|first|every|each|any|"
                   r"anything|everywhere|don'?t|do\s+not|dont)\b", re.IGNORECASE)
# ... or what it cost before: "use `pendulum`, naive datetimes have bitten us twice"
LESSON = re.compile(r"\b(?:ha(?:ve|s)\s+(?:bitten|burned|burnt|bit|broken)|(?:bit|burned|burnt)\s+"
                    r"us)\b", re.IGNORECASE)
# Asked or offered for now: "can u help me with the crash first", "let's profile it", "just
# stage stuff if you want", "rc.2 this week is no different".
NOW_ASKED = re.compile(r"^(?:can|could|would|will)\s+(?:u|you|ya)\b|\blet'?s\b|\bif\s+(?:you|u)\s+"
                       r"(?:want|like|wish|prefer|can)\b|\bif\s+possible\b|\bwhen\s+(?:you|u)\s+"
                       r"(?:get|have|find)\s+(?:a\s+)?(?:chance|minute|sec|second|moment|time)\b|"
                       r"\bthis\s+(?:week|sprint|month|time)\b", re.IGNORECASE)
# What the assistant did in this session: "you used single in the last file".
YOU_DID = re.compile(r"\b(?:you|u)\s+(?:just\s+)?(?:used|wrote|did|made|added|changed|broke|"
                     r"missed|forgot|put|picked|removed|deleted|named)\b|\bthe\s+last\s+"
                     r"(?:file|one|commit|change|run|message|answer)\b", re.IGNORECASE)
