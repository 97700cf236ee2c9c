"""Sandboxed commands end to end: the real `gcode run` in full-auto, a scripted model asking
for commands, and the real OS sandbox (bubblewrap and Landlock, each where it works here).

Each test gives gcode a temp dir of its own (TMPDIR), so "outside" (the rest of the test's
directory) is neither the repository nor the system temp dir.
"""

from __future__ import annotations

import json
import os
import select
import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import GCODE, run_gcode
from fake_openai import API_KEY, text, tool_call

from gcode.sandbox import probe
from gcode.sandbox.seatbelt import SANDBOX_EXEC

SANDBOX_NOTE = "[sandbox] This looks like gcode's sandbox"


@pytest.fixture(params=["bubblewrap", "landlock"])
def backend(request: pytest.FixtureRequest) -> str:
    works, detail = probe(request.param)
    if not works:
        pytest.skip(f"{request.param} cannot sandbox on this machine: {detail}")
    return str(request.param)


@pytest.fixture
def listener() -> Iterator[socket.socket]:
    """A TCP socket listening on 127.0.0.1, as a local service the command must not reach."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(8)
        yield sock


def reached(sock: socket.socket) -> bool:
    """Did any connection arrive? (The command has exited: one would be waiting by now.)"""
    return bool(select.select([sock], [], [], 0)[0])


def connect_command(sock: socket.socket) -> str:
    port = sock.getsockname()[1]
    return (f"python3 -c 'import socket; socket.create_connection((\"127.0.0.1\", {port}), "
            "timeout=5); print(\"connected\")'")


def env_for(fake_llm, tmp_path: Path, backend: str | None = None) -> dict[str, str]:
    systmp = tmp_path / "systmp"
    systmp.mkdir(exist_ok=True)
    env = {**fake_llm.env, "GCODE_LEARNING_MODE": "off", "TMPDIR": str(systmp)}
    if backend:
        env["GCODE_SANDBOX_BACKEND"] = backend
    return env


def tool_results(fake_llm) -> list[str]:
    """What the model was told by each tool call, from the last request."""
    return [m["content"] for m in fake_llm.chat_requests[-1]["messages"] if m["role"] == "tool"]


def test_workspace_write_in_full_auto(fake_llm, repo: Path, tmp_path: Path, backend: str,
                                      listener: socket.socket) -> None:
    outside = tmp_path / "outside.txt"
    fake_llm.script(
        tool_call("run_shell", {"command": "cat README.md"}),
        tool_call("run_shell", {"command": "echo made > inside.txt && echo $TMPDIR"}),
        tool_call("run_shell", {"command": f"echo escaped > {outside}"}),
        tool_call("run_shell", {"command": connect_command(listener)}),
        tool_call("run_shell", {"command": "env"}),
        text("Done."),
    )
    # The decision log records whether each command ran sandboxed.
    config = Path(os.environ["XDG_CONFIG_HOME"]) / "gcode" / "config.toml"
    config.parent.mkdir(parents=True)
    config.write_text('[learning.stores]\ndecision_log = "always"\n')
    env = env_for(fake_llm, tmp_path, backend)
    result = run_gcode("run", "try things", "--approval", "full-auto", cwd=repo, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "Done.\n"
    read, write, escape, connect, environment = tool_results(fake_llm)
    assert read == "exit code: 0\n# repo"
    assert write == f"exit code: 0\n{tmp_path / 'systmp'}"
    assert (repo / "inside.txt").read_text() == "made\n"
    assert not outside.exists()
    for told in (escape, connect):
        assert told.startswith("exit code: 1\n") and SANDBOX_NOTE in told, told
        assert "not re-run outside the sandbox" in told and "--sandbox off" in told
    assert "network" in connect.split(SANDBOX_NOTE)[1] and "connected" not in connect
    assert not reached(listener)
    assert API_KEY not in environment and "PATH=" in environment  # gcode's key stays home
    assert "no sandbox" not in result.stderr
    log = run_gcode("learn", "show", "--store", "decision_log", "--json", cwd=repo, env=env)
    records = json.loads(log.stdout)
    assert len(records) == 5
    assert all(r["evidence"].get("sandboxed") is True for r in records), records
    blocked = sorted(r["content"] for r in records if "blocked by the sandbox" in r["content"])
    assert blocked == [f"Ran `echo escaped > {outside}`: blocked by the sandbox (exit 1)",
                       f"Ran `{connect_command(listener)}`: blocked by the sandbox (exit 1)"]


def test_read_only_blocks_writes_inside(fake_llm, repo: Path, tmp_path: Path,
                                        backend: str) -> None:
    fake_llm.script(tool_call("run_shell", {"command": "echo no > inside.txt"}),
                    tool_call("run_shell", {"command": "git log --oneline | wc -l"}),
                    text("Read-only."))
    result = run_gcode("run", "write", "--approval", "full-auto", "--sandbox", "read-only",
                       cwd=repo, env=env_for(fake_llm, tmp_path, backend))
    assert result.returncode == 0, result.stderr
    write, read = tool_results(fake_llm)
    assert SANDBOX_NOTE in write and "read-only sandbox" in write
    assert read == "exit code: 0\n1"
    assert not (repo / "inside.txt").exists()


def test_sandbox_off_restores_the_old_behaviour(fake_llm, repo: Path, tmp_path: Path,
                                                listener: socket.socket) -> None:
    outside = tmp_path / "outside.txt"
    fake_llm.script(tool_call("run_shell", {"command": f"echo escaped > {outside}"}),
                    tool_call("run_shell", {"command": connect_command(listener)}),
                    text("Done."))
    result = run_gcode("run", "go", "--approval", "full-auto", "--sandbox", "off", cwd=repo,
                       env=env_for(fake_llm, tmp_path))
    assert result.returncode == 0, result.stderr
    assert tool_results(fake_llm) == ["exit code: 0\n(no output)", "exit code: 0\nconnected"]
    assert outside.read_text() == "escaped\n"
    assert reached(listener)


def test_no_sandbox_here_means_every_command_asks(fake_llm, repo: Path, tmp_path: Path) -> None:
    if os.path.exists(SANDBOX_EXEC):
        pytest.skip("this machine has Seatbelt")
    fake_llm.script(tool_call("run_shell", {"command": "touch one"}),
                    tool_call("run_shell", {"command": "touch two"}), text("Nothing ran."))
    # Seatbelt on Linux: the sandbox asked for cannot be had.
    result = run_gcode("run", "go", "--approval", "full-auto", "--yes", cwd=repo,
                       env=env_for(fake_llm, tmp_path, "seatbelt"))
    assert result.returncode == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if "no sandbox" in line]
    assert len(warnings) == 1 and "every command will ask" in warnings[0]  # said once
    for told in tool_results(fake_llm):
        assert told.startswith("not approved: a command outside the sandbox needs the user's "
                               "approval at a terminal"), told
    assert not (repo / "one").exists() and not (repo / "two").exists()


@pytest.mark.slow
def test_the_user_can_rerun_one_blocked_command_outside(fake_llm, repo: Path, tmp_path: Path,
                                                        backend: str) -> None:
    pexpect = pytest.importorskip("pexpect")
    outside = tmp_path / "outside.txt"
    fake_llm.script(tool_call("run_shell", {"command": f"echo escaped > {outside}"}),
                    tool_call("run_shell", {"command": f"echo again >> {outside}"}),
                    text("Done."))
    env = {**os.environ, **env_for(fake_llm, tmp_path, backend)}
    child = pexpect.spawn(GCODE, ["run", "go", "--approval", "full-auto"], cwd=str(repo),
                          env=env, encoding="utf-8", timeout=30)
    try:
        child.expect(r"Allow run WITHOUT the sandbox: re-run outside the sandbox: echo escaped")
        child.expect(r"\[y\]es / \[n\]o ")
        child.sendline("y")
        child.expect(r"Allow run WITHOUT the sandbox: re-run outside the sandbox: echo again")
        child.sendline("n")  # asked again: no "always" for this
        child.expect(pexpect.EOF)
    finally:
        child.close()
    assert child.exitstatus == 0
    assert outside.read_text() == "escaped\n"
    first, second = tool_results(fake_llm)
    assert first.startswith("exit code: 0\n") and "approved running it again outside" in first
    assert "declined to run this command outside the sandbox" in second


def test_doctor_says_which_sandbox_and_why(repo: Path, backend: str) -> None:
    out = subprocess.run([GCODE, "doctor"], cwd=repo, capture_output=True, text=True,
                         env={**os.environ, "GCODE_SANDBOX_BACKEND": backend}).stdout
    line = next(line for line in out.splitlines() if " sandbox " in f" {line} ")
    assert line.startswith("ok") and f"workspace-write via {backend}" in line
    assert str(repo) in line and "no network" in line
