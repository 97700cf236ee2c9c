"""The English words gcode.capture reads chat by: the interjections a sentence may open
with, and the verbs a request opens with (kept apart from the rules that use them, which
are long enough on their own)."""

from __future__ import annotations

# Reactions and acknowledgements that may open a sentence ("ok, ...", "hmm, ...").
INTERJECTION = (
    r"(?:hi|hello|hey|(?:thanks|thank\s+you)(?:\s+(?:a\s+lot|so\s+much|again))?|thx|ty|cheers|"
    r"ok(?:ay)?|k|yes|yep|yeah|yup|no(?!\s+(?:more\s+)?(?!(?:thats|its|lets|this|yes|was|is|does|has)\b)[a-z]+s\b)|nope|nah|lol|lmao|haha|heh|brb|afk|one\s+sec|one\s+moment|"
    r"sure|cool|great|nice|neat|perfect|awesome|excellent|lgtm|looks\s+(?:good|fine|great)|"
    r"sounds\s+good|got\s+it|done|good(?:\s+(?:catch|call|job|morning|afternoon|evening|one))?|"
    r"fine|right|alright|all\s+right|well|also|plus|hmm+|hm+|oh|ah|aha|oops|ugh|huh|whoa|wow|wait|"
    r"hold\s+on|never\s*mind|nvm|sorry|actually|anyway|back|welp|damn|argh|"
    r"fyi|btw|fwiw|iirc|psa|heads\s+up|reminder|pro\s+tip|personally|(?:just\s+)?so\s+you\s+know|"
    r"for\s+(?:context|the\s+record|reference)|i\s+know\s+(?:that\s+)?|"
    r"(?:i\s+)?(?:just\s+)?(?:wanted|want|should|'d\s+like)\s+to\s+(?:mention|note|say|point\s+out|"
    r"flag|add)(?:\s+that)?|"
    r"(?:note|important|ps|tip)(?=\s*:)|"
    r"merci|danke|gracias|oui|ja|si|d'accord)"
)

# Base-form verbs people open a request with; an English sentence that starts with one
# has no subject: it asks the assistant to do something.
VERBS = (
    "add|adjust|align|amend|annotate|apply|archive|ask|assert|attach|bisect|block|bold|bump|"
    "build|call|cancel|capitalize|center|change|check|checkout|cherry-pick|clarify|clean|"
    "cleanup|clear|clone|close|collapse|comment|commit|compare|compile|compute|configure|"
    "confirm|continue|convert|copy|count|create|cut|debug|declare|decrease|dedupe|delete|"
    "deploy|describe|diff|disable|dismiss|document|double-check|download|draft|drop|dump|"
    "edit|enable|ensure|escape|estimate|expand|explain|export|expose|extend|extract|file|"
    "fill|filter|find|finish|fix|flip|format|gather|generate|get|give|go|grab|grep|group|"
    "handle|hide|highlight|ignore|import|improve|include|increase|indent|inline|insert|inspect|"
    "install|investigate|italicize|join|keep|kick|kill|label|launch|leave|lift|lint|list|load|log|look|"
    "lower|lowercase|make|map|mark|measure|mention|merge|migrate|mock|move|name|narrow|note|"
    "open|optimize|order|paste|patch|pause|pick|pin|ping|plot|point|polish|port|post|"
    "prefix|prepare|pretty-print|print|profile|pull|push|put|query|re-run|read|rebase|"
    "rebuild|recheck|redo|reduce|refactor|reformat|regenerate|reload|remember|remove|"
    "rename|reopen|reorder|repeat|rephrase|replace|reply|report|request|rerun|reset|"
    "resolve|restart|restore|restructure|resume|retry|return|reuse|revert|review|rewrite|"
    "rework|roll|rollback|run|save|scan|scroll|search|see|send|set|ship|show|shorten|"
    "simplify|skip|sort|split|squash|start|stash|stop|strip|submit|summarise|summarize|"
    "swap|switch|sync|tag|tail|take|tell|test|think|consider|imagine|tidy|tighten|time|"
    "toggle|tone|trace|"
    "translate|trim|try|tweak|type|uncomment|undo|unpin|unstage|update|upgrade|uppercase|"
    "upload|validate|verify|watch|wrap|write|zip"
)
# Verbs of programming work that open requests ("implement `Display` for DecodeError");
# not read as a verb before "that" (THAT_VERBS): "the bundle that ships" is a noun.
WORK_VERBS = (
    "implement|wire|rewire|stub|scaffold|memoize|parallelize|parametrize|parameterize|"
    "instrument|backport|hardcode|sanitize|normalize|serialize|deserialize|parse|render|"
    "localize|reword|shrink|downgrade|regen|retrigger|throttle|debounce|unwrap|emit|"
    "reproduce|repro|tune|clamp|coerce|encode|decode|compress|encrypt|decrypt|typecheck|"
    "prettify|reorganize|reorganise|modularize|combine|consolidate|dedup|deduplicate|"
    "flatten|aggregate|visualize|visualise|draw|echo|persist|fetch|invoke|spawn|terminate|"
    "provision|resize|reindex|recompile|bundle|minify|transpile|containerize|"
    "dockerize|uninstall|reinstall|initialize|initialise|bootstrap|unset|purge|prune|"
    "truncate|duplicate|append|prepend|substitute|calculate|notify|throw|raise"
)

# Verbs whose "that" points at a thing ("fix that test"), not those that take a clause
# ("check that every DAG imports") or a noun of a relative clause ("a test that opens").
THAT_VERBS = "|".join(v for v in VERBS.split("|") if v not in {
    "assert", "check", "confirm", "document", "ensure", "explain", "mention", "note",
    "remember", "report", "see", "tell", "test", "validate", "verify", "declare", "describe"})
VERBS = f"{VERBS}|{WORK_VERBS}"

# A word of the verb list used as a noun: "Go 1.22 is ...", "Pull requests need ...".
NOT_A_SUBJECT = (r"(?!(?:\s+[\d.]+)?(?:\s+[\w-]+)?(?:\s+here)?\s+(?:is|are|was|were|has|have|"
                 r"need|needs|use|uses|run|runs|require|requires|must|should|can|will|live|lives|take|"
                 r"takes|belong|belongs|come|comes|go|goes|get|gets|follow|follows|stay|stays)\b)"
                 # "port 8088 on the encode workers is the metrics sidecar": a thing by number
                 r"(?!\s+\d[\w.:/-]*(?:\s+(?!that\b|which\b|who\b|and\b|then\b)[\w`.-]+){0,6}"
                 r"\s+(?:is|are|was|were)\b)"
                 # "test coverage gate in CI is 80%": a verb-like word naming a kind of thing,
                 # two or three bare nouns and maybe where, then is/are (an order has an
                 # object: "check the logs", "make sure tests are green")
                 r"(?!(?:\s+(?!(?:the|a|an|this|that|these|those|my|your|our|its|their|it|them|"
                 r"all|every|any|some|me|us|him|her|sure|up|out|down|off|back|over|why|how|what|"
                 r"whether|if)\b)[a-z][\w-]*){2,3}(?:\s+(?:in|on|for|of|at|per)\s+(?:the\s+)?"
                 r"[\w`.-]+)?"
                 r"\s+(?:is|are|was|were)\b)")
