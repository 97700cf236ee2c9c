"""Safe, cached, read-only access to a repository for the scan.

Every read is capped, refuses binary data and symlinks that leave the repository, and
never raises: a broken or hostile file is simply absent to the scan.
"""

from __future__ import annotations

import fnmatch
import json
import os
import stat
import sys
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

MAX_BYTES = 1_000_000
# Directories that never hold a project's own manifests or layout.
SKIP_DIRS = frozenset({
    ".git", ".hg", ".svn", "node_modules", "target", "dist", "build", "vendor", "third_party",
    "third-party", "__pycache__", ".venv", "venv", ".tox", ".nox", ".mypy_cache", ".cache",
    "site-packages", "bower_components", ".idea", ".vscode", "coverage", "_build", "out",
})


class Repo:
    """A repository root with cached directory listings and parsed files."""

    def __init__(self, root: Path, top: set[str] | None = None) -> None:
        self.root = root
        self._top = top  # when known: the top-level names git tracks
        self._real = os.path.realpath(root)
        self._lists: dict[str, tuple[list[str], list[str]]] = {}
        self._texts: dict[str, str | None] = {}
        self._parsed: dict[tuple[str, str], Any] = {}
        # What a rule works out once per scan from files every sub-project shares (the CI's
        # build front end: its patterns over every workflow were searched per sub-project)
        self.memo: dict[str, Any] = {}

    # -- listing -----------------------------------------------------------------------

    def _inside(self, path: str) -> bool:
        real = os.path.realpath(path)
        return real == self._real or real.startswith(self._real + os.sep)

    def listing(self, rel: str = "") -> tuple[list[str], list[str]]:
        """(directories, files) directly under `rel`, sorted; symlinks that leave the
        repository are left out."""
        if rel in self._lists:
            return self._lists[rel]
        dirs: list[str] = []
        files: list[str] = []
        path = os.path.join(self.root, rel) if rel else str(self.root)
        try:
            with os.scandir(path) as it:
                for entry in it:
                    try:
                        if entry.is_symlink() and not self._inside(entry.path):
                            continue
                        if entry.is_dir():
                            dirs.append(entry.name)
                        elif entry.is_file():
                            files.append(entry.name)
                    except OSError:
                        continue
        except OSError:
            pass
        if self._top is not None and not rel:
            dirs = [d for d in dirs if d in self._top]
        result = (sorted(dirs), sorted(files))
        self._lists[rel] = result
        return result

    def listed(self) -> list[str]:
        """The directories listed so far (relative; "" is the root)."""
        return list(self._lists)

    def isfile(self, rel: str) -> bool:
        head, _, name = rel.rpartition("/")
        return name in self.listing(head)[1]

    def isdir(self, rel: str) -> bool:
        head, _, name = rel.rpartition("/")
        return name in self.listing(head)[0]

    def files(self, rel: str = "") -> list[str]:
        return self.listing(rel)[1]

    def dirs(self, rel: str = "") -> list[str]:
        return self.listing(rel)[0]

    # -- reading -----------------------------------------------------------------------

    def read(self, rel: str) -> str | None:
        """The text of a file, or None if missing, too big, binary or outside the repo."""
        if rel in self._texts:
            return self._texts[rel]
        text: str | None = None
        path = os.path.join(self.root, rel)
        try:
            if self._inside(path):
                st = os.stat(path)
                if stat.S_ISREG(st.st_mode) and st.st_size <= MAX_BYTES:
                    with open(path, "rb") as fh:
                        data = fh.read(MAX_BYTES + 1)
                    if b"\0" not in data[:8192]:
                        text = data.decode("utf-8", errors="replace")
        except (OSError, ValueError):
            text = None
        self._texts[rel] = text
        return text

    def _parse(self, rel: str, fmt: str) -> Any:
        key = (rel, fmt)
        if key in self._parsed:
            return self._parsed[key]
        text = self.read(rel)
        value: Any = None
        if text is not None:
            try:
                if fmt == "toml":
                    value = tomllib.loads(text)
                elif fmt == "json":
                    value = json.loads(text)
                else:
                    value = load_yaml(text)
            except Exception:  # noqa: BLE001 - any malformed input is simply unreadable
                value = None
        self._parsed[key] = value
        return value

    def toml(self, rel: str) -> dict[str, Any]:
        value = self._parse(rel, "toml")
        return value if isinstance(value, dict) else {}

    def json(self, rel: str) -> dict[str, Any]:
        value = self._parse(rel, "json")
        return value if isinstance(value, dict) else {}

    def yaml(self, rel: str) -> Any:
        return self._parse(rel, "yaml")

    def line_of(self, rel: str, needle: str, start: int = 0) -> int | None:
        """1-based number of the first line containing `needle` (for citations)."""
        text = self.read(rel)
        if not text or not needle:
            return None
        pos = text.find(needle, start)
        return text.count("\n", 0, pos) + 1 if pos >= 0 else None

    def cite(self, rel: str, needle: str) -> str:
        line = self.line_of(rel, needle)
        return f"{rel}:{line}" if line else rel


_LOADER: Any = None


def _loader() -> Any:
    """PyYAML's safe loader (imported only when a YAML file is read), taught to read a
    tag it does not know (GitLab's `!reference [.setup, script]`, CloudFormation's
    `!Ref`) as null instead of giving up on the whole file."""
    global _LOADER
    if _LOADER is None:
        import yaml

        base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        _LOADER = type("ScanLoader", (base,), {})
        def unknown(loader: Any, suffix: str, node: Any) -> Any:
            if suffix == "reference" and isinstance(node, yaml.SequenceNode):
                return {"!reference": [str(getattr(x, "value", "")) for x in node.value]}
            return None

        _LOADER.add_multi_constructor("!", unknown)
    return _LOADER


# A YAML file deeper than this, or whose aliases expand to more nodes than this, is
# unreadable: libyaml's composer recurses in C (100,000 nested `[` killed the process), and
# a billion-laughs file is small in memory but endless to anything that walks it.
MAX_YAML_DEPTH = 200
MAX_YAML_NODES = 1_000_000


def _yaml_shape_ok(text: str) -> bool:
    """Whether the events of `text` stay within the depth and expanded-size limits (and no
    alias names a node that contains it). libyaml's event parser keeps its own stack."""
    import yaml

    sizes: dict[str, int] = {}
    stack: list[list[Any]] = [[None, 0]]  # [anchor, expanded size] of each open collection
    for event in yaml.parse(text, Loader=_loader()):
        if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            if len(stack) > MAX_YAML_DEPTH:
                return False
            stack.append([event.anchor, 1])
            continue
        if isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
            anchor, size = stack.pop()
            if anchor is not None:
                sizes[anchor] = size
        elif isinstance(event, yaml.AliasEvent):
            if any(anchor == event.anchor for anchor, _ in stack):
                return False  # `&a [*a]`: a node inside itself
            size = sizes.get(event.anchor or "", 1)
        elif isinstance(event, yaml.ScalarEvent):
            size = 1
            if event.anchor is not None:
                sizes[event.anchor] = 1
        else:
            continue
        stack[-1][1] += size
        if stack[-1][1] > MAX_YAML_NODES:
            return False
    return True


def load_yaml(text: str) -> Any:
    """Parse YAML safely. GitHub's `on:` key stays a string (YAML 1.1 would read it as
    True). A file of several documents gives its first, unless that is only a header
    declaring inputs (GitLab CI's `spec:` before `---`): then the document after it.
    A file too deep or expanding too far (`_yaml_shape_ok`) raises ValueError."""
    import yaml

    if not _yaml_shape_ok(text):
        raise ValueError("YAML too deeply nested or expanding too far")
    docs = yaml.load_all(text, Loader=_loader())
    data = next(docs, None)
    if isinstance(data, dict) and list(data) == ["spec"]:
        data = next(docs, None)
    if isinstance(data, dict) and True in data and "on" not in data:
        data["on"] = data.pop(True)
    return data


def yaml_or_none(text: str) -> Any:
    """`load_yaml` of a string found inside another file (a reusable workflow's `envs: |`),
    or None when it is not YAML, or too deep: malformed input is simply unreadable."""
    try:
        return load_yaml(text)
    except Exception:  # noqa: BLE001 - yaml's errors, ValueError for the shape limits
        return None


def get(mapping: Any, *keys: str) -> Any:
    """Nested lookup that tolerates any shape: get(d, "tool", "pytest") or None."""
    for key in keys:
        if not isinstance(mapping, dict):
            return None
        mapping = mapping.get(key)
    return mapping


def as_dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def as_list(value: Any) -> list[Any]:
    if isinstance(value, list):
        return value
    return [] if value is None else [value]


def join(cwd: str, rel: str) -> str:
    return f"{cwd}/{rel}" if cwd else rel


JS_MANIFESTS = ("package.json", "deno.json", "deno.jsonc")


def workspace_patterns(repo: Repo, cwd: str) -> list[str]:
    """The member globs of a JavaScript or Deno workspace rooted at `cwd` (package.json
    `workspaces`, pnpm-workspace.yaml, deno.json `workspace`), exclusions left out."""
    spaces = repo.json(join(cwd, "package.json")).get("workspaces")
    globs = as_list(get(spaces, "packages") if isinstance(spaces, dict) else spaces)
    if not globs and repo.isfile(join(cwd, "pnpm-workspace.yaml")):
        globs = as_list(get(repo.yaml(join(cwd, "pnpm-workspace.yaml")), "packages"))
    for name in ("deno.json", "deno.jsonc"):
        if not globs and repo.isfile(join(cwd, name)):
            deno = repo.json(join(cwd, name)).get("workspace")
            globs = as_list(get(deno, "members") if isinstance(deno, dict) else deno)
    return [g.strip().removeprefix("./").rstrip("/") for g in globs
            if isinstance(g, str) and not g.startswith("!")]


def workspace_dirs(repo: Repo, cwd: str, manifests: tuple[str, ...] = JS_MANIFESTS) -> list[str]:
    """Package directories of a JavaScript or Deno workspace rooted at `cwd` (package.json
    `workspaces`, pnpm-workspace.yaml, deno.json `workspace`), one level of globs expanded,
    each holding one of `manifests`. Paths from the repository root."""
    found: list[str] = []
    for glob in workspace_patterns(repo, cwd):
        if glob.endswith("/**") and not any(repo.isfile(join(cwd, f"{glob[:-3]}/{m}"))
                                            for m in manifests):
            glob = glob[:-1]  # `packages/**`: the packages below packages/, not itself
        glob = glob.removesuffix("/**")
        if glob in (".", ""):
            continue  # the workspace root itself (pnpm `packages: [.]`), not a member
        parent, _, last = glob.rpartition("/")
        if "*" in parent:
            continue
        base = join(cwd, parent) if parent else cwd
        names = [d for d in repo.dirs(base) if fnmatch.fnmatchcase(d, last)] \
            if "*" in last else [last]
        found += [join(base, d) for d in names
                  if any(repo.isfile(join(base, f"{d}/{m}")) for m in manifests)]
    return list(dict.fromkeys(found))[:40]
