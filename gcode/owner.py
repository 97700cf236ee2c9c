"""Which process owns a session's unlearned turns, and whether that process still runs.

Extraction is batched across turns, so a session's last statements wait in memory until
the batch is due. A process killed meanwhile leaves them in the stored transcript; the next
gcode started in that repository picks them up, but only from a session whose owner is gone
(a live chat in another terminal keeps its own). The identity is host, pid and the pid's
start time, so a recycled pid is not taken for the process that died.
"""

from __future__ import annotations

import os
import socket
from functools import cache


def _start_time(pid: int) -> str:
    """The process's start time in clock ticks since boot (Linux), else ""."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as f:
            stat = f.read()
    except OSError:
        return ""
    fields = stat.rsplit(")", 1)[-1].split()
    return fields[19] if len(fields) > 19 else ""


@cache
def identity() -> str:
    """This process, as `host:pid:start` (start empty where the OS does not say)."""
    pid = os.getpid()
    return f"{socket.gethostname()}:{pid}:{_start_time(pid)}"


def alive(owner: str) -> bool:
    """Is the process named by `owner` still running? An empty owner is nobody's; another
    host's process cannot be checked from here and counts as alive."""
    host, _, rest = owner.partition(":")
    pid_text, _, start = rest.partition(":")
    if not owner or not pid_text.isdigit():
        return False
    if host != socket.gethostname():
        return True
    pid = int(pid_text)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it exists, as another user
    except OSError:
        return False
    return not start or _start_time(pid) in ("", start)
