"""The learning machine in-process: modes, the single extraction call, observation of
shell commands, consolidation, staleness, budgets and custom stores."""

from __future__ import annotations

from pathlib import Path

import pytest

from gcode import trust
from gcode.learning import LearningMachine
from gcode.turn import estimate_tokens
from gcode.workspace import Workspace
from conftest import git
from learning_helpers import RecordingLLM, chat_turn, shell_turn

PY_REPO = {
    "pyproject.toml": "[project]\nname = 'demo'\n[tool.pytest.ini_options]\n",
    "tests/test_demo.py": "def test_ok():\n    assert True\n",
    "src/demo/__init__.py": "",
}


def machine(root: Path, user: str, llm: RecordingLLM | None = None, mode: str | None = None,
            **flags: object) -> LearningMachine:
    if mode:
        flags["learning.mode"] = mode
    ws = Workspace(cwd=root, flags={"user.name": user, **flags})
    return LearningMachine.from_workspace(ws, llm_factory=llm or RecordingLLM())


def learn(m: LearningMachine, turn) -> None:
    """A turn ends: the stores' observations are committed; statements wait for a batch."""
    m.after_turn(turn)
    m.flush()
    assert m.errors == []


def said(m: LearningMachine, turn) -> None:
    """A turn ends and so does the session: what was stated is extracted (one call)."""
    learn(m, turn)
    m.end_session()
    assert m.errors == []


def test_verified_test_command_reaches_another_user_without_a_model_call(make_repo):
    root = make_repo("demo", PY_REPO)
    llm = RecordingLLM()
    alice = machine(root, "alice", llm)
    learn(alice, shell_turn("run the tests", [("pytest -q", 0, "1 passed")]))
    assert llm.calls == []  # nothing was said worth extracting; the command was observed
    bob = machine(root, "bob")
    ctx = bob.build_context("how do I check my change?").text
    assert "Run the tests with `pytest -q`" in ctx
    assert "verified" in ctx
    rec = next(r for r in bob.build_context("").items if r.evidence.get("command") == "pytest -q")
    assert rec.scope == "team" and rec.source == "observed" and rec.evidence["exit_code"] == 0


def test_failing_command_weakens_and_fix_becomes_gotcha(make_repo):
    root = make_repo("demo", PY_REPO)
    m = machine(root, "alice")
    learn(m, shell_turn("run tests", [("pytest -q", 0, "ok")]))
    fact = next(r for r in m.build_context("").items if r.evidence.get("command") == "pytest -q")
    learn(m, shell_turn("run tests", [("pytest -q", 1, "ModuleNotFoundError: No module named "
                                                       "'demo'")]))
    weaker = m.kb.db.get_learning(fact.id)
    assert weaker.confidence < fact.confidence and weaker.evidence["failures"] == 1
    learn(m, shell_turn("run tests", [
        ("pytest -q", 1, "E   ModuleNotFoundError: No module named 'demo'"),
        ("pip install -e .", 0, "Successfully installed demo"),
        ("pytest -q", 0, "1 passed"),
    ]))
    gotchas = [r for r in m.build_context("").items if r.kind == "gotcha"]
    assert len(gotchas) == 1
    assert "`pip install -e .`" in gotchas[0].content and "No module named" in gotchas[0].content


def test_variant_that_works_is_a_gotcha_and_edits_are_not(make_repo):
    root = make_repo("demo", PY_REPO)
    m = machine(root, "alice")
    learn(m, shell_turn("tests", [("pytest", 2, "error: conftest import failed"),
                                  ("PYTHONPATH=src pytest", 0, "ok")]))
    items = m.build_context("").items
    assert any(r.kind == "gotcha" and "`PYTHONPATH=src pytest` works instead" in r.content
               for r in items)
    m2 = machine(make_repo("other", {**PY_REPO, "README.md": "another repo"}), "alice")
    learn(m2, shell_turn("fix it", [("pytest", 1, "assert 1 == 2")], edits=("src/x.py",)))
    learn(m2, shell_turn("again", [("pytest", 0, "ok")]))
    assert not [r for r in m2.build_context("").items if r.kind == "gotcha"]


def test_local_paths_stay_on_the_machine(make_repo):
    root = make_repo("demo", PY_REPO)
    m = machine(root, "alice")
    learn(m, shell_turn("tests", [("/home/alice/.venv/bin/pytest -q", 0, "ok")]))
    rec = next(r for r in m.build_context("").items if "/home/alice" in r.content)
    assert rec.scope == "machine"


def test_one_extraction_call_for_all_stores_and_none_for_small_talk(make_repo):
    root = make_repo("demo", PY_REPO)
    llm = RecordingLLM({"learnings": [
        {"store": "learned_knowledge", "kind": "insight",
         "content": "The team is trying to cut egress costs."},
        {"store": "user_memory", "kind": "preference", "content": "Alice prefers short answers."},
        {"store": "project_context", "kind": "gotcha", "content": "Tests need docker running."},
        {"store": "no_such_store", "content": "dropped"},
    ]})
    m = machine(root, "alice", llm)
    learn(m, chat_turn("We're trying to cut down on egress costs, and I prefer short answers. "
                       "Also tests need docker running. Can you check the CI config?"))
    assert llm.calls == [] and m.pending_turns == 1  # waits for the batch
    m.end_session()
    assert len(llm.calls) == 1 and m.pending_turns == 0
    prompt = llm.calls[0][1]["content"]
    # the statements said together reach the model together, the request after them not
    assert "USER: We're trying to cut down on egress costs, and I prefer short answers. " \
        "Also tests need docker running.\n" in prompt
    assert "CI config" not in prompt  # a request to the assistant is not shown as a statement
    for store in ("learned_knowledge", "user_memory", "project_context"):
        assert f"- {store}:" in prompt
    assert "decision_log" not in prompt  # it learns by observation only
    records = {r.store: r for r in m.kb.db.list_learnings([m.repo_id, ""], user="alice")
               if r.source == "extracted"}
    assert records["learned_knowledge"].scope == "team"
    assert records["user_memory"].scope == "user" and records["user_memory"].repo_id == ""
    assert records["project_context"].content == "Tests need docker running."
    quiet = ("thanks!", "ok", "fix the failing test in foo.py", "what does main() do?",
             "I changed the checkout flow; anything I should do before pushing?")
    for text in quiet:
        learn(m, chat_turn(text))
    m.end_session()
    assert len(llm.calls) == 1
    assert m.stats["skipped_turns"] == len(quiet) and m.pending_turns == 0


def test_user_memory_is_private(make_repo):
    root = make_repo("demo", PY_REPO)
    llm = RecordingLLM({"learnings": [{"store": "user_memory", "kind": "preference",
                                       "content": "Prefers tabs over spaces."}]})
    said(machine(root, "alice", llm), chat_turn("I prefer tabs over spaces, always."))
    assert "tabs" in machine(root, "alice").build_context("indentation").text
    assert "tabs" not in machine(root, "bob").build_context("indentation").text


def test_contradiction_supersedes_and_hides_the_old_fact(make_repo):
    root = make_repo("demo", PY_REPO)
    first = RecordingLLM({"learnings": [{"store": "learned_knowledge", "kind": "decision",
                                         "content": "The team deploys with Jenkins."}]})
    m = machine(root, "alice", first)
    said(m, chat_turn("We deploy with Jenkins."))
    old = next(r for r in m.kb.db.list_learnings([m.repo_id]) if "Jenkins" in r.content)
    second = RecordingLLM({"learnings": [{
        "store": "learned_knowledge", "kind": "decision",
        "content": "The team moved deploys from Jenkins to GitHub Actions.",
        "supersedes": old.id[-8:]}]})
    m2 = machine(root, "bob", second)
    said(m2, chat_turn("We moved deploys to GitHub Actions last week."))
    assert "Existing learnings that may be related" in second.calls[0][1]["content"]
    kept = m2.kb.db.get_learning(old.id)
    assert kept.superseded_by and kept.deleted_at is None  # kept, linked, not deleted
    ctx = m2.build_context("how do we deploy?").text
    assert "GitHub Actions" in ctx and "deploys with Jenkins." not in ctx


def test_agentic_mode_makes_no_extraction_call_and_tools_fit_the_budget(make_repo):
    from gcode.tools.base import openai_schema

    root = make_repo("demo", PY_REPO)
    llm = RecordingLLM()
    m = machine(root, "alice", llm, mode="agentic")
    tools = {t.name: t for t in m.tools()}
    assert set(tools) == {"save_learning", "search_learnings", "forget_learning"}
    import json

    cost = estimate_tokens(m.guidance()) + sum(
        estimate_tokens(json.dumps(openai_schema(t))) for t in tools.values())
    assert cost <= 600
    out = tools["save_learning"].run({"content": "The team is cutting egress costs."}, None)
    assert out.startswith("added")
    assert "egress" in tools["search_learnings"].run({"query": "egress"}, None)
    said(m, chat_turn("We're trying to cut down on egress costs."))
    assert llm.calls == []  # agentic: the model saves what it wants, no extraction call
    assert m.team_changed
    rid = out.split("[", 1)[1].split("]", 1)[0]
    assert tools["forget_learning"].run({"id": rid}, None).startswith("forgot")
    assert "egress" not in machine(root, "bob").build_context("egress").text


def test_propose_mode_keeps_pending_until_accepted(make_repo):
    root = make_repo("demo", PY_REPO)
    llm = RecordingLLM({"learnings": [
        {"store": "learned_knowledge", "content": "The team is cutting egress costs."},
        {"store": "learned_knowledge", "content": "The team likes long meetings."}]})
    m = machine(root, "alice", llm, mode="propose")
    said(m, chat_turn("We're trying to cut egress costs; we like long meetings."))
    pending = m.pending()
    assert len(pending) == 2
    assert "egress" not in m.build_context("egress").text  # not used until accepted
    good = next(p for p in pending if "egress" in p.content)
    bad = next(p for p in pending if "meetings" in p.content)
    m.accept(good, "The team is cutting cloud egress costs.")
    m.reject(bad)
    assert m.pending() == []
    ctx = machine(root, "bob").build_context("egress").text
    assert "cutting cloud egress costs" in ctx and "meetings" not in ctx


def test_stale_fact_leaves_the_context(make_repo):
    root = make_repo("demo", {**PY_REPO, "Makefile": "test:\n\tpytest\nlint:\n\truff .\n"})
    m = machine(root, "alice")
    assert "`make test`" in m.build_context("").text
    learn(m, shell_turn("tests", [("make test", 0, "ok")]))
    observed = next(r for r in m.build_context("").items if r.source == "observed")
    assert observed.evidence["paths"] == ["Makefile"]
    (root / "Makefile").unlink()
    git(root, "commit", "-qam", "drop the Makefile")
    built = m.build_context("how to run tests")
    assert observed.id not in {r.id for r in built.items}
    assert "Run the tests with `make test`" not in built.text  # neither observed nor scanned
    assert m.kb.db.get_learning(observed.id).status == "stale"


def test_staleness_is_checked_every_turn_reading_nothing_when_nothing_changed(make_repo):
    """The cited files are checked every turn; the records are read again only when one was
    written since (by anyone) or a cited file came or went."""
    root = make_repo("demo", {**PY_REPO, "docs/setup.md": "# Setup\n"})
    m = machine(root, "alice")
    taught = m.teach("learned_knowledge", "The setup steps are in docs/setup.md.").learning
    assert taught.evidence["paths"] == ["docs/setup.md"]
    m.build_context("")
    read: list[str] = []
    m.kb.db.conn.set_trace_callback(read.append)
    m.build_context("")
    m.kb.db.conn.set_trace_callback(None)
    assert not [s for s in read if "$.paths" in s]  # nothing changed: no record read for it
    (root / "docs" / "setup.md").unlink()  # not a manifest: the scan sees no change
    assert taught.id not in {r.id for r in m.build_context("").items}
    assert m.kb.db.get_learning(taught.id).status == "stale"
    (root / "docs" / "setup.md").write_text("# Setup\n")
    assert taught.id in {r.id for r in m.build_context("").items}
    assert m.kb.db.get_learning(taught.id).status == "active"
    (root / "docs" / "deploy.md").write_text("# Deploy\n")
    other = machine(root, "bob")  # another process: this one reads again after its write
    said = other.teach("learned_knowledge", "Deploys are described in docs/deploy.md.").learning
    m.build_context("")
    (root / "docs" / "deploy.md").unlink()
    assert said.id not in {r.id for r in m.build_context("").items}
    assert m.kb.db.get_learning(said.id).status == "stale"


def test_rescan_updates_in_place(make_repo):
    root = make_repo("demo", {**PY_REPO, "package.json": '{"scripts": {"test": "jest"}}'})
    m = machine(root, "alice")
    assert "`npm test`" in m.build_context("").text
    (root / "yarn.lock").write_text("")
    ctx = m.build_context("").text
    assert "`yarn test`" in ctx and "`npm test`" not in ctx
    scans = [r for r in m.kb.db.list_learnings([m.repo_id]) if r.evidence.get("scan_key") ==
             "npm:test"]
    assert len(scans) == 1 and scans[0].rev == 2


def test_token_budget_is_shared_and_ranked_by_relevance(make_repo):
    root = make_repo("demo", PY_REPO)
    m = machine(root, "alice", **{"learning.token_budget": 200})
    for i in range(40):
        m.ctx().save("learned_knowledge", f"Insight number {i} about quarterly planning rituals.",
                     source="user")
    m.ctx().save("learned_knowledge", "The team is cutting egress costs.", source="user")
    built = m.build_context("should we add a CDN?")
    assert estimate_tokens(built.text) <= 200
    assert "egress" in built.text  # the relevant one wins the budget


def test_secrets_in_conversation_never_reach_a_learning(make_repo):
    root = make_repo("demo", PY_REPO)
    key = "sk-proj-" + "A1b2C3d4E5f6G7h8I9j0" * 2
    llm = RecordingLLM({"learnings": [{"store": "project_context", "kind": "env",
                                       "content": f"Set OPENAI_API_KEY={key} before tests."}]})
    m = machine(root, "alice", llm)
    learn(m, shell_turn(f"we must export OPENAI_API_KEY={key} for tests",
                        [(f"OPENAI_API_KEY={key} pytest -q", 0, "ok")]))
    rows = m.kb.db.list_learnings(None, include_dead=True)
    assert rows and not any(key in r.content or key in str(r.evidence) for r in rows)


class CIFailures:
    """A custom store as a user would write it (see README)."""

    name = "ci_failures"

    def recall(self, ctx):
        return ctx.records(self.name)

    def build_context(self, data):
        return "### CI failures\n" + "\n".join(f"- {r.content}" for r in data)

    def process(self, turn, ctx):
        for msg in turn.messages:
            if msg.get("role") == "tool" and "FAILED" in (msg.get("content") or ""):
                line = next(ln for ln in msg["content"].splitlines() if "FAILED" in ln)
                ctx.save(self.name, f"Known failing test: {line}", kind="gotcha",
                         source="observed")


def test_custom_store_registered_by_config(make_repo):
    root = make_repo("demo", PY_REPO)
    (root / ".gcode.toml").write_text(
        '[learning.custom_stores]\nci_failures = "test_learning:CIFailures"\n')
    trust.trust(root)  # a custom store is the team's code: only a trusted repo's file loads it
    m = machine(root, "alice")
    assert "ci_failures" in m.stores
    learn(m, shell_turn("run ci", [("pytest", 1, "FAILED tests/test_x.py::test_y")]))
    assert "Known failing test: FAILED tests/test_x.py::test_y" in \
        machine(root, "bob").build_context("").text


def test_broken_custom_store_is_one_clear_error(make_repo):
    from gcode.errors import GcodeError

    root = make_repo("demo", PY_REPO)
    (root / ".gcode.toml").write_text('[learning.custom_stores]\nbad = "no.such.module:X"\n')
    trust.trust(root)
    with pytest.raises(GcodeError, match="cannot load custom learning store 'bad'"):
        machine(root, "alice")


def test_readme_example_store_works_as_written(make_repo, monkeypatch):
    """The custom store printed in the README (examples/ci_failures_store.py), registered
    exactly as the README says."""
    monkeypatch.syspath_prepend(str(Path(__file__).parent.parent / "examples"))
    root = make_repo("demo", PY_REPO)
    (root / ".gcode.toml").write_text(
        '[learning.custom_stores]\nci_failures = "ci_failures_store:CIFailures"\n')
    trust.trust(root)
    m = machine(root, "alice")
    out = "FAILED tests/test_api.py::test_login - assert 401 == 200\n1 failed"
    learn(m, shell_turn("run the tests", [("pytest", 1, out)]))
    learn(m, shell_turn("again", [("pytest", 1, out)]))
    ctx = machine(root, "bob").build_context("login test").text
    assert "### Known failing tests" in ctx
    assert "`tests/test_api.py::test_login` has failed before (seen 2x)" in ctx


def test_custom_store_registered_by_entry_point(make_repo, tmp_path, monkeypatch):
    """A store shipped in an installed package, found through the `gcode.stores` group."""
    site = tmp_path / "site"
    dist = site / "gcode_ci_plugin-0.1.dist-info"
    dist.mkdir(parents=True)
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: gcode-ci-plugin\n"
                                   "Version: 0.1\n")
    (dist / "entry_points.txt").write_text("[gcode.stores]\nci_failures = "
                                           "test_learning:CIFailures\n")
    monkeypatch.syspath_prepend(str(site))
    m = machine(make_repo("demo", PY_REPO), "alice")
    assert isinstance(m.stores["ci_failures"], CIFailures)


class FailingLLM(RecordingLLM):
    def complete_json(self, messages):
        from gcode.errors import GcodeError

        self.calls.append(messages)
        raise GcodeError("cannot reach the model server at http://127.0.0.1:9/v1")


class BrokenStore:
    name = "broken"

    def recall(self, ctx):
        return []

    def build_context(self, data):
        return ""

    def process(self, turn, ctx):
        raise RuntimeError("boom")


def test_a_failing_model_or_store_does_not_cost_the_observations(make_repo):
    root = make_repo("demo", PY_REPO)
    llm = FailingLLM()
    m = machine(root, "alice", llm)
    m.stores = {"broken": BrokenStore(), **m.stores}
    m.after_turn(shell_turn("We must always run the tests before pushing.",
                            [("pytest -q", 0, "1 passed")]))
    m.end_session()
    assert len(llm.calls) == 1
    assert any("nothing extracted from this turn yet: cannot reach" in e for e in m.errors)
    assert m.pending_turns == 1  # what was said waits for the next call, not lost
    assert any("store broken failed: RuntimeError: boom" in e for e in m.errors)
    assert "Run the tests with `pytest -q`" in m.build_context("").text


class PrivateNotes(CIFailures):
    """A custom store that declares its records private."""

    name = "private_notes"
    scope = "user"


def test_custom_store_scope_is_the_one_it_declares(make_repo):
    root = make_repo("demo", PY_REPO)
    (root / ".gcode.toml").write_text(
        '[learning.custom_stores]\nprivate_notes = "test_learning:PrivateNotes"\n')
    trust.trust(root)
    m = machine(root, "alice")
    learn(m, shell_turn("run ci", [("pytest", 1, "FAILED tests/test_x.py::test_y")]))
    (rec,) = m.kb.db.list_learnings([m.repo_id], stores=["private_notes"])
    assert rec.scope == "user" and rec.user == "alice"
    assert "test_y" not in machine(root, "bob").build_context("").text


def test_learn_add_to_a_custom_store_uses_its_declared_scope(make_repo):
    from conftest import run_gcode

    root = make_repo("demo", PY_REPO)
    (root / ".gcode.toml").write_text(
        '[learning.custom_stores]\nprivate_notes = "test_learning:PrivateNotes"\n')
    trust.trust(root)
    env = {"PYTHONPATH": str(Path(__file__).parent), "GCODE_USER": "alice"}
    r = run_gcode("learn", "add", "my own note", "--store", "private_notes", cwd=root, env=env)
    assert r.returncode == 0, r.stderr
    assert "private to you" in r.stdout
    bad = run_gcode("learn", "add", "x", "--store", "nope", cwd=root, env=env)
    assert bad.returncode == 1 and "unknown store 'nope'" in bad.stderr


class FailingRecall(CIFailures):
    name = "flaky"

    def recall(self, ctx):
        raise RuntimeError("index unavailable")


def test_a_failing_store_recall_keeps_the_other_stores_context(make_repo):
    root = make_repo("demo", PY_REPO)
    m = machine(root, "alice")
    m.teach("learned_knowledge", "The team is cutting egress costs.")
    m.stores = {"flaky": FailingRecall(), **m.stores}
    first = m.build_context("should we add a CDN for egress?").text
    second = m.build_context("anything else about egress?").text
    assert "cutting egress costs" in first and "cutting egress costs" in second
    assert m.errors == ["store flaky left out of the context: RuntimeError: index unavailable"]
