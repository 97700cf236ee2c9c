"""Two teammates, two clones, two machines (databases), one bare remote: real git merges.

Each clone works on its own branch through the console script (edits, which have
no command, go through the knowledge layer on that clone's database), exports,
commits and pushes; the branches merge without conflicts thanks to `merge=union`
in .gitattributes, and both clones import to the same state. Then the known
failure cases of this design, replayed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import git as gitpython
import pytest

from gcode.knowledge import KnowledgeBase
from gcode.workspace import Workspace

from conftest import run_gcode

pytestmark = pytest.mark.slow

TEAM = ".gcode/learnings.jsonl"


@dataclass
class Mate:
    """One teammate: a clone, a database of their own, a name."""

    name: str
    root: Path
    db: Path

    @property
    def repo(self) -> gitpython.Repo:
        return gitpython.Repo(self.root)

    @property
    def env(self) -> dict[str, str]:
        return {"GCODE_DB": str(self.db), "GCODE_USER": self.name}

    def gcode(self, *args: str) -> str:
        result = run_gcode(*args, cwd=self.root, env=self.env)
        assert result.returncode == 0, f"{self.name}: gcode {' '.join(args)}: {result.stderr}"
        return result.stdout

    def learn(self, text: str) -> str:
        """`gcode learn add`; returns the full id."""
        short = self.gcode("learn", "add", text).split()[1]
        ws = self.workspace()
        try:
            (rec,) = ws.db.learnings_by_short_id(short)
            return rec.id
        finally:
            ws.close()

    def edit(self, learning_id: str, text: str) -> None:
        ws = self.workspace()
        try:
            rec = ws.db.get_learning(learning_id)
            rec.content = text
            KnowledgeBase(ws.db).update(rec, self.name, content_changed=True)
        finally:
            ws.close()

    def forget(self, learning_id: str) -> None:
        self.gcode("learn", "forget", learning_id[:13], "--yes")

    def live(self) -> dict[str, str]:
        return {r["id"]: r["content"] for r in json.loads(self.gcode("learn", "show", "--json"))}

    def dead(self) -> set[str]:
        ws = self.workspace()
        try:
            return {r.id for r in ws.db.list_learnings([ws.repo_id], scopes=["team"],
                                                       statuses=None, include_dead=True)
                    if not r.live}
        finally:
            ws.close()

    def workspace(self) -> Workspace:
        return Workspace(cwd=self.root, flags={"database.path": str(self.db),
                                               "user.name": self.name})

    def commit(self, message: str) -> None:
        self.repo.git.add("-A")
        self.repo.git.commit("-q", "-m", message)


@pytest.fixture
def team(tmp_path: Path) -> tuple[Mate, Mate, dict[str, str]]:
    """Alice seeds the repo (4 shared learnings, `gcode init`); Bob clones and imports."""
    origin = tmp_path / "origin.git"
    gitpython.Repo.init(origin, bare=True, initial_branch="main")
    alice = Mate("alice", tmp_path / "alice", tmp_path / "alice.db")
    gitpython.Repo.clone_from(str(origin), alice.root)
    (alice.root / "README.md").write_text("# project\n")
    alice.commit("initial")
    seeds = {f"L{i}": alice.learn(text) for i, text in enumerate([
        "Run the tests with make test",
        "Deploys go through staging first",
        "The API listens on port 8000",
        "Feature flags live in flags.yaml",
    ], start=1)}
    alice.gcode("init", "--yes")
    alice.commit("gcode: share team learnings")
    alice.repo.git.push("-q", "origin", "main")
    bob = Mate("bob", tmp_path / "bob", tmp_path / "bob.db")
    gitpython.Repo.clone_from(str(origin), bob.root)
    assert "4 added" in bob.gcode("learn", "import")
    return alice, bob, seeds


def test_concurrent_branches_merge_without_conflict_and_import_alike(team) -> None:
    alice, bob, seeds = team
    alice.repo.git.checkout("-q", "-b", "alice-work")
    bob.repo.git.checkout("-q", "-b", "bob-work")

    a_new = alice.learn("Alice: cache keys are namespaced by tenant")
    alice.learn("Use pnpm, not npm")
    alice.edit(seeds["L1"], "Run the tests with make test (alice's wording)")
    alice.forget(seeds["L2"])
    alice.edit(seeds["L4"], "Feature flags live in config/flags.yaml")
    alice.gcode("learn", "export")
    alice.commit("alice's learnings")

    b_new = bob.learn("Bob: the search service needs Java 21")
    bob.learn("Use pnpm, not npm")  # the same fact, found independently
    bob.edit(seeds["L1"], "Run the tests with make test -j8 (bob's wording)")  # later: wins
    bob.edit(seeds["L3"], "The API listens on port 8080")
    bob.forget(seeds["L4"])  # after alice's edit: the tombstone is newer
    bob.gcode("learn", "export")
    bob.commit("bob's learnings")
    bob.repo.git.push("-q", "origin", "bob-work")

    # Alice merges both branches into main: no conflict, thanks to merge=union.
    alice.repo.git.checkout("-q", "main")
    alice.repo.git.merge("-q", "alice-work")
    alice.repo.git.fetch("-q", "origin")
    alice.repo.git.merge("-q", "--no-edit", "origin/bob-work")  # raises on a conflict
    merged = (alice.root / TEAM).read_text()
    assert "<<<<<<<" not in merged and ">>>>>>>" not in merged
    assert "alice's wording" in merged and "bob's wording" in merged  # union kept both lines
    assert not alice.repo.index.unmerged_blobs()
    alice.repo.git.push("-q", "origin", "main")

    bob.repo.git.checkout("-q", "main")
    bob.repo.git.pull("-q", "origin", "main")
    assert (bob.root / TEAM).read_text() == merged

    for mate in (alice, bob):
        out = run_gcode("learn", "import", cwd=mate.root, env=mate.env)
        assert out.returncode == 0, out.stderr  # duplicate ids from the union are not errors
    assert alice.live() == bob.live()
    assert alice.dead() == bob.dead()
    live = alice.live()
    assert live[seeds["L1"]] == "Run the tests with make test -j8 (bob's wording)"
    assert seeds["L2"] not in live
    assert live[seeds["L3"]] == "The API listens on port 8080"
    assert seeds["L4"] not in live
    assert a_new in live and b_new in live
    assert list(live.values()).count("Use pnpm, not npm") == 1
    assert len(live) == 5

    # Exporting the merged state rewrites the file canonically, and a round trip holds.
    alice.gcode("learn", "export")
    lines = (alice.root / TEAM).read_text().splitlines()
    ids = [json.loads(line)["id"] for line in lines[1:]]
    assert ids == sorted(set(ids))  # one line per id again, sorted
    alice.commit("gcode: export merged learnings")
    alice.repo.git.push("-q", "origin", "main")
    bob.repo.git.pull("-q", "origin", "main")
    bob.gcode("learn", "import")
    assert bob.live() == alice.live()
    assert bob.dead() == alice.dead()


def test_stale_file_after_newer_local_edits_does_not_revert_them(team) -> None:
    alice, bob, seeds = team
    bob.edit(seeds["L3"], "The API listens on port 9000 behind the new proxy")  # not exported
    alice.learn("Something unrelated")
    alice.gcode("learn", "export")  # still carries L3 at rev 1
    alice.commit("alice: one more")
    alice.repo.git.push("-q", "origin", "main")
    bob.repo.git.pull("-q", "origin", "main")
    assert "1 added" in bob.gcode("learn", "import")
    assert bob.live()[seeds["L3"]] == "The API listens on port 9000 behind the new proxy"
    bob.gcode("learn", "export")
    assert "port 9000" in (bob.root / TEAM).read_text()


def test_a_record_absent_from_the_file_is_not_deleted(team) -> None:
    alice, bob, seeds = team
    local = bob.learn("Bob's fact, never exported")
    # `learn add` writes the team file at once; Bob throws that change away, so his fact
    # is in his database and not in the file (as after a reverted or unshared edit).
    bob.repo.git.checkout("--", TEAM)
    alice.learn("Alice's fact")
    alice.gcode("learn", "export")
    alice.commit("alice: fact")
    alice.repo.git.push("-q", "origin", "main")
    bob.repo.git.pull("-q", "origin", "main")
    bob.gcode("learn", "import")
    assert local in bob.live()
    bob.gcode("learn", "export")  # import first, then export: both survive
    text = (bob.root / TEAM).read_text()
    assert local in text and "Alice's fact" in text


def test_a_recreated_learning_is_not_swallowed_by_an_old_tombstone(team) -> None:
    alice, bob, seeds = team
    alice.forget(seeds["L2"])
    alice.gcode("learn", "export")
    alice.commit("alice: forget L2")
    alice.repo.git.push("-q", "origin", "main")
    bob.repo.git.pull("-q", "origin", "main")
    bob.gcode("learn", "import")
    assert seeds["L2"] not in bob.live()

    again = alice.learn("Deploys go through staging first")  # true again after all
    assert again != seeds["L2"]
    alice.gcode("learn", "export")
    alice.commit("alice: staging is back")
    alice.repo.git.push("-q", "origin", "main")
    bob.repo.git.pull("-q", "origin", "main")
    bob.gcode("learn", "import")
    assert bob.live()[again] == "Deploys go through staging first"
    assert seeds["L2"] in bob.dead()


def test_checking_out_an_old_commit_and_importing_reverts_nothing(team) -> None:
    alice, bob, seeds = team
    first = alice.repo.head.commit.hexsha
    alice.edit(seeds["L1"], "Run the tests with make check")
    alice.forget(seeds["L4"])
    alice.gcode("learn", "export")
    alice.commit("alice: edits")
    before = alice.live()
    alice.repo.git.checkout("-q", first)  # the old file comes back
    alice.gcode("learn", "import")
    assert alice.live() == before
