"""Who may let the agent change files or run commands.

Modes: `ask` (confirm edits and shell), `auto-edit` (edits free, shell asks),
`full-auto` (nothing asks). `--yes` approves everything for one run; `allow`
patterns (fnmatch, e.g. "pytest*") approve matching shell commands. When
nobody can be asked, the action is refused and the model is told why, so a run
in CI or a pipe never hangs on a prompt.

`unsandboxed` (a command outside the OS sandbox: none is available, or the sandbox blocked
it and the model wants it re-run) is different: only a person at the terminal approves it,
every time. No mode, `--yes`, allow pattern or "always" answer lets it through.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from fnmatch import fnmatchcase

ASK_ANSWERS = ("yes", "no", "always")
# `ask(action, summary, detail, pattern_key)` -> "yes" | "no" | "always"
AskCallback = Callable[[str, str, str, str], str]

NON_INTERACTIVE = ("gcode is running non-interactively; re-run with --yes, choose "
                   "--approval full-auto, or add an allow pattern ([agent] allow) for this command")

UNSANDBOXED = "unsandboxed"
NOT_WITHOUT_SANDBOX = ("a command outside the sandbox needs the user's approval at a terminal, "
                       "every time (full-auto, --yes and allow patterns never give it), and "
                       "nobody can be asked here; the user can choose --sandbox off to run "
                       "commands unsandboxed")

# Shell syntax that runs or writes something beyond the command a pattern names: a pattern such
# as "pytest*" must not approve "pytest $(rm -rf ~)" or "pytest > important.txt".
_UNSAFE = re.compile(r"`|\$\(|<\(|>\(|>|\n")
_SEPARATORS = re.compile(r"&&|\|\||;|\||&")


@dataclass
class Decision:
    allowed: bool
    reason: str


def command_segments(command: str) -> list[str] | None:
    """The simple commands of a `;`/`&&`/`|` chain, or None when it uses substitution or
    redirection (never matched by an allow pattern, always asked)."""
    if _UNSAFE.search(command):
        return None
    parts = [p.strip() for p in _SEPARATORS.split(command)]
    return [p for p in parts if p]


def shell_pattern(command: str) -> str:
    """The pattern "always" remembers for a command: its program name, e.g. `pytest*`."""
    words = command.strip().split()
    return f"{words[0]}*" if words else command


def matches_allow(command: str, patterns: list[str]) -> str | None:
    """The pattern approving `command`: every simple command in a chain must match one."""
    segments = command_segments(command)
    if not segments or not patterns:
        return None
    found = None
    for seg in segments:
        hit = next((p for p in patterns if fnmatchcase(seg, p)), None)
        if hit is None:
            return None
        found = found or hit
    return found


@dataclass
class Approver:
    mode: str = "ask"
    allow: list[str] = field(default_factory=list)
    yes: bool = False
    # Who answers the questions (the terminal layer gives one); None: nobody can be asked.
    ask: AskCallback | None = None
    interactive: bool | None = None  # False: never ask, even with a callback
    # Patterns the user answered "always" to, per action, for this session.
    session_allow: dict[str, list[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.mode not in ("ask", "auto-edit", "full-auto"):
            from gcode.errors import GcodeError

            raise GcodeError(f"unknown approval mode {self.mode!r}",
                             hint="use one of: ask, auto-edit, full-auto")

    def check(self, action: str, summary: str, detail: str = "", pattern_key: str = "") -> Decision:
        """May the agent do this? Asks the user only when no rule decides.

        For `shell`, `detail` is the exact command (allow patterns match it); for `edit`,
        `detail` is the diff and `pattern_key` the path. "always" remembers `pattern_key`.
        """
        if action == UNSANDBOXED:
            return self._outside_sandbox(summary, detail)
        if self.mode == "full-auto":
            return Decision(True, "approval mode full-auto")
        if self.yes:
            return Decision(True, "--yes")
        if action == "edit" and self.mode == "auto-edit":
            return Decision(True, "approval mode auto-edit")
        if action == "shell":
            hit = matches_allow(_command_of(summary, detail), self.allow)
            if hit:
                return Decision(True, f"allowed by pattern {hit!r}")
        remembered = self.session_allow.get(action, [])
        if action == "shell":
            hit = matches_allow(_command_of(summary, detail), remembered)
        else:
            hit = next((p for p in remembered if fnmatchcase(pattern_key, p)), None)
        if hit:
            return Decision(True, f"allowed for this session ({hit!r})")
        if self.ask is None or self.interactive is False:
            return Decision(False, NON_INTERACTIVE)
        answer = self.ask(action, summary, detail, pattern_key)
        if answer == "always":
            if pattern_key:
                self.session_allow.setdefault(action, []).append(pattern_key)
            return Decision(True, "approved by the user (always)")
        if answer == "yes":
            return Decision(True, "approved by the user")
        what = "change this file" if action == "edit" else "run this command"
        return Decision(False, f"the user declined to let you {what}; ask them how to proceed "
                               "or try something else")

    def _outside_sandbox(self, summary: str, detail: str) -> Decision:
        """Only the user, asked this once, may let a command run without the sandbox."""
        if self.ask is None or self.interactive is False:
            return Decision(False, NOT_WITHOUT_SANDBOX)
        if self.ask(UNSANDBOXED, summary, detail, "") in ("yes", "always"):
            return Decision(True, "approved by the user to run outside the sandbox")
        return Decision(False, "the user declined to run this command outside the sandbox; "
                               "ask them how to proceed or try something else")


def _command_of(summary: str, detail: str) -> str:
    """Shell tools pass the command itself as `detail`; fall back to the summary."""
    return detail or summary
