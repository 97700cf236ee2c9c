"""How a chat message falls apart into sentences and words, and which of its lines are a
tool's output pasted in rather than something the person said (gcode.capture reads what is
left)."""

from __future__ import annotations

import re

# ... not after a title or a Latin abbreviation ("the partner (Mr. Okafor) wants ...")
_SENTENCE = re.compile(r"(?<=[.!?。！？])(?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bMrs\.)"
                       r"(?<!\bProf\.)(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\bvs\.)"
                       # ... nor in a German date ("ab dem 1. April frieren wir ... ein")
                       r"(?!(?<=\d\.)\s+(?:Januar|Februar|März|April|Mai|Juni|Juli|August|"
                       r"September|Oktober|November|Dezember)\b)\s+|\n+")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)
_FENCE = re.compile(r"```.*?(?:```|\Z)", re.DOTALL)

# A line of a tool's output pasted into the chat: an exception and its message
# ("ValueError: ...", "java.lang.IllegalStateException: ..."), a compiler's or a runner's
# diagnostic ("error[E0502]: ...", "e: file:///...", "FAILURE: Build failed", "npm ERR!"),
# a test runner's failure line, a panic, a shell's complaint. The whole line is the paste:
# "CUDA out of memory. Tried to allocate 2.00 GiB" is one.
_OUTPUT = re.compile(
    r"^[`'\"]?(?:"
    r"(?:[\w$]+[.\\])*\w*(?:Error|Exception|Failure|Exit|Interrupt|Fault|Throwable)\s*:"
    r"|Exception\s+in\s+thread\b"
    # not "warning:" or "note:": people open a statement with them too
    r"|(?:(?:rpc|runtime|syntax|type|reference|compile|linker|internal|network|connection|"
    r"http|io|os)\s+)?(?:error|fatal|panic|e)(?:\[[\w-]+\])?:\s"
    r"|(?:FAIL(?:ED|URE)?|ERROR|WARN(?:ING)?|FATAL|PANIC|CRITICAL|SEVERE|BUILD\s+FAILED)\b"
    r"|\w+\s+(?:ERR!|ERROR\b|WARN\b)|[A-Z]\s{2,}\S|---\s+FAIL|goroutine\s+\d+|"
    r"(?:ba|z|fi)?sh:\s|Uncaught\s|Caused\s+by:|thread\s+'[^']*'\s+panicked\b)"
    r"|\bpanicked\s+at\b|\bcommand\s+not\s+found\b|\bNo\s+such\s+file\s+or\s+directory\b"
    # a compiler's diagnostic ("src/a.cpp:57:23: warning: ..."), a sanitizer's report
    # ("==3137==ERROR: ..."), a database's ("DETAIL:  ..."), a stack frame ("#0 0x55d1 in
    # ...", "(app 0.4.1) lib/a.ex:88: ...", "/src/b.go:61 +0x1b9"), a timestamped log line,
    # a linter's box drawing
    r"|^[\w./\\-]+\.\w+:\d+(?::\d+)?(?::|\s+-)\s*(?:warning|error|note|fatal)\b|^==\d+=="
    # an Elixir exception ("** (Ecto.ConstraintError) ..."), an error code ("ERR_PNPM_...")
    r"|^\*\*\s*\([\w.]+(?:Error|Exception)\)|^ERR_[A-Z0-9_]+\b"
    r"|^(?:DETAIL|HINT|STATEMENT|CONTEXT|NOTICE|LOG|Detail|Hint|Where|Position|Context):\s"
    r"|^#\d+\s+0x[\da-fA-F]+"
    # a query plan ("Seq Scan on x  (cost=0.00..48211.40 rows=1203 ...)", "Planning Time:")
    r"|\(cost=\d+\.\d+\.\.\d|^(?:Planning|Execution)\s+Time:\s|^Rows\s+Removed\s+by\s"
    r"|^\([\w.-]+\s+[\d.]+\)\s|^\S*\.\w+:\d+\s+\+0x[\da-f]+"
    r"|^(?:[A-Z],?\s+)?\[?\d{4}-\d\d-\d\d[T\s]\d\d:\d\d|[\u2500-\u257f]"
    # a table's row ("Warning  FailedScheduling  2m  default-scheduler ...", `kubectl get`),
    # an alert as Alertmanager words it ("[FIRING:1] KafkaUnderReplicatedPartitions ...")
    r"|\S\s{2,}\S+\s{2,}\S+\s{2,}\S|^\[(?:FIRING|RESOLVED):\d+\]"
    # a diagnostic behind a tool's mark ("❌  /Users/x/A.h:12:9: 'B.h' file not found"),
    # xcodebuild's banners, CocoaPods' and other CLIs' failure marks, a line stamped with
    # the time of day (logcat's "11-30 14:02:11.482 12044 ...")
    r"|^(?:\W{1,3}\s*)?[\w./\\~-]+\.\w+:\d+:\d+:\s|^\*\*\s*[A-Z][A-Z ]+\s*\*\*$"
    r"|^\[!\]\s|^[\u2716\u2717\u2718]\s"
    r"|^(?:\[[\w.:/-]+\]\s*)?(?:\d\d[-/]\d\d\s+)?\d\d:\d\d:\d\d(?:[.,]\d+)?\s"
    # a build agent's tagged lines ("[agent-09] Warning: ...", "[worker] ERROR ...")
    r"|^\[[\w.:/-]+\]\s+(?:[Ee]rror|ERROR|[Ww]arning|WARN(?:ING)?|INFO|DEBUG|[Ll]aunching)\b"
    # a log level in brackets opening the line (sbt's "[error] ...", "[WARN] [12/02 ...]"),
    # a linker's or compiler's complaint ("ld: framework not found X", "clang: error: ..."),
    # a diagnostic on a path ("/Users/x/App.xcodeproj: error: Provisioning profile ...")
    r"|^(?:ld|clang(?:\+\+)?|gcc|g\+\+|cc|swiftc?|javac|rustc|xcodebuild|codesign|dyld):\s+"
    r"(?:error|warning|fatal|framework\s+not|library\s+not|symbol|cannot|can't|no\s+such|undefined)"
    r"|^[\w.~-]*/[\w./\\ -]+:\s+(?:error|warning|fatal\s+error):\s"
    r"|^\[(?i:error|warn(?:ing)?|info|debug|trace|fatal|crit(?:ical)?|notice)\]\s"
    # PowerShell's prompt, a cmdlet's error and its details ("PS C:\deploy> ...",
    # "Invoke-Sqlcmd : A network-related ...", "+ CategoryInfo : ...", "At line:1 char:1"),
    # SQL Server's ("Msg 8152, Level 16, State 30, Line 12"), an exception after a label
    # ("stack trace: System.Data.SqlClient.SqlException (0x80131904): Timeout expired.")
    r"|^PS\s+[A-Za-z]:\\[^>]*>|^[A-Z][a-z]+-[A-Z][A-Za-z]+\s+:\s|^\+\s+(?:CategoryInfo|"
    r"FullyQualifiedErrorId)\s*:|^\+\s+~+\s*$|^At\s+line:\d+\s+char:\d+"
    r"|^Msg\s+\d+,\s+Level\s+\d+,\s+State\s+\d+"
    # a bare exception name over its frames, Android's logcat ("E/flutter (12345): ...")
    r"|^(?:[\w$]+\.)+\w*(?:Error|Exception|Throwable)\s*$|^[VDIWEF]/[\w.-]+\s*\(\s*\d+\):"
    r"|^(?i:stack\s*trace|trace|exception|output|log)\s*:\s*(?:[\w$]+\.)+\w*(?:Error|Exception)\b"
    # Rails' request log, a Ruby frame, RSpec's failures, Heroku's relayed lines, Bullet
    r"|^Started\s+(?:GET|POST|PUT|PATCH|DELETE|HEAD)\s+\"|^Processing\s+by\s+\w|^Completed\s+\d{3}\s"
    r"|^Parameters:\s*\{|\.rb:\d+:in\s|^Failures:$|^Failure/Error:|^remote:\s"
    r"|^(?:USE|AVOID)\s+eager\s+loading\b"
    # rustc's and tsc's source excerpts ("  --> src/a.rs:88:26", "88 |     if x {", "= help:",
    # "118     const f = x[0];", "Found 1 error in ..."), a test runner's tree ("❯ a.test.ts
    # (4 tests | 1 failed)"), a pnpm workspace's line prefix ("packages/a test$ vitest run")
    r"|^-->\s|^\d*\s*\|(?:\s|$)|^=\s+(?:help|note):|^\d+\s{3,}\S|^Found\s+\d+\s+errors?\b"
    r"|\(\d+\s+tests?\s*\|\s*\d+\s+(?:failed|passed|skipped)|^[\w@./-]+\s+[\w:-]+\$\s"
    r"|^[\w@./-]+\s+[\w:-]+:\s+[\u276f\u00d7\u2192\u2713]"
    # CMake's configure lines, Spack's and Homebrew's ("==> Error: ..."), a Spack spec
    # ("^netcdf-fortran@4.6.1%gcc@13.2.0"), Slurm's step daemon
    r"|^--\s+(?:The\s|Detecting|Check(?:ing)?\s|Found|Looking|Configuring|Generating|Build\s+files"
    r"|Performing|Could\s+NOT)|^CMake\s+(?:Error|Warning)\b|^==>\s"
    r"|^[-\s]*\^?[\w-]+@[\w.:-]+(?:%[\w@.]+|[+~]\w+)|^(?:slurmstepd|srun|sbatch):\s"
    # a forwarded mail's headers, a row of semicolon-separated values
    r"|^(?-i:Subject|From|To|Cc|Date|Sent):\s|^[^\s;,]+(?:;[^\s;]*){2,}$")


def is_output(line: str) -> bool:
    """A line of a tool's output: an exception, a diagnostic, a panic, a runner's failure."""
    return bool(_OUTPUT.search(line.strip()))


def sentences(text: str) -> list[str]:
    """The sentences and lines of `text`, code blocks and pasted output left out; a
    backticked command is never cut ("`go test ./... -update`")."""
    text = _FENCE.sub("\n", text)
    lines = _said_lines(text.splitlines())
    spans: list[str] = []

    def hide(found: re.Match[str]) -> str:
        spans.append(found.group(0))
        return f"\x00{len(spans) - 1}\x00"

    hidden = _INLINE_CODE.sub(hide, "\n".join(lines))
    out: list[str] = []
    for s in _SENTENCE.split(hidden):
        if s and s.strip():
            s = _HIDDEN.sub(lambda m: spans[int(m.group(1))], s).strip()
            if out and _STANDING_TAIL.fullmatch(s):  # "... before telling me. every time."
                out[-1] += " " + s
            else:
                out.append(s)
    return out


# Words that make an order hold from now on ("..., every time", "no exceptions").
FROM_NOW_ON = (r"every\s+(?:single\s+)?time|each\s+time|no\s+exceptions|from\s+now\s+on|"
               r"going\s+forward")
# A sentence of its own that says the one before holds from now on.
_STANDING_TAIL = re.compile(rf"(?:{FROM_NOW_ON}|always)(?:\s+(?:please|pls))?[\s.!]*",
                            re.IGNORECASE)


def _said_lines(lines: list[str]) -> list[str]:
    """The lines a person typed: a tool's output left out, with the indented lines that
    continue it (a traceback's frames and code, a report's details), across blank lines,
    and a message the tool wrapped over plain lines right before its indented frames (an
    Elixir or Java exception's text: its frames follow it, nothing a person types does)."""
    said: list[str] = []
    pasting = seen = close = False
    run = 0  # plain lines said since the last blank line, after some output
    for n, line in enumerate(lines):
        if is_output(line) or line.strip().startswith("Traceback (most recent call last)"):
            # frames under the wrapped text, or a tool's lines on both sides of it: output
            if run and (line[:1].isspace() or close):
                del said[len(said) - run:]
            pasting = seen = close = True
            run = 0
        elif pasting and line[:1].isspace() and line.strip():
            pass  # the output's own indented lines
        elif pasting and not line.strip() and _indented_next(lines, n):
            pass  # a blank line inside the output: its indented lines go on
        else:
            pasting = False
            run = run + 1 if seen and line.strip() else 0
            close = close and bool(line.strip())  # no blank line since the output
            said.append(line)
    return said


def _indented_next(lines: list[str], n: int) -> bool:
    """The next line with text after line `n` is indented."""
    for line in lines[n + 1:]:
        if line.strip():
            return line[:1].isspace()
    return False


def has_paste(text: str) -> bool:
    """The message carries a block of code or a tool's output: what its words say is most
    often about that block (a bug of the moment), not a standing fact."""
    fenced = any(block.count("\n") >= 2 for block in _FENCE.findall(text))
    return fenced or len(text.splitlines()) - len(_said_lines(text.splitlines())) >= 2


_INLINE_CODE = re.compile(r"`[^`\n]+`")
_HIDDEN = re.compile("\x00(\\d+)\x00")


# Scripts written without spaces between words (Chinese, Japanese): a run of them is many
# words, about one per two characters.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


def words(text: str) -> list[str]:
    """The words of `text`; a run of a script without spaces split in pairs of characters."""
    out = []
    for word in _WORD.findall(text):
        if _UNSPACED.search(word):
            for part in re.split(f"({_UNSPACED.pattern})", word):
                out += [part[i:i + 2] for i in range(0, len(part), 2)] \
                    if _UNSPACED.fullmatch(part) else [part] if part else []
        else:
            out.append(word)
    return out


# A database shell's prompt before what was typed into it ("payments=> select ...",
# "mysql> ...", "sqlite> ...")
_PROMPT = re.compile(r"[\w-]+[=-]?[>#]\s")


def looks_like_code_or_log(s: str) -> bool:
    """A pasted line of code, a stack trace or log output: material, not a statement."""
    if s.startswith(("$ ", "> ", ">>>", "#!", "//", "/*", "at ", "File \"", "Traceback")) \
            or _PROMPT.match(s):
        return True
    pairs = _LOGFMT.findall(s)
    if len(pairs) >= 3 and sum(map(len, pairs)) > len(s) / 2 or \
            _LEVEL.match(s) and _CODE_PLACE.search(s):
        return True  # "at=error code=H12 desc=...", "DEPRECATION WARNING: ... at x.rb:31"
    letters = sum(ch.isalpha() or ch.isspace() for ch in s)
    return letters < 0.7 * len(s) and len(s) > 20


# A log line's parts: logfmt's key=value pairs; a level label opening it (a statement may
# open "WARNING:" too, so only beside a place in the code: "file.rb:31", "(called from").
_LOGFMT = re.compile(r"(?<![\w=])[a-z][\w.-]*=(?:\"[^\"]*\"|[^\s=]+)", re.IGNORECASE)
_LEVEL = re.compile(r"^\[?(?:[A-Z]+\s+)?(?:WARNING|WARN|ERROR|FATAL|CRITICAL|DEBUG|INFO|"
                    r"NOTICE|TRACE)\b\]?:?")
_CODE_PLACE = re.compile(r"\w\.\w{1,5}:\d+\b|\(called\s+from\b|\bline\s+\d+\b")
