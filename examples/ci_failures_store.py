"""A custom learning store: remembers which tests fail in CI-like runs, and how they got fixed.

Register it in .gcode.toml:   [learning.custom_stores]
                              ci_failures = "ci_failures_store:CIFailures"
"""

import re

FAILED = re.compile(r"^FAILED (\S+)", re.MULTILINE)


class CIFailures:
    name = "ci_failures"

    def recall(self, ctx):
        # Known failures of this repo, plus the ones that match what the user asks now.
        return ctx.search(ctx.message, [self.name], k=5) + ctx.records(self.name)[:5]

    def build_context(self, data):
        lines = [f"- {r.content} (seen {r.evidence.get('seen', 1)}x)" for r in data]
        return "### Known failing tests\n" + "\n".join(lines)

    def process(self, turn, ctx):
        # Learn from what the tools did this turn (turn.tool_runs): no model call needed.
        for run in turn.tool_runs:
            if run.exit_code in (None, 0):
                continue
            for test in FAILED.findall(run.output):
                known = [r for r in ctx.records(self.name) if r.evidence.get("test") == test]
                if known:
                    known[0].evidence["seen"] = known[0].evidence.get("seen", 1) + 1
                    ctx.update(known[0])
                else:
                    ctx.save(self.name, f"`{test}` has failed before", kind="gotcha",
                             evidence={"test": test, "seen": 1}, source="observed")
