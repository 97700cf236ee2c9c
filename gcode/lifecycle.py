"""What gcode itself decides about a new learning next to the ones it has: same fact said
again (merge), same purpose said newer (supersede), an explicit change ("we moved from pytest
to nox") that retires what it names, and which files a fact rests on (it goes stale with them).

Pure functions over records and text, no database: `KnowledgeBase.add` asks them under its
write lock, stores ask `cited_paths` when they save. Rules that do not depend on a model's
good behaviour, tuned to be conservative: a wrong merge loses a fact, a missed one only
repeats it (the extraction call still sees both and may name what to supersede).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from gcode.records import Learning

# Below NEAR_DUPLICATE (knowledge.py: merged on the vector alone), a neighbour at least this
# close merges only when the words agree too (`same_fact`). Per embedder family: hashing
# paraphrases score 0.4-0.8, e5's 0.90-0.98 (and unrelated facts of one repo reach 0.93).
RELATED = {"hashing": 0.5, "openai": 0.85, "e5": 0.9}
MIN_SHARED_WORDS = 5
MIN_JACCARD = 0.2
MIN_OVERLAP = 0.4

_STOP = frozenset("""a an the and or but of to in on at by for with from is are was were be been
do does did i we you it this that these those there what which who how why when where can could
should would will any some my our your me us please not no never only every each all its their
them they then than so as if into out up off over after before about run runs use uses used
using has have had also just one get gets via per else other otherwise first""".split())
_TOKEN = re.compile(r"[a-z0-9_@][a-z0-9_@.\-/]*[a-z0-9_]|[a-z0-9]")


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if len(word) > len(suffix) + 2 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def content_words(text: str) -> set[str]:
    """The stems of a text's meaningful words (identifiers, flags and versions kept whole)."""
    return {_stem(w) for w in _TOKEN.findall(text.lower()) if w not in _STOP and len(w) > 1}


def same_fact(a: str, b: str) -> bool:
    """Do two texts close in meaning also share enough words to be one fact said twice?
    Two facts about one topic share its words too, so this needs several, and a good part
    of both texts (guards against one long text swallowing a short one)."""
    wa, wb = content_words(a), content_words(b)
    if not wa or not wb:
        return False
    shared = len(wa & wb)
    return (shared >= MIN_SHARED_WORDS and shared / len(wa | wb) >= MIN_JACCARD
            and shared / min(len(wa), len(wb)) >= MIN_OVERLAP)


# -- typed facts: one command per purpose --------------------------------------------------------

COMMAND_KINDS = ("test_command", "build_command", "lint_command")
_CODE = re.compile(r"`([^`\n]{2,200})`")
# What a command fact runs: a new unit-test command replaces the old one, but not the
# integration tests' command, the controller tests' one, or a way to run a selection.
_QUALIFIERS = {
    "integration": re.compile(r"\bintegration\b", re.I),
    "e2e": re.compile(r"\b(e2e|end[- ]to[- ]end|playwright|cypress|selenium)\b", re.I),
    "smoke": re.compile(r"\bsmoke\b", re.I),
    "contract": re.compile(r"\bcontract\b", re.I),
    "load": re.compile(r"\b(load|perf|performance|benchmark)s?\b", re.I),
    "docs": re.compile(r"\bdocs?\b|\bdocumentation\b", re.I),
    "typecheck": re.compile(r"\b(type[- ]?check\w*|mypy|pyright|tsc)\b", re.I),
    "format": re.compile(r"\b(format\w*|prettier|black|gofmt)\b", re.I),
    "sql": re.compile(r"\bsql\w*", re.I),
    "css": re.compile(r"\b(css|scss|stylelint)\b", re.I),
    "docker": re.compile(r"\b(docker\w*|hadolint)\b", re.I),
    "terraform": re.compile(r"\b(terraform|tflint|tfsec)\b", re.I),
    "shell": re.compile(r"\b(shellcheck|shell scripts?)\b", re.I),
}
# "the DAG tests", "controller tests", "alert rules are tested": what is being tested.
_SUBJECT = re.compile(r"\b([a-z][\w-]*)\s+(?:tests?|specs?|suite)\b|"
                      r"\b([a-z][\w-]*)\s+(?:are|is|get|gets) (?:tested|linted|built)\b")
_CMD_SUBJECT = re.compile(r"(?:^|\s)(?:test|lint|build)[-_:]([a-z][\w-]*)(?=\s|$)")
_MAIN = frozenset("""the a all your these those our its run runs unit whole full entire
python go js typescript javascript rust java ruby to and or of with before""".split())
# A command that runs a selection (one file, a tag, a package) is not the way to run them all.
_SELECTION = re.compile(r"(\s-k\s|--select\b|--filter\b|\s-run\s|::|--grep\b|\s-t\s|"
                        r"--tests?\b|--spec\b|\s[\w./-]+\.(py|ts|tsx|js|go|rs|rb|java|kt)\b)")
_SELECTION_PROSE = re.compile(r"\b(one|a single|single|specific|individual|a given) "
                              r"(tests?|files?|packages?|modules?|specs?|cases?)\b")
# A build a task runner names: each target builds something of its own (make image, make docs).
_TASK = re.compile(r"(?:\./)?(?:make|just|task|gradlew|gradle|mvnw|mvn|rake|poe|mage|"
                   r"(?:npm|pnpm|yarn|bun)(?:\s+run)?|nox\s+-s|tox\s+-e|hatch\s+run)\s+"
                   r"(?:-\S+\s+)*:?(?:[\w.-]+:)*([A-Za-z][\w.-]*)")  # `:app:assembleDebug` too
# A pytest marker selection: `-m slow` runs the slow suite, `-m 'not slow'` the fast one.
_MARKER = re.compile(r"\s-m\s+['\"]?(not\s+)?([A-Za-z_][\w-]*)")
_CD = re.compile(r"(?:^|&&|;)\s*cd\s+([\w./-]+)")
_IN_DIR = re.compile(r"\b(?:in|under|from) ((?:[\w.-]+/)+[\w.-]*)")


def purpose(rec: Learning) -> tuple[str, str, str] | None:
    """(kind, what it runs, directory) of a command fact; None for other kinds and for a
    command that runs a selection of unnamed purpose (`pytest tests/x.py -x`)."""
    if rec.kind == "env":
        return _install_purpose(rec)
    if rec.kind not in COMMAND_KINDS:
        return None
    commands = [str(rec.evidence["command"])] if rec.evidence.get("command") else []
    commands += _CODE.findall(rec.content)
    prose = _CODE.sub(" ", rec.content).lower()
    sorts = {name for name, pattern in _QUALIFIERS.items() if pattern.search(rec.content)}
    for match in _SUBJECT.finditer(prose):
        word = match.group(1) or match.group(2)
        if word not in _MAIN and word not in _STOP:
            sorts.add(_stem(word))
    first = commands[0] if commands else ""
    sorts.update(_stem(m.group(1)) for m in _CMD_SUBJECT.finditer(first.lower()))
    sorts.update(("not-" if m.group(1) else "") + m.group(2).lower()
                 for m in _MARKER.finditer(f" {first}"))
    task = _TASK.match(first.strip()) if rec.kind == "build_command" else None
    if task and task.group(1).lower() not in ("build", "all"):  # `make build`: the build
        sorts.add(task.group(1).lower())  # `./gradlew assembleDebug` builds no release bundle
    lead = rec.content.split("`", 1)[0].lower()  # what it says before its first command
    if not sorts and (_SELECTION.search(f" {first} ") or _SELECTION_PROSE.search(lead)):
        return None
    where = str(rec.evidence.get("cwd") or "")
    if not where and (cd := _CD.search(first)):
        where = cd.group(1)
    if not where and (found := _IN_DIR.search(prose)):
        where = found.group(1)
    return rec.kind, "+".join(sorted(sorts)), where.strip("./")


def other_purpose(a: Learning, b: Learning) -> bool:
    """Two command facts for different runs (the slow suite and the fast one): neither's
    sorts of run include the other's, or another directory. A paraphrase naming a sort the
    other leaves unsaid ("fix formatting with ...") is the same purpose said again."""
    mine, theirs = purpose(a), purpose(b)
    if mine is None or theirs is None or mine[0] != theirs[0]:
        return False
    one, other = set(filter(None, mine[1].split("+"))), set(filter(None, theirs[1].split("+")))
    return mine[2] != theirs[2] or not (one <= other or other <= one)


_INSTALL = re.compile(r"^\s*((poetry|pipenv|bundle|composer|pdm) install|pip3? install -r|"
                      r"uv sync|(npm|pnpm|yarn|bun) (install|i|ci)|yarn|go mod download|"
                      r"conda env (create|update))\b")
_WARNING = re.compile(r"\b(never|not|don't|do not|avoid|breaks?|instead|only)\b", re.I)


def _install_purpose(rec: Learning) -> tuple[str, str, str] | None:
    """How dependencies are installed (one way at a time): an environment fact whose
    command installs them and that says how, not what to avoid."""
    commands = _CODE.findall(rec.content)
    if not any(_INSTALL.search(c) for c in commands) or _WARNING.search(_CODE.sub(" ",
                                                                            rec.content)):
        return None
    return rec.kind, "install", ""


# -- explicit changes: "moved from X to Y", "X was decommissioned" --------------------------------

# A tool's name, starting where a word starts and at most 41 characters long: unanchored and
# unbounded, a pattern opening with it backtracks quadratically over one long word (a
# 100 KB learning took minutes).
_NAME = r"(?<![\w.+-])`?([A-Za-z][\w.+-]{0,40}(?-i: [A-Z][\w.+-]{0,40})?)`?"  # "Cloud Build"
_CHANGES = (
    re.compile(r"\b(?:moved|moving|switched|switching|migrated|migrating|changed|went|"
               r"transitioned|ported)\s+(?:\w+\s+){0,3}?from\s+(?:the\s+)?" + _NAME +
               r"\s+(?:to|onto)\s", re.I),
    re.compile(r"\breplaced\s+(?:the\s+)?" + _NAME + r"\s+with\b", re.I),
    re.compile(_NAME + r"\s+(?:has been|was|is being|got|is now)\s+replaced\b", re.I),
    re.compile(_NAME + r"\s+(?:has been|was|is|got|is being)\s+(?:decommissioned|deprecated|"
               r"retired|removed|dropped|sunset|abandoned|phased out|shut down)\b", re.I),
    re.compile(r"\bno longer\s+(?:use|uses|used|run|runs|need|needs|on)\s+(?:the\s+)?" + _NAME,
               re.I),
    # "we use nox instead of tox"; not "assets write to ./.data instead of S3" (a way round
    # it, offered to the model as one it may contradict: _MAY_CHANGE)
    re.compile(r"\b(?:use|uses|used|using|run|runs|switched\s+to|moved\s+to|went\s+with|chose|"
               r"picked|prefer|prefers)\s+(?:the\s+)?[\w`'./:@+-]+(?:\s+[\w`'./:@+-]+){0,3}?\s+"
               r"instead of\s+(?:the\s+)?" + _NAME, re.I),
    re.compile(r"\b(?:not|never)\s+(?:use\s+)?" + _NAME + r"\s+anymore\b", re.I),
)
_GENERIC = frozenset("""it this that them the a an our we us tests test it's there one ones
something everything laptop laptops local here""".split())


def abandoned(text: str) -> set[str]:
    """What a text says is no longer used (lower case names)."""
    found = set()
    for pattern in _CHANGES:
        for match in pattern.finditer(text):
            name = match.group(1).strip("`.,;:").lower()
            if name and name not in _GENERIC and len(name) > 1:
                found.add(name)
    return found


def _names(text: str, name: str) -> bool:
    return re.search(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text.lower()) is not None


_VERSIONED = re.compile(r"\b([A-Za-z][A-Za-z+]{1,20}) v?(\d+(?:\.\d+)+)\b")


def _versions(text: str) -> dict[str, str]:
    return {m.group(1).lower(): m.group(2) for m in _VERSIONED.finditer(text)}


def replaceable(new: Learning) -> tuple[str | None, set[str]]:
    """Where what `new` may replace is (`supersedes`): the records of its kind, for a
    command or environment fact (None otherwise), and those naming what it says was left
    behind. Nothing else can be replaced, so nothing else need be read."""
    kind = new.kind if new.kind in (*COMMAND_KINDS, "env") else None
    return kind, abandoned(new.content)


def supersedes(new: Learning, old: Learning) -> bool:
    """Does `new` (just taught) replace `old` (a live record of the same repo and store)?

    - a command fact of the same kind, sort of run and directory (one way to run the unit
      tests at a time: the newer wins);
    - `new` says in so many words that what `old` names is gone ("moved from X to Y",
      "X was decommissioned", "no longer use X") and `old` does not name the new thing;
    - an environment fact naming the same tool at another version ("Go 1.22 is the minimum"
      after "builds with Go 1.20").
    """
    return _comparable(new, old) and _replaces(new, old, abandoned(new.content), purpose(new))


def _comparable(new: Learning, old: Learning) -> bool:
    return old.id != new.id and old.scope == new.scope and old.user == new.user


def _replaces(new: Learning, old: Learning, dropped: set[str],
              mine: tuple[str, str, str] | None) -> bool:
    """`supersedes`, with what `new` says was left behind and its purpose worked out once
    by the caller."""
    if mine is not None and mine == purpose(old):
        return True
    for name in dropped:
        if _names(old.content, name) and not abandoned(old.content):
            return True
    if new.kind == old.kind == "env":
        was, now = _versions(old.content), _versions(new.content)
        if any(tool in was and was[tool] != version for tool, version in now.items()):
            return True
    return False


def superseded(new: Learning, candidates: Iterable[Learning]) -> list[Learning]:
    """The live records among `candidates` that `new` replaces, by `supersedes` (what `new`
    abandons, and its purpose, are read once, not once per candidate)."""
    dropped, mine = abandoned(new.content), purpose(new)
    return [old for old in candidates
            if old.live and old.status in ("active", "stale") and _comparable(new, old)
            and _replaces(new, old, dropped, mine)]


# Looser than _CHANGES (which retire what they name without asking): these only offer a
# learning to the extraction call as one the statement may contradict; the model decides.
_MAY_CHANGE = (
    re.compile(r"(?:,|;|\band)\s+not\s+(?:with\s+|via\s+|through\s+)?(?:the\s+)?" + _NAME +
               r"\s*(?:[,.;:!)]|$)", re.I),
    re.compile(r"\b(?:rather than|instead of)\s+(?:the\s+)?" + _NAME, re.I),
    re.compile(r"\b(?:stop(?:ped)?|quit|don'?t|do not|never)\s+(?:using|use|run(?:ning)?)\s+"
               r"(?:the\s+)?" + _NAME, re.I),
    re.compile(_NAME + r"\s+(?:is|was|has been)\s+(?:gone|dead|obsolete|outdated|"
               r"no longer (?:used|needed|supported))\b", re.I),
)


def contradiction_queries(text: str, limit: int = 3) -> list[str]:
    """Names to look up the learnings a statement may contradict (shown to the extraction
    call so the model can name the id it replaces): what it says was left behind ("we moved
    from pytest to nox": pytest), or what it sets aside ("use pnpm, not npm": npm)."""
    found = list(abandoned(text))
    for pattern in _MAY_CHANGE:
        for match in pattern.finditer(text):
            name = match.group(1).strip("`.,;:").lower()
            first = name.split()[0] if name.split() else ""
            if first and first not in _GENERIC and first not in _STOP and len(name) > 1 \
                    and name not in found:
                found.append(name)
    return sorted(found)[:limit]


def mentions(text: str, name: str) -> bool:
    """Does `text` name `name` as a word of its own (not inside another name)?"""
    return _names(text, name)


# -- paths a fact rests on -----------------------------------------------------------------------

_PATHISH = re.compile(r"(?<![\w@/:.-])((?:[\w.-]+/)+[\w.-]+/?|[\w-]+\.(?:py|toml|ini|cfg|json|"
                      r"ya?ml|lock|md|txt|ts|tsx|js|mjs|go|rs|rb|sh|sql|mod|env|conf)|"
                      r"Makefile|Dockerfile|Justfile|Taskfile\.ya?ml|noxfile\.py|tox\.ini)"
                      r"(?![\w/-])")


def cited_paths(root: Path | None, text: str, limit: int = 5) -> list[str]:
    """Repository paths a fact names that exist now (relative, posix): when they disappear
    the fact goes stale. Names that do not exist are not paths of this repository (a URL
    path, a package name, a file someone will create) and are left out."""
    if root is None:
        return []
    found: list[str] = []
    for match in _PATHISH.finditer(text):
        rel = match.group(1).rstrip("/.")
        if not rel or rel.startswith(("/", "..")) or "//" in rel or rel in found:
            continue
        try:
            path = (root / rel).resolve()
            inside = path.is_relative_to(root.resolve()) and path.exists()
        except (OSError, ValueError):
            continue
        if inside:
            found.append(rel)
        if len(found) >= limit:
            break
    return found

