"""Issue 10's lifecycle cases through the real console script, with two or three users on
machines of their own (own HOME and database) sharing one project through a bare remote."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from conftest import git, run_gcode
from fake_openai import text, tool_call


class User:
    def __init__(self, name: str, tmp: Path, extra: dict[str, str] | None = None) -> None:
        home = tmp / f"{name}-home"
        home.mkdir(exist_ok=True)
        self.name = name
        self.env = {"HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
                    "XDG_DATA_HOME": str(home / ".local" / "share"),
                    "GCODE_DB": str(tmp / f"{name}.db"), "GCODE_USER": name, **(extra or {})}

    def gcode(self, cwd: Path, *args: str, ok: bool = True) -> subprocess.CompletedProcess[str]:
        result = run_gcode(*args, cwd=cwd, env=self.env)
        if ok:
            assert result.returncode == 0, result.stderr
        return result

    def learnings(self, cwd: Path) -> list[dict]:
        return json.loads(self.gcode(cwd, "learn", "show", "--json").stdout)

    def contents(self, cwd: Path) -> list[str]:
        return [r["content"] for r in self.learnings(cwd) if r["status"] == "active"]


def push(clone: Path, message: str) -> None:
    git(clone, "add", "-A")
    git(clone, "commit", "-qm", message)
    git(clone, "push", "-q", "origin", "HEAD")


@pytest.fixture
def team(make_repo, tmp_path: Path) -> tuple[dict[str, User], dict[str, Path]]:
    """alice, bob and carol, each with a clone of one project that shares a team file."""
    origin = make_repo("origin", {"pyproject.toml": "[project]\nname = 'shop'\n",
                                  "docs/deploy.md": "# Deploy\n"})
    bare = tmp_path / "shop.git"
    git(tmp_path, "clone", "-q", "--bare", str(origin), str(bare))
    users, clones = {}, {}
    for name in ("alice", "bob", "carol"):
        users[name] = User(name, tmp_path)
        clones[name] = tmp_path / f"{name}-clone"
        git(tmp_path, "clone", "-q", str(bare), str(clones[name]))
    users["alice"].gcode(clones["alice"], "init", "--yes")
    push(clones["alice"], "gcode init")
    for name in ("bob", "carol"):
        git(clones[name], "pull", "-q")
    return users, clones


def test_learn_add_and_forget_reach_teammates_without_an_export(team) -> None:
    users, clones = team
    alice, bob, carol = users["alice"], users["bob"], users["carol"]
    fact = "Staging deploys freeze every Friday after 3pm."
    out = alice.gcode(clones["alice"], "learn", "add", fact).stdout
    assert "Updated .gcode/learnings.jsonl" in out
    assert fact in (clones["alice"] / ".gcode" / "learnings.jsonl").read_text()
    push(clones["alice"], "team learning")  # the file is meant to be committed
    assert git(clones["alice"], "status", "--porcelain") == ""
    git(clones["bob"], "pull", "-q")
    assert fact in bob.contents(clones["bob"])  # `learn show` imports the pulled file first
    found = json.loads(bob.gcode(clones["bob"], "learn", "search", "friday freeze",
                                 "--json").stdout)
    assert [r["content"] for r in found][:1] == [fact]

    fid = next(r["id"] for r in bob.learnings(clones["bob"]) if r["content"] == fact)
    out = bob.gcode(clones["bob"], "learn", "forget", fid[-8:], "--yes").stdout
    assert "Updated .gcode/learnings.jsonl" in out
    assert fact not in (clones["bob"] / ".gcode" / "learnings.jsonl").read_text()
    push(clones["bob"], "forget")
    for user in (alice, carol):
        git(clones[user.name], "pull", "-q")  # alice's clean tree pulls without a conflict
        assert fact not in user.contents(clones[user.name])


def test_paraphrase_merges_and_newer_facts_retire_older_ones(team) -> None:
    users, clones = team
    alice, bob, carol = users["alice"], users["bob"], users["carol"]
    first = ("Release builds need SIGNING_KEY_PATH set and the notarized Xcode toolchain "
             "before `make release` runs.")
    alice.gcode(clones["alice"], "learn", "add", first)
    alice.gcode(clones["alice"], "learn", "add", "--store", "project_context", "--kind",
                "test_command", "Run the tests with `pytest -q`.")
    push(clones["alice"], "alice's learnings")
    git(clones["bob"], "pull", "-q")
    said_again = ("`make release` fails unless SIGNING_KEY_PATH is set and the notarized Xcode "
                  "toolchain is installed for release builds.")
    out = bob.gcode(clones["bob"], "learn", "add", said_again).stdout
    assert out.startswith("Updated"), out  # merged into alice's, not a second copy
    bob.gcode(clones["bob"], "learn", "add", "--store", "project_context", "--kind",
              "test_command", "Run the unit tests with `nox -s tests`.")
    bob.gcode(clones["bob"], "learn", "add", "--store", "project_context", "--kind",
              "test_command", "Integration tests run with `nox -s integration`.")
    push(clones["bob"], "bob's learnings")
    git(clones["carol"], "pull", "-q")
    seen = carol.contents(clones["carol"])
    assert said_again in seen and first not in seen
    assert "Run the unit tests with `nox -s tests`." in seen
    assert "Integration tests run with `nox -s integration`." in seen  # another purpose
    assert "Run the tests with `pytest -q`." not in seen

    # A contradiction gcode detects: a typed fact that names what the team moved away from.
    carol.gcode(clones["carol"], "learn", "add", "--store", "project_context", "--kind",
                "lint_command", "Lint with `flake8 src`.")
    carol.gcode(clones["carol"], "learn", "add", "We moved from flake8 to ruff last sprint.")
    seen = carol.contents(clones["carol"])
    assert "Lint with `flake8 src`." not in seen
    assert "We moved from flake8 to ruff last sprint." in seen
    context = carol.gcode(clones["carol"], "context", "-m", "how do I lint?").stdout
    assert "flake8 src" not in context


def test_facts_and_outcomes_go_stale_with_their_files(team, fake_llm) -> None:
    users, clones = team
    alice, bob = users["alice"], users["bob"]
    fact = "The deploy runbook lives in docs/deploy.md; follow it step by step."
    alice.gcode(clones["alice"], "learn", "add", fact)
    (clones["alice"] / "Makefile").write_text("test:\n\t@echo ok\n")
    push(clones["alice"], "runbook fact, Makefile")
    fake_llm.script(tool_call("run_shell", {"command": "make test"}), text("Tests pass."))
    run = run_gcode("run", "run the tests", "--yes", cwd=clones["alice"],
                    env={**alice.env, **fake_llm.env})
    assert run.returncode == 0, run.stderr
    ran = [r for r in alice.learnings(clones["alice"]) if r["store"] == "decision_log"]
    assert [(r["content"], r["status"]) for r in ran] == [("Ran `make test`: succeeded",
                                                           "active")]
    git(clones["bob"], "pull", "-q")
    git(clones["bob"], "rm", "-q", "docs/deploy.md", "Makefile")
    push(clones["bob"], "runbook and Makefile removed")
    for user in (bob, alice):
        if user is alice:
            git(clones["alice"], "pull", "-q")
        status = {r["content"]: r["status"] for r in user.learnings(clones[user.name])}
        assert status[fact] == "stale"
        context = user.gcode(clones[user.name], "context", "-m", "how do we deploy?").stdout
        assert "docs/deploy.md" not in context
    status = {r["content"]: r["status"] for r in alice.learnings(clones["alice"])}
    assert status["Ran `make test`: succeeded"] == "stale"


def test_projects_born_from_one_starter_keep_their_learnings_apart(make_repo, tmp_path) -> None:
    starter = make_repo("starter", {"README.md": "# starter kit\n"})
    projects = {}
    for name in ("shop", "blog"):  # same first commit, a remote each
        bare = tmp_path / f"{name}.git"
        git(tmp_path, "init", "-q", "--bare", "-b", "main", str(bare))
        projects[name] = tmp_path / name
        git(tmp_path, "clone", "-q", str(starter), str(projects[name]))
        git(projects[name], "remote", "set-url", "origin", str(bare))
        git(projects[name], "push", "-q", "origin", "HEAD:main")
    alice = User("alice", tmp_path)  # one machine, one database, both projects
    alice.gcode(projects["shop"], "init", "--yes")
    push(projects["shop"], "gcode init")
    alice.gcode(projects["shop"], "learn", "add", "Shop prices are stored in cents.")
    alice.gcode(projects["blog"], "learn", "add", "Blog posts are written in AsciiDoc.")
    assert alice.contents(projects["blog"]) == ["Blog posts are written in AsciiDoc."]
    assert alice.contents(projects["shop"]) == ["Shop prices are stored in cents."]
    push(projects["shop"], "learning")

    # A fork (another remote) and a teammate's clone of the shop share its learnings.
    fork = tmp_path / "shop-fork"
    git(tmp_path, "clone", "-q", str(tmp_path / "shop.git"), str(fork))
    git(fork, "remote", "set-url", "origin", str(tmp_path / "fork.git"))
    git(fork, "remote", "add", "upstream", str(tmp_path / "shop.git"))
    assert alice.contents(fork) == ["Shop prices are stored in cents."]
    bob = User("bob", tmp_path)
    assert bob.contents(fork) == ["Shop prices are stored in cents."]


def test_learnings_stored_under_the_old_repo_id_move_to_the_new_one(make_repo,
                                                                     tmp_path) -> None:
    from gcode.db import open_db
    from gcode.knowledge import KnowledgeBase
    from gcode.records import Learning

    origin = make_repo("origin")
    bare = tmp_path / "origin.git"
    git(tmp_path, "clone", "-q", "--bare", str(origin), str(bare))
    clone = tmp_path / "clone"
    git(tmp_path, "clone", "-q", str(bare), str(clone))
    root = git(clone, "rev-list", "--max-parents=0", "HEAD").strip()
    alice = User("alice", tmp_path)
    db = open_db(Path(alice.env["GCODE_DB"]))  # what an older gcode stored: the bare root
    KnowledgeBase(db).add(Learning(content="Feature flags live in flags.yaml.",
                                   store="learned_knowledge", repo_id=root, scope="team",
                                   kind="insight", author="alice"))
    db.close()
    assert alice.contents(clone) == ["Feature flags live in flags.yaml."]
    found = json.loads(alice.gcode(clone, "learn", "search", "feature flags",
                                   "--json").stdout)
    assert found and found[0]["repo_id"].startswith(root + "@")


def test_learnings_taught_before_the_first_commit_follow_the_repository(tmp_path) -> None:
    """A new project: `learn add` before any commit stores under the path; after the first
    commit (the repository's real id) the learning is still shown, searched and exported."""
    root = tmp_path / "newproj"
    root.mkdir()
    git(root, "init", "-q", "-b", "main")
    git(root, "config", "user.email", "dana@example.com")
    git(root, "config", "user.name", "dana")
    dana = User("dana", tmp_path)
    dana.gcode(root, "learn", "add", "Integration tests need docker running.")
    (root / "README.md").write_text("# new project\n")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "first commit")
    assert dana.contents(root) == ["Integration tests need docker running."]
    found = json.loads(dana.gcode(root, "learn", "search", "docker", "--json").stdout)
    assert found and not found[0]["repo_id"].startswith("path:")
    dana.gcode(root, "init", "--yes")
    dana.gcode(root, "learn", "export")
    team_file = (root / ".gcode" / "learnings.jsonl").read_text()
    assert "Integration tests need docker running." in team_file
