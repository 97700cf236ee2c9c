"""Everything a command needs to know about where it runs: config, repo, user, database.

Built once per command, lazily: `gcode --version` builds none of it, `gcode learn
show` opens the database but never imports openai.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from gcode.config import Config, load_config
from gcode.db import Database, open_db
from gcode.endpoint import CapabilityStore
from gcode.errors import GcodeError
from gcode.repo import Repo, current_user


@dataclass
class Workspace:
    cwd: Path = field(default_factory=Path.cwd)
    flags: dict[str, Any] = field(default_factory=dict)
    # Warnings from the layers below the terminal (a bad team-file line, a refused export):
    # they never print; the command shows them where its output has room for them.
    notices: list[str] = field(default_factory=list)

    @cached_property
    def repo(self) -> Repo | None:
        return Repo.discover(self.cwd)

    def require_repo(self, elsewhere: str = "") -> Repo:
        if self.repo is None:  # raises the clear "not a git repository" error
            return Repo.require(self.cwd, elsewhere)
        return self.repo

    @cached_property
    def repo_trusted(self) -> bool:
        """The user agreed to this repository's own config files, as they are now."""
        from gcode.trust import is_trusted

        return self.repo is not None and is_trusted(self.repo.root)

    @cached_property
    def config(self) -> Config:
        root = self.repo.root if self.repo else None
        cfg = load_config(root, flags=self.flags, repo_trusted=self.repo_trusted)
        self.notices.extend(cfg.ignored)
        return cfg

    @cached_property
    def user(self) -> str:
        return current_user(self.config.user.name, self.repo)

    @cached_property
    def repo_id(self) -> str:
        repo = self.require_repo()
        repo_id = repo.identity(self.config.team.file)
        if self.config.db_path.exists():
            # Learnings stored under an earlier id (an older version's, the path's before the
            # first commit) move to today's, once (gcode.repo).
            for earlier in repo.earlier_identities(self.config.team.file):
                self.db.move_repo(earlier, repo_id)
        return repo_id

    @cached_property
    def db(self) -> Database:
        db = open_db(self.db_location(), self.config.database.busy_timeout_ms)
        db.branch = self.repo.provisional_branch() if self.repo else ""
        return db

    @cached_property
    def capabilities(self) -> CapabilityStore:
        """What model servers turned out to accept, kept in the database (gcode.capabilities)."""
        from gcode.capabilities import capability_store

        path = Path(":memory:") if self._folder_unmade() else self.config.db_path
        return capability_store(path, self.config.database.busy_timeout_ms)  # this run's only

    def _folder_unmade(self) -> bool:
        """A database path someone set (GCODE_DB, [database] path) whose folder does not
        exist: none is made for it (db_location)."""
        return bool(self.config.database.path) and not self.config.db_path.parent.exists()

    def db_location(self) -> Path:
        """The database file to open. Its folder is made for the default location; a path
        someone set (GCODE_DB, [database] path) must name an existing folder: a typo there
        would otherwise grow a tree of folders and a database nobody finds again."""
        path = self.config.db_path
        if self._folder_unmade():
            raise GcodeError(f"the folder of the database path {path} does not exist",
                             hint=f"create it (mkdir -p {path.parent}) or fix GCODE_DB "
                                  "(or [database] path)")
        return path

    def close(self) -> None:
        if "db" in self.__dict__:
            self.db.close()
