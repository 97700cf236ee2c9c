"""Which repositories' own settings the user has agreed to, keyed to their exact content.

A cloned repository can carry a `.gcode.toml` (and an `.mcp.json`): settings that change
which model server gets the user's key, what runs without asking, which programs start.
None of it takes effect until the user trusts that repository, and trust is for the files
as they were when trusted: a changed file (a teammate's branch, a model's edit) asks again.
The record lives in the user's config directory, never in the repository.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from gcode.atomic import write_if_changed
from gcode.errors import GcodeError

# Files through which a repository configures gcode; all of them are covered by one trust.
REPO_CONFIG_FILES = (".gcode.toml", ".mcp.json")


def trust_path() -> Path:
    from gcode.config import config_dir

    return config_dir() / "trusted.json"


def repo_key(root: Path) -> str:
    return os.path.realpath(root)


def config_digest(root: Path) -> str | None:
    """sha256 over the repository's config files (names and bytes); None when it has none."""
    h = hashlib.sha256()
    found = False
    for name in REPO_CONFIG_FILES:
        path = root / name
        if not path.is_file() or path.is_symlink():
            continue
        try:  # streamed: a stranger's 300 MB file must not cost 300 MB of memory
            with path.open("rb") as fh:
                size = os.fstat(fh.fileno()).st_size
                h.update(name.encode() + b"\0" + str(size).encode() + b"\0")
                while chunk := fh.read(1 << 20):
                    h.update(chunk)
        except OSError:
            continue
        found = True
    return h.hexdigest() if found else None


@dataclass
class TrustEntry:
    path: str
    digest: str
    trusted_at: str


def _load() -> dict[str, dict[str, Any]]:
    path = trust_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        raise GcodeError(f"cannot read the trusted-repositories file {path}: {exc}",
                         hint="fix it or delete it (you will be asked to trust again)") from None
    repos = data.get("repositories") if isinstance(data, dict) else None
    return {k: v for k, v in (repos or {}).items() if isinstance(v, dict)}


def _save(repos: dict[str, dict[str, Any]]) -> None:
    path = trust_path()
    text = json.dumps({"version": 1, "repositories": repos}, indent=2, sort_keys=True) + "\n"
    write_if_changed(path, text)
    try:
        os.chmod(path, 0o600)
    except OSError:
        pass


def is_trusted(root: Path) -> bool:
    """True when the repository has no config files, or the user trusted exactly these."""
    digest = config_digest(root)
    if digest is None:
        return True
    entry = _load().get(repo_key(root))
    return entry is not None and entry.get("digest") == digest


def has_repo_config(root: Path) -> bool:
    return config_digest(root) is not None


def trust(root: Path) -> TrustEntry:
    """Trust the repository's config files as they are now."""
    digest = config_digest(root) or ""
    repos = _load()
    when = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    repos[repo_key(root)] = {"digest": digest, "trusted_at": when}
    _save(repos)
    return TrustEntry(repo_key(root), digest, when)


def untrust(root: Path) -> bool:
    repos = _load()
    if repos.pop(repo_key(root), None) is None:
        return False
    _save(repos)
    return True


def trusted() -> list[TrustEntry]:
    return [TrustEntry(path, str(v.get("digest", "")), str(v.get("trusted_at", "")))
            for path, v in sorted(_load().items())]
