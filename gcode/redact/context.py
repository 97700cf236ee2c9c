"""Passwords and credentials in prose, whatever their shape.

People paste credentials into chat in any phrasing: "login is ops / Sunny-Otter-2291",
"the staging db password: hunter2!x", "creds are admin:Tr0ub4dor&3", "use token
abcd1234efgh for the bot". A value counts when it follows a credential word (password,
passwd, pwd, pw, pass, passphrase, passcode, PIN, login, credentials, creds, token,
secret, api key, DB_PASSWORD...) through a connector ("is", ":", "to", "for the staging
db is", or nothing at all) *and* looks like a password rather than a word, so
"password reset flow is broken" and "the token bucket rate limiter" stay as they are.
How sure the phrasing is decides how password-like the value must be: after "is"/":" a
digit or symbol in it is enough; right after the word ("token abcd1234efgh") it must
look machine-made. Only the value is replaced; of a "user / pass" pair, only the pass.
"""

from __future__ import annotations

import re

from gcode.redact.names import (
    DOTTED_IDENT_RE,
    NUM_UNIT_RE,
    STRONG,
    Found,
    is_env_name,
    is_name_like,
    is_pathish,
    is_placeholder,
    looks_random,
    name_level,
)

# What a credential word allows after it.
_ADJ = 1  # the value may follow with no connector ("token abcd1234efgh")
_SINGLE = 2  # a lone value ("password is hunter2")
_PAIR = 4  # a "user / pass" or "user:pass" pair ("login is ops / Sunny-Otter-2291")
_DIGITS = 8  # an all-digit value ("PIN is 4821")
_RANDOM = 16  # only a long random value ("the rapidapi key is ..."; not a gpg key id)
_WORDY = 32  # words joined by hyphens ("the passphrase is purple-monkey-dishwasher")
_VERB = 64  # also a verb ("pass item2 to it"): with no connector, only a value with symbols

_PASSWORD = _ADJ | _SINGLE | _PAIR | _DIGITS
_TOKEN = _ADJ | _SINGLE | _PAIR
# fmt: off
_WORDS = {
    "password": _PASSWORD, "passwords": _PASSWORD, "passwd": _PASSWORD, "pwd": _PASSWORD,
    "passphrase": _PASSWORD | _WORDY, "passcode": _PASSWORD,
    "pass": _ADJ | _VERB | _SINGLE | _DIGITS, "pw": _ADJ | _SINGLE | _DIGITS,
    "pin": _SINGLE | _DIGITS,
    "auth": _SINGLE,
    "secret": _TOKEN, "secrets": _TOKEN, "token": _TOKEN, "tokens": _TOKEN, "apikey": _TOKEN,
    "creds": _TOKEN, "cred": _TOKEN, "credentials": _TOKEN, "credential": _TOKEN,
    "login": _ADJ | _PAIR, "logins": _ADJ | _PAIR,
}
# fmt: on

# "password for the staging db is ...", "password for the vpn, if you need it, is ...": up
# to six words (an aside between commas too), then a real connector.
_FOR_RE = re.compile(
    r"[ \t]+(?:for|of|on|in|at|to)(?:[ \t]+[\w.@/-]+,?){1,6}?"
    r"(?=[ \t]*:|[ \t]+(?:is|was|are|were)[ \t:])"
)
# "the password I set is ...", "the token we use:": other words, then a connector.
_CLAUSE_RE = re.compile(
    r"(?:[ \t]+[A-Za-z']+){1,5}?(?=[ \t]*:[ \t]|[ \t]+(?:is|was|are|were)[ \t])"
)
_CONNECTOR_RE = re.compile(
    r"[ \t]*(?::|->)[ \t]*"  # `=` is an assignment: slots.py reads those
    r"|['’]s[ \t]+"  # "my password's hunter2!x"
    r"|[ \t]+(?:(?:is|was|has[ \t]+been|got)[ \t]+)?"
    r"(?:(?:changed|set|reset|updated|rotated|switched)[ \t]+)?to[ \t]+"
    r"|[ \t]+(?:is|was|are|were|will[ \t]+be|should[ \t]+be|becomes|became)"
    r"(?:[ \t]+(?:now|still|just|actually|currently))?[ \t]*:?[ \t]+"
)
_SPACES_RE = re.compile(r"[ \t]+")
_WORDY_RE = re.compile(r"[A-Za-z]{3,}(?:[-.][A-Za-z]{3,}){2,}")  # three words or more
_QUOTED_RE = re.compile(r"\"([^\"\n]{1,200})\"|'([^'\n]{1,200})'|`([^`\n]{1,200})`")
_TOKEN_RE = re.compile(r"[^\s\"'`]+")
_SPACED_SLASH_RE = re.compile(r"[ \t]+/[ \t]+([^\s\"'`]+)")
_USER_RE = re.compile(r"[\w.@+-]{1,64}")
TRAILING = ".,;:)]}>"  # punctuation after a value, not part of it
_SYMBOLS = frozenset("!@#$%^&*+=?~|\\<>")
_BRACKETS = frozenset("([{}])")
_DIGIT_RE = re.compile(r"\d")
_LETTER_RE = re.compile(r"[^\W\d_]")
# Words with digits that are technology, not passwords ("the token is sha256").
_TECH_RE = re.compile(
    r"(?:sha|md|utf|https?|oauth|ipv|aes|rsa|hs|rs|es|ps|ed|base|crc|blake|argon|pbkdf|tls|"
    r"ssl|py|python|node|php|gpt|arm|amd|aarch|win|x|ec|s|h|v|t|o|u)[-_]?\d+[a-z0-9]*"
    r"|k8s|i18n|l10n|a11y|e2e|2fa|mfa|x86_64|p2p|b2b|b2c|web3",
    re.IGNORECASE,
)
# Lower-case hyphenated compounds (gpt-4o-mini, e2e-tests-v2): names of things.
_COMPOUND_RE = re.compile(r"[a-z0-9]+(?:[-_.][a-z0-9]+)+")
_PREV_WORD_RE = re.compile(r"([A-Za-z]+)[ \t]+\Z")
_AFTER_NAME = frozenset(" \t:-")
_POSSESSIVE = ("'s ", "’s ")  # "my password's hunter2!x"
_VERBS = ("is", "was", "are", "were")
_HEX_RE = re.compile(r"[0-9a-fA-F]+")  # digests and key ids, not keys
_KEY_VALUE_RE = re.compile(r"[A-Za-z_][\w.-]*[=:]")


def _role(text: str, s: int, name: str) -> int:
    """What the credential word (or name) at text[s:] allows after it; 0 if it is none."""
    role = _WORDS.get(name.lower(), 0)
    if role:
        return role
    if name_level(name) == STRONG:  # DB_PASSWORD, bot_token, apiKey
        return _PASSWORD if "pass" in name.lower() else _TOKEN
    if name.lower() not in ("key", "keys"):
        return 0
    prev = _PREV_WORD_RE.search(text, max(0, s - 30), s)
    if prev and name_level(prev.group(1) + "_" + name) == STRONG:
        return _TOKEN  # "the api key is ..."
    return _SINGLE | _RANDOM  # "the key is 3AA5C3..." is a gpg key id: only random values


def _code(v: str) -> bool:
    return not _BRACKETS.isdisjoint(v) or bool(DOTTED_IDENT_RE.fullmatch(v))


def looks_like_password(v: str, *, explicit: bool, digits: bool) -> bool:
    """A value a person would type as a password, not a word, number, path or name."""
    if len(v) < 4 or v[0] == "-":
        return False
    if v.isdigit():
        return digits and explicit and len(v) <= 12 and not is_placeholder(v)
    has_digit = _DIGIT_RE.search(v) is not None
    has_symbol = not _SYMBOLS.isdisjoint(v)
    if not (has_digit or has_symbol) or _LETTER_RE.search(v) is None:
        return False  # "12/12", "read-only", "broken"
    if is_placeholder(v) or is_pathish(v) or "://" in v:
        return False
    if not explicit and _KEY_VALUE_RE.match(v):
        return False  # "bad_password attempts=3": the next field of a log line
    if _code(v) or is_name_like(v) or _TECH_RE.fullmatch(v) or NUM_UNIT_RE.fullmatch(v):
        return False
    if explicit:
        return True
    # No connector ("token abcd1234efgh"): it must look machine-made, and not be the
    # variable a token is kept in ("needs a staging token in STUDIO_E2E_TOKEN").
    if _COMPOUND_RE.fullmatch(v) or is_env_name(v):
        return False
    return has_digit and (len(v) >= 8 or (has_symbol and len(v) >= 6))


def _strip(v: str, start: int) -> tuple[str, int, int]:
    stripped = v.rstrip(TRAILING)
    return stripped, start, start + len(stripped)


def _mixed(v: str) -> bool:
    """Digits, capitals and small letters all in one: machine-made, not a user name."""
    return any(c.isdigit() for c in v) and any(c.isupper() for c in v) and \
        any(c.islower() for c in v)


def _pair(text: str, m: re.Match[str]) -> tuple[int, int] | None:
    """`ops / Sunny-Otter-2291`, `admin:Tr0ub4dor&3`, `admin/Tr0ub4dor&3`: the pass part."""
    token = m.group()
    tail = _SPACED_SLASH_RE.match(text, m.end())
    if tail and _USER_RE.fullmatch(token) and any(c.isalpha() for c in token):
        v, s, e = _strip(tail.group(1), tail.start(1))
        return (s, e) if looks_like_password(v, explicit=True, digits=True) else None
    if "://" in token or is_pathish(token):
        return None
    for sep in (":", "/"):
        user, found, pw = token.partition(sep)
        if not found or not _USER_RE.fullmatch(user) or not any(c.isalpha() for c in user):
            continue
        if sep == "/" and _mixed(user):
            return None  # `8nQk3Yx/Vb2L...`: a key with '/' in it (AWS), not `user/pass`
        v, s, e = _strip(pw, m.start() + len(user) + 1)
        if "/" in v:
            return None
        tight_colon = sep == ":" and len(v) >= 3 and not is_placeholder(v) and not _code(v)
        if tight_colon or looks_like_password(v, explicit=True, digits=True):
            return s, e
        return None
    return None


def quoted_secret(text: str, pos: int) -> tuple[int, int] | None:
    """The span of a quoted value at `pos` that a sure phrasing ("the password is
    'swordfish'") makes a secret whatever it looks like; None when there is no quote
    there, or what it quotes is a placeholder or code."""
    quoted = _QUOTED_RE.match(text, pos)
    if not quoted:
        return None
    i = quoted.lastindex or 1
    v = quoted.group(i)
    return quoted.span(i) if len(v) >= 3 and not is_placeholder(v) and not _code(v) else None


def _value(text: str, pos: int, role: int, explicit: bool) -> tuple[int, int] | None:
    if explicit and _QUOTED_RE.match(text, pos):
        return quoted_secret(text, pos) if role & _SINGLE else None
    m = _TOKEN_RE.match(text, pos)
    if m is None:
        return None
    if role & _PAIR:
        pair = _pair(text, m)
        if pair:
            return pair
    if not role & _SINGLE:
        return None
    v, s, e = _strip(m.group(), m.start())
    if role & _VERB and not explicit and _SYMBOLS.isdisjoint(v) and "-" not in v:
        return None  # "pass userId123 to the API"; "user deploy, pass Winter2024!" is one
    if role & _RANDOM:
        ok = len(v) >= 20 and looks_random(v) and not _HEX_RE.fullmatch(v)
    else:
        ok = looks_like_password(v, explicit=explicit, digits=bool(role & _DIGITS)) or (
            bool(role & _WORDY) and explicit and _WORDY_RE.fullmatch(v) is not None)
    return (s, e) if ok else None


def _clause(text: str, pos: int) -> tuple[int, bool] | None:
    """Words between the credential word and its connector: where they end, and whether
    the phrase is still sure ("password for the admin account is") or less so ("the
    password I set is": then the value must look machine-made)."""
    ahead = text[pos : pos + 60]
    if ":" not in ahead and not any(f" {verb} " in ahead for verb in _VERBS):
        return None
    m = _FOR_RE.match(text, pos)
    if m:
        return m.end(), True
    m = _CLAUSE_RE.match(text, pos)
    return (m.end(), False) if m else None


def find_prose(text: str, spans: list[tuple[int, int]], out: list[Found]) -> None:
    """Append every credential value that follows a credential word in `text`."""
    for s, e in spans:
        name = text[s:e].rstrip(".-")
        after = text[s + len(name) : s + len(name) + 1]
        if after == "," and text[s - 1 : s] not in _IN_PATH and name.lower() in _WORDS:
            out.extend(_later(text, s + len(name) + 1))  # "token, ...": only what is further
            continue
        if (after not in _AFTER_NAME and text[s + len(name) : s + len(name) + 3] not in
                _POSSESSIVE) or text[s - 1 : s] == "=":
            continue  # `token(`, `password,`: code; `reason=bad_password`: a value
        role = _role(text, s, name)
        if not role:
            continue
        pos = s + len(name)
        connector = _CONNECTOR_RE.match(text, pos)
        span = _value(text, connector.end(), role, True) if connector else None
        if span is None:  # "password to the staging db is ...", "token abcd1234efgh"
            clause = _clause(text, pos)
            if clause is not None:
                connector = _CONNECTOR_RE.match(text, clause[0])
                span = _value(text, connector.end(), role, clause[1]) if connector else None
            elif connector is None and role & _ADJ:
                spaces = _SPACES_RE.match(text, pos)
                span = _value(text, spaces.end(), role, False) if spaces else None
        if span and span[1] > span[0]:
            out.append((span[0], span[1], "prose-secret"))
        elif role & _PAIR and name.lower() in _WORDS and text[s - 1 : s] not in _IN_PATH:
            out.extend(_later(text, pos))  # a plain word, not an identifier or a URL's part


# "log in to the admin panel with bob@example.com and Kestrel88": signing in, said as a
# verb, with what to sign in with further on in the clause.
_SIGN_IN_RE = re.compile(r"(?:log|sign)(?:ged|ed|ging|ing)?[ \t]+(?:in|on)\b.{0,40}?"
                         r"\b(?:with|as|using)[ \t]", re.IGNORECASE)


def find_sign_in(text: str, low: str, out: list[Found]) -> None:
    """Append machine-made values in the clause of "log in ... with ..." (as `_later`)."""
    for verb in ("log", "sign"):
        i = low.find(verb)
        while i != -1:
            m = _SIGN_IN_RE.match(text, i) if not (i and low[i - 1].isalpha()) else None
            if m:
                out.extend(_later(text, m.end()))
            i = low.find(verb, i + 1)


# The rest of a credential word's clause: up to a sentence's end or a line's, this long.
_CLAUSE_END_RE = re.compile(r"[.!?](?:[ \t]|$)|\n")
_LATER_CHARS = 80
_LATER_TOKENS = 6
_IN_PATH = frozenset("=/.\\")  # "GET /login HTTP/1.1", "reason=bad_password"


def _later(text: str, pos: int) -> list[Found]:
    """Values further on in the clause of a credential word that no connector led to, in
    any phrasing: "creds: ops, Sunny-Otter-2291", "token, ...", "the staging creds are ops
    and ...", "password for staging, ...". Only a value that looks machine-made counts
    (digits and length, or symbols: as with no connector at all), so words, names,
    versions, paths and numbers with units in the rest of the sentence stay."""
    end = _CLAUSE_END_RE.search(text, pos, pos + _LATER_CHARS)
    window = text[pos : end.start() if end else min(len(text), pos + _LATER_CHARS)]
    found: list[Found] = []
    for m in list(_TOKEN_RE.finditer(window))[:_LATER_TOKENS]:
        token = m.group().strip("([{")
        v, s, e = _strip(token, pos + m.start() + len(m.group()) - len(token))
        if "/" not in v and not _names_a_thing(v, window[: m.start()]) and \
                looks_like_password(v, explicit=False, digits=False):
            found.append((s, e, "prose-secret"))
    return found


# A short SHA or a learning's id in the same clause ("the password reset broke in 3f9a2c1d",
# "rotate the token (from alice) [a2bda0b0]"), or any hex a word says is a commit: a name
# for a thing, not its key ("the bot's token, 7c1e0b2f9a8d4e6c, ..." still is one).
_HEX_RE = re.compile(r"[0-9a-f]{7,40}")
_NAMING_RE = re.compile(r"\b(?:commit|sha|revision|rev|learning|hash|id)\W*$", re.IGNORECASE)


def _names_a_thing(value: str, before: str) -> bool:
    return bool(_HEX_RE.fullmatch(value)) and (len(value) <= 12 or bool(_NAMING_RE.search(before)))
