"""`/init`: an AGENTS.md guide for any coding agent, written from the scan and the team's learnings.

The guide lives between its own two marker lines, so `/init` can refresh it later without
touching a byte people wrote around it; when AGENTS.md has no guide yet, it is added (a new
file gets a title first). gcode's learnings block (`gcode context --format agents-md`,
gcode.agents_md) is a different block and is left exactly as it is. Only team-scope
knowledge goes in: AGENTS.md is committed.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from gcode.atomic import write_if_changed
from gcode.errors import GcodeError

if TYPE_CHECKING:
    from gcode.learning import LearningMachine
    from gcode.records import Learning

BEGIN = "<!-- gcode:begin guide -->"
END = "<!-- gcode:end guide -->"
NOTICE = ("<!-- Written by gcode's /init from the repository scan and the team's learnings; "
          "/init refreshes what is between these markers. Write your own notes outside them. -->")
SECTIONS = (  # (title, kinds), in the order a newcomer needs them
    ("Layout", ("layout",)),
    ("Set up", ("env",)),
    ("Build, test and lint", ("build_command", "test_command", "lint_command",
                              "format_command")),
    ("Gotchas", ("gotcha",)),
    ("Team knowledge", ("insight", "decision", "convention", "fact")),
)
PER_SECTION = 15


def guide_body(repo_name: str, records: list[Learning]) -> str:
    """The guide's Markdown: one section per kind of fact, verified commands first."""
    team = [r for r in records if r.scope in ("team", "machine") and r.store != "decision_log"
            and r.status == "active" and r.live]
    team = [r for r in team if r.scope == "team" or r.source == "scan"]
    lines = [f"## Working in {repo_name}", ""]
    used: set[str] = set()
    for title, kinds in SECTIONS:
        mine = [r for r in team if r.kind in kinds and r.id not in used]
        if title == "Team knowledge":
            mine += [r for r in team if r.id not in used and r not in mine
                     and not any(r.kind in k for _, k in SECTIONS)]
        if not mine:
            continue
        mine.sort(key=lambda r: (r.evidence.get("exit_code") != 0, -r.confidence, r.content))
        lines += [f"### {title}", ""]
        for rec in mine[:PER_SECTION]:
            used.add(rec.id)
            verified = " (verified)" if rec.evidence.get("exit_code") == 0 and \
                rec.source != "scan" else ""
            lines.append(f"- {' '.join(rec.content.split())}{verified}")
        lines.append("")
    if len(lines) == 2:
        lines += ["gcode has not learned anything about this repository yet: work with it, "
                  "or teach it with `/remember`, then run `/init` again.", ""]
    return "\n".join(lines).rstrip("\n")


def _span(text: str, name: str) -> tuple[int, int] | None:
    begins, ends = text.count(BEGIN), text.count(END)
    if not begins and not ends:
        return None
    start, end = text.find(BEGIN), text.find(END)
    if begins == 1 and ends == 1 and start < end:
        return start, end + len(END)
    raise GcodeError(f"{name} has a broken gcode guide: {begins} begin and {ends} end marker(s)",
                     hint=f"leave exactly one `{BEGIN}` followed by one `{END}` (or delete both)")


def upsert(text: str, body: str, title: str, name: str = "AGENTS.md") -> str:
    """`text` with its guide set to `body`; every byte outside the guide unchanged."""
    newline = "\r\n" if "\r\n" in text else "\n"
    block = newline.join([BEGIN, NOTICE, *body.splitlines(), END])
    span = _span(text, name)
    if span is not None:
        return text[:span[0]] + block + text[span[1]:]
    if not text.strip():
        return f"# {title}{newline}{newline}{block}{newline}"
    sep = "" if text.endswith(newline * 2) else newline if text.endswith(newline) else newline * 2
    return text + sep + block + newline


def write_guide(machine: LearningMachine, root: Path, repo_name: str) -> tuple[Path, bool, int]:
    """Write or refresh the guide in `root`/AGENTS.md: (path, changed, facts used)."""
    machine.refresh()  # the scan's facts, stored lazily, must be there
    records = machine.kb.db.list_learnings([machine.repo_id], user=machine.user,
                                           statuses=("active",))
    body = guide_body(repo_name, records)
    path = root / "AGENTS.md"
    try:
        text = path.read_bytes().decode("utf-8") if path.exists() else ""
    except (OSError, UnicodeDecodeError) as exc:
        raise GcodeError(f"cannot read {path}: {exc}", hint="fix or move the file, then run "
                         "/init again") from None
    changed = write_if_changed(path, upsert(text, body, f"AGENTS.md — {repo_name}"))
    return path, changed, body.count("\n- ")
