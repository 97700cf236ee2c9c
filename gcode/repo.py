"""The git repository gcode works in: its root, a stable identity, tracked files, HEAD.

The repo id must be the same in every clone (and fork) of one project, so that what one
teammate's agent learned is found by another's, and different for two projects that were
started from one starter repository (same first commit). The rule, in order:

1. the id in the committed team file's header (`.gcode/learnings.jsonl`): every clone and
   every fork carries the file, so they share; it is taken only when it names this
   repository's root commit (a repository cannot claim another project's learnings by
   writing someone else's id), or in a shallow clone, which has no root commit to check;
2. else the root commit qualified by the `origin` remote: `<root>@<12 hex of the
   normalized URL's SHA-256>` (two projects born from one starter have different remotes),
   or the bare root commit when there is no remote;
3. a shallow clone with no team file: the normalized remote URL; else the path.

A project's team file is written with the id of rule 2, so its clones agree from then on.
Ids of older versions (the bare root commit) stay valid where a team file records them;
`earlier_identities` names the old ids (and a repository's path before its first commit) so
the database can move their learnings (workspace.py).
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
import re
import subprocess
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from gcode.errors import GcodeError
from gcode.safe_git import run_git

TEAM_FILE_DEFAULT = ".gcode/learnings.jsonl"


def find_root(start: Path | None = None) -> Path | None:
    """The work-tree root containing `start` (cwd by default), or None outside a repo.

    Walks up looking for `.git` (a directory, or a file in worktrees/submodules) so
    that commands which only need the root do not pay for importing GitPython.
    """
    here = (start or Path.cwd()).resolve()
    for candidate in (here, *here.parents):
        if (candidate / ".git").exists():
            return candidate
    return None


_SCP_LIKE = re.compile(r"^(?:[\w.-]+@)?([\w.-]+):(?!//)(.+)$")


def normalize_remote_url(url: str) -> str:
    """Reduce every spelling of a remote to host/path: ssh, scp-like, https, with or without .git.

    `git@github.com:Org/Repo.git`, `https://github.com/org/repo` and
    `ssh://git@github.com/org/repo.git/` all become `github.com/org/repo`.
    Credentials in the URL are dropped. Local paths are resolved.
    """
    url = url.strip()
    m = re.match(r"^[a-z][a-z0-9+.-]*://(.*)$", url, re.I)
    if m:
        rest = m.group(1)
        if url.lower().startswith("file://"):
            return "file:" + str(Path(rest).resolve()).rstrip("/").removesuffix(".git")
        rest = rest.split("@", 1)[-1] if "@" in rest.split("/", 1)[0] else rest
        host, _, path = rest.partition("/")
        host = host.split(":", 1)[0].lower()  # drop port
    elif (scp := _SCP_LIKE.match(url)) and not os.path.exists(url):
        host, path = scp.group(1).lower(), scp.group(2)
    else:
        return "file:" + str(Path(url).expanduser().resolve()).rstrip("/").removesuffix(".git")
    path = path.strip("/").removesuffix(".git").strip("/").lower()
    return f"{host}/{path}"


@dataclass
class Repo:
    """A git work tree. Cheap to create; git is only consulted when a property needs it."""

    root: Path
    _cache: dict[str, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def discover(cls, start: Path | None = None) -> Repo | None:
        root = find_root(start)
        return cls(root) if root else None

    @classmethod
    def require(cls, start: Path | None = None, elsewhere: str = "") -> Repo:
        """The repository `start` is in; else the error says how to get into one, or
        `elsewhere` what else the command can do ("or use --all")."""
        repo = cls.discover(start)
        if repo is None:
            raise GcodeError(
                f"{(start or Path.cwd()).resolve()} is not inside a git repository",
                hint=f"cd into a git repository (or run `git init`){elsewhere}",
            )
        return repo

    def _git(self, *args: str) -> str:
        """Output of one git query, "" when it fails. Through gcode.safe_git, so the
        repository's own config runs no code (GitPython is not used: see safe_git)."""
        try:
            out = run_git(self.root, *args, timeout=30)
        except (OSError, subprocess.SubprocessError, GcodeError):  # no git, it hung, unsafe
            return ""
        return out.stdout.decode("utf-8", "replace").strip() if out.returncode == 0 else ""

    @property
    def is_shallow(self) -> bool:
        return self._git("rev-parse", "--is-shallow-repository").strip() == "true"

    @cached_property
    def root_commit(self) -> str | None:
        """The oldest root commit reachable from HEAD; None when empty or shallow."""
        if self.is_shallow:
            return None
        roots = self._git("rev-list", "--max-parents=0", "HEAD").split()
        return min(roots) if roots else None

    @cached_property
    def remote_url(self) -> str | None:
        remotes = self._git("remote").split()
        if not remotes:
            return None
        name = "origin" if "origin" in remotes else remotes[0]
        url = self._git("remote", "get-url", name).strip()
        return url or None

    @cached_property
    def head(self) -> str | None:
        return self._git("rev-parse", "HEAD").strip() or None

    @cached_property
    def branch(self) -> str | None:
        return self._git("rev-parse", "--abbrev-ref", "HEAD").strip() or None

    @cached_property
    def default_branch(self) -> str | None:
        """The branch the team's learnings are confirmed on: origin's HEAD, else main or
        master when it exists; None when there is no telling (then no branch is special)."""
        ref = self._git("symbolic-ref", "--quiet", "refs/remotes/origin/HEAD").strip()
        if ref.startswith("refs/remotes/origin/"):
            return ref.removeprefix("refs/remotes/origin/")
        for name in ("main", "master", "trunk"):
            if self._git("rev-parse", "--verify", "--quiet", f"refs/heads/{name}").strip():
                return name
        return None

    def provisional_branch(self) -> str:
        """The branch checked out when it is not the default one ("" on the default branch,
        detached, or when the default is unknown): learnings read from its team file are
        provisional until they reach the default branch."""
        branch, default = self.branch, self.default_branch
        if not branch or branch == "HEAD" or default is None or branch == default:
            return ""
        return branch

    def team_file_repo_id(self, team_file: str = TEAM_FILE_DEFAULT) -> str | None:
        """The repo id written in the committed team file's header, if any."""
        path = self.root / team_file
        try:
            if not path.is_file():  # a named pipe there would block the open for ever
                return None
            with path.open(encoding="utf-8") as fh:
                header = json.loads(fh.readline(65536))  # a header is short; never read more
        except (OSError, ValueError):
            return None
        value = header.get("repo_id") if isinstance(header, dict) else None
        return value if isinstance(value, str) and value else None

    def identity(self, team_file: str = TEAM_FILE_DEFAULT) -> str:
        """The repo id shared by every clone (see module docstring)."""
        if "id" in self._cache:
            return str(self._cache["id"])
        root = self.root_commit
        recorded = self.team_file_repo_id(team_file)
        repo_id = None
        if recorded is not None and (root is None or recorded == root
                                     or recorded.startswith(root + "@")):
            repo_id = recorded
        elif root is not None:
            repo_id = root
            if self.remote_url:
                url = normalize_remote_url(self.remote_url)
                repo_id += "@" + hashlib.sha256(url.encode()).hexdigest()[:12]
        if repo_id is None and self.remote_url:
            repo_id = "url:" + normalize_remote_url(self.remote_url)
        if repo_id is None:
            # A repo with no commit and no remote: its path is all there is until it has history.
            repo_id = "path:" + str(self.root)
        self._cache["id"] = repo_id
        return repo_id

    def earlier_identities(self, team_file: str = TEAM_FILE_DEFAULT) -> list[str]:
        """Ids this repository had before today's, so the database can move their learnings:
        the bare root commit (before ids told starter-born projects apart), and what it was
        called before it had a first commit (its path) or a full history (its remote)."""
        today = self.identity(team_file)
        if today.startswith("path:"):
            return []
        earlier = [f"path:{self.root}"]
        if self.root_commit is not None:
            earlier.append(self.root_commit)
            if self.remote_url:
                earlier.append("url:" + normalize_remote_url(self.remote_url))
        return [i for i in earlier if i != today]

    @property
    def id(self) -> str:
        return self.identity()

    @property
    def name(self) -> str:
        return self.root.name

    def tracked_files(self) -> list[str]:
        """Paths (relative, posix) of tracked files plus untracked files that are not ignored."""
        try:
            out = run_git(self.root, "ls-files", "-z", "--cached", "--others",
                          "--exclude-standard").stdout.decode("utf-8", "replace")
        except (OSError, subprocess.SubprocessError, GcodeError):
            return []
        return sorted({p for p in out.split("\0") if p and (self.root / p).exists()})

    def config_value(self, key: str) -> str | None:
        return self._git("config", "--get", key).strip() or None


def current_user(config_user: str = "", repo: Repo | None = None) -> str:
    """Who is speaking: GCODE_USER > config user.name > git user.email > OS user.

    GCODE_USER already overrides `config_user` through the config layers.
    """
    if config_user:
        return config_user
    email = repo.config_value("user.email") if repo else None
    if not email:
        email = _global_git_email()
    if email:
        return email
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no passwd entry in some containers
        return "unknown"


def _global_git_email() -> str | None:
    try:
        out = run_git(Path.cwd(), "config", "--global", "--get", "user.email", timeout=5)
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.decode("utf-8", "replace").strip() or None
