"""bubblewrap (`bwrap`, from the distribution): a mount and network namespace per command.

The whole filesystem is mounted read-only, the writable places are bound back read-write
(parents first), git's hooks and config inside the repository stay read-only (a hook planted
there would run, unsandboxed, at the user's next `git commit`), and without network the command
gets a namespace whose only interface is its own loopback. Writes outside fail with EROFS,
connections with ENETUNREACH or ECONNREFUSED. `--unshare-pid` and `--die-with-parent` make
killing bwrap (a timeout, Ctrl-C) take every process of the command with it.
"""

from __future__ import annotations

import subprocess

from gcode.sandbox.policy import Policy, which

BWRAP_PATHS = ("/usr/bin/bwrap", "/bin/bwrap")
# Inside the repository, kept read-only even in workspace-write (they run code outside later).
GIT_PROTECTED = (".git/hooks", ".git/config")


def executable() -> str | None:
    return which("bwrap", *BWRAP_PATHS)


def command(policy: Policy, argv: list[str], bwrap: str | None = None) -> list[str]:
    """The bwrap command line that runs `argv` under `policy`, in the repository root."""
    args = [bwrap or executable() or "bwrap", "--die-with-parent", "--unshare-pid"]
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
    args += ["--chdir", str(policy.root), "--", *argv]
    return args


def probe() -> tuple[bool, str]:
    """(works, detail): bwrap is installed and may create the namespaces here (unprivileged
    user namespaces can be disabled, e.g. by Ubuntu's AppArmor restriction)."""
    bwrap = executable()
    if bwrap is None:
        return False, "bubblewrap is not installed (bwrap not found)"
    probe_argv = [bwrap, "--die-with-parent", "--unshare-pid", "--unshare-net", "--ro-bind",
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
