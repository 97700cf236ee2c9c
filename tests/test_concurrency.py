"""Eight gcode processes writing one database at once: every write lands, none fails.

WAL + busy timeout + BEGIN IMMEDIATE make writers queue instead of failing with
SQLITE_BUSY; the vector index is created once even when all eight start on a new file,
and a fact that all eight add at the same moment is stored once.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from gcode.db import open_db

PROCESSES = 8
PER_PROCESS = 500
SHARED = "the release train leaves every second thursday"

WORKER = r"""
import json, random, sys, time
from pathlib import Path
from gcode.db import open_db
from gcode.knowledge import KnowledgeBase
from gcode.records import Learning

db_path, go, shared = sys.argv[1], Path(sys.argv[2]), sys.argv[5]
proc, count = int(sys.argv[3]), int(sys.argv[4])
rng = random.Random(proc)
syllables = ["ka", "lo", "mi", "ne", "su", "ta", "vo", "ri", "pe", "zu", "da", "gi", "ho", "ju"]
def word():
    return "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4)))
Path(f"{go}.ready{proc}").touch()
while not go.exists():  # start together
    time.sleep(0.001)
# Correctness under contention, not latency: a loaded CI machine may starve a lock holder
# for longer than the 10 s a user waits, so the workers wait up to two minutes.
db = open_db(Path(db_path), 120_000)
kb = KnowledgeBase(db)
# All at once, on a database that has no vector index yet: the same fact from everyone.
shared_outcome = kb.add(Learning(content=shared, repo_id="repo-1")).outcome
outcomes = {}
for i in range(count):
    text = f"p{proc} n{i}: " + " ".join(word() for _ in range(8))
    result = kb.add(Learning(content=text, repo_id="repo-1", author=f"worker{proc}"))
    outcomes[result.outcome] = outcomes.get(result.outcome, 0) + 1
print(json.dumps({"outcomes": outcomes, "shared": shared_outcome}))
"""


@pytest.mark.slow
@pytest.mark.timeout(900)  # 4,000 adds, each now checked for duplicates and contradictions
def test_eight_processes_add_500_each(tmp_path: Path) -> None:
    db_path = tmp_path / "shared.db"
    open_db(db_path).close()  # migrated, but no vector index yet: the processes race for it
    go = tmp_path / "go"
    procs = [subprocess.Popen([sys.executable, "-c", WORKER, str(db_path), str(go), str(p),
                               str(PER_PROCESS), SHARED],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for p in range(PROCESSES)]
    deadline = time.monotonic() + 60
    while len(list(tmp_path.glob("go.ready*"))) < PROCESSES and time.monotonic() < deadline:
        time.sleep(0.01)  # every interpreter started and imported gcode
    go.touch()
    results = []
    for p in procs:
        out, err = p.communicate(timeout=840)
        assert p.returncode == 0, err
        assert "Traceback" not in err
        results.append(json.loads(out))

    assert all(r["outcomes"] == {"added": PER_PROCESS} for r in results), results
    assert sorted(r["shared"] for r in results) == ["added"] + ["duplicate"] * (PROCESSES - 1)
    with open_db(db_path) as db:
        live = "deleted_at is null and superseded_by is null"
        assert db.scalar(f"select count(*) from learnings where {live}") == \
            PROCESSES * PER_PROCESS + 1
        assert db.scalar("select count(distinct id) from learnings") == \
            PROCESSES * PER_PROCESS + 1
        assert db.scalar("select count(*) from learnings_vec") == PROCESSES * PER_PROCESS + 1
        assert db.scalar("select count(*) from learnings_fts") == PROCESSES * PER_PROCESS + 1
        shared = db.query("select evidence from learnings where content = ?", (SHARED,))
        assert len(shared) == 1
        assert json.loads(shared[0]["evidence"])["confirmations"] == PROCESSES - 1
        assert db.scalar("pragma integrity_check") == "ok"


# -- the same races, made deterministic: another process writes while this one embeds ------


class InterruptingEmbedder:
    """The hashing embedder, plus a hook that runs another writer in the middle of embedding,
    where a real embedder (a network call) leaves the most room for one."""

    def __init__(self, during_embed) -> None:
        from gcode.embed import HashingEmbedder

        self.inner = HashingEmbedder()
        self.name, self.dim = self.inner.name, self.inner.dim
        self.during_embed = during_embed

    def embed(self, texts, query=False):
        hook, self.during_embed = self.during_embed, None
        if hook is not None:
            hook()
        return self.inner.embed(texts, query)


def test_same_fact_added_twice_at_once_is_stored_once(tmp_path: Path) -> None:
    from gcode.knowledge import KnowledgeBase
    from gcode.records import Learning

    path = tmp_path / "race.db"
    with open_db(path) as db_a, open_db(path) as db_b:
        other = KnowledgeBase(db_b)
        other.ensure_index()

        def hook() -> None:
            other.add(Learning(content=SHARED, repo_id="r"))

        mine = KnowledgeBase(db_a, InterruptingEmbedder(hook))
        mine.ensure_index()
        result = mine.add(Learning(content=SHARED, repo_id="r"))
        assert result.outcome == "duplicate"
        assert db_a.scalar("select count(*) from learnings") == 1
        assert db_a.scalar("select count(*) from learnings_vec") == 1


def test_record_added_during_reindex_is_indexed(tmp_path: Path) -> None:
    from gcode.knowledge import KnowledgeBase
    from gcode.records import Learning

    path = tmp_path / "reindex.db"
    with open_db(path) as db_a, open_db(path) as db_b:
        other = KnowledgeBase(db_b)
        other.add(Learning(content="before the reindex", repo_id="r"))

        def hook() -> None:
            other.add(Learning(content="during the reindex", repo_id="r"))

        assert KnowledgeBase(db_a, InterruptingEmbedder(hook)).reindex() == 2
        assert db_a.scalar("select count(*) from learnings_vec") == 2
        hits = other.search("during the reindex", ["r"], None, k=1)
        assert hits[0].content == "during the reindex"
