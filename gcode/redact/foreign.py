"""Passwords in prose in other languages: "Passwort ist Sommer2023", "le mot de passe du
serveur est Chameau-Bleu-9", "密码是Abc123!", "パスワードはKaze-77".

People teach gcode in their own language (capture reads statements in any), so a password
said in German must be caught as surely as one said in English. The English detector
(context.py) starts from ASCII credential words; this one knows each language's word for
a password or credentials and the words that join it to its value ("ist", "est", "es",
"é", "是", "は", a colon...), with up to five words between ("für staging", "de la base
de datos"). The value must look like a password, as after an English "is": digits or
symbols beside letters, a PIN's digits, or anything quoted; so "la clave es usar caché"
and "das Passwort ist abgelaufen" stay as they are. Only the value is replaced.
"""

from __future__ import annotations

import re

from gcode.redact.context import TRAILING, looks_like_password, quoted_secret
from gcode.redact.names import Found

# fmt: off
_WORDS = (
    # German, French, Spanish, Portuguese, Italian, Dutch, Nordic, Polish, Czech, Turkish
    "passwort", "kennwort", "zugangsdaten", "anmeldedaten", "zugangscode",
    "mot de passe", "mdp", "identifiants", "code secret",
    "contraseña", "contrasena", "clave", "credenciales",
    "senha", "credenciais", "parola d'ordine", "credenziali",
    "wachtwoord", "inloggegevens", "lösenord", "passord", "adgangskode", "kodeord",
    "hasło", "haslo", "heslo", "şifre", "sifre", "parola",
    # Russian, Ukrainian, Greek
    "пароль", "пароля", "κωδικός",
    # Chinese, Japanese, Korean: no spaces around them
    "密码", "密碼", "口令", "パスワード", "暗証番号", "비밀번호", "암호",
)
_CONNECTORS = (
    r"[ \t]*(?::|：|=|->|=>|—|–)[ \t]*"
    r"|[ \t]+(?:ist|lautet|war|est|était|es|era|é|è|foi|is|was|är|er|jest|je|to|—)"
    r"(?:[ \t]+(?:jetzt|nun|maintenant|désormais|ahora|agora|ora|nu|teraz|nyní))?[ \t]+"
    r"|[ \t]*(?:是|为|為|は|が|는|은|：)[ \t]*"
)
# fmt: on
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
# Matched where one of the words starts (found with str.find: scanning with the regex
# would cost more than every other detector together).
_PHRASE = re.compile(
    r"(?P<word>" + "|".join(re.escape(w) for w in sorted(_WORDS, key=len, reverse=True)) + ")"
    r"(?P<between>(?:[ \t]+[^\s:：=\"'`]{1,30}){0,5}?)"
    r"(?P<connector>" + _CONNECTORS + ")",
    re.IGNORECASE,
)
# Passwords are typed in ASCII: the value ends where the sentence's own script resumes
# ("密码是Abc123!，别外传").
_VALUE = re.compile(r"[\x21-\x7e]+")


_ASCII_WORDS = tuple(w for w in _WORDS if w.isascii())


def _starts(low: str) -> list[int]:
    """Where one of the words starts in `low` (a lowered copy, same indices), in order."""
    found = set()
    for word in _ASCII_WORDS if low.isascii() else _WORDS:
        i = low.find(word)
        while i != -1:
            found.add(i)
            i = low.find(word, i + 1)
    return sorted(found)


def find_foreign(text: str, low: str, out: list[Found]) -> None:
    """Append the value of every password or credential said in another language."""
    for start in _starts(low):
        m = _PHRASE.match(text, start)
        if m is None:
            continue
        if not _CJK.match(m.group("word")) and (
                text[start - 1 : start].isalpha()
                or text[m.end("word") : m.end("word") + 1].isalpha()):
            continue  # the middle of a longer word: "Geheimclave", "clavecin"
        pos = m.end()
        quoted = quoted_secret(text, pos)
        if quoted is not None:
            out.append((*quoted, "prose-secret"))
            continue
        value = _VALUE.match(text, pos)
        if value is None:
            continue
        v = value.group().rstrip(TRAILING)
        if looks_like_password(v, explicit=True, digits=True):
            out.append((value.start(), value.start() + len(v), "prose-secret"))
