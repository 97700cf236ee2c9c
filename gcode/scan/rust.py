"""Rust: crates and workspaces. A bare `cargo test` in a workspace tests only the root
package (or the `default-members`), so the whole-workspace command is given; a bare
`cargo build` builds what `default-members` names, which is the point of naming them."""

from __future__ import annotations

import fnmatch
import posixpath
import re

from gcode.scan.files import Repo, as_dict, as_list, get, join
from gcode.scan.model import BUILD, FORMAT, LINT, TEST, Fact
from gcode.scan.project import Project, from_ci, tool_of

MAX_IMPLIED = 60  # members whose path dependencies are read


def _clean(path: str) -> str:
    """A manifest path as the tree spells it (`./crates/napi/` -> `crates/napi`)."""
    path = path.strip("/")
    while path.startswith("./"):
        path = path[2:].lstrip("/")
    return "" if path == "." else path


def members(repo: Repo, cwd: str) -> list[str]:
    """Workspace member directories (globs expanded against the tree, excludes honoured),
    relative to the repository root."""
    manifest = repo.toml(join(cwd, "Cargo.toml"))
    ws = as_dict(manifest.get("workspace"))
    exclude = [_clean(x) for x in as_list(ws.get("exclude")) if isinstance(x, str)]
    found: list[str] = []
    for pattern in as_list(ws.get("members")):
        if not isinstance(pattern, str):
            continue
        pattern = _clean(pattern)
        if not pattern:
            continue
        if any(ch in pattern for ch in "*?["):
            head, _, tail = pattern.partition("/")
            parent = head if not any(ch in head for ch in "*?[") else ""
            base = join(cwd, parent)
            for d in repo.dirs(base):
                rel = f"{parent}/{d}" if parent else d
                if fnmatch.fnmatchcase(rel, pattern) and repo.isfile(join(base, d + "/Cargo.toml")):
                    found.append(rel)
        elif repo.isdir(join(cwd, pattern)):
            found.append(pattern)
    if "workspace" in manifest and "package" in manifest:
        # the root package's own path dependencies inside the workspace are members too
        found += [m for m in _implied(repo, cwd, ["."]) if m not in found]
    found += _implied(repo, cwd, found)
    own = _path_deps(manifest)  # what the root package is made of comes first (`gix`)
    found = sorted(dict.fromkeys(found), key=lambda m: m not in own)
    return [join(cwd, m) for m in found if m not in exclude]


def _implied(repo: Repo, cwd: str, listed: list[str]) -> list[str]:
    """Crates inside the workspace that a member depends on by path: cargo makes them
    members too (insta's `cargo-insta` depends on `../insta`)."""
    found: list[str] = []
    for member in listed[:MAX_IMPLIED]:
        manifest = repo.toml(join(cwd, f"{member}/Cargo.toml"))
        for dep in sorted(_path_deps(manifest, ("dependencies", "dev-dependencies"))):
            rel = posixpath.normpath(f"{member}/{dep}")
            if not rel.startswith("..") and rel != "." and rel not in listed and \
                    repo.isfile(join(cwd, f"{rel}/Cargo.toml")):
                found.append(rel)
    return found


def _path_deps(manifest: dict[str, object],
               tables: tuple[str, ...] = ("dependencies",)) -> set[str]:
    """The directories of a package's own path dependencies."""
    deps = [v for t in tables for v in as_dict(manifest.get(t)).values()]
    return {str(v["path"]).strip("/").removeprefix("./") for v in deps
            if isinstance(v, dict) and isinstance(v.get("path"), str)}


def default_members(repo: Repo, cwd: str) -> list[str]:
    """`default-members` of a workspace that names them (paths from the root)."""
    ws = as_dict(repo.toml(join(cwd, "Cargo.toml")).get("workspace"))
    return [join(cwd, _clean(m)) for m in as_list(ws.get("default-members"))
            if isinstance(m, str) and _clean(m) and "*" not in m
            and repo.isdir(join(cwd, _clean(m)))]


def scan_rust(p: Project) -> None:
    if not p.has("Cargo.toml"):
        return
    rel = p.rel("Cargo.toml")
    manifest = p.repo.toml(rel)
    ws = manifest.get("workspace")
    whole = isinstance(ws, dict) and bool(ws.get("members"))
    flag = " --workspace" if whole else ""
    # `default-members` names what a bare `cargo build` builds; tests still cover them all
    build_flag = flag if whole and not as_dict(ws).get("default-members") else ""
    src = p.repo.cite(rel, "[workspace]") if isinstance(ws, dict) else rel
    p.env("cargo", f"Rust toolchain: cargo{' workspace' if isinstance(ws, dict) else ''} "
          f"({rel})", [rel], src)
    for name in ("rust-toolchain.toml", "rust-toolchain"):
        if p.has(name):
            text = p.repo.read(p.rel(name)) or ""
            channel = next((ln.split("=", 1)[1].strip().strip("\"'") for ln in text.splitlines()
                            if ln.strip().startswith("channel")), text.strip()[:20])
            p.env("rustup", f"Rust toolchain pinned to `{channel}` ({name}); rustup installs "
                  "it on first use", [p.rel(name)])
            break
    if not _extension_module(manifest, _maturin(p)):
        p.config_command("cargo:test", TEST, f"cargo test{flag}", src, [rel])
    p.config_command("cargo:build", BUILD, f"cargo build{build_flag}", src, [rel])
    unlinted = _ci_builds_without_lints(p)
    if not unlinted and not _ci_checks_fmt_without_clippy(p):
        p.config_command("cargo:clippy", LINT, f"cargo clippy{flag} --all-targets", src, [rel])
    if not unlinted and not _ci_lints_without_fmt(p):
        p.config_command("cargo:fmt-check", LINT, f"cargo fmt{' --all' if whole else ''} --check",
                         src, [rel])
    p.config_command("cargo:fmt", FORMAT, f"cargo fmt{' --all' if whole else ''}", src, [rel])


def _ci_builds_without_lints(p: Project) -> bool:
    """CI runs cargo here in more than one way (tests and builds) yet lints nothing anywhere
    and never names clippy or rustfmt, and the crate configures neither: the project chose
    not to lint, so clippy and a format check are not its lints (a manifest alone does not
    ask for them)."""
    if any(p.has(n) for n in ("clippy.toml", ".clippy.toml", "rustfmt.toml", ".rustfmt.toml")):
        return False
    if any(w.startswith(("clippy", "fmt", "rustfmt", "cargo-clippy")) for w in p.facts.ci_words):
        return False
    ci = [f for f in p.facts.items if from_ci(f) and f.kind.endswith("_command")]
    subs = {(f.command or "").split()[1] for f in ci
            if f.cwd == p.cwd and (f.command or "").startswith("cargo ")}
    return len(subs) > 1 and not any(  # a lone `cargo test` may just be a minimal CI
        f.kind == "lint_command" and not _COMPAT_CHECK.search(f.command or "") for f in ci)


def _ci_lints_without_fmt(p: Project) -> bool:
    """CI runs clippy here and never checks formatting: it chose not to, so a format check
    is not one of the project's lints (the config file only says how to format)."""
    return "cargo clippy" in _ci_lint_tools(p) and not any("fmt" in w for w in p.facts.ci_words)


def _ci_checks_fmt_without_clippy(p: Project) -> bool:
    """CI's one lint here is the format check and it never names clippy: it chose not to
    run it, so clippy is not one of the project's lints (a manifest alone does not ask for
    it). Any other CI lint (`cargo check --all-targets`, a `cargo lint` alias) may be
    clippy's stand-in; a compatibility build is not (`cargo check -p x` on the MSRV,
    `cargo check --features unstable`, `cargo check --target wasm32-unknown-unknown`,
    `cargo minimal-versions check`, `cargo hack`)."""
    if any("clippy" in w for w in p.facts.ci_words):
        return False
    lints = _ci_lints(p, p.cwd) or _ci_lints(p, "")  # a crate CI lints nowhere: the root's
    tools = {tool_of(f.command or "") for f in lints
             if not _COMPAT_CHECK.search(f.command or "") and not _COMPAT_JOB.search(f.source)}
    return tools == {"cargo fmt"}


# a job building on the oldest toolchain or dependency versions allowed (`msrv`,
# `minimal-versions`): its plain `cargo check` checks compatibility, not the code's lints
_COMPAT_JOB = re.compile(r"job `[^`]*(msrv|minimal|min-versions?|oldest)[^`]*`", re.I)


# a compile check of one package, a feature set or dependency versions: compatibility
_COMPAT_CHECK = re.compile(r"^cargo\s+(hack|minimal-versions)\b|^cargo\s+check\b.*\s"
                           r"(-p|--package|--features|-F|--no-default-features|--manifest-path|"
                           r"--target)"
                           r"(\s|=|$)")


def _ci_lints(p: Project, cwd: str) -> list[Fact]:
    """The lint commands CI runs in a directory, as facts."""
    return [f for f in p.facts.items
            if f.cwd == cwd and from_ci(f) and f.kind == "lint_command"]


def _ci_lint_tools(p: Project) -> set[str]:
    """The tools of the lint commands CI runs in this directory."""
    return {tool_of(f.command or "") for f in p.facts.items
            if f.cwd == p.cwd and from_ci(f) and f.kind == "lint_command"}


def _extension_module(manifest: dict[str, object], maturin: bool = False) -> bool:
    """A crate that is only a Python extension module (`crate-type = ["cdylib"]`, pyo3's
    `extension-module` feature, the raw `pyo3-ffi` bindings, or built by maturin from the
    pyproject beside it): `cargo test` cannot link it without libpython, and its tests are
    the Python package's."""
    deps = as_dict(manifest.get("dependencies"))
    pyo3 = deps.get("pyo3")
    return as_list(get(manifest, "lib", "crate-type")) == ["cdylib"] and (
        isinstance(pyo3, dict) and "extension-module" in as_list(pyo3.get("features"))
        or "pyo3-ffi" in deps or maturin)


def _maturin(p: Project) -> bool:
    """The pyproject.toml beside the crate builds it as a Python extension: with maturin,
    or setuptools-rust (`requires = ["setuptools-rust"]`)."""
    if not p.has("pyproject.toml"):
        return False
    system = as_dict(get(p.repo.toml(p.rel("pyproject.toml")), "build-system"))
    requires = " ".join(str(r) for r in as_list(system.get("requires")))
    return system.get("build-backend") == "maturin" or bool(
        re.search(r"\bsetuptools[-_]rust\b", requires))


def package_name(repo: Repo, cwd: str) -> str | None:
    name = get(repo.toml(join(cwd, "Cargo.toml")), "package", "name")
    return name if isinstance(name, str) else None
