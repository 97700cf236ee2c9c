"""What a script run by an interpreter is named for, and what it is run on (helpers of
gcode.scan.programs and gcode.scan.classify)."""

from __future__ import annotations

import re

INTERPRETERS = frozenset({"node", "tsx", "ts-node", "bun", "deno", "zx", "vite-node", "esno",
                          "jiti"})
_WRAPPED_SCRIPT = re.compile(r"\.(js|mjs|cjs|ts|mts|cts|py)$")


def script_name(script: str) -> str:
    """The name a script is known by: its file's, or for a directory's entry point
    (`scripts/run-tests/index.ts`, `tools/build/main.mjs`) the directory's, with the
    file's extension."""
    parts = script.rsplit("/", 2)
    stem, _, ext = parts[-1].partition(".")
    if stem in ("index", "main") and len(parts) > 1 and ext:
        return f"{parts[-2]}.{ext}"
    return parts[-1]


_TEST_PATH = re.compile(r"^(\./)?(tests?|__tests__|specs?)(/[\w-]+)*/?$")


def on_test_dirs(args: list[str]) -> bool:
    """A script run on the test directories alone (`tsx src/bin/index.ts test/unit
    test/e2e`, `bun bin/cli.js tests`): a test runner's own CLI running its suite."""
    paths = [a for a in args if not a.startswith("-")]
    return bool(paths) and all(_TEST_PATH.match(a) and "fixture" not in a for a in paths)


# `spec_tests.py`, `test_parser.py`: a test module by the usual naming, run as a script;
# one named for writing tests (`generate_tests.py`, `update_test.py`) makes them instead
_PY_TEST_FILE = re.compile(r"^(test_\w+|\w+_tests?)\.py$")
_WRITES_TESTS = re.compile(r"^(gen|generate|make|create|update|write|regen|build|fetch|"
                           r"download|sync)_", re.I)


def py_test_file(script: str) -> bool:
    """Whether a Python file run by itself (`python3 spec_tests.py` in its directory,
    `python tests/test_api.py`) is a test module; one among CI's or build scripts
    (`.github/scripts/run_cli_test.py`, `buildscripts/test_wheel_contents.py`) is a helper."""
    where, _, name = script.removeprefix("./").rpartition("/")
    return bool(_PY_TEST_FILE.match(name)) and not _WRITES_TESTS.match(name) and (
        not where or bool(_TEST_PATH.match(where)))


def wrapped(w: list[str]) -> list[str]:
    """What a script run by an interpreter is handed to run, when it wraps a command
    (`node scripts/runWithMockServer.js "c8 node --test test/*.spec.ts"`, `node
    withServer.js web-test-runner`: a mock server, a retry, an environment around it): its
    later arguments, each a command to classify ([] when `w` runs no script file)."""
    prog = w[0].rsplit("/", 1)[-1]
    if prog not in INTERPRETERS and not re.match(r"^python[\d.]*$", prog):
        return []
    args = [a for a in w[1:] if not a.startswith("-")]
    args = args[1:] if args[:1] == ["run"] else args  # `deno run x.ts`, `bun run x.ts`
    if not args or not _WRAPPED_SCRIPT.search(args[0]):
        return []
    return args[1:]
