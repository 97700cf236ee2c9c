"""`gcode --version`, `gcode doctor` and `gcode learn ...` end to end through the real console
script, and every bad input as one clear line on stderr with a non-zero exit, nothing lost."""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import subprocess
from pathlib import Path

import pytest
from conftest import GCODE, git, run_gcode
from fake_openai import text, tool_call

from gcode import __version__, trust
from gcode.config import user_config_path
from gcode.db import open_db


def ok(*args: str, cwd: Path, env: dict[str, str] | None = None) -> str:
    result = run_gcode(*args, cwd=cwd, env=env)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return result.stdout


def fails(*args: str, cwd: Path, env: dict[str, str] | None = None, input: str | None = None,
          code: int | None = None) -> str:
    """Run a command that must fail cleanly; return its one error line."""
    result = run_gcode(*args, cwd=cwd, env=env, input=input)
    assert result.returncode != 0, result.stdout
    assert code is None or result.returncode == code
    assert "Traceback" not in result.stderr + result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("gcode: error: ")
    assert " — " in lines[0], "a hint says what to do"
    return lines[0]


def add(text: str, *extra: str, cwd: Path) -> str:
    """`gcode learn add`; returns the short id it printed."""
    out = ok("learn", "add", text, *extra, cwd=cwd)
    match = re.search(r"\b([0-9a-f]{8})\b", out)
    assert match, out
    return match.group(1)


def show_json(cwd: Path, *extra: str) -> list[dict]:
    return json.loads(ok("learn", "show", "--json", *extra, cwd=cwd))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_version() -> None:
    assert GCODE, "the gcode console script is installed"
    for flag in ("--version", "-V"):
        result = subprocess.run([GCODE, flag], capture_output=True, text=True, check=True)
        assert result.stdout == f"gcode {__version__}\n"


def test_doctor(repo: Path, fake_llm) -> None:
    out = ok("doctor", cwd=repo)
    assert re.search(r"^ok +sqlite-vec +loaded v\d", out, re.M)
    assert re.search(r"^ok +database +.*gcode\.db \(schema version \d+\)", out, re.M)
    assert re.search(r"^ok +repository +" + re.escape(str(repo.resolve())), out, re.M)
    assert "trigger" not in out
    assert re.search(r"^warning +model +no model configured", out, re.M)  # not fatal
    ok("learn", "add", "Release notes are written by the product manager.", cwd=repo)
    assert '1 learning waits for an "applies when" trigger' in " ".join(
        ok("doctor", cwd=repo).split())  # its line may wrap
    fake_llm.script(text("ok"), tool_call("report_status", {"status": "ok"}))  # its probes
    out = ok("doctor", cwd=repo, env=fake_llm.env)
    assert re.search(r"^ok +model +fake-model at http://127\.0\.0\.1", out, re.M)
    assert re.search(r"^ok +chat +fake-model answered 'ok'", out, re.M)


def test_doctor_fails_on_a_broken_database(repo: Path, tmp_path: Path) -> None:
    bad = tmp_path / "not-a-db"
    bad.write_text("hello\n")
    result = run_gcode("doctor", cwd=repo, env={"GCODE_DB": str(bad)})
    assert result.returncode == 1
    assert re.search(r"^problem +database +.*not a SQLite database", result.stdout, re.M)
    assert bad.read_text() == "hello\n"


def test_learn_end_to_end(repo: Path, tmp_path: Path) -> None:
    assert "No learnings for repo yet" in ok("learn", "show", cwd=repo)

    egress = add("we are cutting egress costs", cwd=repo)
    tests = add("run tests with pytest -q", "--kind", "test_command", cwd=repo)
    mine = add("I prefer small commits", "--store", "user_memory", cwd=repo)
    out = ok("learn", "add", "We are cutting  egress costs", cwd=repo)
    assert out.startswith(f"Already known (confirmed) {egress}")
    assert len({egress, tests, mine}) == 3

    # The table: short id, store, kind, content, source, confidence, author, age.
    lines = ok("learn", "show", cwd=repo).splitlines()
    assert lines[0].split() == ["ID", "STORE", "KIND", "CONTENT", "SOURCE", "CONF", "AUTHOR",
                                "AGE"]
    rows = {line.split()[0]: line for line in lines[1:]}
    assert set(rows) == {egress, tests, mine}
    assert re.match(rf"{tests} +learned_knowledge +test_command +run tests with pytest -q +user"
                    rf" +0\.90 +repo@example\.com +\d+s$", rows[tests])
    assert "user_memory" in rows[mine] and "preference" in rows[mine]

    # JSON: every field a script needs.
    records = show_json(repo)
    assert len(records) == 3
    for rec in records:
        assert {"id", "store", "scope", "kind", "content", "source", "confidence", "author",
                "created_at", "updated_at"} <= set(rec)
        assert re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}",
                            rec["id"])  # a full UUIDv7
    by_short = {r["id"].replace("-", "")[-8:]: r for r in records}
    assert set(by_short) == {egress, tests, mine}  # the table's short ids are the ids' tails
    assert by_short[mine]["scope"] == "user" and by_short[egress]["scope"] == "team"
    assert by_short[egress]["confidence"] == 0.95  # confirmed once
    assert [r["content"] for r in show_json(repo, "--store", "user_memory")] == \
        ["I prefer small commits"]

    # Search: a paraphrase finds the egress learning, with a score.
    out = ok("learn", "search", "should we add a CDN?", cwd=repo).splitlines()
    assert out[0].split()[:2] == ["ID", "SCORE"]
    assert out[1].startswith(egress) and re.match(r"\S+ +\d+\.\d\d ", out[1])
    hits = json.loads(ok("learn", "search", "pytest", "--json", "-k", "1", cwd=repo))
    assert len(hits) == 1 and hits[0]["content"] == "run tests with pytest -q"
    assert hits[0]["score"] > 0
    assert "No matching learnings" in ok("learn", "search", "zebra xylophone", cwd=repo)

    stats = ok("learn", "stats", cwd=repo)
    assert "index: hashing-v1 (384 dims)" in stats
    assert re.search(r"learned_knowledge +team +2 +0 +0 +0 +0", stats)

    # Forget by a prefix of the short id; the tombstone stays in the database.
    out = ok("learn", "forget", tests[:5], "--yes", cwd=repo)
    assert out.strip() == f"Forgot {tests} (learned_knowledge): run tests with pytest -q"
    assert tests not in {r["id"][-8:] for r in show_json(repo)}
    assert re.search(r"learned_knowledge +team +1 +0 +0 +0 +1", ok("learn", "stats", cwd=repo))
    with open_db(Path(os.environ["GCODE_DB"])) as db:
        rows = db.query("select deleted_at, rev from learnings where id like ?", (f"%{tests}",))
        assert rows[0]["deleted_at"] and rows[0]["rev"] == 2

    out = ok("learn", "reindex", cwd=repo)
    assert out.startswith("Reindexed 2 learnings with hashing-v1 (384 dims)")


def test_forget_asks_on_a_terminal(repo: Path) -> None:
    pexpect = pytest.importorskip("pexpect")
    keep = add("the API docs are generated by sphinx", cwd=repo)
    drop = add("staging deploys need VPN access", cwd=repo)

    child = pexpect.spawn(GCODE, ["learn", "forget", keep], cwd=str(repo), env=dict(os.environ),
                          encoding="utf-8", timeout=20)
    child.expect(r"Forget 1 learning\(s\)\? \[y/N\]")
    child.sendline("n")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus != 0
    assert "nothing forgotten" in child.before

    child = pexpect.spawn(GCODE, ["learn", "forget", drop], cwd=str(repo), env=dict(os.environ),
                          encoding="utf-8", timeout=20)
    child.expect(r"staging deploys need VPN access")
    child.expect(r"\[y/N\]")
    child.sendline("y")
    child.expect(f"Forgot {drop}")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert [r["content"] for r in show_json(repo)] == ["the API docs are generated by sphinx"]


BRACKETS = "configs live in [/etc/app], see [bold]docs[/bold] and arr[0]"


def test_text_with_brackets_is_shown_as_written(repo: Path) -> None:
    """Learnings are data: rich markup in them is neither an error nor swallowed."""
    short = add(BRACKETS, cwd=repo)
    assert ok("learn", "show", cwd=repo).count(BRACKETS) == 1
    assert BRACKETS in ok("learn", "search", "docs", cwd=repo)
    assert ok("learn", "forget", short, "--yes", cwd=repo).strip().endswith(BRACKETS)


def test_table_on_a_terminal(repo: Path) -> None:
    pexpect = pytest.importorskip("pexpect")
    add(BRACKETS, cwd=repo)
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    child = pexpect.spawn(GCODE, ["learn", "show"], cwd=str(repo), env=env, encoding="utf-8",
                          timeout=20, dimensions=(40, 250))
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.before
    assert "────" in child.before  # a rich table fitted to the terminal, not plain columns
    assert BRACKETS in child.before


def test_forget_without_a_terminal_needs_yes(repo: Path) -> None:
    short = add("the cache is warmed by make warm", cwd=repo)
    line = fails("learn", "forget", short, cwd=repo, input="y\n")
    assert "--yes" in line
    assert len(show_json(repo)) == 1


def test_outside_a_repo(repo: Path, tmp_path: Path) -> None:
    add("the build uses bazel", cwd=repo)
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    for args in (["learn", "show"], ["learn", "search", "bazel"], ["learn", "stats"]):
        assert fails(*args, cwd=outside).endswith("is not inside a git repository — cd into "
                                                  "a git repository (or run `git init`), or "
                                                  "use --all")
    for args in (["learn", "add", "x"], ["learn", "export"], ["context"]):  # no --all there
        line = fails(*args, cwd=outside)
        assert "is not inside a git repository" in line and "--all" not in line
    assert "the build uses bazel" in ok("learn", "show", "--all", cwd=outside)
    assert json.loads(ok("learn", "search", "bazel", "--all", "--json", cwd=outside))
    assert "learned_knowledge" in ok("learn", "stats", "--all", cwd=outside)
    assert "not inside a git repository" in ok("doctor", cwd=outside)


def test_learnings_are_per_repo_and_memory_per_user(make_repo,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = make_repo("alpha"), make_repo("beta")  # each with its own git user.email
    add("alpha uses tox", cwd=a)
    add("beta uses nox", cwd=b)
    add("alpha@ likes short answers", "--store", "user_memory", cwd=a)
    # Team learnings stay with their repo; user memory with its user, across repos.
    assert [r["content"] for r in show_json(b)] == ["beta uses nox"]
    assert sorted(r["content"] for r in show_json(b, "--all")) == ["alpha uses tox",
                                                                   "beta uses nox"]
    monkeypatch.setenv("GCODE_USER", "alpha@example.com")
    assert sorted(r["content"] for r in show_json(b)) == ["alpha@ likes short answers",
                                                          "beta uses nox"]


def test_embedder_change_needs_reindex(repo: Path) -> None:
    add("the queue is rabbitmq", cwd=repo)
    user_file = user_config_path()
    user_file.parent.mkdir(parents=True, exist_ok=True)
    user_file.write_text("[embeddings]\ndimensions = 128\n")
    line = fails("learn", "search", "rabbitmq", cwd=repo)
    assert "built with hashing-v1 (384 dims)" in line and "gcode learn reindex" in line
    assert "Reindexed 1 learnings with hashing-v1 (128 dims)" in ok("learn", "reindex", cwd=repo)
    assert "the queue is rabbitmq" in ok("learn", "search", "rabbitmq", cwd=repo)


def test_db_flag_beats_environment(repo: Path, tmp_path: Path) -> None:
    flag_db = tmp_path / "flag" / "chosen.db"
    flag_db.parent.mkdir()  # a path someone sets names an existing folder (none is made)
    out = ok("--db", str(flag_db), "learn", "stats", cwd=repo)
    assert f"database: {flag_db} " in out
    assert flag_db.is_file()


# -- bad input: one line, a hint, non-zero, nothing lost ----------------------------------


@pytest.fixture
def known(repo: Path) -> Path:
    """A repo whose database already holds two learnings that must survive every bad input."""
    add("the linter is ruff", cwd=repo)
    add("the formatter is black", cwd=repo)
    return repo


def still_there(repo: Path) -> None:
    assert sorted(r["content"] for r in show_json(repo)) == ["the formatter is black",
                                                             "the linter is ruff"]


def test_unknown_id(known: Path) -> None:
    assert "no learning with id deadbeef" in fails("learn", "forget", "deadbeef", "--yes",
                                                   cwd=known)
    assert "too short" in fails("learn", "forget", "ab", "--yes", cwd=known)
    line = fails("learn", "forget", "f" * 10_000, "--yes", cwd=known)
    assert "(10000 chars)" in line and len(line) < 300
    still_there(known)


def test_ambiguous_id(known: Path) -> None:
    ids = [r["id"] for r in show_json(known)]
    common = os.path.commonprefix(ids)
    assert len(common) >= 4, "UUIDv7 ids made a moment apart share their clock prefix"
    assert "is ambiguous" in fails("learn", "forget", common[:6], "--yes", cwd=known)
    still_there(known)


def test_one_bad_id_forgets_nothing(known: Path) -> None:
    good = show_json(known)[0]["id"][-8:]
    fails("learn", "forget", good, "0000ffff", "--yes", cwd=known)
    still_there(known)


@pytest.mark.parametrize("text", ["", "   \n\t"])
def test_empty_text(known: Path, text: str) -> None:
    assert "empty" in fails("learn", "add", text, cwd=known)
    assert "empty" in fails("learn", "search", text, cwd=known)
    still_there(known)


@pytest.mark.parametrize(("args", "expected"), [
    (["lern", "show"], "No such command 'lern'"),
    # typer's own wording ("No such option: --colour") or click's ("No such option '--colour'")
    (["learn", "show", "--colour"], r"No such option:? '?--colour"),
    (["learn", "add"], "Missing argument"),
    (["learn", "search", "x", "-k", "ten"], "Invalid value for '-k'"),
    (["learn", "search", "x", "-k", "0"], "Invalid value for '-k'"),
])
def test_command_line_mistakes(repo: Path, args: list[str], expected: str) -> None:
    line = fails(*args, cwd=repo, code=2)
    assert re.search(expected, line) and "--help`" in line


def test_bare_group_prints_its_help(repo: Path) -> None:
    assert "Usage: gcode learn" in ok("learn", cwd=repo)
    assert "Commands:" in ok(cwd=repo)


def test_unknown_store(known: Path) -> None:
    assert "unknown store 'notes'" in fails("learn", "add", "x", "--store", "notes", cwd=known)


def test_db_path_is_a_directory(known: Path, tmp_path: Path) -> None:
    folder = tmp_path / "a-folder"
    folder.mkdir()
    assert "is a directory" in fails("learn", "show", cwd=known, env={"GCODE_DB": str(folder)})
    assert "is a directory" in fails("--db", str(folder), "learn", "show", cwd=known)
    assert list(folder.iterdir()) == []
    still_there(known)


def test_db_path_cannot_be_created(known: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where a directory should be\n")
    line = fails("learn", "add", "x", cwd=known, env={"GCODE_DB": str(blocker / "gcode.db")})
    assert "cannot create the database directory" in line
    assert blocker.read_text() == "a file where a directory should be\n"


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_db_not_writable(known: Path) -> None:
    path = Path(os.environ["GCODE_DB"])
    before = digest(path)
    path.chmod(0o444)
    try:
        assert "not readable and writable" in fails("learn", "add", "x", cwd=known)
    finally:
        path.chmod(0o644)
    assert digest(path) == before
    still_there(known)


def test_file_that_is_not_sqlite(known: Path, tmp_path: Path) -> None:
    notes = tmp_path / "notes.md"
    notes.write_text("# my notes\nnothing to lose here\n")
    before = digest(notes)
    for args in (["learn", "show"], ["learn", "add", "x"], ["learn", "reindex"]):
        line = fails(*args, cwd=known, env={"GCODE_DB": str(notes)})
        assert "not a SQLite database" in line and "left untouched" in line
    assert digest(notes) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("notes")) == \
        ["notes.md"]


def test_broken_database_is_said_once_where_the_repo_shares(known: Path, tmp_path: Path
                                                           ) -> None:
    """A repository with a team file imports it first; when the database cannot be opened
    that import fails too, and the user reads the one error line, not a warning that
    repeats it."""
    assert run_gcode("init", cwd=known).returncode == 0
    for name, content in (("rand.db", os.urandom(5000)), ("notes.md", b"# my notes\n")):
        bad = tmp_path / name
        bad.write_bytes(content)
        for args in (["learn", "show"], ["context"]):
            line = fails(*args, cwd=known, env={"GCODE_DB": str(bad)})
            assert "not a SQLite database" in line
        assert bad.read_bytes() == content


def test_database_from_a_newer_gcode(known: Path) -> None:
    path = Path(os.environ["GCODE_DB"])
    conn = sqlite3.connect(path)
    conn.execute("insert into _migrations(id, name, applied_at) values (999, 'future', 'x')")
    conn.commit()
    conn.close()
    before = digest(path)
    line = fails("learn", "show", cwd=known)
    assert "newer than this gcode" in line and "upgrade gcode" in line
    assert digest(path) == before


@pytest.mark.parametrize(("where", "text", "expected"), [
    ("repo", "[model\nname = 'x'\n", "TOML syntax error"),
    ("user", "[agent]\napproval = \n", "TOML syntax error"),
    ("repo", "[agent]\nmax_stpes = 3\n", "unknown key agent.max_stpes"),
    ("user", "[agent]\nmax_steps = 'many'\n", "agent.max_steps must be an integer"),
])
def test_bad_config_file(known: Path, isolated_env: Path, where: str, text: str,
                         expected: str) -> None:
    path = (known / ".gcode.toml" if where == "repo"
            else isolated_env / ".config" / "gcode" / "config.toml")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    if where == "repo":  # an untrusted repository's file is not even read: see below
        trust.trust(known)
    line = fails("learn", "show", cwd=known)
    assert str(path) in line and expected in line
    assert path.read_text() == text
    path.unlink()
    still_there(known)


def test_a_broken_untrusted_repo_file_does_not_stop_gcode(known: Path) -> None:
    (known / ".gcode.toml").write_text("[model\nname = 'x'\n")
    result = run_gcode("learn", "show", cwd=known)
    assert result.returncode == 0 and "the linter is ruff" in result.stdout
    assert ".gcode.toml is ignored: this repository is not trusted" in result.stderr


def test_git_work_tree_in_subdirectory(known: Path) -> None:
    sub = known / "src" / "deep"
    sub.mkdir(parents=True)
    assert len(show_json(sub)) == 2
    git(known, "status")  # gcode left the work tree usable


def test_a_mistyped_store_is_an_error_not_an_empty_list(repo: Path) -> None:
    assert run_gcode("learn", "add", "Staging needs the VPN", cwd=repo).returncode == 0
    for command in (["learn", "show", "--store", "learned_knowlege"],
                    ["learn", "search", "vpn", "--store", "learned_knowlege"]):
        result = run_gcode(*command, cwd=repo)
        assert result.returncode == 1 and result.stdout == ""
        assert "unknown store 'learned_knowlege'" in result.stderr
        assert "learned_knowledge" in result.stderr.split("use one of:")[1]
    shown = run_gcode("learn", "show", "--store", "learned_knowledge", cwd=repo)
    assert "Staging needs the VPN" in shown.stdout


def test_a_kind_is_one_word_and_never_a_credential(make_repo):
    """A token typed as --kind was stored, shown and shared as it was, and the team export
    refused the record for good."""
    repo = make_repo("demo")
    token = "ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789"
    for kind in (token, "team goal; rm -rf"):
        done = run_gcode("learn", "add", "deploy with helm", "--kind", kind, cwd=repo)
        assert done.returncode != 0 and "kind is one short word" in done.stderr
        assert token not in done.stdout + done.stderr and "Traceback" not in done.stderr
    assert "deploy with helm" not in ok("learn", "show", cwd=repo)


def test_a_learning_that_is_only_a_credential_is_refused(make_repo):
    repo = make_repo("demo")
    done = run_gcode("learn", "add", "ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789", cwd=repo)
    assert done.returncode != 0 and "once its credential is taken out" in done.stderr
    assert "REDACTED" not in ok("learn", "show", cwd=repo)
