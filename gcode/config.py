"""Layered configuration.

Precedence, lowest first: built-in defaults < user file
(`$XDG_CONFIG_HOME/gcode/config.toml`) < repo file (`.gcode.toml` at the repo
root) < environment variables < command-line flags.

The schema is the dataclasses below: every key a file may set is a field, so an
unknown key or a wrong type is reported with the file, the key and the type
expected, instead of being silently ignored.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, get_args, get_origin, get_type_hints

from gcode.errors import GcodeError
from gcode.mcp_config import (
    McpServerConfig,
    parse_servers,
    read_config_text,
    read_servers_file,
)

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

APPROVAL_MODES = ("ask", "auto-edit", "full-auto")
LEARNING_MODES = ("always", "agentic", "propose", "off")
EMBEDDERS = ("auto", "hashing", "openai", "e5")
SANDBOX_MODES = ("workspace-write", "read-only", "off")

# Settings only the user may choose (their own file, the environment, a flag): each one loosens
# what the agent's commands may touch, so a repository's `.gcode.toml` must never set them
# (they are not REPO_KEYS; tests/test_sandbox.py holds the two lists apart).
USER_ONLY_KEYS = ("agent.sandbox", "agent.network", "agent.writable_paths")


@dataclass
class UserConfig:
    name: str = ""  # who is speaking; GCODE_USER overrides; empty = git user.email, then OS user


@dataclass
class ModelConfig:
    name: str = ""  # GCODE_MODEL; empty = not configured
    base_url: str = ""  # OPENAI_BASE_URL; empty = api.openai.com
    api_key: str = ""  # OPENAI_API_KEY; prefer the env var over writing it in a file
    timeout: float = 120.0  # seconds per request
    max_retries: int = 3  # on 429, 5xx and dropped connections
    # tokens; earlier turns are compacted into a summary to fit (a server's smaller one wins)
    context_window: int = 128000
    api_version: str = ""  # Azure: sent as ?api-version= (also read from base_url)
    api_key_header: str = ""  # header carrying the key; "" = Authorization: Bearer (Azure: api-key)
    # Images attached with @file.png: "true" (send), "false" (refuse before sending) or "auto"
    # (send; when the server refuses images, say so and leave them out). TOML true/false too.
    vision: str = "auto"
    # Servers a trusted repository's .gcode.toml may point base_url at (your key goes there).
    allowed_base_urls: list[str] = field(default_factory=list)


@dataclass
class DatabaseConfig:
    path: str = ""  # GCODE_DB; empty = $XDG_DATA_HOME/gcode/gcode.db
    busy_timeout_ms: int = 10000


@dataclass
class EmbeddingsConfig:
    # auto (e5 where its wheel is installed, else hashing) | hashing (offline, built in)
    # | e5 (multilingual-e5-small, Linux x86_64) | openai (/v1/embeddings)
    provider: str = "auto"
    model: str = "text-embedding-3-small"  # for provider "openai"
    dimensions: int = 384


@dataclass
class AgentConfig:
    approval: str = "ask"  # ask | auto-edit | full-auto
    allow: list[str] = field(default_factory=list)  # shell commands that never ask, e.g. "pytest*"
    deny: list[str] = field(default_factory=list)  # never run, e.g. "terraform apply*"
    max_steps: int = 40  # tool-call rounds per turn
    shell_timeout: float = 300.0  # seconds
    max_output_chars: int = 20000  # tool output sent back to the model (head + tail)
    # In each directory, the first of these that exists (gcode.instructions)
    instruction_files: list[str] = field(
        default_factory=lambda: ["AGENTS.md", "CLAUDE.md", "GEMINI.md"])
    max_instruction_chars: int = 20000
    # Where shell commands run: "workspace-write" (write only in the repo and the temp dir, no
    # network), "read-only" (write nothing), or "off" (unsandboxed, as gcode used to).
    sandbox: str = "workspace-write"
    network: bool = False  # let sandboxed commands reach the network
    writable_paths: list[str] = field(default_factory=list)  # more places sandboxed commands write


@dataclass
class LearningConfig:
    mode: str = "always"  # default mode of every store: always | agentic | propose | off
    token_budget: int = 1500  # shared by all stores' context blocks
    core_budget: int = 80  # of which what every turn gets unasked (commands, environment)
    relevance_floor: float = 0.4  # what a search finds must be at least this relevant (0-1)
    stores: dict[str, str] = field(default_factory=dict)  # per-store mode, e.g. user_memory = "off"
    custom_stores: dict[str, str] = field(default_factory=dict)  # name = "module:Class"
    # Extraction is batched: one model call when this many turns with statements wait, or
    # when their text grows past batch_chars; /clear, /compact and the session's end also.
    batch_turns: int = 4
    batch_chars: int = 6000


@dataclass
class TeamConfig:
    file: str = ".gcode/learnings.jsonl"  # the committed team file, relative to the repo root
    auto_export: bool = True  # export at the end of a session that changed team learnings
    auto_import: bool = True  # import at start when the file changed


@dataclass
class Config:
    user: UserConfig = field(default_factory=UserConfig)
    model: ModelConfig = field(default_factory=ModelConfig)
    database: DatabaseConfig = field(default_factory=DatabaseConfig)
    embeddings: EmbeddingsConfig = field(default_factory=EmbeddingsConfig)
    agent: AgentConfig = field(default_factory=AgentConfig)
    learning: LearningConfig = field(default_factory=LearningConfig)
    team: TeamConfig = field(default_factory=TeamConfig)
    # [mcp_servers.NAME]: from the user's file or GCODE_MCP_CONFIG only (see gcode.mcp_config).
    mcp_servers: dict[str, McpServerConfig] = field(default_factory=dict)
    # Where each layer came from, for `gcode doctor`; not a setting.
    files: list[Path] = field(default_factory=list)
    # Repository settings left out (untrusted, or not a repository's to set), one line each.
    ignored: list[str] = field(default_factory=list)

    def get(self, dotted: str) -> Any:
        section, key = dotted.split(".", 1)
        return getattr(getattr(self, section), key)

    @property
    def db_path(self) -> Path:
        if self.database.path:
            return Path(self.database.path).expanduser()
        return data_dir() / "gcode.db"


SECTIONS = {name: tp for name, tp in get_type_hints(Config).items()
            if name not in ("files", "ignored", "mcp_servers")}
# Names a file of MCP server definitions (TOML [mcp_servers.NAME] tables, or .mcp.json format).
MCP_CONFIG_VAR = "GCODE_MCP_CONFIG"

# Environment variable -> dotted key.
ENV_VARS = {
    "GCODE_DB": "database.path",
    "GCODE_USER": "user.name",
    "GCODE_MODEL": "model.name",
    "OPENAI_API_KEY": "model.api_key",
    "OPENAI_BASE_URL": "model.base_url",
    "OPENAI_API_VERSION": "model.api_version",  # the name Azure's own SDKs read
    "GCODE_APPROVAL": "agent.approval",
    "GCODE_LEARNING_MODE": "learning.mode",
    "GCODE_EMBEDDER": "embeddings.provider",
}

CHOICES = {
    "agent.approval": APPROVAL_MODES,
    "learning.mode": LEARNING_MODES,
    "embeddings.provider": EMBEDDERS,
    "agent.sandbox": SANDBOX_MODES,
    "model.vision": ("auto", "true", "false"),
}
# What a number setting may be (inclusive): a negative timeout or budget, or a relevance
# above 1, is a typo that would quietly turn a feature off.
RANGES: dict[str, tuple[float, float]] = {
    "model.timeout": (0.01, 3600), "model.max_retries": (0, 20),
    "model.context_window": (256, 10_000_000), "database.busy_timeout_ms": (0, 600_000),
    "embeddings.dimensions": (1, 8192), "agent.max_steps": (1, 1000),
    "agent.shell_timeout": (0.01, 86_400), "agent.max_output_chars": (1, 10_000_000),
    "agent.max_instruction_chars": (0, 10_000_000), "learning.token_budget": (0, 100_000),
    "learning.core_budget": (0, 100_000), "learning.relevance_floor": (0, 1),
    "learning.batch_turns": (1, 1000), "learning.batch_chars": (100, 1_000_000),
}
# String settings a file may also give as a TOML boolean (`vision = true`).
BOOL_STRINGS = frozenset({"model.vision"})


def config_dir() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "gcode"


def data_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "gcode"


def user_config_path() -> Path:
    return config_dir() / "config.toml"


def repo_config_path(repo_root: Path) -> Path:
    return repo_root / ".gcode.toml"


def _type_name(tp: Any, article: bool = True) -> str:
    origin = get_origin(tp)
    if origin is list:
        return f"a list of {_type_name(get_args(tp)[0], False)}s"
    if origin is dict:
        return f"a table of {_type_name(get_args(tp)[1], False)}s"
    name = {str: "string", int: "integer", float: "number", bool: "boolean"}.get(tp, str(tp))
    return f"{'an' if name[0] in 'aeiou' else 'a'} {name}" if article else name


def _coerce(value: Any, tp: Any) -> Any:
    """Return `value` as type `tp`, or raise TypeError. Ints are accepted where floats are."""
    origin = get_origin(tp)
    if origin is list:
        (item,) = get_args(tp)
        if not isinstance(value, list):
            raise TypeError
        return [_coerce(v, item) for v in value]
    if origin is dict:
        _, item = get_args(tp)
        if not isinstance(value, dict):
            raise TypeError
        return {str(k): _coerce(v, item) for k, v in value.items()}
    if tp is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if tp is int and isinstance(value, bool):
        raise TypeError
    if not isinstance(value, tp):
        raise TypeError
    return value


def _parse_scalar(text: str, tp: Any) -> Any:
    """Parse an environment variable or flag string into the field's type."""
    if tp is str:
        return text
    if tp is bool:
        if text.lower() in ("1", "true", "yes", "on"):
            return True
        if text.lower() in ("0", "false", "no", "off"):
            return False
        raise ValueError
    if tp is int:
        return int(text)
    if tp is float:
        return float(text)
    if get_origin(tp) is list:
        return [s.strip() for s in text.split(",") if s.strip()]
    raise ValueError


def _field_type(section: str, key: str) -> Any:
    return get_type_hints(SECTIONS[section])[key]


def _check_choice(dotted: str, value: Any, origin: str) -> None:
    choices = CHOICES.get(dotted)
    if choices and value not in choices:
        raise GcodeError(
            f"{origin}: {dotted} = {value!r} is not one of {', '.join(choices)}",
            hint=f"set {dotted} to one of: {', '.join(choices)}",
        )


def _check_range(dotted: str, value: Any, origin: str) -> None:
    low, high = RANGES.get(dotted, (None, None))
    if low is not None and high is not None and not low <= value <= high:
        raise GcodeError(f"{origin}: {dotted} = {value!r} is out of range",
                         hint=f"set {dotted} between {low:g} and {high:g}")


def check_value(dotted: str, value: Any, origin: str) -> None:
    """GcodeError when `value` is not one `dotted` may take (a choice, a range)."""
    _check_choice(dotted, value, origin)
    _check_range(dotted, value, origin)


def _apply(cfg: Config, dotted: str, value: Any, origin: str) -> None:
    check_value(dotted, value, origin)
    section, key = dotted.split(".", 1)
    setattr(getattr(cfg, section), key, value)


def read_toml(path: Path) -> dict[str, Any]:
    try:
        data: dict[str, Any] = tomllib.loads(read_config_text(path))
        return data
    except tomllib.TOMLDecodeError as exc:
        raise GcodeError(
            f"{path}: TOML syntax error: {exc}", hint="fix the file or move it aside"
        ) from None
    except RecursionError:  # `a = [[[[...` thousands deep: tomllib recurses
        raise GcodeError(f"{path}: nested too deeply", hint="fix the file or move it aside"
                         ) from None
    except UnicodeDecodeError as exc:
        raise GcodeError(
            f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})",
            hint="save the file as UTF-8 or move it aside",
        ) from None
    except OSError as exc:
        raise GcodeError(f"cannot read config file {path}: {exc.strerror}") from None


def file_settings(path: Path, data: dict[str, Any]) -> dict[str, Any]:
    """Every `section.key` of a parsed config file, validated and coerced to its type."""
    out: dict[str, Any] = {}
    for section, table in data.items():
        if section == "mcp_servers":  # not settings: servers (see apply_file)
            continue
        if section not in SECTIONS:
            raise GcodeError(
                f"{path}: unknown section [{section}]",
                hint=f"known sections: {', '.join(SECTIONS)}",
            )
        if not isinstance(table, dict):
            raise GcodeError(f"{path}: {section} must be a table ([{section}])")
        hints = get_type_hints(SECTIONS[section])
        for key, value in table.items():
            if f"{section}.{key}" in BOOL_STRINGS and isinstance(value, bool):
                value = "true" if value else "false"
            if key not in hints:
                raise GcodeError(
                    f"{path}: unknown key {section}.{key}",
                    hint=f"known keys in [{section}]: {', '.join(hints)}",
                )
            try:
                out[f"{section}.{key}"] = _coerce(value, hints[key])
            except TypeError:
                raise GcodeError(
                    f"{path}: {section}.{key} must be {_type_name(hints[key])}, "
                    f"got {type(value).__name__} {value!r}",
                    hint="see .gcode.example.toml for every setting and its type",
                ) from None
    return out


def apply_file(cfg: Config, path: Path, mcp_servers: bool = False) -> None:
    """Merge one TOML file into `cfg`, validating every key and type. Its `[mcp_servers]`
    are taken only when `mcp_servers` says this file may define them (the user's own file);
    a repository's are read through gcode.mcp_config.repo_mcp_servers, once it is trusted."""
    data = read_toml(path)
    for dotted, value in file_settings(path, data).items():
        _apply(cfg, dotted, value, str(path))
    if mcp_servers and "mcp_servers" in data:
        cfg.mcp_servers.update(parse_servers(data["mcp_servers"], str(path)))
    cfg.files.append(path)


def apply_overrides(cfg: Config, overrides: dict[str, Any], origin: str) -> None:
    """Apply dotted-key overrides (environment or flags); strings are parsed to the field type."""
    for dotted, value in overrides.items():
        if value is None:
            continue
        section, key = dotted.split(".", 1)
        tp = _field_type(section, key)
        if isinstance(value, str) and tp is not str:
            try:
                value = _parse_scalar(value, tp)
            except ValueError:
                raise GcodeError(
                    f"{origin}: {dotted} must be {_type_name(tp)}, got {value!r}"
                ) from None
        _apply(cfg, dotted, value, origin)


def load_config(
    repo_root: Path | None = None,
    flags: dict[str, Any] | None = None,
    environ: dict[str, str] | None = None,
    repo_trusted: bool = False,
) -> Config:
    """Build the effective configuration for a command run in `repo_root` (None outside a repo).

    The repository's `.gcode.toml` counts only when the user trusts the repository
    (`repo_trusted`), and even then only for the keys a repository may set (REPO_KEYS);
    what was left out, and why, is in `cfg.ignored`.
    """
    cfg = Config()
    user_file = user_config_path()
    if user_file.is_file():
        apply_file(cfg, user_file, mcp_servers=True)
    if repo_root is not None:
        repo_file = repo_config_path(repo_root)
        if repo_file.is_symlink():  # trust covers the file in the repository, not a link's target
            cfg.ignored.append(f"{repo_file.name} is ignored: it is a symbolic link; make it a "
                               "regular file to use it")
        elif repo_file.is_file():
            apply_repo_file(cfg, repo_file, repo_trusted)
    env: Mapping[str, str] = os.environ if environ is None else environ
    for var, dotted in ENV_VARS.items():
        if env.get(var):
            apply_overrides(cfg, {dotted: env[var]}, f"environment variable {var}")
    if env.get(MCP_CONFIG_VAR):
        cfg.mcp_servers.update(read_servers_file(Path(env[MCP_CONFIG_VAR]).expanduser()))
    if flags:
        apply_overrides(cfg, flags, "command line")
    return cfg


# -- what a repository may set --------------------------------------------------------------

# Keys a trusted repository's .gcode.toml may set: what the team shares about how to work
# here. Never credentials, where they are sent, what runs unasked, or where data is kept.
REPO_KEYS = frozenset({
    "model.name", "model.context_window", "model.timeout", "model.max_retries",
    "model.base_url",  # only to a server listed in your own [model] allowed_base_urls
    "agent.approval",  # only stricter than your own setting
    "agent.max_steps", "agent.shell_timeout", "agent.max_output_chars",
    "agent.instruction_files", "agent.max_instruction_chars",
    "learning.mode", "learning.token_budget", "learning.core_budget",
    "learning.relevance_floor", "learning.stores",
    "learning.custom_stores",  # runs the team's code: that is what trusting agrees to
    "embeddings.provider",  # only the offline ones: auto, hashing or e5
    "team.file", "team.auto_export", "team.auto_import",
})
_STRICTNESS = {mode: rank for rank, mode in enumerate(APPROVAL_MODES)}  # ask is the strictest


def _origin(url: str) -> str:
    from urllib.parse import urlsplit

    parts = urlsplit(url.strip())
    return f"{parts.scheme.lower()}://{(parts.netloc or '').lower()}{parts.path.rstrip('/')}"


def repo_refusal(cfg: Config, dotted: str, value: Any) -> str | None:
    """Why a trusted repository may not set `dotted` to `value` here (None: it may)."""
    if dotted not in REPO_KEYS:
        return "only your own config may set it"
    if dotted == "agent.approval" and _STRICTNESS.get(value, 99) > \
            _STRICTNESS.get(cfg.agent.approval, 0):
        return f"looser than your own approval mode ({cfg.agent.approval})"
    if dotted == "model.base_url" and _origin(str(value)) not in \
            {_origin(u) for u in cfg.model.allowed_base_urls}:
        return ("your API key would go to that server; list it in [model] allowed_base_urls "
                "of your own config to allow it")
    if dotted == "embeddings.provider" and value not in ("auto", "hashing", "e5"):
        return "it would send your learnings and key to a server; only auto, hashing or e5"
    return None


def apply_repo_file(cfg: Config, path: Path, trusted: bool) -> None:
    """Apply what a repository's config file may set; record the rest in `cfg.ignored`."""
    if not trusted:
        try:  # (its MCP servers get their own notice: gcode.mcp_config.repo_mcp_servers)
            keys = sorted(k for k in _flat_keys(read_toml(path))
                          if not k.startswith("mcp_servers."))
        except GcodeError as exc:
            cfg.ignored.append(f"{path.name} is ignored: this repository is not trusted, and "
                               f"the file cannot be read ({exc.message}) — fix it, review it, "
                               "then `gcode trust` to use its settings")
            return
        if not keys:  # nothing set (e.g. the commented-out file `gcode init` writes)
            return
        shown = ", ".join(keys[:12]) + (f" and {len(keys) - 12} more" if len(keys) > 12 else "")
        cfg.ignored.append(f"{path.name} is ignored: this repository is not trusted ({shown})"
                           " — review it, then `gcode trust` to use its settings")
        return
    for dotted, value in file_settings(path, read_toml(path)).items():
        check_value(dotted, value, str(path))
        reason = repo_refusal(cfg, dotted, value)
        if reason:
            cfg.ignored.append(f"{path.name}: {dotted} ignored: {reason}")
        else:
            _apply(cfg, dotted, value, str(path))
    cfg.files.append(path)


def _flat_keys(data: dict[str, Any], prefix: str = "") -> list[str]:
    keys = []
    for key, value in data.items():
        if isinstance(value, dict) and not prefix:
            keys.extend(_flat_keys(value, f"{key}."))
        else:
            keys.append(f"{prefix}{key}")
    return keys


def require_model(config: Config) -> None:
    """Raise the friendly first-run message when no model is configured."""
    if not config.model.name:
        raise GcodeError(
            "no model configured",
            hint="set GCODE_MODEL (and OPENAI_API_KEY, or OPENAI_BASE_URL for a local server "
                 "such as Ollama: OPENAI_BASE_URL=http://localhost:11434/v1 GCODE_MODEL=llama3.1), "
                 "or [model] name in ~/.config/gcode/config.toml",
        )
