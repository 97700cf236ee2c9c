"""A deterministic scan of a repository's manifests and CI files: how to test, build,
lint and format, which environment tools, where the code lives. No model call.

Each fact has a stable `key` (a rescan updates it in place and retires facts whose
source no longer says them) and cites the file, line or CI job it came from. Commands
are labelled by what they run, never by what a target is called. Sub-projects with
manifests of their own (a Rust crate inside a Python repository...) get facts of their
own, with `cwd` set.
"""

from __future__ import annotations

import hashlib
import os
import posixpath
import re
from collections import Counter
from pathlib import Path
from typing import Any

from gcode.scan.azure import template_files
from gcode.scan.cienv import SERVICES, action_tools
from gcode.scan.cistep import matrix_tasks
from gcode.scan.ci import MAX, calls_other_repos, ci_files, ci_steps, gitlab_includes, split_cd
from gcode.scan.cmake import cmake_kinds
from gcode.scan.files import SKIP_DIRS, Repo, join
from gcode.scan.ghexpr import substitute
from gcode.scan.go import scan_go, work_modules
from gcode.scan.ecosystems import scan_ecosystems
from gcode.scan.jvm import GRADLE_BUILDS, scan_jvm
from gcode.scan.layout import _NOT_SOURCE, DOCS_PART, is_test_dir, layout_facts
from gcode.scan.make import JUSTFILES, MAKEFILES, TASKFILES
from gcode.scan.meson import scan_meson
from gcode.scan.model import BUILD, FORMAT, INSTALL, LINT, TEST, Fact, env_fact, role
from gcode.scan.node import scan_deno, scan_node, workspace_globs
from gcode.scan.programs import base, unwrap
from gcode.scan.unlinted import drop_unlinted_subprojects
from gcode.scan.project import Facts, Project
from gcode.scan.python import is_python, scan_python
from gcode.scan.runners import deprecated, scan_runners
from gcode.scan.rust import members, scan_rust
from gcode.scan.services import scan_services
from gcode.scan.shell import checked, words
from gcode.scan.tasks import Tasks
from gcode.scan.tasknames import FIX_TASK
from gcode.stat_watch import paths_exist, snapshot

__all__ = ["Fact", "fingerprint", "fingerprint_watch", "manifest_paths", "paths_exist", "scan"]

SUB_MANIFESTS = ("pyproject.toml", "setup.py", "package.json", "Cargo.toml", "go.mod",
                 "deno.json")
ROOT_FILES = (*SUB_MANIFESTS, "setup.cfg", "tox.ini", "tox.toml", "noxfile.py", "pytest.ini",
              "conftest.py", "hatch.toml", "requirements.txt", "requirements-dev.txt",
              "uv.lock", "poetry.lock", "pdm.lock", "pixi.toml", "Pipfile", "environment.yml",
              "environment.yaml", ".python-version", ".nvmrc", ".node-version", "pom.xml",
              *GRADLE_BUILDS,
              "pnpm-lock.yaml", "pnpm-workspace.yaml", "yarn.lock", "package-lock.json",
              "bun.lockb", "bun.lock", "deno.json", "deno.jsonc", "go.work",
              "rust-toolchain.toml", "rust-toolchain",
              "docker-compose.yml", "docker-compose.yaml", "compose.yaml", "compose.yml",
              "Dockerfile", ".env.example", ".env.sample", ".pre-commit-config.yaml",
              "manage.py", "ruff.toml", ".ruff.toml", "mypy.ini", ".flake8",
              ".golangci.yml", ".golangci.yaml", "magefile.go", *MAKEFILES, *JUSTFILES, *TASKFILES,
              "AGENTS.md", "CONTRIBUTING.md")
MAX_SUBPROJECTS = 8
_JOB_WORDS = {"test": r"test|spec|check", "lint": r"lint|check|clippy|fmt|format|style|typ|"
              r"mypy|vet|golangci|pre-commit", "format": r"fmt|format|style",
              "build": r"build|compile|dist|package"}
_LAYOUT_DIRS = ("src", "tests", "test", "docs", "lib", "app", "cmd", "pkg", "internal",
                "source", "crates", "packages")


def _candidate_dir(name: str) -> bool:
    return not (name.startswith((".", "_")) or name in SKIP_DIRS or is_test_dir(name)
                or name in _NOT_SOURCE or DOCS_PART.search(name))


def _has_manifest(repo: Repo, rel: str) -> bool:
    files = repo.files(rel)
    return any(m in files for m in SUB_MANIFESTS)


def subprojects(repo: Repo, ci_dirs: list[str]) -> list[tuple[str, set[str]]]:
    """Directories with manifests of their own, and the ecosystems to leave out there
    because the root already covers them (workspace members)."""
    cargo = set(members(repo, ""))
    js_globs = workspace_globs(Project(repo, Tasks(repo), Facts(), ""))[0]
    go_work = work_modules(repo.read("go.work") or "") if repo.isfile("go.work") else []
    found = [d for d in ci_dirs if d and _candidate_dir(d.rsplit("/", 1)[-1])
             and not any(is_test_dir(part) for part in d.split("/"))  # test fixtures' apps
             and repo.isdir(d) and _has_manifest(repo, d)]
    found += [d for d in repo.dirs("") if _candidate_dir(d) and _has_manifest(repo, d)
              and not _vendored(repo, d)]
    # (a module under a test or example directory, `cmd/x/internal/e2e/container`, is a
    # fixture the tests build, not a project of its own)
    found += [m for m in go_work if m != "." and repo.isfile(f"{m}/go.mod")
              and all(_candidate_dir(part) for part in m.split("/"))]
    result: list[tuple[str, set[str]]] = []
    for d in dict.fromkeys(found):
        skip: set[str] = set()
        if d in cargo or _outside_workspace(repo, d):
            skip.add("rust")
            if not any(m in repo.files(d) for m in SUB_MANIFESTS if m != "Cargo.toml"):
                continue  # nothing else to read there
        if any(re.fullmatch(g.strip("./").replace("*", "[^/]+"), d) for g in js_globs):
            skip.add("node")
        result.append((d, skip))
    return result[:MAX_SUBPROJECTS]


def _outside_workspace(repo: Repo, rel: str) -> bool:
    """A crate inside the root's Cargo workspace that is neither a member nor excluded nor
    a workspace of its own (actix-web-actors, dropped from `members`): cargo refuses to
    build it there, so it is no project to test."""
    ws = repo.toml("Cargo.toml").get("workspace")
    own = repo.toml(f"{rel}/Cargo.toml") if repo.isfile(f"{rel}/Cargo.toml") else {}
    excluded = ws.get("exclude") if isinstance(ws, dict) else None
    return isinstance(ws, dict) and bool(own) and "workspace" not in own and not (
        isinstance(excluded, list) and any(
            isinstance(x, str) and x.strip("/").removeprefix("./") == rel for x in excluded))


def _vendored(repo: Repo, rel: str) -> bool:
    """Another repository copied in whole (a git subtree: jsonschema's json/, the JSON
    Schema test suite with its own .github/ and licence): its manifests are that project's,
    and its CI never runs here; it is a sub-project only if this repository's CI enters it."""
    files = repo.files(rel)
    return repo.isdir(f"{rel}/.github") and any(
        f.upper().startswith(("LICENSE", "LICENCE", "COPYING")) for f in files)


def _in_tests(repo: Repo, cwd: str, followed: set[tuple[str, str, str]],
              command: str = "") -> bool:
    """Whether what a CI command builds lies in a test directory (`make -C tests/antithesis
    image`, `maturin build -m test-crates/pyo3-mixed/Cargo.toml`, `docker compose -f
    tests/x/compose.yml build`): the test harness's build, not the project's. So too one
    told to build from a manifest the repository does not have (`cargo build
    --manifest-path ./__ci/redis-json/Cargo.toml`): code CI checked out beside it."""
    ws = words(command)
    options = _PLACE_OPTIONS + (("-f", "--file") if _COMPOSE.match(command) else ())
    places = {v.split("=", 1)[-1] for k, v in zip(["", *ws], ws) if k in options or
              v.startswith(tuple(f"{o}=" for o in options))}  # what it is told to build
    manifests = {p for p in places if re.search(r"\.(toml|json|ya?ml)$", p)}  # not `-C _build`
    if manifests and all(_absent(repo, join(cwd, where)) for where in manifests):
        return True
    places = places or {where for _, _, where in followed} or {cwd}
    return all(any(is_test_dir(part) for part in where.split("/")) for where in places)


def _absent(repo: Repo, rel: str) -> bool:
    """A plain relative path (no variable, not leaving the repository) in a top-level
    directory the repository does not have (`__ci/`: made by CI's checkout)."""
    rel = posixpath.normpath(rel)
    top = rel.split("/", 1)[0]
    return "/" in rel and not re.search(r"[$*{]", rel) and not rel.startswith(("/", "..")) \
        and not repo.isdir(top)


_PLACE_OPTIONS = ("-m", "--manifest-path", "-C", "--directory", "--cwd", "--dir")
# `docker compose -f tests/x/compose.yml build`: the services of a test's environment (a
# `docker build -f tests/Dockerfile .` still builds the project, its context)
_COMPOSE = re.compile(r"^(docker[- ]compose|podman[- ]compose)\b")
_RUNNER = {"pnpm": "npm", "yarn": "npm", "bun": "npm"}  # the task runner a program is


def _runner_of(command: str) -> str:
    """The program a command runs, as the runner its tasks are followed under (`uv run
    tox run -e py` -> tox, `pnpm test` -> npm)."""
    w = unwrap(words(command))
    return _RUNNER.get(w[0], w[0]) if w else ""


def _ci_facts(repo: Repo, tasks: Tasks, facts: Facts) -> tuple[list[str],
                                                              list[tuple[str, str, str]]]:
    """Facts from CI commands, the most telling first: jobs named for what the command
    does, commands without unresolved `${{ }}`, at the root. Returns CI's directories and
    the install commands CI runs (leaf command, source, directory)."""
    candidates = []
    installs: list[tuple[str, str, str]] = []
    for order, step in enumerate(ci_steps(repo)):
        rel = step.source.split(" ")[0]
        for cmd, cwd in [(x, d) for c, d in split_cd(step) for x in matrix_tasks(c, step.matrix)]:
            text, note = substitute(cmd, step)
            if step.secrets and role(tasks.classifier.command(text, cwd)) == TEST:
                continue  # a test needing an outside service's credentials: not from here
            facts.note_ci_call(cwd, text)
            named_task = tasks.classifier.task_of(text)
            if named_task and "${{" in named_task:
                if re.search(_JOB_WORDS[TEST], step.source.split("job", 1)[-1].lower()):
                    # a test job's runner still tests there, through some task of its own
                    facts.note_ci_task(cwd, _runner_of(text), "", TEST)
                continue  # `tox -e py${{ steps.v.outputs.v }}`: which task is not known here
            p = Project(repo, tasks, facts, cwd)
            tasks.classifier.followed.clear()
            kinds = cmake_kinds(repo, cwd, text) or checked(p.kinds(text), cmd, step.script)
            label = role(kinds)
            if label == FORMAT and LINT in kinds and _CHECK_TASK.search(text.split()[-1]) \
                    and not FIX_TASK.search(text.split()[-1]):
                label, kinds = LINT, {LINT: kinds[LINT]}  # CI's `make check-style` fixes a
                # little, then checks: a check (`make lint` too; `make lint-fix` fixes)
            facts.note_ci_follows(cwd, text, tasks.classifier.followed)
            for runner, name, where in tasks.classifier.followed:
                # `task test:ci` runs `cd web && pnpm run test:ci`; tox's env runs `make test`
                if label and (where != cwd or runner != _runner_of(text)):
                    facts.note_ci_task(where, runner, name, label)
            installs += [(leaf, step.source, cwd) for leaf in kinds.get(INSTALL, [])]
            runner = text.split(" ", 1)[0]
            installs.append((f"{runner}!", step.source, cwd))  # the programs CI runs
            if _COMPOSE_UP.match(text):
                installs.append(("compose!", step.source, cwd))  # services CI starts
            if runner not in _RUNNER_FILES:  # `go run .../task/v3/cmd/task test`: task
                runner = base((unwrap(words(text)) or [""])[0])
            if runner in _RUNNER_FILES and label and any(repo.isfile(join(cwd, f)) for f in
                                                         _RUNNER_FILES[runner] + _conf(text)):
                installs.append((f"{runner}:", step.source, cwd))  # CI drives the tasks
            if label is None or label == INSTALL or label == BUILD and _in_tests(
                    repo, cwd, tasks.classifier.followed, text):
                continue
            job = step.source.split("job", 1)[-1].lower()
            options = [(label, text, kinds, note)]
            check = _without_fix(text) if label == FORMAT else None
            fixed = "CI runs it with --fix"
            if label == FORMAT and not check and len(kinds[FORMAT]) == 1:
                check = _without_fix(kinds[FORMAT][0])  # `make lint`: `ruff check . --fix`
                fixed = f"CI's `{text}` runs it with --fix"
            if check and role(p.kinds(check)) == LINT:
                options.append((LINT, check, p.kinds(check), "; ".join(
                    x for x in (note, fixed) if x)))
            for label, text, kinds, note in options:
                named = bool(re.search(_JOB_WORDS[label], job))
                rank = (not named, "${{" in text, cwd != "", order)
                candidates.append((rank, label, p, text, step.source, rel, kinds, note))
    candidates.sort(key=lambda c: c[0])
    # one command per program first (`cargo clippy`, `cargo fmt`...), then the rest
    seen: set[tuple[str, str]] = set()
    first: list[Any] = []
    rest: list[Any] = []
    for c in candidates:
        sig = (c[1], " ".join(c[6][c[1]][0].split()[:2]) if c[6].get(c[1]) else c[3])
        (rest if sig in seen else first).append(c)
        seen.add(sig)
    counts: Counter[str] = Counter()
    dirs: list[str] = []
    tested: set[tuple[str, str]] = set()
    for _, label, p, text, source, rel, kinds, note in first + rest:
        # past the cap, a sub-project CI tests in gets its first test command still
        # (or a workspace package a root command selects: `pnpm --filter=worker run test`)
        target = p.cwd if p.cwd and _has_manifest(repo, p.cwd) else _selected(text)
        # and so does one a sub-project CI lints (svix's python/ lint.sh among 12 others)
        own = label in (TEST, LINT) and bool(target) and (label, target) not in tested
        if counts[label] >= MAX[label] and not own:
            continue
        if p.command(f"ci:{text}", text, source, [rel], kinds=kinds, note=note):
            counts[label] += 1
            dirs.append(p.cwd)
            tested.update([(label, target)] if target else [])
    return list(dict.fromkeys(dirs)), installs


def _install_dirs(installs: list[tuple[str, str, str]]) -> list[str]:
    """Directories CI installs Python dependencies in (`cd apps/api && pip install -r
    requirements.txt`): a sub-project set up there, even when CI only lints it from the root."""
    return [cwd for leaf, _, cwd in installs
            if cwd and any(pattern.search(leaf) for _, pattern in _CI_ENV)]


_EXTRAS = re.compile(r"\[[\w,\s-]*\]$")


def _installed_dirs(leaf: str, cwd: str) -> set[str]:
    """The directories an install names as what it installs (`pip install -e
    "python/[dev,test]"` from the root sets up python/), relative to the repository."""
    ws = [w.strip("'\"") for w in leaf.split()]
    if "install" not in ws:
        return set()
    out = set()
    for w in ws[ws.index("install") + 1:]:
        path = _EXTRAS.sub("", w).rstrip("/")
        if w.startswith("-") or not path or "/" not in w and not w.startswith("."):
            continue  # an option, or a package name (`pip install tox`)
        where = posixpath.normpath(posixpath.join(cwd, path))
        if where != "." and not where.startswith(".."):
            out.add(where)
    return out


# `pnpm --filter=worker run test`, `pnpm -F web test`, `yarn workspace api test`,
# `npm run test -w pkg`: the workspace package a command runs a task of
_SELECT = re.compile(r"^(pnpm|yarn|npm|bun)\b.*?\s(--filter[= ]|-F\s+|workspace\s+|-w\s+|"
                     r"--workspace[= ])['\"]?([@\w./{}^-]+)")


def _selected(text: str) -> str:
    m = _SELECT.match(text)
    return f"package {m.group(3).strip('.^{}').removeprefix('./')}" if m else ""


_CHECK_TASK = re.compile(r"^[\w-]*(^|[-_:])(check|verify|validate|lint)([-_:][\w-]*)?$")
_FIX = re.compile(r"\s--(fix|allow-dirty|allow-staged|allow-no-vcs)(?=\s|$)")


def _without_fix(command: str) -> str | None:
    """A linter CI runs with --fix (`ruff check --fix`) checks the same code without it:
    the check is the lint to offer, since --fix rewrites files."""
    stripped = _FIX.sub("", command)
    return stripped if stripped != command and " --fix" in command else None


# a pip install in CI (not uv's `uv pip install`)
_PIP_INSTALL = re.compile(r"(^|\s)(?<!uv )(python[\d.]*\s+-m\s+)?pip3?\s+install\b")
_CI_ENV = (("conda", re.compile(r"(^|\s)(conda|mamba|micromamba)\s+(create|install|env\s+"
                                r"(create|update))\b")),
           ("uv", re.compile(r"(^|\s)uv\s+(pip\s+install|sync|tool\s+install|venv)\b")),
           ("pip", _PIP_INSTALL))
_RUNNER_FILES = {"just": JUSTFILES, "task": TASKFILES, "nox": ("noxfile.py",),
                 "invoke": ("tasks.py",),
                 # poethepoet: `[tool.poe.tasks]` (a task it cannot read gets no label)
                 "poe": ("pyproject.toml", "poe_tasks.toml", "poe_tasks.yaml"),
                 # `deno task test-all` runs deno.json's tasks, or package.json's scripts
                 "deno": ("deno.json", "deno.jsonc", "package.json")}


def _conf(command: str) -> tuple[str, ...]:
    """The runner file a command names (`nox -f bindings/py/noxfile.py`, `just -f x`)."""
    ws = command.split()
    return tuple(ws[i + 1] for i, w in enumerate(ws[:-1])
                 if w in ("-f", "--noxfile", "--justfile", "--taskfile"))
# `docker compose -f ci/compose.yml up -d --wait`: CI starts containers (databases, queues)
_COMPOSE_UP = re.compile(r"(sudo\s+)?docker(-compose|\s+compose)\b"
                         r"(\s+-{1,2}[\w-]+(=\S+|\s+\S+)?)*\s+up\b")
# pip installing the project or its requirements (`pip install "$PACKAGE" -r reqs.txt`,
# `pip install -e .`), not a tool: the environment is set up with pip
_PIP_PROJECT = re.compile(r"\bpip3?\s+install\b.*\s(-r|--requirement|-e|--editable|\.)(\s|$)")
_PIP_UV = re.compile(r"^(python[\d.]*\s+-m\s+)?pip3?\s+install\s+(-U\s+|--upgrade\s+)?"
                     r"uv(\s+tox-uv)?$")
# uv among what pip installs (`pip install 'uv<0.7.0' nox`): for nox's or tox's `-db uv`
_PIP_GETS_UV = re.compile(r"\bpip3?\s+install\s(.*\s)?['\"]?uv([<>=!~\s'\"]|$)")
_PY_ENVS = frozenset({"uv", "poetry", "pdm", "pipenv", "hatch", "conda", "pip", "pixi"})


def _pip_sets_up(steps: list[tuple[str, str]], others: set[str]) -> bool:
    """Whether pip installs the project or its requirements (not a tool), in jobs where no
    other tool makes the environment (conda's, pip inside it), in at least half as many
    CI jobs as the other environment tool is used in: both set CI up."""
    made = {src for leaf, src in steps for tool, pattern in _CI_ENV
            if tool in others and pattern.search(leaf)}
    pip = {src for leaf, src in steps if _PIP_PROJECT.search(leaf)} - made
    other = {src for leaf, src in steps if leaf.endswith("!") and leaf[:-1] in others}
    return bool(pip) and 2 * len(pip) >= len(other)


def _ci_env(repo: Repo, tasks: Tasks, facts: Facts, installs: list[tuple[str, str, str]],
            cwd: str = "") -> None:
    """A Python project whose files name no environment tool, but whose CI builds its
    environment with conda, uv or pip: that is how to set it up. A task runner CI drives
    the project with (`just lint test`) is a tool to have too. A sub-project (`cwd`) goes
    by the CI steps run in it; the root by them all."""
    have = {f.tool for f in facts.items if f.kind == "env" and f.cwd == cwd}
    steps = [(leaf, src) for leaf, src, where in installs if not cwd or where == cwd
             or cwd in _installed_dirs(leaf, where)]
    for runner in _RUNNER_FILES if not cwd else ():
        src = next((s for leaf, s, where in installs if leaf == f"{runner}:"
                    and not where), None)  # (src/test-deno: that directory's own tool)
        if src and runner not in have:
            Project(repo, tasks, facts, "").env(
                runner, f"CI runs the project's tasks with {runner} (from {src})",
                [src.split(" ")[0]], src)
    compose = next((src for leaf, src in steps if leaf == "compose!"), None)
    if compose and "docker" not in have:
        Project(repo, tasks, facts, cwd).env(
            "docker", f"CI starts the services the tests use with Docker Compose (from "
            f"{compose})", [compose.split(" ")[0]], compose)
    cmake = next((src for leaf, src in steps if leaf == "cmake!"), None)
    if cmake and "cmake" not in have and repo.isfile(join(cwd, "CMakeLists.txt")):
        Project(repo, tasks, facts, cwd).env(  # `cmake -G Ninja .`: CMakeLists.txt's tool
            "cmake", f"CI configures the CMake project with cmake (from {cmake})",
            [cmake.split(" ")[0]], cmake)
    if not is_python(Project(repo, tasks, facts, cwd)):
        return
    for tool, pattern in _CI_ENV:
        used = {leaf[:-1] for leaf, _ in steps if leaf.endswith("!")}
        if tool in have or tool == "pip" and have & _PY_ENVS & used and not _pip_sets_up(
                steps, {str(t) for t in have & _PY_ENVS & used}):
            continue  # pip installs the tool CI then works with (`pip install poetry`)
        hit = next(((leaf, src) for leaf, src in steps if pattern.search(leaf)), None)
        if hit:
            leaf = hit[0] if len(hit[0]) <= 80 else hit[0][:77] + "..."
            Project(repo, tasks, facts, cwd).env(
                tool, f"CI sets up the environment with {tool}: `{leaf}` (from {hit[1]})",
                [hit[1].split(" ")[0]], hit[1])
            have.add(tool)
    uv = next((src for leaf, src in steps if leaf in ("uv!", "uvx!")), None)
    got = next((src for leaf, src in steps if _PIP_GETS_UV.search(leaf)), None)
    # `uv tool install tox --with tox-uv`, `uvx nox`; uv that CI installs with pip first
    # (`python -m pip install uv`, or beside nox) is a tool of its own beside pip; so is uv
    # when pip is only a requirements file's (tox's deps) and CI installs nothing with pip
    if uv and "uv" not in have and (not have & _PY_ENVS or any(
            _PIP_UV.match(leaf) for leaf, _ in steps) or have & _PY_ENVS == {"pip"} and not any(
            _PIP_INSTALL.search(leaf) for leaf, _ in steps)) or got and "uv" not in have:
        src = uv or got or ""
        Project(repo, tasks, facts, cwd).env(
            "uv", f"CI runs the project's tools through uv (from {src})", [src.split(" ")[0]],
            src)


def _action_env(repo: Repo, facts: Facts) -> None:
    """The services and toolchains CI's jobs set up without a command (service
    containers, setup actions): tools to have, for the root."""
    have = {f.tool for f in facts.items if f.kind == "env" and not f.cwd}
    for tool, src in action_tools(repo):
        if tool not in have:
            what = "starts" if tool in SERVICES else "sets up"
            facts.add(env_fact(tool, f"CI {what} {tool} for its jobs (from {src})",
                               [src.split(" ")[0]], src))


_JS_INSTALL = re.compile(r"^(npm (ci|install|i)|yarn( install)?|pnpm (install|i)|bun install)"
                         r"(\s|$)")


# a toolchain CI runs in a test harness's directory -> the manifest that makes it the harness's
_HARNESS_TOOLS = {"cargo!": "Cargo.toml", "go!": "go.mod"}


def _harness_env(repo: Repo, facts: Facts, installs: list[tuple[str, str, str]]) -> None:
    """The package manager CI installs a test harness's dependencies with (`cd integration
    ; npm ci`), the toolchain it runs a harness crate or module with (`cargo test` in
    functional-tests/): a tool to have, though the harness is no sub-project of the scan's."""
    have = {f.tool for f in facts.items if f.kind == "env"}
    for leaf, src, cwd in installs:
        if not cwd or not any(is_test_dir(part) for part in cwd.split("/")):
            continue
        m = _JS_INSTALL.match(leaf) if not re.search(r"\s(-g|--global)\b", leaf) else None
        if m and repo.isfile(f"{cwd}/package.json") and \
                (tool := m.group(1).split()[0]) not in have:
            facts.add(env_fact(tool, f"CI installs the test harness's dependencies in "
                               f"`{cwd}/` with {tool} (from {src})", [src.split(" ")[0]], src))
            have.add(tool)
        manifest = _HARNESS_TOOLS.get(leaf)
        if manifest and repo.isfile(f"{cwd}/{manifest}") and (tool := leaf[:-1]) not in have:
            facts.add(env_fact(tool, f"CI runs the test harness in `{cwd}/` ({manifest}) with "
                               f"{tool} (from {src})", [src.split(" ")[0]], src))
            have.add(tool)


def scan(root: Path, tracked: list[str] | None = None) -> list[Fact]:
    """Every fact the manifests and CI files state, deterministic for the same files.
    `tracked` (paths known to git), when given, limits the layout to tracked directories."""
    repo = Repo(Path(root), {p.split("/", 1)[0] for p in tracked} if tracked else None)
    tasks = Tasks(repo)
    facts = Facts()
    ci_dirs, installs = _ci_facts(repo, tasks, facts)
    ci_dirs += _install_dirs(installs)
    projects: list[tuple[str, set[str]]] = [("", set()), *subprojects(repo, ci_dirs)]
    for cwd, skip in projects:
        p = Project(repo, tasks, facts, cwd)
        scan_runners(p)
        scan_python(p)
        if "node" not in skip:
            scan_node(p)
            scan_deno(p)
        if "rust" not in skip:
            scan_rust(p)
        scan_go(p)
        scan_jvm(p)
        scan_ecosystems(p)
        scan_meson(p)
        if not cwd:
            scan_services(p)
        _ci_env(repo, tasks, facts, installs, cwd)
    _action_env(repo, facts)
    _harness_env(repo, facts, installs)
    facts.drop_umbrellas()
    for cwd, runner, name in list(facts.ci_calls):
        if runner and not name:  # a bare `make`: the default goal
            facts.ci_calls.add((cwd, runner, tasks.table(runner, cwd)[1] or ""))
    facts.drop_unused_tasks(hidden=calls_other_repos(repo))
    facts.drop_narrowed_tests(
        lambda command, cwd: tasks.classifier.command(command, cwd).get(TEST, []))
    def lints_of(command: str, cwd: str) -> set[str]:
        return set(tasks.classifier.command(command, cwd).get(LINT, []))

    facts.drop_lint_variants(lints_of)
    facts.drop_unrun_lints(lints_of)
    facts.drop_uncalled_lints(lints_of, hidden=calls_other_repos(repo))
    drop_unlinted_subprojects(repo, facts)
    facts.drop_reports_of_ci_tests(
        lambda runner, cwd: _recipes(tasks, runner, cwd),
        lambda command, cwd: bool(tasks.classifier.command(command, cwd).get(TEST)))
    facts.drop_build_parts(
        lambda runner, cwd: _recipes(tasks, runner, cwd),
        lambda command, cwd: role(tasks.classifier.command(command, cwd)) == BUILD)
    for cwd, skip in projects:
        if cwd and skip:
            continue  # a workspace member: the root's layout already names it
        for fact in layout_facts(repo, cwd):
            facts.add(fact)
    return facts.items


def _recipes(tasks: Tasks, runner: str, cwd: str) -> dict[str, list[str]]:
    """A runner's recipes in a directory, but for old aliases that say they are deprecated
    (`buildall: deprecated build` is no build made of parts)."""
    table = tasks.table(runner, cwd)[0]
    return {n: t.lines for n, t in table.items() if not deprecated(table, runner, n)}


def manifest_paths(root: Path, repo: Repo | None = None) -> list[str]:
    """The files the scan reads (relative paths): root and sub-project manifests, task
    files and CI configuration. Listing only: nothing is parsed."""
    repo = repo or Repo(Path(root))
    found = [name for name in ROOT_FILES if repo.isfile(name)]
    found += ci_files(repo)
    found += template_files(repo)  # Azure Pipelines templates the pipelines reference
    found += gitlab_includes(repo)
    found += [f for f in repo.files("") if re.fullmatch(r"Makefile(\.[\w-]+)?\.toml", f)]
    found += [f".github/actions/{d}/{n}" for d in repo.dirs(".github/actions")
              for n in ("action.yml", "action.yaml") if repo.isfile(f".github/actions/{d}/{n}")]
    for d in repo.dirs(""):
        if _candidate_dir(d) or d in ("scripts", "script"):
            found += [f"{d}/{f}" for f in repo.files(d)
                      if f in ROOT_FILES or d in ("scripts", "script")]
    return found


def fingerprint(root: Path) -> str:
    """Changes when a manifest is added, removed or edited (size + mtime; only Azure
    pipelines are read, to find the templates they use), or when the top-level layout
    changes."""
    return fingerprint_watch(root)[0]


def fingerprint_watch(root: Path) -> tuple[str, str]:
    """The fingerprint, and a snapshot of what it rests on (gcode.stat_watch): a later
    run that finds every path of it unchanged knows the fingerprint without this package."""
    h = hashlib.sha256()
    repo = Repo(Path(root))
    hashed = manifest_paths(root, repo)
    for rel in hashed:
        try:
            st = os.stat(os.path.join(root, rel))
        except OSError:
            continue
        h.update(f"{rel}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    h.update(("dirs:" + ",".join(repo.dirs(""))).encode())
    for d in _LAYOUT_DIRS:
        if repo.isdir(d):
            h.update(f"{d}:{','.join(repo.dirs(d))}\n".encode())
    return h.hexdigest()[:24], snapshot(root, repo.listed(), hashed)


