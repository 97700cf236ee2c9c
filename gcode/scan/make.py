"""Makefile, justfile and Taskfile: their targets and the commands each one runs.

A target is worth what its recipe runs, prerequisites included (`make all` that runs
lint and the tests is a test command, not a build), so the parsers keep recipes whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from gcode.scan.files import as_dict, as_list

MAKEFILES = ("GNUmakefile", "makefile", "Makefile")
JUSTFILES = ("justfile", "Justfile", ".justfile")
TASKFILES = ("Taskfile.yml", "Taskfile.yaml", "taskfile.yml", "taskfile.yaml")
# Recipes that ship something: never offered as build or test commands.
RELEASE = re.compile(r"\b(twine upload|npm publish|pnpm publish|yarn publish|cargo publish|"
                     r"uv publish|poetry publish|hatch publish|flit publish|"
                     r"gh release(?!\s+(?:list|view|download)\b)|"  # reading releases: no release
                     r"docker push|git push|git tag|changeset publish|"
                     r"goreleaser(?!\s+(?:build|check)\b)(?![^\n]*--snapshot)|"
                     r"semantic-release|maturin publish|pypi(?![.\w])|release-it)\b|"
                     r"[\s,]--push\b|\b\w*_PUSH=(true|1|yes)\b")  # `docker buildx build --push`
# (`pypi` is a release word, not a host: `pip install --index-url https://pypi.example.org`)
RELEASE_NAME = re.compile(r"(^|[-_:])(release|publish|deploy|upload|tag|bump|version)($|[-_:])")


@dataclass
class Task:
    name: str
    lines: list[str] = field(default_factory=list)  # shell lines, prerequisites as `make x`
    line: int = 0  # where it is defined (1-based)
    file: str = ""  # the included file it is defined in, when not the task file itself
    needs_args: bool = False  # a just recipe with a parameter that has no default
    called: str = ""  # the name it is defined with, when a `%: common-%` rule forwards to it
    shadowed: bool = False  # reachable only by that name: the Makefile's own target wins
    instance: bool = False  # one of the names a variable lists (`$(TARGETS):`), one recipe
    documented: bool = False  # its rule line ends in a `## help text` comment
    factored: list[str] = field(default_factory=list)  # tox's [testenv] lines, conditions kept

    @property
    def releases(self) -> bool:
        return bool(RELEASE_NAME.search(self.name) or any(RELEASE.search(x) for x in self.lines))


_VAR = re.compile(r"^(?:export\s+|override\s+)?([A-Za-z_][A-Za-z0-9_.]*)\s*(::?=|\?=|\+=|=|!=)"
                  r"\s*(.*)$")
_RULE = re.compile(r"^([^\s:=#][^:=#]*?)\s*::?(?![=])\s*(.*)$")
_DIRECTIVE = re.compile(r"^\s*(ifeq|ifneq|ifdef|ifndef|else|endif|include|-include|sinclude|"
                        r"define|endef|undefine|export|unexport|vpath)\b")
_SPECIAL = frozenset({"PHONY", "SUFFIXES", "PRECIOUS", "INTERMEDIATE", "SECONDARY",
                      "SECONDEXPANSION", "DELETE_ON_ERROR", "NOTPARALLEL", "ONESHELL",
                      "EXPORT_ALL_VARIABLES", "NOTINTERMEDIATE"})
_REF = re.compile(r"\$[({]([A-Za-z_][A-Za-z0-9_.]*)[)}]")
# `UV := $(shell command -v uv 2> /dev/null)`: the program found on PATH, by its name
_LOOKUP = re.compile(r"^\$\(shell\s+(?:command\s+-v|which|type\s+-p)\s+([\w.+-]+)[^()]*\)$")
# `binary: $(TARGET)-native ## Build a release binary`: the text a `make help` prints
_HELP = re.compile(r"\s##+\s*\w")
# `golangci-lint-fix: ARGS=--fix`: a target-specific variable, not a prerequisite
_TARGET_VAR = re.compile(r"^\s*(?:export\s+|override\s+|private\s+)*[A-Za-z_][A-Za-z0-9_.]*\s*"
                         r"(?:::?=|\?=|\+=|!=|=)")


def _expand(text: str, variables: dict[str, str]) -> str:
    """Variable references filled in, a few levels deep; a variable defined from itself
    (`X := $(or $(X), default)`: the environment's value first) is filled in once."""
    def value(m: re.Match[str]) -> str:
        name = m.group(1)
        if name in ("MAKE", "MAKEFLAGS") or name not in variables:
            return m.group(0)
        return _REF.sub(lambda r: f"\0{name}\0" if r.group(1) == name else r.group(0),
                        variables[name])  # marked, to be left as it is from here on
    for _ in range(5):
        new = _REF.sub(value, text)
        if new == text:
            break
        text = new
    return re.sub(r"\0([^\0]+)\0", r"$(\1)", text)


def _unresolved(text: str) -> str:
    """Each reference left unexpanded (`$(shell go env GOOS)`) as one `$` word, so that
    its inner words are not taken for target names."""
    for _ in range(5):
        new = re.sub(r"\$[({][^(){}]*[)}]", "$", text)
        if new == text:
            break
        text = new
    return text


# `$(firstword $(subst :, ,$(shell go env GOPATH)))/bin/promu`: an unresolved directory in
# front of a program, one word, so that the program's name is what is read
# (a make function, `$(word ...)`; a variable left unset may be the including file's)
_PATH_REF = re.compile(r"\$\([a-z]+\s(?:[^()]|\((?:[^()]|\([^()]*\))*\))*\)(?=/)")


def parse_makefile(text: str, variables: dict[str, str] | None = None) -> tuple[
        dict[str, Task], str]:
    """Targets (name -> Task) and the default goal. `variables`, when given, holds those
    of the files included before (`GOTESTSUM` set in Tools.mk) and receives this file's."""
    variables = {} if variables is None else variables
    tasks: dict[str, Task] = {}
    current: list[Task] = []
    default = ""
    lines = text.replace("\\\n", " ").splitlines()
    in_define = False
    forward: list[str] = []  # `%: common-% ;`: `make vet` runs `common-vet`
    files: dict[str, list[str]] = {}  # prerequisites that are paths (`all: dist/app.js`)
    # a file target named through variables (`$(BINDIR)/$(BINNAME): $(SRC)` that `build`
    # depends on): kept under its spelling, matched to prerequisites spelt the same
    named: list[tuple[str, Task]] = []
    named_needs: dict[str, list[str]] = {}
    for number, raw in enumerate(lines, 1):
        if raw.startswith("\t"):
            recipe = raw.strip().lstrip("@-+").strip()
            if recipe and not recipe.startswith("#"):
                for task in current:
                    task.lines.append(recipe)
            continue
        line = raw.split("#", 1)[0].rstrip() if "#" in raw and "\\#" not in raw else raw.rstrip()
        if in_define:
            in_define = not line.startswith("endef")
            continue
        if line.startswith("define "):
            in_define = True
            continue
        if not line.strip() or _DIRECTIVE.match(line) and not _VAR.match(line.strip()):
            continue
        var = _VAR.match(line.strip())
        if var and not _RULE.match(line) or var and var.group(2) in (":=", "::=", "?=", "!="):
            name, op, value = var.groups()
            found = _LOOKUP.match(value.strip())
            value = found.group(1) if found else value
            if name == ".DEFAULT_GOAL":
                default = value.strip()
            elif op == "+=":
                variables[name] = (variables.get(name, "") + " " + value).strip()
            elif op != "?=" or name not in variables:
                variables[name] = value.strip()
            continue
        rule = _RULE.match(line)
        if not rule:
            current = []
            continue
        names = [n for n in _unresolved(_expand(rule.group(1), variables)).split()
                 if "%" not in n and "$" not in n]
        if _TARGET_VAR.match(rule.group(2)):
            current = []  # `target: VAR=value` sets a variable for that target's recipe
            continue
        prereqs, _, inline = rule.group(2).partition(";")
        prereqs = _unresolved(_expand(prereqs.split("|")[0], variables))
        forwards = re.fullmatch(r"\s*[\w.-]+%\s*", prereqs)
        if rule.group(1).strip() == "%" and forwards:
            forward.append(prereqs.strip()[:-1])
        current = []
        if rule.group(1).strip() == "%" and not forwards:
            current = [tasks.setdefault("%", Task("%", line=number))]  # `%:` a catch-all
        spelt = rule.group(1).strip()
        if "$" in spelt and "%" not in spelt and len(spelt.split()) == 1 and "/" in spelt:
            current = [Task(spelt, line=number)]
            named.append((spelt, current[0]))
        for name in names:
            if name.startswith(".") and name != ".DEFAULT" or name in _SPECIAL:
                continue  # `PHONY: build run`, a special target missing its dot: no task
            task = tasks.setdefault(name, Task(name, line=number))
            task.instance = "$" in rule.group(1) and len(names) > 1
            task.documented = task.documented or bool(_HELP.search(raw))
            task.lines.extend(f"make {p}" for p in prereqs.split()
                              if "%" not in p and "$" not in p and "/" not in p
                              and not p.endswith((".txt", ".in", ".lock", ".toml", ".py")))
            files.setdefault(name, []).extend(
                p for p in prereqs.split() if "/" in p and "%" not in p and "$" not in p)
            named_needs.setdefault(name, []).extend(
                p for p in rule.group(2).partition(";")[0].split() if "$" in p and "/" in p)
            if inline.strip():
                task.lines.append(inline.strip())
            current.append(task)
            default = default or name
    for name, paths in files.items():  # a path that is a target of its own is built here
        tasks[name].lines[:0] = [f"make {p}" for p in dict.fromkeys(paths) if p in tasks
                                 and p != name]

    def final(x: str) -> str:
        return _PATH_REF.sub("", _expand(x, variables)).replace("$$", "$")

    for task in tasks.values():
        task.lines = [final(x) for x in task.lines]
    for spelt, task in named:
        task.lines = [final(x) for x in task.lines]
        tasks.setdefault(final(spelt), task)
    for name, needs in named_needs.items():
        tasks[name].lines[:0] = [f"make {final(p)}" for p in dict.fromkeys(needs)
                                 if final(p) in tasks and final(p) != name]
    for prefix in forward:
        for name in [n for n in tasks if n.startswith(prefix) and len(n) > len(prefix)]:
            short = name[len(prefix):]
            if short not in tasks:
                tasks[short] = tasks.pop(name)
                tasks[short].called, tasks[short].name = name, short
    return tasks, default


_INCLUDE = re.compile(r"^(?:-|s)?include\s+([^$]+?)\s*$", re.M)


def make_includes(text: str) -> list[str]:
    """Files a Makefile includes by a literal path (`include ./common.mk`)."""
    return [p for m in _INCLUDE.finditer(text) for p in m.group(1).split()]


_JUST_RECIPE = re.compile(r"^@?([A-Za-z_][\w-]*)((?:\s+[^:]+?)?)\s*:(?!=)\s*(.*)$")
_JUST_DEP = re.compile(r"\(\s*([A-Za-z_][\w-]*)[^)]*\)|(?<![\w'\"-])([A-Za-z_][\w-]*)")
_JUST_PARAM = re.compile(r"([+*$]*)[A-Za-z_][\w-]*(\s*=\s*(?:\"[^\"]*\"|'[^']*'|\([^)]*\)|\S+))?")
_JUST_VAR = re.compile(r"^(?:export\s+)?([A-Za-z_][\w-]*)\s*:=\s*(.*)$")


def parse_justfile(text: str) -> tuple[dict[str, Task], str]:
    variables: dict[str, str] = {}
    tasks: dict[str, Task] = {}
    current: Task | None = None
    default = ""
    for number, raw in enumerate(text.splitlines(), 1):
        if raw[:1] in (" ", "\t") and current is not None:
            body = raw.strip().lstrip("@-").strip()
            if body and not body.startswith("#"):
                current.lines.append(body)
            continue
        line = raw.strip()
        if not line:  # a blank line inside a recipe (a shebang body's paragraphs) goes on
            continue
        current = None
        if line.startswith(("#", "[", "set ", "import ", "mod ", "alias ")):
            continue
        var = _JUST_VAR.match(line)
        if var:
            variables[var.group(1)] = var.group(2).strip().strip("'\"")
            continue
        recipe = _JUST_RECIPE.match(line)
        if recipe:
            name, params, deps = recipe.groups()
            current = tasks.setdefault(name, Task(name, line=number))
            current.needs_args = any(not default and "*" not in sigil for sigil, default
                                     in _JUST_PARAM.findall(params or ""))
            deps = re.split(r"(?:^|\s)#", deps, maxsplit=1)[0]  # `docs: html ## comment`
            for called, plain in _JUST_DEP.findall(deps):  # `a (b 'arg') && c`
                current.lines.append(f"just {called or plain}")
            default = default or name
    for task in tasks.values():
        task.lines = [re.sub(r"\{\{\s*([\w-]+)\s*\}\}",
                             lambda m: variables.get(m.group(1), m.group(0)), x)
                      for x in task.lines if not x.startswith("#!")]
    return tasks, default


# Fields of a task: one found among the tasks is a mis-indented field, not a task.
_TASK_FIELDS = frozenset({"cmds", "cmd", "deps", "desc", "summary", "vars", "env", "dir",
                          "sources", "generates", "status", "preconditions", "silent",
                          "method", "run", "label", "prompt", "requires", "aliases"})


def parse_taskfile(data: Any) -> tuple[dict[str, Task], str]:
    tasks: dict[str, Task] = {}
    for name, spec in as_dict(as_dict(data).get("tasks")).items():
        if name in _TASK_FIELDS:
            continue
        task = Task(str(name))
        if isinstance(spec, str):
            spec = {"cmds": [spec]}
        elif isinstance(spec, list):
            spec = {"cmds": spec}
        spec = as_dict(spec)
        for dep in as_list(spec.get("deps")):
            dep_name = dep.get("task") if isinstance(dep, dict) else dep
            if isinstance(dep_name, str):
                task.lines.append(f"task {dep_name}")
        where = spec.get("dir")  # the task's commands run there (`dir: frontend`)
        cd = f"cd {where} && " if isinstance(where, str) and re.fullmatch(
            r"[\w.-]+(/[\w.-]+)*", where) and where != "." else ""
        for cmd in as_list(spec.get("cmds")) + as_list(spec.get("cmd")):
            if isinstance(cmd, str):
                task.lines.append(cd + cmd)
            elif isinstance(cmd, dict) and isinstance(cmd.get("cmd"), str):
                task.lines.append(cd + cmd["cmd"])
            elif isinstance(cmd, dict) and isinstance(cmd.get("task"), str):
                task.lines.append(f"task {cmd['task']}")
        tasks[task.name] = task
    variables = {str(k): str(v) for k, v in as_dict(as_dict(data).get("vars")).items()
                 if isinstance(v, (str, int)) and "\n" not in str(v).strip()}  # one line:
    # `GOLANGCI_LINT: "{{ .TOOL_DIR }}/golangci-lint"` (not a list to range over)
    for task in tasks.values():
        for _ in range(3):  # `{{ .GOLANGCI_LINT }} run`: the top-level variable's value
            task.lines = [_TASK_VAR.sub(lambda m: variables.get(m.group(1), m.group(0)), x)
                          for x in task.lines]
    return tasks, "default" if "default" in tasks else ""


_TASK_VAR = re.compile(r"\{\{\s*\.([A-Za-z_]\w*)\s*\}\}")
