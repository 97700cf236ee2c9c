"""The repository: root from any subdirectory, an id equal in every clone (full or shallow),
tracked files, HEAD, and who the user is."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import git

from gcode.config import load_config, user_config_path
from gcode.errors import GcodeError
from gcode.repo import Repo, current_user, find_root, normalize_remote_url


def root_commit(path: Path) -> str:
    return git(path, "rev-list", "--max-parents=0", "HEAD").strip()


def commit(path: Path, rel: str, text: str, message: str) -> None:
    (path / rel).parent.mkdir(parents=True, exist_ok=True)
    (path / rel).write_text(text)
    git(path, "add", "-A")
    git(path, "commit", "-q", "-m", message)


def test_root_found_from_any_subdirectory(make_repo) -> None:
    root = make_repo("proj", {"src/pkg/mod.py": "x = 1\n", "README.md": "hi\n"})
    deep = root / "src" / "pkg"
    assert find_root(deep) == root.resolve()
    repo = Repo.discover(deep)
    assert repo is not None and repo.root == root.resolve()
    assert Repo.require(root).root == root.resolve()


def test_outside_a_repo(tmp_path: Path) -> None:
    outside = tmp_path / "plain"
    outside.mkdir()
    assert Repo.discover(outside) is None
    with pytest.raises(GcodeError) as info:
        Repo.require(outside)
    assert "not inside a git repository" in info.value.message
    assert "git init" in info.value.hint and "--all" not in info.value.hint
    with pytest.raises(GcodeError) as info:  # a command that can look elsewhere says how
        Repo.require(outside, elsewhere=", or use --all")
    assert info.value.hint.endswith("or use --all")


def test_repo_id_is_the_root_commit(make_repo) -> None:
    root = make_repo()
    commit(root, "a.txt", "a\n", "second")
    repo = Repo(root)
    assert not repo.is_shallow
    assert repo.identity() == root_commit(root)
    assert repo.id == repo.identity()


def test_head_and_branch(make_repo) -> None:
    root = make_repo()
    assert Repo(root).head == git(root, "rev-parse", "HEAD").strip()
    commit(root, "b.txt", "b\n", "next")
    repo = Repo(root)
    assert repo.head == git(root, "rev-parse", "HEAD").strip()
    assert repo.branch == "main"


def test_tracked_files(make_repo) -> None:
    root = make_repo("files", {"src/app.py": "print()\n", ".gitignore": "*.log\nbuild/\n"})
    (root / "notes.md").write_text("untracked but not ignored\n")
    (root / "debug.log").write_text("ignored\n")
    (root / "build").mkdir()
    (root / "build" / "out.bin").write_text("ignored\n")
    (root / "src" / "app.py").unlink()  # deleted in the work tree: not a file any more
    files = Repo(root).tracked_files()
    assert files == [".gitignore", "notes.md"]


def test_empty_repo_has_a_path_id_and_no_head(tmp_path: Path) -> None:
    root = tmp_path / "empty"
    root.mkdir()
    git(root, "init", "-q")
    repo = Repo(root)
    assert repo.head is None
    assert repo.identity() == f"path:{root.resolve()}"


@pytest.fixture
def origin(make_repo) -> Path:
    """A repository with history (so that --depth 1 really is shallow) and a team file."""
    root = make_repo("origin", {"README.md": "# origin\n"})
    header = {"format": "gcode-learnings", "version": 1, "repo_id": root_commit(root)}
    commit(root, ".gcode/learnings.jsonl", json.dumps(header, sort_keys=True) + "\n",
           "team file")
    commit(root, "src/main.py", "print('hi')\n", "third")
    return root


def test_repo_id_equal_in_full_and_shallow_clone(origin: Path, tmp_path: Path) -> None:
    full = tmp_path / "full"
    shallow = tmp_path / "shallow"
    git(tmp_path, "clone", "-q", str(origin), str(full))
    git(tmp_path, "clone", "-q", "--depth", "1", origin.resolve().as_uri(), str(shallow))

    assert not Repo(full).is_shallow
    assert Repo(shallow).is_shallow
    assert Repo(shallow).root_commit is None  # the history really is cut
    assert Repo(full).remote_url and Repo(shallow).remote_url  # both have a remote

    expected = root_commit(origin)
    assert Repo(origin).identity() == expected
    assert Repo(full).identity() == expected
    assert Repo(shallow).identity() == expected  # from the committed team file's header


def test_shallow_clones_without_team_file_agree_by_remote_url(make_repo, tmp_path: Path) -> None:
    origin = make_repo("bare-origin")
    commit(origin, "a.txt", "a\n", "second")
    a, b = tmp_path / "a", tmp_path / "b"
    git(tmp_path, "clone", "-q", "--depth", "1", origin.resolve().as_uri(), str(a))
    git(tmp_path, "clone", "-q", "--depth", "1", origin.resolve().as_uri(), str(b))
    assert Repo(a).is_shallow
    assert Repo(a).identity() == Repo(b).identity() == \
        "url:" + normalize_remote_url(origin.resolve().as_uri())

    # Two teammates whose remotes are the same repository spelled differently.
    git(a, "remote", "set-url", "origin", "git@github.com:Acme/Widgets.git")
    git(b, "remote", "set-url", "origin", "https://github.com/acme/widgets")
    assert Repo(a).identity() == Repo(b).identity() == "url:github.com/acme/widgets"


def test_team_file_header_without_repo_id_falls_back_to_url(make_repo, tmp_path: Path) -> None:
    origin = make_repo("o2", {".gcode/learnings.jsonl": '{"format": "gcode-learnings"}\n'})
    commit(origin, "a.txt", "a\n", "second")
    clone = tmp_path / "c2"
    git(tmp_path, "clone", "-q", "--depth", "1", origin.resolve().as_uri(), str(clone))
    assert Repo(clone).identity().startswith("url:file:")


@pytest.mark.parametrize("url", [
    "git@github.com:Acme/Widgets.git",
    "github.com:acme/widgets",
    "ssh://git@github.com/acme/widgets.git",
    "ssh://git@github.com:22/acme/widgets.git/",
    "https://github.com/acme/widgets",
    "https://github.com/Acme/Widgets.git",
    "https://user:s3cret@github.com/acme/widgets.git",
    "http://github.com/acme/widgets/",
    "git://github.com/acme/widgets.git",
])
def test_normalize_remote_url_spellings(url: str) -> None:
    assert normalize_remote_url(url) == "github.com/acme/widgets"


def test_normalize_remote_url_keeps_repos_apart(tmp_path: Path) -> None:
    assert normalize_remote_url("git@github.com:acme/widgets.git") != \
        normalize_remote_url("git@gitlab.com:acme/widgets.git")
    assert normalize_remote_url("https://github.com/acme/widgets") != \
        normalize_remote_url("https://github.com/acme/gadgets")
    local = tmp_path / "repo.git"
    local.mkdir()
    assert normalize_remote_url(str(local)) == normalize_remote_url(local.as_uri()) == \
        f"file:{tmp_path.resolve()}/repo"


# -- who the user is: GCODE_USER > config user.name > git user.email > OS user -------------


def test_user_from_gcode_user_beats_config(make_repo, monkeypatch: pytest.MonkeyPatch) -> None:
    root = make_repo("u")
    (root / ".gcode.toml").write_text('[user]\nname = "config-name"\n')
    monkeypatch.setenv("GCODE_USER", "env-user")
    assert current_user(load_config(root).user.name, Repo(root)) == "env-user"


def test_user_from_config_beats_git(make_repo) -> None:
    root = make_repo("u")
    user_file = user_config_path()
    user_file.parent.mkdir(parents=True, exist_ok=True)
    user_file.write_text('[user]\nname = "config-name"\n')
    assert current_user(load_config(root).user.name, Repo(root)) == "config-name"


def test_a_repository_cannot_say_who_you_are(make_repo) -> None:
    root = make_repo("u")
    (root / ".gcode.toml").write_text('[user]\nname = "someone-else"\n')
    cfg = load_config(root, repo_trusted=True)
    assert current_user(cfg.user.name, Repo(root)) == "u@example.com"
    assert any("user.name ignored" in line for line in cfg.ignored)


def test_user_from_git_email_beats_os_user(make_repo, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("USER", "os-user")
    monkeypatch.setenv("LOGNAME", "os-user")
    root = make_repo("u")  # sets the repo's user.email to u@example.com
    assert current_user(load_config(root).user.name, Repo(root)) == "u@example.com"
    # Outside a repo, the global git config counts too.
    git(root, "config", "--global", "user.email", "global@example.com")
    assert current_user("", None) == "global@example.com"


def test_user_falls_back_to_os_user(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("USER", "os-user")
    monkeypatch.setenv("LOGNAME", "os-user")
    root = tmp_path / "nameless"
    root.mkdir()
    git(root, "init", "-q")  # a repo with no user.email anywhere (HOME is isolated)
    assert current_user(load_config(root).user.name, Repo(root)) == "os-user"
    assert current_user("", None) == "os-user"
