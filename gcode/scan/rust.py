"""Rust: crates and workspaces. A workspace without `default-members` tests only the
root package with a bare `cargo test`, so the whole-workspace command is given."""

from __future__ import annotations

import fnmatch

from gcode.scan.files import Repo, as_dict, as_list, get, join
from gcode.scan.model import BUILD, FORMAT, LINT, TEST
from gcode.scan.project import Project


def members(repo: Repo, cwd: str) -> list[str]:
    """Workspace member directories (globs expanded against the tree, excludes honoured),
    relative to the repository root."""
    manifest = repo.toml(join(cwd, "Cargo.toml"))
    ws = as_dict(manifest.get("workspace"))
    exclude = [str(x) for x in as_list(ws.get("exclude")) if isinstance(x, str)]
    found: list[str] = []
    for pattern in as_list(ws.get("members")):
        if not isinstance(pattern, str):
            continue
        pattern = pattern.strip("/")
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
    return [join(cwd, m) for m in dict.fromkeys(found) if m not in exclude]


def scan_rust(p: Project) -> None:
    if not p.has("Cargo.toml"):
        return
    rel = p.rel("Cargo.toml")
    manifest = p.repo.toml(rel)
    ws = manifest.get("workspace")
    whole = isinstance(ws, dict) and not ws.get("default-members") and bool(ws.get("members"))
    flag = " --workspace" if whole else ""
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
    p.config_command("cargo:test", TEST, f"cargo test{flag}", src, [rel])
    p.config_command("cargo:build", BUILD, f"cargo build{flag}", src, [rel])
    p.config_command("cargo:clippy", LINT, f"cargo clippy{flag} --all-targets", src, [rel])
    p.config_command("cargo:fmt-check", LINT, f"cargo fmt{' --all' if whole else ''} --check",
                     src, [rel])
    p.config_command("cargo:fmt", FORMAT, f"cargo fmt{' --all' if whole else ''}", src, [rel])


def package_name(repo: Repo, cwd: str) -> str | None:
    name = get(repo.toml(join(cwd, "Cargo.toml")), "package", "name")
    return name if isinstance(name, str) else None
