"""Test directories a Go module keeps inside its source tree (`internal/tests/integration`):
a test-named directory whose Go files are its tests, a helper file or two beside them."""

from __future__ import annotations

from collections.abc import Callable

from gcode.scan.files import SKIP_DIRS, Repo, join

_PASS_OVER = frozenset({"testdata", "fixtures", "examples", "example", "docs", "doc"})


def _tests_only(repo: Repo, rel: str) -> bool:
    go = [f for f in repo.files(rel) if f.endswith(".go")]
    tests = sum(f.endswith("_test.go") for f in go)
    return tests >= 2 and tests > len(go) - tests


def nested_go_tests(repo: Repo, cwd: str, test_named: Callable[[str], bool]) -> list[str]:
    """Below the module's top directories (those are read as the tests of the module's
    root), a test-named directory of `_test.go` files: the suite `go test ./...` runs."""
    if not repo.isfile(join(cwd, "go.mod")):
        return []
    found: list[str] = []

    def walk(rel: str, depth: int) -> None:
        for d in repo.dirs(rel)[:40]:
            sub = join(rel, d)
            if d.startswith((".", "_")) or d in SKIP_DIRS or d in _PASS_OVER or \
                    repo.isfile(f"{sub}/go.mod"):
                continue
            if test_named(d) and _tests_only(repo, sub):
                found.append(sub)
            elif depth > 1:
                walk(sub, depth - 1)

    for top in repo.dirs(cwd)[:40]:
        rel = join(cwd, top)
        if not (top.startswith((".", "_")) or top in SKIP_DIRS or top in _PASS_OVER or
                test_named(top) or repo.isfile(f"{rel}/go.mod")):
            walk(rel, 2)
    return found
