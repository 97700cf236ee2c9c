"""Scan rules from round 25's first run on held-out real repositories: each test is one
general rule, on a small tree of its own."""

from __future__ import annotations

from gcode.scan import scan
from scan_helpers import commands, tree, workflow

CRATE = {"Cargo.toml": "[package]\nname = 'x'\nversion = '0.1.0'\n", "src/lib.rs": ""}


def test_a_script_that_builds_a_server_then_starts_it_to_test_against_is_no_build(tmp_path):
    script = ("#!/bin/bash\ncargo build --example server\n"
              "exec 3< <(./target/debug/examples/server);\nSERVER_PID=$!\n"
              "/tmp/conformance -p 5928\nkill \"${SERVER_PID}\"\n")
    files = {**CRATE, "ci/conformance.sh": script,
             ".github/workflows/ci.yml": workflow("cargo test", "./ci/conformance.sh")}
    facts = scan(tree(tmp_path, files))
    assert "./ci/conformance.sh" not in commands(facts, "build_command")
    # started in the background it is the same run
    (tmp_path / "ci/conformance.sh").write_text(
        "#!/bin/bash\ncargo build --release\n./target/release/x --port 9 &\n/tmp/check 9\n")
    assert "./ci/conformance.sh" not in commands(scan(tmp_path), "build_command")
    # a script that only builds is still a build
    (tmp_path / "ci/conformance.sh").write_text("#!/bin/bash\nset -e\ncargo build --release\n")
    assert "./ci/conformance.sh" in commands(scan(tmp_path), "build_command")


def test_ci_checking_format_and_compiling_but_never_running_clippy_gets_no_clippy(tmp_path):
    files = {**CRATE, ".github/workflows/ci.yml": workflow(
        "cargo fmt --all --check", "cargo check --features unstable", "cargo check -p x",
        "cargo minimal-versions --ignore-private check", "cargo test")}
    lint = commands(scan(tree(tmp_path, files)), "lint_command")
    assert "cargo fmt --all --check" in lint
    assert not any("clippy" in c for c in lint)
    # a whole-project `cargo check --all-targets` beside it may stand in for clippy
    (tmp_path / ".github/workflows/ci.yml").write_text(workflow(
        "cargo fmt --all --check", "cargo check --all-targets", "cargo test"))
    assert any("clippy" in c for c in commands(scan(tmp_path), "lint_command"))
    # CI that lints nothing here leaves the manifest's default lints offered
    (tmp_path / ".github/workflows/ci.yml").write_text(workflow("cargo test"))
    assert any("clippy" in c for c in commands(scan(tmp_path), "lint_command"))


TOX_INI = ("[tox]\nenvlist = py\n\n[cli]\nquiet = -q -b\n\n[testenv]\ncommands =\n"
           "  {envpython} \\\n    {[cli]quiet} \\\n    -m pytest \\\n      {posargs:}\n\n"
           "[testenv:pre-commit]\ncommands =\n  {envpython} {[cli]quiet} -m pre_commit \\\n"
           "    run --all-files\n")


def test_a_tox_command_continued_over_lines_with_section_references_is_read_whole(tmp_path):
    files = {"pyproject.toml": "[project]\nname = 'x'\n", "x/__init__.py": "",
             "tox.ini": TOX_INI}
    facts = scan(tree(tmp_path, files))
    assert "tox -e pre-commit" in commands(facts, "lint_command")
    assert "tox" in commands(facts, "test_command")


def test_another_repositorys_reusable_tox_workflow_runs_the_env_it_is_given(tmp_path):
    job = ("  lint:\n    strategy:\n      matrix:\n        toxenv: [pre-commit]\n"
           "    uses: org/workflow/.github/workflows/reusable-tox.yml@v1\n"
           "    with:\n      python-version: '3.12'\n      toxenv: ${{ matrix.toxenv }}\n")
    ci = "name: ci\non: [push, pull_request]\njobs:\n" + job
    files = {"pyproject.toml": "[project]\nname = 'x'\n", "x/__init__.py": "",
             "tox.ini": TOX_INI, ".github/workflows/ci.yml": ci}
    lint = {f.command: f.content for f in scan(tree(tmp_path, files))
            if f.kind == "lint_command"}
    assert "ci.yml" in lint.get("tox -e pre-commit", "")
    # any other reusable workflow (not tox's) is not read as a tox run
    (tmp_path / ".github/workflows/ci.yml").write_text(ci.replace("reusable-tox", "lint"))
    lint = {f.command: f.content for f in scan(tmp_path) if f.kind == "lint_command"}
    assert "ci.yml" not in lint.get("tox -e pre-commit", "")


def test_a_formatter_whose_output_ci_compares_is_a_check(tmp_path):
    files = {"go.mod": "module example.org/x\n\ngo 1.22\n", "x.go": "package x\n",
             ".github/workflows/ci.yml": workflow(
                 "diff -u <(echo -n) <(go fmt $(go list ./...))", "go test ./...")}
    facts = scan(tree(tmp_path, files))
    assert "go fmt $(go list ./...)" in commands(facts, "lint_command")
    assert "go fmt $(go list ./...)" not in commands(facts, "format_command")
    # run on its own it rewrites the files: a format
    (tmp_path / ".github/workflows/ci.yml").write_text(workflow("go fmt ./...", "go test ./..."))
    facts = scan(tmp_path)
    assert "go fmt ./..." not in commands(facts, "lint_command")
    # the same comparison in a Makefile target is a lint target
    (tmp_path / "Makefile").write_text(
        "fmt-check:\n\ttest -z \"$$(go fmt ./...)\"\nfmt:\n\tgo fmt ./...\n")
    (tmp_path / ".github/workflows/ci.yml").write_text(workflow("make fmt-check"))
    facts = scan(tmp_path)
    assert "make fmt-check" in commands(facts, "lint_command")


def test_a_test_target_type_checking_what_the_projects_own_program_made_is_a_test(tmp_path):
    files = {**CRATE, "Makefile": (
        "decl-test:\n\tcd t/decls && make test\n"
        "typecheck:\n\tnpx tsc --noEmit -p web\n"),
        "t/decls/Makefile": ("test:\n\tcargo run --quiet -- build\n"
                             "\tnpx tsc ./main.ts --strict --noEmit\n")}
    facts = scan(tree(tmp_path, files))
    assert "make decl-test" not in commands(facts, "lint_command")
    # a type check of the project's own sources stays a lint
    assert "make typecheck" in commands(facts, "lint_command")
