"""Where the code lives: source roots per language (src/ or flat Python packages, Rust
crates, a Go package at the root, JS code in source/ or lib/, workspace packages) and
where the tests live. A test directory is never a source root."""

from __future__ import annotations

import posixpath
import re
from typing import Any

from gcode.scan.files import (SKIP_DIRS, Repo, as_dict, as_list, get, join, workspace_dirs,
                              workspace_patterns)
from gcode.scan.codedirs import CODE, TESTING_MODULE, has_code, jvm_code, skipped
from gcode.scan.go import work_modules
from gcode.scan.gotests import nested_go_tests
from gcode.scan.model import Fact
from gcode.scan.rust import default_members, members

TEST_DIR = re.compile(r"^(t|_?tests?|Tests?|testing|spec|specs|__tests?__|e2e|"
                      r"e2e[-_][\w-]+|[\w-]+[-_]e2e|"
                      r"integration([-_]?tests?)?|"
                      r"(py|unit|func|functional|acceptance|smoke|system)[-_]?tests?|"
                      r"tests?[-_][\w-]+|[\w-]+[-_]tests?|testdata|fixtures|playwright|cypress)$")
# A documentation site beside the code (`docs-site/`, `dev-docs/`): not the project's code.
DOCS_PART = re.compile(r"(^|[-_.])(docs?|documentation|website)([-_.]|$)", re.I)
_NOT_SOURCE = frozenset({"docs", "doc", "examples", "example", "benches", "benchmarks", "benchmark",
                         "bench", "scripts", "script", "tools", "ci", "assets", "static",
                         "site", "website", "media", "images", "changelog.d", "changes",
                         "news", "www", "requirements", "licenses", "artwork", "release", "contrib",
                         "fuzz", "typings", "stubs", "resources", "data", "public", "misc",
                         "etc", "hack", "extra", "extras", "playground", "playgrounds",
                         "demo", "demos", "samples", "sample", "templates"})
# Workspace members there are apps that try the packages out (integrations/react-vite)
_APPS = frozenset({"integrations", "e2e-apps", "test-apps", "fixtures-apps"})
# named for benchmarks or examples: `foo-bench`, `foo_examples`, `example-plugin`, `demo_app`
BENCH = re.compile(r"[-_](bench|benches|benchmarks?|examples?|fuzz)$|"
                   r"^(examples?|demos?|samples?)[-_]")
# (Sources/: SwiftPM's; Source/: a Swift or Unreal project's)
_GENERIC = ("src", "lib", "source", "app", "cmd", "internal", "pkg", "packages", "crates",
            "libs", "modules", "apps", "Sources", "Source")
_CONTAINERS = frozenset({"packages", "crates", "libs", "modules", "apps", "plugins"})
_TEST_NAMES = ("tests", "test", "_tests", "__tests__", "__test__")
MAX_MEMBERS = 40


def _collapse(paths: list[str], cwd: str) -> list[str]:
    """Members sharing a parent directory (`default-plugins/*`) shown as that directory."""
    parents: dict[str, int] = {}
    for m in paths:
        parent = m.rpartition("/")[0]
        parents[parent] = parents.get(parent, 0) + 1
    out: list[str] = []
    for m in paths:
        parent = m.rpartition("/")[0]
        out.append(parent if parent and parent != cwd and parents[parent] >= 3 else m)
    return sorted(dict.fromkeys(out), key=lambda m: m.count("/"))


_SHELL_TEST = re.compile(r"^test[-_][\w-]+(\.(sh|bash))?$|\.bats$|[-_]tests?\.(sh|bash)$")


def _shell_tests(repo: Repo, rel: str) -> bool:
    """Tests written as shell scripts (`tests/test_deprecated_options`, `*.bats`)."""
    return any(_SHELL_TEST.search(f) for f in repo.files(rel))


def _go_package(repo: Repo, rel: str, depth: int = 2) -> bool:
    """Whether a directory holds Go code of its own (tests aside), or a package below."""
    dirs, files = repo.listing(rel)
    if any(f.endswith(".go") and not f.endswith("_test.go") for f in files):
        return True
    return depth > 0 and any(_go_package(repo, f"{rel}/{d}", depth - 1) for d in dirs[:30]
                             if not d.startswith((".", "_")) and d not in SKIP_DIRS
                             and d != "testdata" and not repo.isfile(f"{rel}/{d}/go.mod"))


def is_test_dir(name: str) -> bool:
    return bool(TEST_DIR.match(name) or _DOTNET_TESTS.match(name)) and \
        not _GENERATOR.search(name)


# `test-gen/`, `tests_generator/`: a program that writes tests (or their data), not tests
_GENERATOR = re.compile(r"^tests?[-_](gen|generator|codegen)$")
# .NET's test projects (`src/Polly.Core.Tests/`, `X.UnitTests`), beside the code they test
_DOTNET_TESTS = re.compile(r"^\w[\w.]*\.(Unit|Integration|Functional|Acceptance)?(Tests?|Specs)$")


def _rust_extensions(repo: Repo, cwd: str, py: dict[str, Any]) -> list[str]:
    """The Rust crates a Python package compiles in (`[[tool.setuptools-rust.ext-modules]]
    path = "src/_bcrypt/Cargo.toml"`, maturin's `manifest-path`): their code is the
    project's too."""
    paths = [get(m, "path") for m in as_list(get(py, "tool", "setuptools-rust", "ext-modules"))]
    paths.append(get(py, "tool", "maturin", "manifest-path"))
    out = []
    for path in paths:
        if isinstance(path, str) and path.endswith("Cargo.toml") and "/" in path.strip("./"):
            crate = join(cwd, posixpath.dirname(path.removeprefix("./")))
            if repo.isfile(f"{crate}/Cargo.toml") and not crate.startswith(".."):
                out.append(f"{crate}/src" if repo.isdir(f"{crate}/src") else crate)
    return out


def _test_library(repo: Repo, member: str, part: str) -> bool:
    """A workspace crate named for tests (`futures-test`, `actix-http-test`,
    `wasm-bindgen-test-macro` in test-macro/) that is a library the project publishes
    (described for crates.io), its test utilities for users: code, not a test dir."""
    package = repo.toml(f"{member}/Cargo.toml").get("package")
    return member.endswith(part) and bool(re.fullmatch(r"[\w-]+[-_]tests?|tests?[-_][\w-]+",
                                                       part)) and \
        repo.isfile(f"{member}/src/lib.rs") and isinstance(package, dict) and \
        package.get("publish") is not False and bool(package.get("description"))


def source_roots(repo: Repo, cwd: str) -> list[str]:
    dirs, files = repo.listing(cwd)
    roots: list[str] = []
    go_files = [f for f in files if f.endswith(".go") and not f.endswith("_test.go")
                and f not in ("doc.go", "magefile.go")]  # docs, tasks: no package code
    if go_files:
        roots.append(cwd or ".")
    if repo.isfile(join(cwd, "go.mod")) and (not go_files or "main.go" in go_files):
        # no code at the root, or only a command's main.go: the packages below it
        roots += [join(cwd, d) for d in dirs if not d.startswith((".", "_")) and d not in
                  SKIP_DIRS and not is_test_dir(d) and d not in _NOT_SOURCE and d not in
                  _GENERIC and not repo.isfile(join(cwd, f"{d}/go.mod"))
                  and _go_package(repo, join(cwd, d))][:MAX_MEMBERS]
    py = repo.toml(join(cwd, "pyproject.toml"))
    python_source = get(py, "tool", "maturin", "python-source")
    if isinstance(python_source, str) and repo.isdir(join(cwd, python_source)):
        module = get(py, "tool", "maturin", "module-name")  # `pkg._native`: pkg is the package
        package = module.split(".")[0] if isinstance(module, str) and "." in module else None
        roots += [join(cwd, f"{python_source}/{d}") for d in repo.dirs(join(cwd, python_source))
                  if d == package or repo.isfile(join(cwd, f"{python_source}/{d}/__init__.py"))]
    roots += _rust_extensions(repo, cwd, py)
    roots += _cargo_target_dirs(repo, cwd, ("lib", "bin"), "src")
    src_layout = "src" in dirs and any(repo.isfile(f"{join(cwd, 'src')}/{d}/__init__.py")
                                       for d in repo.dirs(join(cwd, "src")))
    jvm = jvm_code(repo, cwd)  # Maven's (Gradle's) src/main/java, tested in src/test
    if jvm:
        roots.append(jvm)
    for d in dirs:
        rel = join(cwd, d)
        if d.startswith((".", "_")) or skipped(repo, cwd, d) or is_test_dir(d) or \
                d in _NOT_SOURCE or tries_parent(repo, rel) or jvm and d == "src":
            continue
        if repo.isfile(f"{rel}/__init__.py") and DOCS_PART.search(d):
            continue  # docs_src/: the documentation's examples, importable but not the code
        if test_suite(repo, rel):
            continue
        if repo.isfile(f"{rel}/__init__.py"):
            if not src_layout:  # beside src/ packages: test helpers and tooling
                roots.append(rel)
        elif d == "src" and has_code(repo, rel):
            pkgs = [f"{rel}/{p}" for p in repo.dirs(rel) if repo.isfile(f"{rel}/{p}/__init__.py")]
            roots += pkgs if pkgs and not repo.isfile(join(cwd, "Cargo.toml")) else [rel]
        elif d == "pkg" and not (repo.isfile(join(cwd, "go.mod")) and has_code(repo, rel)):
            continue  # packaging recipes, not code
        elif d in ("server", "backend") and has_code(repo, rel):
            roots.append(rel)  # an app's server beside its web front end (src/)
        elif d in ("client", "frontend") and has_code(repo, rel):
            # a web front end beside the backend: its code in src/, its tests beside that
            roots.append(f"{rel}/src" if repo.isdir(f"{rel}/src") else rel)
        elif d in _GENERIC and has_code(repo, rel):
            roots.append(rel)
        elif d == "include" and repo.isfile(join(cwd, "CMakeLists.txt")) and has_code(repo, rel):
            roots.append(rel)  # a CMake project's public headers, beside its src/
        elif jvm_code(repo, rel) and not TESTING_MODULE.search(d):
            roots.append(jvm_code(repo, rel))  # java/pom.xml: Maven's (Gradle's) src/main
        elif repo.isfile(f"{rel}/manage.py") and not src_layout:
            roots.append(rel)  # a Django project's directory of apps (netbox/manage.py)
    roots += [d for d in _declared_packages(repo, cwd, py)  # (netbox/account: in netbox/)
              if not any(d == r or d.startswith(r + "/") for r in roots)]
    if not cwd and repo.isfile("go.work"):  # go.work modules (providers/*) beside the root's
        mods = [m for m in work_modules(repo.read("go.work") or "") if m != "." and not any(
                is_test_dir(p) or p in _NOT_SOURCE or p.startswith((".", "_")) or BENCH.search(p)
                for p in m.split("/")) and not any(m.startswith(r + "/") for r in roots
                                                   if r != ".") and _go_package(repo, m)]
        roots += _collapse(mods, cwd)[:MAX_MEMBERS]
    crates = [m for m in members(repo, cwd) if not any(
              is_test_dir(part) and not _test_library(repo, m, part) or part in _NOT_SOURCE
              or BENCH.search(part) for part in m.split("/"))
              and not any(m.startswith(r + "/") or m == r for r in roots)]
    first = default_members(repo, cwd)  # the crates `cargo build` builds: the program's own
    crates.sort(key=lambda m: m not in first)  # first, when the list is cut short
    roots += _collapse(crates, cwd)
    for m in workspace_dirs(repo, cwd):  # an explicit package beside packages/* (frontend/)
        if any(m.startswith(r + "/") or m == r for r in roots) or any(
                is_test_dir(part) or part in _NOT_SOURCE or part in _APPS
                or part.startswith(".") for part in m.split("/")):
            continue  # (`.agents/skills/x`, a hidden dir's package: the repo's tooling)
        roots.append(f"{m}/src" if repo.isdir(f"{m}/src") else m)
    pkg = repo.json(join(cwd, "package.json"))
    for entry in (pkg.get("main"), pkg.get("module"),
                  *as_list(get(pkg, "exports", ".")), pkg.get("bin")):
        if isinstance(entry, dict):
            entry = next((v for v in entry.values() if isinstance(v, str)
                          and not v.endswith(".d.ts")), None)
        if isinstance(entry, str) and "/" in entry.strip("./") and not entry.endswith(".d.ts"):
            top = entry.strip("./").split("/", 1)[0]
            if top not in ("dist", "build", "out") and not is_test_dir(top) and \
                    repo.isdir(join(cwd, top)):
                roots.append(join(cwd, top))
    roots += _published_dirs(repo, cwd, pkg, roots)
    if _py_modules(repo, cwd):
        roots.append(cwd or ".")  # `py-modules = ["peewee"]`: the code is peewee.py, here
    if not roots and (not cwd or _declares_package(repo, cwd)) and any(
            f.endswith((".js", ".mjs", ".ts", ".py")) and f not in (
            "setup.py", "noxfile.py", "conftest.py", "eslint.config.js", "vite.config.ts")
            and not f.startswith(".") and ".config." not in f for f in files):
        roots.append(cwd or ".")
        if pkg and re.search(r"(^|\n)index\.[cm]?[jt]s\n", "\n".join(files) + "\n"):
            roots += _beside_index(repo, cwd, dirs)  # index.ts + middlewares/: one package
    return list(dict.fromkeys(roots))


def _declared_packages(repo: Repo, cwd: str, py: dict[str, Any]) -> list[str]:
    """The packages a build backend is told to ship (hatch's wheel `packages`, poetry's
    `packages = [{include, from}]`, setuptools' `packages`): code, even a namespace package
    with no __init__.py (beets' `beetsplug/`) that the directory walk does not take."""
    tool = as_dict(py.get("tool"))
    found = [str(d) for d in as_list(get(tool, "hatch", "build", "targets", "wheel",
                                         "packages")) if isinstance(d, str)]
    for entry in as_list(get(tool, "poetry", "packages")):
        include, where = as_dict(entry).get("include"), as_dict(entry).get("from")
        if isinstance(include, str):
            found.append(f"{where}/{include}" if isinstance(where, str) else include)
    names = get(tool, "setuptools", "packages")
    found += [n.split(".", 1)[0] for n in as_list(names) if isinstance(n, str)]
    return [join(cwd, d) for d in dict.fromkeys(d.strip("./") for d in found)
            if d and "*" not in d and not d.startswith("..") and not any(
                is_test_dir(part) for part in d.split("/")) and repo.isdir(join(cwd, d))]


def _cargo_target_dirs(repo: Repo, cwd: str, tables: tuple[str, ...], default: str) -> list[str]:
    """The directories of a crate's targets placed off cargo's defaults (`[lib] path =
    "rust/src/lib.rs"`, `[[test]] path = "rust/tests/api.rs"`): its code (tests) there."""
    manifest = repo.toml(join(cwd, "Cargo.toml")) if repo.isfile(join(cwd, "Cargo.toml")) else {}
    found = []
    for table in tables:
        value = manifest.get(table)
        for target in as_list(value) if isinstance(value, list) else [value]:
            path = as_dict(target).get("path")
            d = path.strip("./").rsplit("/", 1)[0] if isinstance(path, str) and "/" in path \
                else ""
            if d and d != default and not d.startswith(default + "/") and \
                    not d.startswith("..") and repo.isdir(join(cwd, d)):
                found.append(join(cwd, d))
    return list(dict.fromkeys(found))


def _beside_index(repo: Repo, cwd: str, dirs: list[str]) -> list[str]:
    """The code directories beside a JavaScript package's root `index.ts`, which it
    imports from (`middlewares/`): part of the code at the root."""
    return [join(cwd, d) for d in dirs if not d.startswith((".", "_")) and not skipped(
            repo, cwd, d) and not is_test_dir(d) and d not in _NOT_SOURCE and not
            DOCS_PART.search(d) and not BENCH.search(d) and not repo.isfile(
            join(cwd, f"{d}/package.json")) and has_code(repo, join(cwd, d), 1)][:MAX_MEMBERS]


_PY_MODULES = re.compile(r"\bpy_modules\s*=\s*\[([^\]]*)\]")


def _py_modules(repo: Repo, cwd: str) -> bool:
    """Whether the project declares top-level modules (setuptools `py-modules`, setup.py's
    `py_modules=[...]`) that are files here: its code sits in the directory itself."""
    names = as_list(get(repo.toml(join(cwd, "pyproject.toml")), "tool", "setuptools",
                        "py-modules"))
    m = _PY_MODULES.search(repo.read(join(cwd, "setup.py")) or "")
    names += re.findall(r"['\"]([\w.]+)['\"]", m.group(1)) if m else []
    return any(isinstance(n, str) and repo.isfile(join(cwd, f"{n}.py")) for n in names)


def _published_dirs(repo: Repo, cwd: str, pkg: dict[str, object], roots: list[str]) -> list[str]:
    """The directories of code a JavaScript package publishes (`"files": ["index.js",
    "rules", "configs"]`) when none of its source roots is known otherwise, or when it
    publishes every root known (`"files": ["bin", "lib", "plugins"]` beside exports'
    lib/): its code, not a build's output."""
    tops = [e.strip("./").split("/", 1)[0] if isinstance(e, str) else ""
            for e in as_list(pkg.get("files"))]
    if roots and not all(r.rsplit("/", 1)[-1] in tops and r == join(cwd, r.rsplit("/", 1)[-1])
                         for r in roots):
        return []
    out = []
    for top in tops:
        rel = join(cwd, top)
        if top and rel not in roots and \
                top not in ("dist", "build", "out", "types", "typings") and \
                not is_test_dir(top) and not skipped(repo, cwd, top) and repo.isdir(rel) and \
                has_code(repo, rel):
            out.append(rel)
    return out


def _declares_package(repo: Repo, cwd: str) -> bool:
    """Whether a sub-project is a package (a name in its manifest), not a tool's own
    dependency list beside a script (`build-project/pyproject.toml` with only groups)."""
    py = repo.toml(join(cwd, "pyproject.toml"))
    return bool(get(py, "project", "name") or get(py, "tool", "poetry", "name")
                or repo.json(join(cwd, "package.json")).get("name")
                or not repo.isfile(join(cwd, "pyproject.toml")) and not repo.isfile(
                    join(cwd, "package.json")))


_PY_TEST = re.compile(r"(test_.*|.*_tests?|conftest)\.py$")


def test_suite(repo: Repo, rel: str) -> bool:
    """A Python package not named for tests whose modules are all tests (xarray's
    properties/: a conftest.py and test_*.py suites): tests, not source."""
    dirs, files = repo.listing(rel)
    code = [f for f in files if f.endswith(".py") and f != "__init__.py"]
    return "__init__.py" in files and sum(f.startswith("test_") for f in code) >= 2 and \
        all(_PY_TEST.match(f) for f in code) and not any(
            has_code(repo, f"{rel}/{d}", 1) for d in dirs)


def test_dirs(repo: Repo, cwd: str) -> list[str]:
    found = [join(cwd, d) for d in repo.dirs(cwd) if is_test_dir(d) and d not in
             ("testdata", "fixtures") and (has_code(repo, join(cwd, d), 3) or _shell_tests(
                 repo, join(cwd, d))) and not _only_helpers(repo, join(cwd, d))
             and not _test_library(repo, join(cwd, d), d)]
    found += [join(cwd, d) for d in repo.dirs(cwd) if not is_test_dir(d)
              and not d.startswith((".", "_")) and test_suite(repo, join(cwd, d))]
    found += [join(cwd, f"{d}/{p}") for d in repo.dirs(cwd) if not d.startswith(".") and
              not is_test_dir(d) for p in repo.dirs(join(cwd, d)) if _DOTNET_TESTS.search(p)]
    py = repo.toml(join(cwd, "pyproject.toml"))
    paths = get(py, "tool", "pytest", "ini_options", "testpaths") or \
        get(py, "tool", "pytest", "testpaths")
    for path in as_list(paths):
        if not isinstance(path, str) or not path.strip("/"):
            continue
        path = posixpath.normpath(path.strip("/"))  # `./tests/`: tests
        if path.startswith("..") or not repo.isdir(join(cwd, path)):
            continue
        rel = join(cwd, path)
        if repo.isfile(f"{rel}/__init__.py") and not is_test_dir(rel.rsplit("/", 1)[-1]):
            continue  # the package itself (`testpaths = statsmodels`): its tests are inside
        found.append(rel)
    if jvm_code(repo, cwd) and has_code(repo, join(cwd, "src/test"), 6):
        found.append(join(cwd, "src/test"))
    python_source = get(py, "tool", "maturin", "python-source")  # python/python/tests
    if isinstance(python_source, str):
        rel = join(cwd, f"{python_source.strip('/')}/tests")
        if has_code(repo, rel, 1):
            found.append(rel)
    for member in members(repo, cwd):
        if is_test_dir(leaf := member.rsplit("/", 1)[-1]) and not _test_library(
                repo, member, leaf):
            found.append(member)
    for member in default_members(repo, cwd):  # the crate `cargo test` tests by default
        if has_code(repo, f"{member}/tests", 1):
            found.append(f"{member}/tests")
    found += _crate_test_module(repo, cwd)
    found += _cargo_target_dirs(repo, cwd, ("test",), "tests")
    roots = source_roots(repo, cwd)
    for root in roots:  # numba/tests: tests shipped inside the package
        if (root != "." and (repo.isfile(f"{root}/__init__.py") or repo.isfile(
                f"{root}/manage.py")) or root.startswith(join(cwd, "src/"))) and \
                root.rsplit("/", 1)[-1] not in _SETTINGS:  # (a Django site's own tests)
            found += [f"{root}/{d}" for d in ("tests", "test", "_tests", "testsuite") if
                      has_code(repo, f"{root}/{d}", 1)  # trio/_tests: a private test package
                      and not _user_helpers(repo, f"{root}/{d}")]
        if root == join(cwd, "src") and repo.isfile(join(cwd, "package.json")):
            found += [f"{root}/{d}" for d in ("test", "tests") if any(
                _JS_TEST.search(f) for f in repo.files(f"{root}/{d}"))]  # uuid's src/test
        if root != "." and has_code(repo, f"{root}/__tests__", 1):
            found.append(f"{root}/__tests__")  # jest's convention: tests beside the code
    found += [t for m in _package_dirs(repo, cwd, roots) for t in _own_tests(repo, m)
              if not _EXAMPLE.search(f"{m[len(cwd):]}/")]  # an example app's tests are its own
    found += _test_packages(repo, cwd)
    found += nested_go_tests(repo, cwd, is_test_dir)  # internal/tests/integration
    if not cwd and repo.isfile("go.work"):  # `dbtests/`: a test-named module of tests alone
        found += [m for m in work_modules(repo.read("go.work") or "") if "test" in m and any(
            f.endswith("_test.go") for f in repo.files(m)) and not _go_package(repo, m)]
    return [t for t in dict.fromkeys(found) if not _exported(repo, cwd, t)
            and not (t.endswith("/test") and _user_helpers(repo, t))]  # a sub-package's
    # `test/` module of helpers (tortoise/contrib/test, like django/test): no tests


# `examples/`, and an app named as one (`apps/example-express/`, `todo-demo/`)
_EXAMPLE = re.compile(r"(^|/)((examples?|demos?|samples?)([-_][\w.-]+)?|"
                      r"[\w.-]+[-_](examples?|demos?))/")
_JS_TEST = re.compile(r"[.-](test|spec)\.[cm]?[jt]sx?$")


def _test_packages(repo: Repo, cwd: str) -> list[str]:
    """Test-named groups of a JS workspace's packages: `packages/openapi-ts-tests`, no
    package itself, holding the test packages `main/`, `sdks/` that `packages/**/*` takes
    in (a test-named package, `packages/test-utils`, may be a helper: its own tests count)."""
    parents = {g.split("/*", 1)[0] for g in workspace_patterns(repo, cwd) if "/**" in g}
    return [join(cwd, f"{parent}/{d}") for parent in sorted(parents)
            if "*" not in parent and not any(p in _NOT_SOURCE for p in parent.split("/"))
            for d in repo.dirs(join(cwd, parent)) if is_test_dir(d)
            and not _has_manifest(repo, join(cwd, f"{parent}/{d}"))
            and any(_has_manifest(repo, join(cwd, f"{parent}/{d}/{x}"))
                    for x in repo.dirs(join(cwd, f"{parent}/{d}")))]


def _has_manifest(repo: Repo, rel: str) -> bool:
    return any(repo.isfile(f"{rel}/{m}") for m in _MANIFESTS)


_MANIFESTS = ("deno.json", "deno.jsonc", "jsr.json", "package.json")


def _exported(repo: Repo, cwd: str, rel: str) -> bool:
    """A test-named directory that is code a package publishes: a package of its own
    (`testing/deno.json` naming `@std/testing` with exports), or a path a manifest above it
    exports (`"./testing/test": "./testing/test/mod.ts"`): a test harness, not tests."""
    for name in _MANIFESTS:
        data = repo.json(f"{rel}/{name}") if repo.isfile(f"{rel}/{name}") else {}
        if data.get("name") and data.get("exports") and not data.get("private"):
            return True
    parts = rel.split("/")
    for i in range(len(parts) - 1, -1, -1):
        top = "/".join(parts[:i])
        if cwd and not (top == cwd or top.startswith(cwd + "/")) and top:
            continue
        for name in _MANIFESTS:
            path = f"{top}/{name}" if top else name
            if not repo.isfile(path):
                continue
            inside = "/".join(parts[i:]) + "/"
            paths = [x.removeprefix("./") for x in _export_paths(repo.json(path).get(
                "exports")) if x.removeprefix("./").startswith(inside)]
            if any(_ENTRY.search(x) for x in paths) or paths and not _has_tests(repo, rel):
                return True  # (astro's test/ exports a few utilities beside its tests)
    return False


_ENTRY = re.compile(r"(^|/)(mod|index)\.[cm]?[jt]s$")  # a module's entry point
_TEST_FILE = re.compile(r"([._-](test|spec)\.[cm]?[jt]sx?|_test\.(go|py|[jt]sx?)|^test_.*\.py)$")


def _has_tests(repo: Repo, rel: str, depth: int = 2) -> bool:
    dirs, files = repo.listing(rel)
    return any(_TEST_FILE.search(f) for f in files) or depth > 0 and any(
        _has_tests(repo, f"{rel}/{d}", depth - 1) for d in dirs[:30])


def _export_paths(value: object, depth: int = 0) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict) and depth < 3:
        return [p for v in value.values() for p in _export_paths(v, depth + 1)]
    return []


_HELPERS = frozenset({"utils", "util", "helpers", "helper", "common", "mocks", "mock",
                      "test-utils", "test_utils", "testutils", "setup"})


def _user_helpers(repo: Repo, rel: str) -> bool:
    """A package's `test/` of Python modules none named for tests (constance/test/pytest.py,
    unittest.py): helpers the package ships for its users' tests, not its own tests."""
    dirs, files = repo.listing(rel)
    if "__main__.py" in files:
        return False  # `python -m pkg.tests` runs it: the package's own test suite
    code = [f for f in files if f.endswith(".py") and f != "__init__.py"]
    return not dirs and bool(code) and not any(
        re.match(r"(test_.*|.*_tests?|tests?|conftest)\.py$", f) for f in code)


def _only_helpers(repo: Repo, rel: str) -> bool:
    """A `tests/` folder holding only shared helpers (frontend/tests/utils.ts, used by
    specs elsewhere): no tests live there."""
    dirs, files = repo.listing(rel)
    code = [f for f in files if f.endswith(CODE) and not f.startswith(".")]
    return not [d for d in dirs if not d.startswith(".")] and bool(code) and all(
        f.split(".", 1)[0].lower() in _HELPERS for f in code)


def _package_dirs(repo: Repo, cwd: str, roots: list[str]) -> list[str]:
    """Directories that are packages of their own, whose tests sit beside their code:
    workspace members (Cargo, JavaScript, Deno), the children of a `packages/` or
    `crates/` root, the sub-packages of a Python package (Django apps: hc/api/tests)."""
    dirs = members(repo, cwd) + workspace_dirs(repo, cwd)
    for root in roots:
        name = root.rsplit("/", 1)[-1]
        if name in _CONTAINERS:
            dirs += [f"{root}/{d}" for d in repo.dirs(root)[:MAX_MEMBERS]
                     if not d.startswith((".", "_"))]
        elif root != "." and (repo.isfile(f"{root}/__init__.py")
                              or repo.isfile(f"{root}/manage.py")):
            dirs += [f"{root}/{d}" for d in repo.dirs(root)[:MAX_MEMBERS]
                     if repo.isfile(f"{root}/{d}/__init__.py") and not is_test_dir(d)]
        elif root.endswith("/src"):
            dirs.append(root[:-4])
    return list(dict.fromkeys(d for d in dirs if not is_test_dir(d.rsplit("/", 1)[-1])))


_SETTINGS = frozenset({"settings"})  # a Django settings package (`config` may be an app)


def _own_tests(repo: Repo, pkg: str) -> list[str]:
    """A package's tests beside its code, or in a test module of its source (a crate's
    src/tests/)."""
    if pkg.rsplit("/", 1)[-1] in _SETTINGS:
        return []  # `tcms/settings/test/`: the settings tests run with, not tests
    ps = get(repo.toml(f"{pkg}/pyproject.toml"), "tool", "maturin", "python-source") \
        if repo.isfile(f"{pkg}/pyproject.toml") else None  # a Rust member's Python tests
    extra = (f"{ps.strip('/')}/tests",) if isinstance(ps, str) else ()
    return [f"{pkg}/{d}" for d in (*_TEST_NAMES, "src/tests", "src/test", *extra)
            if has_code(repo, f"{pkg}/{d}", 1) and not _only_helpers(repo, f"{pkg}/{d}")
            and not _public_module(repo, pkg, d)]


def _crate_test_module(repo: Repo, cwd: str) -> list[str]:
    """A crate with no tests/ of its own keeps them in a test module of its source
    (`src/tests/mod.rs`, `#[cfg(test)] mod tests;`): that is where its tests are."""
    rel = join(cwd, "src/tests")
    if "package" not in repo.toml(join(cwd, "Cargo.toml")) or repo.isdir(
            join(cwd, "tests")) or not has_code(repo, rel, 1):  # (tests/ of scripts too)
        return []
    return [] if _public_module(repo, cwd or ".", "src/tests") else [rel]


def _public_module(repo: Repo, pkg: str, d: str) -> bool:
    """A crate's src/test/ that its lib.rs exports (`pub mod test;`, actix-web's test
    utilities): part of its API, not its tests."""
    return d.startswith("src/") and bool(re.search(
        rf"^\s*pub\s+mod\s+{d[4:]}\s*;", repo.read(f"{pkg}/src/lib.rs") or "", re.M))


def tries_parent(repo: Repo, rel: str) -> bool:
    """An app installing the repository's own package from a directory above it
    (`"react-hook-form": "file:.."`): it tries the package out, it is not the code."""
    pkg = repo.json(f"{rel}/package.json") if rel and repo.isfile(f"{rel}/package.json") else {}
    deps = {**as_dict(pkg.get("dependencies")), **as_dict(pkg.get("devDependencies"))}
    return any(isinstance(v, str) and re.fullmatch(r"(file|link|portal):(\.\./?)+", v)
               for v in deps.values())


# Directories a layout fact keeps (it names eight, and says how many more): every member
# of a large workspace, so a question about one finds it.
KEPT_DIRS = 40


def _listed(dirs: list[str]) -> str:
    """The first eight of `dirs` as the prompt shows them, and how many more there are."""
    shown = ", ".join(f"`{d}/`" if d != "." else "the repository root" for d in dirs[:8])
    return shown + (f" and {len(dirs) - 8} more" if len(dirs) > 8 else "")


def layout_facts(repo: Repo, cwd: str) -> list[Fact]:
    prefix = f"{cwd}:" if cwd else ""
    where = f"In `{cwd}/`: s" if cwd else "S"
    facts: list[Fact] = []
    tests = test_dirs(repo, cwd)
    roots = [r for r in source_roots(repo, cwd) if r not in tests]  # celery's `t/`
    if any(part in _NOT_SOURCE or DOCS_PART.search(part) or BENCH.search(part)
           for part in cwd.split("/")) or tries_parent(repo, cwd):
        roots = []  # a sub-project among examples or docs: an example, not the code
        tests = [] if _EXAMPLE.search(f"{cwd}/") else tests  # (and its tests its own)
    if roots:
        facts.append(Fact(f"{prefix}layout:source", "layout",
                          f"{where}ource code lives in {_listed(roots)}", roots[:KEPT_DIRS],
                          None, "directory layout", cwd))
    if len(tests) > 12:  # many: `bindgen-tests/` says its inner `bindgen-tests/swift/tests/`,
        # leaving room (and the eight shown) for the tests elsewhere
        tests = [t for t in tests if not any(t.startswith(f"{o}/") for o in tests)]
    if tests:
        said = f"In `{cwd}/`: tests live in" if cwd else "Tests live in"
        facts.append(Fact(f"{prefix}layout:tests", "layout", f"{said} {_listed(tests)}",
                          tests[:KEPT_DIRS], None, "directory layout", cwd))
    if not cwd:
        docs = [d for d in ("docs", "doc", "AGENTS.md", "CONTRIBUTING.md", "CLAUDE.md")
                if repo.isdir(d) or repo.isfile(d)]
        if docs:
            facts.append(Fact("layout:docs", "layout", "Documentation: "
                              + ", ".join(f"`{d}`" for d in docs), docs, None, "directory layout"))
    return facts


