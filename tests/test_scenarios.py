"""The two-engineer scenarios, end to end through the real console script.

Alice and Bob work in two clones of one repository on one machine (one shared
database). What alice's session teaches the agent must reach the prompt of
bob's later session, unprompted — asserted on the requests the model server
received.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import git, run_gcode
from fake_openai import text, tool_call

EGRESS = "The team is trying to cut down on egress costs."


@pytest.fixture
def clones(make_repo, tmp_path: Path) -> tuple[Path, Path]:
    origin = make_repo("origin", {
        "pyproject.toml": "[project]\nname = 'shop'\n",
        "tests/test_shop.py": "def test_ok():\n    assert True\n",
    })
    bare = tmp_path / "shop.git"
    git(tmp_path, "clone", "-q", "--bare", str(origin), str(bare))
    a, b = tmp_path / "alice-clone", tmp_path / "bob-clone"
    git(tmp_path, "clone", "-q", str(bare), str(a))
    git(tmp_path, "clone", "-q", str(bare), str(b))
    return a, b


def system_prompt(request: dict) -> str:
    return request["messages"][0]["content"]


def extraction_requests(fake_llm) -> list[dict]:
    return [r for r in fake_llm.chat_requests if not r.get("stream")]


def test_team_insight_reaches_a_teammate_unprompted(fake_llm, clones):
    alice_clone, bob_clone = clones
    fake_llm.script(
        text("A CDN and compression would cut egress."),
        text(json.dumps({"learnings": [{"store": "learned_knowledge", "kind": "insight",
                                        "content": EGRESS}]})),
    )
    r1 = run_gcode("run", "We're trying to cut down on egress costs. Any ideas?",
                   cwd=alice_clone, env={**fake_llm.env, "GCODE_USER": "alice"})
    assert r1.returncode == 0, r1.stderr
    assert "CDN" in r1.stdout
    assert len(extraction_requests(fake_llm)) == 1  # one extraction call for the turn
    assert EGRESS not in system_prompt(fake_llm.chat_requests[0])  # nothing known yet

    fake_llm.script(text("Both are fine; Grafana self-hosted avoids shipping data out."))
    r2 = run_gcode("run", "I'm deciding between datadog and grafana. Any recommendations?",
                   cwd=bob_clone, env={**fake_llm.env, "GCODE_USER": "bob"})
    assert r2.returncode == 0, r2.stderr
    bob_request = fake_llm.chat_requests[-1]
    assert bob_request.get("stream")
    assert bob_request["messages"][-1]["content"].startswith("I'm deciding between datadog")
    assert EGRESS in system_prompt(bob_request)
    assert len(extraction_requests(fake_llm)) == 1  # bob's question had nothing to learn
    fake_llm.assert_done()


def test_verified_test_command_is_learned_without_a_model_call(fake_llm, clones):
    alice_clone, bob_clone = clones
    fake_llm.script(
        tool_call("run_shell", {"command": "pytest -q"}),
        text("All tests pass."),
    )
    r1 = run_gcode("run", "run the tests", "--yes", cwd=alice_clone,
                   env={**fake_llm.env, "GCODE_USER": "alice"})
    assert r1.returncode == 0, r1.stderr
    tool_result = fake_llm.chat_requests[1]["messages"][-1]
    assert tool_result["role"] == "tool" and tool_result["content"].startswith("exit code: 0")
    assert len(fake_llm.chat_requests) == 2  # no extraction request for this turn

    fake_llm.script(text("Sure."))
    r2 = run_gcode("run", "I changed the checkout flow; anything I should do before pushing?",
                   cwd=bob_clone, env={**fake_llm.env, "GCODE_USER": "bob"})
    assert r2.returncode == 0, r2.stderr
    prompt = system_prompt(fake_llm.chat_requests[-1])
    assert "Run the tests with `pytest -q` (verified: exited 0)" in prompt
    assert extraction_requests(fake_llm) == []
    fake_llm.assert_done()


def test_model_ignoring_tools_still_gets_learnings_in_always_mode(fake_llm, repo):
    fake_llm.script(
        text("Noted."),
        text(json.dumps({"learnings": [{"store": "project_context", "kind": "gotcha",
                                        "content": "Tests need docker running."}]})),
    )
    r = run_gcode("run", "FYI: tests need docker running, always start it first.", cwd=repo,
                  env={**fake_llm.env, "GCODE_USER": "alice"})
    assert r.returncode == 0, r.stderr
    first = fake_llm.chat_requests[0]
    assert not any(t["function"]["name"] == "save_learning" for t in first.get("tools", []))
    shown = run_gcode("learn", "show", "--json", cwd=repo)
    assert "Tests need docker running." in {rec["content"] for rec in json.loads(shown.stdout)}
    fake_llm.assert_done()


def test_agentic_model_calls_the_tools_and_no_extraction_happens(fake_llm, repo):
    fake_llm.script(
        tool_call("save_learning", {"content": EGRESS, "store": "learned_knowledge"}),
        text("Saved that for the team."),
    )
    r = run_gcode("run", "We're trying to cut down on egress costs.", cwd=repo,
                  env={**fake_llm.env, "GCODE_USER": "alice", "GCODE_LEARNING_MODE": "agentic"})
    assert r.returncode == 0, r.stderr
    assert len(fake_llm.chat_requests) == 2 and extraction_requests(fake_llm) == []
    names = {t["function"]["name"] for t in fake_llm.chat_requests[0]["tools"]}
    assert {"save_learning", "search_learnings", "forget_learning"} <= names
    assert fake_llm.chat_requests[1]["messages"][-1]["content"].startswith("added")
    shown = run_gcode("learn", "show", "--json", cwd=repo)
    rec = next(x for x in json.loads(shown.stdout) if x["content"] == EGRESS)
    assert rec["source"] == "agent" and rec["scope"] == "team"
    fake_llm.assert_done()


def test_propose_mode_without_a_tty_keeps_pending_for_review(fake_llm, repo):
    fake_llm.script(
        text("Noted."),
        text(json.dumps({"learnings": [
            {"store": "learned_knowledge", "content": EGRESS},
            {"store": "learned_knowledge", "content": "The team loves long meetings."}]})),
    )
    env = {**fake_llm.env, "GCODE_USER": "alice", "GCODE_LEARNING_MODE": "propose"}
    r = run_gcode("run", "We're cutting egress costs; we also love long meetings.", cwd=repo,
                  env=env)
    assert r.returncode == 0, r.stderr
    assert "2 proposed learning(s) await review" in r.stderr
    assert json.loads(run_gcode("learn", "show", "--json", cwd=repo).stdout) == []
    pending = json.loads(run_gcode("learn", "show", "--pending", "--json", cwd=repo).stdout)
    ids = {p["content"]: p["id"][-8:] for p in pending}
    ok = run_gcode("learn", "accept", ids[EGRESS], "--edit", "The team is cutting egress.",
                   cwd=repo, env={"GCODE_USER": "alice"})
    assert ok.returncode == 0, ok.stderr
    assert run_gcode("learn", "reject", ids["The team loves long meetings."], cwd=repo,
                     env={"GCODE_USER": "alice"}).returncode == 0
    again = run_gcode("learn", "accept", ids[EGRESS], cwd=repo, env={"GCODE_USER": "alice"})
    assert again.returncode == 1 and "not a pending proposal" in again.stderr
    live = json.loads(run_gcode("learn", "show", "--json", cwd=repo).stdout)
    assert [x["content"] for x in live] == ["The team is cutting egress."]
    fake_llm.assert_done()


def test_agents_md_managed_block_is_not_sent_twice(fake_llm, repo):
    (repo / "AGENTS.md").write_text(
        "Use tabs in Makefiles.\n\n<!-- gcode:begin learnings -->\n"
        "- An old exported learning from the block.\n<!-- gcode:end learnings -->\n")
    fake_llm.script(text("ok"))
    r = run_gcode("run", "hello there friend", cwd=repo, env=fake_llm.env)
    assert r.returncode == 0, r.stderr
    system = system_prompt(fake_llm.chat_requests[0])
    assert "Use tabs in Makefiles." in system
    assert "An old exported learning from the block." not in system
    fake_llm.assert_done()


@pytest.mark.parametrize("args", [
    ["sk-proj-Zq8xW2vB7nM4kL1pR9tY6uI3oE5aS0dF"],
    ["learn", "add", "--ghp_1A2b3C4d5E6f7G8h9I0jK1lM2nO3pQ4rS5tU"],
    ["learn", "add", "-----BEGIN OPENSSH PRIVATE KEY----- b3BlbnNzaC1rZXktdjEAAAAA"],
])
def test_usage_errors_never_echo_a_secret(repo, args):
    r = run_gcode(*args, cwd=repo)
    assert r.returncode != 0
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("gcode: error:"), r.stderr
    for secret in ("Zq8xW2vB7nM4kL1pR9tY6uI3oE5aS0dF", "1A2b3C4d5E6f7G8h9I0jK1lM2nO3pQ4rS5tU",
                   "b3BlbnNzaC1rZXktdjEAAAAA"):
        assert secret not in r.stderr + r.stdout


def test_learn_show_verbose_gives_provenance(fake_llm, repo):
    (repo / "Makefile").write_text("test:\n\t@echo all good\n")
    fake_llm.script(tool_call("run_shell", {"command": "make test"}), text("Tests pass."))
    r = run_gcode("run", "run the tests", "--yes", cwd=repo, env=fake_llm.env)
    assert r.returncode == 0, r.stderr
    out = run_gcode("learn", "show", "-v", "--store", "project_context", cwd=repo).stdout
    row = next(line for line in out.splitlines() if "Run the tests with `make test`" in line)
    assert "observed" in row and "team" in row and "rev 1" in row
    assert "`make test` exit 0" in row and "session " in row and "paths: Makefile" in row
    fake_llm.assert_done()


def test_insight_travels_to_another_machine_through_git(fake_llm, clones, tmp_path):
    """Separate databases (two machines): alice's session exports the team file, she
    commits and pushes; bob pulls, and his next session's prompt carries the insight."""
    alice_clone, bob_clone = clones
    alice = {**fake_llm.env, "GCODE_USER": "alice", "GCODE_DB": str(tmp_path / "alice.db")}
    bob = {**fake_llm.env, "GCODE_USER": "bob", "GCODE_DB": str(tmp_path / "bob.db")}
    assert run_gcode("init", "--yes", cwd=alice_clone, env=alice).returncode == 0
    fake_llm.script(
        text("A CDN would help."),
        text(json.dumps({"learnings": [{"store": "learned_knowledge", "content": EGRESS,
                                        "applies_when": "choosing vendors or tools"}]})),
    )  # with its trigger, as asked: bob's session has no trigger to write for it
    r = run_gcode("run", "We're trying to cut down on egress costs. Any ideas?",
                  cwd=alice_clone, env=alice)
    assert r.returncode == 0, r.stderr
    team_file = alice_clone / ".gcode" / "learnings.jsonl"
    assert EGRESS in team_file.read_text()
    git(alice_clone, "add", "-A")
    git(alice_clone, "commit", "-qm", "gcode: team learnings")
    git(alice_clone, "push", "-q", "origin", "HEAD")
    git(bob_clone, "pull", "-q")
    fake_llm.script(text("Mind the egress costs."))
    r = run_gcode("run", "I'm deciding between datadog and grafana. Any recommendations?",
                  cwd=bob_clone, env=bob)
    assert r.returncode == 0, r.stderr
    assert EGRESS in system_prompt(fake_llm.chat_requests[-1])
    fake_llm.assert_done()
