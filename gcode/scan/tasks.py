"""Named tasks of every runner, loaded lazily per directory, so that `make test`,
`npm run lint`, `tox -e typing` or `./scripts/test` can be followed to what they run."""

from __future__ import annotations

import fnmatch
from collections.abc import Iterable
import posixpath
import re

from gcode.scan import make, pytasks
from gcode.scan.cargomake import parse_cargo_make
from gcode.scan.classify import Classifier
from gcode.scan.composer import composer_table
from gcode.scan.invoke import invoke_table
from gcode.scan.files import Repo, as_dict, join, workspace_dirs
from gcode.scan.make import Task
from gcode.scan.pixi import pixi_table
from gcode.scan.rake import rake_table
from gcode.scan.shell import MAX_COMMANDS
from gcode.scan.shell import words as shell_words

Table = tuple[dict[str, Task], str, str]
_EMPTY: Table = ({}, "", "")
MAX_SCRIPT = 64_000
MAX_PACKAGES = 12


def npm_table(repo: Repo, cwd: str) -> Table:
    """package.json scripts, with pre/post hooks and npm-run-all/run-s/run-p followed."""
    rel = join(cwd, "package.json")
    scripts = {str(k): v for k, v in as_dict(repo.json(rel).get("scripts")).items()
               if isinstance(v, str)}
    tasks: dict[str, Task] = {}
    for name, body in scripts.items():
        lines: list[str] = []
        if f"pre{name}" in scripts:
            lines.append(f"npm run pre{name}")
        lines += [_expand_run_all(part, scripts) for part in re.split(r"\s*&&\s*", body)]
        if f"post{name}" in scripts:
            lines.append(f"npm run post{name}")
        tasks[name] = Task(name, [x for x in lines if x])
    return tasks, "", rel if tasks else ""


def deno_table(repo: Repo, cwd: str) -> Table:
    """deno.json tasks: a command string, or {command, dependencies} (Deno 2). `deno task`
    also runs package.json's scripts (a Node project's CI may call `deno task test-all`):
    they come first, deno.json's own tasks win."""
    rel = next((join(cwd, n) for n in ("deno.json", "deno.jsonc")
                if repo.isfile(join(cwd, n))), "")
    tasks, _, scripts_rel = npm_table(repo, cwd)
    for name, body in as_dict(repo.json(rel).get("tasks") if rel else None).items():
        spec = as_dict(body)
        command = body if isinstance(body, str) else spec.get("command")
        deps = [f"deno task {d}" for d in spec.get("dependencies", []) if isinstance(d, str)] \
            if isinstance(spec.get("dependencies"), list) else []
        lines = deps + (re.split(r"\s*&&\s*", command) if isinstance(command, str) else [])
        tasks[str(name)] = Task(str(name), [x for x in lines if x])
    return tasks, "", (rel or scripts_rel) if tasks else ""


def _expand_run_all(part: str, scripts: Iterable[str]) -> str:
    """`run-s lint test:*` -> `npm run lint; npm run test:unit; ...`."""
    words = part.split()
    if not words or words[0] not in ("npm-run-all", "npm-run-all2", "run-s", "run-p",
                                     "concurrently"):
        return part
    words = shell_words(part)  # `concurrently "npm run lint:js" "npm run lint:css"`
    names = []
    for word in words[1:]:
        word = word.strip("'\"")
        if word.startswith("-"):
            continue
        word = word[4:] if word.startswith("npm:") else word
        if word.startswith(("npm run ", "pnpm ", "yarn ")):
            names.append(word)
            continue
        names += [f"npm run {n}" for n in scripts if fnmatch.fnmatchcase(n, word)]
    return "; ".join(names) if names else part


class Tasks:
    """Lazily loaded task tables by (runner, directory), and the resolver the
    classifier uses to follow a named task to its commands."""

    def __init__(self, repo: Repo) -> None:
        self.repo = repo
        self._tables: dict[tuple[str, str], Table] = {}
        self._catch_all: dict[str, list[str]] = {}  # a Makefile's `%:` recipe, by its path
        self.classifier = Classifier(self.resolve)

    def table(self, runner: str, cwd: str) -> Table:
        key = (runner, cwd)
        if key not in self._tables:
            self._tables[key] = self._load(runner, cwd)
            for task in self._tables[key][0].values():  # a package.json script of 60,000
                del task.lines[MAX_COMMANDS:]  # `npm run a &&` was followed for minutes
        return self._tables[key]

    def _load(self, runner: str, cwd: str) -> Table:
        repo = self.repo
        if runner == "make":
            rel = next((join(cwd, n) for n in make.MAKEFILES if repo.isfile(join(cwd, n))), "")
            return self._makefile(rel) if rel else _EMPTY
        if runner == "just":
            rel = next((join(cwd, n) for n in make.JUSTFILES if repo.isfile(join(cwd, n))), "")
            return (*make.parse_justfile(repo.read(rel) or ""), rel) if rel else _EMPTY
        if runner == "cargo-make":
            rel = join(cwd, "Makefile.toml")
            return (parse_cargo_make(repo, rel), "default", rel) if repo.isfile(rel) else _EMPTY
        if runner == "task":
            rel = next((join(cwd, n) for n in make.TASKFILES if repo.isfile(join(cwd, n))), "")
            return (*make.parse_taskfile(repo.yaml(rel)), rel) if rel else _EMPTY
        loaders = {"npm": npm_table, "deno": deno_table, "tox": pytasks.tox_table,
                   "nox": pytasks.nox_table, "hatch": pytasks.hatch_table, "pdm": pytasks.pdm_table,
                   "poe": pytasks.poe_table, "invoke": invoke_table, "pixi": pixi_table,
                   "rake": rake_table, "composer": composer_table}
        return loaders[runner](repo, cwd) if runner in loaders else _EMPTY

    def _makefile(self, rel: str) -> Table:
        """A Makefile's targets, with those of the files it includes (its own win)."""
        text = self.repo.read(rel) or ""
        paths = [posixpath.normpath(posixpath.join(posixpath.dirname(rel), inc))
                 for inc in make.make_includes(text)[:8]]
        paths = [p for p in paths if not p.startswith("..") and self.repo.isfile(p)]
        variables: dict[str, str] = {}
        if paths:  # the Makefile's own variables (SRC_ROOT) are set before its includes
            make.parse_makefile(text, variables)
        included = [make.parse_makefile(self.repo.read(p) or "", variables)[0] for p in paths]
        tasks, default = make.parse_makefile(text, variables)  # sees the included variables
        catch_all = tasks.pop("%", None)
        if catch_all is not None and any(_HANDS_ON.search(x) for x in catch_all.lines):
            self._catch_all[rel] = catch_all.lines  # `%: ; @$(TASK) $@`: hands on any name
        for path, table in zip(paths, included, strict=True):
            for name, task in table.items():
                if name in tasks and task.called:  # the Makefile's own `all` wins: keep
                    name, task.name, task.shadowed = task.called, task.called, True
                if name not in tasks:
                    task.file = path
                    tasks[name] = task
        return tasks, default, rel

    def resolve(self, runner: str, name: str, cwd: str) -> list[str] | None:
        if runner == "script":
            return self._script(name, cwd)
        if runner == "product":  # a program the repository builds itself (`cmd/<name>/`)
            return [name] if self.repo.isdir(join(cwd, f"cmd/{name}")) else None
        if runner == "file":
            text = self.repo.read(posixpath.normpath(join(cwd, name)))
            return [text] if text is not None else None
        if runner == "tox-config":  # whether tox has environments with commands here
            return ["tox"] if self.table("tox", cwd)[0] else None
        if runner == "workspaces":
            return self._workspaces(cwd)
        if runner == "lint-staged":
            return self._lint_staged(cwd)
        if runner == "run-all":  # a run-all line given more names (`npm run @all -- 'npm:x:*'`)
            return [_expand_run_all(name, self.table("npm", cwd)[0])]
        tasks, default, _ = self.table(runner, cwd)
        if not tasks and runner != "make":  # (a Makefile of a catch-all alone still runs)
            return None
        if runner in ("tox", "nox") and "," in name:
            found = [tasks[n] for n in (_env_named(runner, x, tasks) for x in name.split(","))
                     if n in tasks]
            return [x for t in found for x in t.lines] if found else None
        if runner in ("tox", "nox") and "$" in name and name not in tasks:
            # `tox -e ci-py$(echo ...)`: the envs sharing the literal part of the name
            head = re.split(r"\$", name, maxsplit=1)[0]
            name = next((n for n in tasks if n and head and n.startswith(head)), name)
        name = _env_named(runner, name, tasks)
        task = tasks.get(name or default)
        if task is None and name:  # `make common-vet`, forwarded to by `%: common-%`
            task = next((t for t in tasks.values() if t.called == name), None)
        if task is None and name and runner == "make" and re.fullmatch(r"[\w.:-]+", name):
            lines = self._catch_all.get(self.table(runner, cwd)[2], [])
            return [x.replace("$@", name) for x in lines] or None  # `make lint`: `task lint`
        return list(task.lines) if task is not None else None

    def _lint_staged(self, cwd: str) -> list[str] | None:
        """The commands lint-staged runs on staged files, from its configuration (the
        package.json `lint-staged` key, or .lintstagedrc / .lintstagedrc.json)."""
        pkg = self.repo.json(join(cwd, "package.json"))
        conf = pkg.get("lint-staged") if isinstance(pkg, dict) else None
        for rc in (".lintstagedrc", ".lintstagedrc.json"):
            if conf is None and self.repo.isfile(join(cwd, rc)):
                conf = self.repo.json(join(cwd, rc))
        if not isinstance(conf, dict):
            return None
        out = [c for v in conf.values() for c in (v if isinstance(v, list) else [v])]
        return [c for c in out if isinstance(c, str)] or None

    def _workspaces(self, cwd: str) -> list[str]:
        """The package directories of a JavaScript workspace rooted at `cwd` (one level
        of `packages/*` globs), for `pnpm -r build` and `npm run x --workspaces`."""
        return workspace_dirs(self.repo, cwd, ("package.json",))[:MAX_PACKAGES]

    def _script(self, path: str, cwd: str) -> list[str] | None:
        rel = posixpath.normpath(join(cwd, path.removeprefix("./")))
        if rel.startswith("..") or rel.startswith("/"):
            return None
        text = self.repo.read(rel)
        if text is None or len(text) > MAX_SCRIPT:
            return None
        first = text.split("\n", 1)[0]
        if first.startswith("#!") and not re.search(r"\b(ba|z|da)?sh\b", first):
            return None  # a Python or Node script: what it does is not readable here
        return [text]


# a Makefile's catch-all handing the target to another task runner (`.tool/task $@`); one
# running a program of its own (`go run ./.make $@`) leaves the target's name to decide
_HANDS_ON = re.compile(r"(^|[\s/])(task|just|mise\s+run|(npm|pnpm|yarn|bun)\s+run)\s+\$@")


# `py-dj51-postgres`: a Python, then factors the tox config conditions on
_FACTORED = re.compile(r"(py|pypy)[\d.]*(-[a-z]+\d*)*")


def _env_named(runner: str, name: str, tasks: dict[str, Task]) -> str:
    """The env `tox -e name` runs: its own, else the nearest listed one (`_nearest_env`)."""
    if runner != "tox" or not name or name in tasks:
        return name
    if _FACTORED.fullmatch(name):
        return _nearest_env(name, tasks) or name
    if not _FACTOR_NAME.fullmatch(name):
        return name
    # `tox -e alldeps-withcov-posix`, defined by no section: [testenv] with those factors
    base = tasks.get("")
    if base is not None and (lines := pytasks.tox_env_commands(base.factored, name)):
        tasks[name] = Task(name, lines, base.line)  # kept: the next `tox -e name` reads it
    return name


_FACTOR_NAME = re.compile(r"[a-z][a-z0-9.]*(-[a-z0-9.]+)+")


def _nearest_env(name: str, tasks: dict[str, Task]) -> str | None:
    """The listed env of a Python sharing the most factors with `name` (`tox -e py-dj51`
    runs what `py311-dj51` does, the base env's commands for those factors; `tox -e py`
    what a listed Python's env does)."""
    want = set(name.split("-")[1:])
    return max((n for n in tasks if _FACTORED.fullmatch(n) and (want & set(n.split("-"))
                                                              or not want)),
               key=lambda n: (len(want & set(n.split("-"))), -n.count("-")), default=None)
