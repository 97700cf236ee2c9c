"""Go modules: `go test ./...` per module (a repository may hold several, listed in
go.work or found beside their code), golangci-lint when it is configured, Mage when a
magefile drives the tasks."""

from __future__ import annotations

import re

from gcode.scan.files import join
from gcode.scan.model import BUILD, LINT, TEST
from gcode.scan.project import Project, from_ci

GOLANGCI = (".golangci.yml", ".golangci.yaml", ".golangci.toml", ".golangci.json")


def work_modules(text: str) -> list[str]:
    """Directories a go.work file `use`s."""
    uses: list[str] = []
    block = False
    for line in text.splitlines():
        line = line.split("//", 1)[0].strip()
        if line.startswith("use ("):
            block = True
            continue
        if block and line == ")":
            block = False
        elif block and line:
            uses.append(line)
        elif line.startswith("use "):
            uses.append(line[4:].strip())
    return [u.strip("./").strip("\"") or "." for u in uses]


def scan_go(p: Project) -> None:
    if not p.has("go.mod"):
        return
    rel = p.rel("go.mod")
    text = p.repo.read(rel) or ""
    version = re.search(r"^go\s+(\S+)", text, re.M)
    module = re.search(r"^module\s+(\S+)", text, re.M)
    p.env("go", f"Go {version.group(1) if version else ''} module "
          f"{module.group(1) if module else ''} ({rel})".replace("  ", " "), [rel],
          p.repo.cite(rel, "go "))
    mage = next((x for x in ("magefile.go", "magefiles") if p.has(x) or p.repo.isdir(
        p.rel(x))), "")
    if mage:
        p.env("mage", f"Tasks are Mage targets ({p.rel(mage)}): `go install "
              "github.com/magefile/mage@latest`, then `mage -l` lists them", [p.rel(mage)])
    if not _has_go(p, p.rel("")):
        return  # a module of tool requirements (`tool mvdan.cc/sh/...`): nothing to test
    p.config_command("go:test", TEST, "go test ./...", rel, [rel])
    p.config_command("go:build", BUILD, "go build ./...", rel, [rel])
    # golangci-lint reads the first config in the module's directory or above it
    parts = p.cwd.split("/") if p.cwd else []
    for src in (join("/".join(parts[:i]), name) for i in range(len(parts), -1, -1)
                for name in GOLANGCI):
        if p.repo.isfile(src):
            p.config_command("lint:golangci", LINT, "golangci-lint run", src, [src])
            return  # golangci-lint runs vet (and more) itself
    if any(from_ci(f) for f in p.facts.items):
        return  # CI is read and vets nothing: `go vet` is not this project's check
    p.config_command("go:vet", LINT, "go vet ./...", rel, [rel])


_NOT_CODE = {"vendor", "node_modules", "testdata", ".git"}


def _has_go(p: Project, top: str, depth: int = 3, budget: int = 200) -> bool:
    """Whether a module's directory, or one a few levels below it, holds Go code."""
    queue = [(top.strip("/"), 0)]
    while queue and budget > 0:
        rel, level = queue.pop(0)
        budget -= 1
        dirs, files = p.repo.listing(rel)
        if any(f.endswith(".go") for f in files):
            return True
        if level < depth:
            queue += [(f"{rel}/{d}".strip("/"), level + 1) for d in dirs
                      if d not in _NOT_CODE and not d.startswith(".")]
    return budget <= 0  # too large to tell: assume it holds code
