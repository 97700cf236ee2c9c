"""Running git in a repository gcode does not control, without running that repository's code.

A repository's own git config (`.git/config`, `config.worktree` and the files they include)
can name programs that git runs on its own: clean/smudge/process filters (`git status` and
`git diff` run a clean filter on every file whose stat data changed, to compare content),
the fsmonitor hook, hooks (`post-index-change` fires when status refreshes the index), an
external diff, textconv, a pager. A repository unpacked from an archive, a shared directory
or a teammate's machine brings that file along, so every git command gcode runs goes
through here:

- filter drivers defined by the repository's config are switched off (all four keys, and
  `required` is cleared so git stores raw content instead of failing); drivers in the
  user's own (global) config, such as git-lfs, keep working;
- the fsmonitor hook, hooks, pagers, submodule recursion, signature checks and every
  transport protocol are off; diffs never use an external diff or textconv
  (`--no-ext-diff --no-textconv`: an empty `diff.external` would make git run "");
- no system config, no optional locks (a read-only command never rewrites the index), no
  prompts, and no GIT_EXTERNAL_DIFF / pager / editor variables from the environment.

GitPython is not used for this reason: its commands add their own options, so nothing
could promise it `--no-ext-diff`.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Mapping, Sequence
from pathlib import Path

from gcode.errors import GcodeError

# Fixed overrides: `-c` beats every config file.
NEUTRAL_CONFIG: tuple[tuple[str, str], ...] = (
    ("core.fsmonitor", "false"),
    ("core.hooksPath", os.devnull),
    ("core.pager", "cat"),
    ("status.submoduleSummary", "false"),
    ("submodule.recurse", "false"),
    ("log.showSignature", "false"),
    ("protocol.allow", "never"),
)
# Options placed right after these subcommands.
SUBCOMMAND_OPTIONS: dict[str, tuple[str, ...]] = {
    "diff": ("--no-ext-diff", "--no-textconv", "--ignore-submodules=dirty"),
    "status": ("--ignore-submodules=dirty",),
    "show": ("--no-ext-diff", "--no-textconv", "--no-show-signature"),
    "log": ("--no-ext-diff", "--no-textconv", "--no-show-signature"),
}
# Variables that make git run a program, or read config gcode did not choose.
_DROPPED_ENV = ("GIT_EXTERNAL_DIFF", "GIT_PAGER", "PAGER", "GIT_EDITOR", "GIT_SEQUENCE_EDITOR",
                "GIT_ASKPASS", "SSH_ASKPASS", "GIT_SSH", "GIT_SSH_COMMAND", "GIT_PROXY_COMMAND",
                "GIT_DIFF_OPTS")
_FILTER_KEYS = ("clean", "smudge", "process")
# Subcommands that never read a work-tree file's content, so no filter can run: they skip
# the `git config` call that lists the repository's filter drivers (~2.5 ms each).
_NO_CONTENT = frozenset({"rev-parse", "rev-list", "remote", "config", "symbolic-ref"})
# Config scopes a repository brings with it (its includes report the including file's scope).
_REPO_SCOPES = ("local", "worktree")


class UnsafeGit(GcodeError):
    """The repository's git config defines something gcode cannot switch off: git is not run."""


def git_environment(base: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment for a git child process: `base` (os.environ) without the variables
    that run programs, no system config, no optional locks and no prompts."""
    env = {k: v for k, v in (os.environ if base is None else base).items()
           if k not in _DROPPED_ENV}
    env.update(GIT_CONFIG_NOSYSTEM="1", GIT_OPTIONAL_LOCKS="0", GIT_TERMINAL_PROMPT="0")
    return env


def _config_args(pairs: Sequence[tuple[str, str]]) -> list[str]:
    out: list[str] = []
    for key, value in pairs:
        out += ["-c", f"{key}={value}"]
    return out


def _neutral_argv() -> list[str]:
    return ["git", "--no-pager", "--no-optional-locks", *_config_args(NEUTRAL_CONFIG)]


def repo_filter_drivers(root: Path | str, env: Mapping[str, str] | None = None) -> list[str]:
    """Names of the filter drivers the repository's own config defines (local, worktree, or
    a file either includes). A git too old for `--show-scope` gets every driver named."""
    env = git_environment() if env is None else env
    base = [*_neutral_argv(), "config", "-z", "--name-only"]
    for scoped in (True, False):
        argv = [*base, "--show-scope", "--get-regexp", r"^filter\."] if scoped else \
            [*base, "--get-regexp", r"^filter\."]
        try:
            out = subprocess.run(argv, cwd=root, env=env, capture_output=True, check=False,
                                 timeout=30)
        except (OSError, subprocess.SubprocessError):
            return []  # no git at all: the command that follows fails the same way
        if out.returncode == 1:  # nothing matched
            return []
        if out.returncode == 0:
            fields = out.stdout.decode("utf-8", "surrogateescape").split("\0")
            if scoped:
                pairs = zip(fields[0::2], fields[1::2])
                keys = [key for scope, key in pairs if scope in _REPO_SCOPES]
            else:
                keys = [f for f in fields if f]
            return sorted({key[len("filter."):].rpartition(".")[0] for key in keys
                           if key.count(".") >= 2})
    return []  # an unreadable config: git refuses to run the real command as well


def filter_overrides(names: Sequence[str]) -> list[tuple[str, str]]:
    """`-c` pairs that switch the named filter drivers off."""
    pairs: list[tuple[str, str]] = []
    for name in names:
        if "=" in name or "\n" in name or "\0" in name:
            raise UnsafeGit(f"this repository's git config defines a filter driver named "
                            f"{name!r}, which gcode cannot switch off; git was not run",
                            hint="remove that [filter] section from .git/config")
        pairs += [(f"filter.{name}.{key}", "") for key in _FILTER_KEYS]
        pairs.append((f"filter.{name}.required", "false"))
    return pairs


def git_argv(root: Path | str, *args: str, env: Mapping[str, str] | None = None) -> list[str]:
    """The full argv for `git ARGS` in `root`, with every code-running path switched off."""
    if not args:
        raise ValueError("git_argv needs a subcommand")
    sub = args[0]
    overrides = [] if sub in _NO_CONTENT else filter_overrides(repo_filter_drivers(root, env))
    rest = list(args[1:])
    return [*_neutral_argv(), *_config_args(overrides), sub,
            *SUBCOMMAND_OPTIONS.get(sub, ()), *rest]


def run_git(root: Path | str, *args: str, timeout: float = 60.0,
            input: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    """Run `git ARGS` in `root` safely (see the module docstring); output as bytes.

    OSError (no git) and TimeoutExpired propagate: each caller words its own failure."""
    env = git_environment()
    return subprocess.run(git_argv(root, *args, env=env), cwd=root, env=env,
                          capture_output=True, check=False, timeout=timeout, input=input)
