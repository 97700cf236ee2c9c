"""A Rakefile's default task (what a bare `rake`, `bundle exec rake`, runs): its
prerequisites, each as the `rake <name>` it stands for (`task default: %i[spec rubocop]`:
the specs, then RuboCop)."""

from __future__ import annotations

import re

from gcode.scan.files import Repo, join
from gcode.scan.make import Task

RAKEFILES = ("Rakefile", "rakefile", "Rakefile.rb", "rakefile.rb")
Table = tuple[dict[str, Task], str, str]
# `task default: :spec`, `task default: [:spec, :rubocop]`, `task default: %i[spec rubocop]`,
# `task :default => [:test]`, `task(default: "spec")`
_DEFAULT = re.compile(r"^\s*task[\s(]+(?::default\s*=>|default:)\s*(%[iw]\[[^\]]*\]|\[[^\]]*\]|"
                      r"[:\w'\"]+)", re.M)


def rake_table(repo: Repo, cwd: str) -> Table:
    rel = next((join(cwd, n) for n in RAKEFILES if repo.isfile(join(cwd, n))), "")
    found = _DEFAULT.search(repo.read(rel) or "") if rel else None
    if found is None:
        return {}, "", ""
    names = re.findall(r"[\w:-]+", found.group(1).removeprefix("%i").removeprefix("%w"))
    lines = [f"rake {n.lstrip(':')}" for n in names if n.lstrip(":")]
    line = (repo.read(rel) or "")[: found.start()].count("\n") + 1
    return {"default": Task("default", lines, line)}, "default", rel
