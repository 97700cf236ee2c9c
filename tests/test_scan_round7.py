"""Scan rules from the seventh held-out round of real repositories (keys written from CI
before the first scan), and the errors left open from round 5: each test is one general
rule, on a small tree of its own."""

from __future__ import annotations

from pathlib import Path

from gcode.scan import scan
from gcode.scan.make import parse_justfile, parse_makefile
from gcode.scan.shell import commands as shell_commands


def tree(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text)
    return root


def commands(facts, kind):
    return {f.command for f in facts if f.kind == kind}


def paths(facts, key):
    return [p for f in facts if f.key == key for p in f.paths]


COMMON = ("%: common-% ;\n\ncommon-vet:\n\tgo vet ./...\n\ncommon-test:\n\tgo test ./...\n"
          "common-style:\n\tres=$$(gofmt -d .); test -z \"$$res\"\n")


def test_a_forwarding_pattern_rule_offers_the_short_target(tmp_path):
    facts = scan(tree(tmp_path, {"Makefile": "include Makefile.common\n\n"
                                             "test:\n\tgo test -short ./...\n",
                                 "Makefile.common": COMMON, "go.mod": "module x\n\ngo 1.22\n",
                                 "x.go": "package x\n"}))
    lint = commands(facts, "lint_command")
    assert "make vet" in lint and "make common-vet" not in lint
    assert "make style" in lint  # gofmt -d inside $(...) is what the recipe runs
    assert "make test" in commands(facts, "test_command")  # the Makefile's own wins
    assert "make common-test" not in commands(facts, "test_command")


def test_the_forwarded_name_still_resolves(tmp_path):
    facts = scan(tree(tmp_path, {
        "Makefile": "include Makefile.common\n", "Makefile.common": COMMON,
        ".github/workflows/ci.yml": "on: push\njobs:\n  lint:\n    runs-on: x\n    steps:\n"
                                    "      - run: make common-vet\n"}))
    assert "make common-vet" in commands(facts, "lint_command")


def test_a_default_goal_that_makes_files_is_the_build():
    tasks, default = parse_makefile("all: dist/app.js\n\n"
                                    "dist/app.js: src/a.ts\n\tesbuild src/a.ts\n")
    assert default == "all" and tasks["all"].lines == ["make dist/app.js"]


def test_install_targets_that_build_first_are_not_the_build(tmp_path):
    facts = scan(tree(tmp_path, {"Makefile": "install: target/release/x\n\tinstall -m755 "
                                 "target/release/x /usr/bin\n\ntarget/release/x:\n\tcargo build "
                                 "--release\n\nbuild:\n\tcargo build\n"}))
    assert commands(facts, "build_command") >= {"make build"}
    assert "make install" not in commands(facts, "build_command")


def test_docs_dev_server_and_data_generation_are_not_builds(tmp_path):
    facts = scan(tree(tmp_path, {
        "justfile": "htmllive: docs ## serve the docs\n    make -C docs htmllive\n\n"
                    "docs:\n    make -C docs html\n",
        "docs/Makefile": "html:\n\tsphinx-build -b html . _build\nhtmllive: html\n",
        "Makefile": "build-compat-data:\n\tcd data && node build.js && tsc -p .\n"
                    "build:\n\ttsc -p .\n"}))
    built = commands(facts, "build_command")
    assert "just htmllive" not in built and "make build-compat-data" not in built
    assert "make build" in built


def test_just_comment_after_dependencies_is_not_a_dependency():
    tasks, _ = parse_justfile("live: docs ## watch the docs\n    echo hi\n")
    assert tasks["live"].lines == ["just docs", "echo hi"]


def test_a_command_substitution_runs_its_command():
    assert shell_commands('res=$(gofmt -d .)') == ["gofmt -d ."]


def test_an_unused_linter_table_is_not_offered(tmp_path):
    facts = scan(tree(tmp_path, {
        "pyproject.toml": "[tool.poetry]\nname='x'\n[tool.poetry.group.dev.dependencies]\n"
                          "mypy = '*'\n[tool.ruff]\nline-length = 99\n[tool.mypy]\n",
        "poetry.lock": "", "uv.lock": "", "src/x/__init__.py": ""}))
    lint = commands(facts, "lint_command")
    assert not any("ruff" in c for c in lint) and any("mypy" in c for c in lint)


def test_try_out_apps_and_tool_scripts_are_not_source(tmp_path):
    facts = scan(tree(tmp_path, {
        "package.json": '{"name": "r", "workspaces": ["packages/*", "integrations/*"]}',
        "packages/core/package.json": '{"name": "core"}', "packages/core/src/a.ts": "",
        "integrations/react-vite/package.json": '{"name": "i"}',
        "integrations/react-vite/src/a.ts": "",
        "pyproject.toml": "[project]\nname='x'\n", "src/x/__init__.py": "",
        "build-project/pyproject.toml": "[dependency-groups]\nbuild = ['build']\n",
        "build-project/build-project.py": "", "pytests/test_a.py": "",
        "pytests/pyproject.toml": "[project]\nname='t'\n"}))
    source = [p for f in facts if f.key.endswith("layout:source") for p in f.paths]
    assert not any(p.startswith(("integrations", "build-project", "pytests")) for p in source)
    assert "pytests" in paths(facts, "layout:tests")
