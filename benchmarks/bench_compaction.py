"""Compaction on a 200-turn session: every request under the window, the first turn remembered.

Runs the real Agent (with its session log in a real SQLite database) against the test
suite's scripted OpenAI-compatible server. The scripted model answers only from what it is
sent: a summary request keeps the `FACT:` lines it is shown (an earlier summary's too), and
the last question ("what is the release codename?") is answered from a `FACT:` line if one
is in the request, else "I do not know". Each turn adds ~550 characters of padding, so a
small window (default 4,000 tokens) fills every dozen turns or so.

Printed next to the floor measured in the same run: the same session with the window
fitting done the old way (the oldest turns silently dropped, no summary), which also keeps
requests under the window but forgets the first turn.

    python benchmarks/bench_compaction.py [--turns 200] [--window 4000]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))
sys.path.insert(0, str(HERE.parent))

from fake_openai import FakeOpenAI, text  # noqa: E402

from gcode import agent as agent_module  # noqa: E402
from gcode.compaction import SUMMARY_SYSTEM, messages_tokens  # noqa: E402
from gcode.config import Config  # noqa: E402
from gcode.db import open_db  # noqa: E402
from gcode.sessions import SqliteSessionLog  # noqa: E402
from gcode.tools.approval import Approver  # noqa: E402
from gcode.turn import CompactionEvent, DoneEvent, ErrorEvent, estimate_tokens  # noqa: E402

FIRST = ("Before we start, remember these. FACT: the release codename is BLUEBIRD. "
         "FACT: the staging port is 8431.")
QUESTION = "What is the release codename? Answer from what I told you in our first turn."
PADDING = ("Here is more context about the module we are refactoring, the tests that cover "
           "it and the way the team reviews such changes. ") * 4


def is_summary_request(body: dict[str, Any]) -> bool:
    return body["messages"][0]["content"] == SUMMARY_SYSTEM


def model(body: dict[str, Any]) -> Any:
    msgs = body["messages"]
    if is_summary_request(body):
        facts = dict.fromkeys(re.findall(r"FACT: [^.\n]+\.", msgs[-1]["content"]))
        return text("Facts the user gave:\n" + "\n".join(f"- {f}" for f in facts))
    seen = "\n".join(str(m.get("content") or "") for m in msgs)
    if msgs[-1]["content"] == QUESTION:
        found = re.search(r"FACT: the release codename is (\w+)", seen)
        return text(f"The codename is {found.group(1)}." if found else "I do not know.")
    return text(f"Understood. {PADDING[:200]}")


def session(turns: int, window: int, compact: bool, workdir: Path) -> dict[str, Any]:
    fake = FakeOpenAI().start()
    db = open_db(workdir / f"bench-{compact}.db")
    try:
        cfg = Config()
        cfg.model.context_window = window
        log = SqliteSessionLog(db, repo_id="bench", repo_root=workdir, user="bench")
        agent = agent_module.Agent(fake.make_llm(), log, root=workdir, config=cfg,
                                   approver=Approver("full-auto"))
        if not compact:  # the floor: what gcode did before (drop the oldest turns silently)
            agent._compactable = lambda: False  # type: ignore[method-assign]
        compactions = warnings = 0
        answer = ""
        started = time.perf_counter()
        for i in range(turns):
            message = FIRST if i == 0 else QUESTION if i == turns - 1 else \
                f"Turn {i}. {PADDING}"
            fake.script(*[model] * 3)
            for event in agent.run_turn(message):
                if isinstance(event, CompactionEvent):
                    compactions += 1
                elif isinstance(event, ErrorEvent):
                    warnings += 1
                elif isinstance(event, DoneEvent):
                    answer = event.final_text
        elapsed = time.perf_counter() - started
        requests = fake.chat_requests
        # what each request costs the window: its messages and the tool schemas it carries
        sizes = [messages_tokens(b["messages"]) + estimate_tokens(json.dumps(b.get("tools") or []))
                 for b in requests]
        summaries = [b for b in requests if is_summary_request(b)]
        return {"answer": answer, "compactions": compactions, "warnings": warnings,
                "requests": len(requests), "summary_requests": len(summaries),
                "max_tokens": max(sizes), "max_bytes": max(len(str(b["messages"]))
                                                          for b in requests),
                "last_tokens": sizes[-1], "seconds": elapsed}
    finally:
        db.close()
        fake.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--turns", type=int, default=200)
    parser.add_argument("--window", type=int, default=4000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        floor = session(args.turns, args.window, False, Path(tmp))
        ours = session(args.turns, args.window, True, Path(tmp))
    print(f"{args.turns}-turn session, context window {args.window:,} tokens (messages and "
          "tool schemas, estimated at 4 characters per token, as gcode budgets)")
    print(f"{'':34} {'floor (drop turns)':>20} {'compaction':>12}")
    rows = [
        ("model requests", "requests"), ("summary requests", "summary_requests"),
        ("compactions", "compactions"), ("largest request, tokens", "max_tokens"),
        ("last request, tokens", "last_tokens"), ("largest request, bytes", "max_bytes"),
        ("warnings", "warnings"),
    ]
    for label, key in rows:
        print(f"{label:34} {floor[key]:>20,} {ours[key]:>12,}")
    print(f"{'session wall time, s':34} {floor['seconds']:>20.2f} {ours['seconds']:>12.2f}")
    print(f"{'answer about the first turn':34} {floor['answer']!r:>20} {ours['answer']!r:>12}")
    per = ours["requests"] - floor["requests"]
    print(f"model requests per compaction: {per / max(1, ours['compactions']):.2f} "
          "(target <= 1)")
    ok = (ours["max_tokens"] <= args.window and "BLUEBIRD" in ours["answer"]
          and ours["summary_requests"] == ours["compactions"])
    print("OK: every request under the window, the first turn's fact kept" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
