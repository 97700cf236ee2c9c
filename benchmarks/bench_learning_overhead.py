"""What learning costs per turn, for each learning mode, on a scripted 10-turn session.

Runs the real Agent and LearningMachine against the test suite's scripted
OpenAI-compatible server (no model needed) and prints, per mode, the extra
model requests and extra prompt tokens (estimated at 4 characters per token)
compared with learning switched off, plus the fixed cost of the guidance and
tool schemas that agentic mode adds to every request.

    python benchmarks/bench_learning_overhead.py
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))
sys.path.insert(0, str(HERE.parent))

from fake_openai import FakeOpenAI, Reply, text, tool_call  # noqa: E402

from gcode.turn import estimate_tokens  # noqa: E402

TURNS = [
    "We're trying to cut down on egress costs. Any ideas?",
    "run the tests",
    "thanks!",
    "I prefer short answers, always.",
    "what does main() do?",
    "I'm deciding between datadog and grafana. Any recommendations?",
    "FYI: the integration tests need docker running.",
    "rename the helper in utils.py",
    "ok",
    "Our convention is to squash-merge every PR.",
]
LEARNABLE = {0, 3, 6, 9}


def responder(mode: str):
    """Answer like a cooperative model: extraction calls get JSON; in agentic mode the model
    saves what is learnable through the tool before answering."""

    def reply(body: dict) -> Reply:
        messages = body["messages"]
        if not body.get("stream"):  # the extraction call
            turn = messages[-1]["content"]
            return text(json.dumps({"learnings": [{"store": "learned_knowledge",
                                                   "content": turn[-200:].strip()}]}))
        last = messages[-1]
        user = next(m["content"] for m in reversed(messages) if m["role"] == "user")
        if last["role"] == "user" and user == "run the tests":
            return tool_call("run_shell", {"command": "python -c 'print(1)'"})
        if mode == "agentic" and last["role"] == "user" and TURNS.index(user) in LEARNABLE:
            return tool_call("save_learning", {"content": user})
        return text("Done.")

    return reply


def run_session(mode: str) -> dict:
    from gcode.agent import Agent
    from gcode.learning import LearningMachine
    from gcode.sessions import SqliteSessionLog
    from gcode.tools.approval import Approver
    from gcode.workspace import Workspace

    fake = FakeOpenAI().start()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp) / "repo"
            root.mkdir()
            subprocess.run(["git", "init", "-q"], cwd=root, check=True)
            (root / "main.py").write_text("def main():\n    return 1\n")
            subprocess.run(["git", "add", "-A"], cwd=root, check=True)
            subprocess.run(["git", "-c", "user.email=b@x", "-c", "user.name=b", "commit", "-qm",
                            "init"], cwd=root, check=True)
            os.environ["GCODE_DB"] = str(Path(tmp) / "bench.db")
            fake.script(*[responder(mode)] * 200)
            ws = Workspace(cwd=root, flags={"user.name": "bench",
                                            "learning.mode": "always" if mode == "off" else mode})
            llm = fake.make_llm()
            hooks = None
            if mode != "off":
                hooks = LearningMachine.from_workspace(ws, llm_factory=lambda: llm)
            log = SqliteSessionLog(ws.db, repo_id=ws.repo_id, repo_root=root, user=ws.user)
            agent = Agent(llm, log, root=root, config=ws.config,
                          approver=Approver(mode="full-auto"), hooks=hooks)
            per_turn = []
            for message in TURNS:
                before = len(fake.chat_requests)
                for _ in agent.run_turn(message):
                    pass
                if hooks is not None:
                    hooks.flush()
                reqs = fake.chat_requests[before:]
                prompt_chars = sum(len(json.dumps(r["messages"])) + len(json.dumps(
                    r.get("tools", []))) for r in reqs)
                per_turn.append((len(reqs), prompt_chars))
            if hooks is not None:  # extraction is batched: the session's end asks for the rest
                before = len(fake.chat_requests)
                hooks.end_session()
                reqs = fake.chat_requests[before:]
                count, chars = per_turn[-1]
                per_turn[-1] = (count + len(reqs), chars + sum(
                    len(json.dumps(r["messages"])) for r in reqs))
            fixed = 0
            if hooks is not None and hooks.agentic_stores():
                from gcode.tools.base import openai_schema

                fixed = estimate_tokens(hooks.guidance()) + sum(
                    estimate_tokens(json.dumps(openai_schema(t))) for t in hooks.tools())
            ws.close()
            return {"per_turn": per_turn, "fixed": fixed}
    finally:
        fake.stop()


def main() -> None:
    results = {mode: run_session(mode) for mode in ("off", "always", "agentic", "propose")}
    base = results["off"]["per_turn"]
    print(f"{'mode':<9} {'extra req/turn':>15} {'max extra req':>14} {'on quiet turns':>15} "
          f"{'extra prompt tok/turn':>22} {'fixed guidance+tools tok':>25}")
    for mode, res in results.items():
        extra_req = [r[0] - b[0] for r, b in zip(res["per_turn"], base)]
        quiet = [e for i, e in enumerate(extra_req) if i not in LEARNABLE]
        extra_tok = [(r[1] - b[1]) // 4 for r, b in zip(res["per_turn"], base)]
        print(f"{mode:<9} {sum(extra_req) / len(TURNS):>15.2f} {max(extra_req):>14} "
              f"{max(quiet):>15} {sum(extra_tok) / len(TURNS):>22.0f} {res['fixed']:>25}")
    print(f"\n{len(TURNS)} turns, {len(LEARNABLE)} with something to learn; "
          "reference: Agno's LearningMachine adds 3 requests and ~2.4k tokens per turn "
          "in agentic mode.")


if __name__ == "__main__":
    main()
