"""Python task runners: tox (tox.ini, setup.cfg, `[tool.tox]`), nox sessions, hatch
environment scripts, pdm scripts and poe tasks, each as named lists of commands."""

from __future__ import annotations

import ast
import configparser
import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from gcode.scan.files import Repo, as_dict, as_list, get, join
from gcode.scan.make import Task

Table = tuple[dict[str, Task], str, str]  # tasks, default task, file they came from
_POSARGS = re.compile(r"\{posargs(?::([^}]*))?\}")


_FACTORS = re.compile(r"^([\w.!,{}-]+):\s+")


# tox's own paths: `{envpython} -m pytest` is python's, `{envbindir}/flake8` the env's tool
_ENV_BIN = re.compile(r"\{(envpython)\}|\{envbindir\}[/\\]")
# `{env:RUNNER:pytest}`: an environment variable's value, or the default given after it
_ENV_DEFAULT = re.compile(r"\{env:\w+:([^{}]*)\}")


# `{[python-cli-options]byte-warnings}`: the value of a key of another section of tox.ini
_SECTION_REF = re.compile(r"\{\[([^\]{}]+)\]([\w-]+)\}")


def _tox_line(line: str, env: str | None = None) -> str:
    """One command line of a tox env; a factor-conditional line (`py310,lint: cmd`,
    `!ci: cmd`) only for the envs whose factors it names (all when `env` is None)."""
    wanted, text = _parsed_tox_line(line)
    if wanted is not None and env is not None and not _factors_match(wanted, env):
        return ""
    return text


@lru_cache(maxsize=4096)
def _parsed_tox_line(line: str) -> tuple[tuple[tuple[str, ...], ...] | None, str]:
    """A command line's factor condition (each alternative's factors; None: none) and its
    command. Parsed once: [testenv]'s lines are asked of every env in the envlist (hundreds
    in opentelemetry-python's, ~100 conditional lines: 25,000 parses a scan)."""
    line = _POSARGS.sub(lambda m: m.group(1) or "", line).strip()
    line = _ENV_BIN.sub(lambda m: "python" if m.group(1) else "", line)
    line = _ENV_DEFAULT.sub(lambda m: m.group(1), line)
    m = _FACTORS.match(line)
    wanted = tuple(tuple(f for f in alt.split("-") if f) for alt in _expand_envlist(
        m.group(1))) if m else None
    return wanted, (line[m.end():] if m else line).lstrip("-").strip()


def _factors_match(wanted: tuple[tuple[str, ...], ...], env: str) -> bool:
    factors = set(env.split("-"))
    return any(all((f[1:] not in factors) if f.startswith("!") else (f in factors)
                   for f in alt) for alt in wanted)


def _range(option: str) -> list[str]:
    """`0-5` in a generative env list (`3.1{0-5}-tests`, tox 4) is each number between."""
    m = re.fullmatch(r"(\d+)-(\d+)", option)
    if not m or int(m.group(2)) - int(m.group(1)) not in range(0, 50):
        return [option]
    return [str(n) for n in range(int(m.group(1)), int(m.group(2)) + 1)]


def _expand_envlist(spec: str) -> list[str]:
    envs: list[str] = []
    for item in re.split(r"[,\n]\s*(?![^{]*\})", spec):
        item = item.strip()
        if not item:
            continue
        parts = re.findall(r"\{([^}]*)\}|([^{}]+)", item)
        combos = [""]
        for group, text in parts:
            options = [x for o in group.split(",") for x in _range(o.strip())] if group \
                else [text]
            combos = [c + o for c in combos for o in options]
        envs.extend(combos)
    return envs


def _tox_ini(text: str, prefix: str) -> tuple[dict[str, Task], list[str]]:
    cfg = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        cfg.read_string(text)
    except configparser.Error:
        return {}, []
    # setup.cfg names its core section [tox:tox] but its envs [testenv], [testenv:x]
    base = f"{prefix}testenv" if prefix and any(
        x.split(":", 2)[:2] == ["tox", "testenv"] for x in cfg.sections()) else "testenv"
    head = "tox:tox" if prefix else "tox"
    envlist = _expand_envlist(cfg.get(head, "envlist", fallback="") or
                              cfg.get(head, "env_list", fallback=""))
    tasks: dict[str, Task] = {}

    def commands(section: str, env: str | None = None) -> list[str]:
        return tox_env_commands(
            _raw_commands(cfg, section if cfg.has_option(section, "commands") else base), env)

    for section in cfg.sections():
        if section.startswith(base + ":"):
            for name in _expand_envlist(section.split(":", 1)[1]):  # [testenv:lint-{a,b}]
                tasks[name] = Task(name, commands(section, name))
    generic = commands(base) if cfg.has_section(base) else []
    for env in envlist:
        tasks.setdefault(env, Task(env, commands(base, env) if cfg.has_section(base) else []))
    if generic and "" not in tasks:
        tasks[""] = Task("", generic)
    if cfg.has_section(base) and (factored := _raw_commands(cfg, base)) and tasks:
        tasks.setdefault("", Task("")).factored = factored  # an env no section names
    labels = cfg.get(head, "labels", fallback="") or ""
    _add_labels(tasks, {k.strip(): _expand_envlist(v) for k, _, v in (
        line.partition("=") for line in labels.splitlines() if "=" in line)})
    return tasks, _gh_envs(cfg) or envlist


def _raw_commands(cfg: configparser.ConfigParser, section: str) -> list[str]:
    """A tox section's command lines, factor conditions (`withcov: ...`) kept."""
    raw = cfg.get(section, "commands", fallback="") or ""
    raw = _SECTION_REF.sub(lambda m: " ".join(cfg.get(m.group(1), m.group(2), fallback="")
                                              .split()), re.sub(r"\\\n\s*", " ", raw))
    return raw.splitlines()


def tox_env_commands(factored: list[str], env: str | None) -> list[str]:
    """The lines of a section (`_raw_commands`) an env runs, those conditioned on other
    factors left out (all kept for None): what `tox -e env` runs of [testenv] when no section
    names it."""
    return [x for x in (_tox_line(y, env) for y in factored) if x]


def _gh_envs(cfg: configparser.ConfigParser) -> list[str]:
    """The envs a bare `tox` runs on CI under tox-gh / tox-gh-actions: those its `[gh]`
    (`[gh-actions]`) section maps the job's Python to (`3.12 = py312`), not the envlist
    (which also lints and builds the docs)."""
    for section in ("gh", "gh-actions"):
        raw = cfg.get(section, "python", fallback="") or ""
        envs = [e for line in raw.splitlines() if "=" in line
                for e in _expand_envlist(line.partition("=")[2].replace(" ", ","))]
        if envs:
            return list(dict.fromkeys(envs))
    return []


def _add_labels(tasks: dict[str, Task], labels: dict[str, list[str]]) -> None:
    """tox's labels (`labels = check = typing, lint`; `tox -m check` runs those envs):
    each a task `@check` running its envs' commands, never listed as an env itself."""
    for label, envs in labels.items():
        if label:
            tasks[f"@{label}"] = Task(f"@{label}", [x for e in envs if e in tasks
                                                    for x in tasks[e].lines])


def _tox_toml(tox: dict[str, Any]) -> tuple[dict[str, Task], list[str]]:
    def commands(spec: Any) -> list[str]:
        out = []
        for cmd in as_list(get(spec, "commands")):
            if isinstance(cmd, list):
                out.append(" ".join(str(x) for x in cmd if isinstance(x, (str, int))
                                    and not str(x).startswith("{posargs")))
            elif isinstance(cmd, str):
                out.append(_tox_line(cmd))
        return [x for x in out if x]

    generic = commands(tox.get("env_run_base"))
    envlist = [str(e) for e in as_list(tox.get("env_list")) if isinstance(e, str)]
    tasks = {str(name): Task(str(name), commands(spec) or generic)
             for name, spec in as_dict(tox.get("env")).items()}
    for env in envlist:
        tasks.setdefault(env, Task(env, generic))
    if generic:
        tasks.setdefault("", Task("", generic))
    _add_labels(tasks, {str(k): [str(e) for e in as_list(v)]
                        for k, v in as_dict(tox.get("labels")).items()})
    return tasks, envlist


def tox_table(repo: Repo, cwd: str) -> Table:
    tox = as_dict(get(repo.toml(join(cwd, "pyproject.toml")), "tool", "tox"))
    readers: tuple[tuple[str, Callable[[str], tuple[dict[str, Task], list[str]]] | None], ...]
    readers = ((join(cwd, "tox.ini"), lambda t: _tox_ini(t, "")),
               (join(cwd, "tox.toml"), None),
               (join(cwd, "pyproject.toml"), None),
               (join(cwd, "setup.cfg"), lambda t: _tox_ini(t, "tox:")))
    for rel, read in readers:
        if not repo.isfile(rel):
            continue
        if rel.endswith("tox.toml"):
            tasks, envlist = _tox_toml(repo.toml(rel))
        elif rel.endswith("pyproject.toml"):
            if isinstance(tox.get("legacy_tox_ini"), str):
                tasks, envlist = _tox_ini(tox["legacy_tox_ini"], "")
            elif tox:
                tasks, envlist = _tox_toml(tox)
            else:
                continue
        else:
            text = repo.read(rel) or ""
            if rel.endswith("setup.cfg") and "[tox:tox]" not in text:
                continue
            assert read is not None
            tasks, envlist = read(text)
        if tasks:
            default = [t for e in envlist for t in tasks.get(e, Task(e)).lines] or \
                tasks.get("", Task("")).lines
            tasks[""] = Task("", list(dict.fromkeys(default)),
                             factored=tasks.get("", Task("")).factored)
            return tasks, "", rel
    return {}, "", ""


def nox_table(repo: Repo, cwd: str) -> Table:
    rel = join(cwd, "noxfile.py")
    text = repo.read(rel)
    if not text:
        return {}, "", ""
    try:
        tree = ast.parse(text)
    except (SyntaxError, ValueError):
        return {}, "", ""
    tasks: dict[str, Task] = {}
    default: list[str] = []
    helpers: dict[str, list[str]] = {}  # module-level functions a session may call
    sessions: list[tuple[str, ast.FunctionDef]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Attribute) and t.attr == "sessions" for t in node.targets):
            if isinstance(node.value, (ast.List, ast.Tuple)):
                default = [e.value for e in node.value.elts if isinstance(e, ast.Constant)
                           and isinstance(e.value, str)]
        if not isinstance(node, ast.FunctionDef):
            continue
        name = _nox_session_name(node)
        if name is None:
            helpers[node.name] = _nox_runs(node)
        else:
            sessions.append((name, node))
    for name, node in sessions:
        lines = _nox_runs(node)
        for call in ast.walk(node):
            if isinstance(call, ast.Call) and isinstance(call.func, ast.Name):
                lines += helpers.get(call.func.id, [])
        tasks[name] = Task(name, lines, node.lineno)
    if default:  # without `nox.options.sessions`, plain `nox` runs every session
        tasks[""] = Task("", [f"nox -s {n}" for n in default if n in tasks])
    return tasks, "", rel


def _nox_runs(node: ast.FunctionDef) -> list[str]:
    """The commands `session.run(...)` runs in a function, where its words are literal:
    also `session.run(*cmd)` of a list first written out (`cmd = ["python", "-m",
    "pytest"]`, options added after) and `for cmd in ["flake8 .", "black --check ."]:
    session.run(*cmd.split())`."""
    lists: dict[str, list[str]] = {}
    loops: dict[str, list[str]] = {}
    for stmt in ast.walk(node):
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and \
                isinstance(stmt.targets[0], ast.Name) and (words := _strings(stmt.value)):
            lists.setdefault(stmt.targets[0].id, words)
        elif isinstance(stmt, ast.For) and isinstance(stmt.target, ast.Name) and \
                (words := _strings(stmt.iter)):
            loops[stmt.target.id] = words
    lines = []
    for call in ast.walk(node):
        if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and
                call.func.attr in ("run", "run_always") and call.args):
            continue
        first, rest = call.args[0], call.args[1:]  # `session.run(*cmd, "-x")`
        if isinstance(first, ast.Starred) and isinstance(first.value, ast.Name) and \
                first.value.id in lists:
            lines.append(" ".join(lists[first.value.id] + [
                a.value for a in rest
                if isinstance(a, ast.Constant) and isinstance(a.value, str)]))
        elif isinstance(first, ast.Starred) and isinstance(first.value, ast.Call) and \
                isinstance(split := first.value.func, ast.Attribute) and split.attr == "split" \
                and isinstance(split.value, ast.Name) and split.value.id in loops:
            lines += [" ".join(line.split()) for line in loops[split.value.id]]
        else:  # the literal words, a `*session.posargs` among them left out
            words = [a.value for a in call.args if isinstance(a, ast.Constant)
                     and isinstance(a.value, str)]
            if words and len(words) == len([a for a in call.args
                                            if not isinstance(a, ast.Starred)][:len(words)]):
                lines.append(" ".join(words))
    return lines


def _strings(value: ast.expr) -> list[str]:
    """The strings of a list or tuple written out of string literals alone ([] otherwise)."""
    if not isinstance(value, (ast.List, ast.Tuple)) or not value.elts:
        return []
    words = [e.value for e in value.elts
             if isinstance(e, ast.Constant) and isinstance(e.value, str)]
    return words if len(words) == len(value.elts) else []


def _nox_session_name(node: ast.FunctionDef) -> str | None:
    name = decorated_name(node, "session")
    return None if name is None else name or node.name


def decorated_name(node: ast.FunctionDef, decorator: str) -> str | None:
    """The `name=` that `@decorator(...)` (or `@x.decorator`) gives a function ("" when it
    gives none), None when the function is not so decorated (nox sessions, invoke tasks)."""
    for dec in node.decorator_list:
        target = dec.func if isinstance(dec, ast.Call) else dec
        label = target.attr if isinstance(target, ast.Attribute) else \
            target.id if isinstance(target, ast.Name) else ""
        if label != decorator:
            continue
        if isinstance(dec, ast.Call):
            for kw in dec.keywords:
                if kw.arg == "name" and isinstance(kw.value, ast.Constant):
                    return str(kw.value.value)
        return ""
    return None


def hatch_table(repo: Repo, cwd: str) -> Table:
    rel = join(cwd, "hatch.toml")
    envs = as_dict(repo.toml(rel).get("envs")) if repo.isfile(rel) else {}
    if not envs:
        rel = join(cwd, "pyproject.toml")
        envs = as_dict(get(repo.toml(rel), "tool", "hatch", "envs"))
    tasks: dict[str, Task] = {}
    for env, spec in envs.items():
        scripts = as_dict(get(spec, "scripts"))
        for name, value in scripts.items():
            lines = [str(x) for x in as_list(value) if isinstance(x, str)]
            lines = [f"hatch run {env}:{x}" if x.split(" ")[0] in scripts and env != "default"
                     else f"hatch run {x}" if x.split(" ")[0] in scripts else x for x in lines]
            full = str(name) if env == "default" else f"{env}:{name}"
            tasks[full] = Task(full, lines)
    own_tests = any(re.search(r"(^|[-_:])tests?($|[-_:])", name) for name in tasks)
    if envs and "hatch-test" in envs or get(envs, "default") and not own_tests:
        # `hatch test` runs pytest in hatch's own test env; a project whose envs have
        # test scripts of their own (unittest in `test:test`) is tested with those
        tasks.setdefault("hatch-test", Task("hatch-test", ["pytest"]))
    return tasks, "", rel if tasks else ""


def pdm_table(repo: Repo, cwd: str) -> Table:
    rel = join(cwd, "pyproject.toml")
    scripts = as_dict(get(repo.toml(rel), "tool", "pdm", "scripts"))
    tasks: dict[str, Task] = {}
    for name, value in scripts.items():
        if name == "_":
            continue
        lines: list[str] = []
        if isinstance(value, (str, list)):
            value = {"cmd": value}
        value = as_dict(value)
        cmd = value.get("cmd", value.get("shell"))
        if isinstance(cmd, list):
            lines.append(" ".join(str(x) for x in cmd))
        elif isinstance(cmd, str):
            lines.append(cmd)
        for item in as_list(value.get("composite")):
            if isinstance(item, str):
                lines.append(f"pdm run {item}" if item.split(" ")[0] in scripts else item)
        tasks[str(name)] = Task(str(name), lines)
    return tasks, "", rel if tasks else ""


def poe_table(repo: Repo, cwd: str) -> Table:
    rel = join(cwd, "pyproject.toml")
    poe = as_dict(get(repo.toml(rel), "tool", "poe", "tasks"))
    tasks: dict[str, Task] = {}
    for name, value in poe.items():
        lines: list[str] = []
        if isinstance(value, str):
            lines.append(value)
        elif isinstance(value, list):
            lines += [f"poe {x}" for x in value if isinstance(x, str)]
        elif isinstance(value, dict):
            for key in ("cmd", "shell"):
                if isinstance(value.get(key), str):
                    lines += value[key].splitlines()
            if isinstance(value.get("ref"), str):
                lines.append(f"poe {value['ref']}")
            for item in as_list(value.get("sequence")):
                if isinstance(item, str):
                    lines.append(f"poe {item}")
                elif isinstance(item, dict) and isinstance(item.get("cmd"), str):
                    lines.append(item["cmd"])
        tasks[str(name)] = Task(str(name), lines)
    return tasks, "", rel if tasks else ""
