"""Scan rules from round 18's first run on held-out real repositories: each test is one
general rule, on a small tree of its own."""

from __future__ import annotations

import json

from gcode.scan import scan
from scan_helpers import commands, tree, workflow

CRATE = "[package]\nname = 'w'\nversion = '0.1.0'\n"


def _rust_lints(tmp_path, cwd: str, ci: str) -> set[str]:
    where = f"{cwd}/" if cwd else ""
    run = f"cd {cwd} && {ci}" if cwd else ci
    files = {f"{where}Cargo.toml": CRATE, f"{where}src/lib.rs": "",
             ".github/workflows/ci.yml": workflow(run, job="lint")}
    facts = scan(tree(tmp_path / (cwd or "root"), files))
    return {f.command or "" for f in facts if f.kind == "lint_command" and f.cwd == cwd}


def test_rust_ci_lint_choices_hold_in_a_sub_crate_as_at_the_root(tmp_path):
    """CI that checks formatting and never runs clippy (or runs clippy and never checks
    formatting) chose so in a sub-directory crate just as at the root: the facts of
    `sub/` have keys `sub:ci:...`, read through the one helper for a fact's local key."""
    for ci, absent in (("cargo fmt --check", "clippy"), ("cargo clippy -- -D warnings", "fmt")):
        root = _rust_lints(tmp_path / absent, "", ci)
        sub = _rust_lints(tmp_path / absent, "worker", ci)
        assert not any(absent in c for c in root), root
        assert not any(absent in c for c in sub), sub
        assert len(root) == len(sub) == 1


def test_a_container_ci_starts_with_its_image_command_calls_no_task(tmp_path):
    """`docker run -d -p 8888:8888 IMAGE` runs the image's own command (the server the
    functional tests talk to): unlike `docker compose run web make test`, it is not a
    call of any Makefile task, so aliases CI never calls (`tests-once: tests`) go."""
    make = ("tests:\n\tpytest\ntests-once: tests\nfunctional:\n\tpytest tests/functional.py\n")
    files = {"pyproject.toml": "[project]\nname = 'x'\n", "x/__init__.py": "",
             "Makefile": make, ".github/workflows/ci.yml": workflow(
                 "make tests", "docker run --net=host --detach --rm -p 8888:8888 -v "
                 "/a:/b -e X=1 user/app:test", "make functional")}
    found = commands(scan(tree(tmp_path / "a", files)), "test_command")
    assert "make tests" in found and "make tests-once" not in found
    files[".github/workflows/ci.yml"] = workflow("make tests",
                                                 "docker run --rm user/app:test make tests-once")
    found = commands(scan(tree(tmp_path / "b", files)), "test_command")
    assert "make tests-once" in found  # a command after the image may call any task


def test_reading_the_latest_release_does_not_make_a_job_a_release_job(tmp_path):
    """`gh release list` (or view, download) reads releases, e.g. the latest tag an
    upgrade test starts from: the job still tests (`gh release create` publishes)."""
    steps = ("      - run: gh release list --limit 1 --json tagName >> $GITHUB_OUTPUT\n"
             "      - run: nox -s upgrade\n")
    files = {"pyproject.toml": "[project]\nname = 'x'\n", "x/__init__.py": "",
             "noxfile.py": "import nox\n\n@nox.session\ndef upgrade(session):\n"
                           "    session.run('pytest', 'tests/upgrade')\n",
             ".github/workflows/ci.yml": workflow(job="e2e", steps=steps)}
    ci = {f.command for f in scan(tree(tmp_path / "a", files)) if f.key.startswith("ci:")}
    assert "nox -s upgrade" in ci
    files[".github/workflows/ci.yml"] = workflow(job="e2e", steps=steps.replace(
        "list --limit 1 --json tagName >> $GITHUB_OUTPUT", "create v1 dist/*"))
    assert not any("ci" in f.key for f in scan(tree(tmp_path / "b", files)))


def test_a_runner_cli_run_on_the_test_directories_is_a_test_under_every_runtime(tmp_path):
    """A test runner testing itself runs its own CLI on its test directories, under
    each runtime CI tries (`tsx`, `bun`, `deno run -A`): each of those scripts tests.
    `deno run x.ts` / `bun run x.ts` run that file, not a package.json script."""
    scripts = {"test": "tsx src/bin/index.ts test/unit test/e2e",
               "test:bun": "bun src/bin/index.ts test/unit test/e2e",
               "test:deno": "deno run -A src/bin/index.ts --allow=all test/unit test/e2e",
               "gen": "node scripts/gen.js test/fixtures"}
    files = {"package.json": json.dumps({"name": "r", "scripts": scripts}),
             "package-lock.json": "{}", "src/bin/index.ts": "", "test/unit/a.test.ts": "",
             ".github/workflows/ci.yml": workflow("npm ci", "npm run test:bun",
                                                  "npm run test:deno", "npm run gen")}
    found = commands(scan(tree(tmp_path, files)), "test_command")
    assert {"npm run test:bun", "npm run test:deno"} <= found
    assert "npm run gen" not in found  # writes fixtures under test/: runs no tests


def test_a_benchmark_directory_is_no_sub_project_even_when_ci_enters_it(tmp_path):
    """`benchmark/` (like `benchmarks/`, `bench/`) holds workloads, e.g. suites written
    for the test runners compared: its test files and runners are not the project's tests,
    even when CI runs `cd benchmark && sh benchmark.sh`."""
    files = {"package.json": json.dumps({"name": "r", "scripts": {"test": "vitest run"}}),
             "package-lock.json": "{}", "src/index.ts": "", "test/a.test.ts": "",
             "benchmark/package.json": json.dumps({"devDependencies": {"vitest": "1"}}),
             "benchmark/package-lock.json": "{}", "benchmark/test/a.test.ts": "",
             ".github/workflows/ci.yml": workflow("npm test", "cd benchmark && npm ci",
                                                  "cd benchmark && sh benchmark.sh")}
    facts = scan(tree(tmp_path, files))
    assert not [f for f in facts if f.cwd == "benchmark"]
    assert "npm test" in commands(facts, "test_command")


def test_a_rustfmt_action_is_ci_checking_the_format(tmp_path):
    """`uses: actions-rust-lang/rustfmt` (or an owner's `x/actions/rustfmt`) checks the
    format: CI lints with clippy and fmt, so the format check is one of its lints."""
    steps = "      - uses: sfackler/actions/rustfmt@master\n"
    files = {"Cargo.toml": CRATE, "src/lib.rs": "",
             ".github/workflows/ci.yml": workflow("cargo clippy --all --all-targets",
                                                  job="lint", steps=steps)}
    lints = commands(scan(tree(tmp_path, files)), "lint_command")
    assert "cargo fmt --all --check" in lints and "cargo clippy --all --all-targets" in lints


def test_a_docker_image_build_leaves_the_python_package_build_offered(tmp_path):
    """`make build` running `docker build` builds the image to deploy; the package the
    pyproject's backend builds (`uv build`, what the publish workflow runs) is still
    how the project builds; a Makefile build of the package itself still replaces it."""
    py = ("[project]\nname = 'x'\n[build-system]\nrequires = ['hatchling']\n"
          "build-backend = 'hatchling.build'\n")
    files = {"pyproject.toml": py, "uv.lock": "", "x/__init__.py": "",
             "Makefile": "build:\n\tdocker build -t x/server:latest .\n"}
    builds = commands(scan(tree(tmp_path / "a", files)), "build_command")
    assert {"make build", "uv build"} <= builds
    files["Makefile"] = "build:\n\tuv build --wheel\n"
    assert commands(scan(tree(tmp_path / "b", files)), "build_command") == {"make build"}


def test_a_meson_project_beside_its_cargo_manifest_builds_with_meson(tmp_path):
    """A GNOME Rust app: meson generates the config the crate needs and runs cargo, so
    `meson setup build && meson compile -C build` is the build, not only `cargo build`."""
    files = {"Cargo.toml": CRATE, "src/main.rs": "", "src/meson.build": "cargo_build = 1\n",
             "meson.build": "project('app', 'rust', version: '1.0')\nsubdir('src')\n"}
    builds = commands(scan(tree(tmp_path, files)), "build_command")
    assert "meson setup build && meson compile -C build" in builds


def test_a_ci_build_of_a_test_crate_is_no_project_build(tmp_path):
    """`maturin build -m test-crates/pyo3-mixed/Cargo.toml` (or `cargo build
    --manifest-path tests/x/Cargo.toml`) builds a test fixture with the tool under test."""
    files = {"Cargo.toml": CRATE, "src/main.rs": "", "test-crates/a/Cargo.toml": CRATE,
             ".github/workflows/ci.yml": workflow(
                 "bin/maturin build --release -m test-crates/a/Cargo.toml",
                 "cargo build --manifest-path=tests/b/Cargo.toml", job="build")}
    builds = commands(scan(tree(tmp_path, files)), "build_command")
    assert not any("test" in b for b in builds), builds


def test_maturin_is_the_env_only_when_the_build_system_requires_it(tmp_path):
    """A pyproject whose backend is loaded from a directory named `maturin` (maturin's
    own bootstrap: `backend-path = ["maturin"]`, setuptools-rust) is not built by maturin."""
    py = ("[project]\nname = 'm'\n[build-system]\nrequires = ['setuptools', "
          "'setuptools-rust']\nbackend-path = ['maturin']\nbuild-backend = 'bootstrap'\n")
    files = {"pyproject.toml": py, "Cargo.toml": CRATE, "src/main.rs": "",
             "maturin/__init__.py": ""}
    tools = {f.tool for f in scan(tree(tmp_path / "a", files)) if f.kind == "env"}
    assert "maturin" not in tools
    files["pyproject.toml"] = "[project]\nname = 'm'\n[build-system]\nrequires = " \
                              "['maturin>=1,<2']\nbuild-backend = 'maturin'\n"
    tools = {f.tool for f in scan(tree(tmp_path / "b", files)) if f.kind == "env"}
    assert "maturin" in tools


def test_golangci_lint_reads_a_config_above_the_module(tmp_path):
    """golangci-lint takes the first config in the module's directory or any above it:
    `v3/.golangci.yml` over the modules `v3/a`, `v3/b` is theirs."""
    files = {"v3/.golangci.yml": "version: '2'\n", "v3/a/go.mod": "module x/a\n\ngo 1.22\n",
             "v3/a/a.go": "package a\n",
             ".github/workflows/ci.yml": workflow("cd v3/a && go test ./...")}
    facts = scan(tree(tmp_path, files))
    assert any(f.command == "golangci-lint run" and f.cwd == "v3/a" for f in facts)


def test_a_test_named_group_of_workspace_packages_holds_tests(tmp_path):
    """pnpm's `packages/**/*` takes in packages at any depth: `packages/x-tests/`, no
    package itself, groups the test packages `main/`, `sdks/`, so it is where tests live.
    A test-named package of its own (`packages/test-utils`) may be a helper: not taken."""
    pkg = json.dumps({"name": "p", "private": True})
    files = {"package.json": json.dumps({"name": "r", "scripts": {"test": "vitest"}}),
             "pnpm-lock.yaml": "", "pnpm-workspace.yaml": "packages:\n  - packages/**/*\n",
             "packages/core/package.json": pkg, "packages/core/src/index.ts": "",
             "packages/x-tests/main/package.json": pkg, "packages/x-tests/main/a.test.ts": "",
             "packages/test-utils/package.json": pkg, "packages/test-utils/index.ts": ""}
    facts = scan(tree(tmp_path, files))
    tests = [p for f in facts if f.key == "layout:tests" for p in f.paths]
    assert "packages/x-tests" in tests and "packages/test-utils" not in tests


def test_a_lint_script_variant_running_the_base_and_more_is_not_offered_beside_it(tmp_path):
    """`lint:next` runs what `lint` runs and one check more: a variant of the project's
    lint, not a second one to offer (unless CI calls it). A script of other checks
    (`lint:css`) stays: linters complement each other."""
    scripts = {"lint": "oxfmt --check . && oxlint .",
               "lint:next": "oxfmt --check . && oxlint . && ruff check snapshots",
               "lint:css": "stylelint src", "test": "vitest run"}
    files = {"package.json": json.dumps({"name": "r", "scripts": scripts}),
             "pnpm-lock.yaml": "", "src/index.ts": ""}
    lints = commands(scan(tree(tmp_path / "a", files)), "lint_command")
    assert {"pnpm run lint", "pnpm run lint:css"} <= lints and "pnpm run lint:next" not in lints
    files[".github/workflows/ci.yml"] = workflow("pnpm run lint:next", job="lint")
    assert "pnpm run lint:next" in commands(scan(tree(tmp_path / "b", files)), "lint_command")


def test_a_go_build_program_of_the_repository_is_read_by_its_task_words(tmp_path):
    """`go run . unit-test` / `go run . check` in `internal/cmd/build` (a Go program of the
    repository's own, like `cargo xtask`) test and lint; `go run ./x/wait.go` (one file of
    code) and a module's program are neither."""
    steps = ("      - run: go run . unit-test\n        working-directory: ./internal/cmd/build\n"
             "      - run: go run . check\n        working-directory: ./internal/cmd/build\n")
    files = {"go.mod": "module x\n\ngo 1.22\n", "x.go": "package x\n",
             "internal/cmd/build/go.mod": "module x/build\n\ngo 1.22\n",
             "internal/cmd/build/main.go": "package main\n",
             ".github/workflows/ci.yml": workflow("go run ./.github/wait_for_server.go",
                                                  steps=steps)}
    facts = scan(tree(tmp_path, files))
    assert "go run . unit-test" in commands(facts, "test_command")
    assert "go run . check" in commands(facts, "lint_command")
    assert not any("wait_for_server" in (f.command or "") for f in facts)


def test_gstreamers_test_launcher_is_a_test_runner(tmp_path):
    """`gst-validate-launcher tests/suite.py` (GStreamer projects' test launcher, run in a
    sandbox under xvfb) runs the tests."""
    files = {"meson.build": "project('app')\n", "app/__init__.py": "",
             ".gitlab-ci.yml": "build:\n  script:\n    - xvfb-run -n 32 -s \"-screen 0 640x480x24\""
                               " ${RUN} gst-validate-launcher tests/ptv_testsuite.py\n"}
    found = commands(scan(tree(tmp_path, files)), "test_command")
    assert any("gst-validate-launcher" in c for c in found), found


def test_a_django_settings_package_for_tests_holds_no_tests(tmp_path):
    """`tcms/settings/test/` (the settings `manage.py test --settings=tcms.settings.test`
    runs with) is configuration; the apps' `tests/` beside it hold the tests."""
    files = {"setup.py": "from setuptools import setup\nsetup(name='t')\n", "manage.py": "",
             "tcms/__init__.py": "", "tcms/settings/__init__.py": "",
             "tcms/settings/test/__init__.py": "", "tcms/settings/test/postgresql.py": "",
             "tcms/core/__init__.py": "", "tcms/core/tests/__init__.py": "",
             "tcms/core/tests/test_views.py": ""}
    facts = scan(tree(tmp_path, files))
    tests = [p for f in facts if f.kind == "layout" and f.key.endswith("layout:tests")
             for p in f.paths]
    assert "tcms/core/tests" in tests and "tcms/settings/test" not in tests


def test_a_compose_build_of_a_test_environment_is_no_project_build(tmp_path):
    """`docker compose -f tests/jira/docker-compose.yml build` builds the services of a
    test's environment; `docker build -f tests/Dockerfile .` still builds the project (its
    context is the repository)."""
    files = {"Dockerfile": "FROM x\n", "app/__init__.py": "", "tests/jira/docker-compose.yml":
             "services:\n  jira:\n    build: .\n", "tests/Dockerfile": "FROM x\n",
             ".github/workflows/ci.yml": workflow(
                 "docker compose -f tests/jira/docker-compose.yml build",
                 "docker build -f tests/Dockerfile -t app:test .", job="build")}
    builds = commands(scan(tree(tmp_path, files)), "build_command")
    assert "docker build -f tests/Dockerfile -t app:test ." in builds
    assert not any("compose" in b for b in builds), builds


def test_a_test_target_building_an_image_then_running_a_test_script_is_no_build(tmp_path):
    """`test-docker-image: docker-image` then `./tests/runner.sh`: it tests the image it
    builds, so it is not a second way to build (`docker-image` is)."""
    make = ("docker-image:\n\tdocker build -t x/app:latest .\n"
            "test-docker-image: docker-image\n\t./tests/runner.sh\n")
    files = {"Makefile": make, "Dockerfile": "FROM x\n", "app/__init__.py": "",
             "tests/runner.sh": "#!/bin/bash\nrlJournalStart\n",
             ".github/workflows/ci.yml": workflow("make test-docker-image", job="docker")}
    builds = commands(scan(tree(tmp_path, files)), "build_command")
    assert "make test-docker-image" not in builds and "make docker-image" in builds


def test_ci_building_with_a_script_that_formats_its_output_still_builds(tmp_path):
    """`pnpm build` running `tsc && prettier --write dist` is how CI builds (it only tidies
    what it generated): the runner's other build scripts CI never calls (`bundle:rollup`,
    a scratch experiment) are variants, not offered."""
    scripts = {"build": "tsc && prettier --write dist", "bundle:rollup": "rollup -c",
               "test": "vitest run"}
    files = {"package.json": json.dumps({"name": "z", "scripts": scripts}),
             "pnpm-lock.yaml": "", "src/index.ts": "",
             ".github/workflows/ci.yml": workflow("pnpm build", "pnpm test")}
    builds = commands(scan(tree(tmp_path, files)), "build_command")
    assert "pnpm build" in builds and "pnpm run bundle:rollup" not in builds


def test_a_target_that_sets_up_first_then_does_its_own_job_is_no_env_setup(tmp_path):
    """`docs: venv` then `$(SPHINX) ...`, `test: venv` then `$(PYTEST)`: the prerequisite
    installs, the target's own line does its job (one the scan cannot read), so it is not
    a way to set up the environment; `make test` is the tests by convention. `venv` and
    `install` themselves still set up."""
    make = ("VENV = .venv\nvenv:\n\tpython3 -m venv $(VENV)\n\t$(VENV)/bin/pip install -e .\n"
            "test: venv\n\t$(PYTEST)\n"
            "docs: venv\n\t$(SPHINX) -b html docs docs/_build\n")
    files = {"Makefile": make, "setup.py": "from setuptools import setup\nsetup()\n",
             "app/__init__.py": ""}
    facts = scan(tree(tmp_path, files))
    env = {f.command for f in facts if f.kind == "env" and f.command}
    assert "make venv" in env and not {"make test", "make docs"} & env
    assert "make test" in commands(facts, "test_command")


def test_a_make_variable_defined_from_itself_is_filled_in_once(tmp_path):
    """`RUNTIME_BASE := $(or $(RUNTIME_BASE), "centos")` (the environment's value first): the
    recipe quoted in a fact shows it once, not nested five times over."""
    make = ('RUNTIME_BASE := $(or $(RUNTIME_BASE), "centos")\n'
            "image:\n\tdocker build --build-arg RUNTIME_BASE=$(RUNTIME_BASE) -t x/app .\n")
    facts = scan(tree(tmp_path, {"Makefile": make, "Dockerfile": "FROM x\n"}))
    fact = next(f for f in facts if f.command == "make image")
    assert '$(or $(RUNTIME_BASE), "centos")' in fact.content
    assert "$(or $(or" not in fact.content
