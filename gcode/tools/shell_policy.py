"""What an approval of a shell command covers, decided on the parsed command (shell_parse).

- "always" remembers a rule per simple command: its environment assignments, its program
  and subcommand (`git status`, `npm run test`, `python -m pytest`), never a bare prefix;
  for programs that can do anything with their arguments (`rm`, `curl`, `bash -c`) the
  rule is the exact command.
- an allow pattern names a program literally (`pytest*`, `ruff check*`); a pattern that
  does not (`*`, `py*`) approves nothing.
- some commands always ask, whatever the mode, the patterns or earlier answers: git
  options and subcommands that run arbitrary code (`-c`, `--exec-path`, aliases,
  `--upload-pack`, ...), privilege changes, and writes into gcode's own files.
- a deny list refuses commands outright.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from fnmatch import fnmatchcase

from gcode.tools.shell_parse import Parsed, Simple, parse

# Programs whose first positional argument names what they do.
SUBCOMMAND_TOOLS = frozenset({
    "git", "npm", "pnpm", "yarn", "bun", "cargo", "go", "docker", "podman", "kubectl", "helm",
    "pip", "pip3", "uv", "poetry", "pdm", "hatch", "conda", "mamba", "brew", "apt", "apt-get",
    "dotnet", "mvn", "gradle", "./gradlew", "gh", "terraform", "rustup", "make", "just", "task",
    "nox", "tox", "deno", "composer", "bundle", "rake", "mix", "swift", "dnf", "yum",
})
# Programs that do anything their arguments say: "always" covers the exact command only.
EXACT_ONLY = frozenset({
    "rm", "rmdir", "mv", "cp", "dd", "chmod", "chown", "chgrp", "ln", "truncate", "shred",
    "curl", "wget", "ssh", "scp", "sftp", "rsync", "nc", "ncat", "socat", "telnet",
    "sh", "bash", "zsh", "dash", "fish", "ksh", "eval", "source", ".", "exec", "xargs", "find",
    "kill", "pkill", "killall", "crontab", "at", "systemctl", "launchctl", "open", "xdg-open",
    "perl", "ruby", "php", "osascript", "awk", "sed", "tee",
})
INTERPRETERS = frozenset({"python", "python3", "node", "deno", "bun", "ruby", "perl"})
PRIVILEGE = frozenset({"sudo", "su", "doas", "pkexec", "runas"})

# git: options that make git run a program of the caller's choosing.
_GIT_GLOBAL_CODE = ("-c", "--config-env", "--exec-path")
_GIT_CODE_OPTIONS = ("--upload-pack", "--receive-pack", "--exec", "-x", "--extcmd", "--tool",
                     "--config", "--ext-diff", "--template", "--separate-git-dir")
_GIT_CODE_SUBCOMMANDS = frozenset({"filter-branch", "difftool", "mergetool", "bisect",
                                   "submodule", "daemon", "instaweb", "archimport",
                                   "cvsimport", "svn", "send-email", "credential", "hook",
                                   "config", "remote-ext", "upload-pack", "receive-pack",
                                   "http-backend", "shell", "fast-import", "replace"})
_GIT_SUBCOMMANDS = frozenset({
    "add", "am", "annotate", "apply", "archive", "blame", "branch", "bundle", "cat-file",
    "check-ignore", "checkout", "cherry", "cherry-pick", "clean", "clone", "commit",
    "count-objects", "describe", "diff", "diff-files", "diff-index", "diff-tree", "fetch",
    "for-each-ref", "format-patch", "fsck", "gc", "grep", "help", "init", "log", "ls-files",
    "ls-remote", "ls-tree", "merge", "merge-base", "mv", "notes", "pull", "push", "range-diff",
    "rebase", "reflog", "remote", "reset", "restore", "rev-list", "rev-parse", "revert", "rm",
    "shortlog", "show", "show-branch", "show-ref", "sparse-checkout", "stash", "status",
    "switch", "symbolic-ref", "tag", "var", "verify-commit", "verify-tag", "version",
    "whatchanged", "worktree", "maintenance", "prune", "repack", "name-rev", "mktree",
})
# gcode's own files: an edit or redirect into them always asks (they configure gcode itself).
PROTECTED = (".gcode.toml", ".gcode/", ".gitattributes", ".mcp.json", ".git/")


def is_protected(path: str) -> bool:
    """`path` (relative to the repository root, as the model wrote it) is one of gcode's own."""
    import posixpath

    rel = posixpath.normpath(path.strip().replace("\\", "/"))
    return any(rel == p.rstrip("/") or rel.startswith(p) for p in PROTECTED)


@dataclass(frozen=True)
class Rule:
    """What one "always" answer approves: this environment, program and subcommand."""

    env: tuple[str, ...]
    program: str
    subcommand: tuple[str, ...] = ()
    exact: bool = False  # the subcommand is the whole argument list

    def key(self) -> str:
        return " ".join([*self.env, self.program, *self.subcommand])

    def covers(self, simple: Simple) -> bool:
        if simple.dynamic or simple.env != self.env or simple.program != self.program:
            return False
        args = simple.argv[1:]
        if self.exact:
            return tuple(args) == self.subcommand
        return tuple(args[: len(self.subcommand)]) == self.subcommand


def rule_for(simple: Simple) -> Rule:
    program = simple.program
    name = program.rsplit("/", 1)[-1]
    args = list(simple.argv[1:])
    if name in EXACT_ONLY or (name in INTERPRETERS and any(a in ("-c", "-e", "--eval", "-p")
                                                           for a in args)):
        return Rule(simple.env, program, tuple(args), exact=True)
    if name in INTERPRETERS and "-m" in args:
        i = args.index("-m")
        return Rule(simple.env, program, tuple(args[i: i + 2]))
    if name in SUBCOMMAND_TOOLS or program in SUBCOMMAND_TOOLS:
        words = _subcommand(name, args)
        return Rule(simple.env, program, tuple(words))
    return Rule(simple.env, program)


def _subcommand(name: str, args: list[str]) -> list[str]:
    """`run test` of `npm run test`, `status` of `git -C x status`: the words that say what."""
    out: list[str] = []
    i = 0
    while i < len(args):
        arg = args[i]
        if arg.startswith("-"):
            if name == "git" and arg in ("-C", "--git-dir", "--work-tree", "--namespace"):
                i += 1  # an option with a value before the subcommand
            i += 1
            continue
        out.append(arg)
        if not (name in ("npm", "pnpm", "yarn", "bun", "uv", "poetry", "pdm", "hatch") and
                arg in ("run", "exec", "x", "dlx", "run-script")) or len(out) > 1:
            break
        i += 1
    return out


def always_asks(simple: Simple) -> str | None:
    """Why this command must be asked about every time (None: ordinary)."""
    name = simple.program.rsplit("/", 1)[-1]
    args = list(simple.argv[1:])
    if name in PRIVILEGE:
        return f"`{name}` runs commands with other privileges"
    for assignment in simple.env:
        if assignment.split("=", 1)[0] in ("LD_PRELOAD", "LD_LIBRARY_PATH", "DYLD_INSERT_LIBRARIES",
                                           "GIT_SSH", "GIT_SSH_COMMAND", "GIT_EXEC_PATH",
                                           "GIT_CONFIG_PARAMETERS", "BASH_ENV", "ENV",
                                           "PROMPT_COMMAND", "PYTHONSTARTUP", "NODE_OPTIONS"):
            return f"{assignment.split('=', 1)[0]} makes the command load other code"
    if name != "git":
        return None
    sub = _subcommand("git", args)
    for arg in args:
        if any(arg == o or arg.startswith(o + "=") for o in _GIT_GLOBAL_CODE) or \
                (arg.startswith("-c") and len(arg) > 2 and not sub):
            return f"git {arg.split('=', 1)[0]} can make git run any program"
        if any(arg == o or arg.startswith(o + "=") for o in _GIT_CODE_OPTIONS):
            return f"git {arg.split('=', 1)[0]} can make git run any program"
    if sub and sub[0] in _GIT_CODE_SUBCOMMANDS:
        return f"`git {sub[0]}` can run other programs"
    if sub and sub[0] not in _GIT_SUBCOMMANDS:
        return f"`git {sub[0]}` is not a git command gcode knows (an alias can run anything)"
    return None


@dataclass
class ShellVerdict:
    parsed: Parsed
    rules: list[Rule]
    always_ask: list[str]  # reasons; non-empty: no rule, pattern or mode approves it
    denied: str | None = None  # a deny pattern matched: never run


def judge(command: str, deny: Iterable[str] = ()) -> ShellVerdict:
    parsed = parse(command)
    commands = parsed.commands
    reasons = [r for r in (always_asks(s) for s in commands) if r]
    reasons += [f"it writes to {t}, one of gcode's own files" for t in parsed.redirects
                if is_protected(t)]
    denied = next((f"`{' '.join(s.argv)}` matches the deny pattern {p!r}" for s in commands
                   for p in deny if fnmatchcase(" ".join([*s.env, *s.argv]), p)), None)
    return ShellVerdict(parsed, [rule_for(s) for s in commands if s.argv], reasons, denied)


def pattern_rule(pattern: str) -> tuple[tuple[str, ...], str, str] | None:
    """(env, program, argument pattern) of an allow pattern such as `PYTHONPATH=src pytest*`;
    None for a pattern that does not name its program literally (`*`, `py*`, `*test`)."""
    words = pattern.split()
    env = tuple(w for w in words if "=" in w and not w.startswith("-"))
    rest = words[len(env):] if words[: len(env)] == list(env) else []
    if not rest:
        return None
    program, args = rest[0], " ".join(rest[1:])
    if program.endswith("*") and not any(c in program[:-1] for c in "*?["):
        program = program[:-1]
        args = "*" if not args else f"*{' ' if not args.startswith('*') else ''}{args}"
    if not program or any(c in program for c in "*?["):
        return None
    return env, program, args


def allowed_by(verdict: ShellVerdict, patterns: Iterable[str]) -> str | None:
    """The allow pattern that approves every command of a plain command line, if any."""
    if not verdict.parsed.plain or verdict.always_ask or not verdict.parsed.commands:
        return None
    parsed_patterns = [(p, pattern_rule(p)) for p in patterns]
    first = None
    for simple in verdict.parsed.commands:
        hit = next((p for p, r in parsed_patterns if r is not None and r[0] == simple.env
                    and r[1] == simple.program
                    and fnmatchcase(" ".join(simple.argv[1:]), r[2])), None)
        if hit is None:
            return None
        first = first or hit
    return first


def covered_by(verdict: ShellVerdict, rules: Iterable[Rule]) -> Rule | None:
    """The remembered rule approving a plain command line (every command covered), if any."""
    if not verdict.parsed.plain or verdict.always_ask or not verdict.parsed.commands:
        return None
    known = list(rules)
    first = None
    for simple in verdict.parsed.commands:
        hit = next((r for r in known if r.covers(simple)), None)
        if hit is None:
            return None
        first = first or hit
    return first
