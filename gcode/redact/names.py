"""Is this name a credential slot, and is this value a real secret?

Shared by the slot detectors (``NAME=value``, ``--flag value``) and the prose
detector: both find a *name* and a *value*, and the verdict depends on both.
A generic entropy rule would flag the git SHAs, UUIDs and digests that fill
developer notes, so the name says whether to look and the value must not be a
placeholder, reference, path or piece of code.
"""

from __future__ import annotations

import re
from functools import lru_cache

# (start, end, kind): one raw hit before overlapping hits are merged.
Found = tuple[int, int, str]

NONE, WEAK, STRONG = 0, 1, 2

# fmt: off
# A segment equal to one of these makes the slot a credential.
_STRONG_WORDS = frozenset(
    {
        "password", "passwd", "pwd", "pw", "pass", "passphrase", "passcode", "secret",
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
def name_level(name: str) -> int:
    """How strongly `name` says its value is a credential (NONE/WEAK/STRONG)."""
    segs = [s.lower() for s in _SEGMENT_RE.findall(name)]
    if not segs:
        return NONE
    if segs[0] in _NON_SECRET_FIRST and len(segs) > 1:
        return NONE
    if segs[0] == "bundle" and "__" in name:
        return STRONG  # Bundler's BUNDLE_GEMS__EXAMPLE__COM=user:pass (gitleaks sidekiq-secret)

    def strong(i: int) -> bool:
        s = segs[i]
        if s in _STRONG_WORDS or s.endswith(_STRONG_SUFFIXES):
            return True
        return s == "key" and i > 0 and segs[i - 1] in _KEY_QUALIFIERS

    last = len(segs) - 1
    if strong(last):
        return STRONG
    if segs[last] in _NON_SECRET_LAST:
        return NONE
    if any(strong(i) for i in range(last)) or segs[last] in _WEAK_WORDS:
        return WEAK
    return NONE


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
DOTTED_IDENT_RE = re.compile(r"[A-Za-z_]+[0-9]?(?:\.[A-Za-z_]+[0-9]?)+")
_PATH_RE = re.compile(r"(?:~|\.\.?)?/[\w.@%+-]*(?:/[\w.@%+-]*)*|[A-Za-z]:\\[^\s]*")
FILE_RE = re.compile(
    r"[\w./-]+\.(?:json|ya?ml|toml|ini|env|txt|pem|key|p12|pfx|crt|cer|cfg|conf|gpg|asc|py|"
    r"js|ts|sh|md|csv|db|sqlite|log|xml|html)",
    re.IGNORECASE,
)
_UUID_RE = re.compile(
    r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
)
_HEX40_RE = re.compile(r"[0-9a-f]{40}|[0-9a-f]{7,12}")
_RANDOM_CHARS_RE = re.compile(r"[A-Za-z0-9+/=_\-.~:]+")
_SEPARATORS_RE = re.compile(r"[:._/-]")
# 2024-06-11, 10:30:00, 12/12, 10.0.0.1: dates, times, ratios and addresses.
_NUMERIC_RE = re.compile(r"\d+(?:[/.:-]\d+)+")
# An unquoted value that is a keyword is code: `token = await fetchToken()`.
_CODE_WORDS = frozenset(
    {"await", "new", "yield", "lambda", "function", "async", "typeof", "require", "import",
     "this", "self", "return", "not", "static", "const", "let", "var", "def"}
)  # fmt: skip
NUM_UNIT_RE = re.compile(r"\d+[-_]?[A-Za-z]+|v?\d+(?:\.\d+)+(?:[-+][\w.]+)?|v\d+")


def has_digit_and_letter(v: str) -> bool:
    return any(c.isdigit() for c in v) and any(c.isalpha() for c in v)


def tokenish(v: str, min_len: int = 8) -> bool:
    """Looks like a machine-made token rather than a word: digits+letters or long mixed case."""
    if len(v) < min_len:
        return False
    if has_digit_and_letter(v):
        return not NUM_UNIT_RE.fullmatch(v)
    return len(v) >= 20 and any(c.isupper() for c in v) and any(c.islower() for c in v)


def looks_random(v: str) -> bool:
    """Stricter than tokenish, for weak slots like `CACHE_KEY`: no ids, hashes or paths."""
    if not _RANDOM_CHARS_RE.fullmatch(v) or not tokenish(v, 12):
        return False
    if _UUID_RE.fullmatch(v) or _HEX40_RE.fullmatch(v) or FILE_RE.fullmatch(v):
        return False
    if not any(has_digit_and_letter(part) for part in _SEPARATORS_RE.split(v)):
        return False  # user:4821:profile, jobs-2024-nightly: words and numbers
    return not ("/" in v and _PATH_RE.fullmatch(v))


def is_placeholder(v: str) -> bool:
    low = v.lower()
    if low in _PLACEHOLDERS or "redacted" in low or len(set(low)) == 1:
        return True
    if _PLACEHOLDER_RE.search(v):
        return True
    return v.startswith(_REFERENCE_PREFIXES) or "${" in v or "{{" in v or "$(" in v


def is_name_like(v: str) -> bool:
    """`token=access_token`, `Bearer API_KEY`: the value is a variable, not a secret."""
    if not _IDENT_RE.fullmatch(v) or any(c.isdigit() for c in v):
        return False
    return (v.islower() or v.isupper()) and name_level(v) > NONE


def is_env_name(v: str) -> bool:
    """An environment variable's name with digits in it ("a token in STUDIO_E2E_TOKEN"):
    SCREAMING_CASE naming a credential, each part a word with a digit or two (E2E, S3,
    OAUTH2, SHA256), not a random run (TOKEN_9Q2X7Z8W: digits and letters taking turns)."""
    return bool(_IDENT_RE.fullmatch(v)) and v.isupper() and "_" in v and \
        all(_turns(part) <= 2 for part in v.split("_")) and name_level(v) > NONE


def _turns(part: str) -> int:
    """How often `part` changes between digits and letters."""
    return sum(a.isdigit() != b.isdigit() for a, b in zip(part, part[1:]))


def is_pathish(v: str) -> bool:
    if v.startswith("@"):  # curl -d @body.json, vault kv put password=@file.txt
        v = v[1:]
    if FILE_RE.fullmatch(v):
        return True
    if not _PATH_RE.fullmatch(v):
        return False
    return v[0] in "~." or v.count("/") >= 2 or "." in v.rsplit("/", 1)[-1] or v[1:2] == ":"


def value_is_secret(
    v: str, level: int, *, unquoted: bool, after: str = "", min_len: int = 3
) -> bool:
    """Decide whether `v`, found in a slot of the given strength, is a real secret."""
    if level == NONE or len(v) < min_len or is_placeholder(v) or is_name_like(v):
        return False
    if _NUMERIC_RE.fullmatch(v) or (unquoted and v in _CODE_WORDS):
        return False
    if unquoted and _IDENT_RE.fullmatch(v) and (v[0] == "_" or (v.isupper() and "_" in v)):
        return False  # `_PASSWORD = _ADJ | _SINGLE`: another constant in code
    if DOTTED_IDENT_RE.fullmatch(v) and is_name_like(v.rsplit(".", 1)[1]):
        return False  # "model.api_key": a setting's path, quoted or not
    code = (
        any(c in v for c in "([{") or after[:1] in ("(", "[", ".") or DOTTED_IDENT_RE.fullmatch(v)
    )
    if unquoted and code:
        return False  # code: get_password(), os.environ[...], settings.SECRET_KEY
    if is_pathish(v):
        return False
    if level == STRONG:
        return True
    return looks_random(v)


# --------------------------------------------------------------------------------------
# Finding names cheaply. CPython's `re` scans fast only for patterns that begin with a
# literal, so name-based detectors start from trigger words found with str.find in a
# lowered copy of the text, then widen each hit to the whole identifier.
# --------------------------------------------------------------------------------------

# A credential-like name always contains one of these (see name_level and context.py).
_TRIGGERS = (
    "pass", "pwd", "secret", "token", "key", "auth", "cred", "cookie", "salt", "dsn", "pat",
    "login", "pin", "pw", "bundle_",
)  # fmt: skip
# Short triggers that are mostly the middle of other words (mapping, spinner): only
# kept when the word ends right after them.
_WORD_END_ONLY = frozenset({"pin", "pw", "pat"})
NAME_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-")
_NAME_RUN_RE = re.compile(r"[A-Za-z0-9_.-]+")
_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")
_UPPER_RE = re.compile(r"[A-Z]+")


def lowered(text: str) -> str:
    """Lower-case copy with the same indices as `text` (str.lower may lengthen non-ASCII)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return _UPPER_RE.sub(lambda m: m.group().lower(), text)


def name_spans(text: str, low: str) -> list[tuple[int, int]]:
    """Sorted (start, end) of every identifier-ish word holding a trigger word."""
    spans: dict[int, int] = {}
    n = len(text)
    rev = ""  # text reversed: widening to the left is then a forward regex match
    name_run = _NAME_RUN_RE.match
    for word in _TRIGGERS:
        end_only = word in _WORD_END_ONLY
        i = low.find(word)
        while i != -1:
            e = i + len(word)
            if end_only and e < n and low[e] in _LETTERS:
                i = low.find(word, e)
                continue
            if i and text[i - 1] in NAME_CHARS:
                rev = rev or text[::-1]
                left = name_run(rev, n - i)
                s = i - (left.end() - left.start()) if left else i
            else:
                s = i
            right = name_run(text, e)
            e = right.end() if right else e
            spans[s] = max(e, spans.get(s, e))
            i = low.find(word, e)
    return sorted(spans.items())
