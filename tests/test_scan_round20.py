"""Scan rules from round 20's first run on held-out real repositories: each test is one
general rule, on a small tree of its own."""

from __future__ import annotations

import json

from gcode.scan import scan
from scan_helpers import PY, commands, paths, tree, workflow


def _pkg(scripts: dict[str, str], **extra: object) -> str:
    return json.dumps({"name": "x", "scripts": scripts, **extra})


def test_tsx_test_runs_the_node_test_runner(tmp_path):
    files = {"package.json": _pkg({
        "test:eslint": "eslint .", "test:node": "tsx --test test/*.ts",
        "test": "run-p --aggregate-output test:*", "start": "tsx src/server.ts"}),
        "package-lock.json": "", "index.ts": "", "test/a.ts": "",
        ".github/workflows/ci.yml": workflow("npm ci", "npm test")}
    facts = scan(tree(tmp_path, files))
    tests = commands(facts, "test_command")
    assert {"npm test", "npm run test:node"} <= tests  # the umbrella runs tests: a test
    assert "npm test" not in commands(facts, "lint_command")
    assert "npm run start" not in tests  # tsx running a program: no test


def test_maturin_action_builds_with_maturin(tmp_path):
    steps = ("      - uses: PyO3/maturin-action@v1\n        with:\n"
             "          args: --release --out dist --interpreter ${{ matrix.py }}\n"
             "      - uses: PyO3/maturin-action@v1\n        with:\n          command: sdist\n")
    files = {**PY, "Cargo.toml": "[package]\nname = 'x'\n", "src/lib.rs": "",
             "pyproject.toml": "[build-system]\nbuild-backend = 'maturin'\n[project]\nname='x'\n",
             ".github/workflows/ci.yml": workflow("pytest", job="build", steps=steps)}
    builds = commands(scan(tree(tmp_path, files)), "build_command")
    # the action's default command, with its arguments as far as they are plain words
    assert "maturin build --release --out dist" in builds


def test_a_sub_project_named_as_an_example_is_not_source(tmp_path):
    files = {"setup.py": "", "src/flake/__init__.py": "", "tests/test_a.py": "",
             "example-plugin/setup.py": "", "demo_app/pyproject.toml": "[project]\nname='d'\n",
             "example-plugin/src/flake_example/__init__.py": "", "demo_app/d/__init__.py": "",
             "setup.cfg": "[options]\npackage_dir =\n    =src\n",
             ".github/workflows/ci.yml": workflow("pip install -e example-plugin", "pytest",
                                                  "cd demo_app && pytest")}
    facts = scan(tree(tmp_path, files))
    found = [p for f in facts if f.key.endswith("layout:source") for p in f.paths]
    assert "src/flake" in found
    assert not [p for p in found if p.startswith(("example-plugin", "demo_app"))]


def test_a_build_task_that_runs_benchmarks_to_profile_is_no_test(tmp_path):
    files = {**PY, "Makefile": (
        "build-pgo:\n\tRUSTFLAGS='-Cprofile-generate=/tmp/p' maturin develop --release\n"
        "\tpytest tests/benchmarks\n\tRUSTFLAGS='-Cprofile-use=/tmp/p' maturin develop --release\n"
        "build-and-test:\n\tmaturin develop\n\tpytest\n"
        "test:\n\tpytest\n"), "tests/test_a.py": ""}
    tests = commands(scan(tree(tmp_path, files)), "test_command")
    assert "make build-pgo" not in tests
    assert {"make test", "make build-and-test"} <= tests  # named for testing: still a test


def test_an_app_installing_the_package_from_above_is_not_source(tmp_path):
    files = {"package.json": _pkg({"test": "jest"}, main="dist/index.js"),
             "pnpm-lock.yaml": "", "src/index.ts": "", "src/__tests__/a.test.ts": "",
             "app/package.json": json.dumps({"name": "demo", "scripts": {"dev": "vite"},
                                             "dependencies": {"x": "file:.."}}),
             "app/src/app.tsx": "", "app/vite.config.ts": ""}
    found = paths(scan(tree(tmp_path, files)), "layout:source")
    assert "src" in found and not [p for p in found if p.startswith("app")]
    # an app of the workspace's own, depending on packages by version: still code
    (tmp_path / "app/package.json").write_text(json.dumps({"name": "demo", "dependencies": {
        "x": "^1.0.0"}}))
    assert "app" in paths(scan(tmp_path), "layout:source")


def test_code_directories_beside_a_root_index_are_source(tmp_path):
    files = {"package.json": _pkg({"test": "tsx --test test/*.ts"}), "package-lock.json": "",
             "index.ts": "", "middlewares/a/index.ts": "", "test/a.ts": "",
             "docs/x.ts": "", "build/build-package.ts": "", "eslint.config.js": ""}
    found = paths(scan(tree(tmp_path, files)), "layout:source")
    assert found == [".", "middlewares"]


def test_pip_installing_requirements_in_as_many_jobs_as_uv_sets_ci_up(tmp_path):
    def jobs(*runs: tuple[str, str]) -> str:
        body = "".join(f"  {name}:\n    runs-on: x\n    steps:\n      - run: {run}\n"
                       "      - run: pytest\n" for name, run in runs)
        return f"name: ci\non: push\njobs:\n{body}"
    base = {**PY, "uv.lock": "", "tests/test_a.py": ""}
    wf = jobs(("lint", "uv sync"), ("a", 'pip install "$PKG" -r reqs.txt'),
              ("b", "pip install -r reqs.txt"))
    facts = scan(tree(tmp_path / "one", {**base, ".github/workflows/ci.yml": wf}))
    assert {"uv", "pip"} <= {f.tool for f in facts if f.kind == "env"}
    # pip only in a side job, or only installing a tool: uv is how CI sets up
    wf = jobs(("a", "uv sync"), ("b", "uv sync"), ("c", "uv sync"),
              ("side", "pip install -r reqs.txt"), ("d", "pip install tox"))
    facts = scan(tree(tmp_path / "two", {**base, ".github/workflows/ci.yml": wf}))
    assert "pip" not in {f.tool for f in facts if f.kind == "env"}


def test_a_build_task_that_compiles_into_the_environment_is_a_build(tmp_path):
    files = {**PY, "Makefile": ("build-dev:\n\t@rm -f x/*.so\n\tuv run maturin develop --uv\n"
                                "install:\n\tuv sync --group all\n"), "Cargo.toml": "",
             ".github/workflows/ci.yml": workflow("uv sync", "make build-dev", "uv run pytest")}
    facts = scan(tree(tmp_path, files))
    assert "make build-dev" in commands(facts, "build_command")
    assert "make install" not in commands(facts, "build_command")  # sets up: no build


def test_tox_with_no_environments_configured_runs_no_tests(tmp_path):
    files = {**PY, "tests/test_a.py": "", "Makefile": "run-tox:\n\ttox --recreate\n",
             # tox-3 keys in a TOML table: tox reads no environment from them
             "pyproject.toml": "[project]\nname = 'x'\n[tool.tox]\nenvlist = ['py311']\n"
                               "[tool.tox.testenv]\ncommands = ['pytest']\n"}
    assert "make run-tox" not in commands(scan(tree(tmp_path, files)), "test_command")
    (tmp_path / "tox.ini").write_text("[tox]\nenvlist = py\n[testenv]\ncommands = pytest\n")
    assert "make run-tox" in commands(scan(tmp_path), "test_command")


def test_a_go_command_at_the_root_has_its_packages_beside_it(tmp_path):
    files = {"go.mod": "module example.com/x\n", "main.go": "", "version.go": "",
             "runner/engine.go": "", "runner/engine_test.go": "", "docs/x.go": "",
             "smoke_test/main.go": "", "testdata/a.go": "", "hack/check.sh": ""}
    found = paths(scan(tree(tmp_path / "cmd", files)), "layout:source")
    assert found == [".", "runner"]
    # a library at the root (no main.go): its own package is the code
    del files["main.go"]
    assert paths(scan(tree(tmp_path / "lib", files)), "layout:source") == ["."]
