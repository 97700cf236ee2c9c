"""The machine's failures are one clear line with a hint, never "internal error" (exit 70),
and nothing is lost: a locked database, a damaged one, a full disk (a real tmpfs in a
private mount namespace), bytes that are not UTF-8 in an argument, a path too long.
`python -m gcode` does not import modules from the repository it runs in."""

from __future__ import annotations

import errno
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import GCODE, git, run_gcode

from gcode.db_guard import describe_error
from gcode.errors import os_error, unicode_error

LONG = "x" * 300  # one path component longer than NAME_MAX


def one_error_line(result: subprocess.CompletedProcess, *words: str) -> str:
    assert result.returncode not in (0, 70), (result.returncode, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    line = lines[0]
    assert line.startswith("gcode: error: ") and " — " in line, line  # a message and a hint
    assert "internal error" not in line and "Traceback" not in result.stderr
    for word in words:
        assert word in line, (word, line)
    return line


def learnings(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return [r[0] for r in conn.execute("select content from learnings order by content")]
    finally:
        conn.close()


def hold_lock(db: Path) -> subprocess.Popen:
    """Another process holding the write lock of `db` (returned once it holds it)."""
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sqlite3, sys; c = sqlite3.connect(sys.argv[1], "
         "isolation_level=None); c.execute('BEGIN EXCLUSIVE'); print('locked', flush=True); "
         "sys.stdin.read()", str(db)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    return holder


@pytest.fixture
def short_timeout(isolated_env: Path) -> None:
    config = isolated_env / ".config" / "gcode"
    config.mkdir(parents=True, exist_ok=True)
    (config / "config.toml").write_text("[database]\nbusy_timeout_ms = 200\n")


def test_a_database_locked_past_the_timeout(repo: Path, short_timeout) -> None:
    db = Path(os.environ["GCODE_DB"])
    assert run_gcode("learn", "add", "kept through the lock", cwd=repo).returncode == 0
    holder = hold_lock(db)  # waits for the state, not a time
    try:
        result = run_gcode("learn", "add", "written while locked", cwd=repo)
        one_error_line(result, "is locked by another process", "busy_timeout_ms")
    finally:
        holder.communicate("")
    assert learnings(db) == ["kept through the lock"]
    again = run_gcode("learn", "add", "written while locked", cwd=repo)
    assert again.returncode == 0, again.stderr
    assert learnings(db) == ["kept through the lock", "written while locked"]


def test_a_command_waits_out_a_lock_once_not_for_each_write(repo: Path, isolated_env: Path
                                                            ) -> None:
    """A teammate's change to the team file (an import: one write) and `learn add` (another)
    while another process holds the lock: the command gives up after one busy timeout and a
    brief retry (gcode.db.LOCK_RETRY_MS), not two whole timeouts, says how long it waited in
    all, and says it once."""
    config = isolated_env / ".config" / "gcode"
    config.mkdir(parents=True, exist_ok=True)
    (config / "config.toml").write_text("[database]\nbusy_timeout_ms = 1000\n")
    db = Path(os.environ["GCODE_DB"])
    assert run_gcode("init", cwd=repo).returncode == 0
    assert run_gcode("learn", "add", "Use pnpm, not npm.", cwd=repo).returncode == 0
    team = repo / ".gcode" / "learnings.jsonl"
    line = team.read_text().splitlines()[-1]
    teammate = json.loads(line) | {"id": "0f0f0f0f-aaaa-bbbb-cccc-000000000001",
                                   "content": "Staging deploys need the VPN."}
    team.write_text(team.read_text() + json.dumps(teammate) + "\n")
    holder = hold_lock(db)
    try:
        result = run_gcode("learn", "add", "written while locked", cwd=repo)
    finally:
        holder.communicate("")
    one_error_line(result, "is locked by another process (waited 1.5 s)")
    assert learnings(db) == ["Use pnpm, not npm."]


@pytest.fixture
def long_timeout(isolated_env: Path) -> None:
    config = isolated_env / ".config" / "gcode"
    config.mkdir(parents=True, exist_ok=True)
    (config / "config.toml").write_text("[database]\nbusy_timeout_ms = 60000\n")


def test_commands_that_show_learnings_show_them_while_another_process_writes(
        repo: Path, long_timeout) -> None:
    """Another gcode holds the write lock (WAL: readers may read) while a manifest changed,
    so a rescan is due: `learn show` and `context` show what the database holds, say once
    that it was not brought up to date, and wait for the lock briefly, not a minute."""
    db = Path(os.environ["GCODE_DB"])
    assert run_gcode("learn", "add", "Integration tests need docker running.",
                     cwd=repo).returncode == 0
    (repo / "pyproject.toml").write_text("[project]\nname = 'x'\n[tool.pytest.ini_options]\n")
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sqlite3, sys; c = sqlite3.connect(sys.argv[1], "
         "isolation_level=None); c.execute('BEGIN IMMEDIATE'); print('locked', flush=True); "
         "sys.stdin.read()", str(db)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        for args in (("learn", "show"), ("context",), ("context", "-m", "docker tests")):
            result = run_gcode(*args, cwd=repo)
            assert result.returncode == 0, (args, result.stderr)
            assert "Integration tests need docker running." in result.stdout, args
            warned = [line for line in result.stderr.splitlines() if "up to date" in line]
            assert len(warned) == 1, (args, result.stderr)
            assert "locked by another process (waited 1 s)" in warned[0]
            assert "Traceback" not in result.stderr
    finally:
        holder.communicate("")
    shown = run_gcode("learn", "show", cwd=repo)  # the lock gone: rescanned, no warning
    assert shown.returncode == 0 and "up to date" not in shown.stderr, shown.stderr


def damage(db: Path, how: str) -> tuple[int, int]:
    """Damage the file; returns the byte range that was overwritten."""
    data = bytearray(db.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    if how == "page-1":  # the header stays, the schema page behind it is garbage
        data[100:page] = bytes(range(256)) * ((page - 100) // 256) + bytes((page - 100) % 256)
        span = (100, page)
    elif how == "table":  # schema intact, the learnings table's root page is garbage
        conn = sqlite3.connect(db)
        root = conn.execute("select rootpage from sqlite_master where name = 'learnings'"
                            ).fetchone()[0]
        conn.close()
        data[(root - 1) * page:root * page] = b"\x5a" * page
        span = ((root - 1) * page, root * page)
    else:  # the magic is right, the header fields are not
        data[16:100] = b"\xff" * 84
        span = (16, 100)
    db.write_bytes(bytes(data))
    return span


@pytest.mark.parametrize("how", ["page-1", "table", "header"])
def test_a_damaged_database(repo: Path, how: str) -> None:
    db = Path(os.environ["GCODE_DB"])
    for i in range(3):
        assert run_gcode("learn", "add", f"learning {i}", cwd=repo).returncode == 0
    conn = sqlite3.connect(db)
    conn.execute("pragma wal_checkpoint(TRUNCATE)")
    conn.close()
    start, end = damage(db, how)
    before = db.read_bytes()
    for args in (["learn", "show"], ["learn", "add", "more"], ["learn", "search", "learning"],
                 ["learn", "stats"], ["context"]):
        one_error_line(run_gcode(*args, cwd=repo), "is damaged", "move the file aside")
    after = db.read_bytes()  # never "repaired", truncated or replaced
    assert len(after) == len(before) and after[start:end] == before[start:end]


def test_bytes_that_are_not_utf8_in_an_argument(repo: Path) -> None:
    db = Path(os.environ["GCODE_DB"])
    assert run_gcode("learn", "add", "already here", cwd=repo).returncode == 0
    for args in ([b"learn", b"add", b"caf\xe9"], [b"learn", b"search", b"\xff"],
                 [b"learn", b"forget", b"\xff\xfe"]):
        result = subprocess.run([GCODE.encode(), *args], cwd=repo, capture_output=True)
        result = subprocess.CompletedProcess(args, result.returncode,
                                             result.stdout.decode(), result.stderr.decode())
        one_error_line(result, "is not valid UTF-8", "UTF-8 locale")
    assert learnings(db) == ["already here"]


def test_paths_too_long(repo: Path, tmp_path: Path) -> None:
    assert run_gcode("learn", "add", "something to write", cwd=repo).returncode == 0
    long_dir = tmp_path / LONG
    for args, env in [(["learn", "show"], {"GCODE_DB": str(long_dir / "gcode.db")}),
                      (["--db", str(long_dir / "gcode.db"), "learn", "show"], {}),
                      (["learn", "import", str(tmp_path / LONG)], {}),
                      (["learn", "export", "--output", str(tmp_path / LONG)], {}),
                      (["context", "--output", str(long_dir / "out.md")], {})]:
        one_error_line(run_gcode(*args, cwd=repo, env=env), "path too long", "shorter path")


def test_python_dash_m_never_imports_from_the_current_directory(repo: Path,
                                                               tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    for name in ("typer", "rich", "json", "sqlite3"):
        (repo / f"{name}.py").write_text(f"open({str(marker)!r}, 'a').write('{name}\\n')\n")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    probe = subprocess.run([sys.executable, "-c", "import typer"], cwd=repo, env=env,
                           capture_output=True)
    assert probe.returncode == 0 and marker.read_text() == "typer\n"  # the repo is hostile
    marker.unlink()
    result = subprocess.run([sys.executable, "-m", "gcode", "learn", "add", "safe"], cwd=repo,
                            env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    shown = subprocess.run([sys.executable, "-m", "gcode", "learn", "show"], cwd=repo,
                           env=env, capture_output=True, text=True)
    assert "safe" in shown.stdout
    assert not marker.exists()


def test_the_mapping_words_each_failure() -> None:
    assert "full" in describe_error(sqlite3.OperationalError("database or disk is full")).message
    assert "locked" in describe_error(sqlite3.OperationalError("database is locked"),
                                      "/x.db", 5000).message
    assert "(waited 5 s)" in describe_error(sqlite3.OperationalError("database is locked"),
                                            "/x.db", 5000).message
    assert "damaged" in describe_error(sqlite3.DatabaseError("file is not a database")).message
    assert "read-only" in describe_error(
        sqlite3.OperationalError("attempt to write a readonly database")).message
    for code, word in [(errno.ENOSPC, "no space left"), (errno.ENAMETOOLONG, "path too long"),
                       (errno.EACCES, "permission denied"), (errno.EROFS, "read-only")]:
        err = os_error(OSError(code, os.strerror(code), "/some/file"))
        assert err.message.startswith(word) and "/some/file" in err.message and err.hint
    err = unicode_error(UnicodeDecodeError("utf-8", b"ab\xffc", 2, 3, "invalid start byte"))
    assert "byte 0xff" in err.message and "UTF-8" in err.hint


# -- a full disk: a real tmpfs in a private mount namespace (root only) -------------------------

FULL_DISK = r"""
set -u
M=$1
mount -t tmpfs -o size=2m tmpfs "$M" || exit 99
export GCODE_DB=$M/gcode.db
gcode() { "$GCODE_BIN" "$@"; }
cd "$REPO"
gcode learn add "first learning survives" > "$OUT/add1.out" 2>&1; echo $? > "$OUT/add1.rc"
avail=$(df -k --output=avail "$M" | tail -1)
dd if=/dev/zero of="$M/fill" bs=1k count=$((avail - LEAVE_KB)) 2>/dev/null
gcode learn add "second learning $(head -c 100000 /dev/zero | tr '\0' 'y')" \
    > "$OUT/add2.out" 2> "$OUT/add2.err"; echo $? > "$OUT/add2.rc"
rm "$M/fill"
cp -r "$TEAM_REPO" "$M/team"
dd if=/dev/zero of="$M/fill" bs=4k 2>/dev/null  # until the disk is full
cd "$M/team"
GCODE_DB=$OUT/team.db gcode learn add "a new team learning" > /dev/null 2>&1
GCODE_DB=$OUT/team.db gcode learn export > "$OUT/export.out" 2> "$OUT/export.err"
echo $? > "$OUT/export.rc"
cp .gcode/learnings.jsonl "$OUT/team-after.jsonl" 2>/dev/null || true
rm "$M/fill"
cd "$REPO"
gcode learn show > "$OUT/show.out" 2>&1
python3 -c "import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute(
    'pragma integrity_check').fetchone()[0])" "$GCODE_DB" > "$OUT/integrity"
"""


def _can_mount() -> bool:
    if os.geteuid() != 0 or not shutil.which("unshare"):
        return False
    probe = subprocess.run(["unshare", "-m", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs "
                            "/mnt 2>/dev/null || mount -t tmpfs -o size=64k tmpfs /tmp"],
                           capture_output=True)
    return probe.returncode == 0


@pytest.mark.slow
@pytest.mark.skipif(not _can_mount(), reason="needs root and mount namespaces for a tmpfs")
@pytest.mark.parametrize("leave_kb", [0, 64])
def test_a_full_disk(repo: Path, make_repo, tmp_path: Path, leave_kb: int) -> None:
    team_repo = make_repo("teamrepo")
    team_db = tmp_path / "out" / "team.db"
    team_db.parent.mkdir()
    env = {"GCODE_DB": str(team_db)}
    assert run_gcode("learn", "add", "the team learning", cwd=team_repo, env=env).returncode == 0
    assert run_gcode("learn", "export", cwd=team_repo, env=env).returncode == 0
    git(team_repo, "add", "-A")
    git(team_repo, "commit", "-q", "-m", "team file")
    team_before = (team_repo / ".gcode" / "learnings.jsonl").read_text()
    mount, out = tmp_path / "mnt", tmp_path / "out"
    mount.mkdir()
    script = tmp_path / "full.sh"
    script.write_text(FULL_DISK)
    done = subprocess.run(["unshare", "-m", "bash", str(script), str(mount)], capture_output=True,
                          text=True, timeout=300,
                          env={**os.environ, "GCODE_BIN": GCODE, "REPO": str(repo),
                               "TEAM_REPO": str(team_repo), "OUT": str(out),
                               "LEAVE_KB": str(leave_kb)})
    assert done.returncode == 0, done.stderr

    def read(name: str) -> str:
        return (out / name).read_text()

    assert read("add1.rc").strip() == "0", read("add1.out")
    add2 = subprocess.CompletedProcess([], int(read("add2.rc")), read("add2.out"),
                                       read("add2.err"))
    one_error_line(add2, "is full", "free some disk space")
    export = subprocess.CompletedProcess([], int(read("export.rc")), read("export.out"),
                                         read("export.err"))
    one_error_line(export, "no space left", "free some disk space")
    assert read("team-after.jsonl") == team_before  # the old team file is whole
    assert "first learning survives" in read("show.out")  # nothing lost
    assert read("integrity").strip() == "ok"


READ_ONLY_MOUNT = r"""
set -u
M=$1
mount -t tmpfs -o size=4m tmpfs "$M" || exit 99
export GCODE_DB=$M/gcode.db
cd "$REPO"
"$GCODE_BIN" learn add "kept on the read-only disk" > /dev/null 2>&1 || exit 98
mount -o remount,ro "$M" || exit 97
"$GCODE_BIN" learn add "written to a read-only disk" > "$OUT/add.out" 2> "$OUT/add.err"
echo $? > "$OUT/add.rc"
"""


@pytest.mark.skipif(not _can_mount(), reason="needs root and mount namespaces for a tmpfs")
def test_a_read_only_file_system_is_not_called_a_permission_problem(repo: Path,
                                                                   tmp_path: Path) -> None:
    """The database on a disk mounted read-only: chmod would not help, so the line says
    what would (was "not readable and writable by you — fix its permissions")."""
    mount, out = tmp_path / "mnt", tmp_path / "out"
    mount.mkdir()
    out.mkdir()
    script = tmp_path / "ro.sh"
    script.write_text(READ_ONLY_MOUNT)
    done = subprocess.run(["unshare", "-m", "bash", str(script), str(mount)],
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "GCODE_BIN": GCODE, "REPO": str(repo),
                               "OUT": str(out)})
    assert done.returncode == 0, (done.returncode, done.stderr)
    add = subprocess.CompletedProcess([], int((out / "add.rc").read_text()),
                                      (out / "add.out").read_text(),
                                      (out / "add.err").read_text())
    line = one_error_line(add, "read-only file system", "remount it read-write")
    assert "permissions" not in line


def test_a_learning_of_stopwords_only_is_stored_not_a_crash(repo: Path) -> None:
    """Its vector is all zeros, and sqlite-vec gives no distance to it (was exit 70)."""
    assert run_gcode("learn", "add", "use uv, not pip", cwd=repo).returncode == 0
    for text in ("...", "the", "more"):
        result = run_gcode("learn", "add", text, cwd=repo)
        assert result.returncode == 0, result.stderr
    assert run_gcode("learn", "search", "the", cwd=repo).returncode == 0


def test_a_database_path_in_a_folder_that_does_not_exist_is_refused(repo: Path,
                                                                    tmp_path: Path) -> None:
    """GCODE_DB with a typo in its folder: one line saying so, and no folders made (the
    default location's folder is made as needed)."""
    missing = tmp_path / "no-such-dir" / "deeper"
    result = run_gcode("learn", "add", "Integration tests need docker running.", cwd=repo,
                       env={"GCODE_DB": str(missing / "gcode.db")})
    one_error_line(result, "does not exist", f"mkdir -p {missing}")
    assert not (tmp_path / "no-such-dir").exists()
