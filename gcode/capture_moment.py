"""Remarks of the moment: what makes a sentence true now and noise later.

A time of the day or this week's weekday, a state or a level now, an incident at hand,
words pointing at what is on screen, a short report of how something went, a change "not
... anymore" that says nowhere the thing went. gcode.capture asks these of each candidate
sentence, and of what a model writes.
"""

from __future__ import annotations

import re

from gcode.capture_text import words
from gcode.capture_words import THAT_VERBS as _THAT_VERBS
from gcode.capture_words import VERBS as _VERBS

# Remarks about this session, this change, this moment: true now, noise later.
# A team's horizon, not this moment's: "we're cutting egress costs this quarter".
HORIZON = r"(?:quarter|qtr|year|half|fiscal|[qh][1-4])\b"
SESSION = re.compile(
    r"\b(?:today|tonight|tomorrow|yesterday|right\s+now|for\s+now|just\s+now|"
    # a complaint ("the docker build is taking forever"; "... also builds the benchmark
    # module and takes forever" is how it always goes), this week's deadline ("our deadline is
    # Friday"), a verdict on the version at hand ("the new version is much cleaner")
    r"(?:taking|took)\s+forever|"
    # away or back, a slip of mine, a greeting, a report of what was just done ("PR is up",
    # "rebased, conflicts ...", "stable for two hours since the redeploy"), a state now
    # ("stuck on health checks", "fine locally", "~2k tasks left")
    r"brb|afk|my\s+(?:bad|fault|mistake)|nvm|never\s*mind|no\s+idea|"
    r"^(?:haha+|hah|lol|lmao|good\s+(?:morning|afternoon|evening)|gm|morning\s+all)|"
    r"^(?:the\s+)?(?:pr|mr|patch|fix)\s+is\s+(?:up|out|in|merged)|"
    r"^(?:rebased|pushed|merged|deployed|reverted|tagged|shipped|released|redeployed)\s*[,.!:;]|"
    r"since\s+(?:the|this|that|my|your)\s+(?:re)?(?:deploy|restart|rollback|release|push|merge)|"
    r"(?:is|are|got|was|were)\s+stuck\s+(?:on|in|at)\s+(?:the\s+)?(?:health|step\s+\d|pending|"
    r"loading|queued|\d+\s*%|\d+/\d+)|(?:fine|works|working|ok|okay)\s+locally|"
    r"~?\d+k?\s+(?:[\w-]+\s+)?(?:left|remaining|to\s+go)(?=\s*(?:[.!,;]|$))|"
    # a reaction ("nice catch"), the next item ("one small thing: ..."),
    # "on my local", "still too big"
    r"(?:nice|good|great)\s+(?:catch|find|spot)|"
    # what is on screen looks wrong ("the padding looks off", "something's off"), an apology
    # for the connection, greetings of the day, feedback on the last answer ("shorter, two
    # sentences max"), a retry asked for at the end
    r"(?:looks?|seems?)\s+off|something'?s\s+off|sorry\s+if\s+i\b|"
    r"^happy\s+(?:monday|tuesday|wednesday|thursday|friday|weekend|holidays|new\s+year)|"
    r"^(?:shorter|longer|simpler|more\s+detail|less\s+detail|too\s+long|too\s+short)\b|"
    r",\s*(?:retry|try\s+again|re-?run\s+it)\s*[.!]*$|someone\s+else\s+pushed|"
    r"^(?:ok\s+)?(?:(?:one|another)\s+(?:small|more|last|tiny|quick)\s+thing|next\s+thing)\b|"
    r"on\s+my\s+local\b|^wondering\b|"
    r"^still\s+(?:too\s+\w+|ugly|bad|off|wrong|weird|flaky|slow)|"
    r"\bactual\s*:.{0,80}\bexpected\s*:|"
    r"(?:is|are|i'?m)\s+on\s+a\s+call|i\s+didn'?t\s+expect|because\s+of\s+my\s+(?:push|change|"
    r"commit|merge)|(?:demo|demoing|meeting|call|standup|sync)\b[^.]*\b(?:at|until)\s+(?:[1-9]|1[0-2])"
    r"(?:\s*(?:am|pm))?\s*[.!]*$|"
    r"(?:deadline|due\s+date|cut-?off|demo|launch|go-live)\s+is\s+(?:on\s+)?(?:monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|tomorrow|eod|eow|next\s+\w+)|"
    r"(?<![\w-])the\s+(?:new|old|current|previous|first|second)\s+(?:version|code|approach|"
    r"implementation|design|layout|draft)\s+(?:is|looks|seems|feels)\s+(?:much\s+|way\s+|a\s+lot\s+|"
    r"so\s+)?(?:cleaner|nicer|better|worse|uglier|simpler|clearer|faster|slower)|"
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
    # ("the dialog never shows on the emulator unless ...": when it does is a lasting gotcha)
    r"\bnever\s+(?:shows|appears|updates|fires|renders|loads|refreshes|triggers|gets\s+called)\b"
    r"(?!.*\b(?:unless|until)\b)|"
    r"\b(?:fails|breaks|passes|works|happens|crashes|errors)\s+(?:only\s+)?there\s*[.!]*$|"
    # what the code at hand does: "we're comparing it to a Date"
    r"\bwe'?re\s+\w+ing\s+(?:it|them)\b|"
    r"\bthe\s+bug\s+report\b|\byour\s+(?:new|last|latest)\b|"
    # a diagnosis ruling out ("..., not a code bug"); the speaker's own slip ("typo, i meant")
    r"(?<!expected)(?<!intended)(?<!design)(?<!normal)(?<!purpose),\s*not\s+(?:a|an|our|the|my|"
    r"your)\s+(?:code\s+|real\s+|client\s+|server\s+)?(?:bug|issue|"
    r"problem|regression)\b|(?<!what\s)\bi\s+meant\b|"
    r"\b(?:that|this)\s+(?:bug|crash|regression)\s+(?:was|is|got|has\s+been)\s+fixed\b|"
    # one instance of a thing by its number: "claim 88213 went to the dead-letter queue"
    r"\b(?:claim|order|ticket|invoice|customer|account|tenant|payment|patient|case|incident|"
    r"shipment|booking|job|build|run|batch|lot|sample|deviation|record)\s+"
    r"#?(?:\d{4,}|(?-i:[A-Z]{1,5}-[\d-]*\d))\b|\b[A-Z][A-Z\d]+-[\dA-F]*\d[\dA-F]*\s+has\s+\d+|"
    r"\b(?:the|that|this)(?:\s+[\w-]+){1,3}\s+you\s+(?:just\s+)?(?:edited|wrote|added|changed|"
    r"created|touched)\b|\byou\s+just\s+(?:edited|wrote|added|changed|created|touched)\b|"
    r"\b(?:failed|crashed|died)\s+(?:on|in|at|with|after|because)\b|"
    r"\byou\s+can\s+see\s+(?:it|this|that|them)\s+(?:in|on|at)\s+(?:the|that|this)\b|if\s+(?:you|u)\s+need\s+(?:it|them|that)|\bthough\s*[.!]*$|"
    r"\d+k?\s+(?:pending|queued|stuck|running|under-replicated|unhealthy|failing|evicted|"
    r"crashing|degraded|unassigned|errored|down|not\s+ready)\b|"
    r"\bthe\s+(?:spike|crash|segfault|leak|deadlock|outage|hotfix)\b(?!\s+(?:reporter|handler|"
    r"detector|test|tests|dashboard|budget|reports?|loop|dumps?|logs?|alerts?|policy|runbook))|"
    # the speaker's own doing just now: "because I ran them without -j"
    r"\bi\s+(?:just\s+)?(?:ran|tried|saw|checked|noticed|restarted|pushed|rebased|reverted|"
    r"misread|misunderstood|mixed\s+up|forgot|missed|"
    r"broke|can\s+see|see|bisected)\b|"
    # ... not a kind of thing: "don't auto-fix lint in files i didn't touch"
    r"(?<!s\s)\bi\s+didn'?t\s+(?:touch|change|write|add)\b|"
    # a tool complaining now: "phpstan is yelling at me about 40 things"
    r"\b(?:is|are)\s+(?:yelling|complaining|screaming|whining|shouting|nagging|moaning|spamming|flooding|hammering)\b|"
    r"^(?:halfway|almost|nearly|mostly)\s+(?:through|done|there|finished)\b|"
    # "back in 10 minutes"; not "a retried key within 24 hours" (a rule's time) or "in 2024"
    r"in\s+(?:a\s+few|\d+|a|an|ten|five|two)\s+(?:minutes?|mins?|hours?|sec(?:ond)?s?)"
    r"|(?<!n't\s)(?<!not\s)(?<!only\s)(?<!since\s)(?<!added\s)(?<!\d\s)in\s+\d{1,3}\b(?!\.\d)|"
    r"(?:starts|ends|due|ships|lands)\s+(?:tomorrow|today)\b|"
    r"again|(?<!that's\s)(?<!that\s)(?<!which\s)(?<!has\s)(?<!have\s)already|earlier|(?:above|below)(?=\s*(?:[,.;:!)]|$))|once\s+more|"
    # "green an hour ago", "only 2 failures left", "the warning is gone", "back in 10 min"
    r"(?:an?|one|two|three|few|couple\s+of|\d+)\s+(?:sec(?:ond)?s?|min(?:ute)?s?|hours?|"
    r"hrs?)\s+ago|\d+\s+(?:\w+\s+)?(?:left|remaining|to\s+go)\s*(?:[.!,;]|$)|"
    r"(?:is|are)\s+gone\s*[.!]*$|went\s+away|"
    r"in\s+a\s+row\b(?!\s+(?:trigger|triggers|cause|causes|lock|locks|page|pages|means|will|get|"
    r"gets)\b)|"
    # the speaker's own machine now: "the db is down on my machine", "in my local db"
    r"(?:on|in)\s+my\s+(?:local\s+)?(?:machine|db|database|setup|laptop|box|computer|env|kit|"
    r"devkit|rig|device|phone|workstation|drive|onedrive|dropbox|downloads|desktop|inbox|"
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
    r"happening|the\s+same|working\s+on|(?:the\s+)?old\s+(?:one|version)|open|unresolved|"
    r"outstanding|unassigned|in\s+(?:review|progress)|under\s+review|awaiting)|"
    # "the flaky one is ...": one of those on screen
    r"\bthe\s+(?:flaky|failing|broken|slow|bad|red|new|old)\s+one\b|"
    # a plan of the moment: "coffee first, then the migration"
    r"^(?:[\w-]+\s+){1,3}first\s*,?\s+then\b|"
    # an evaluation of what is on screen: "the colorbar label is wrong"
    r"\b(?:is|are|was|were|looks?|seems?)\s+(?:wrong|incorrect|ugly|weird|odd|busted|"
    r"messed\s+up)\b|"
    # ... not a kind of thing of theirs: "write my commit messages like `fix(x): ...`",
    # "for my commits, use conventional commits"
    r"(?<!^for\s)(?:my|your|his|her)\s+(?:branch|pr|change|changes|commit|commits|diff|patch|edit|"
    r"fix|code|test|tests|ticket|task|draft|version|last|previous|answer)\b"
    r"(?!(?:(?<=commit)|(?<=commits)|(?<=\bpr)|(?<=branch))\s+(?:messages?|msgs?|titles?|"
    r"subjects?|descriptions?|names?|style)\b)"
    # one meeting: "the vendor confirmed on the call that ..."
    r"|\b(?:on|in|at|during|after)\s+the\s+(?:call|meeting|standup|sync|demo)\b(?!\s+(?:notes|"
    r"template|agenda|channel|rotation|schedule|invite)\b)"
    r"|the\s+\w+(?:\s+(?!that\b|which\b|who\b)\w+)?\s+change\b|the\s+(?:diff|patch|pr|ticket|task|branch|"
    r"change|changes|demo|meeting|standup|call|refactor|draft|rejection)\b"
    # ... unless it qualifies a noun: "the demo merchants", "the call site", "the PR title"
    r"(?!\s+(?!(?:is|are|was|were|has|have|had|needs?|should|must|will|can|could|still|again|"
    r"for|to|in|on|of|with|from|and|or|but|so|then|when|once|before|after|into|by|says|said|"
    r"shows|showed|mentions|cites|cited|quotes|quoted|adds|added|removes|removed|changes|changed|fixes|fixed|breaks|"
    r"broke|touches|touched|looks|seems|gets|got|passes|passed|fails|failed|wants)\b)[a-z])"
    r"|(?:is|are)\s+(?:going\s+to|about\s+to)|\b(?:we|i|they)'?(?:re|m)\s+(?:going\s+to|about\s+to)\b|"
    r"we'?ll|gonna|later|almost\s+done|"
    # "way more than expected", "it went from 38 to 51 minutes", "back to the risk
    # assessment", "in the middle of a HIPAA assessment", "checked, staging has no TLS"
    r"\b(?:more|less|fewer|higher|lower|slower|faster|bigger|smaller|longer|shorter)\s+than\s+"
    r"(?:expected|usual|normal|yesterday|before|last\s+(?:week|time|run))\b|"
    r"\bwent\s+(?:up\s+|down\s+)?from\s+~?\d|^(?:(?:ok|okay|right|so|now|anyway)[\s,]+)?back\s+to\s+"
    r"(?:the|my|our|this)\b|\bin\s+the\s+middle\s+of\s+(?:a|an|the|our|my)\s+(?:[\w-]+\s+)?"
    r"(?:assessment|audit|incident|outage|deploy|release|migration|demo|call|meeting|review|"
    r"sprint)\b|"
    r"^(?:checked|tested|tried)(?=\s*[,:]\s)|"
    r"(?:after|before|at|over)\s+(?:lunch|dinner|the\s+break|standup|the\s+meeting)|"
    r"now\s*(?:[,.!;]|$)|(?<!not\s)here\s*[.!]*$|\byet\s*[.!]*$|"
    # "that's why pandas reads it as one column"; not "that's why we pin numpy", "that's
    # why there are two presets", "that's why every filter gets wrapped", "that's why the
    # test is warn-only": what the team set up for it
    r"that'?s\s+why(?!\s+(?:we|our|you\s+(?:should|must|need)|the\s+team|there\s+(?:is|are)|"
    r"every|each|all|any)\b|\s+(?:the\s+)?[\w`.-]+\s+(?:is|are)\s+(?:[\w-]+-only|pinned|kept|"
    r"disabled|excluded|skipped|allowed|forbidden|not\s+allowed)\b|"
    # "..., that's why the router weights favor the cheaper CDN": how it was set up
    r"\s+(?:the\s+)?(?:[\w`.-]+\s+){1,3}(?:favou?rs?|prefers?|defaults?\s+to|requires?|pins?|wraps?|"
    r"retries|waits|(?:has|have)\s+(?:the|a|an|its|their))\b)|"
    # what someone handed over: "the csv Priya sent", "the file you attached"
    r"\bthe\s+[\w.-]+\s+(?:[A-Z][a-z]+|you|he|she|they)\s+(?:just\s+)?(?:sent|shared|posted|"
    r"attached|uploaded|linked|pasted|forwarded)\b|"
    # someone's change, a screenshot, what a log says, what just happened to a pod
    r"\b(?:reporter|contributor|op|author)'s\s+\w+|"
    # a measurement now: "before 41.2s, after 6.8s", "sidekiq web shows 1,204 jobs"
    r"\bbefore\s+~?\d[\d.,]*\s*[a-z%]*\s*[,;]\s*after\s+~?\d|"
    r"\b(?:web|ui|dashboard|console|page|grafana|datadog|sentry|kibana)\s+(?:shows|showed|says)\b|"
    # a dump's address (not "0x44", a bus address or a register), "leaks here because ...",
    # "so it's textures."
    r"\b0x[0-9a-f]{5,}\b|\b(?:violation|fault|offset|crash|crashed|segfault|panic|reading|"
    r"writing)\s+(?:at\s+)?(?:address\s+)?0x[0-9a-f]+\b|\d\s*(?:[kmg]i?b|ms|s|%)?\s*(?:->|\u2192)\s*\d|\bhere\s+(?:because|since|when)\b|\bso\s+it'?s\s+(?:the\s+)?[\w-]+\s*[.!]*$|"
    # a diagnosis ruling out ("so it isn't the plugin"), what differs, a run's count now
    r"\b(?:so|then)\s+it\s+(?:isn'?t|is\s+not|wasn'?t|can'?t\s+be|must\s+be)\b|"
    r"that'?s\s+what'?s\s+(?:different|wrong|breaking|causing|happening)\b|"
    r"(?:^|\b(?:has|have|had|with|got)\s+)(?:one|two|three|four|five|\d+)\s+(?:failures?|errors?|warnings?|"
    r"failing)\b|\b(?:all\s+)?(?:green|red|passing|failing)\s+locally\b|"
    r"(?:^|(?<=[,;:]\s)|\b(?:i'?m|we'?re|am|are|is|still)\s+)waiting\s+(?:on|for)\b|"
    r"\w+'s\s+(?:pr|branch|change|diff|commit)\b|screenshot(?!\s+(?:tests?|testing|diffs?|"
    r"baselines?|comparisons?|specs?|suite))|screen\s+recording|"
    r"(?:logs?|output|console|trace)\s+(?:says?|said|shows?|showed)\b|"
    r"\bgot\s+(?:oom\s*killed|oomkilled|killed|evicted|stuck|restarted|rolled\s+back|"
    r"reverted|deleted|wiped)\b|"
    r"\b(?:is|are|looks?|seems?|it'?s|its)\s+(?:fine|ok|okay)\b(?!\s+(?:to|for|with|if|as\s+long|"
    r"everywhere|anywhere|across|in\s+(?:all|any|every)))|"
    # "jenkins is slow rn" (right now; not RN, React Native), a diagnosis of what is on screen:
    # "which explains the hitch", "that's your 900 MB", "the failing job uses the old groovy",
    # "the timeout is happening in the TLS handshake", a count now: "14 archives, expected 16"
    r"(?-i:(?<![\w-])rn(?![\w-]))|\bwhich\s+explains\s+(?:the|this|that|why)\b|that'?s\s+your\s+~?\d[\d.,]*|"
    r"\bthe\s+failing\s+(?:job|test|spec|build|run|case|request|step|check|pipeline|image|one)"
    r"\s+(?:is|was|uses|used|loads|loaded|has|had|says|shows|fails|failed|only)\b|"
    r"\b(?:is|are)\s+happening\s+(?:in|at|on|inside|during|before|after)\b|,\s*expected\s+~?\d[\d.,]*|"
    # a plan of the session: "First I will send 10 messages, then ..."
    r"^first,?\s+(?:i|we|let'?s|i'?ll|we'?ll)\b|"
    # a deadline of one release: "before rc.2 goes out"
    r"\bbefore\s+(?:the\s+)?(?:rc|v?\d)[\w.-]*\s+(?:goes\s+out|ships|is\s+cut|lands)\b|"
    # a measurement against before: "31 ms p95, down from 38 ms", "mAP 0.612 vs 0.604 baseline"
    r"\b(?:down|up)\s+from\s+~?\d|\bvs\.?\s+~?\d[\d.,]*\s*[\w%]*\s+(?:baseline|before|on\s+main)\b|"
    # what the assistant just did: "the engine you just built", "the profile you ran"
    r"\b(?:you|u)\s+just\s+[a-z]+ed\b|\bthe\s+[\w-]+(?:\s+[\w-]+)?\s+(?:you|u)\s+(?:just\s+)?"
    r"(?:ran|built|made|wrote|added|generated|created|pasted|sent|changed)\b|"
    # an incident's count, a diagnosis: "37 enrollments affected", "which is why it times
    # out", "that's our leak", "the error only shows up after ...", "shows the wrong date"
    r"\b\d+\s+(?:[\w-]+\s+){0,2}(?:(?:are|were)\s+)?affected\b|\bwhich\s+is\s+why\s+(?:it|this|that)\b|"
    r"that'?s\s+(?:our|the|your)\s+(?:leak|bug|culprit|problem|race|deadlock|regression|crash|"
    r"hang|freeze|stall|duplicates?|dupes?|flake|timeout|"
    r"bottleneck)\b|\bthe\s+(?:error|crash|bug|leak|freeze|hang|failure|exception|panic|"
    r"regression|slowdown|\w+error|\w+exception)\s+(?:only\s+)?(?:shows\s+up|happens|appears|occurs|reproduces|"
    r"started)\b|\b(?:shows|displays|renders)\s+the\s+wrong\b|"
    # news of the moment: "the review came back: ...", "the Acme ticket", "before I log off"
    r"\b(?:came|comes)\s+back\s*(?::|with\b|clean\b|green\b|red\b|negative\b|positive\b)|"
    r"\bthe\s+[\w-]+\s+(?:ticket|escalation)\b(?!\s+(?:number|id|template|format|type|field|"
    r"system|queue|title|link))|\bbefore\s+i\s+(?:log\s+off|sign\s+off|leave|"
    r"head\s+out|go\s+home)\b|"
    # one meeting by its hour: "before the demo at 3" (not "the diff at the end")
    r"\bthe\s+(?:demo|meeting|standup|call|sync|review|deploy|release)\s+at\s+\d|"
    # an error met now ("getting `connection refused` when ..."), attempts, work under way
    # ("watching error rate"), a deadline on one day ("is the 28th"; not "the 15th of every
    # month", "the 3rd floor")
    r"^(?:i'?m\s+|we'?re\s+|still\s+)?getting\s+(?:this|that|these|an?|the|(?=`))|"
    r"\btried\s+(?:it\s+)?(?:\d+|a\s+few|several|many|multiple)\s+times\b|"
    r"^(?:watching|investigating|digging\s+into|looking\s+into)\b|"
    # one meeting's agenda, one ticket's review ("the risk assessment for CC-3107"), a
    # release's to-do ("we need to bump X before the CC goes out"), a wait ("has been
    # resolving dependencies for 6 minutes"), a place on screen ("use a dataclass there"),
    # the speaker's next step ("i'll check VAL", "..., checking the service"), a report of
    # what was just done ("deployed 2.4.1 to VAL", "pushed to feature/x"), "the tecan one"
    r"\bon\s+the\s+agenda\b|\b(?:might|may|could)\s+be\s+(?:a\s+)?coincidence\b|"
    r"\b(?:that'?s|which\s+is|it'?s)\s+(?:what'?s\s+)?(?:breaking|causing|blocking)\b|"
    r"\b(?:i'?m|i\s+am|(?:he|she|they)(?:'s|'re|\s+is|\s+are)|(?-i:[A-Z][a-z]+)(?:'s|\s+is))\s+"
    r"(?:out|off|away|offline|ooo)\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday)\b|"
    r"\b(?:tag|branch|release|build|image|pr|fix|patch|commit|wheel|package)s?\s+(?:is|are)\s+"
    r"(?:now\s+)?(?:pushed|merged|tagged|deployed|released|published|uploaded)"
    r"\s*(?:[,.;!]|$)|\b\d+\s+of\s+(?:them|those|these)\s+(?:failed|passed|broke|"
    r"crashed|errored|timed\s+out)\b|\b(?:gives|gave|throws|threw|prints|printed)\s+me\b|"
    r"\bjust\s+(?:pinged|called|emailed|messaged|told\s+me)\b|"
    r"\bby\s+(?:the\s+)?end\s+of\s+(?:the\s+)?(?:day|week)\b|\b(?:before|by|until|till)\s+the\s+weekend\b|"
    r"\bfor\s+(?:testing|debugging|the\s+demo)\s*[.!]*$|(?-i:\b(?:for|of|on|in)\s+(?:[a-z]+\s+)?[A-Z]{2,}-\d{2,}\b)|"
    r"\bwe\s+(?:need|have)\s+to\s+(?:[^.;]|\.(?=\S))*?\bbefore\s+the\s+[\w-]+\s+(?:goes\s+out|ships|"
    r"gets?\s+submitted|is\s+submitted|is\s+cut|lands)\b|"
    r"\bha(?:s|ve)\s+been\s+\w+ing(?:\s+[\w-]+){0,3}?\s+for\s+(?:\d+|an?|a\s+few|like\s+\d+)\s*(?:sec\w*|"
    r"min\w*|hours?|hrs?)\b|^(?:use|put|add|call|make|move)\s+(?:[\w`.()-]+\s+){1,3}there\b|"
    r"\bi'?ll\s+(?:check|look|try|ping|see|test|verify|push|send|run|take|grab|dig|paste|"
    r"share|forward)\b"
    r"(?!\s+(?:if|when|whenever)\b)|"
    r",\s*(?:checking|looking\s+into|digging\s+into|investigating|retrying|rerunning|"
    r"restarting)\b|^(?:pushed|deployed|merged|rebased|reverted|released|tagged)\s+(?:it\s+|"
    r"\S+\s+)?(?:to|into|onto)\b|\bthe\s+(?!(?:default|main|primary|standard|shared|public|"
    r"private|internal|official|global|local|right|correct|top|bottom|only|real|whole|usual)\s)"
    r"[\w-]+\s+one\s*[.!?]*$|"
    r"(?<!monthly\s)\b(?:is|on|by|until|till|before|after|ends?|due)\s+the\s+\d{1,2}(?:st|nd|rd|th)\b"
    r"(?!\s+(?:of\s+(?:every|each|the\s+month\b)|floor|percentile|row|column|time|attempt|try|item|element))"
    r")(?!\w)",
    re.IGNORECASE)

# "not ... anymore": a change of the moment, unless it says where the thing went.
NO_LONGER = re.compile(r"\b(?:anymore|any\s+more|no\s+longer)\b", re.IGNORECASE)
MOVED = re.compile(r"\b(?:moved|lives|is\s+now|are\s+now|now\s+(?!that\b)\w+|renamed|"
                    r"replaced\s+by|switched\s+to|migrated\s+to"
                    # a practice the team gave up: "we don't use redux anymore", "we decided ..."
                    r"|we\s+(?:don'?t|do\s+not|no\s+longer)\s+(?:use|run|deploy|support|ship|keep|"
                    r"write|allow|accept)|(?:we|the\s+team)\s+(?:decided|agreed)"
                    # a policy that changed: "Node 18 is no longer supported"
                    r"|(?:is|are)\s+no\s+longer\s+(?:supported|allowed|used|required|maintained|"
                    r"accepted|permitted|recommended|deployed|shipped|published|built|tested|"
                    r"needed))\b", re.IGNORECASE)
# A QA bug report ("BUG: ...", "Steps: 1. ...", "Expected: ... Actual: ...") or a review nit.
BUG_REPORT = re.compile(r"^(?:bug|nit|nitpick)\b\s*[:(]|\bsteps(?:\s+to\s+reproduce)?\s*:|"
                         r"\bexpected(?:\s+result)?\s*:.*\bactual(?:\s+result)?\s*:|"
                         # a test report's form on one build: "Build: fw-2.14.0-rc2 ... Finding:"
                         r"\b(?:build|version|firmware|image)\s*:\s*[^\s:]*\d.*?\b(?:finding|"
                         r"result|observed|impact)\s*:",
                         re.IGNORECASE | re.DOTALL)

# Words that point at something on screen or said before ("this file", "fix that test",
# "the other one", "revert it"). In a sentence's first clause they make it a remark about
# the session; after it, they point back at what the sentence said ("..., because the data
# is not published before that"; "..., ppl keep mixing this up").
POINTING = re.compile(
    # "this file", "fix that test"; not "tests that touch Celery" (a relative clause: "that"
    # after a noun)
    # ("every pull that touches": a verb's word after a determiner is a noun)
    r"\b(?:(?:this|these|those|(?:^|(?<=[,;:]\s)|\b(?:in|on|at|to|for|with|from|into|of|by|about|"
    rf"like|than|(?<!\bevery\s)(?<!\beach\s)(?<!\bany\s)(?<!\bthe\s)(?<!\ba\s)(?:{_THAT_VERBS}))"
    r"\s+)that)\s+(?!repo\b|repository\b|project\b|codebase\b|monorepo\b|"
    r"service\b|app\b|team\b|company\b|org\b|organi[sz]ation\b|package\b|library\b|product\b|"
    r"cli\b|tool\b|workspace\b|stack\b|platform\b|is\b|means\b|way\b|kind\b|rule\b|"
    rf"{HORIZON})"
    r"(?:[a-z][\w-]*)"
    r"|(?:this|that|these|those)\s*(?:[,.;:!)]|$)"
    r"|(?:this|that)\s+(?:before|after|to|for|in|on|at|by|with|from|into|up|down|out|"
    r"back|off|over|merged|done|fixed|working|green|red|again)\b"
    r"|the\s+(?:other|one|ones|last|first|second|third|previous|former|latter|above|below|"
    r"current|new\s+one|old\s+one)\b(?!-)(?!\s+(?:\d+|few|couple|two|three|four|five|ten|release|"
    r"releases|version|versions|major|minor|tag|lts|way\s+a?round|who)\b|\s+(?:\w+\s+)?(?:day|weekday|week|monday|"
    r"tuesday|wednesday|thursday|friday|saturday|sunday)\s+of\b"
    # "false on the first run": what happens first, every time
    r"|(?<=first)\s+(?:run|boot|start|startup|launch|call|request|install|sync|login|attempt|"
    r"deploy|build|page\s+load|connection)\b)"
    # "the same error", "the next one"; not "the same key", "the next day's batch"
    r"|the\s+(?:same|next)(?:\s+(?:error|thing|issue|problem|one|ones|result|output|failure|"
    r"step|file|part|bit|item|task|way)\b|\s*(?:[,.;:!)]|$))"
    rf"|(?:{_VERBS}|ship|leave|ignore|kill|nuke|ditch)\s+(?:it|this|that|them|these|those)"
    r"(?:\s*[,.!;]|\s*$)|(?:in|on|to|with|for|from|into|inside|at|of)\s+it\s*[.!]*$)(?!\w)",
    re.IGNORECASE)

# A time of day ("before 3pm") is a deadline of the day, unless it recurs ("every day at 9am").
# ... and a time given in a time zone is a schedule ("before 11am CET", "until 07:00 UTC").
ZONE = r"\s*(?:utc|gmt|ce[s]?t|[a-z]{2,3}t|(?-i:[ECMP][SD]?T)|[a-z]+/[a-z]+)\b"
CLOCK = re.compile(rf"(?<![\w:])\d{{1,2}}(?::\d{{2}})?\s*[ap]\.?m\b(?!{ZONE})"
                    # "around 10:40", "since 09:12"; not a schedule ("sent at 14:00")
                    r"|\b(?:around|since|till|until|about|by|from|moved\s+to)\s+~?(?:[01]?\d|2[0-3]):"
                    rf"[0-5]\d(?![\w:]|\.\d|{ZONE})"
                    # a past event at a time of the day: "the cert expired at 13:00"; not
                    # "reports are sent at 14:00"
                    r"|(?<!\bis\s)(?<!\bare\s)(?<!\bget\s)(?<!\bgets\s)(?<!\bbe\s)\b(?:[a-z]+ed|came|"
                    r"went|got|ran|broke|fell|began)\s+(?:(?:through|in|out|down|back|up)\s+)?"
                    r"at\s+(?:[01]?\d|2[0-3]):[0-5]\d\b"
                    # "all came from the same webhook delivery at 23:14"
                    r"|\b(?:came|started|stopped|failed|crashed|died|broke|happened|arrived|spiked|"
                    r"dropped)\b[^.;]{0,40}?\bat\s+(?:[01]?\d|2[0-3]):[0-5]\d\b", re.IGNORECASE)
RECURS = re.compile(r"\b(?:every|each|usually|normally|typically|daily|nightly|weekly|hourly|"
                     r"fortnightly|biweekly|monthly|"
                     r"quarterly|yearly|annually|weekdays?|weekends?|"
                     r"mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|"
                     # "only tues and thurs after 2pm", "only on friday"
                     r"only\s+(?:on\s+)?(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)(?:day|nesday|"
                     r"rsday|urday)?s?|"
                     r"(?:first|last|second|third)\s+(?:\w+\s+)?(?:day|weekday|monday|tuesday|"
                     r"wednesday|thursday|friday)\s+of\s+(?:the|each|every)\s+(?:month|quarter))\b",
                     re.IGNORECASE)


# A short report of how something went: "ci is green", "the deploy finished", "ok the
# migration ran"; unless it says when it holds ("Staging is down on Sundays", "Deploys are
# blocked during the freeze") or that it always does.
STATUS = re.compile(
    r"\b(?:green|red|passing|failing|pass|passes|passed|fail|fails|failed|finished|done|"
    r"broken|fixed|down|stuck|works|worked|ran|succeeded|blocked|empty|merged|deployed|"
    r"shipped|landed|picked\s+up|went\s+through|timed\s+out|crashed|hung|fine|tagged|published|"
    r"released|running|queued|uploaded|unchanged|untouched|unaffected)\b",
    re.IGNORECASE)
STANDING = re.compile(
    r"\b(?:always|never|only|must|should|every|each|need|needs|require|requires|whenever|"
    r"unless|if|when|during|because|bc|b/c|cuz|since|until|without|by\s+default)\b|\d{4}"
    # "any test that hits it", "5 req/s per key": what holds of a kind, a limit
    r"|\bany\s+[\w-]+\s+(?:that|which|who|with|in|under)\b|\bper\s+(?:key|request|user|minute|"
    r"second|hour|day|ip|account|tenant|pod|node|project|repo)\b"
    # a symptom known to be benign: "that warning is expected on the Cray machines"
    r"|\b(?:is|are)\s+(?:expected|harmless|benign|normal)\b|\bcan\s+be\s+(?:safely\s+)?ignored\b"
    r"|\b(?:deliberately|on\s+purpose)\b",
    re.IGNORECASE)
STATUS_WORDS = 6


# A state now: "the build on CI is red because of lint"; not "when tide is down ..."
STATE_NOW = re.compile(
    r"\b(?:is|are)\s+(?:ready\s+(?:for\s+(?:(?:your|a|my)\s+)?(?:review|merge|qa|testing)|to\s+(?:merge|ship|go|"
    r"deploy))\b|(?:red|green|down|broken|failing|pending|unhealthy|degraded|cordoned|"
    r"inactive|stuck|unreachable|(?:cpu\s+|memory\s+)?throttled|saturated|(?:almost|nearly)\s+"
    r"(?:full|empty))\b(?!\s+(?:on|for|"
    r"during|until|after|before|every|each|between|outside|to)\b)"
    # an incident's process: "WAL is piling up", "kubelet is evicting pods", "is OOMing"
    r"|(?:now\s+)?(?:piling\s+up|evicting|oom(?:ing|ed)|crashloop\w*|restarting|flapping|throttling|"
    r"spiking|climbing|leaking|timing\s+out|backing\s+up|lagging|erroring|firing|paging|progressing|"
    r"rebalancing|scheduling|draining)\b"
    # a level now: "the disk is at 94%", "pinned at max replicas", "out of IPs"
    r"|(?:at|pinned\s+at|stuck\s+at|sitting\s+at|hovering\s+at|up\s+to)\s+(?:~?\d+(?:\.\d+)?\s*%|"
    r"max\b|100\b)|out\s+of\s+(?:ips|ip\s+addresses|memory|disk|space|capacity|quota|inodes)\b)",
    re.IGNORECASE)
CONDITION = re.compile(r"\b(?:if|when|whenever|unless|while|once|in\s+case)\b", re.IGNORECASE)
# A count now: "4 of 5 pods are ready", "the audit currently shows 14 violations".
COUNT_NOW = re.compile(r"\b\d+\s*(?:of|/)\s*\d+\s+(?:[\w-]+\s+)?(?:are|is)\s+(?:ready|up|done|"
                       r"green|passing|failing|healthy|running|complete)\b"
                       r"|\b(?:shows|showed|reports|reported|lists|listed)\s+~?\d[\d,.]*\s+[a-z]"
                       r"|\bcurrently\s+(?:has|have|shows|lists|contains|holds)\s+~?\d"
                       # a change measured now: "the coverage dropped to 78%"
                       r"|\b(?:dropped|fell|rose|jumped|climbed|went\s+(?:up|down))\s+(?:to|from|by)\s+"
                       r"~?\d",
                       re.IGNORECASE)


# Where a thing lives from now on: "feature flags are in Unleash now", "config is in `infra/` now"
_LIVES_NOW = re.compile(r"\b((?:is|are|lives?|runs?)\s+(?:in|on|at|under)\s+(?:`[^`]+`|"
                        r"[A-Z][\w.-]*(?:\s+\d[\w.]*)?|[\w.-]*/[\w./-]*))\s+now\b")


# "... broke our node groups last time": when a lesson was learnt, not this session's last run
_LESSON_WHEN = re.compile(r"\b((?:broke|burned|burnt|bit|took\s+down|wiped|corrupted)\s+"
                          r"(?!(?:it|this|that|them)\b)[^.;,]{0,60}?)\s+last\s+time\b",
                          re.IGNORECASE)
# "sequencing is done by the core facility now, not Novogene": what replaced the old one
_NOW_NOT = re.compile(r"\s+now(?=,\s+not\s+(?!sure|yet|really|anymore|quite|much)\w)",
                      re.IGNORECASE)


_HABIT = re.compile(r"\b(?:(?:half|most)\s+(?:of\s+)?the\s+time|usually|mostly|often|a\s+lot)\b",
                    re.IGNORECASE)
_MY_DEVICE = re.compile(r"\b(?:on|from)\s+my\s+(?:phone|laptop|tablet|ipad)\b", re.IGNORECASE)


# A note stamped with the time of day it was written ("11:03 paged: checkout 5xx").
TIMESTAMPED = re.compile(r"^\W*\d{1,2}:\d{2}(?::\d{2})?\b")


# A decision that replaced something: "we stopped using `dbt snapshot` ... because ... -- it's
# an SCD2 model now": its "now" is since the decision, not this moment.
_CHANGED_OVER = re.compile(r"\b(?:stop(?:ped)?\s+(?:using|running|doing)|dropped|replaced|ditched|"
                           r"switched\s+(?:from|to|over)|"
                           r"moved\s+(?:off|away\s+from)|migrated\s+(?:off|from|away))\b",
                           re.IGNORECASE)
# "has to match the crate version exactly (0.2.92 right now)": today's value of a lasting rule
_ASIDE_NOW = re.compile(r"\s*\([^()]{0,40}\b(?:right\s+now|currently|at\s+the\s+moment|as\s+of\s+"
                        r"[\w.-]+)\)", re.IGNORECASE)
_NOW_AT_END = re.compile(r"\s+now(?=\s*(?:[,.;!]|$))", re.IGNORECASE)


def of_the_moment(s: str) -> bool:
    """A remark about this session, this change, this moment: true now, noise later."""
    s = _NOW_NOT.sub(",", _LIVES_NOW.sub(r"\1", _LESSON_WHEN.sub(r"\1", _ASIDE_NOW.sub("", s))))
    if _HABIT.search(s):  # "i read them on my phone half the time": where, as a habit
        s = _MY_DEVICE.sub("", s)
    if _CHANGED_OVER.search(s):
        s = _NOW_AT_END.sub("", s)
    if len(words(s)) <= STATUS_WORDS and STATUS.search(s) and not (
            STANDING.search(s) or RECURS.search(s)):
        return True
    if (STATE_NOW.search(s) or COUNT_NOW.search(s)) and not CONDITION.search(s):
        return True
    if TIMESTAMPED.match(s) and not (STANDING.search(s) or RECURS.search(s)):
        return True  # "22:47 rollout started": an incident's log; not "14:05 X fires every time"
    if NO_LONGER.search(s) and not MOVED.search(s):
        return True  # "it doesn't work anymore"; not "it isn't in config/ anymore, it moved"
    return bool(SESSION.search(s) or points(s) or BUG_REPORT.search(s)) \
        or dated(s)


# An order to the assistant about how it works from now on ("show me the diff before you
# write anything to disk. always.", "when something fails give me the exact command you
# ran", "keep answers short, bullets are fine"): its "the diff" is whichever comes.
STANDING_ORDER = re.compile(r"^(?:(?:when|whenever|if|once|before|after)\b[^,]{0,60}?,?\s+)?"
                            r"(?:(?:please|pls|plz)\s+)?(?:always\s+)?(?:(?:show|give|tell|send|paste|list)\s+me\b|keep\s+"
                            r"(?:your\s+|the\s+|my\s+)?(?:answers|replies|responses|explanations|"
                            r"summaries|messages)\b)", re.IGNORECASE)


# A rule under its heading ("Team rule: ... post the delta in the PR"): any PR, every time.
RULE_HEADING = re.compile(r"^(?:team\s+|house\s+|hard\s+)?(?:rule|policy|convention)\s*:"
                          # "for bug fixes with me: write the failing test first, ..."
                          r"|^for\s+(?:[\w-]+\s+){1,4}with\s+me\s*:"
                          # "for my commits, use ...": the speaker's things of a kind
                          r"|^for\s+(?:all\s+)?my\s+(?:[\w-]+\s+){0,2}(?:[\w-]+s|code)\s*[,:]?\s+"
                          r"(?:use|write|put|keep|add|give|name|format|prefer|stick)\b",
                          re.IGNORECASE)
# ... and whatever follows "when I ask for a quick fix": it holds for every time it is asked.
WHEN_I_ASK = re.compile(r"^(?:when|whenever|if)\s+i\s+(?:ask|say|tell\s+you)\b", re.IGNORECASE)


def first_clause(s: str) -> str:
    """A sentence up to where its first clause ends (what follows may point back at it)."""
    return FIRST_CLAUSE.split(s, 1)[0]


def points(s: str) -> bool:
    """The sentence's first clause points at something on screen or said before (a short
    one: the whole sentence, "too much, just the one line")."""
    first = first_clause(s)
    return bool(POINTING.search(s if len(words(first)) < 4 else first))


# Where a sentence's first clause ends: what follows may point back at it.
FIRST_CLAUSE = re.compile(r"[,;:]\s+|\s+-+\s+|\s+(?:so|but|and\s+then|because|since|as)\s+",
                           re.IGNORECASE)


# What a written learning may not say: this moment, this session's work.
MOMENT = re.compile(
    r"\b(?<!\.)(?:today|tonight|tomorrow|yesterday|right\s+now|for\s+now|just\s+now|"
    r"at\s+the\s+moment|this\s+(?:morning|afternoon|evening|session|conversation|chat|task|"
    r"change|diff|pr|pull\s+request|branch|ticket)|in\s+this\s+(?:conversation|session|chat)|"
    r"(?<!^for\s)(?:my|your|ur|yr|the\s+user'?s|the\s+current)\s+(?:branch|pr|change|changes|"
    r"diff|patch|ticket|task|draft|commit|commits)|the\s+change(?!\s*(?:log|set|request|freeze|window|"
    r"review|management|board|advisory|control|process|calendar))|(?:is|are)\s+(?:about\s+to|going\s+to)|almost\s+done|"
    # this week's plan ("we freeze the release branch next week"), not "every week"
    r"(?<!every\s)(?:this|next)\s+(?:week|weekend|sprint)|"
    # the speaker's work under way: "I'm rebasing feature/x onto main", "currently
    # debugging the flaky login test" (not "we're cutting egress costs": the team's course)
    r"(?:\bi'?m\s+|\bi\s+am\s+)(?:currently\s+|just\s+|still\s+|now\s+)?(?:rebasing|debugging|"
    r"bisecting|cherry-picking|reverting|investigating|fixing|trying|testing\s+(?:out|my|the\s+fix))|"
    r"^(?:currently|right\s+now)\s+(?:\w+ing)"
    r")\b",
    re.IGNORECASE)
DAYS = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
# "by Friday", "Friday's demo": this week's; "on Fridays" recurs (RECURS)
# ("on mon-1", "by fri.example.dev": a host's name)
WEEKDAY = re.compile(rf"\b(?:(?:by|on|until|before|after|next|last|this|starts|ends|due|ships|"
                      rf"lands|for|kicks\s+off|begins|opens|finish|finished|done|ready)\s+"
                      rf"(?:{DAYS}|eod|eow|noon|mon|tue|tues|wed|thu|thur|thurs|fri)\b(?![-.]\w)|"
                      rf"{DAYS}'s\b)", re.IGNORECASE)


def dated(text: str) -> bool:
    """A time of day or a weekday that does not recur: a deadline of this week. A schedule
    ("the price sync runs at 4:15am") or a rule over every change of a kind ("any change to a
    production channel needs a CAB ticket approved by Tuesday noon") recurs."""
    return bool(CLOCK.search(text) or WEEKDAY.search(text)) and not (
        RECURS.search(text) or _SCHEDULED.search(text) or _OVER_A_KIND.match(text)
        or _WINDOW.search(text))


_SCHEDULED = re.compile(r"\b(?:runs?|starts?|fires?|triggers?|kicks?\s+off|executes?|is\s+"
                        r"scheduled|restarts?)\s+(?:itself\s+)?(?:daily\s+|nightly\s+)?at\s+~?\d",
                        re.IGNORECASE)
# "only accepts uploads between 6am and 10pm ET", "scales down from 20:00 to 07:00 UTC": a
# window of every day; "no prod changes after Friday 3pm until Monday morning": of every week
_WINDOW = re.compile(r"\bbetween\s+\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m)?\s+and\s+\d{1,2}"
                     r"(?::\d{2})?\s*[ap]\.?m\b|\b(?:between|from)\s+\d{1,2}:\d{2}\s+(?:and|to|"
                     r"until|till)\s+\d{1,2}:\d{2}\b|"
                     rf"\b(?:after|from|between)\s+{DAYS}\b[^.;]{{0,30}}?\b(?:until|till|to|"
                     rf"through|and)\s+{DAYS}\b", re.IGNORECASE)
_OVER_A_KIND = re.compile(r"^(?:[\w\s-]{1,30}:\s*)?(?:any|every|each|all)\s+[\w-]+", re.IGNORECASE)
