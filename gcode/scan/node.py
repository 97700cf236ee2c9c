"""JavaScript/TypeScript: package.json scripts labelled by what they run, the package
manager (the `packageManager` field, else the lockfile), workspaces and test runners."""

from __future__ import annotations

import re
from typing import Any

from gcode.scan.files import as_dict, as_list, get
from gcode.scan.make import RELEASE_NAME
from gcode.scan.model import BUILD, FORMAT, INSTALL, LINT, TEST, Fact
from gcode.scan.project import Project
from gcode.scan.runners import SIDE_TASK

LOCKS = (("pnpm-lock.yaml", "pnpm"), ("yarn.lock", "yarn"), ("bun.lockb", "bun"),
         ("bun.lock", "bun"), ("package-lock.json", "npm"), ("npm-shrinkwrap.json", "npm"))
RUNNERS = (("vitest", "vitest run"), ("jest", "jest"), ("mocha", "mocha"), ("ava", "ava"))
_LIFECYCLE = frozenset({"prepare", "prepublish", "prepublishOnly", "postinstall", "preinstall",
                        "install", "postpack", "prepack", "version", "postversion",
                        "preversion", "start", "dev", "serve", "watch", "preview"})
# scripts named for git hooks (husky before v1 ran `precommit`, `commitmsg`, `prepush`):
# they run on a developer's commit or push, not in CI
_GIT_HOOKS = frozenset({"precommit", "commitmsg", "prepush", "postmerge", "postcheckout",
                        "postrewrite", "prerebase", "pre-commit", "commit-msg", "pre-push"})
MAX_SCRIPTS = 10
_KINDS = (TEST, LINT, FORMAT, BUILD, INSTALL)


def package_manager(p: Project) -> tuple[str, str]:
    """(manager, the file that says so); the lockfile may sit at the repository root."""
    pkg = p.repo.json(p.rel("package.json"))
    field = pkg.get("packageManager")
    if isinstance(field, str) and re.match(r"^(npm|pnpm|yarn|bun)@", field):
        return field.split("@")[0], p.repo.cite(p.rel("package.json"), '"packageManager"')
    for cwd in dict.fromkeys((p.cwd, "")):
        for lock, manager in LOCKS:
            if p.repo.isfile(f"{cwd}/{lock}" if cwd else lock):
                return manager, f"{cwd}/{lock}" if cwd else lock
    # no lockfile (not committed): the manager CI installs and runs the scripts with there
    ci = [m for m in ("bun", "pnpm", "yarn") if (p.cwd, m) in p.facts.ci_programs]
    return (ci[0] if len(ci) == 1 else "npm"), p.rel("package.json")


_CONTENT = ("scripts", "dependencies", "devDependencies", "peerDependencies",
            "optionalDependencies", "workspaces", "packageManager", "bin", "exports")


def _stub(p: Project, pkg: dict[str, Any]) -> bool:
    """A package.json of metadata alone (name, version, license: a release tool's version
    record, a vendored suite's label), with nothing to install or run and no lockfile:
    no Node project, so no package manager to set up."""
    return not any(pkg.get(k) for k in _CONTENT) and not any(
        p.has(lock) for lock, _ in LOCKS)


def run_command(manager: str, script: str) -> str:
    if script == "test" and manager != "bun":
        return f"{manager} test"
    if manager == "yarn":
        return f"yarn {script}"
    return f"{manager} run {script}"


def scan_node(p: Project) -> None:
    if not p.has("package.json"):
        return
    rel = p.rel("package.json")
    pkg = p.repo.json(rel)
    if _stub(p, pkg):
        return
    manager, source = package_manager(p)
    p.env(manager, f"JavaScript dependencies: `{manager} install` (package manager "
          f"{manager}, from {source})", [source.split(":")[0]], source)
    for name in (".nvmrc", ".node-version"):
        if p.has(name):
            version = (p.repo.read(p.rel(name)) or "").strip()[:20]
            p.facts.add(Fact(f"{p.cwd}:env:node-version" if p.cwd else "env:node-version",
                             "env", f"Node {version}: run `nvm use` ({name})", [p.rel(name)],
                             None, p.rel(name), p.cwd))
            break
    scripts = as_dict(pkg.get("scripts"))
    emitted: dict[str, int] = {}
    # the conventional entry points first: many other scripts must not crowd out `test`;
    # and each kind has its own share (a dozen test variants leave room for the linters)
    order = sorted(scripts.items(), key=lambda kv: kv[0] not in ("test", "build", "lint"))
    for name, body in order:
        room = tuple(k for k in _KINDS if emitted.get(k, 0) < MAX_SCRIPTS // 2)
        if sum(emitted.values()) >= MAX_SCRIPTS or not room:
            break
        if not isinstance(body, str) or name in _LIFECYCLE | _GIT_HOOKS or \
                RELEASE_NAME.search(name) or \
                SIDE_TASK.search(name) or re.search(r"\s--watch\b|^vitest$", body) or \
                re.match(r"^(pre|post)", name) and name[3:] in scripts or \
                name.startswith("post") and name[4:] in scripts or _alias(p, name, scripts) \
                or _analyzes(name, scripts) or _building_block(name, scripts) or \
                name == "test" and _fans_out_where_ci_tests_packages(p, body) or \
                name != "test" and "test" in scripts and _HTML_REPORT.search(body):
            continue
        command = run_command(manager, name)
        kinds = p.kinds(command)
        if kinds == {LINT: [command]}:
            continue  # a lint script running a CLI we can't read: offered when CI runs it
        label = p.command(f"npm:{name}", command, p.repo.cite(rel, f'"{name}"'), [rel],
                          kinds=kinds, only=room)
        if label:
            emitted[label] = emitted.get(label, 0) + 1
    if not p.facts.count(p.cwd, "test_command"):
        _runner(p, pkg, manager)
    _workspaces(p, pkg)


# `c8 --reporter html borp`, `nyc --reporter=html mocha`: the tests again, for a coverage page
# to open in a browser; beside a `test` script, a report for people, not a check
_HTML_REPORT = re.compile(r"^(c8|nyc)\s(.*\s)?(--reporter[= ]|-r\s+)html\b")


# `BUNDLE_ANALYZER=on webpack`, `ANALYZE=true next build`: a build to inspect the bundle
_ANALYZE = re.compile(r"\b\w*ANALY[SZ]E\w*=(1|on|true|yes)\b", re.I)


_CALLED = re.compile(r"(?:^|[\s;&|])(?:npm|pnpm|yarn|bun)\s+(?:run\s+)?([\w:.-]+)")


def _analyzes(name: str, scripts: dict[str, Any]) -> bool:
    """A script that builds to inspect the bundle (`ANALYZE=true next build`), itself or
    through the scripts it runs (`analyze: npm run analyze:dev`, which is `cd dev_mode &&
    npm run build --analyze`): bundle analysis, not the project's build."""
    seen, level = {name}, [name]  # each script read once: `npm run a` 60,000 times in one
    for _ in range(4):  # script, or scripts all calling each other, fanned out for minutes
        after: list[str] = []
        for script in level:
            body = scripts.get(script)
            if not isinstance(body, str):
                continue
            if _ANALYZE.search(body) or re.search(r"\s--analy[sz]e\b", body):
                return True
            for called in _CALLED.findall(body):
                if called not in seen:
                    seen.add(called)
                    after.append(called)
        level = after
    return False


def _building_block(name: str, scripts: dict[str, Any]) -> bool:
    """A script two or more others call with options of their own (`lint:base` is
    `eslint --config x`; `lint` and `lint:fix` run `pnpm run lint:base --ext .js ./client`):
    a part, not a task. One caller adding a flag (`lint:fix`: `pnpm run lint --fix`) is a
    variant of the task."""
    if name in ("build", "lint") or re.search(r"(^|[-_:])(test|e2e)", name):
        return False  # a test script others wrap (in docker, in watch mode) still tests
    call = re.compile(r"(^|[\s;&|])(npm|pnpm|yarn|bun)\s+(run\s+)?" + re.escape(name) +
                      r"\s+-")
    return sum(1 for n, b in scripts.items()
               if isinstance(b, str) and n != name and call.search(b)) >= 2


_FAN_OUT = re.compile(r"^(turbo|nx|lerna)\s+(run|run-many)\b|^(pnpm|yarn|npm)\s+(-r|--recursive|"
                      r"workspaces\s+(foreach|run)|run\s+\S+\s+--workspaces)\b")
_PER_PACKAGE = re.compile(r"^(pnpm|yarn|npm|bun)\b.*?\s(--filter[= ]|-F\s|workspace\s|-w\s|"
                          r"--workspace[= ])")


def _fans_out_where_ci_tests_packages(p: Project, body: str) -> bool:
    """The root's `test` runs every package's tests (`turbo run test`), but CI tests
    package by package (`pnpm --filter=worker run test:unit`, commands in the packages'
    directories) and never calls it: those are the ways CI tests, not the fan-out."""
    if p.cwd or not _FAN_OUT.match(body.strip()):
        return False
    ci = [f for f in p.facts.items if f.kind == "test_command" and f.key.split(":", 2)[
        1 if f.cwd else 0] == "ci"]
    return len(ci) >= 2 and all(f.cwd or _PER_PACKAGE.match(f.command or "") for f in ci)


def _alias(p: Project, name: str, scripts: dict[str, Any]) -> bool:
    """A script running exactly what another does (`tc` beside `typecheck`, both `turbo
    run typecheck`): one of them is offered, the one CI calls, else the longer name."""
    body = " ".join(str(scripts[name]).split())
    others = [n for n, b in scripts.items() if n != name and isinstance(b, str)
              and " ".join(b.split()) == body]
    if not others:
        return False
    called = {n for cwd, runner, n in p.facts.ci_calls if cwd == p.cwd and runner == "npm"}
    if name in called:
        return False
    return any(o in called for o in others) or any(
        (len(o), o) > (len(name), name) for o in others)


def scan_deno(p: Project) -> None:
    """A Deno project: deno.json(c) names the tool, its tasks are labelled by what they
    run, like package.json scripts."""
    rel = next((p.rel(n) for n in ("deno.json", "deno.jsonc") if p.has(n)), "")
    if not rel:
        return
    p.env("deno", f"Deno project: `deno install` caches its dependencies ({rel})", [rel], rel)
    emitted = 0
    for name, body in as_dict(p.repo.json(rel).get("tasks")).items():
        command = body if isinstance(body, str) else as_dict(body).get("command")
        if emitted >= MAX_SCRIPTS:
            break
        if not isinstance(command, str) or name in _LIFECYCLE or RELEASE_NAME.search(name) \
                or SIDE_TASK.search(name) or re.search(r"\s--watch\b", command):
            continue
        label = p.command(f"deno:{name}", f"deno task {name}", p.repo.cite(rel, f'"{name}"'),
                          [rel])
        emitted += bool(label)


def _runner(p: Project, pkg: dict[str, Any], manager: str) -> None:
    """No test script: a test runner named in devDependencies or by a config file."""
    deps = {**as_dict(pkg.get("devDependencies")), **as_dict(pkg.get("dependencies"))}
    files = p.repo.files(p.cwd)
    for name, command in RUNNERS:
        config = next((f for f in files if f.startswith((f"{name}.config.", f".{name}rc"))), None)
        if name in deps or config:
            exe = "npx" if manager == "npm" else f"{manager} exec" if manager != "bun" else "bunx"
            src = p.rel(config) if config else p.repo.cite(p.rel("package.json"), f'"{name}"')
            p.config_command(f"test:{name}", TEST, f"{exe} {command}", src,
                             [src.split(":")[0]])
            return
    if manager == "bun" and _BUN_TYPES & deps.keys() and _has_test_files(p):
        p.config_command("test:bun", TEST, "bun test", p.repo.cite(
            p.rel("package.json"), f'"{min(_BUN_TYPES & deps.keys())}"'), [p.rel("package.json")])


# bun's own test runner: typed by these packages, run as `bun test` with no script
_BUN_TYPES = frozenset({"@types/bun", "bun-types"})
_TEST_FILE = re.compile(r"\.(test|spec)\.[cm]?[jt]sx?$")


def _has_test_files(p: Project) -> bool:
    """Test files (`x.test.ts`) beside package.json or in its test/src directories."""
    where = [p.cwd] + [p.rel(d) for d in ("test", "tests", "__tests__", "src")
                         if p.repo.isdir(p.rel(d))]
    return any(_TEST_FILE.search(f) for d in where for f in p.repo.files(d))


def workspace_globs(p: Project) -> tuple[list[str], str]:
    pkg = p.repo.json(p.rel("package.json")) if p.has("package.json") else {}
    spaces = pkg.get("workspaces")
    globs = as_list(get(spaces, "packages") if isinstance(spaces, dict) else spaces)
    source = p.rel("package.json")
    if not globs and p.has("pnpm-workspace.yaml"):
        source = p.rel("pnpm-workspace.yaml")
        globs = as_list(get(p.repo.yaml(source), "packages"))
    return [g for g in globs if isinstance(g, str) and not g.startswith("!")], source


def _workspaces(p: Project, pkg: dict[str, Any]) -> None:
    globs, source = workspace_globs(p)
    if globs:
        shown = ", ".join(f"`{g}`" for g in globs[:6])
        p.facts.add(Fact(f"{p.cwd}:layout:workspaces" if p.cwd else "layout:workspaces",
                         "layout", f"JavaScript workspace packages: {shown} ({source})",
                         [source], None, source, p.cwd))
