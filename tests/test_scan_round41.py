"""Scan rules from round 41's first run on held-out real repositories: each test is one
general rule, on a small tree of its own."""

from __future__ import annotations

from gcode.scan import scan
from scan_helpers import PY, commands, tree, workflow

NOXFILE = ("import nox\n\nnox.options.sessions = ['tests', 'typecheck']\n\n"
           "@nox.session\ndef tests(session):\n    session.run('pytest')\n\n"
           "@nox.session\ndef typecheck(session):\n    session.run('mypy', 'src')\n\n"
           "@nox.session\ndef build(session):\n    session.run('python', '-m', 'build')\n")


def test_nox_e_selects_a_session_like_s(tmp_path):
    files = {**PY, "noxfile.py": NOXFILE,
             ".github/workflows/ci.yml": workflow("nox -e build", job="build")}
    facts = scan(tree(tmp_path, files))
    assert "nox -e build" not in commands(facts, "test_command")
    assert "nox -e build" not in commands(facts, "lint_command")


def test_a_matrix_axis_of_mappings_gives_each_entrys_key(tmp_path):
    steps = ("    strategy:\n      matrix:\n        task:\n          - name: Test\n"
             "            nox: tests\n    steps:\n      - run: nox -e ${{ matrix.task.nox }}\n")
    wf = "name: ci\non: push\njobs:\n  test:\n    runs-on: x\n" + steps
    facts = scan(tree(tmp_path, {**PY, "noxfile.py": NOXFILE, ".github/workflows/ci.yml": wf}))
    tests = commands(facts, "test_command")
    assert "nox -e tests" in tests
    assert not any("${{" in c for c in tests)


def test_a_task_slots_default_runs_in_the_jobs_the_include_entries_leave(tmp_path):
    pkg = ('{"name": "x", "scripts": {"test:only": "mocha test/test.js", '
           '"ci:coverage": "nyc mocha"}}')
    steps = ("    strategy:\n      matrix:\n        node: [18, 24]\n        include:\n"
             "          - node: 24\n            command: 'ci:coverage'\n    steps:\n"
             "      - run: npm run ${{ matrix.command || 'test:only' }}\n")
    wf = "name: ci\non: push\njobs:\n  test:\n    runs-on: x\n" + steps
    files = {"package.json": pkg, "package-lock.json": "", "test/test.js": "",
             ".github/workflows/ci.yml": wf}
    tests = commands(scan(tree(tmp_path, files)), "test_command")
    assert {"npm run ci:coverage", "npm run test:only"} <= tests


def test_a_tool_pinned_in_uvxs_spec_is_that_tool(tmp_path):
    files = {**PY, ".github/workflows/ci.yml": workflow(
        "uvx ruff@0.14.0 check --output-format=github .", "pytest", job="lint")}
    lints = commands(scan(tree(tmp_path, files)), "lint_command")
    assert "uvx ruff@0.14.0 check --output-format=github ." in lints


def test_commands_after_cd_home_are_not_the_projects(tmp_path):
    files = {"Cargo.toml": "[package]\nname = 'x'\nversion = '0.1.0'\n", "src/lib.rs": "",
             ".github/workflows/ci.yml": workflow(
                 "|\n          cd\n          curl https://x.org/qemu.tar.xz | tar xJf -\n"
                 "          cd qemu-$QEMU_VERSION\n          ./configure\n"
                 "          ninja -C build install\n          cd $GITHUB_WORKSPACE\n"
                 "          cargo test")}
    facts = scan(tree(tmp_path, files))
    assert not any("ninja" in c for c in commands(facts, "build_command"))
    assert any(c.startswith("cargo test") for c in commands(facts, "test_command"))


def test_nix_build_in_ci_is_a_build(tmp_path):
    files = {"go.mod": "module x\n\ngo 1.22\n", "x.go": "", "flake.nix": "",
             ".github/workflows/ci.yml": workflow("nix build", job="build")}
    assert "nix build" in commands(scan(tree(tmp_path, files)), "build_command")
    files[".github/workflows/ci.yml"] = workflow("nix build .#docker-image", job="build")
    assert not any("nix" in c for c in commands(scan(tree(tmp_path / "b", files)),
                                                "build_command"))
