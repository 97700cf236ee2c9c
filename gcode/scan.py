"""A deterministic scan of a repository's manifests: how to test, build, lint, which
environment, where the code lives. No model call: it reads pyproject.toml,
setup.cfg, tox.ini, noxfile.py, Makefile, package.json, Cargo.toml, go.mod, CI
workflows and a few conventional files.

Each fact has a stable `key`, so a rescan updates a fact in place instead of
adding a new one, and removes facts whose source no longer says them.
"""

from __future__ import annotations

import configparser
import hashlib
import json
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

MANIFESTS = (
    "pyproject.toml", "setup.cfg", "setup.py", "tox.ini", "noxfile.py", "Makefile", "makefile",
    "GNUmakefile", "package.json", "Cargo.toml", "go.mod", "requirements.txt",
    "requirements-dev.txt", "uv.lock", "poetry.lock", "Pipfile", "environment.yml",
    "environment.yaml", ".python-version", ".nvmrc", ".node-version", "docker-compose.yml",
    "docker-compose.yaml", "compose.yaml", "compose.yml", "Dockerfile", ".env.example",
    ".env.sample", "pnpm-lock.yaml", "yarn.lock", "package-lock.json", "bun.lockb",
    ".gitlab-ci.yml", "manage.py", "pytest.ini", "conftest.py", "AGENTS.md", "CONTRIBUTING.md",
)
WORKFLOW_DIR = ".github/workflows"


@dataclass
class Fact:
    key: str  # stable identity across rescans, e.g. "test:pytest"
    kind: str  # layout, test_command, build_command, lint_command, env, ci
    content: str
    paths: list[str] = field(default_factory=list)  # files the fact rests on
    command: str | None = None


def manifest_paths(root: Path) -> list[str]:
    """The manifest files present (relative paths), including CI workflow files."""
    found = [name for name in MANIFESTS if (root / name).is_file()]
    wf = root / WORKFLOW_DIR
    if wf.is_dir():
        found += sorted(f"{WORKFLOW_DIR}/{p.name}" for p in wf.iterdir()
                        if p.suffix in (".yml", ".yaml") and p.is_file())
    return found


def fingerprint(root: Path) -> str:
    """Changes when any manifest is added, removed or edited (size + mtime: no reads)."""
    h = hashlib.sha256()
    for rel in manifest_paths(root):
        st = (root / rel).stat()
        h.update(f"{rel}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    for d in ("src", "tests", "test", "docs", "lib", "app", "cmd", "pkg", "internal"):
        h.update(f"{d}:{(root / d).is_dir()}\n".encode())
    return h.hexdigest()[:24]


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def _toml(path: Path) -> dict[str, Any]:
    try:
        data: dict[str, Any] = tomllib.loads(_read(path))
        return data
    except (tomllib.TOMLDecodeError, ValueError):
        return {}


def _cmd(key: str, kind: str, verb: str, command: str, source: str) -> Fact:
    return Fact(key, kind, f"{verb} with `{command}` (from {source})", [source], command)


def scan_python(root: Path, facts: list[Fact]) -> None:
    py = _toml(root / "pyproject.toml") if (root / "pyproject.toml").is_file() else {}
    tool = py.get("tool", {}) if isinstance(py.get("tool"), dict) else {}
    runner = ""
    if (root / "uv.lock").is_file():
        runner = "uv run "
        facts.append(Fact("env:uv", "env", "Python environment is managed with uv: "
                          "`uv sync` installs it, `uv run ...` runs in it (uv.lock)", ["uv.lock"]))
    elif "poetry" in tool or (root / "poetry.lock").is_file():
        runner = "poetry run "
        facts.append(Fact("env:poetry", "env", "Python environment is managed with Poetry: "
                          "`poetry install`, then `poetry run ...`",
                          ["pyproject.toml" if "poetry" in tool else "poetry.lock"]))
    elif (root / "Pipfile").is_file():
        runner = "pipenv run "
        facts.append(Fact("env:pipenv", "env", "Python environment is managed with Pipenv "
                          "(`pipenv install --dev`)", ["Pipfile"]))
    for name in ("environment.yml", "environment.yaml"):
        if (root / name).is_file():
            m = re.search(r"^name:\s*(\S+)", _read(root / name), re.M)
            env = m.group(1) if m else "<name>"
            facts.append(Fact("env:conda", "env", f"Conda environment: `conda env create -f "
                              f"{name}` then `conda activate {env}`", [name]))
    if (root / ".python-version").is_file():
        version = _read(root / ".python-version").strip().splitlines()[0:1]
        if version:
            facts.append(Fact("env:python-version", "env",
                              f"Python version {version[0]} (.python-version)",
                              [".python-version"]))
    for req in ("requirements-dev.txt", "requirements.txt"):
        if (root / req).is_file() and not runner:
            facts.append(Fact(f"env:{req}", "env", f"Install dependencies with "
                              f"`pip install -r {req}`", [req]))
            break

    project = py.get("project", {}) if isinstance(py.get("project"), dict) else {}
    deps = json.dumps([project.get("dependencies", []), project.get("optional-dependencies", {}),
                       tool.get("poetry", {}).get("group", {}) if isinstance(tool.get("poetry"),
                                                                            dict) else {}])
    cfg = configparser.ConfigParser(interpolation=None)
    if (root / "setup.cfg").is_file():
        try:
            cfg.read_string(_read(root / "setup.cfg"))
        except configparser.Error:
            pass
    pytest_source = next((src for src, ok in (
        ("pyproject.toml", "pytest" in tool and "ini_options" in tool.get("pytest", {})),
        ("pytest.ini", (root / "pytest.ini").is_file()),
        ("setup.cfg", cfg.has_section("tool:pytest")),
        ("tox.ini", "[pytest]" in _read(root / "tox.ini")),
        ("conftest.py", (root / "conftest.py").is_file()),
        ("pyproject.toml", "pytest" in deps),
    ) if ok), None)
    if pytest_source:
        facts.append(_cmd("test:pytest", "test_command", "Run the tests", f"{runner}pytest",
                          pytest_source))
    if (root / "tox.ini").is_file():
        facts.append(_cmd("test:tox", "test_command", "Run the test matrix", "tox", "tox.ini"))
    if (root / "noxfile.py").is_file():
        facts.append(_cmd("test:nox", "test_command", "Run the sessions", "nox", "noxfile.py"))
    if "ruff" in tool:
        facts.append(_cmd("lint:ruff", "lint_command", "Lint", f"{runner}ruff check .",
                          "pyproject.toml"))
    if cfg.has_section("flake8") or (root / ".flake8").is_file():
        facts.append(_cmd("lint:flake8", "lint_command", "Lint", f"{runner}flake8", "setup.cfg"))
    if "mypy" in tool:
        facts.append(_cmd("lint:mypy", "lint_command", "Type-check", f"{runner}mypy .",
                          "pyproject.toml"))
    scripts = project.get("scripts", {})
    if isinstance(scripts, dict) and scripts:
        names = ", ".join(f"`{k}` → {v}" for k, v in list(scripts.items())[:5])
        facts.append(Fact("layout:entry-points", "layout", f"Console entry points: {names}",
                          ["pyproject.toml"]))
    if (root / "manage.py").is_file():
        facts.append(Fact("layout:django", "layout", "Django project: `python manage.py "
                          "runserver`, tests with `python manage.py test`", ["manage.py"]))


_MAKE_TARGET = re.compile(r"^([A-Za-z0-9][A-Za-z0-9_.-]*)\s*:(?!=)", re.M)
_MAKE_KINDS = {"test": "test_command", "tests": "test_command", "check": "test_command",
               "build": "build_command", "all": "build_command", "lint": "lint_command",
               "fmt": "lint_command", "format": "lint_command", "install": "env",
               "setup": "env", "dev": "env"}


def scan_make(root: Path, facts: list[Fact]) -> None:
    for name in ("Makefile", "makefile", "GNUmakefile"):
        if (root / name).is_file():
            targets = set(_MAKE_TARGET.findall(_read(root / name)))
            for target, kind in _MAKE_KINDS.items():
                if target in targets:
                    verb = {"test_command": "Run the tests", "build_command": "Build",
                            "lint_command": "Lint", "env": "Set up"}[kind]
                    facts.append(_cmd(f"make:{target}", kind, verb, f"make {target}", name))
            return


def scan_node(root: Path, facts: list[Fact]) -> None:
    if not (root / "package.json").is_file():
        return
    try:
        pkg = json.loads(_read(root / "package.json"))
    except ValueError:
        return
    pm = next((m for f, m in (("pnpm-lock.yaml", "pnpm"), ("yarn.lock", "yarn"),
                              ("bun.lockb", "bun")) if (root / f).is_file()), "npm")
    facts.append(Fact("env:node-pm", "env", f"JavaScript dependencies: `{pm} install` "
                      f"(package manager {pm})", ["package.json"]))
    scripts = pkg.get("scripts", {}) if isinstance(pkg.get("scripts"), dict) else {}
    for script, kind, verb in (("test", "test_command", "Run the tests"),
                               ("build", "build_command", "Build"),
                               ("lint", "lint_command", "Lint"),
                               ("typecheck", "lint_command", "Type-check"),
                               ("dev", "env", "Start the dev server"),
                               ("start", "env", "Start")):
        if script in scripts:
            run = f"{pm} test" if script == "test" and pm != "bun" else f"{pm} run {script}"
            facts.append(_cmd(f"npm:{script}", kind, verb, run, "package.json"))
    for name in (".nvmrc", ".node-version"):
        if (root / name).is_file():
            version = _read(root / name).strip()
            facts.append(Fact("env:node-version", "env", f"Node {version}: run `nvm use` "
                              f"({name})", [name]))
            break


def scan_rust_go(root: Path, facts: list[Fact]) -> None:
    if (root / "Cargo.toml").is_file():
        facts.append(_cmd("cargo:test", "test_command", "Run the tests", "cargo test",
                          "Cargo.toml"))
        facts.append(_cmd("cargo:build", "build_command", "Build", "cargo build", "Cargo.toml"))
        facts.append(_cmd("cargo:clippy", "lint_command", "Lint", "cargo clippy", "Cargo.toml"))
    if (root / "go.mod").is_file():
        m = re.search(r"^go\s+(\S+)", _read(root / "go.mod"), re.M)
        facts.append(_cmd("go:test", "test_command", "Run the tests", "go test ./...", "go.mod"))
        facts.append(_cmd("go:build", "build_command", "Build", "go build ./...", "go.mod"))
        if m:
            facts.append(Fact("env:go-version", "env", f"Go {m.group(1)} (go.mod)", ["go.mod"]))


def scan_services(root: Path, facts: list[Fact]) -> None:
    for name in ("docker-compose.yml", "docker-compose.yaml", "compose.yaml", "compose.yml"):
        if (root / name).is_file():
            services = re.findall(r"^  ([A-Za-z0-9_.-]+):\s*$", _read(root / name), re.M)
            listed = f" (services: {', '.join(services[:8])})" if services else ""
            facts.append(Fact("env:compose", "env", f"Local services run with Docker Compose: "
                              f"`docker compose up -d`{listed}", [name]))
            break
    for name in (".env.example", ".env.sample"):
        if (root / name).is_file():
            names = re.findall(r"^\s*(?:export\s+)?([A-Z][A-Z0-9_]*)\s*=", _read(root / name),
                               re.M)
            if names:
                facts.append(Fact("env:vars", "env", f"Required environment variables (see "
                                  f"{name}): {', '.join(names[:15])}", [name]))
            break


_RUN_LINE = re.compile(r"^\s*(?:-\s*)?run:\s*(?![|>])(.+?)\s*$", re.M)


def scan_ci(root: Path, facts: list[Fact]) -> None:
    files = [p for p in manifest_paths(root) if p.startswith(WORKFLOW_DIR)]
    if (root / ".gitlab-ci.yml").is_file():
        files.append(".gitlab-ci.yml")
    commands: list[str] = []
    for rel in files:
        for cmd in _RUN_LINE.findall(_read(root / rel)):
            cmd = cmd.strip().strip("'\"")
            if cmd and cmd not in commands and "${{" not in cmd:
                commands.append(cmd)
    if commands:
        shown = "; ".join(f"`{c}`" for c in commands[:6])
        facts.append(Fact("ci:commands", "ci", f"CI ({', '.join(files[:3])}) runs: {shown}",
                          files))


def scan_layout(root: Path, tracked: list[str] | None, facts: list[Fact]) -> None:
    top = sorted({p.split("/", 1)[0] for p in tracked} if tracked is not None else
                 {p.name for p in root.iterdir()})
    packages = [d for d in top if (root / d / "__init__.py").is_file()]
    src = [d for d in ("src", "lib", "app", "cmd", "pkg", "internal") if (root / d).is_dir()
           and d in top]
    if (root / "src").is_dir():
        packages += [f"src/{p.name}" for p in sorted((root / "src").iterdir())
                     if (p / "__init__.py").is_file()]
    roots = list(dict.fromkeys(src + packages))
    if roots:
        facts.append(Fact("layout:source", "layout", "Source code lives in "
                          + ", ".join(f"`{r}/`" for r in roots[:6]), roots[:6]))
    tests: list[str] = [d for d in ("tests", "test", "spec", "__tests__", "testing")
                        if (root / d).is_dir() and d in top]
    if tests:
        facts.append(Fact("layout:tests", "layout", "Tests live in "
                          + ", ".join(f"`{t}/`" for t in tests), tests))
    docs: list[str] = [d for d in ("docs", "doc", "AGENTS.md", "CONTRIBUTING.md")
                       if (root / d).exists() and d in top]
    if docs:
        facts.append(Fact("layout:docs", "layout", "Documentation: "
                          + ", ".join(f"`{d}`" for d in docs), docs))


def scan(root: Path, tracked: list[str] | None = None) -> list[Fact]:
    """Every fact the manifests state, deterministic for the same files."""
    facts: list[Fact] = []
    for part in (scan_python, scan_make, scan_node, scan_rust_go, scan_services, scan_ci):
        part(root, facts)
    scan_layout(root, tracked, facts)
    unique: dict[str, Fact] = {}
    for fact in facts:
        unique.setdefault(fact.key, fact)
    return list(unique.values())


def paths_exist(root: Path, paths: list[str]) -> bool:
    return all(os.path.exists(root / p) for p in paths)
