"""Landlock (Linux >= 5.13), through the `py-landlock` binding: no helper program at all.

The rules are built in gcode and applied in the forked child just before it runs the shell
(`preexec_fn`), so they bind that command and everything it starts, never gcode itself.
Reading and running files is allowed everywhere; writing only beneath the policy's writable
paths (plus /dev/null and friends). Without network, TCP connect and bind are refused (ABI 4,
Linux 6.7); Landlock cannot filter UDP, which bubblewrap's private namespace does. Unlike
bubblewrap it cannot keep `.git/hooks` read-only inside a writable repository, nor hide the
Unix sockets of services such as Docker.

Run as root, the command would keep root's capabilities (load a kernel module, reconfigure the
network, reboot), which Landlock does not govern: util-linux's `setpriv` drops them all before
the shell starts, and without `setpriv` Landlock is not offered to root.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable
from pathlib import Path

from gcode.sandbox.policy import Policy, which

SETPRIV_FLAGS = ("--inh-caps=-all", "--ambient-caps=-all", "--bounding-set=-all")
DEVICES = ("/dev/null", "/dev/zero", "/dev/full", "/dev/random", "/dev/urandom", "/dev/tty")
NET_ABI = 4  # TCP bind/connect rules


def restrictor(policy: Policy) -> Callable[[], None]:
    """A function that confines the calling process to `policy` (run it in the child)."""
    from py_landlock import AccessFs, Landlock

    read = AccessFs.READ_FILE | AccessFs.READ_DIR | AccessFs.EXECUTE
    write = (read | AccessFs.WRITE_FILE | AccessFs.TRUNCATE | AccessFs.MAKE_REG
             | AccessFs.MAKE_DIR | AccessFs.MAKE_SYM | AccessFs.MAKE_SOCK | AccessFs.MAKE_FIFO
             | AccessFs.REMOVE_FILE | AccessFs.REMOVE_DIR | AccessFs.REFER)
    rules = Landlock(strict=False)  # rights this kernel does not know are left out
    _ = rules.abi_version  # ask the kernel now: the child should only make the final calls
    rules.add_path_rule("/", access=read)
    for device in DEVICES:
        if os.path.exists(device):
            rules.add_path_rule(device, access=AccessFs.READ_FILE | AccessFs.WRITE_FILE
                                | AccessFs.TRUNCATE)
    writable = list(policy.writable)
    if policy.mode == "workspace-write" and os.path.isdir("/dev/shm"):
        writable.append(Path("/dev/shm"))
    for path in writable:
        rules.add_path_rule(path, access=write)
    if policy.network:
        rules.allow_all_network()
    return rules.apply


def command(argv: list[str]) -> list[str]:
    """`argv`, behind `setpriv` dropping every capability when gcode runs as root."""
    if os.geteuid() != 0:
        return argv
    return [setpriv() or "setpriv", *SETPRIV_FLAGS, "--", *argv]


def setpriv() -> str | None:
    return which("setpriv", "/usr/bin/setpriv", "/bin/setpriv")


def probe(network: bool) -> tuple[bool, str]:
    """(works, detail): the kernel has Landlock, enough of it, and lets a child use it."""
    try:
        from py_landlock import LandlockError, get_abi_version
    except ImportError:
        return False, "Landlock: the py-landlock package is not installed"
    try:
        abi = int(get_abi_version())
    except (LandlockError, OSError) as exc:
        return False, f"Landlock is not available in this kernel ({exc})"
    if not network and abi < NET_ABI:
        return False, (f"Landlock ABI {abi} cannot cut the network off (needs ABI {NET_ABI}, "
                       "Linux 6.7)")
    if os.geteuid() == 0 and setpriv() is None:
        return False, ("Landlock: gcode runs as root and util-linux's setpriv, which drops "
                       "root's capabilities, is not installed")
    true = which("true", "/bin/true", "/usr/bin/true") or "true"
    try:
        confine = restrictor(Policy("read-only", Path("/"), Path("/")))
        subprocess.run(command([true]), preexec_fn=confine, check=True,
                       stdin=subprocess.DEVNULL, capture_output=True, timeout=10)
    except (subprocess.SubprocessError, OSError) as exc:
        return False, f"the kernel refused a Landlock ruleset ({exc})"
    net = "" if network else "; no TCP: UDP is not filtered"
    return True, f"Landlock ABI {abi}{net}"
