"""Scan rules from the first runs of rounds 61 (whenever, zarr-python, yamllint, wretch,
lefthook, lapce) and 62 (narwhals, nbconvert, linkify-it, listr2, leptos, nfpm) on
held-out real repositories: each test is one general rule, on a small tree of its own."""

from __future__ import annotations

import json

from gcode.scan import scan
from scan_helpers import commands, paths, tree, workflow


def _node_tree(root, scripts, *runs):
    pkg = json.dumps({"name": "x", "scripts": scripts})
    files = {"package.json": pkg, "package-lock.json": "{}", "src/index.ts": "",
             "test/a.spec.ts": "", ".github/workflows/ci.yml": workflow("npm ci", *runs)}
    return scan(tree(root, files))


def test_a_wrapper_script_given_the_test_command_runs_the_tests(tmp_path):
    """`node scripts/runWithMockServer.js "c8 node --test test/*.spec.ts"`: a script that
    starts a mock server, then runs the command it is given (quoted, as one argument)."""
    scripts = {"test:node": 'node scripts/runWithMockServer.js "c8 node --import tsx --test '
                            'test/node/*.spec.ts"'}
    facts = _node_tree(tmp_path, scripts, "npm run test:node")
    assert "npm run test:node" in commands(facts, "test_command")


def test_a_wrapper_script_given_a_test_runner_by_name_runs_it(tmp_path):
    """`node scripts/withServer.js web-test-runner`: the argument is a test runner
    (@web/test-runner's binary), run by the wrapper."""
    scripts = {"test:browser": "node scripts/withServer.js web-test-runner"}
    facts = _node_tree(tmp_path, scripts, "npm run test:browser")
    assert "npm run test:browser" in commands(facts, "test_command")


def test_a_script_given_words_that_run_nothing_known_is_no_test(tmp_path):
    """`node scripts/release.js "chore: release"`, `node scripts/gen.js patch`: words, not
    a command of a kind."""
    scripts = {"test:release": 'node scripts/release.js "chore: release v1"',
               "test:gen": "node scripts/gen.js patch"}
    facts = _node_tree(tmp_path, scripts, "npm run test:release", "npm run test:gen")
    assert not {"npm run test:release", "npm run test:gen"} & commands(facts, "test_command")


def test_every_member_of_a_large_workspace_is_a_source_root(tmp_path):
    """A Cargo workspace of 26 crates: the fact names eight and says how many more, and
    keeps every one (a later question about `router/` finds it a source root)."""
    names = [f"crate_{i:02d}" for i in range(26)]
    members = ", ".join(f'"{n}"' for n in names)
    files = {"Cargo.toml": f"[workspace]\nmembers = [{members}]\n"}
    for n in names:
        files[f"{n}/Cargo.toml"] = f"[package]\nname = '{n}'\n"
        files[f"{n}/src/lib.rs"] = ""
        files[f"{n}/tests/it.rs"] = ""
    facts = scan(tree(tmp_path, files))
    assert set(paths(facts, "layout:source")) == set(names)
    assert set(paths(facts, "layout:tests")) == {f"{n}/tests" for n in names}
    text = next(f.content for f in facts if f.key == "layout:source")
    assert "and 18 more" in text


def test_a_docker_step_runs_the_image_program_with_its_args(tmp_path):
    """`uses: docker://docker.io/tamasfe/taplo:latest` `with: args: fmt --check --diff`:
    the image's program (named as the image) run with those arguments; an image that is
    no program of a known kind (`docker://prominfra/prombench`, `args: make deploy`) runs
    nothing of the project's."""
    steps = ("      - uses: docker://docker.io/tamasfe/taplo:0.9@sha256:abc\n"
             "        with:\n          args: fmt --check --diff\n"
             "      - uses: docker://prominfra/prombench:master\n"
             "        with:\n          args: make deploy\n")
    files = {"Cargo.toml": "[package]\nname = 'x'\n", "src/lib.rs": "",
             "Makefile": "deploy:\n\tkubectl apply -f x\ntest:\n\tcargo test\n",
             ".github/workflows/ci.yml": workflow("cargo test", steps=steps)}
    facts = scan(tree(tmp_path, files))
    assert "taplo fmt --check --diff" in commands(facts, "lint_command")
    assert not any("deploy" in c for k in ("test_command", "lint_command", "build_command")
                   for c in commands(facts, k))


def test_uv_that_ci_installs_with_pip_for_nox_is_a_tool(tmp_path):
    """`pip install 'uv<0.7.0' nox` then `nox -db uv -s tests`: nox makes its sessions'
    environments with uv, which CI installed for that."""
    noxfile = "import nox\n\n@nox.session(venv_backend='uv')\ndef tests(session):\n" \
              "    session.run('pytest')\n"
    files = {"pyproject.toml": "[project]\nname = 'x'\n", "x/__init__.py": "",
             "noxfile.py": noxfile,
             ".github/workflows/ci.yml": workflow("pip install 'uv<0.7.0' nox",
                                                  "python -m pip install -e .",
                                                  "nox -db uv --session tests")}
    from test_scan_round54 import tools
    assert {"uv", "nox"} <= tools(scan(tree(tmp_path, files)))


def test_a_maven_project_is_built_and_tested_with_maven_in_its_standard_layout(tmp_path):
    """pom.xml: Maven (its ./mvnw wrapper where there is one) builds and tests the code
    in src/main/java, tested in src/test/java; CI's own mvn commands win."""
    files = {"pom.xml": "<project/>", "src/main/java/org/x/A.java": "class A {}",
             "src/test/java/org/x/ATest.java": "class ATest {}"}
    facts = scan(tree(tmp_path, files))
    from test_scan_round54 import tools
    assert "mvn" in tools(facts)
    assert "mvn test" in commands(facts, "test_command")
    assert paths(facts, "layout:source") == ["src/main"]
    assert paths(facts, "layout:tests") == ["src/test"]
    (tmp_path / "mvnw").write_text("#!/bin/sh\n")
    (tmp_path / ".github/workflows").mkdir(parents=True)
    (tmp_path / ".github/workflows/ci.yml").write_text(workflow("./mvnw -B verify"))
    found = commands(scan(tmp_path), "test_command")
    assert found == {"./mvnw -B verify"}, found


def test_a_gradle_project_is_built_and_tested_with_its_wrapper(tmp_path):
    files = {"build.gradle.kts": "plugins { java }", "settings.gradle.kts": "",
             "gradlew": "#!/bin/sh\n", "src/main/kotlin/A.kt": "class A",
             "src/test/kotlin/ATest.kt": "class ATest"}
    facts = scan(tree(tmp_path, files))
    from test_scan_round54 import tools
    assert "gradle" in tools(facts)
    assert "./gradlew test" in commands(facts, "test_command")
    assert "./gradlew assemble" in commands(facts, "build_command")
    assert paths(facts, "layout:source") == ["src/main"]
