"""Shell text to simple commands: what a CI `run:` block, a Makefile recipe or a
package.json script actually executes, one command at a time."""

from __future__ import annotations

import functools
import re
import shlex

from gcode.scan.model import FORMAT, LINT

_CONTROL = re.compile(r"^(if|then|else|elif|fi|for|while|until|do|done|case|esac|function)\b|"
                      r"^[A-Za-z_][A-Za-z0-9_]*\s*\(\)\s*\{?$|^[{}]$")
_ASSIGN = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*=")
_SETUP = frozenset({"set", "export", "echo", "printf", "cd", "pushd", "popd", "source", ".",
                    "mkdir", "rm", "cp", "mv", "ls", "cat", "true", "false", "exit", "unset",
                    "shopt", "trap", "local", "declare", "test", "[", "[[", "sleep", "touch",
                    "chmod", "ln", "which", "command", "type", "wait", "git", "tee",
                    "shift", "return", "read", "eval", "exec", "env_var"})


# `cat << EOF > config.yml`: the lines up to EOF are the text fed in, not commands (a
# here-string `<<<` is not one)
_HEREDOC = re.compile(r"(?<!<)<<[-~]?\s*(['\"]?)([A-Za-z_][A-Za-z0-9_]*)\1")
_SHELLS = frozenset({"sh", "bash", "zsh", "dash", "ksh"})


def _heredoc_end(line: str) -> str | None:
    """The word ending the here-document a line opens, unless a shell reads it (`bash
    <<EOF`, `docker exec db sh <<EOF`: those lines are commands)."""
    m = _HEREDOC.search(line)
    if not m:
        return None
    before = line[:m.start()].split()
    return None if any(w.rsplit("/", 1)[-1] in _SHELLS for w in before) else m.group(2)


def logical_lines(script: str) -> list[str]:
    """Join backslash continuations, drop comments, blank lines and the text of
    here-documents."""
    out: list[str] = []
    buf = ""
    end: str | None = None
    for raw in script.splitlines():
        if end is not None:
            end = None if raw.strip() == end else end
            continue
        line = raw.rstrip()
        if line.endswith("\\"):
            buf += line[:-1].strip() + " "
            continue
        line = (buf + line.strip()).strip()
        buf = ""
        if line and not line.startswith("#"):
            out.append(line)
            end = _heredoc_end(line)
    if buf.strip():
        out.append(buf.strip())
    return out


_PIPED = "\0|"  # marks a command whose output is piped on
# Filters that turn a command's output into a summary: the pipeline's status is theirs.
_SUMMARIES = frozenset({"grep", "egrep", "sort", "uniq", "wc", "head", "cut", "awk"})


def _split_operators(line: str) -> list[str]:
    """Split on && || ; | outside quotes."""
    parts: list[str] = []
    cur: list[str] = []
    quote = ""
    i = 0
    while i < len(line):
        ch = line[i]
        if quote:
            cur.append(ch)
            if ch == quote:
                quote = ""
        elif ch in "'\"":
            quote = ch
            cur.append(ch)
        elif ch == "#" and (not cur or cur[-1].isspace()):
            break  # a trailing comment
        elif line.startswith(("&&", "||"), i):
            parts.append("".join(cur))
            cur = []
            i += 2
            continue
        elif ch in ";|&" and not line.startswith(">&", i - 1):
            parts.append("".join(cur) + (_PIPED if ch == "|" else ""))
            cur = []
        else:
            cur.append(ch)
        i += 1
    parts.append("".join(cur))
    return [p.strip() for p in parts if p.strip()]


# `res=$(gofmt -d .)`: the whole part is the substitution, when its parentheses balance
# (`V=$(V) yarn test` is a make variable in front of a command)
_SUBST = re.compile(r"^[A-Za-z_]\w*=\"?\$\((?!\()(.+?)\"?$")  # `DIFF="$(gofmt -d .)"` too


# A condition whose output is thrown away only asks whether something works (a target
# exists, a tool is installed): the branch it guards is what runs.
_PROBE = re.compile(r"^(if|elif|while|until)\s.*(^|\s)(&>|\d?>)\s*/dev/null(\s|$)")


# The simple commands of one script the scan reads: real ones have tens. A package.json
# script of 60,000 `npm run a &&` (each followed into a 200 KB `a`) took minutes.
MAX_COMMANDS = 256


def commands(script: str) -> list[str]:
    """The simple commands of a shell script, control keywords and setup noise removed
    (the first MAX_COMMANDS; a script followed again is split once)."""
    return list(_commands(script))


@functools.lru_cache(maxsize=64)
def _commands(script: str) -> tuple[str, ...]:
    result: list[str] = []
    for line in logical_lines(script):
        parts = _split_operators(line)
        for n, part in enumerate(parts):
            if part.endswith(_PIPED):
                part = part[:-len(_PIPED)]
                if n + 1 < len(parts) and parts[n + 1].split()[0] in _SUMMARIES and \
                        part.count("(") <= part.count(")"):  # not inside $(shell ...)
                    continue  # `go test -v | grep -- '---' | sort`: a report, not the test
            if _PROBE.match(part):
                continue  # `if make lint_tests > /dev/null 2>&1; then`: asks, runs nothing
            part = re.sub(r"^(then|else|do|!)\s+|^!(?=\()", "", part).strip()  # `!(gofmt -l`
            part = re.sub(r"^(if|elif|while|until)\s+(!\s+)?(?![\[!])", "", part).strip()
            part = _unwrap_subshell(part)
            sub = _SUBST.match(part)  # `res=$(gofmt -d .)`: the substitution runs it
            inner = sub.group(1) if sub else ""
            if sub and (inner.count(")") <= inner.count("(") or inner.endswith(")") and
                        inner.count(")") == inner.count("(") + 1):
                part = inner.removesuffix(")").strip()
            if not part or _CONTROL.match(part):
                continue
            result += _compared(part) or [part]
            if len(result) >= MAX_COMMANDS:
                return tuple(result[:MAX_COMMANDS])
    return tuple(result)


_COMPARE = re.compile(r"^(test|\[\[?|diff)\s")


def _compared(part: str) -> list[str]:
    """What a comparison runs to compare its output (`test -z "$(gofmt -l .)"`, `diff -u
    <(echo -n) <(gofmt -d .)`): the commands inside, the comparison itself aside."""
    if not _COMPARE.match(part):
        return []
    return [x.strip() for x in _substitutions(part)
            if x.strip() and x.split()[0] not in ("echo", "printf", "cat", "true", "pwd")]


def _substitutions(part: str) -> list[str]:
    """The outermost `$(...)` and `<(...)` of a command, nested ones inside them kept
    (`<(go fmt $(go list ./...))` is `go fmt $(go list ./...)`); `$((1 + 2))` is none."""
    found: list[str] = []
    end = 0
    for m in _OPEN.finditer(part):
        if m.start() < end or part[m.end():m.end() + 1] == "(":
            continue
        depth, i = 1, m.end()
        while i < len(part) and depth:
            depth += {"(": 1, ")": -1}.get(part[i], 0)
            i += 1
        if not depth:
            found.append(part[m.end():i - 1])
            end = i
    return found


_OPEN = re.compile(r"[$<]\(")


def checked(kinds: dict[str, list[str]], command: str, script: str) -> dict[str, list[str]]:
    """A formatter's kinds as a check when the script only compares its output (`diff -u
    <(echo -n) <(go fmt ./...)` fails when it changed anything)."""
    if set(kinds) == {FORMAT} and "(" in script and command in compared(script):
        return {LINT: kinds[FORMAT]}
    return kinds


def compared(script: str) -> set[str]:
    """The commands a script runs only to compare their output (`test -z "$(gofmt -l .)"`,
    `diff -u <(echo -n) <(go fmt ./...)`): a check that fails when they print anything."""
    return {x for line in logical_lines(script) for part in _split_operators(line)
            for x in _compared(part.strip())}


def _unwrap_subshell(part: str) -> str:
    """`(cd ui && yarn lint)` split in two, or `(make test)`: the commands inside; a
    process substitution's parentheses (`shellcheck <(deno run x)`) stay."""
    if part.startswith("(") and part.endswith(")") and \
            part.count("(") == part.count(")"):
        return part[1:-1].strip()
    if part.startswith("(") and part.count("(") > part.count(")"):
        part = part[1:]
    if part.endswith(")") and part.count(")") > part.count("("):
        part = part[:-1]
    return part.strip()


# shlex builds a quoted word a character at a time on an attribute (`self.token += c`),
# which is quadratic: one 800 KB command with an open quote took minutes. No real command
# is this long; one that is gets split on whitespace.
MAX_SHLEX_CHARS = 8192


def words(command: str) -> list[str]:
    if not any(c in command for c in "'\"\\") or len(command) > MAX_SHLEX_CHARS:
        return command.split()  # what shlex gives without quotes or escapes, far cheaper
    try:
        return shlex.split(command, comments=False)
    except ValueError:
        return command.split()


def is_noise(command: str) -> bool:
    """Setup and bookkeeping commands that say nothing about how to test or build."""
    w = words(command)
    while w and _ASSIGN.match(w[0]):
        w = w[1:]
    if w[:1] == ["exec"] and len(w) > 1 and not re.match(r"^\d*[<>]", w[1]):
        return False  # `exec pytest "$@"`: the script becomes that program
    return not w or w[0] in _SETUP


def only_prints(recipe: list[str]) -> bool:
    """Whether a recipe only prints a message (`echo "Error: no test specified" && exit 1`,
    `echo "Use just test-node"`): a placeholder pointing elsewhere, running nothing."""
    cmds = [words(c) for line in recipe for c in commands(line)]
    return bool(cmds) and all(not w or w[0].lstrip("@-") in ("echo", "printf", "exit", "true")
                              for w in cmds)


def substitutions_joined(args: list[str]) -> list[str]:
    """Words with each `$(...)` command substitution that quoting split apart put back
    together as one word (`--filter "$(jq -r .name "pkg/package.json")..."`): its value,
    not an option and then a script name."""
    out: list[str] = []
    depth = 0
    for arg in args:
        if depth > 0:
            out[-1] += f" {arg}"
        else:
            out.append(arg)
        depth = max(0, depth + arg.count("$(") - arg.count(")")) if depth or "$(" in arg else 0
    return out
