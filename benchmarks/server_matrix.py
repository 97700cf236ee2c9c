"""Which real server behaviours the installed gcode survives: every quirk in
tests/quirky_servers.py x the four scenarios, through the real console script.

Unlike tests/test_servers.py (which drives gcode's pieces in process), this uses only the
command line (`gcode run --json`, `gcode learn add/search/show --json`), so it runs against
any gcode version: point it at an older checkout's Python to see what that one breaks.

    python benchmarks/server_matrix.py [--only NAME,NAME]     # this checkout
    /path/to/old/venv/bin/python benchmarks/server_matrix.py  # another installed gcode

A cell is "ok" (the scenario worked), "said" (the server cannot do it and gcode said so in
one line naming the fix, and answered anyway) or "FAIL".
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))

import quirky_servers as q  # noqa: E402

SCENARIOS = ("plain", "tools", "extraction", "embeddings")


def gcode_argv() -> list[str]:
    script = Path(sys.executable).with_name("gcode")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "gcode"]


def make_repo(base: Path) -> Path:
    root = base / "quirkville"
    root.mkdir()
    (root / "README.md").write_text(f"# Quirkville\n\n{q.README_LINE}\n")
    for args in (["init", "-q", "-b", "main"], ["config", "user.email", "m@example.com"],
                 ["config", "user.name", "m"], ["add", "-A"], ["commit", "-q", "-m", "init"]):
        subprocess.run(["git", *args], cwd=root, check=True, capture_output=True)
    return root


def run(argv: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*gcode_argv(), *argv], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=120)


def events(result: subprocess.CompletedProcess[str]) -> list[dict[str, object]]:
    out = []
    for line in result.stdout.splitlines():
        try:
            out.append(json.loads(line))
        except ValueError:
            pass
    return out


def cell(quirk: type[q.Quirk], scenario: str) -> tuple[str, str]:
    server = q.QuirkServer(quirk()).start()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            base = Path(tmp)
            repo = make_repo(base)
            cfg = base / "config" / "gcode" / "config.toml"
            cfg.parent.mkdir(parents=True)
            lines = ["[model]", *(f'{k} = "{v}"' for k, v in quirk.config.items())]
            if scenario == "embeddings":
                lines += ["[embeddings]", 'provider = "openai"', f'model = "{quirk.embed_model}"']
            cfg.write_text("\n".join(lines) + "\n")
            env = {**os.environ, "HOME": str(base), "XDG_CONFIG_HOME": str(base / "config"),
                   "XDG_DATA_HOME": str(base / "data"), "GCODE_DB": str(base / "gcode.db"),
                   "OPENAI_BASE_URL": server.url, "OPENAI_API_KEY": q.KEY,
                   "GCODE_MODEL": quirk.model, "GCODE_RETRY_BASE_DELAY": "0.01",
                   "NO_COLOR": "1"}
            limit = quirk.cannot.get("embeddings" if scenario == "embeddings" else "tools")
            if scenario == "embeddings":
                added = run(["learn", "add", "We are cutting egress costs this quarter."], repo,
                            env)
                found = run(["learn", "search", "how do we keep egress costs down?", "--json"],
                            repo, env)
                said = added.stderr + found.stderr
                hit = "egress costs this quarter" in found.stdout
                if hit and found.returncode == 0 and added.returncode == 0:
                    if limit is None:
                        return "ok", ""
                    if limit in said:
                        return "said", ""
                return "FAIL", (said or found.stdout).strip().splitlines()[-1:][0][:100] \
                    if (said or found.stdout).strip() else "no result"
            question = {"plain": q.PLAIN_Q, "tools": q.TOOL_Q, "extraction": q.LEARN_Q}[scenario]
            result = run(["run", "--json", question], repo, env)
            evs = events(result)
            done = next((e for e in evs if e.get("type") == "done"), None)
            warnings = [str(e.get("message")) for e in evs
                        if e.get("type") == "error" and not e.get("fatal")]
            fatal = [str(e.get("message")) for e in evs if e.get("type") == "error"
                     and e.get("fatal")]
            text = str(done.get("final_text", "")) if done else ""
            if result.returncode != 0 or done is None or fatal:
                why = (fatal or result.stderr.strip().splitlines()[-1:] or ["no answer"])[0]
                return "FAIL", str(why)[:100]
            if "<think>" in text or "</think>" in text:
                return "FAIL", "reasoning shown as the answer"
            if limit is not None and scenario in quirk.cannot:
                ok = bool(text) and any(limit in w for w in warnings)
                return ("said", "") if ok else ("FAIL", "no line saying what to change")
            if scenario == "plain" and text != q.ANSWER:
                return "FAIL", f"answer {text[:60]!r}"
            if scenario == "tools" and q.README_LINE not in text:
                return "FAIL", f"answer {text[:60]!r}"
            if scenario == "extraction":
                shown = run(["learn", "show", "--json"], repo, env)
                if q.LEARNING not in shown.stdout:
                    return "FAIL", "nothing learned: " + (result.stderr.strip()[-80:] or "?")
            return "ok", ""
    finally:
        server.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="", help="comma-separated quirk names")
    args = parser.parse_args()
    only = set(filter(None, args.only.split(",")))
    quirks = [c for c in q.QUIRKS if not only or c.name in only]
    started = time.perf_counter()
    broken = 0
    counts = {"ok": 0, "said": 0, "FAIL": 0}
    width = max(len(c.name) for c in quirks)
    print(f"{'quirk'.ljust(width)}  " + "  ".join(s.ljust(10) for s in SCENARIOS))
    for quirk in quirks:
        cells = [cell(quirk, s) for s in SCENARIOS]
        for mark, _ in cells:
            counts[mark] += 1
        broken += any(mark == "FAIL" for mark, _ in cells)
        print(f"{quirk.name.ljust(width)}  " + "  ".join(m.ljust(10) for m, _ in cells), flush=True)
        for scenario, (mark, why) in zip(SCENARIOS, cells):
            if mark == "FAIL":
                print(f"{''.ljust(width)}    {scenario}: {why}", flush=True)
    print(f"\n{len(quirks)} servers: {len(quirks) - broken} work in every scenario, {broken} "
          f"break somewhere; cells: {counts['ok']} ok, {counts['said']} said what to change, "
          f"{counts['FAIL']} failed ({time.perf_counter() - started:.0f} s)")
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
