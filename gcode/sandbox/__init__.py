"""Where the agent's shell commands run: an OS sandbox that lets them write only where the user
said and keeps them off the network.

One `Policy` (what a command may touch) and one `Sandbox` (the OS mechanism that enforces it
here). Linux: bubblewrap when it works (a read-only view of the system, writable binds, a
private network namespace), else Landlock (kernel >= 5.13; TCP is cut from Linux 6.7, ABI 4).
macOS: Seatbelt (`sandbox-exec`). Anywhere else, or when the kernel refuses, the sandbox is
`missing`: the shell tool then asks before every command, even in full-auto, and never runs
one unsandboxed behind the user's back. `GCODE_SANDBOX_BACKEND` (bubblewrap, landlock,
seatbelt) forces one mechanism, for troubleshooting and for the tests.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from gcode.errors import GcodeError
from gcode.sandbox.policy import Policy, policy_for

__all__ = ["BACKENDS", "Policy", "Sandbox", "detect", "for_config", "policy_for", "probe"]

if TYPE_CHECKING:
    from gcode.config import AgentConfig

BACKENDS = ("bubblewrap", "landlock", "seatbelt")
BACKEND_VAR = "GCODE_SANDBOX_BACKEND"


@dataclass
class Sandbox:
    """The mechanism in effect for a policy: `backend` is a name from BACKENDS, "off" (the
    user chose no sandbox) or "none" (none is available here: `reason` says why)."""

    policy: Policy
    backend: str
    reason: str = ""  # why this backend (version, ABI) or why none
    # Builds (argv, preexec_fn) for `shell -c command` under this sandbox.
    _wrap: Callable[[Policy, list[str]], tuple[list[str], Callable[[], None] | None]] | None = \
        field(default=None, repr=False)

    @property
    def active(self) -> bool:
        return self._wrap is not None

    @property
    def missing(self) -> bool:
        """A sandbox was asked for and none can be had: every command must be asked for."""
        return self.policy.mode != "off" and not self.active

    def wrap(self, argv: list[str]) -> tuple[list[str], Callable[[], None] | None]:
        """The argv to run instead of `argv`, and a function to run in the child before exec."""
        if self._wrap is None:
            return argv, None
        return self._wrap(self.policy, argv)

    def describe(self) -> str:
        """One line for `gcode doctor` and the approval questions."""
        if self.policy.mode == "off":
            return "off: commands run unsandboxed, with your own access ([agent] sandbox = " \
                   "\"off\" or --sandbox off)"
        if not self.active:
            return f"{self.policy.mode} requested, but no sandbox is available: {self.reason}"
        return f"{self.policy.mode} via {self.backend} ({self.reason}): {self.policy.allowance()}"


def for_config(agent: AgentConfig, root: Path) -> Sandbox:
    """The sandbox a session's shell commands get, from `[agent]` settings."""
    return detect(policy_for(agent.sandbox, root, network=agent.network,
                             writable_paths=agent.writable_paths))


def detect(policy: Policy) -> Sandbox:
    """The best mechanism this machine offers for `policy` (probes are cached per process)."""
    if policy.mode == "off":
        return Sandbox(policy, "off")
    forced = os.environ.get(BACKEND_VAR, "").strip().lower()
    if forced and forced not in BACKENDS:
        raise GcodeError(f"{BACKEND_VAR}={forced!r} is not a sandbox gcode knows",
                         hint=f"use one of {', '.join(BACKENDS)}, or unset it")
    if forced:
        candidates: tuple[str, ...] = (forced,)
    elif sys.platform.startswith("linux"):
        candidates = ("bubblewrap", "landlock")
    elif sys.platform == "darwin":
        candidates = ("seatbelt",)
    else:
        return Sandbox(policy, "none", f"gcode has no sandbox for {sys.platform}")
    reasons = []
    for name in candidates:
        ok, detail = probe(name, policy.network)
        if ok:
            return Sandbox(policy, name, detail, _WRAPPERS[name])
        reasons.append(detail)
    return Sandbox(policy, "none", "; ".join(reasons))


def _bwrap(policy: Policy, argv: list[str]) -> tuple[list[str], Callable[[], None] | None]:
    from gcode.sandbox import bwrap

    return bwrap.command(policy, argv), None


def _landlock(policy: Policy, argv: list[str]) -> tuple[list[str], Callable[[], None] | None]:
    from gcode.sandbox import landlock

    return landlock.command(argv), landlock.restrictor(policy)


def _seatbelt(policy: Policy, argv: list[str]) -> tuple[list[str], Callable[[], None] | None]:
    from gcode.sandbox import seatbelt

    return seatbelt.command(policy, argv), None


_WRAPPERS = {"bubblewrap": _bwrap, "landlock": _landlock, "seatbelt": _seatbelt}
_PROBES: dict[tuple[str, bool], tuple[bool, str]] = {}


def probe(name: str, network: bool = False) -> tuple[bool, str]:
    """(works, detail): run `true` under the mechanism once; the kernel has the last word."""
    key = (name, network)
    if key not in _PROBES:
        if name == "bubblewrap":
            from gcode.sandbox import bwrap

            _PROBES[key] = bwrap.probe()
        elif name == "landlock":
            from gcode.sandbox import landlock

            _PROBES[key] = landlock.probe(network)
        else:
            from gcode.sandbox import seatbelt

            _PROBES[key] = seatbelt.probe()
    return _PROBES[key]
