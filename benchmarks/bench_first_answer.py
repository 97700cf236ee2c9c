"""How long the first message of `gcode chat` waits before it reaches the model server.

`openai` takes ~0.45 s to import; the chat imports it in the background once the prompt is
up, while the person types. This runs the real console script in a pseudo-terminal against
the scripted test server, waits for the first prompt, "types" for a while, presses Enter,
and times Enter -> the chat request arriving at the server. The floor, measured in the same
run: the same message sent the moment the prompt appears (the import not finished yet), and
a bare `import openai` in a fresh interpreter.

    python benchmarks/bench_first_answer.py [--runs 5] [--typing 2.0]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pexpect

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))
sys.path.insert(0, str(HERE))

from bench_chat_startup import gcode_argv, make_repo  # noqa: E402
from fake_openai import FakeOpenAI, text  # noqa: E402
from test_chat_pty import Terminal  # noqa: E402  (a pty read through a terminal emulator)


def one_run(argv: list[str], cwd: Path, env: dict[str, str], fake: FakeOpenAI,
            typing: float) -> float:
    before = len(fake.chat_requests)
    fake.script(text("hello there"))
    term = Terminal(argv, cwd, env)
    term.wait_for_prompt(30)
    time.sleep(typing)  # a person typing the message (the only fixed wait: it is the scenario)
    term.child.send("hi\r")
    sent = time.perf_counter()
    fake.wait_for(lambda: len(fake.chat_requests) > before, timeout=30)
    elapsed = time.perf_counter() - sent
    term.wait_for("hello there", 30)
    term.wait_for_prompt(30)
    term.child.sendeof()
    term.child.expect(pexpect.EOF, timeout=30)
    term.child.close()
    return elapsed


def import_time(env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import openai"], env=env, check=True)
    bare = time.perf_counter() - start
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", "pass"], env=env, check=True)
    return bare - (time.perf_counter() - start)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--typing", type=float, default=2.0, help="seconds spent typing")
    args = parser.parse_args()
    fake = FakeOpenAI().start()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            base = Path(tmp)
            root = make_repo(base)
            env = {**os.environ, "TERM": "xterm", "HOME": str(base), "NO_COLOR": "",
                   "XDG_CONFIG_HOME": str(base / "config"), "XDG_DATA_HOME": str(base / "data"),
                   "GCODE_DB": str(base / "gcode.db"), "GCODE_LEARNING_MODE": "off",
                   **fake.env}
            argv = [*gcode_argv(), "chat"]
            one_run(argv, root, env, fake, 0.5)  # creates the database; not counted
            typed, at_once = [], []
            for _ in range(args.runs):  # interleaved, so load on the machine hits both alike
                typed.append(one_run(argv, root, env, fake, args.typing))
                at_once.append(one_run(argv, root, env, fake, 0.0))
            bare = statistics.median(import_time(env) for _ in range(args.runs))
    finally:
        fake.stop()
    t, a = statistics.median(typed), statistics.median(at_once)
    print(f"Enter -> first request at the server, median of {args.runs}:")
    print(f"  typed for {args.typing:g} s (import done in the background): {t:.3f} s")
    print(f"  sent the moment the prompt appeared (floor: waits for the import): {a:.3f} s")
    print(f"  a bare `import openai` in a fresh interpreter: {bare:.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
