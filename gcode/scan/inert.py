"""Commands that run nothing of the project though they name its tools: they print a
version or help, watch files until stopped, merge the reports of test shards run before,
or list the sessions a CI matrix is then made of (`nox --json -t tests -l`)."""

from __future__ import annotations

from gcode.scan.programs import base, is_watch

_INFO = frozenset({"--version", "-V", "--help", "-h", "version"})
_LIST_OPTIONS = {"nox": frozenset({"-l", "--list", "--list-sessions"}),
                 "tox": frozenset({"-l", "-a", "--listenvs", "--listenvs-all", "list"})}


def runs_nothing(w: list[str]) -> bool:
    """Whether the command `w` (its words, wrappers taken off) only informs."""
    if _INFO & set(w[1:3]) or is_watch(w) or "--merge-reports" in w:
        return True
    listing = _LIST_OPTIONS.get(base(w[0]))
    return listing is not None and bool(listing & set(w[1:]))
