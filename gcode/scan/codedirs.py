"""Whether a directory holds code (by its files' extensions, build output aside), and
where a Maven or Gradle project keeps its code: helpers of gcode.scan.layout."""

from __future__ import annotations

import re

from gcode.scan.files import SKIP_DIRS, Repo, join

CODE = (".py", ".go", ".rs", ".js", ".mjs", ".cjs", ".ts", ".tsx", ".jsx", ".c", ".cc", ".cpp",
        ".h", ".java", ".kt", ".rb", ".swift", ".zig", ".vue", ".svelte", ".ex", ".exs", ".php",
        ".cs", ".fs", ".scala", ".dart", ".m", ".lua", ".erl", ".hs")


def has_code(repo: Repo, rel: str, depth: int = 2) -> bool:
    dirs, files = repo.listing(rel)
    if any(f.endswith(CODE) and not f.startswith(".") for f in files):
        return True
    return depth > 0 and any(has_code(repo, f"{rel}/{d}", depth - 1) for d in dirs[:30]
                             if not skipped(repo, rel, d) and not d.startswith("."))


def skipped(repo: Repo, parent: str, name: str) -> bool:
    """A directory named like build output (`build/`, `dist/`) that is not a Python
    package: a package with that name (`src/build/__init__.py`) is the project's code."""
    return name in SKIP_DIRS and not repo.isfile(f"{join(parent, name)}/__init__.py")


_JVM_BUILDS = ("pom.xml", "build.gradle", "build.gradle.kts")  # (settings.gradle: a parent)


# a module named for trying the code out (`android-test-app`, `okhttp-testing-support`)
TESTING_MODULE = re.compile(r"(^|[-_.])(tests?|testing)([-_.]|$)")


def jvm_code(repo: Repo, rel: str) -> str:
    """Where a Maven or Gradle project keeps its code ("" when `rel` is none, or has no
    code): `src/main/<language>/`, or for Kotlin Multiplatform its source sets
    (`src/commonMain`, `src/jvmMain`), all under `src/`."""
    if not any(repo.isfile(join(rel, b)) for b in _JVM_BUILDS):
        return ""
    if has_code(repo, join(rel, "src/main"), depth=6):
        return join(rel, "src/main")
    sets = [d for d in repo.dirs(join(rel, "src")) if d.endswith("Main") or d == "commonJvmAndroid"]
    return join(rel, "src") if any(has_code(repo, join(rel, f"src/{d}"), 6) for d in sets) \
        else ""
