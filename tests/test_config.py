"""Layered configuration: defaults < user file < repo file < environment < flags, and clear
errors (file, key, expected type) for anything a file gets wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from gcode.config import (
    ENV_VARS,
    SECTIONS,
    Config,
    load_config,
    repo_config_path,
    user_config_path,
)
from gcode.errors import GcodeError


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def test_defaults_without_any_file(tmp_path: Path) -> None:
    cfg = load_config(tmp_path, environ={}, repo_trusted=True)
    assert cfg == Config()  # nothing but built-in defaults
    assert cfg.files == []
    assert cfg.embeddings.provider == "auto"  # e5 where its wheel runs, else hashing; offline
    assert cfg.team.file == ".gcode/learnings.jsonl"


def test_default_db_lives_under_xdg_data_home(isolated_env: Path) -> None:
    cfg = load_config(None, environ={})
    assert cfg.db_path == isolated_env / ".local" / "share" / "gcode" / "gcode.db"


def test_each_layer_overrides_the_one_below(tmp_path: Path, isolated_env: Path) -> None:
    user_file = write(user_config_path(), """
[model]
name = "from-user"
base_url = "http://user.example/v1"
timeout = 11
max_retries = 1
context_window = 1000
[agent]
max_steps = 7
""")
    assert user_file == isolated_env / ".config" / "gcode" / "config.toml"
    root = tmp_path / "repo"
    repo_file = write(repo_config_path(root), """
[model]
name = "from-repo"
base_url = "http://repo.example/v1"
timeout = 22
max_retries = 2
[learning]
stores = { user_memory = "off" }
""")
    environ = {"GCODE_MODEL": "from-env", "OPENAI_BASE_URL": "http://env.example/v1",
               "GCODE_USER": "env-user"}
    flags = {"model.name": "from-flag", "model.timeout": "44"}

    cfg = load_config(root, flags=flags, environ=environ, repo_trusted=True)

    assert cfg.model.name == "from-flag"  # flag > env > repo > user
    assert cfg.model.timeout == 44.0  # flag string parsed to the field's type
    assert cfg.model.base_url == "http://env.example/v1"  # env > repo > user
    assert cfg.model.max_retries == 2  # repo > user
    assert cfg.model.context_window == 1000  # user > default
    assert cfg.agent.max_steps == 7
    assert cfg.agent.approval == "ask"  # default
    assert cfg.learning.stores == {"user_memory": "off"}
    assert cfg.user.name == "env-user"
    assert cfg.files == [user_file, repo_file]


def test_repo_file_is_ignored_outside_a_repo(tmp_path: Path) -> None:
    write(repo_config_path(tmp_path), '[model]\nname = "repo"\n')
    assert load_config(None, environ={}).model.name == ""
    assert load_config(tmp_path, environ={}, repo_trusted=True).model.name == "repo"


@pytest.mark.parametrize(("var", "dotted", "value"), [
    ("GCODE_DB", "database.path", "/somewhere/else.db"),
    ("GCODE_USER", "user.name", "ada@example.com"),
    ("GCODE_MODEL", "model.name", "llama3.1"),
    ("OPENAI_API_KEY", "model.api_key", "sk-test-not-a-real-key"),
    ("OPENAI_BASE_URL", "model.base_url", "http://127.0.0.1:11434/v1"),
    ("OPENAI_API_VERSION", "model.api_version", "2024-10-21"),
    ("GCODE_APPROVAL", "agent.approval", "full-auto"),
    ("GCODE_LEARNING_MODE", "learning.mode", "propose"),
    ("GCODE_EMBEDDER", "embeddings.provider", "openai"),
])
def test_environment_variables(var: str, dotted: str, value: str, tmp_path: Path) -> None:
    write(repo_config_path(tmp_path), "")  # an empty repo file changes nothing
    assert ENV_VARS[var] == dotted
    assert load_config(tmp_path, environ={var: value}, repo_trusted=True).get(dotted) == value


def test_env_var_beats_the_user_file_and_a_repo_never_moves_the_database(tmp_path: Path) -> None:
    write(user_config_path(), '[model]\nname = "user-model"\n[database]\npath = "/user.db"\n')
    write(repo_config_path(tmp_path),
          '[model]\nname = "repo-model"\n[database]\npath = "/repo.db"\n')
    cfg = load_config(tmp_path, environ={}, repo_trusted=True)
    assert cfg.db_path == Path("/user.db") and cfg.model.name == "repo-model"
    assert any("database.path ignored" in line for line in cfg.ignored)
    assert load_config(tmp_path, environ={"GCODE_DB": "/env.db"},
                       repo_trusted=True).db_path == Path("/env.db")
    flags = {"database.path": "/flag.db"}
    assert load_config(tmp_path, flags, environ={"GCODE_DB": "/env.db"},
                       repo_trusted=True).db_path == Path("/flag.db")


def test_empty_env_var_does_not_override(tmp_path: Path) -> None:
    write(repo_config_path(tmp_path), '[model]\nname = "repo-model"\n')
    cfg = load_config(tmp_path, environ={"GCODE_MODEL": ""}, repo_trusted=True)
    assert cfg.model.name == "repo-model"


def test_load_config_reads_os_environ_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GCODE_MODEL", "from-os-environ")
    assert load_config(None).model.name == "from-os-environ"


def test_lists_tables_and_numbers(tmp_path: Path) -> None:
    write(user_config_path(), """
[agent]
allow = ["pytest*", "ruff check*"]
shell_timeout = 30
[learning]
custom_stores = { runbooks = "mystores:Runbooks" }
[team]
auto_export = false
""")
    cfg = load_config(None, environ={})
    assert cfg.agent.allow == ["pytest*", "ruff check*"]
    assert cfg.agent.shell_timeout == 30.0 and isinstance(cfg.agent.shell_timeout, float)
    assert cfg.learning.custom_stores == {"runbooks": "mystores:Runbooks"}
    assert cfg.team.auto_export is False


def test_flag_list_and_bool_parsing() -> None:
    cfg = load_config(None, flags={"agent.allow": "pytest*, make test", "team.auto_import": "no"},
                      environ={})
    assert cfg.agent.allow == ["pytest*", "make test"]
    assert cfg.team.auto_import is False


def error_of(tmp_path: Path, text: str) -> tuple[Path, GcodeError]:
    path = write(repo_config_path(tmp_path), text)
    with pytest.raises(GcodeError) as info:
        load_config(tmp_path, environ={}, repo_trusted=True)
    return path, info.value


def test_unknown_key_names_file_and_key(tmp_path: Path) -> None:
    path, err = error_of(tmp_path, '[model]\nnmae = "gpt"\n')
    assert str(path) in err.message
    assert "unknown key model.nmae" in err.message
    assert "name" in err.hint  # the known keys are listed


def test_unknown_section_names_file(tmp_path: Path) -> None:
    path, err = error_of(tmp_path, "[modle]\nname = 1\n")
    assert str(path) in err.message and "[modle]" in err.message
    assert all(section in err.hint for section in SECTIONS)


def test_top_level_key_is_an_unknown_section(tmp_path: Path) -> None:
    _, err = error_of(tmp_path, 'model = "gpt-4o"\n')
    assert "model" in err.message


@pytest.mark.parametrize(("text", "key", "expected"), [
    ('[agent]\nmax_steps = "ten"\n', "agent.max_steps", "must be an integer"),
    ("[agent]\nmax_steps = true\n", "agent.max_steps", "must be an integer"),
    ("[agent]\nmax_steps = 2.5\n", "agent.max_steps", "must be an integer"),
    ('[model]\ntimeout = "fast"\n', "model.timeout", "must be a number"),
    ("[model]\nname = 4\n", "model.name", "must be a string"),
    ('[agent]\nallow = "pytest*"\n', "agent.allow", "must be a list of strings"),
    ("[agent]\nallow = [1, 2]\n", "agent.allow", "must be a list of strings"),
    ('[team]\nauto_export = "yes"\n', "team.auto_export", "must be a boolean"),
    ("[learning]\nstores = { user_memory = 1 }\n", "learning.stores", "must be a table of strings"),
])
def test_wrong_type_names_file_key_and_type(tmp_path: Path, text: str, key: str,
                                            expected: str) -> None:
    path, err = error_of(tmp_path, text)
    assert str(path) in err.message
    assert f"{key} {expected}" in err.message


@pytest.mark.parametrize(("text", "key"), [
    ("[model]\ntimeout = -5\n", "model.timeout"),
    ("[model]\nmax_retries = -1\n", "model.max_retries"),
    ("[learning]\nrelevance_floor = 7\n", "learning.relevance_floor"),
    ("[learning]\ntoken_budget = -100\n", "learning.token_budget"),
    ("[agent]\nmax_steps = 0\n", "agent.max_steps"),
])
def test_a_number_out_of_its_range_is_named_with_the_range(tmp_path: Path, text: str,
                                                           key: str) -> None:
    """A negative timeout or budget quietly turned a feature off ("no learnings yet")."""
    path, err = error_of(tmp_path, text)
    assert str(path) in err.message and f"{key} = " in err.message
    assert "out of range" in err.message and "between" in err.hint


def test_invalid_choice_is_named(tmp_path: Path) -> None:
    path, err = error_of(tmp_path, '[agent]\napproval = "yolo"\n')
    assert str(path) in err.message and "agent.approval" in err.message
    assert "full-auto" in err.hint


def test_invalid_choice_in_environment(tmp_path: Path) -> None:
    with pytest.raises(GcodeError) as info:
        load_config(tmp_path, environ={"GCODE_EMBEDDER": "word2vec"}, repo_trusted=True)
    assert "GCODE_EMBEDDER" in info.value.message and "hashing" in info.value.hint


def test_wrong_type_in_flag() -> None:
    with pytest.raises(GcodeError) as info:
        load_config(None, flags={"agent.max_steps": "many"}, environ={})
    assert "agent.max_steps must be an integer" in info.value.message


def test_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    path, err = error_of(tmp_path, '[model\nname = "x"\n')
    assert str(path) in err.message and "syntax error" in err.message
    assert "line 1" in err.message
    assert err.hint


def test_user_file_errors_name_the_user_file(tmp_path: Path) -> None:
    path = write(user_config_path(), "[database]\nbusy_timeout_ms = '10s'\n")
    with pytest.raises(GcodeError) as info:
        load_config(None, environ={})
    assert str(path) in info.value.message
    assert "database.busy_timeout_ms must be an integer" in info.value.message


def test_not_utf8_is_a_clear_error(tmp_path: Path) -> None:
    path = repo_config_path(tmp_path)
    path.write_bytes(b"\xff\xfe[model]\n")
    with pytest.raises(GcodeError) as info:
        load_config(tmp_path, environ={}, repo_trusted=True)
    assert str(path) in info.value.message and "UTF-8" in info.value.message


def test_example_file_documents_every_setting_with_its_default() -> None:
    """`.gcode.example.toml` is valid, complete, and shows the defaults."""
    from dataclasses import fields

    from gcode.config import apply_file, tomllib

    example = Path(__file__).resolve().parents[1] / ".gcode.example.toml"
    data = tomllib.loads(example.read_text())
    defaults = Config()
    for section, tp in SECTIONS.items():
        for f in fields(tp):
            value = getattr(getattr(defaults, section), f.name)
            assert section in data and f.name in data[section], f"{section}.{f.name} missing"
            assert data[section][f.name] == value, f"{section}.{f.name} default differs"
    # And gcode itself accepts it as a config file.
    cfg = Config()
    apply_file(cfg, example)
    assert cfg.files == [example]


def test_an_environment_number_out_of_range_is_named(tmp_path: Path) -> None:
    with pytest.raises(GcodeError) as info:
        load_config(tmp_path, environ={}, flags={"database.busy_timeout_ms": "-1"})
    assert "database.busy_timeout_ms = -1 is out of range" in info.value.message
