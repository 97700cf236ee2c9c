"""Scan rules from round 54's first run on held-out real repositories (psygnal,
strawberry, xarray, urql, tealdeer, sops): each test is one general rule, on a small tree
of its own."""

from __future__ import annotations

from gcode.scan import scan
from scan_helpers import PY, commands, paths, tree, workflow


def tools(facts):
    return {f.tool for f in facts if f.kind == "env"}


def test_a_pixi_workspace_is_the_environment_tool(tmp_path):
    """pixi.toml (or pyproject's [tool.pixi]) makes the environment: `pixi run` runs in it."""
    files = {**PY, "pixi.toml": "[workspace]\nname = 'x'\n[tasks]\ntest = 'pytest'\n"}
    assert "pixi" in tools(scan(tree(tmp_path, files)))
    other = tmp_path / "other"
    files = {"pyproject.toml": "[project]\nname = 'x'\n[tool.pixi.workspace]\n"
                               "channels = ['conda-forge']\n", "x/__init__.py": ""}
    assert "pixi" in tools(scan(tree(other, files)))


def test_ci_setting_up_pixi_names_it(tmp_path):
    steps = "      - uses: prefix-dev/setup-pixi@v0.8\n      - run: pixi run -e py312 -- " \
            "python -m pytest\n"
    files = {**PY, ".github/workflows/ci.yml": workflow(steps=steps)}
    assert "pixi" in tools(scan(tree(tmp_path, files)))


def test_a_package_of_test_modules_only_is_a_test_dir_not_source(tmp_path):
    """properties/: a conftest.py and test_*.py modules (hypothesis suites) beside the
    package: tests under another name."""
    files = {**PY, "x/core.py": "", "properties/__init__.py": "",
             "properties/conftest.py": "", "properties/test_roundtrip.py": "",
             "properties/test_indexing.py": "", "properties/README.md": ""}
    facts = scan(tree(tmp_path, files))
    assert "properties" not in paths(facts, "layout:source")
    assert "x" in paths(facts, "layout:source")
    assert "properties" in paths(facts, "layout:tests")


def test_listing_the_sessions_is_no_test_run(tmp_path):
    """`nox --json -t tests -l` lists the sessions (CI makes a matrix of them); it runs
    none. Likewise `tox -l` and `tox list`."""
    noxfile = "import nox\n\n@nox.session(tags=['tests'])\ndef tests(session):\n" \
              "    session.run('pytest')\n"
    files = {**PY, "noxfile.py": noxfile, "tox.ini": "[testenv]\ncommands = pytest\n",
             ".github/workflows/ci.yml": workflow("uv run nox --json -t tests -l | jq .",
                                                  "tox -l", "tox list", "nox --list")}
    found = commands(scan(tree(tmp_path, files)), "test_command")
    assert not any(" -l" in c or "list" in c for c in found), found


def test_a_rust_harness_ci_runs_in_a_test_dir_needs_cargo(tmp_path):
    """functional-tests/: a crate of tests CI runs with `cargo test` there, beside a Go
    module: cargo is a tool to have."""
    ci = ("name: ci\non: [push]\njobs:\n  functional:\n    runs-on: x\n    steps:\n"
          "      - run: cargo test\n        working-directory: ./functional-tests\n"
          "  unit:\n    runs-on: x\n    steps:\n      - run: go test ./...\n")
    files = {"go.mod": "module example.com/x\n", "x.go": "package x\n",
             "functional-tests/Cargo.toml": "[package]\nname = 'functional-tests'\n",
             "functional-tests/src/lib.rs": "", ".github/workflows/ci.yml": ci}
    assert {"go", "cargo"} <= tools(scan(tree(tmp_path, files)))


def test_the_steps_of_a_parallel_group_are_the_jobs_steps(tmp_path):
    """GitHub Actions' parallel steps (GA June 2026): `- parallel:` lists steps, or
    `sequential:` runs of steps, that all run before the next step."""
    steps = ("      - run: npm ci\n      - parallel:\n          - run: npm run typecheck\n"
             "          - sequential:\n              - uses: oven-sh/setup-bun@v2\n"
             "              - run: npx vitest run test/unit\n")
    pkg = '{"name": "x", "scripts": {"typecheck": "tsc --noEmit"}, ' \
          '"devDependencies": {"vitest": "1", "typescript": "5"}}'
    files = {"package.json": pkg, "package-lock.json": "{}", "src/index.ts": "",
             ".github/workflows/ci.yml": workflow(steps=steps)}
    facts = scan(tree(tmp_path, files))
    assert "npm run typecheck" in commands(facts, "lint_command")
    assert "npx vitest run test/unit" in commands(facts, "test_command")
    assert "bun" in tools(facts)


def test_a_script_named_for_building_the_tests_builds(tmp_path):
    """`build-test` (a native addon compiled with test features) builds what the tests
    need; one whose recipe cannot be read is named for that, not for testing."""
    pkg = '{"name": "x", "scripts": {"build-test": "pnpm --filter other-pkg run build-test",' \
          ' "test": "vitest run"}, "devDependencies": {"vitest": "1"}}'
    files = {"package.json": pkg, "pnpm-lock.yaml": "", "src/index.ts": "",
             ".github/workflows/ci.yml": workflow("pnpm install", "pnpm run build-test",
                                                  "pnpm test")}
    facts = scan(tree(tmp_path, files))
    assert "pnpm run build-test" not in commands(facts, "test_command")
    assert "pnpm test" in commands(facts, "test_command")


def test_a_cargo_checker_given_fix_rewrites_files(tmp_path):
    """`cargo shear --fix` (an autofix job) removes unused dependencies: it formats, and
    its check (without --fix) is the lint."""
    files = {"Cargo.toml": "[package]\nname = 'x'\n", "src/lib.rs": "",
             ".github/workflows/ci.yml": workflow("cargo shear --fix --deny-warnings",
                                                  "cargo test")}
    facts = scan(tree(tmp_path, files))
    assert "cargo shear --fix --deny-warnings" in commands(facts, "format_command")
    assert "cargo shear --deny-warnings" in commands(facts, "lint_command")


def test_a_pixi_task_ci_runs_is_read_for_what_it_runs(tmp_path):
    """`pixi run --environment lint lint` runs the task `lint` (pre-commit) in the
    environment `lint`; `pixi run -e py312 python -m pytest` runs a command."""
    pyproject = ("[project]\nname = 'x'\n[tool.pixi.workspace]\nchannels = ['conda-forge']\n"
                 "[tool.pixi.feature.lint.tasks]\nlint = 'pre-commit run'\n"
                 "[tool.pixi.feature.test.tasks]\ncheck = { cmd = 'pytest -x', "
                 "depends-on = ['compile'] }\ncompile = 'python -m compileall x'\n")
    files = {"pyproject.toml": pyproject, "x/__init__.py": "",
             ".github/workflows/ci.yml": workflow("pixi run --environment lint lint --all-files",
                                                  "pixi run -e test check",
                                                  "pixi run -e py312 python -m pytest tests")}
    facts = scan(tree(tmp_path, files))
    assert "pixi run --environment lint lint --all-files" in commands(facts, "lint_command")
    found = commands(facts, "test_command")
    assert {"pixi run -e test check", "pixi run -e py312 python -m pytest tests"} <= found


def test_a_packages_testsuite_directory_holds_its_tests(tmp_path):
    files = {**PY, "x/core.py": "", "x/testsuite/__init__.py": "",
             "x/testsuite/test_core.py": "", "x/testsuite/helpers.py": ""}
    assert "x/testsuite" in paths(scan(tree(tmp_path, files)), "layout:tests")
    # a Go module's testsuite/ package is what its users' tests import: source
    go = {"go.mod": "module example.com/sdk\n", "client.go": "package sdk\n",
          "testsuite/testsuite.go": "package testsuite\n"}
    assert "testsuite" not in paths(scan(tree(tmp_path / "go", go)), "layout:tests")


def test_typedoc_emitting_nothing_checks_the_doc_comments(tmp_path):
    """`typedoc --treatWarningsAsErrors --emit none` writes no docs: a lint; plain
    `typedoc` writes the API docs (the docs, not the build)."""
    pkg = '{"name": "x", "scripts": {"lint:typedoc": "typedoc --treatWarningsAsErrors ' \
          '--emit none", "typedoc": "typedoc"}, "devDependencies": {"typedoc": "1"}}'
    files = {"package.json": pkg, "pnpm-lock.yaml": "", "src/index.ts": "",
             ".github/workflows/ci.yml": workflow("pnpm install", "pnpm lint:typedoc",
                                                  job="lint-typedoc") +
             "  test:\n    runs-on: x\n    steps:\n      - run: pnpm install\n"
             "      - run: pnpm test\n"}
    facts = scan(tree(tmp_path, files))
    assert commands(facts, "lint_command") & {"pnpm lint:typedoc", "pnpm run lint:typedoc"}
    assert "pnpm typedoc" not in commands(facts, "lint_command") | \
        commands(facts, "build_command")


def test_pyrights_action_is_pyright(tmp_path):
    """A type-check job that is pyright's published action: the checker it runs, as for
    pre-commit/action and golangci-lint-action."""
    steps = "      - uses: actions/checkout@v4\n      - uses: jakebailey/pyright-action@v2\n"
    files = {**PY, ".github/workflows/lint.yml": workflow(steps=steps, job="typecheck"),
             ".github/workflows/test.yml": workflow("pip install -e .", "pytest")}
    assert "pyright" in commands(scan(tree(tmp_path, files)), "lint_command")


def test_check_dts_checks_the_type_declarations(tmp_path):
    """`pnpm test` running every test:* script, one of them `check-dts` (type tests of
    the .d.ts files): that script is a type check, a lint."""
    pkg = '{"name": "x", "scripts": {"test:types": "check-dts", "test:unit": "vitest run",' \
          ' "test": "pnpm run /^test:/"}, "devDependencies": {"check-dts": "1", "vitest": "1"}}'
    files = {"package.json": pkg, "pnpm-lock.yaml": "", "index.js": "", "test/a.test.ts": "",
             ".github/workflows/ci.yml": workflow("pnpm install", "pnpm test")}
    assert "pnpm run test:types" in commands(scan(tree(tmp_path, files)), "lint_command")


def test_a_published_crate_named_test_something_is_code(tmp_path):
    """crates/test-macro: the published proc-macro behind `#[wasm_bindgen_test]`, a
    library for users' tests, not a directory of tests (like futures-test)."""
    cargo = ("[package]\nname = 'x'\n[workspace]\nmembers = ['crates/test-macro', 'crates/core']\n")
    files = {"Cargo.toml": cargo, "src/lib.rs": "",
             "crates/core/Cargo.toml": "[package]\nname = 'x-core'\n",
             "crates/core/src/lib.rs": "",
             "crates/test-macro/Cargo.toml": "[package]\nname = 'x-test-macro'\n"
                                             "description = 'the #[x_test] attribute'\n"
                                             "[lib]\nproc-macro = true\n",
             "crates/test-macro/src/lib.rs": ""}
    assert "crates/test-macro" not in paths(scan(tree(tmp_path, files)), "layout:tests")


def test_a_flake8_file_left_beside_hooks_running_ruff_is_no_lint(tmp_path):
    """.flake8 kept after the move to ruff, whose pre-commit hook now lints: flake8 is not
    installed or run anywhere, so it is not how the project lints."""
    hooks = "repos:\n  - repo: https://github.com/astral-sh/ruff-pre-commit\n" \
            "    rev: v0.9.0\n    hooks:\n      - id: ruff-check\n"
    files = {**PY, ".flake8": "[flake8]\nmax-line-length = 100\n", ".ruff.toml": "",
             ".pre-commit-config.yaml": hooks}
    assert "flake8" not in commands(scan(tree(tmp_path, files)), "lint_command")


def test_openastronomys_reusable_tox_workflow_runs_its_first_env(tmp_path):
    """`uses: OpenAstronomy/github-actions-workflows/.github/workflows/tox.yml` given
    `envs: |` a YAML list by platform runs `tox -e <env>`."""
    ci = ("name: ci\non: [pull_request]\njobs:\n  test:\n"
          "    uses: OpenAstronomy/github-actions-workflows/.github/workflows/tox.yml@v2\n"
          "    with:\n      envs: |\n        - linux: py313\n        - windows: py312\n")
    files = {**PY, "tox.ini": "[tox]\nenvlist = py313\n[testenv]\ncommands = pytest\n",
             ".github/workflows/ci.yml": ci}
    assert "tox -e py313" in commands(scan(tree(tmp_path, files)), "test_command")
    broken = ci.replace("- linux: py313", "- linux: [py313")  # not YAML: no env, no crash
    files[".github/workflows/ci.yml"] = broken
    assert "tox -e py313" not in commands(scan(tree(tmp_path, files)), "test_command")


def test_services_of_a_release_named_workflow_a_gating_job_calls(tmp_path):
    """router.yaml (pull requests) calls release-feature-branch.yaml, whose test job
    starts postgres: that is the tests' database, though the file is named for releases."""
    router = ("name: router\non: [pull_request]\njobs:\n  run-feature:\n"
              "    uses: ./.github/workflows/release-feature-branch.yaml\n")
    feature = ("name: feature\non: [workflow_call]\njobs:\n  test:\n    runs-on: x\n"
               "    services:\n      postgres:\n        image: postgres:16\n"
               "    steps:\n      - run: npm ci\n      - run: npx vitest run\n")
    files = {"package.json": '{"name": "x", "devDependencies": {"vitest": "1"}}',
             "package-lock.json": "{}", "src/index.ts": "",
             ".github/workflows/router.yaml": router,
             ".github/workflows/release-feature-branch.yaml": feature}
    assert "postgres" in tools(scan(tree(tmp_path, files)))


def test_testpaths_written_with_a_dot_slash(tmp_path):
    """`testpaths = ["./tests/"]` names tests/, not a directory called `./tests`."""
    files = {**PY, "tests/test_x.py": "", "pyproject.toml":
             "[project]\nname = 'x'\n[tool.pytest.ini_options]\ntestpaths = ['./tests/', '..']\n"}
    found = paths(scan(tree(tmp_path, files)), "layout:tests")
    assert "tests" in found and not any(p.startswith(".") for p in found)


def test_a_script_building_the_tests_fixtures_is_no_build(tmp_path):
    """`bun run scripts/buildFixtures.ts` before the tests: their data, not the build."""
    pkg = '{"name": "x", "scripts": {"build": "tsdown", "test": "vitest run"}, ' \
          '"devDependencies": {"tsdown": "1", "vitest": "1"}}'
    files = {"package.json": pkg, "pnpm-lock.yaml": "", "src/index.ts": "",
             "scripts/buildFixtures.ts": "",
             ".github/workflows/ci.yml": workflow("pnpm install", "pnpm run build",
                                                  "bun run scripts/buildFixtures.ts",
                                                  "bun -b vitest")}
    assert "bun run scripts/buildFixtures.ts" not in commands(scan(tree(tmp_path, files)),
                                                            "build_command")
