"""Credential slots: places where the *position* says a value is a secret, whatever it looks like.

URL userinfo, the password flags of login commands, Authorization headers, and a value
assigned to a credential-like name (``DB_PASSWORD=...``, ``"api_key": ...``,
``--token ...``, ``set -x API_TOKEN ...``, ``<password>...</password>``,
``<add key="ClearTextPassword" value="..."/>``). This is also how gitleaks' rules keyed
on a provider word with a generic value (``DD_API_KEY=<40 alnum>``) are covered: by the
name the value is assigned to. Only the value is replaced, so the text stays readable.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from gcode.redact.names import (
    FILE_RE,
    NONE,
    STRONG,
    Found,
    is_name_like,
    is_placeholder,
    name_level,
    tokenish,
    value_is_secret,
)

_Span = tuple[int, int] | None


def inner(m: re.Match[str], group: str) -> tuple[int, int, str, bool]:
    """Span and text of `group` without surrounding quotes; bool says it was unquoted."""
    s, e = m.span(group)
    v = m.group(group)
    if len(v) >= 2 and v[0] == v[-1] and v[0] in "\"'`":
        return s + 1, e - 1, v[1:-1], False
    return s, e, v, True


def _low_bar(m: re.Match[str]) -> _Span:
    """Credential slots that are unambiguous (URL userinfo, mysql -p, curl -u)."""
    s, e, v, _ = inner(m, "v")
    return (s, e) if value_is_secret(v, STRONG, unquoted=False, min_len=1) else None


_LOGIN_TOOL_RE = re.compile(
    r"(?:docker|podman|nerdctl|buildah|skopeo|helm|oras|crane|az|cf|oc)"
    r"(?:[ \t]+registry)?[ \t]+\Z"
)


def _login_p(m: re.Match[str]) -> _Span:
    """`docker login ... -p PASS`: only after a tool whose -p is a password."""
    before = m.string[max(0, m.start() - 40) : m.start()]
    return _low_bar(m) if _LOGIN_TOOL_RE.search(before) else None


_FLAG_VALUE = r"(?P<v>\"[^\"\n]+\"|'[^'\n]+'|[^\s\"'-][^\s\"']*)"
# (kind, pattern, extract) run over the whole text. Every pattern starts with a literal:
# CPython's `re` only scans fast for those.
_TEXT_RULES: tuple[tuple[str, re.Pattern[str], Callable[[re.Match[str]], _Span]], ...] = (
    # scheme://user:PASSWORD@host — the scheme itself needs no checking.
    (
        "url-password",
        re.compile(r"://[^:/?#@\s\"'<>]*:(?P<v>[^@/?#\s\"'<>]+)@(?=[\w\[.-])"),
        _low_bar,
    ),
    *(
        (
            "flag-secret",
            re.compile(
                tool + r"[a-z]*\b[^\n|;&]*?[ \t]-p"
                r"(?P<v>[^\s\"'-][^\s\"']*|\"[^\"\n]+\"|'[^'\n]+')"
            ),
            _low_bar,
        )
        for tool in ("mysql", "mariadb")
    ),
    ("flag-secret", re.compile(r"sshpass[ \t]+-p[ \t]*(?P<v>\S+)"), _low_bar),
    # docker/podman/helm/az/cf/oc login ... -p PASS (the short flag)
    ("flag-secret", re.compile(r"login\b[^\n|;&]*?[ \t]-p[ \t]+" + _FLAG_VALUE), _login_p),
    ("flag-secret", re.compile(r"redis-cli\b[^\n|;&]*?[ \t]-a[ \t]+" + _FLAG_VALUE), _low_bar),
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
_TOKEN_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")


def _find_all(haystack: str, needle: str) -> list[int]:
    out = []
    i = haystack.find(needle)
    while i != -1:
        out.append(i)
        i = haystack.find(needle, i + 1)
    return out


def _headers(text: str, low: str, out: list[Found]) -> None:
    """Bearer tokens, Authorization headers, AWS secret access keys."""
    if "bearer" in low:
        for i in _find_all(low, "bearer"):
            if i and text[i - 1] in _TOKEN_CHARS:
                continue
            m = _BEARER_RE.match(text, i)
            if m:
                v = m.group("v")
                if tokenish(v) and not is_placeholder(v) and not is_name_like(v):
                    out.append((m.start("v"), m.end("v"), "bearer"))
    if "authorization" in low:
        for i in _find_all(low, "authorization"):
            if i and text[i - 1].isalnum():
                continue
            m = _AUTH_HEADER_RE.match(text, i)
            if m:
                s, e, v, _ = inner(m, "v")
                if (
                    len(v) >= 6
                    and not (v.isalpha() and v.islower())
                    and not is_placeholder(v)
                    and not is_name_like(v)
                ):
                    out.append((s, e, "auth-header"))
    if "access" in low:
        for i in _find_all(low, "secret"):
            m = _AWS_SECRET_RE.match(text, i)
            if m:
                out.append((m.start("v"), m.end("v"), "aws-secret-key"))


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
# <add key="ClearTextPassword" value="..."/>, <param name="apiToken" value="..."/>
_ATTR_NAME_BEFORE_RE = re.compile(r"(?:key|name)[ \t]*=[ \t]*\Z")
_ATTR_VALUE_RE = re.compile(r"[ \t]+value[ \t]*=[ \t]*(?P<v>\"[^\"\n]*\"|'[^'\n]*')")


def _assignment(m: re.Match[str]) -> Found | None:
    level = name_level(m.group("name"))
    if level == NONE:
        return None
    s, e, v, unquoted = inner(m, "v")
    text = m.string
    after = text[m.end("v") : m.end("v") + 1]
    colon = m.group("sep") != "="
    if unquoted and colon:
        # `password: hunter2` must end the line / item; `Password: ask Bob` is prose.
        rest = text[m.end("v") : m.end("v") + 80].lstrip(" \t")
        if rest and rest[0] not in "\r\n#,;}]\"'`":
            return None
    if not value_is_secret(v, level, unquoted=unquoted, after=after):
        return None
    kind = "config-secret" if (colon or m.group("q")) else "env-assignment"
    return s, e, kind


def _flag(m: re.Match[str]) -> _Span:
    level = name_level(m.group("flag").lstrip("-"))
    if level == NONE:
        return None
    s, e, v, unquoted = inner(m, "v")
    if m.group("sep") != "=" and (
        v.startswith("-") or FILE_RE.fullmatch(v) or (unquoted and v.isalpha() and v.islower())
    ):
        return None  # `--ask-pass site.yml`, `--token -v`, "the --password flag is ..."
    after = m.string[m.end("v") : m.end("v") + 1]
    return (s, e) if value_is_secret(v, level, unquoted=unquoted, after=after) else None


def _plain_slot(m: re.Match[str]) -> _Span:
    """`set NAME value`, `<name>value</name>`, `name="N" value="V"`: assignment rules."""
    level = name_level(m.group("name")) if "name" in m.groupdict() else STRONG
    s, e, v, unquoted = inner(m, "v")
    if unquoted and v.startswith("-"):
        return None  # `gh secret set NAME --repo x`
    return (s, e) if value_is_secret(v, level, unquoted=unquoted) else None


def _attribute_pair(text: str, s: int, e: int) -> _Span:
    """`key="ClearTextPassword" value="hunter2"` (nuget.config, appSettings, Ant)."""
    q = text[s - 1]
    if text[e : e + 1] != q or not _ATTR_NAME_BEFORE_RE.search(text, max(0, s - 12), s - 1):
        return None
    if name_level(text[s:e]) != STRONG:
        return None
    m = _ATTR_VALUE_RE.match(text, e + 1)
    return _plain_slot(m) if m else None


def _after_set(text: str, s: int) -> bool:
    """`set -x NAME`, `setenv NAME`, `ENV NAME` (fish, csh, Dockerfile) end right before s."""
    lo = max(0, s - 40)
    if text.find("set", lo, s) == -1 and text.find("ENV", lo, s) == -1:
        return False
    return _SET_PREFIX_RE.search(text, lo, s) is not None


def _named_slots(text: str, spans: list[tuple[int, int]], out: list[Found]) -> None:
    """NAME=value, "name": value, --name value, set NAME value, <name>v</name>, attributes."""
    for s, e in spans:
        if text[s] == "-":
            m = _FLAG_RE.match(text, s)
            span = _flag(m) if m else None
            if span:
                out.append((span[0], span[1], "flag-secret"))
            continue
        before = text[s - 1] if s else ""
        j = e + 1 if text[e : e + 1] in ('"', "'") else e
        while text[j : j + 1] in (" ", "\t"):
            j += 1
        m = None
        if text[j : j + 1] not in ("=", ":"):
            pass  # no assignment operator after the name
        elif before in ('"', "'"):
            m = _ASSIGN_RE.match(text, s - 1)
            if m and not m.group("q"):
                m = None
            m = m or _ASSIGN_RE.match(text, s)
        else:
            m = _ASSIGN_RE.match(text, s)
        found = _assignment(m) if m else None
        if found:
            out.append(found)
            continue
        span = None
        if before == "<":
            m = _XML_RE.match(text, s - 1)
            span = _plain_slot(m) if m else None
        elif before in ('"', "'"):
            span = _attribute_pair(text, s, e)
        elif before in (" ", "\t") and _after_set(text, s):
            m = _SET_TAIL_RE.match(text, s)
            span = _plain_slot(m) if m else None
            if span:
                out.append((span[0], span[1], "env-assignment"))
                continue
        if span:
            out.append((span[0], span[1], "config-secret"))


def find_slots(text: str, low: str, spans: list[tuple[int, int]], out: list[Found]) -> None:
    """Append every credential-slot value in `text` (`low` is its lowered copy)."""
    for kind, pattern, extract in _TEXT_RULES:
        for m in pattern.finditer(text):
            span = extract(m)
            if span is not None and span[1] > span[0]:
                out.append((span[0], span[1], kind))
    _headers(text, low, out)
    _named_slots(text, spans, out)
