"""Who may let the agent change files or run commands.

Modes: `ask` (confirm edits and shell), `auto-edit` (edits free, shell asks),
`full-auto` (nothing ordinary asks). `--yes` approves everything ordinary for one run;
`allow` patterns (e.g. "pytest*") approve matching shell commands, `tools` patterns
MCP tools (`server__tool`, from their servers' `auto_approve`). What a shell
approval covers is decided on the parsed command (gcode/tools/shell_policy.py): a few
things always ask whatever the mode (git options that run programs, privilege changes,
gcode's own files), and `deny` patterns are never run. When nobody can be asked, the
action is refused and the model is told why, so a run in CI or a pipe never hangs.

`unsandboxed` (a command outside the OS sandbox: none is available, or the sandbox blocked
it and the model wants it re-run) is different: only a person at the terminal approves it,
every time. No mode, `--yes`, allow pattern or "always" answer lets it through, and `deny`
patterns still refuse it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from fnmatch import fnmatchcase

from gcode.tools.shell_policy import Rule, allowed_by, covered_by, is_protected, judge, rule_for
from gcode.tools.shell_parse import parse

ASK_ANSWERS = ("yes", "no", "always")
# `ask(action, summary, detail, pattern_key)` -> "yes" | "no" | "always"
AskCallback = Callable[[str, str, str, str], str]

UNSANDBOXED = "unsandboxed"
NOT_WITHOUT_SANDBOX = ("a command outside the sandbox needs the user's approval at a terminal, "
                       "every time (full-auto, --yes and allow patterns never give it), and "
                       "nobody can be asked here; the user can choose --sandbox off to run "
                       "commands unsandboxed")
NON_INTERACTIVE = ("gcode is running non-interactively; re-run with --yes, choose "
                   "--approval full-auto, or add an allow pattern ([agent] allow) for this command")


@dataclass
class Decision:
    allowed: bool
    reason: str


def shell_pattern(command: str) -> str:
    """What "always" would approve for `command`, as shown in the question: each simple
    command's program and subcommand (`git status`), never a bare prefix."""
    keys = [rule_for(s).key() for s in parse(command).commands if s.argv]
    return ", ".join(dict.fromkeys(keys)) or command.strip()


def matches_allow(command: str, patterns: list[str]) -> str | None:
    """The pattern approving `command`: every simple command in a chain must match one."""
    return allowed_by(judge(command), patterns)


@dataclass
class Approver:
    mode: str = "ask"
    allow: list[str] = field(default_factory=list)
    yes: bool = False
    # Who answers the questions (the terminal layer gives one); None: nobody can be asked.
    ask: AskCallback | None = None
    interactive: bool | None = None  # False: never ask, even with a callback
    deny: list[str] = field(default_factory=list)  # shell commands never run
    # What the user answered "always" to, for this session: edit paths and shell rules.
    session_allow: dict[str, list[str]] = field(default_factory=dict)
    session_rules: list[Rule] = field(default_factory=list)
    # MCP tools (`server__tool` globs) the user's config lets run without asking.
    tools: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.mode not in ("ask", "auto-edit", "full-auto"):
            from gcode.errors import GcodeError

            raise GcodeError(f"unknown approval mode {self.mode!r}",
                             hint="use one of: ask, auto-edit, full-auto")

    def check(self, action: str, summary: str, detail: str = "", pattern_key: str = "") -> Decision:
        """May the agent do this? Asks the user only when no rule decides.

        For `shell`, `detail` is the exact command; for `edit`, `detail` is the diff and
        `pattern_key` the path ("always" remembers it).
        """
        if action == UNSANDBOXED:
            return self._outside_sandbox(summary, detail or summary)
        if action == "shell":
            return self._shell(summary, detail or summary, pattern_key)
        if action == "edit" and is_protected(pattern_key):
            return self._must_ask(action, summary, detail, pattern_key,
                                  f"{pattern_key} is one of gcode's own files")
        if self.mode == "full-auto":
            return Decision(True, "approval mode full-auto")
        if self.yes:
            return Decision(True, "--yes")
        if action == "edit" and self.mode == "auto-edit":
            return Decision(True, "approval mode auto-edit")
        if action == "mcp":
            hit = next((p for p in self.tools if fnmatchcase(pattern_key, p)), None)
            if hit:
                return Decision(True, f"auto_approve of its MCP server ({hit!r})")
        hit = next((p for p in self.session_allow.get(action, [])
                    if fnmatchcase(pattern_key, p)), None)
        if hit:
            return Decision(True, f"allowed for this session ({hit!r})")
        answer = self._ask(action, summary, detail, pattern_key)
        if answer == "always" and pattern_key:
            self.session_allow.setdefault(action, []).append(pattern_key)
        return _decision(answer, action)

    def _shell(self, summary: str, command: str, pattern_key: str) -> Decision:
        verdict = judge(command, self.deny)
        if verdict.denied:
            return Decision(False, f"refused: {verdict.denied} ([agent] deny); do not try to "
                                   "run it another way")
        if verdict.always_ask:
            return self._must_ask("shell", summary, command, pattern_key,
                                  "; ".join(verdict.always_ask))
        if self.mode == "full-auto":
            return Decision(True, "approval mode full-auto")
        if self.yes:
            return Decision(True, "--yes")
        hit = allowed_by(verdict, self.allow)
        if hit:
            return Decision(True, f"allowed by pattern {hit!r}")
        rule = covered_by(verdict, self.session_rules)
        if rule:
            return Decision(True, f"allowed for this session ({rule.key()!r})")
        answer = self._ask("shell", summary, command, pattern_key or shell_pattern(command))
        if answer == "always":
            self.session_rules.extend(r for r in verdict.rules if r not in self.session_rules)
        return _decision(answer, "shell")

    def _outside_sandbox(self, summary: str, command: str) -> Decision:
        """Only the user, asked each time, may let a command run without the sandbox."""
        verdict = judge(command, self.deny)
        if verdict.denied:
            return Decision(False, f"refused: {verdict.denied} ([agent] deny); do not try to "
                                   "run it another way")
        if self.ask is None or self.interactive is False:
            return Decision(False, NOT_WITHOUT_SANDBOX)
        why = "; ".join(verdict.always_ask)
        if self.ask(UNSANDBOXED, f"{summary}  [{why}]" if why else summary, command, "") in (
                "yes", "always"):
            return Decision(True, "approved by the user to run outside the sandbox")
        return Decision(False, "the user declined to run this command outside the sandbox; "
                               "ask them how to proceed or try something else")

    def _must_ask(self, action: str, summary: str, detail: str, key: str,
                  why: str) -> Decision:
        """Asked every time, in every mode; "always" counts only once."""
        if self.ask is None or self.interactive is False:
            return Decision(False, f"not run: {why}, so gcode always asks first, and nobody "
                                   "can be asked here; tell the user what you wanted to do")
        answer = self.ask(action, f"{summary}  [{why}]", detail, "")
        return _decision("yes" if answer == "always" else answer, action)

    def _ask(self, action: str, summary: str, detail: str, key: str) -> str:
        if self.ask is None or self.interactive is False:
            return "unanswerable"
        return self.ask(action, summary, detail, key)


def _decision(answer: str, action: str) -> Decision:
    if answer == "unanswerable":
        return Decision(False, NON_INTERACTIVE)
    if answer == "always":
        return Decision(True, "approved by the user (always)")
    if answer == "yes":
        return Decision(True, "approved by the user")
    what = ("change this file" if action == "edit" else "call this tool"
            if action == "mcp" else "run this command")
    return Decision(False, f"the user declined to let you {what}; ask them how to proceed "
                           "or try something else")
