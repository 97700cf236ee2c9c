"""Python projects: PEP 621 and PEP 735 metadata, pytest configuration (including
pytest 9's `[tool.pytest]`), the environment manager (uv, poetry, pdm, pipenv, hatch,
conda, pip), task runners, linters configured in pyproject, and how to build."""

from __future__ import annotations

import configparser
import fnmatch
import json
import re
from typing import Any

from gcode.scan.ci import calls_other_repos, ci_files, uses_orbs
from gcode.scan.files import as_dict, as_list, get
from gcode.scan.model import BUILD, FORMAT, LINT, TEST, Fact
from gcode.scan.programs import base, unwrap
from gcode.scan.project import Project, from_ci, tool_of
from gcode.scan.runners import scan_python_runners
from gcode.scan.shell import words

PY_MARKERS = ("pyproject.toml", "setup.py", "setup.cfg", "requirements.txt", "Pipfile",
              "tox.ini", "noxfile.py", "pytest.ini", "environment.yml", "uv.lock",
              "poetry.lock", "pdm.lock", "hatch.toml", "conftest.py")
_REQ = re.compile(r"^(requirements|constraints)([-_.\w]*)\.(txt|in)$")


_DOC_TOOL = re.compile(r"^(mkdocs[\w-]*|sphinx[\w-]*|furo|pydata-sphinx-theme|myst-parser|"
                       r"mike|markdown[\w-]*|pymdown-extensions|docutils|recommonmark|"
                       r"nbsphinx|jupyter-book|mkdocstrings[\w-]*|griffe|zensical|pygments|"
                       r"readthedocs[\w-]*|towncrier)$", re.I)


def _names(p: Project, name: str) -> list[str]:
    """The packages a requirements file or Pipfile lists (names only)."""
    text = p.repo.read(p.rel(name)) or ""
    if name == "Pipfile":
        data = p.repo.toml(p.rel(name))
        return [str(k) for section in ("packages", "dev-packages")
                for k in as_dict(data.get(section))]
    return [m.group(1) for m in re.finditer(r"^\s*([A-Za-z0-9][\w.-]*)", text, re.M)]


def docs_only(p: Project, name: str) -> bool:
    """A requirements file or Pipfile that only installs documentation tools (mkdocs,
    sphinx...): the docs site's environment, not the project's."""
    if re.search(r"docs?\b", name):
        return True
    found = _names(p, name)
    return bool(found) and all(_DOC_TOOL.match(n.split("[")[0]) for n in found)


def is_python(p: Project) -> bool:
    files = p.repo.files(p.cwd)
    if any(m in files for m in PY_MARKERS if m not in ("Pipfile", "requirements.txt")):
        return True
    return any((_REQ.match(f) or f == "Pipfile") and not docs_only(p, f) for f in files)


def _deps(py: dict[str, Any], p: Project) -> str:
    """Every dependency list the project declares, as one searchable string."""
    tool = as_dict(py.get("tool"))
    parts: list[Any] = [get(py, "project", "dependencies"),
                        get(py, "project", "optional-dependencies"),
                        py.get("dependency-groups"), get(tool, "poetry", "group"),
                        get(tool, "poetry", "dev-dependencies"),
                        get(tool, "pdm", "dev-dependencies"), get(tool, "uv", "dev-dependencies"),
                        get(tool, "hatch", "envs")]
    text = json.dumps(parts, default=str)
    for name in p.repo.files(p.cwd):
        if _REQ.match(name) or name in ("Pipfile", "setup.py", "setup.cfg"):
            text += p.repo.read(p.rel(name)) or ""
    for sub in ("requirements",):
        if p.repo.isdir(p.rel(sub)):
            for name in p.repo.files(p.rel(sub))[:20]:
                text += p.repo.read(p.rel(f"{sub}/{name}")) or ""
    return text


def environment(p: Project, py: dict[str, Any]) -> str:
    """Record the environment tools; return the prefix that runs a command inside it."""
    tool = as_dict(py.get("tool"))
    has, rel = p.has, p.rel
    prefix = ""
    if has("uv.lock") or "uv" in tool or has("uv.toml"):
        src = rel("uv.lock") if has("uv.lock") else rel("pyproject.toml")
        p.env("uv", f"Python environment is managed with uv: `uv sync` installs it, "
              f"`uv run ...` runs in it ({src})", [src])
        prefix = "uv run "
    if has("poetry.lock") or "poetry" in tool:
        src = rel("poetry.lock") if has("poetry.lock") else rel("pyproject.toml")
        p.env("poetry", f"Python environment is managed with Poetry: `poetry install`, "
              f"then `poetry run ...` ({src})", [src])
        prefix = prefix or "poetry run "
    if has("pdm.lock") or get(tool, "pdm", "dev-dependencies") or get(tool, "pdm", "scripts"):
        src = rel("pdm.lock") if has("pdm.lock") else rel("pyproject.toml")
        p.env("pdm", f"Python environment is managed with PDM: `pdm install`, then "
              f"`pdm run ...` ({src})", [src])
        prefix = prefix or "pdm run "
    if has("Pipfile") and not docs_only(p, "Pipfile"):
        p.env("pipenv", "Python environment is managed with Pipenv: `pipenv install --dev`",
              [rel("Pipfile")])
        prefix = prefix or "pipenv run "
    if has("pixi.toml") or has("pixi.lock") or "pixi" in tool:
        src = next((rel(n) for n in ("pixi.toml", "pixi.lock") if has(n)), rel("pyproject.toml"))
        p.env("pixi", f"Environments are managed with pixi (conda packages): `pixi install` "
              f"sets one up, `pixi run ...` runs in it ({src})", [src])
        prefix = prefix or "pixi run "
    if get(tool, "hatch", "envs") or has("hatch.toml"):
        src = rel("hatch.toml") if has("hatch.toml") else rel("pyproject.toml")
        p.env("hatch", f"Environments are managed with Hatch: `hatch run ...` ({src})", [src])
    for name in ("environment.yml", "environment.yaml"):
        if has(name) and not _ci_never(p, _CONDA):  # a conda file CI never uses
            m = re.search(r"^name:\s*(\S+)", p.repo.read(rel(name)) or "", re.M)
            p.env("conda", f"Conda environment: `conda env create -f {name}` then "
                  f"`conda activate {m.group(1) if m else '<name>'}`", [rel(name)])
    reqs = [f for f in p.repo.files(p.cwd) if _REQ.match(f) and not docs_only(p, f)]
    if reqs and not prefix:
        best = next((f for f in reqs if re.search(r"dev|test", f)), reqs[0])
        p.env("pip", f"Install dependencies with `pip install -r {best}`", [rel(best)])
    requires = [str(r) for r in as_list(get(py, "build-system", "requires"))]
    if get(py, "build-system", "build-backend") == "maturin" or has("Cargo.toml") and any(
            re.match(r"maturin\b", r.strip()) for r in requires):  # not `backend-path`'s dir
        if get(tool, "maturin", "bindings") != "bin":  # a Rust binary wheels ship: no
            p.env("maturin", "A Rust extension built with maturin: `maturin develop` builds "
                  "it into the environment", [rel("pyproject.toml")])  # extension to develop
        crate = get(tool, "maturin", "manifest-path")
        if isinstance(crate, str) and p.repo.isfile(p.rel(crate.removeprefix("./"))):
            # the crate lives in a directory of its own: building it needs the Rust toolchain
            p.env("cargo", f"The Rust extension's crate is `{crate}` (pyproject.toml "
                  "[tool.maturin]): cargo and rustc build it", [rel("pyproject.toml")])
    if has(".python-version"):
        version = (p.repo.read(rel(".python-version")) or "").strip().splitlines()[:1]
        if version:
            p.facts.add(Fact(f"{p.cwd}:env:python-version" if p.cwd else "env:python-version",
                             "env", f"Python version {version[0]} (.python-version)",
                             [rel(".python-version")], None, rel(".python-version"), p.cwd))
    return prefix


def _pytest_source(p: Project, py: dict[str, Any], deps: str) -> str | None:
    repo, rel = p.repo, p.rel
    pytest_cfg = get(py, "tool", "pytest")
    if isinstance(pytest_cfg, dict):
        return repo.cite(rel("pyproject.toml"), "[tool.pytest")
    if p.has("pytest.ini"):
        return rel("pytest.ini")
    for name, section in (("setup.cfg", "[tool:pytest]"), ("tox.ini", "[pytest]")):
        if p.has(name) and section in (repo.read(rel(name)) or ""):
            return repo.cite(rel(name), section)
    for name in ("conftest.py", "tests/conftest.py", "test/conftest.py"):
        if p.has(name):
            return rel(name)
    if re.search(r"[\"'\s\[]pytest\b", deps):
        for name in ("pyproject.toml", *sorted(p.repo.files(p.cwd))):
            if p.has(name) and re.search(r"\bpytest\b", repo.read(rel(name)) or ""):
                return repo.cite(rel(name), "pytest")
    return None


def scan_python(p: Project) -> None:
    if not is_python(p):
        return
    py = p.repo.toml(p.rel("pyproject.toml")) if p.has("pyproject.toml") else {}
    tool = as_dict(py.get("tool"))
    prefix = environment(p, py)
    deps = _deps(py, p)
    scan_python_runners(p, "")
    source = _pytest_source(p, py, deps)
    if source and not _ci_tests_without_pytest(p):
        paths = [source.split(":")[0]]
        p.config_command("test:pytest", TEST, f"{prefix}pytest", source, paths)
    elif p.has("manage.py"):
        p.config_command("test:django", TEST, "python manage.py test", p.rel("manage.py"),
                         [p.rel("manage.py")])
    _linters(p, py, tool, prefix)
    _build(p, py, tool)
    scripts = get(py, "project", "scripts")
    if isinstance(scripts, dict) and scripts:
        names = ", ".join(f"`{k}` → {v}" for k, v in list(scripts.items())[:5])
        p.facts.add(Fact(f"{p.cwd}:layout:entry-points" if p.cwd else "layout:entry-points",
                         "layout", f"Console entry points: {names}", [p.rel("pyproject.toml")],
                         None, p.repo.cite(p.rel("pyproject.toml"), "[project.scripts]"), p.cwd))


# Test runners that are not pytest (the standard library's unittest, twisted's trial)
# (and Django's: `manage.py test`, `django-admin test`)
_OTHER_RUNNERS = frozenset({"unittest", "trial", "nose2", "green", "manage.py", "django-admin",
                            "django-admin.py"})


def _ci_tests_without_pytest(p: Project) -> bool:
    """CI runs this directory's tests with another runner (`python -m unittest -v
    tests.suite`, or a task running only that: uvloop's `make test`): a pytest
    configuration (or pytest among the test dependencies, for plugins such as flake8's)
    is not how the project tests."""
    def other(command: str) -> bool:
        return tool_of(command) in _OTHER_RUNNERS or _runs(command) in _OTHER_RUNNERS

    def without(command: str) -> bool:
        leaves = p.kinds(command).get(TEST, [])
        return other(command) or bool(leaves) and all(other(x) for x in leaves)
    return any(f.kind == "test_command" and f.cwd == p.cwd and from_ci(f) and without(
        f.command or "") for f in p.facts.items)


def _runs(command: str) -> str:
    """The program a command runs once its wrappers are gone (`which django-admin`)."""
    w = unwrap(words(command))
    return base(w[0]) if w else ""


def _linters(p: Project, py: dict[str, Any], tool: dict[str, Any], prefix: str) -> None:
    cfg = configparser.ConfigParser(interpolation=None, strict=False)
    if p.has("setup.cfg"):
        try:
            cfg.read_string(p.repo.read(p.rel("setup.cfg")) or "")
        except configparser.Error:
            pass
    pyproject = p.rel("pyproject.toml")
    checks = (
        ("ruff", LINT, f"{prefix}ruff check .", "ruff" in tool, pyproject, "[tool.ruff"),
        ("ruff", LINT, f"{prefix}ruff check .", p.has("ruff.toml") or p.has(".ruff.toml"),
         p.rel("ruff.toml") if p.has("ruff.toml") else p.rel(".ruff.toml"), ""),
        ("flake8", LINT, f"{prefix}flake8", p.has(".flake8") or cfg.has_section("flake8"),
         p.rel(".flake8") if p.has(".flake8") else p.rel("setup.cfg"), "[flake8]"),
        ("mypy", LINT, f"{prefix}mypy", "mypy" in tool or p.has("mypy.ini") or
         cfg.has_section("mypy"), pyproject if "mypy" in tool else p.rel("mypy.ini")
         if p.has("mypy.ini") else p.rel("setup.cfg"), "mypy"),
        ("pyright", LINT, f"{prefix}pyright", "pyright" in tool or
         p.has("pyrightconfig.json"), pyproject if "pyright" in tool
         else p.rel("pyrightconfig.json"), "[tool.pyright"),
        ("black", FORMAT, f"{prefix}black .", "black" in tool, pyproject, "[tool.black"),
    )
    hooks = p.repo.read(p.rel(".pre-commit-config.yaml")) or ""
    deps = _deps(py, p)
    ruff = "ruff" in tool or p.has("ruff.toml") or p.has(".ruff.toml")
    ci_read = any(from_ci(f) for f in p.facts.items) and \
        not calls_other_repos(p.repo) and not uses_orbs(p.repo)
    for name, kind, command, present, rel, needle in checks:
        installed = re.search(rf"(^|[\"'\s]){name}([<>=~!\[;\"',\s]|$)", deps, re.M)
        if present and re.search(rf"\b{name}\b", hooks) and not installed:
            continue  # pre-commit runs it (`pre-commit run` says so); not installed here
        if present and name == "flake8" and ruff and not installed and (
                not p.has(".flake8") or re.search(r"\bruff\b", hooks)):
            continue  # a [flake8] section (a .flake8 beside the hooks running ruff) left
            # after the move to ruff
        if present and rel == pyproject and not installed and not _run_anywhere(p, name):
            continue  # a [tool.x] table no dependency, task, hook or CI job uses
        if present and kind == LINT and ci_read and not _run_anywhere(p, name):
            continue  # CI is read and checks without it; no task or hook runs it either
        if present:
            source = p.repo.cite(rel, needle) if needle else rel
            p.config_command(f"{kind}:{name}", kind, command, source, [rel])


def _run_anywhere(p: Project, name: str) -> bool:
    """Whether a task file, tox/nox, a CI workflow or a fact already found names the tool."""
    if any(name in (f.command or "") for f in p.facts.items):
        return True
    names = ["tox.ini", "noxfile.py", "Makefile", "justfile", "Justfile", "package.json",
             "hatch.toml", "setup.cfg", ".pre-commit-config.yaml"]
    texts = [p.repo.read(p.rel(n)) or "" for n in names if p.has(n)]
    texts += [p.repo.read(f) or "" for f in ci_files(p.repo)]
    # a section configuring the tool (`[mypy]`, `[mypy-tests.*]` in setup.cfg) runs nothing
    header = re.compile(rf"^\[(tool:)?{name}\b[^\]\n]*\]", re.M)
    return any(re.search(rf"\b{name}\b", header.sub("", t)) for t in texts)


# The site a reusable Django app ships to be tried or tested against
_DEMO_SITE = re.compile(r"^(examples?|demo|sandbox|tests?|(test|example|demo)_?(project|site|app)"
                        r"|project)$")


def _build(p: Project, py: dict[str, Any], tool: dict[str, Any]) -> None:
    if any(f.cwd == p.cwd and f.kind == "build_command" and not _image_only(p, f.command or "")
           for f in p.facts.items):
        return
    backend = str(get(py, "build-system", "build-backend") or "")
    rel = p.rel("pyproject.toml")
    if not backend and not p.has("setup.py"):
        return
    if _ci_never(p, _PACKAGES):
        return
    if p.has("manage.py") or any(p.has(f"{d}/manage.py") and not (
            backend and _DEMO_SITE.match(d)) for d in p.repo.dirs(p.cwd)):
        return  # a Django site runs from its checkout: nothing to build into a package
        # (a declared build backend beside `example/manage.py` packages a Django app that
        # ships a site to try or test it)
    if not backend and "pre_commit_placeholder_package" in (p.repo.read(p.rel("setup.py")) or ""):
        return  # only there for pre-commit to install the hook's binary: no package of its own
    if "maturin" in backend:
        command = "maturin build"
    elif any(f.tool == "uv" and f.cwd == p.cwd for f in p.facts.items) or p.cwd and not \
            p.facts.count(p.cwd, "env") and _uv_member(p):
        command = "uv build"  # a member of a uv workspace, built with the root's uv
    elif "poetry" in backend:
        command = "poetry build"
    elif "pdm" in backend and "pdm" in tool:
        command = "pdm build"
    elif "hatch" in backend and get(tool, "hatch", "envs"):
        command = "hatch build"
    else:
        command = "python -m build"
    command = command if command == "maturin build" else _ci_front_end(p) or command
    source = p.repo.cite(rel, "build-backend") if backend else p.rel("setup.py")
    p.config_command("build:python", BUILD, command, source, [source.split(":")[0]])


# CI that builds a Python package says so in its own words: a build front-end, or an action
# that builds, checks or publishes the distributions
_PACKAGES = re.compile(r"(\bpython3?\s+-m\s+build|pyproject-build|\b(uv|hatch|poetry|pdm|flit|"
                       r"maturin)\s+build|cibuildwheel|maturin-action|setup\.py\s+\w*(sdist|"
                       r"bdist)|\btwine\b|pypi|build-and-inspect|check-wheel|\bwheel\b|"
                       r"\bsdist\b|\bdist/\S*\.(whl|tar\.gz)\b)", re.I)  # not `dist/docs`


# the build front-ends CI may build the package with, in its own words
_FRONT_ENDS = (("python -m build", re.compile(r"\bpython[\d.]*\s+-m\s+build\b|"
                                              r"\bpyproject-build\b")),
               ("uv build", re.compile(r"\buv\s+build\b")),
               ("hatch build", re.compile(r"\bhatch\s+build\b")),
               ("poetry build", re.compile(r"\bpoetry\s+build\b")),
               ("pdm build", re.compile(r"\bpdm\s+build\b")),
               ("flit build", re.compile(r"\bflit\s+build\b")),
               ("", re.compile(r"\bpython[\d.]*\s+setup\.py(\s+(sdist|bdist_wheel|bdist))+\b")))


def _ci_front_end(p: Project) -> str | None:
    """The one build front-end the repository's CI builds packages with (`python -m build`
    in the release workflow): how the package is built here, whatever tool manages the
    environment (`[tool.uv]` in pyproject does not make CI's build a `uv build`)."""
    if "ci_front_end" not in p.repo.memo:  # the same for every sub-project
        text = "\n".join(p.repo.read(f) or "" for f in ci_files(p.repo))
        found = [name or " ".join(m.group(0).split()) for name, pattern in _FRONT_ENDS
                 if (m := pattern.search(text))]  # (setup.py's commands in CI's own words)
        p.repo.memo["ci_front_end"] = found[0] if len(found) == 1 else None
    front: str | None = p.repo.memo["ci_front_end"]
    return front


def _ci_never(p: Project, pattern: re.Pattern[str]) -> bool:
    """Whether the repository's CI, read whole and testing this project, never says
    `pattern` (builds a package, makes a conda environment): then that is not guessed
    from a file of the project alone."""
    if p.cwd or not any(from_ci(f) and f.kind == "test_command" and f.cwd == p.cwd
                        for f in p.facts.items):
        return False
    if calls_other_repos(p.repo) or uses_orbs(p.repo):
        return False
    return not any(pattern.search(p.repo.read(f) or "") for f in ci_files(p.repo))


_CONDA = re.compile(r"conda|mamba|pixi", re.I)


def _uv_member(p: Project) -> bool:
    """Whether the sub-project is a member of the root's uv workspace."""
    globs = get(p.repo.toml("pyproject.toml"), "tool", "uv", "workspace", "members")
    return any(isinstance(g, str) and fnmatch.fnmatchcase(p.cwd, g.strip("./").rstrip("/"))
               for g in as_list(globs))


def _image_only(p: Project, command: str) -> bool:
    """A build that only builds a container image (`make build` running `docker build`):
    the image to deploy, not the Python package, whose build is still the backend's."""
    leaves = p.kinds(command).get(BUILD, [])
    return bool(leaves) and all(
        (leaf.split() or [""])[0] in ("docker", "podman", "buildah", "docker-compose")
        for leaf in leaves)
