"""bubblewrap (`bwrap`, from the distribution): a mount and network namespace per command.

The whole filesystem is mounted read-only, the writable places are bound back read-write
(parents first), git's hooks and config inside the repository stay read-only (a hook planted
there would run, unsandboxed, at the user's next `git commit`), and without network the command
gets a namespace whose only interface is its own loopback. Writes outside fail with EROFS,
connections with ENETUNREACH or ECONNREFUSED. Capabilities are dropped (root could otherwise
remount / read-write), and the sockets of services that would run something outside on request
(Docker, the system bus) are covered. `--unshare-pid` and `--die-with-parent` make killing
bwrap (a timeout, Ctrl-C) take every process of the command with it.
"""

from __future__ import annotations

import glob
import os
import stat
import subprocess

from gcode.sandbox.policy import Policy, which

BWRAP_PATHS = ("/usr/bin/bwrap", "/bin/bwrap")
# Inside the repository, kept read-only even in workspace-write (they run code outside later).
GIT_PROTECTED = (".git/hooks", ".git/config")
# Sockets of services that run things outside any sandbox on request (a container with the
# host's root mounted, a systemd unit): a read-only mount does not stop connect(), so each one
# that exists is covered with /dev/null.
SERVICE_SOCKETS = (
    "/run/docker.sock", "/var/run/docker.sock", "/run/podman/podman.sock",
    "/run/containerd/containerd.sock", "/run/dbus/system_bus_socket",
    "/var/run/dbus/system_bus_socket", "/run/systemd/private", "/run/snapd.socket",
    "/run/libvirt/libvirt-sock", "/run/user/*/bus", "/run/user/*/docker.sock",
    "/run/user/*/podman/podman.sock", "/run/user/*/systemd/private",
)


def executable() -> str | None:
    return which("bwrap", *BWRAP_PATHS)


def command(policy: Policy, argv: list[str], bwrap: str | None = None) -> list[str]:
    """The bwrap command line that runs `argv` under `policy`, in the repository root."""
    # --cap-drop ALL: run as root, the command would keep the capabilities to remount / rw.
    args = [bwrap or executable() or "bwrap", "--die-with-parent", "--unshare-pid",
            "--cap-drop", "ALL"]
    if not policy.network:
        args.append("--unshare-net")
    args += ["--ro-bind", "/", "/", "--dev", "/dev", "--proc", "/proc", "--tmpfs", "/dev/shm"]
    if policy.mode == "read-only":
        args += ["--tmpfs", str(policy.tmp)]  # private and empty; hide the real one
        if policy.tmp in policy.root.parents:  # ...but not the repository inside it
            args += ["--ro-bind", str(policy.root), str(policy.root)]
    for path in policy.writable:
        args += ["--bind", str(path), str(path)]
    if policy.mode == "workspace-write":
        for rel in GIT_PROTECTED:
            target = str(policy.root / rel)
            args += ["--ro-bind-try", target, target]
    for socket in service_sockets():
        args += ["--ro-bind-try", "/dev/null", socket]
    args += ["--chdir", str(policy.root), "--", *argv]
    return args


def service_sockets() -> list[str]:
    """The SERVICE_SOCKETS present on this machine, each once (real paths)."""
    found = {os.path.realpath(p) for pattern in SERVICE_SOCKETS for p in glob.glob(pattern)}
    return sorted(p for p in found if stat.S_ISSOCK(_mode(p)))


def _mode(path: str) -> int:
    try:
        return os.stat(path).st_mode
    except OSError:
        return 0


def probe() -> tuple[bool, str]:
    """(works, detail): bwrap is installed and may create the namespaces here (unprivileged
    user namespaces can be disabled, e.g. by Ubuntu's AppArmor restriction)."""
    bwrap = executable()
    if bwrap is None:
        return False, "bubblewrap is not installed (bwrap not found)"
    probe_argv = [bwrap, "--die-with-parent", "--unshare-pid", "--unshare-net", "--cap-drop",
                  "ALL", "--ro-bind",
                  "/", "/", "--dev", "/dev", "--proc", "/proc", "--", "true"]
    try:
        done = subprocess.run(probe_argv, stdin=subprocess.DEVNULL, capture_output=True,
                              timeout=10)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return False, f"bubblewrap at {bwrap} did not start ({exc})"
    if done.returncode != 0:
        why = done.stderr.decode("utf-8", "replace").strip().splitlines()
        return False, f"bubblewrap at {bwrap} cannot create a sandbox here " \
                      f"({why[-1] if why else f'exit {done.returncode}'})"
    version = subprocess.run([bwrap, "--version"], capture_output=True, text=True, timeout=10)
    return True, (version.stdout.strip() or "bubblewrap") + f" at {bwrap}"
