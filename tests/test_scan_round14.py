"""Scan rules from round 14 (a runner's test recipes beside CI that tests without any
runner; the held-out run on real repositories): each test is one general rule, on a
small tree of its own."""

from __future__ import annotations

from gcode.scan import scan
from scan_helpers import PY, commands, paths, tree, workflow

GO = {"go.mod": "module example.com/x\n\ngo 1.22\n", "x.go": "package x\n"}


def test_test_recipes_beside_a_direct_ci_test_are_variants_but_plain_test_stays(tmp_path):
    """CI runs the test tool itself (`gotestsum ... ./...`) and calls no runner to test:
    the Makefile's other test recipes are variants CI does not run; its plain `test` is
    still the local way to run what CI runs."""
    makefile = ("build:\n\tgo build ./...\n"
                "test:\n\tgo test ./...\n"
                "test-managed:\n\tDB_URI=postgres://localhost go test -v ./...\n")
    files = {**GO, "Makefile": makefile, ".github/workflows/ci.yml": workflow(
        "gotestsum --junitfile junit.xml -- ./...", "make build")}
    found = commands(scan(tree(tmp_path, files)), "test_command")
    assert "make test" in found and "make test-managed" not in found


def test_recipes_stay_when_ci_tests_through_a_runner_or_a_script(tmp_path):
    """Not when any CI test step goes through a runner (`pipx run nox`, `make`) or an
    opaque script: those may run every recipe."""
    noxfile = ("import nox\n\n@nox.session\ndef tests(s):\n    s.run('pytest')\n\n"
               "@nox.session\ndef property_tests(s):\n    s.run('pytest', 'tests/property')\n")
    makefile = "test:\n\tpytest\n\ntest-slow:\n\tpytest -m slow\n"
    nox_tree = tree(tmp_path / "a", {**PY, "noxfile.py": noxfile, ".github/workflows/ci.yml":
                                     workflow("pipx run nox -s tests", "uv run pytest")})
    assert "nox -s property_tests" in commands(scan(nox_tree), "test_command")
    script_tree = tree(tmp_path / "b", {**PY, "Makefile": makefile, "ci.sh": "make test-slow\n",
                                        ".github/workflows/ci.yml": workflow(
                                            "pytest -q", "./ci.sh")})
    assert "make test-slow" in commands(scan(script_tree), "test_command")


def test_only_the_directory_ci_tests_directly_loses_its_variants(tmp_path):
    makefile = "test:\n\tpytest\n\ntest-cov:\n\tpytest --cov\n"
    files = {**PY, "Makefile": makefile, "web/package.json": '{"scripts": {}}',
             "web/Makefile": "test:\n\tnpx vitest\n\ntest-e2e:\n\tnpx playwright test\n",
             ".github/workflows/ci.yml": workflow("pytest -q")}
    facts = scan(tree(tmp_path, files))
    root = {f.command for f in facts if f.kind == "test_command" and not f.cwd}
    assert "make test-cov" not in root and "make test" in root


def test_a_package_index_host_named_pypi_is_not_a_release(tmp_path):
    """`pip install --extra-index-url https://pypi.anaconda.org/...` installs; only `pypi`
    as a word (`--repository pypi`, `pypi-token`) marks a job that ships."""
    files = {**PY, ".github/workflows/ci.yml": workflow(
        "pip install --extra-index-url https://pypi.anaconda.org/simple '.[testing]'",
        "pytest -sv tests/")}
    assert "pytest -sv tests/" in commands(scan(tree(tmp_path, files)), "test_command")


def test_npm_cit_installs_then_runs_the_test_script(tmp_path):
    files = {"package.json": '{"name": "x", "scripts": {"test": "mocha tests"}}',
             "package-lock.json": "{}", ".github/workflows/ci.yml": workflow("npm cit")}
    assert "npm cit" in commands(scan(tree(tmp_path, files)), "test_command")


def test_a_package_without_lockfile_uses_the_manager_ci_runs_there(tmp_path):
    """No lockfile, no `packageManager`: CI's `bun install` / `bun run test` in that
    directory say which manager runs the scripts."""
    steps = ("      - run: bun install\n        working-directory: grammar\n"
             "      - run: bun run test\n        working-directory: grammar\n")
    files = {"grammar/package.json": '{"scripts": {"test": "mocha test", "build": "rollup -c"}}',
             "grammar/src/x.js": "", ".github/workflows/ci.yml": workflow(steps=steps)}
    facts = scan(tree(tmp_path, files))
    assert {f.tool for f in facts if f.kind == "env" and f.cwd == "grammar"} == {"bun"}
    assert "bun run build" in commands(facts, "build_command")


def test_tox_m_runs_the_envs_of_its_label_and_is_read_by_them(tmp_path):
    ini = ("[tox]\nenvlist = py312\nlabels =\n    check = typing, lint\n\n"
           "[testenv]\ncommands = pytest {posargs}\n\n"
           "[testenv:typing]\ncommands = mypy x\n\n[testenv:lint]\ncommands = ruff check x\n")
    files = {**PY, "tox.ini": ini, ".github/workflows/ci.yml": workflow("tox -m check")}
    facts = scan(tree(tmp_path, files))
    assert "tox -m check" in commands(facts, "lint_command")
    assert "tox -m check" not in commands(facts, "test_command")
    assert not any("@" in (f.command or "") for f in facts)


def test_past_the_cap_a_sub_project_ci_tests_in_keeps_its_first_test_command(tmp_path):
    runs = ["pytest -q", "go test ./...", "cargo test", "npx jest", "npx vitest run",
            "npx mocha", "npx ava"]  # seven programs, each a first: the cap is reached
    steps = "      - run: npm test\n        working-directory: web\n"
    files = {**PY, "web/package.json": '{"scripts": {"test": "mocha"}}',
             "web/package-lock.json": "{}", ".github/workflows/ci.yml": workflow(
                 *runs, steps=steps)}
    facts = scan(tree(tmp_path, files))
    assert any(f.cwd == "web" and f.command == "npm test" and f.key.startswith("web:ci:")
               for f in facts)


def test_a_private_test_package_inside_the_source_package_is_a_test_dir(tmp_path):
    files = {"pyproject.toml": "[project]\nname = 'trio'\n", "src/trio/__init__.py": "",
             "src/trio/_core/__init__.py": "", "src/trio/_core/_run.py": "",
             "src/trio/_core/_tests/__init__.py": "", "src/trio/_core/_tests/test_run.py": "",
             "src/trio/_tests/__init__.py": "", "src/trio/_tests/test_socket.py": ""}
    facts = scan(tree(tmp_path, files))
    assert "src/trio/_tests" in paths(facts, "layout:tests")
    assert "src/trio/_core/_tests" in paths(facts, "layout:tests")
    assert paths(facts, "layout:source") == ["src/trio"]


def test_a_crate_a_member_depends_on_by_path_is_a_workspace_member(tmp_path):
    """Cargo makes a path dependency inside the workspace a member: not a crate of its
    own with its own cargo commands."""
    files = {"Cargo.toml": "[workspace]\nmembers = ['cli']\n",
             "cli/Cargo.toml": "[package]\nname = 'cli'\n\n[dependencies]\n"
                               "core = { version = '1', path = '../core' }\n",
             "cli/src/main.rs": "", "core/Cargo.toml": "[package]\nname = 'core'\n",
             "core/src/lib.rs": "", "core/tests/t.rs": ""}
    facts = scan(tree(tmp_path, files))
    assert not [f for f in facts if f.cwd == "core"]
    assert set(paths(facts, "layout:source")) == {"cli", "core"}


def test_a_linter_ci_runs_through_a_task_gets_no_second_bare_default(tmp_path):
    """CI's `make lint` runs cargo clippy: `cargo clippy --all-targets` from Cargo.toml is
    the same linter said twice. A test tool keeps its default (`cargo test` stays)."""
    makefile = ("lint:\n\tcargo clippy --all-targets --all-features -- -D warnings\n"
                "test:\n\tcargo test --all-features\n")
    files = {"Cargo.toml": "[package]\nname = 'x'\nversion = '0.1.0'\n", "src/lib.rs": "",
             "Makefile": makefile, ".github/workflows/ci.yml": workflow("make lint", "make test")}
    facts = scan(tree(tmp_path, files))
    assert commands(facts, "lint_command") == {"make lint", "cargo fmt --check"}
    assert "cargo test" in commands(facts, "test_command")


def test_a_container_given_an_inline_script_does_not_call_every_task(tmp_path):
    """`docker run IMAGE bash -c "cargo test"` runs that script; unlike `docker compose up`
    it leaves the runner's test tasks CI never calls unused."""
    taskfile = ("version: '3'\ntasks:\n  test-php:\n    cmds:\n      - phpunit\n"
                "  test-elixir:\n    cmds:\n      - mix test\n")
    run = 'docker run --rm -v "$PWD:/w" -w /w img bash -c "set -eux; cargo test"'
    files = {"Cargo.toml": "[package]\nname = 'x'\nversion = '0.1.0'\n", "src/lib.rs": "",
             "Taskfile.yaml": taskfile, ".github/workflows/ci.yml": workflow(
                 "task test-php", f"'{run}'")}
    found = commands(scan(tree(tmp_path, files)), "test_command")
    assert "task test-php" in found and "task test-elixir" not in found


def test_tox_envs_are_not_offered_where_ci_drives_nox_and_never_tox(tmp_path):
    ini = "[tox]\nenvlist = py\n\n[testenv]\ncommands = pytest\n\n[testenv:pep8]\n" \
          "commands = flake8 x\n"
    noxfile = ("import nox\n\n@nox.session\ndef tests(s):\n    s.run('pytest')\n\n"
               "@nox.session(name='pep484')\ndef mypy_check(s):\n    s.run('mypy', 'x')\n")
    files = {**PY, "tox.ini": ini, "noxfile.py": noxfile,
             ".github/workflows/ci.yml": workflow("nox -s tests", "nox -s pep484")}
    facts = scan(tree(tmp_path, files))
    assert not [f.command for f in facts if (f.command or "").startswith("tox")]
    assert "nox -s pep484" in commands(facts, "lint_command")


def test_a_build_task_makes_the_bare_build_default_redundant(tmp_path):
    files = {"Cargo.toml": "[package]\nname = 'x'\nversion = '0.1.0'\n", "src/lib.rs": "",
             "Makefile": "build:\n\tcargo build --all-features\n"}
    assert commands(scan(tree(tmp_path, files)), "build_command") == {"make build"}


def test_nox_driven_with_a_noxfile_elsewhere_is_an_environment_tool(tmp_path):
    """CI runs `nox -f bindings/python/noxfile.py` from the root: nox is how that part's
    environments are made, though no Python project sits at the root."""
    files = {"Cargo.toml": "[package]\nname = 'x'\nversion = '0.1.0'\n", "src/lib.rs": "",
             "bindings/python/noxfile.py": "import nox\n\n@nox.session\ndef tests(s):\n"
                                           "    s.run('pytest')\n",
             ".github/workflows/ci.yml": workflow("nox -s tests -f bindings/python/noxfile.py")}
    facts = scan(tree(tmp_path, files))
    assert "nox" in {f.tool for f in facts if f.kind == "env"}


def test_services_started_detached_call_no_task_and_scanners_hide_no_jobs(tmp_path):
    """`docker compose up -d` starts databases for the tests; a reusable workflow of a
    security scanner (osv-scanner) runs no task of the project. Neither keeps the
    Taskfile's test tasks CI never calls."""
    taskfile = ("version: '3'\ntasks:\n  test:\n    cmds:\n      - go test ./...\n"
                "  e2e-frontend:\n    cmds:\n      - npx cypress run\n")
    scanner = ("name: osv-scanner\non: [pull_request]\njobs:\n  scan-pr:\n    uses: "
               "google/osv-scanner-action/.github/workflows/osv-scanner-reusable-pr.yml@v2\n")
    files = {**GO, "Taskfile.yaml": taskfile, ".github/workflows/osv-scanner.yml": scanner,
             ".github/workflows/ci.yml": workflow("docker compose up -d", "go test ./...")}
    found = commands(scan(tree(tmp_path, files)), "test_command")
    assert "task e2e-frontend" not in found and "task test" in found


def test_a_target_that_builds_then_pipes_into_the_built_binary_is_no_build(tmp_path):
    """`flamegraph: build` then `$(BENCH) | target/release/delta`: it runs what it built
    (a profile), on any line of the recipe, not only the last."""
    makefile = ("build:\n\tcargo build --release\n\n"
                "flamegraph: build\n\tgit log -p | target/release/delta > /dev/null &\n"
                "\tsample delta | flamegraph > etc/flame.svg\n")
    files = {"Cargo.toml": "[package]\nname = 'x'\nversion = '0.1.0'\n", "src/main.rs": "",
             "Makefile": makefile}
    assert commands(scan(tree(tmp_path, files)), "build_command") == {"make build"}


def test_tests_written_as_shell_scripts_make_a_test_dir(tmp_path):
    files = {"Cargo.toml": "[package]\nname = 'x'\nversion = '0.1.0'\n", "src/main.rs": "",
             "tests/test_raw_output_matches_git": "#!/bin/bash\n",
             "tests/test_deprecated_options": "#!/bin/bash\n"}
    assert paths(scan(tree(tmp_path, files)), "layout:tests") == ["tests"]


def test_a_cargo_action_step_is_read_as_the_cargo_command_it_runs(tmp_path):
    """`uses: actions-rs/cargo` (or clechasseur/rs-cargo) `with: command: clippy, args:`:
    `cargo clippy --all-targets`, its arguments as far as they are plain words."""
    steps = ("      - uses: clechasseur/rs-cargo@v4\n        with:\n          command: insta\n"
             "          args: test --dnd --target=${{ inputs.target }}\n"
             "      - uses: actions-rs/cargo@v1\n        with:\n          command: clippy\n"
             "          args: --all-targets -- -D warnings\n")
    files = {"Cargo.toml": "[package]\nname = 'x'\nversion = '0.1.0'\n", "src/lib.rs": "",
             ".github/workflows/ci.yml": workflow(steps=steps)}
    facts = scan(tree(tmp_path, files))
    assert "cargo insta test --dnd" in commands(facts, "test_command")
    assert "cargo clippy --all-targets -- -D warnings" in commands(facts, "lint_command")


def test_a_target_that_builds_then_times_the_built_binary_is_a_stress_run(tmp_path):
    """`stress: release` then `time $(gix) pack verify` (gix := $(shell cargo metadata
    ...)/release/gix): it runs what it built, timed."""
    makefile = ("gix := $(shell cargo metadata --format-version 1 | jq -r .target_directory)"
                "/release/gix\n\nrelease:\n\tcargo build --release\n\n"
                "stress: release\n\ttime $(gix) verify big.pack\n"
                "\ttime $(gix) index big.pack\n")
    files = {"Cargo.toml": "[package]\nname = 'x'\nversion = '0.1.0'\n", "src/main.rs": "",
             "Makefile": makefile}
    assert "make stress" not in commands(scan(tree(tmp_path, files)), "build_command")


def test_a_pre_commit_placeholder_setup_py_is_no_package_to_build(tmp_path):
    """A Rust tool's root setup.py named `pre_commit_placeholder_package` only lets
    pre-commit install the hook's binary: `python -m build` is not a build of the project."""
    setup = ("from setuptools import setup\n\nsetup(name='pre_commit_placeholder_package', "
             "version='0.0.0', install_requires=['typos==1.0'])\n")
    files = {"Cargo.toml": "[package]\nname = 'x'\nversion = '0.1.0'\n", "src/main.rs": "",
             "setup.py": setup, ".pre-commit-hooks.yaml": "- id: typos\n"}
    assert "python -m build" not in commands(scan(tree(tmp_path, files)), "build_command")


def test_nextest_archive_packs_the_tests_and_a_script_runs_what_it_is_given(tmp_path):
    """`cargo nextest archive` (or a wrapper script running `cargo-nextest nextest "$@"`,
    called with `archive`) packs the tests; only `run` runs them."""
    script = '#!/bin/bash\nset -e\nCARGO_NEXTEST=${CARGO_NEXTEST:-"cargo-nextest"}\n' \
             '$CARGO_NEXTEST nextest "$@"\n'
    files = {"Cargo.toml": "[package]\nname = 'x'\nversion = '0.1.0'\n", "src/lib.rs": "",
             "scripts/nt.sh": script, ".github/workflows/ci.yml": workflow(
                 "cargo nextest archive --archive-file a.tar.zst",
                 "./scripts/nt.sh archive --archive-file b.tar.zst",
                 "./scripts/nt.sh run --profile ci")}
    found = commands(scan(tree(tmp_path, files)), "test_command")
    assert "./scripts/nt.sh run --profile ci" in found
    assert not [c for c in found if "archive" in c]
