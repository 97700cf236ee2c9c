"""Was it the sandbox? Recognise a failed command's output as the sandbox refusing it.

The kernel answers a refused write with EROFS (bubblewrap's read-only mounts), EACCES
(Landlock) or EPERM (Seatbelt), and a refused connection with ENETUNREACH, ECONNREFUSED (the
private namespace's empty loopback), a failed name lookup, or EACCES (Landlock on TCP). Tools
print these their own way, so the check reads the standard messages line by line. A
permission error naming only paths the command may write is left alone: that one is real.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from gcode.sandbox.policy import Policy

_READ_ONLY = re.compile(r"read-only file system|\[errno 30\]|\berofs\b", re.IGNORECASE)
_DENIED = re.compile(r"permission denied|operation not permitted|\[errno 1[3]?\]|\beacces\b|"
                     r"\beperm\b", re.IGNORECASE)
_NETWORK = re.compile(
    r"network is unreachable|temporary failure in name resolution|could not resolve host|"
    r"name or service not known|nodename nor servname|no address associated with hostname|"
    r"connection refused|failed to establish a new connection|name resolution|"
    r"getaddrinfo|\beconnrefused\b|\benetunreach\b|\beai_again\b|\[errno -[23]\]|"
    r"\[errno 10[1]\]|\[errno 111\]", re.IGNORECASE)
_END = r"[^\s'\"`:,;()\[\]]"
_ABSOLUTE = re.compile(rf"(?<![\w.~])/{_END}+|~/{_END}*")
# `./x`, `../x`, `dir/x`, or a name in quotes ('x', as coreutils and Python print them).
_RELATIVE = re.compile(rf"(?<![\w/~.])\.{{0,2}}[\w.-]*/{_END}*|(?<=')[^'/~\s][^'\s]*(?=')")
MAX_LINE = 200


def explain(output: str, policy: Policy) -> str | None:
    """Why the sandbox seems to have stopped this command (the line that shows it), or None."""
    for line in output.splitlines():
        text = line.strip()
        if not text:
            continue
        if _READ_ONLY.search(text):
            return f"a write outside the writable paths was refused: {_cut(text)}"
        if not policy.network and _NETWORK.search(text):
            return f"the network is cut off: {_cut(text)}"
        if _DENIED.search(text) and not _inside_writable(text, policy):
            what = "a write or a connection" if not policy.network else "a write"
            return f"{what} was refused: {_cut(text)}"
    return None


def _inside_writable(line: str, policy: Policy) -> bool:
    """The line names paths, and every one of them is somewhere the command may write."""
    found = [os.path.expanduser(p) for p in _ABSOLUTE.findall(line)]
    found += [str(policy.root / p) for p in _RELATIVE.findall(_ABSOLUTE.sub(" ", line))]
    paths = [Path(os.path.normpath(p)) for p in found]
    if not paths or not policy.writable:
        return False
    return all(any(p == w or w in p.parents for w in policy.writable) for p in paths)


def _cut(line: str) -> str:
    return line if len(line) <= MAX_LINE else line[:MAX_LINE - 1] + "…"
