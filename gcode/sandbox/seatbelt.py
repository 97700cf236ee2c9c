"""macOS Seatbelt (`/usr/bin/sandbox-exec`) with a profile generated for the policy.

The profile starts from `(allow default)` and takes away what the policy forbids: every file
write except beneath the writable paths (and the terminal devices), git's hooks and config
inside the repository, and, without network, every socket operation. Later rules win in
Seatbelt, so the denials of `.git` come after the allowances. Paths travel as `-D` parameters,
never spliced into the profile text, so no path can change its meaning. A deny-default profile
(as Codex and Claude Code ship) is tighter; this one is kept minimal because it cannot be
exercised on the Linux machines the tests run on (tests/test_sandbox.py checks its text).
"""

from __future__ import annotations

import subprocess

from gcode.sandbox.policy import Policy

SANDBOX_EXEC = "/usr/bin/sandbox-exec"  # fixed path: a PATH entry must not stand in for it
DEVICES = ('(literal "/dev/null")', '(literal "/dev/zero")', '(literal "/dev/dtracehelper")',
           '(regex #"^/dev/tty")', '(regex #"^/dev/fd/")')
GIT_PROTECTED = (".git/hooks", ".git/config")


def profile(policy: Policy) -> tuple[str, dict[str, str]]:
    """(profile text, its -D parameters) for `policy`."""
    params: dict[str, str] = {}
    lines = ["(version 1)", "(allow default)", "(deny file-write*)"]
    allowed = list(DEVICES)
    for i, path in enumerate(policy.writable):
        params[f"WRITABLE_{i}"] = str(path)
        allowed.append(f'(subpath (param "WRITABLE_{i}"))')
    lines.append("(allow file-write*\n    " + "\n    ".join(allowed) + ")")
    if policy.mode == "workspace-write":
        denied = []
        for i, rel in enumerate(GIT_PROTECTED):
            params[f"PROTECTED_{i}"] = str(policy.root / rel)
            denied.append(f'(subpath (param "PROTECTED_{i}"))')
        lines.append("(deny file-write*\n    " + "\n    ".join(denied) + ")")
    if not policy.network:
        lines.append("(deny network*)")
    return "\n".join(lines) + "\n", params


def command(policy: Policy, argv: list[str]) -> list[str]:
    """`sandbox-exec -p PROFILE -DKEY=VALUE ... -- argv`."""
    text, params = profile(policy)
    defines = [f"-D{key}={value}" for key, value in params.items()]
    return [SANDBOX_EXEC, "-p", text, *defines, "--", *argv]


def probe() -> tuple[bool, str]:
    """(works, detail): sandbox-exec exists and applies a profile (it is deprecated, not gone)."""
    try:
        done = subprocess.run([SANDBOX_EXEC, "-p", "(version 1)(allow default)", "/usr/bin/true"],
                              stdin=subprocess.DEVNULL, capture_output=True, timeout=10)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return False, f"Seatbelt: {SANDBOX_EXEC} cannot run ({exc})"
    if done.returncode != 0:
        return False, f"Seatbelt: {SANDBOX_EXEC} refused a profile (exit {done.returncode})"
    return True, f"Seatbelt via {SANDBOX_EXEC}"
