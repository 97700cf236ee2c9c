"""Find and redact secrets before anything is stored or exported.

gcode persists learnings, decision logs and transcripts in SQLite and exports
team learnings to a committed file, so a pasted API key must never reach disk
or git. Detection is deliberately *contextual* rather than entropy-based: a
value is a secret when it has a known provider shape (``sk-``, ``ghp_``,
``AKIA``...), sits in a credential slot (URL userinfo, ``Authorization``
header, ``--password`` flag) or is assigned to a key-like name
(``DATABASE_PASSWORD=...``, ``"api_key": "..."``). A generic entropy rule would
flag git SHAs, UUIDs and hashes that fill ordinary developer notes.

Only the secret *value* is replaced, so the text stays readable:
``export OPENAI_API_KEY=[REDACTED]``. Redaction is idempotent and
``contains_secret(redact(x))`` is always False.

Pure stdlib ``re``; all patterns are compiled at import time (startup matters
for a CLI).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

__all__ = [
    "KINDS",
    "REDACTED",
    "Finding",
    "contains_secret",
    "find_secrets",
    "redact",
    "redact_obj",
]

REDACTED = "[REDACTED]"


@dataclass(frozen=True)
class Finding:
    """One secret value in a text: ``text[start:end]`` is what gets replaced."""

    kind: str
    start: int
    end: int


_Span = tuple[int, int] | None

# --------------------------------------------------------------------------------------
# Classifying names: is `NAME` in `NAME=value` / `--name value` / `"name": value` a
# credential slot?
# --------------------------------------------------------------------------------------

_NONE, _WEAK, _STRONG = 0, 1, 2

# fmt: off
# A segment equal to one of these makes the slot a credential.
_STRONG_WORDS = frozenset(
    {
        "password", "passwd", "pwd", "pass", "passphrase", "passcode", "secret",
        "token", "apikey", "credential", "credentials", "creds", "privatekey",
        "accesskey", "secretkey", "sessionkey", "authtoken",
    }
)
# A segment ending in one of these (e.g. PGPASSWORD, csrftoken, clientsecret).
_STRONG_SUFFIXES = (
    "password", "passwd", "passphrase", "secret", "token", "apikey", "accesskey",
    "secretkey", "privatekey", "storepass", "keypass",
)
# `<qualifier>_key` is a credential (API_KEY, SECRET_KEY, ENCRYPTION_KEY); a bare
# `*_key` (SORT_KEY, CACHE_KEY) only when its value looks random.
_KEY_QUALIFIERS = frozenset(
    {
        "api", "access", "secret", "private", "signing", "sign", "encryption", "encrypt",
        "master", "client", "app", "application", "service", "account", "license",
        "licence", "session", "webhook", "auth", "admin", "deploy", "jwt", "hmac",
        "fernet", "crypt", "crypto", "cipher", "aes", "consumer", "subscription",
        "shared", "x", "ingest", "write", "read", "server", "secure", "decryption",
    }
)
# Segments that only count when the value looks random (AUTH=..., SOME_KEY=...).
_WEAK_WORDS = frozenset({"key", "auth", "authorization", "pat", "cookie", "salt", "dsn"})
# Last segments that describe *something about* a secret, not the secret itself.
_NON_SECRET_LAST = frozenset(
    {
        "file", "files", "path", "paths", "dir", "directory", "folder", "url", "uri", "urls",
        "endpoint", "host", "hostname", "port", "name", "names", "id", "ids", "arn",
        "length", "len", "size", "count", "counter", "limit", "limits", "budget", "max",
        "min", "ttl", "expiry", "expires", "expiration", "timeout", "lifetime", "age",
        "type", "types", "kind", "env", "var", "variable", "header", "field", "param",
        "enabled", "disabled", "enable", "disable", "required", "policy", "regex",
        "pattern", "rotation", "prefix", "suffix", "format", "parallelism", "mode",
        "version", "stdin", "cmd", "command", "reset", "location", "source", "provider",
        "method", "scheme", "strategy", "hint", "label", "prompt", "placeholder", "help",
        "description", "desc", "message", "msg", "error", "errors", "validation",
        "validator", "rule", "rules", "usage", "index", "encoding", "algorithm", "alg",
        "algo", "store", "manager", "helper", "backend", "cache", "class", "module",
        "service", "client", "handler", "fn", "func", "callback", "level", "strength",
        "complexity", "check", "verify", "validate", "exists", "set", "present",
        "configured", "loaded", "missing", "ref", "refs", "keys",
        "interval", "days", "hours", "seconds", "secs", "ms", "at", "on", "by",
        "form", "input", "page", "view", "screen", "dialog", "route", "link",
        "template", "test", "tests", "spec", "util", "utils", "lib", "py", "ts", "js",
    }
)
# First segments that negate or describe (--no-password, --ask-vault-pass, MAX_TOKEN).
_NON_SECRET_FIRST = frozenset(
    {
        "no", "ask", "prompt", "use", "skip", "show", "hide", "forgot", "forget", "reset",
        "change", "require", "requires", "disable", "enable", "allow", "is", "has",
        "should", "max", "min", "num", "with", "without", "read", "generate", "gen",
        "rotate", "new", "validate", "verify", "check", "save", "store", "print",
    }
)

# fmt: on

_SEGMENT_RE = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+")


@lru_cache(maxsize=4096)
def _name_level(name: str) -> int:
    """How strongly `name` says its value is a credential (_NONE/_WEAK/_STRONG)."""
    segs = [s.lower() for s in _SEGMENT_RE.findall(name)]
    if not segs:
        return _NONE
    if segs[0] in _NON_SECRET_FIRST and len(segs) > 1:
        return _NONE

    def strong(i: int) -> bool:
        s = segs[i]
        if s in _STRONG_WORDS or s.endswith(_STRONG_SUFFIXES):
            return True
        return s == "key" and i > 0 and segs[i - 1] in _KEY_QUALIFIERS

    last = len(segs) - 1
    if strong(last):
        return _STRONG
    if segs[last] in _NON_SECRET_LAST:
        return _NONE
    if any(strong(i) for i in range(last)) or segs[last] in _WEAK_WORDS:
        return _WEAK
    return _NONE


# --------------------------------------------------------------------------------------
# Judging values: placeholders, references and code are not secrets.
# --------------------------------------------------------------------------------------

# fmt: off
_PLACEHOLDERS = frozenset(
    {
        "true", "false", "yes", "no", "on", "off", "none", "null", "nil", "undefined",
        "empty", "required", "optional", "str", "string", "int", "integer", "bool",
        "boolean", "bytes", "any", "secretstr", "text", "number", "object", "password",
        "passwd", "pass", "pwd", "secret", "token", "key", "apikey", "api_key", "auth",
        "credentials", "changeme", "change_me", "change-me", "changeit", "replaceme",
        "replace_me", "replace-me", "example", "sample", "dummy", "fake", "placeholder",
        "redacted", "hidden", "masked", "todo", "tbd", "fixme", "test", "foo", "bar",
        "baz", "secret123", "password123", "mypassword", "mysecret", "mytoken", "xxx",
        "inherit", "bearer", "basic", "value", "default", "unset", "omitted", "env",
    }
)
# fmt: on
_PLACEHOLDER_RE = re.compile(
    r"""^(?:[x*.\-_#?•]+|<.*>|\{.*\}|\[.*\]|\(.*\))$
      | (?:xxxx|\.\.\.|…|your[_\-]?|<your|change[_\-]?me|replace[_\-]?me|example|placeholder)
    """,
    re.IGNORECASE | re.VERBOSE,
)
# fmt: off
_REFERENCE_PREFIXES = (
    "$", "%", "{{", "#{", "!", "op://", "arn:", "vault:", "env:", "env.", "ENV[",
    "process.env", "os.environ", "os.getenv", "secrets.", "ssm:", "sm://", "keyring:",
    "@Value", "@env", "<%",
)
# fmt: on
_IDENT_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
# Attribute access in code (settings.SECRET_KEY, self.token); digits inside make it a token.
_DOTTED_IDENT_RE = re.compile(r"[A-Za-z_]+[0-9]?(?:\.[A-Za-z_]+[0-9]?)+")
_PATH_RE = re.compile(r"(?:~|\.\.?)?/[\w.@%+-]*(?:/[\w.@%+-]*)*|[A-Za-z]:\\[^\s]*")
_FILE_RE = re.compile(
    r"[\w./-]+\.(?:json|ya?ml|toml|ini|env|txt|pem|key|p12|pfx|crt|cer|cfg|conf|gpg|asc|py|"
    r"js|ts|sh|md|csv|db|sqlite|log|xml|html)",
    re.IGNORECASE,
)
_UUID_RE = re.compile(
    r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
)
_HEX40_RE = re.compile(r"[0-9a-f]{40}|[0-9a-f]{7,12}")
_RANDOM_CHARS_RE = re.compile(r"[A-Za-z0-9+/=_\-.~:]+")
_NUM_UNIT_RE = re.compile(r"\d+[-_]?[A-Za-z]+|v?\d+(?:\.\d+)+(?:[-+][\w.]+)?")


def _has_digit_and_letter(v: str) -> bool:
    return any(c.isdigit() for c in v) and any(c.isalpha() for c in v)


def _tokenish(v: str, min_len: int = 8) -> bool:
    """Looks like a machine-made token rather than a word: digits+letters or long mixed case."""
    if len(v) < min_len:
        return False
    if _has_digit_and_letter(v):
        return not _NUM_UNIT_RE.fullmatch(v)
    return len(v) >= 20 and any(c.isupper() for c in v) and any(c.islower() for c in v)


def _looks_random(v: str) -> bool:
    """Stricter than _tokenish, for weak slots like `CACHE_KEY`: no ids, hashes or paths."""
    if not _RANDOM_CHARS_RE.fullmatch(v) or not _tokenish(v, 12):
        return False
    if _UUID_RE.fullmatch(v) or _HEX40_RE.fullmatch(v) or _FILE_RE.fullmatch(v):
        return False
    return not ("/" in v and _PATH_RE.fullmatch(v))


def _is_placeholder(v: str) -> bool:
    low = v.lower()
    if low in _PLACEHOLDERS or "redacted" in low or len(set(low)) == 1:
        return True
    if _PLACEHOLDER_RE.search(v):
        return True
    return v.startswith(_REFERENCE_PREFIXES) or "${" in v or "{{" in v or "$(" in v


def _is_name_like(v: str) -> bool:
    """`token=access_token`, `Bearer API_KEY`: the value is a variable, not a secret."""
    if not _IDENT_RE.fullmatch(v) or any(c.isdigit() for c in v):
        return False
    return (v.islower() or v.isupper()) and _name_level(v) > _NONE


def _is_pathish(v: str) -> bool:
    if _FILE_RE.fullmatch(v):
        return True
    if not _PATH_RE.fullmatch(v):
        return False
    return v[0] in "~." or v.count("/") >= 2 or "." in v.rsplit("/", 1)[-1] or v[1:2] == ":"


def _value_is_secret(
    v: str, level: int, *, unquoted: bool, after: str = "", min_len: int = 3
) -> bool:
    """Decide whether `v`, found in a slot of the given strength, is a real secret."""
    if level == _NONE or len(v) < min_len or _is_placeholder(v) or _is_name_like(v):
        return False
    code = (
        any(c in v for c in "([{") or after[:1] in ("(", "[", ".") or _DOTTED_IDENT_RE.fullmatch(v)
    )
    if unquoted and code:
        return False  # code: get_password(), os.environ[...], settings.SECRET_KEY
    if _is_pathish(v):
        return False
    if level == _STRONG:
        return True
    return _looks_random(v)


def _inner(m: re.Match[str], group: str) -> tuple[int, int, str, bool]:
    """Span and text of `group` without surrounding quotes; bool says it was unquoted."""
    s, e = m.span(group)
    v = m.group(group)
    if len(v) >= 2 and v[0] == v[-1] and v[0] in "\"'`":
        return s + 1, e - 1, v[1:-1], False
    return s, e, v, True


# --------------------------------------------------------------------------------------
# Detectors. Speed note: CPython's `re` scans fast only for patterns that begin with a
# literal, so every whole-text pattern below starts with one and word-boundary checks
# are done in Python (`_bounded`). Name-based slots (NAME=value, --flag value, prose)
# are anchored on trigger words found with str.find in a lowered copy of the text.
# --------------------------------------------------------------------------------------

# Kinds in priority order: when findings overlap they merge, and the most specific
# kind (lowest index) names the merged span.
# fmt: off
KINDS: tuple[str, ...] = (
    "private-key", "jwt", "anthropic-key", "openai-key", "stripe-key", "aws-access-key",
    "aws-secret-key", "github-token", "gitlab-token", "slack-token", "slack-webhook",
    "google-api-key", "npm-token", "huggingface-token", "pypi-token", "sendgrid-key",
    "url-password", "bearer", "auth-header", "flag-secret", "env-assignment",
    "config-secret", "prose-secret",
)
# fmt: on
_PRIO = {k: i for i, k in enumerate(KINDS)}

_Found = tuple[int, int, str]
_TOKEN_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
_NAME_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-")


def _bounded(text: str, start: int, chars: frozenset[str] = _TOKEN_CHARS) -> bool:
    """True if `start` begins a token (the char before it is not part of one)."""
    return start == 0 or text[start - 1] not in chars


# Provider prefixes (ghp_, xoxb-, AKIA, ...) are unmistakable: only a letter or digit
# right before one means it is the middle of another word. A dash or underscore does not
# (`--ghp_...` pasted as an option is still a token).
_ALNUM_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")


def _whole(m: re.Match[str]) -> _Span:
    return m.span() if _bounded(m.string, m.start(), _ALNUM_CHARS) else None


def _mixed_body(m: re.Match[str]) -> _Span:
    """`sk-` bodies must mix digits and letters: `sk-learn-compatible-estimators` is prose."""
    return (
        m.span()
        if _bounded(m.string, m.start()) and _has_digit_and_letter(m.group("body"))
        else None
    )


def _mixed_case(m: re.Match[str]) -> _Span:
    body = m.group("body")
    ok = any(c.isupper() for c in body) and any(c.islower() for c in body)
    return m.span() if ok and _bounded(m.string, m.start()) else None


def _aws_id(m: re.Match[str]) -> _Span:
    s, e = m.span()
    t = m.string
    if (s and (t[s - 1].isupper() or t[s - 1].isdigit())) or (
        e < len(t) and (t[e].isupper() or t[e].isdigit())
    ):
        return None
    return s, e


def _group_v(m: re.Match[str]) -> _Span:
    return m.span("v")


def _low_bar(m: re.Match[str]) -> _Span:
    """Credential slots that are unambiguous (URL userinfo, mysql -p, curl -u)."""
    s, e, v, _ = _inner(m, "v")
    return (s, e) if _value_is_secret(v, _STRONG, unquoted=False, min_len=1) else None


# (kind, pattern, extract) run over the whole text; every pattern starts with a literal.
_TEXT_RULES: tuple[tuple[str, re.Pattern[str], Callable[[re.Match[str]], _Span]], ...] = (
    ("jwt", re.compile(r"eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}(?:\.[A-Za-z0-9_-]+)?"), _whole),
    ("anthropic-key", re.compile(r"sk-ant-[A-Za-z0-9_-]{20,}"), _whole),
    (
        "openai-key",
        re.compile(r"sk-(?!ant-)(?:proj-|svcacct-|admin-|None-)?(?P<body>[A-Za-z0-9_-]{20,})"),
        _mixed_body,
    ),
    ("stripe-key", re.compile(r"[sr]k_(?:live|test)_[A-Za-z0-9]{16,}"), _whole),
    ("stripe-key", re.compile(r"whsec_[A-Za-z0-9]{24,}"), _whole),
    ("aws-access-key", re.compile(r"A(?:KIA|SIA|BIA|CCA)[A-Z0-9]{16}"), _aws_id),
    ("github-token", re.compile(r"gh[pousr]_[A-Za-z0-9]{30,255}"), _whole),
    ("github-token", re.compile(r"github_pat_[A-Za-z0-9_]{30,255}"), _whole),
    ("gitlab-token", re.compile(r"gl(?:pat|dt|rt|ptt)-[A-Za-z0-9_-]{20,}"), _whole),
    (
        "slack-token",
        re.compile(r"x(?:ox[abposre]-[A-Za-z0-9-]{10,}|app-\d-[A-Za-z0-9-]{10,})"),
        _whole,
    ),
    (
        "slack-webhook",
        re.compile(r"hooks\.slack\.com/(?:services|workflows|triggers)/(?P<v>[A-Za-z0-9/_-]{10,})"),
        _group_v,
    ),
    ("google-api-key", re.compile(r"AIza[0-9A-Za-z_-]{35}"), _whole),
    ("npm-token", re.compile(r"npm_[A-Za-z0-9]{36}"), _whole),
    ("huggingface-token", re.compile(r"hf_(?P<body>[A-Za-z]{30,})"), _mixed_case),
    ("pypi-token", re.compile(r"pypi-AgE[A-Za-z0-9_-]{50,}"), _whole),
    ("sendgrid-key", re.compile(r"SG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}"), _whole),
    # scheme://user:PASSWORD@host — the scheme itself needs no checking.
    (
        "url-password",
        re.compile(r"://[^:/?#@\s\"'<>]*:(?P<v>[^@/?#\s\"'<>]+)@(?=[\w\[.-])"),
        _low_bar,
    ),
    (
        "flag-secret",
        re.compile(
            r"(?:mysql|mariadb)[a-z]*\b[^\n|;&]*?[ \t]-p"
            r"(?P<v>[^\s\"'-][^\s\"']*|\"[^\"\n]+\"|'[^'\n]+')"
        ),
        _low_bar,
    ),
    (
        "flag-secret",
        re.compile(r"sshpass[ \t]+-p[ \t]*(?P<v>\S+)"),
        _low_bar,
    ),
    (  # docker/podman/helm/az/cf/oc login ... -p PASS (the short flag)
        "flag-secret",
        re.compile(r"(?:docker|podman|nerdctl|buildah|skopeo|helm|oras|crane|az|cf|oc)"
                   r"(?:[ \t]+registry)?[ \t]+login\b[^\n|;&]*?[ \t]-p[ \t]+"
                   r"(?P<v>\"[^\"\n]+\"|'[^'\n]+'|[^\s\"'-][^\s\"']*)"),
        _low_bar,
    ),
    (
        "flag-secret",
        re.compile(r"redis-cli\b[^\n|;&]*?[ \t]-a[ \t]+"
                   r"(?P<v>\"[^\"\n]+\"|'[^'\n]+'|[^\s\"'-][^\s\"']*)"),
        _low_bar,
    ),
    (
        "flag-secret",
        re.compile(r"curl\b[^\n|;&]*?[ \t](?:-u|--user)[ \t]+[\"']?[^\s:\"']+:(?P<v>[^\s\"']+)"),
        _low_bar,
    ),
)


# Case-insensitive header-ish rules, matched only where their anchor word occurs.
_BEARER_RE = re.compile(r"bearer[ \t]+(?P<v>[A-Za-z0-9\-._~+/]{8,}=*)", re.IGNORECASE)
_AUTH_HEADER_RE = re.compile(
    r"authorization[\"']?[ \t]*[:=][ \t]*[\"']?"
    r"(?:(?:bearer|basic|token|bot|apikey|api-key|sso-key|key|jwt|digest)[ \t]+)?"
    r"(?P<v>[^\s\"',;]+)",
    re.IGNORECASE,
)
_AWS_SECRET_RE = re.compile(
    r"secret[ _]?access[ _]?key[\"']?[ \t]*(?:[:=]|[ \t])[ \t]*[\"']?"
    r"(?P<v>[A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])",
    re.IGNORECASE,
)

# Name-based slots. A credential-like name always contains one of these (see _name_level).
_TRIGGERS = (
    "pass",
    "pwd",
    "secret",
    "token",
    "key",
    "auth",
    "cred",
    "cookie",
    "salt",
    "dsn",
    "pat",
)
_VALUE = r"(?P<v>\"(?:[^\"\\\n]|\\.)*\"|'[^'\n]*'|`[^`\n]*`|[^\s\"'`,;&|<>(){}\[\]]+)"
_ASSIGN_RE = re.compile(
    r"(?P<q>[\"']?)(?P<name>[A-Za-z_][A-Za-z0-9_.\-]{0,80})(?P=q)[ \t]*"
    r"(?P<sep>=>|:=|=(?![=~>])|:(?![:=/]))[ \t]*" + _VALUE
)
_FLAG_RE = re.compile(
    r"(?P<flag>--?[A-Za-z][A-Za-z0-9_-]{2,})(?P<sep>=|[ \t]+)"
    r"(?P<v>\"[^\"\n]*\"|'[^'\n]*'|[^\s\"'`;|&)<>]+)"
)
_SET_PREFIX_RE = re.compile(r"(?:^|[\s;&|(])(?:set|setenv|ENV)[ \t]+(?:-[A-Za-z]+[ \t]+)*\Z")
_SET_TAIL_RE = re.compile(
    r"(?P<name>[A-Z_][A-Z0-9_]*)[ \t]+(?P<v>\"[^\"\n]*\"|'[^'\n]*'|[^\s\"'`;|&]+)"
)
_XML_RE = re.compile(r"<(?P<name>[A-Za-z_][\w.-]{0,60})>(?P<v>[^<>\s]{1,500})</(?P=name)>")
_PROSE_RE = re.compile(
    r"(?P<name>[A-Za-z_][A-Za-z0-9_.\-]{0,60})(?:[ \t]+(?:is|was)[ \t]*:?|[ \t]*:)[ \t]+"
    r"[\"'`]?(?P<v>[^\s\"'`]+)",
    re.IGNORECASE,
)
_PREV_WORD_RE = re.compile(r"([A-Za-z]+)[ \t]+\Z")
_PK_BEGIN_RE = re.compile(r"-----BEGIN[A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----")
_PK_END_RE = re.compile(r"-----END[A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----")
# A block whose END line is missing (truncated output): header lines, then base64 runs.
_PK_TRUNCATED_RE = re.compile(
    r"(?:\\n|\s)*(?:[A-Za-z][A-Za-z-]*:[^\n]*(?:\n|\\n))*(?:[A-Za-z0-9+/=]{16,}(?:\\n|\s)*)*"
)
_UPPER_RE = re.compile(r"[A-Z]+")


def _assignment(m: re.Match[str]) -> _Found | None:
    level = _name_level(m.group("name"))
    if level == _NONE:
        return None
    s, e, v, unquoted = _inner(m, "v")
    text = m.string
    after = text[m.end("v") : m.end("v") + 1]
    colon = m.group("sep") != "="
    if unquoted and colon:
        # `password: hunter2` must end the line / item; `Password: ask Bob` is prose.
        rest = text[m.end("v") : m.end("v") + 80].lstrip(" \t")
        if rest and rest[0] not in "\r\n#,;}]\"'`":
            return None
    if not _value_is_secret(v, level, unquoted=unquoted, after=after):
        return None
    kind = "config-secret" if (colon or m.group("q")) else "env-assignment"
    return s, e, kind


def _flag(m: re.Match[str]) -> _Span:
    level = _name_level(m.group("flag").lstrip("-"))
    if level == _NONE:
        return None
    s, e, v, unquoted = _inner(m, "v")
    if m.group("sep") != "=" and (
        v.startswith("-") or _FILE_RE.fullmatch(v) or (unquoted and v.isalpha() and v.islower())
    ):
        return None  # `--ask-pass site.yml`, `--token -v`, "the --password flag is ..."
    after = m.string[m.end("v") : m.end("v") + 1]
    return (s, e) if _value_is_secret(v, level, unquoted=unquoted, after=after) else None


def _plain_slot(m: re.Match[str]) -> _Span:
    """`set NAME value` and `<name>value</name>`: same value rules as assignments."""
    level = _name_level(m.group("name"))
    s, e, v, unquoted = _inner(m, "v")
    if unquoted and v.startswith("-"):
        return None  # `gh secret set NAME --repo x`
    return (s, e) if _value_is_secret(v, level, unquoted=unquoted) else None


def _prose(m: re.Match[str]) -> _Span:
    """`the staging password is Xy7kLm2p`: only strong names and token-looking values."""
    name = m.group("name")
    level = _name_level(name)
    if level != _STRONG:
        prev = _PREV_WORD_RE.search(m.string, max(0, m.start() - 30), m.start())
        if not prev or _name_level(prev.group(1) + "_" + name) != _STRONG:
            return None  # "the key is 3AA5C3..." (gpg id) vs "the api key is ..."
    s, e = m.span("v")
    v = m.group("v")
    stripped = v.rstrip(".,;:!?)'\"`")
    e -= len(v) - len(stripped)
    v = stripped
    if not _tokenish(v, 6) or _is_placeholder(v) or _is_pathish(v) or _FILE_RE.fullmatch(v):
        return None
    if _DOTTED_IDENT_RE.fullmatch(v) or _is_name_like(v):
        return None
    return s, e


def _lowered(text: str) -> str:
    """Lower-case copy with the same indices as `text` (str.lower may lengthen non-ASCII)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return _UPPER_RE.sub(lambda m: m.group().lower(), text)


def _find_all(haystack: str, needle: str) -> list[int]:
    out = []
    i = haystack.find(needle)
    while i != -1:
        out.append(i)
        i = haystack.find(needle, i + 1)
    return out


def _private_keys(text: str, out: list[_Found]) -> None:
    if "PRIVATE KEY" not in text:
        return
    ends = [m.end() for m in _PK_END_RE.finditer(text)]
    pos = 0
    for m in _PK_BEGIN_RE.finditer(text):
        if m.start() < pos:
            continue
        k = bisect_right(ends, m.end())
        if k < len(ends):
            end = ends[k]
        else:  # no END line: take what looks like the key body
            body = _PK_TRUNCATED_RE.match(text, m.end())
            end = m.end() + (len(body.group()) if body else 0)
            while end > m.end() and (text[end - 1].isspace() or text[end - 2 : end] == "\\n"):
                end -= 2 if text[end - 2 : end] == "\\n" else 1
        out.append((m.start(), end, "private-key"))
        pos = end


def _anchored(text: str, low: str, out: list[_Found]) -> None:
    """Header-ish rules (case-insensitive), tried only where their anchor word occurs."""
    if "bearer" in low:
        for i in _find_all(low, "bearer"):
            if _bounded(text, i):
                m = _BEARER_RE.match(text, i)
                if m:
                    v = m.group("v")
                    if _tokenish(v) and not _is_placeholder(v) and not _is_name_like(v):
                        out.append((m.start("v"), m.end("v"), "bearer"))
    if "authorization" in low:
        for i in _find_all(low, "authorization"):
            if i and text[i - 1].isalnum():
                continue
            m = _AUTH_HEADER_RE.match(text, i)
            if m:
                s, e, v, _ = _inner(m, "v")
                if (
                    len(v) >= 6
                    and not (v.isalpha() and v.islower())
                    and not _is_placeholder(v)
                    and not _is_name_like(v)
                ):
                    out.append((s, e, "auth-header"))
    if "access" in low:
        for i in _find_all(low, "secret"):
            m = _AWS_SECRET_RE.match(text, i)
            if m:
                out.append((m.start("v"), m.end("v"), "aws-secret-key"))


def _named_slots(text: str, low: str, out: list[_Found]) -> None:
    """NAME=value, "name": value, --name value, set NAME value, <name>v</name>, prose."""
    starts: set[int] = set()
    for word in _TRIGGERS:
        i = low.find(word)
        while i != -1:
            s = i
            while s > 0 and text[s - 1] in _NAME_CHARS:
                s -= 1
            starts.add(s)
            e = i + len(word)
            while e < len(text) and text[e] in _NAME_CHARS:
                e += 1
            i = low.find(word, e)
    for s in sorted(starts):
        if text[s] == "-":
            m = _FLAG_RE.match(text, s)
            span = _flag(m) if m else None
            if span:
                out.append((span[0], span[1], "flag-secret"))
            continue
        before = text[s - 1] if s else ""
        m = None
        if before in ('"', "'"):
            m = _ASSIGN_RE.match(text, s - 1)
            if m and not m.group("q"):
                m = None
        m = m or _ASSIGN_RE.match(text, s)
        found = _assignment(m) if m else None
        if found:
            out.append(found)
            continue
        if before == "<":
            m = _XML_RE.match(text, s - 1)
            span = _plain_slot(m) if m else None
            if span:
                out.append((span[0], span[1], "config-secret"))
                continue
        if before in (" ", "\t") and _SET_PREFIX_RE.search(text, max(0, s - 40), s):
            m = _SET_TAIL_RE.match(text, s)
            span = _plain_slot(m) if m else None
            if span:
                out.append((span[0], span[1], "env-assignment"))
                continue
        m = _PROSE_RE.match(text, s)
        span = _prose(m) if m else None
        if span:
            out.append((span[0], span[1], "prose-secret"))


def _raw_findings(text: str) -> list[_Found]:
    out: list[_Found] = []
    _private_keys(text, out)
    for kind, pattern, extract in _TEXT_RULES:
        for m in pattern.finditer(text):
            span = extract(m)
            if span is not None and span[1] > span[0]:
                out.append((span[0], span[1], kind))
    low = _lowered(text)
    _anchored(text, low, out)
    _named_slots(text, low, out)
    return [f for f in out if f[1] > f[0]]


def find_secrets(text: str) -> list[Finding]:
    """All secret values in `text`, sorted by start, overlapping hits merged.

    Overlaps (e.g. ``OPENAI_API_KEY=sk-...`` hit by both the key-shape and the
    assignment rule) merge into one span so nothing leaks at the edges; the most
    specific rule names the kind.
    """
    if not text:
        return []
    raw = _raw_findings(text)
    if not raw:
        return []
    raw.sort(key=lambda f: (f[0], -f[1]))
    merged: list[list[Any]] = []
    for s, e, kind in raw:
        if merged and s < merged[-1][1]:
            cur = merged[-1]
            cur[1] = max(cur[1], e)
            if _PRIO[kind] < _PRIO[cur[2]]:
                cur[2] = kind
        else:
            merged.append([s, e, kind])
    return [Finding(kind, s, e) for s, e, kind in merged]


def _replace(text: str, findings: list[Finding]) -> str:
    parts: list[str] = []
    pos = 0
    for f in findings:
        parts.append(text[pos : f.start])
        parts.append(REDACTED)
        pos = f.end
    parts.append(text[pos:])
    return "".join(parts)


def redact(text: str) -> str:
    """`text` with every secret value replaced by REDACTED; names, flags and hosts kept.

    Re-scans until nothing is found, so the result is a fixed point: a value glued to a
    secret (``-----END ... KEY-----sk-...``) only becomes a token once its neighbour is
    replaced, and ``redact(redact(x)) == redact(x)`` must hold for stored text.
    """
    for _ in range(4):
        findings = find_secrets(text)
        if not findings:
            break
        text = _replace(text, findings)
    return text


def contains_secret(text: str) -> bool:
    """True if `text` holds anything `redact` would replace."""
    return bool(find_secrets(text))


def redact_obj(obj: Any) -> Any:
    """Recursively redact every str in dicts/lists/tuples (JSON evidence, tool-call args).

    Dict keys are kept as they are, but a key-like key makes its string value a
    secret even without context: ``{"password": "hunter2"}`` -> ``{"password": "[REDACTED]"}``.
    Other values (numbers, None, bytes, objects) are returned unchanged.
    """
    if isinstance(obj, str):
        return redact(obj)
    if isinstance(obj, dict):
        out = {}
        for k, v in obj.items():
            if isinstance(k, str) and isinstance(v, str) and "\n" not in v:
                level = _name_level(k)
                if level and _value_is_secret(v.strip(), level, unquoted=False):
                    out[k] = REDACTED
                    continue
            out[k] = redact_obj(v)
        return out
    if isinstance(obj, list):
        return [redact_obj(v) for v in obj]
    if isinstance(obj, tuple):
        items = [redact_obj(v) for v in obj]
        return type(obj)(*items) if hasattr(obj, "_fields") else tuple(items)  # namedtuple
    return obj
