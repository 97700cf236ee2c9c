"""The trigger backlog (gcode/trigger_backlog.py): learnings that have no "applies when"
trigger get one the next time a model is at hand, batched, within the request budget,
redacted, and a team learning's trigger reaches teammates through the team file."""

from __future__ import annotations

import json
import re
from pathlib import Path

from conftest import git
from fake_openai import Reply, text
from gcode import trigger_backlog
from gcode.learning import LearningMachine
from gcode.records import Learning
from gcode.workspace import Workspace
from learning_helpers import RecordingLLM, chat_turn
from test_lifecycle_cli import User, push

EGRESS = "The team is trying to cut egress costs."
TRIGGER = "choosing vendors, observability or logging tools, CDNs, data transfer"
NOTES = "Release notes are written by the product manager."
NOTES_TRIGGER = "announcing a new version, the changelog, what customers are told"
QUESTION = "who drafts the changelog for customers?"


def machine(root: Path, user: str, llm: RecordingLLM | None) -> LearningMachine:
    ws = Workspace(cwd=root, flags={"user.name": user})
    return LearningMachine.from_workspace(ws, llm_factory=llm)


def listed_ids(prompt: str) -> list[str]:
    return re.findall(r"^- \[(\w+)\]", prompt, re.M)


def answer_triggers(body: dict) -> Reply:
    """The model: a short answer to the turn; a trigger for each learning it is shown."""
    if body.get("stream"):
        return text("Hi.")
    shown = body["messages"][-1]["content"]
    assert "need a trigger" in shown
    return text(json.dumps({"triggers": [{"id": i, "applies_when": NOTES_TRIGGER}
                                         for i in listed_ids(shown)]}))


def teammates(make_repo, tmp_path: Path, fake_llm) -> tuple[User, User, dict[str, Path]]:
    """alice (no model) and bob (the fake model), each with a clone of one shared project
    that alice has run `gcode init` in."""
    origin = make_repo("origin", {"pyproject.toml": "[project]\nname = 'shop'\n"})
    bare = tmp_path / "shop.git"
    git(tmp_path, "clone", "-q", "--bare", str(origin), str(bare))
    alice, bob = User("alice", tmp_path), User("bob", tmp_path, fake_llm.env)
    clones = {}
    for name in ("alice", "bob"):
        clones[name] = tmp_path / f"{name}-clone"
        git(tmp_path, "clone", "-q", str(bare), str(clones[name]))
    alice.gcode(clones["alice"], "init", "--yes")
    return alice, bob, clones


def _ids(found: list[dict]) -> list[str]:
    return [r["content"] for r in found]


def test_taught_without_a_model_gets_its_trigger_in_a_teammates_later_session(
        make_repo, tmp_path: Path, fake_llm) -> None:
    alice, bob, clones = teammates(make_repo, tmp_path, fake_llm)
    alice.gcode(clones["alice"], "learn", "add", NOTES)  # no model configured for alice
    push(clones["alice"], "team learning")
    git(clones["bob"], "pull", "-q")
    before = json.loads(bob.gcode(clones["bob"], "learn", "search", QUESTION, "--json").stdout)
    assert NOTES not in _ids(before)  # no word in common: not found without a trigger
    assert not any(r.get("evidence", {}).get("applies_when") for r in bob.learnings(clones["bob"]))

    fake_llm.script(answer_triggers, answer_triggers)
    bob.gcode(clones["bob"], "run", "hello")  # a greeting: nothing to extract
    asked = [q for q in fake_llm.chat_requests if not q.get("stream")]
    assert len(asked) == 1  # the turn's answer, then one request for the backlog
    assert NOTES in asked[0]["messages"][-1]["content"]
    notes = next(r for r in bob.learnings(clones["bob"]) if r["content"] == NOTES)
    assert notes["evidence"]["applies_when"] == NOTES_TRIGGER
    assert "applies_when_pending" not in notes["evidence"]
    assert notes["author"] == "alice"  # a trigger is not a change of what it says
    found = json.loads(bob.gcode(clones["bob"], "learn", "search", QUESTION, "--json").stdout)
    assert NOTES in _ids(found)[:3]

    # The trigger went out with bob's export; alice gets it with the file.
    assert NOTES_TRIGGER in (clones["bob"] / ".gcode" / "learnings.jsonl").read_text()
    push(clones["bob"], "trigger")
    git(clones["alice"], "pull", "-q")
    found = json.loads(alice.gcode(clones["alice"], "learn", "search", QUESTION,
                                   "--json").stdout)
    assert NOTES in _ids(found)[:3]

    # Nothing is left to ask: the next session makes no request for the backlog.
    fake_llm.script(answer_triggers)
    bob.gcode(clones["bob"], "run", "hello again")
    assert len([q for q in fake_llm.chat_requests if not q.get("stream")]) == 1
    fake_llm.assert_done()


def _imported(m: LearningMachine, contents: list[str], **evidence: object) -> list[Learning]:
    """Team learnings as an older gcode exported them: no trigger, no pending mark."""
    from gcode.store_api import build_learning

    recs = [build_learning(m.store("learned_knowledge"), c, repo_id=m.repo_id, user="bob",
                           source="extracted", evidence=dict(evidence)) for c in contents]
    for rec in recs:
        rec.origin = "imported"
    return [r.learning for r in m.kb.add_many(recs)]


def test_backlog_is_batched_bounded_and_within_the_request_budget(make_repo) -> None:
    root = make_repo("demo")
    offline = machine(root, "alice", None)
    taught = offline.teach("learned_knowledge", EGRESS).learning
    old = _imported(offline, [f"Service number {n} is owned by team {n}." for n in range(30)])
    _imported(offline, ["Deploys go through Argo."], applies_when="deploying, releases")
    offline.after_turn(chat_turn("We deploy on Tuesdays."))
    offline.end_session()  # no model: nothing asked, nothing lost

    llm = RecordingLLM()
    m = machine(root, "alice", llm)
    m.end_session()
    assert llm.calls == []  # no turn, no request: the budget is per turn

    # A turn with a statement: its extraction call takes a few of the backlog along, and
    # that is the session's one request (one turn, one request).
    llm.responses.append({"learnings": [], "triggers": [
        {"id": taught.id[-8:], "applies_when": TRIGGER}]})
    m.after_turn(chat_turn("Storybook runs on port 6006."))
    m.end_session()
    assert len(llm.calls) == 1
    along = listed_ids(llm.calls[0][1]["content"].split("need a trigger")[1])
    assert taught.id[-8:] == along[0]  # hand-taught first
    assert 0 < len(along) <= trigger_backlog.RIDE_ALONG
    assert m.kb.db.get_learning(taught.id).applies_when == TRIGGER

    # A second turn with nothing to extract: one request of its own, at the session's end,
    # for at most MAX_BATCH of the rest, none of them asked twice in the session.
    m.after_turn(chat_turn("thanks!"))
    m.flush()
    assert len(llm.calls) == 1  # not during the session
    m.end_session()
    assert len(llm.calls) == 2
    asked = listed_ids(llm.calls[1][1]["content"])
    assert len(asked) == trigger_backlog.MAX_BATCH and not set(asked) & set(along)
    assert "Argo" not in llm.calls[1][1]["content"]  # it has its trigger
    m.end_session()
    assert len(llm.calls) == 2  # two turns, two requests: no more
    left = {r.id for r in old} - set(along) - set(asked)
    assert left  # wait for a later session
    assert all(not m.kb.db.get_learning(i).applies_when for i in left)


def test_triggers_are_redacted_and_a_stubborn_learning_does_not_hold_the_queue(
        make_repo) -> None:
    root = make_repo("demo")
    offline = machine(root, "alice", None)
    a = offline.teach("learned_knowledge", "Release notes are written by the PM.").learning
    b = offline.teach("learned_knowledge", "The staging database is reset nightly.").learning
    for _ in range(trigger_backlog.MAX_ATTEMPTS):
        llm = RecordingLLM({"triggers": [
            {"id": a.id[-8:], "applies_when": "release prep; password is Sunny-Otter-2291"}]})
        m = machine(root, "alice", llm)
        m.after_turn(chat_turn("thanks!"))
        m.end_session()
        assert len(llm.calls) == 1
        assert a.id[-8:] in llm.calls[0][1]["content"] and b.id[-8:] in llm.calls[0][1]["content"]
    for rec in (a, b):  # no trigger it could keep: both still wait
        stored = offline.kb.db.get_learning(rec.id)
        assert not stored.applies_when and stored.evidence.get("applies_when_pending")
    assert "Sunny-Otter" not in json.dumps(offline.kb.db.get_learning(a.id).evidence)

    # Asked MAX_ATTEMPTS times in vain, they no longer hold the queue: a new one goes first.
    c = offline.teach("learned_knowledge", "Support tickets are triaged on Mondays.").learning
    llm = RecordingLLM()
    m = machine(root, "alice", llm)
    m.after_turn(chat_turn("thanks!"))
    m.end_session()
    assert listed_ids(llm.calls[0][1]["content"]) == [c.id[-8:]]


STRIPE = "Stripe is the primary PSP; Adyen is only used for iDEAL in the Netherlands."
ADYEN = ("Adyen is our payment provider for everything new; Stripe is in maintenance mode "
         "until its contract ends in June.")


def test_the_backlog_request_retires_what_a_hand_taught_learning_replaces(make_repo) -> None:
    """`learn add` of a newer rule leaves the old one live (no model, and no words like
    "moved from" for gcode to go by); the next session's backlog request shows the model the
    older learnings it may replace, and the one the model names is retired."""
    root = make_repo("demo")
    offline = machine(root, "alice", None)
    old = offline.teach("learned_knowledge", STRIPE).learning
    other = offline.teach("learned_knowledge", "Refunds over 10,000 EUR need two approvers.")
    new = offline.teach("learned_knowledge", ADYEN).learning
    assert offline.kb.db.get_learning(old.id).live  # gcode alone cannot tell

    llm = RecordingLLM({"triggers": [
        {"id": new.id[-8:], "applies_when": "choosing a payment provider",
         "supersedes": old.id[-8:]},
        # A model may name anything: what it was not offered for that learning stays.
        {"id": old.id[-8:], "applies_when": "payments", "supersedes": other.learning.id[-8:]}]})
    m = machine(root, "alice", llm)
    m.after_turn(chat_turn("thanks!"))
    m.end_session()
    asked = llm.calls[0][1]["content"]
    assert f"older, it may replace: [{old.id[-8:]}] {STRIPE}" in asked
    assert new.id[-8:] in listed_ids(asked)
    assert m.kb.db.get_learning(old.id).superseded_by == new.id
    assert m.kb.db.get_learning(other.learning.id).live
    assert m.kb.db.get_learning(new.id).applies_when == "choosing a payment provider"
    found = [r.id for r in m.kb.search("which payment provider do we use?", [m.repo_id], "alice")]
    assert new.id in found and old.id not in found


def test_a_teammates_session_retires_what_a_taught_rule_replaces_for_everyone(
        make_repo, tmp_path: Path, fake_llm) -> None:
    """Through the console script: alice teaches the new payment rule with no model; bob's
    next `gcode run` settles it with its backlog request; alice's old rule is gone for her
    too after a pull."""
    alice, bob, clones = teammates(make_repo, tmp_path, fake_llm)
    alice.gcode(clones["alice"], "learn", "add", STRIPE)
    alice.gcode(clones["alice"], "learn", "add", ADYEN)
    push(clones["alice"], "payment rules")
    git(clones["bob"], "pull", "-q")

    def settle(body: dict) -> Reply:
        if body.get("stream"):
            return text("Hi.")
        shown = body["messages"][-1]["content"]
        offered = re.findall(r"older, it may replace: \[(\w+)\]", shown)
        return text(json.dumps({"triggers": [
            {"id": i, "applies_when": "payment providers", "supersedes": offered[0]}
            for i in listed_ids(shown) if offered]}))

    fake_llm.script(settle, settle)
    bob.gcode(clones["bob"], "run", "hello")
    assert STRIPE not in bob.contents(clones["bob"]) and ADYEN in bob.contents(clones["bob"])
    push(clones["bob"], "settled")
    git(clones["alice"], "pull", "-q")
    assert STRIPE not in alice.contents(clones["alice"])
    assert ADYEN in alice.contents(clones["alice"])


def test_a_learning_from_a_pull_requests_branch_retires_nothing(make_repo) -> None:
    """A provisional learning (read from a branch's team file) may be dropped with the
    branch: it replaces nothing until it is merged, whatever the model says."""
    from gcode.extraction import TriggerAnswers

    root = make_repo("demo")
    m = machine(root, "alice", None)
    old = m.teach("learned_knowledge", STRIPE).learning
    new = m.teach("learned_knowledge", ADYEN).learning
    assert trigger_backlog.offers(m.kb, [new], "alice")[new.id][0].id == old.id
    new.branch = "feature-adyen"
    m.kb.db.update_learning(new)
    assert trigger_backlog.offers(m.kb, [new], "alice") == {}
    trigger_backlog.apply(m.kb, [new], TriggerAnswers({new.id: "payments"}, {new.id: old.id}))
    assert m.kb.db.get_learning(old.id).live


def _no_triggers(reply_to: dict) -> Reply:
    """A stubborn model: it answers, with no trigger for anything."""
    assert "need a trigger" in reply_to["messages"][-1]["content"]
    return text(json.dumps({"triggers": []}))


def _facts(count: int) -> list[str]:
    """Learnings that share no words (never merged as near-duplicates)."""
    import random

    rng = random.Random(count)

    def word() -> str:
        return "".join(rng.choice("bdfgklmnprstvz") + rng.choice("aeiou") for _ in range(4))

    return [f"The {word()} {word()} needs {word()} before {word()}." for _ in range(count)]


def test_learn_triggers_writes_the_whole_backlog_now_in_batches(make_repo, fake_llm) -> None:
    """`gcode learn triggers`: what sessions' ends would write 20 at a time, at once, in
    requests of MAX_BATCH; the team file gets the triggers; a second run has nothing to ask."""
    from conftest import run_gcode

    root = make_repo("demo")
    assert run_gcode("init", "--yes", cwd=root).returncode == 0
    offline = machine(root, "alice", None)
    for fact in _facts(25):
        offline.teach("learned_knowledge", fact)
    fake_llm.script(answer_triggers, answer_triggers)
    done = run_gcode("learn", "triggers", cwd=root, env=fake_llm.env)
    assert done.returncode == 0, done.stderr
    asked = [listed_ids(q["messages"][-1]["content"]) for q in fake_llm.chat_requests]
    assert [len(ids) for ids in asked] == [trigger_backlog.MAX_BATCH, 5]
    assert "Wrote 25 trigger(s) for 25 learning(s) in 2 request(s); 0 still without one." \
        in done.stdout
    shown = json.loads(run_gcode("learn", "show", "--json", cwd=root).stdout)
    assert all(r["evidence"].get("applies_when") == NOTES_TRIGGER for r in shown), shown
    team = (root / ".gcode" / "learnings.jsonl").read_text()
    assert team.count(NOTES_TRIGGER) == 25
    again = run_gcode("learn", "triggers", cwd=root, env=fake_llm.env)
    assert again.returncode == 0 and "nothing to ask" in again.stdout
    fake_llm.assert_done()


def test_learn_triggers_stops_at_its_limit_and_at_a_failing_model(make_repo, fake_llm) -> None:
    """--limit bounds what is asked; a model that fails stops the run with a one-line error
    and a non-zero exit, what was written kept; one that gives no trigger twice is left."""
    from conftest import run_gcode
    from fake_openai import http_error

    root = make_repo("demo")
    offline = machine(root, "alice", None)
    for fact in _facts(30):
        offline.teach("learned_knowledge", fact)
    fake_llm.script(answer_triggers)
    done = run_gcode("learn", "triggers", "--limit", "3", cwd=root, env=fake_llm.env)
    assert done.returncode == 0, done.stderr
    assert [len(listed_ids(q["messages"][-1]["content"])) for q in fake_llm.chat_requests] \
        == [3]
    assert "Wrote 3 trigger(s) for 3 learning(s) in 1 request(s); 27 still without one." \
        in done.stdout

    down = http_error(503, "the model is loading")  # retried model.max_retries (3) times
    fake_llm.script(answer_triggers, down, down, down, down)
    failed = run_gcode("learn", "triggers", cwd=root, env=fake_llm.env)
    assert failed.returncode != 0
    assert "Traceback" not in failed.stderr
    assert "Wrote 20 trigger(s) for 20 learning(s) in 2 request(s); 7 still without one." \
        in failed.stdout
    assert "7 learning(s) still without a trigger" in failed.stderr
    assert "run `gcode learn triggers` again" in failed.stderr
    written = [r for r in json.loads(run_gcode("learn", "show", "--json", cwd=root).stdout)
               if r["evidence"].get("applies_when")]
    assert len(written) == 23

    fake_llm.script(_no_triggers, _no_triggers)
    for _ in range(2):
        stubborn = run_gcode("learn", "triggers", cwd=root, env=fake_llm.env)
        assert "Wrote 0 trigger(s) for 7 learning(s) in 1 request(s); 7 still without one." \
            in stubborn.stdout
    last = run_gcode("learn", "triggers", cwd=root, env=fake_llm.env)
    assert "the model gave none for them twice" in last.stdout
    fake_llm.assert_done()


def test_learn_triggers_with_no_model_configured_says_how_to_set_one(make_repo) -> None:
    from conftest import run_gcode

    root = make_repo("demo")
    machine(root, "alice", None).teach("learned_knowledge", EGRESS)
    done = run_gcode("learn", "triggers", cwd=root, env={"OPENAI_BASE_URL": "",
                                                         "GCODE_MODEL": ""})
    assert done.returncode != 0 and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) <= 2, done.stderr


def test_learn_triggers_when_no_store_learns_from_a_model_says_so(make_repo, fake_llm) -> None:
    """In agentic or off mode no store asks for triggers: a clear error, not a count of
    learnings "the model gave none for", and no request."""
    from conftest import run_gcode

    root = make_repo("demo")
    machine(root, "alice", None).teach("learned_knowledge", EGRESS)
    done = run_gcode("learn", "triggers", cwd=root,
                     env={**fake_llm.env, "GCODE_LEARNING_MODE": "agentic"})
    assert done.returncode != 0 and "Traceback" not in done.stderr
    assert "no store here is learning from a model" in done.stderr
    assert fake_llm.chat_requests == []
