"""Scan rules from the seventh held-out round of real repositories (keys written from CI
before the first scan), and the errors left open from round 5: each test is one general
rule, on a small tree of its own."""

from __future__ import annotations

import pytest

from gcode.scan import scan
from gcode.scan.make import parse_justfile, parse_makefile
from gcode.scan.shell import commands as shell_commands
from scan_helpers import commands, paths, tree


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


# -- rules from the round-7 repositories -------------------------------------------------

@pytest.mark.parametrize("command,kind", [
    ("./mvnw clean install", "test"), ("mvn -DskipTests package", "build"),
    ("mvn install -DskipTests", "build"), ("ng build", "build"), ("ng lint", "lint"),
    ("nest build", "build"), ("~/go/bin/promu crossbuild -v", "build"),
    ('"${REPO_ROOT}/bin/gotestsum" -- ./...', "test"),
    ("docker compose -f ci.yml exec api /opt/wait-for-it.sh -t 0 db:5432 -- npx jest", "test"),
    ("docker compose run --rm backend pytest -q", "test"),
    ("env-cmd -- jest --config e2e.json", "test"), ("cargo about generate a.hbs", None),
    ("bunx playwright test --ui", None)])
def test_programs_of_round7(tmp_path, command, kind):
    tree(tmp_path, {"mvnw": "#!/bin/sh\nexec java -jar wrapper.jar \"$@\"\n"})
    from gcode.scan.files import Repo
    from gcode.scan.tasks import Tasks
    got = Tasks(Repo(tmp_path)).classifier.command(command)
    assert (next(iter(got)) if got else None) == kind, got


def test_included_makefiles_share_variables_and_the_makefile_sets_them_first(tmp_path):
    facts = scan(tree(tmp_path, {
        "Makefile": "SRC_ROOT := .\ninclude tools.mk\ninclude it.mk\n\nbuild:\n\tgo build ./...\n",
        "tools.mk": "TOOLS := $(SRC_ROOT)/.tools\nGOTESTSUM := $(TOOLS)/gotestsum\n",
        "it.mk": "integration-test:\n\t$(GOTESTSUM) -- ./integration/...\n"}))
    assert "make integration-test" in commands(facts, "test_command")


def test_github_step_options(tmp_path):
    facts = scan(tree(tmp_path, {
        "web/package.json": '{"scripts": {"lint": "eslint src", "build": "vite build"}}',
        "web/yarn.lock": "", "app/pyproject.toml": "[project]\nname='a'\n",
        ".github/workflows/ci.yml": (
            "on: push\njobs:\n  lint:\n    runs-on: x\n    defaults:\n      run:\n"
            "        working-directory: app\n    steps:\n"
            "      - uses: astral-sh/ruff-action@v3\n        with:\n"
            "          args: check --output-format=github\n"
            "      - run: yarn lint\n        working-directory: web\n"
            "      - run: yarn --cwd web build\n        working-directory: .\n")}))
    lint = {(f.command, f.cwd) for f in facts if f.kind == "lint_command"}
    assert ("ruff check --output-format=github", "app") in lint
    assert ("yarn lint", "web") in lint  # not app/web
    assert any(f.command == "yarn build" and f.cwd == "web" for f in facts)


def test_a_gitlab_stage_names_what_a_job_is_for(tmp_path):
    jobs = "".join(f"{n}:\n  script:\n    - {c}\n" for n, c in (
        ("audit", "bandit -r ."), ("spell", "codespell"), ("sec", "semgrep scan"),
        ("types", "mypy ."), ("black", "black --check .")))
    facts = scan(tree(tmp_path, {".gitlab-ci.yml": jobs.replace(
        "black:\n", "black:\n  stage: lint\n")}))
    assert "black --check ." in commands(facts, "lint_command")


def test_a_build_that_compares_its_output_is_a_check(tmp_path):
    facts = scan(tree(tmp_path, {
        "package.json": '{"scripts": {"build": "vite build", '
                        '"verify": "vite build && git diff --exit-code -- static"}}',
        "scripts/verify-bundles.sh": "#!/bin/bash\nyarn build\ngit --no-pager diff dist\n",
        ".github/workflows/ci.yml": "on: push\njobs:\n  fe:\n    runs-on: x\n    steps:\n"
                                    "      - run: scripts/verify-bundles.sh\n"}))
    assert commands(facts, "build_command") == {"npm run build"}
    assert {"npm run verify", "scripts/verify-bundles.sh"} <= commands(facts, "lint_command")


def test_setup_targets_post_hooks_runs_and_pushes_are_not_builds(tmp_path):
    facts = scan(tree(tmp_path, {
        "Makefile": "develop:\n\tpip install -e .\n\tnpm run build\n\n"
                    "run-all: build-ui\n\tgo run ./cmd/app\n\nbuild-ui:\n\tnpm run build\n\n"
                    "image:\n\tdocker buildx build $(if $(PUSH),--push) -t x .\n",
        "package.json": '{"scripts": {"build": "vite build", "gen": "hygen new", '
                        '"postgen": "npm run lint -- --fix", "lint": "eslint ."}}'}))
    built = commands(facts, "build_command")
    assert {"make build-ui", "npm run build"} <= built
    assert not built & {"make develop", "make run-all", "make image"}
    assert "npm run gen" not in commands(facts, "format_command")


def test_ci_commands_whose_task_is_an_unknown_output_are_left_out(tmp_path):
    facts = scan(tree(tmp_path, {
        "tox.ini": "[tox]\nenv_list = py312\n[testenv]\ncommands = pytest\n",
        ".github/workflows/ci.yml": (
            "on: push\njobs:\n  test:\n    runs-on: x\n    steps:\n      - id: v\n"
            "        run: echo v=312 >> $GITHUB_OUTPUT\n"
            "      - run: tox -e py${{ steps.v.outputs.v }}\n      - run: tox -e py312\n")}))
    assert not any("${{" in c for c in commands(facts, "test_command"))
    assert "tox -e py312" in commands(facts, "test_command")


def test_layout_of_round7(tmp_path):
    facts = scan(tree(tmp_path, {
        "pyproject.toml": "[project]\nname='w'\n", "netbox/manage.py": "",
        "netbox/dcim/__init__.py": "", "netbox/dcim/tests/__init__.py": "",
        "netbox/dcim/tests/test_a.py": "", "client/src/a.ts": "", "client/tests/a.test.js": "",
        "Cargo.toml": '[workspace]\nmembers = ["py", "node"]\n',
        "py/Cargo.toml": "[package]\nname='p'\n", "py/src/lib.rs": "",
        "py/pyproject.toml": "[project]\nname='p'\n[tool.maturin]\npython-source = 'python'\n",
        "py/python/p/__init__.py": "", "py/python/tests/test_p.py": "",
        "node/Cargo.toml": "[package]\nname='n'\n", "node/src/lib.rs": "",
        "node/__test__/a.test.ts": ""}))
    source, tests = paths(facts, "layout:source"), paths(facts, "layout:tests")
    assert {"netbox", "client/src"} <= set(source)
    assert {"netbox/dcim/tests", "client/tests", "py/python/tests", "node/__test__"} <= set(tests)


def test_a_python_sub_project_set_up_with_pip_in_ci(tmp_path):
    facts = scan(tree(tmp_path, {
        "Cargo.toml": '[package]\nname="r"\n', "src/lib.rs": "",
        "python/pyproject.toml": "[project]\nname='p'\n",
        ".github/workflows/py.yml": (
            "on: push\njobs:\n  test:\n    runs-on: x\n    defaults:\n      run:\n"
            "        working-directory: python\n    steps:\n"
            "      - run: pip install -e .[tests]\n      - run: pytest\n")}))
    assert any(f.tool == "pip" and f.cwd == "python" for f in facts)


def test_a_workspace_script_that_opens_a_ui_is_not_a_test(tmp_path):
    facts = scan(tree(tmp_path, {
        "package.json": '{"workspaces": ["frontend", "emails"], "scripts": {'
                        '"test": "bun run --filter frontend test", '
                        '"test:ui": "bun run --filter frontend test:ui"}}', "bun.lock": "",
        "frontend/package.json": '{"scripts": {"test": "playwright test", '
                                 '"test:ui": "playwright test --ui"}}',
        "emails/package.json": '{"scripts": {"dev": "email dev"}}'}))
    assert "bun run test:ui" not in commands(facts, "test_command")
    assert "bun run test" in commands(facts, "test_command") or "bun test" in commands(
        facts, "test_command")
