"""The sandbox's parts: policy, the backends' command lines and profile, what counts as a
sandbox refusal, the environment commands get, and the approval that lets one run outside.

Real sandboxes where this machine has them (bubblewrap, Landlock); the Seatbelt profile is
checked as text, since no macOS runs these tests. tests/test_sandbox_cli.py drives the whole
thing through `gcode run`.
"""

from __future__ import annotations

import os
import socket
import tempfile
from pathlib import Path

import pytest

from gcode.config import REPO_KEYS, USER_ONLY_KEYS, Config, load_config
from gcode.errors import GcodeError
from gcode.sandbox import Sandbox, bwrap, detect, policy_for, probe, seatbelt
from gcode.sandbox.denial import explain
from gcode.sandbox.env import command_env
from gcode.tools import ToolContext, builtin_tools, execute
from gcode.tools.approval import NOT_WITHOUT_SANDBOX, UNSANDBOXED, Approver
from gcode.tools.shell import run_command

LINUX_BACKENDS = ("bubblewrap", "landlock")


def real(path: Path) -> Path:
    return Path(os.path.realpath(path))


@pytest.fixture
def systmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temp dir of its own as the system temp dir, so the rest of tmp_path is 'outside'."""
    path = tmp_path / "systmp"
    path.mkdir()
    monkeypatch.setenv("TMPDIR", str(path))
    monkeypatch.setattr(tempfile, "tempdir", None)  # gettempdir() reads TMPDIR again
    return real(path)


@pytest.fixture(params=LINUX_BACKENDS)
def backend(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    works, detail = probe(request.param)
    if not works:
        pytest.skip(f"{request.param} cannot sandbox on this machine: {detail}")
    monkeypatch.setenv("GCODE_SANDBOX_BACKEND", request.param)  # detect() would pick the best
    return str(request.param)


def sandbox(backend: str, mode: str, root: Path, network: bool = False) -> Sandbox:
    box = detect(policy_for(mode, root, network=network))
    assert box.active and box.backend == backend
    return box


# -- configuration ---------------------------------------------------------------------------


def test_settings_default_to_workspace_write_without_network(tmp_path: Path) -> None:
    agent = Config().agent
    assert (agent.sandbox, agent.network, agent.writable_paths) == ("workspace-write", False, [])
    assert set(USER_ONLY_KEYS) == {"agent.sandbox", "agent.network", "agent.writable_paths"}
    assert not set(USER_ONLY_KEYS) & REPO_KEYS
    cfg = load_config(tmp_path, flags={"agent.sandbox": "read-only"}, environ={})
    assert cfg.agent.sandbox == "read-only"
    with pytest.raises(GcodeError) as info:
        load_config(tmp_path, flags={"agent.sandbox": "danger"}, environ={})
    assert "workspace-write, read-only, off" in info.value.message


def test_a_trusted_repository_cannot_turn_the_sandbox_off_or_widen_it(repo: Path) -> None:
    (repo / ".gcode.toml").write_text('[agent]\nsandbox = "off"\nnetwork = true\n'
                                      'writable_paths = ["/"]\n')
    cfg = load_config(repo, environ={}, repo_trusted=True)
    assert (cfg.agent.sandbox, cfg.agent.network, cfg.agent.writable_paths) == \
        ("workspace-write", False, [])
    assert all(any(key in line for line in cfg.ignored) for key in USER_ONLY_KEYS), cfg.ignored


def test_policy_writes_in_the_repo_the_temp_dir_and_declared_paths(
        repo: Path, tmp_path: Path, systmp: Path) -> None:
    extra = tmp_path / "cache"
    extra.mkdir()
    policy = policy_for("workspace-write", repo,
                        writable_paths=[str(extra), "~/nowhere-yet", "build"])
    # the repository, the temp dir, what exists of the rest; parents before children
    assert policy.writable == (real(repo), systmp, real(extra))
    assert policy.tmp == systmp and not policy.network
    assert "write only in" in policy.allowance() and "no network" in policy.allowance()
    read_only = policy_for("read-only", repo, network=True)
    assert read_only.writable == ()
    assert "write none" in read_only.allowance() and "can use the network" in \
        read_only.allowance()


def test_off_is_no_sandbox_and_an_unknown_backend_is_a_clear_error(
        repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    off = detect(policy_for("off", repo))
    assert off.backend == "off" and not off.active and not off.missing
    monkeypatch.setenv("GCODE_SANDBOX_BACKEND", "docker")
    with pytest.raises(GcodeError) as info:
        detect(policy_for("workspace-write", repo))
    assert "GCODE_SANDBOX_BACKEND" in info.value.message and "bubblewrap" in info.value.hint


def test_a_backend_that_cannot_run_here_leaves_the_sandbox_missing(
        repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if os.path.exists(seatbelt.SANDBOX_EXEC):
        pytest.skip("this machine has Seatbelt")
    monkeypatch.setenv("GCODE_SANDBOX_BACKEND", "seatbelt")
    box = detect(policy_for("workspace-write", repo))
    assert box.missing and box.backend == "none"
    assert seatbelt.SANDBOX_EXEC in box.reason
    assert "no sandbox is available" in box.describe()


# -- bubblewrap's command line and Seatbelt's profile --------------------------------------


def test_bwrap_command_line(repo: Path, systmp: Path) -> None:
    root = real(repo)
    argv = bwrap.command(policy_for("workspace-write", repo), ["bash", "-c", "x"], "bwrap")
    text = " ".join(argv)
    assert argv[:3] == ["bwrap", "--die-with-parent", "--unshare-pid"]
    assert "--unshare-net" in argv and "--ro-bind / /" in text
    assert f"--bind {root} {root} --bind {systmp} {systmp}" in text
    assert f"--ro-bind-try {root}/.git/hooks {root}/.git/hooks" in text
    assert argv[-6:] == ["--chdir", str(root), "--", "bash", "-c", "x"]
    online = bwrap.command(policy_for("workspace-write", repo, network=True), ["true"], "bwrap")
    assert "--unshare-net" not in online
    read_only = " ".join(bwrap.command(policy_for("read-only", repo), ["true"], "bwrap"))
    assert f"--tmpfs {systmp}" in read_only and "--bind " not in read_only


def test_seatbelt_profile_denies_writes_and_network_and_passes_paths_as_parameters(
        repo: Path, systmp: Path) -> None:
    root = real(repo)
    text, params = seatbelt.profile(policy_for("workspace-write", repo))
    lines = text.splitlines()
    assert lines[:3] == ["(version 1)", "(allow default)", "(deny file-write*)"]
    assert params == {"WRITABLE_0": str(root), "WRITABLE_1": str(systmp),
                      "PROTECTED_0": f"{root}/.git/hooks", "PROTECTED_1": f"{root}/.git/config"}
    allow = text.index("(allow file-write*")
    assert '(subpath (param "WRITABLE_0"))' in text[allow:]
    assert text.index('(subpath (param "PROTECTED_0"))') > allow  # later rules win
    assert '(literal "/dev/null")' in text and lines[-1] == "(deny network*)"
    assert str(root) not in text  # paths travel as -D parameters, never inside the profile
    argv = seatbelt.command(policy_for("workspace-write", repo), ["/bin/bash", "-c", "ls"])
    assert argv[:3] == ["/usr/bin/sandbox-exec", "-p", text]
    assert f"-DWRITABLE_0={root}" in argv and argv[-4:] == ["--", "/bin/bash", "-c", "ls"]
    online, _ = seatbelt.profile(policy_for("workspace-write", repo, network=True))
    assert "network" not in online
    read_only, read_params = seatbelt.profile(policy_for("read-only", repo))
    assert read_params == {} and "WRITABLE" not in read_only and "(deny file-write*)" in read_only


# -- what a sandbox refusal looks like --------------------------------------------------------


@pytest.mark.parametrize(("line", "blocked"), [
    ("touch: cannot touch '/home/u/x': Read-only file system", "write outside"),
    ("/bin/bash: line 1: /etc/x: Permission denied", "refused"),
    ("touch: cannot touch '../x': Permission denied", "refused"),
    ("PermissionError: [Errno 13] Permission denied", "refused"),
    ("OSError: [Errno 101] Network is unreachable", "network"),
    ("curl: (6) Could not resolve host: example.com", "network"),
    ("ConnectionRefusedError: [Errno 111] Connection refused", "network"),
    ("bash: ./run.sh: Permission denied", None),  # not executable: a real error in the repo
    ("PermissionError: [Errno 13] Permission denied: '/r/own/file'", None),
    ("FAILED tests/test_x.py::test_y - AssertionError", None),
])
def test_explain_recognises_the_sandbox(line: str, blocked: str | None) -> None:
    from gcode.sandbox.policy import Policy

    policy = Policy("workspace-write", Path("/r"), Path("/t"), (Path("/r"), Path("/t")))
    found = explain(f"some output\n{line}\n", policy)
    assert (found is None) if blocked is None else (found is not None and blocked in found)


def test_with_network_allowed_a_refused_connection_is_not_the_sandbox() -> None:
    from gcode.sandbox.policy import Policy

    policy = Policy("workspace-write", Path("/r"), Path("/t"), (Path("/r"),), network=True)
    assert explain("curl: (7) Failed to connect: Connection refused", policy) is None


# -- the environment --------------------------------------------------------------------------


def test_commands_get_the_environment_without_gcodes_credentials() -> None:
    env = command_env({"PATH": "/bin", "OPENAI_API_KEY": "sk-1", "AZURE_OPENAI_API_KEY": "az",
                       "GCODE_API_TOKEN": "t", "GCODE_USER": "me", "MY_LLM_KEY": "sk-conf",
                       "HOME": "/home/me"}, api_key="sk-conf")
    assert env["PATH"] == "/bin" and env["GCODE_USER"] == "me" and env["HOME"] == "/home/me"
    assert not {"OPENAI_API_KEY", "AZURE_OPENAI_API_KEY", "GCODE_API_TOKEN", "MY_LLM_KEY"} & \
        set(env)
    assert env["GIT_TERMINAL_PROMPT"] == "0" and env["PAGER"] == "cat"


def test_run_shell_hides_the_configured_key(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-visible-to-gcode-only")
    monkeypatch.setenv("SOME_OTHER_NAME", "sk-from-config")
    cfg = Config()
    cfg.agent.sandbox = "off"  # hygiene holds without a sandbox too
    cfg.model.api_key = "sk-from-config"
    ctx = ToolContext(repo, cfg, Approver(mode="full-auto"))
    run = {t.name: t for t in builtin_tools()}["run_shell"]
    out = execute(run, {"command": "env"}, ctx).content
    assert "sk-visible-to-gcode-only" not in out and "sk-from-config" not in out
    assert "PATH=" in out


# -- the approval to run outside --------------------------------------------------------------


def test_running_outside_the_sandbox_is_never_approved_by_a_rule() -> None:
    for approver in (Approver(mode="full-auto"), Approver(yes=True), Approver(allow=["*"])):
        decision = approver.check(UNSANDBOXED, "rm -rf build", "rm -rf build")
        assert not decision.allowed and decision.reason == NOT_WITHOUT_SANDBOX
    asked: list[str] = []

    def ask(action: str, summary: str, detail: str, key: str) -> str:
        asked.append(action)
        return "always"

    approver = Approver(mode="full-auto", ask=ask)
    assert approver.check(UNSANDBOXED, "make", "make").allowed
    assert approver.check(UNSANDBOXED, "make", "make").allowed
    assert asked == [UNSANDBOXED, UNSANDBOXED]  # "always" is not remembered for this one
    assert approver.session_allow == {}
    assert not Approver(ask=lambda *a: "no").check(UNSANDBOXED, "make", "make").allowed


def test_with_no_sandbox_every_command_needs_the_unsandboxed_approval(
        repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if os.path.exists(seatbelt.SANDBOX_EXEC):
        pytest.skip("this machine has Seatbelt")
    monkeypatch.setenv("GCODE_SANDBOX_BACKEND", "seatbelt")  # not on Linux: no sandbox
    asked: list[tuple[str, str]] = []
    answers = iter(["yes", "no"])

    def ask(action: str, summary: str, detail: str, key: str) -> str:
        asked.append((action, summary))
        return next(answers)

    ctx = ToolContext(repo, Config(), Approver(mode="full-auto", ask=ask))
    run = {t.name: t for t in builtin_tools()}["run_shell"]
    first = execute(run, {"command": "touch one"}, ctx)
    second = execute(run, {"command": "touch two"}, ctx)
    assert asked == [(UNSANDBOXED, "touch one"), (UNSANDBOXED, "touch two")]
    assert not first.is_error and not first.sandboxed and (repo / "one").exists()
    assert second.is_error and "declined" in second.content and not (repo / "two").exists()


# -- the real sandboxes -----------------------------------------------------------------------


def test_workspace_write_confines_writes(backend: str, repo: Path, tmp_path: Path,
                                         systmp: Path) -> None:
    box = sandbox(backend, "workspace-write", repo)
    outside = tmp_path / "outside.txt"
    code, out = run_command(f"echo x > {outside}", str(repo), 10, sandbox=box)
    assert code != 0 and not outside.exists()
    assert explain(out, box.policy) is not None
    code, out = run_command(f"echo x > in.txt && echo y > {systmp}/t.txt && cat README.md",
                            str(repo), 10, sandbox=box)
    assert (code, out) == (0, "# repo\n")
    assert (repo / "in.txt").read_text() == "x\n" and (systmp / "t.txt").exists()


def test_read_only_writes_nothing_but_a_private_tmp(backend: str, repo: Path,
                                                    systmp: Path) -> None:
    box = sandbox(backend, "read-only", repo)
    code, out = run_command("echo x > in.txt", str(repo), 10, sandbox=box)
    assert code != 0 and not (repo / "in.txt").exists()
    assert explain(out, box.policy) is not None
    code, out = run_command("git log --oneline | wc -l", str(repo), 10, sandbox=box)
    assert (code, out.strip()) == (0, "1")


def test_network_is_cut_unless_allowed(backend: str, repo: Path, systmp: Path) -> None:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(4)
        port = listener.getsockname()[1]
        connect = (f"python3 -c 'import socket; socket.create_connection((\"127.0.0.1\", {port}),"
                   " timeout=5); print(\"connected\")'")
        code, out = run_command(connect, str(repo), 20, sandbox=sandbox(backend, "workspace-write",
                                                                         repo))
        assert code != 0 and "connected" not in out
        listener.settimeout(0)
        with pytest.raises(BlockingIOError):
            listener.accept()  # nothing ever reached the listener
        online = sandbox(backend, "workspace-write", repo, network=True)
        code, out = run_command(connect, str(repo), 20, sandbox=online)
        assert (code, out.strip()) == (0, "connected")


def test_the_command_has_no_capabilities_even_as_root(backend: str, repo: Path, tmp_path: Path,
                                                      systmp: Path) -> None:
    box = sandbox(backend, "workspace-write", repo)
    # grep is a program the shell started: nothing was regained across exec (no_new_privs)
    code, out = run_command("grep -E '^Cap(Eff|Prm|Amb):' /proc/self/status", str(repo), 10,
                            sandbox=box)
    lines = out.splitlines()
    assert code == 0 and len(lines) == 3, out
    assert all(line.endswith("0000000000000000") for line in lines), out
    outside = tmp_path / "outside.txt"
    code, _ = run_command(f"mount -o remount,rw / 2>/dev/null; touch {outside}", str(repo), 10,
                          sandbox=box)  # root's way out of a read-only mount, were caps kept
    assert code != 0 and not outside.exists()


def test_bubblewrap_covers_service_sockets(repo: Path, tmp_path: Path, systmp: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    works, detail = probe("bubblewrap")
    if not works:
        pytest.skip(f"bubblewrap cannot sandbox on this machine: {detail}")
    path = tmp_path / "svc" / "docker.sock"
    path.parent.mkdir()
    monkeypatch.setattr(bwrap, "SERVICE_SOCKETS", (str(tmp_path / "svc" / "*.sock"),))
    connect = (f"python3 -c 'import socket; s = socket.socket(socket.AF_UNIX); "
               f"s.connect(\"{path}\"); print(\"connected\")'")
    with socket.socket(socket.AF_UNIX) as service:
        service.bind(str(path))
        service.listen(1)
        assert run_command(connect, str(repo), 10)[1].strip() == "connected"  # unsandboxed
        monkeypatch.setenv("GCODE_SANDBOX_BACKEND", "bubblewrap")
        box = sandbox("bubblewrap", "workspace-write", repo, network=True)
        code, out = run_command(connect, str(repo), 10, sandbox=box)
        assert code != 0 and "connected" not in out


def test_bubblewrap_keeps_git_hooks_read_only(repo: Path, systmp: Path) -> None:
    works, detail = probe("bubblewrap")
    if not works:
        pytest.skip(f"bubblewrap cannot sandbox on this machine: {detail}")
    box = sandbox("bubblewrap", "workspace-write", repo)
    code, out = run_command("echo evil > .git/hooks/pre-commit", str(repo), 10, sandbox=box)
    assert code != 0 and "Read-only file system" in out
    assert not (repo / ".git" / "hooks" / "pre-commit").exists()
    code, _ = run_command("echo ok > f.txt && git add f.txt && git commit -qm f", str(repo), 10,
                          sandbox=box)
    assert code == 0  # commits still work: objects, refs and the index are writable


# -- what the learning stores make of a blocked command --------------------------------------


def test_a_command_the_sandbox_blocked_teaches_nothing_about_the_project(make_repo) -> None:
    from learning_helpers import RecordingLLM, shell_turn

    from gcode.learning import LearningMachine
    from gcode.workspace import Workspace
    from stores.decision_log import describe

    root = make_repo("demo", {"pyproject.toml": "[project]\nname = 'demo'\n"})
    m = LearningMachine.from_workspace(Workspace(cwd=root, flags={"user.name": "alice"}),
                                       llm_factory=RecordingLLM())
    m.after_turn(shell_turn("tests", [("pytest -q", 0, "1 passed")]))
    m.flush()
    fact = next(r for r in m.build_context("").items if r.evidence.get("command") == "pytest -q")
    blocked = shell_turn("tests", [("pytest -q", 1, "OSError: [Errno 30] Read-only file "
                                                    "system: '/home/alice/.cache'")])
    blocked.tool_runs[0].sandboxed = blocked.tool_runs[0].sandbox_blocked = True
    m.after_turn(blocked)
    m.flush()
    assert m.errors == []
    assert m.kb.db.get_learning(fact.id).confidence == fact.confidence  # not weakened
    assert describe(blocked.tool_runs[0]) == "Ran `pytest -q`: blocked by the sandbox (exit 1)"
    log = [r for r in m.kb.db.list_learnings([m.repo_id, ""], user="alice")
           if r.store == "decision_log" and "blocked" in r.content]
    assert len(log) == 1 and log[0].evidence["sandboxed"] is True
