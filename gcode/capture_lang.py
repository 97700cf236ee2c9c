"""Chatter in other languages than English: what the pre-filter (gcode.capture.is_candidate)
knows of German, French, Spanish, Portuguese, Italian, Chinese and Japanese chat.

A statement in any language is a candidate (the model decides what lasts); these are the
common markers of a turn that is not one: thanks and acknowledgements, a request to the
assistant, a remark about this moment (today, again, now), a sentence opening on what is on
screen ("das ist falsch"). Each list is short and of everyday words, not a grammar: what it
misses reaches the model, which is told to ignore chatter, and gcode's guards after it."""

from __future__ import annotations

import re

# Thanks, yes/no and approval: a turn made of these says nothing to keep.
_ACK = (
    r"danke(?:\s+schön)?|dankeschön|genau|passt|super|prima|klasse|toll|gut|sehr\s+gut|"
    r"alles\s+klar|jawohl|ja|nein|stimmt|"
    r"merci(?:\s+beaucoup)?|parfait|d'accord|très\s+bien|bien|génial|super|oui|non|"
    r"c'est\s+(?:bon|parfait|génial|top)|"
    r"gracias|muchas\s+gracias|perfecto|vale|genial|bueno|sí|si|claro|de\s+acuerdo|"
    r"obrigad[oa]|perfeito|beleza|certo|sim|não|"
    r"grazie(?:\s+mille)?|perfetto|va\s+bene|certo|esatto|"
    r"谢谢|多谢|好的|好|行|可以|没问题|对|是的|"
    r"ありがとう(?:ございます)?|了解|はい|いいえ|オッケー|わかりました"
)
_ONLY_ACK = re.compile(rf"^\s*(?:(?:{_ACK})(?:\s*[,.!！。、~:)-]+\s*|\s+|$))+$", re.IGNORECASE)
# Thanks and a few words more ("Danke, sieht gut aus", "obrigado, ficou ótimo"): a reaction.
_ACK_LEAD = re.compile(rf"^\s*(?:{_ACK})\s*[,.!！。、:;-]+\s*(?P<rest>.*)$", re.IGNORECASE)
_SHORT_REST = 4  # words after the thanks: fewer make a reaction, not a statement

# A request to the assistant, at the start of the turn (or "bitte" anywhere: German asks
# with it; a standing rule says "immer", "nie", "muss").
_REQUEST = re.compile(
    r"^(?:kannst|könntest|würdest|magst)\s+du\b|^(?:mach|zeig|schau|prüf|lösch|füg|änder|"
    r"korrigier|reparier|erklär|schreib|lass)e?\b"
    r"|^(?:peux|pourrais|peut)[-\s](?:tu|vous|on)\b|^(?:fais|montre|corrige|regarde|ajoute|"
    r"supprime|explique|écris|essaie|essaye)\b|^(?:pouvez|pourriez)[-\s]vous\b"
    r"|^(?:puedes|podrías|podrias|puede|podéis)\b|^(?:haz|muestra|arregla|corrige|mira|añade|"
    r"borra|explica|escribe|prueba)\b"
    r"|^(?:você|voce|tu)\s+pode\b|^(?:pode|podes)\b|^(?:faz|mostra|conserta|corrige|olha|"
    r"adiciona|apaga|explica|escreve)\b"
    r"|^(?:puoi|potresti|può)\b|^(?:fai|mostra|correggi|guarda|aggiungi|cancella|spiega|"
    r"scrivi|prova)\b"
    r"|^(?:请|麻烦|帮我|帮忙|能不能|可以帮|你能|你可以)",
    re.IGNORECASE)
_PLEASE = re.compile(r"\b(?:bitte|s'il\s+te\s+plaît|s'il\s+vous\s+plaît|por\s+favor|"
                     r"per\s+favore)\b|お願い", re.IGNORECASE)
_STANDING = re.compile(r"\b(?:immer|nie|niemals|kein\w*|muss|müssen|toujours|jamais|doit|"
                       r"doivent|siempre|nunca|debe|deben|sempre|mai|deve|devono)\b|总是|必须|"
                       r"不要|勿|永远|必ず", re.IGNORECASE)

# This moment: today, now, again, in a minute; and a sentence opening on what is on screen.
_MOMENT = re.compile(
    # Not "jetzt", "ahora", "encore" or "ainda": "wir nutzen jetzt pnpm" is a change that
    # lasts, "nous utilisons encore Python 3.11" a state that holds.
    r"\b(?:heute|gestern|gerade|wieder|nochmal|noch\s+mal|vorhin|"
    r"aujourd'hui|demain|tout\s+de\s+suite|tantôt|"
    r"hoy|mañana|ayer|otra\s+vez|de\s+nuevo|"
    r"hoje|amanhã|ontem|de\s+novo|"
    r"oggi|domani|ieri|di\s+nuovo)\b"
    r"|今天|明天|昨天|刚才|刚刚|又|今日|明日|昨日|さっき",
    re.IGNORECASE)
_ON_SCREEN = re.compile(
    r"^(?:das|dies|es)\s+(?:ist|war|sind|geht|klappt|funktioniert|sieht|hat)\b"
    r"|^(?:c'est|ça|ce\s+n'est|cela)\b|^(?:esto|eso|isso|isto|questo|quello)\b"
    r"|^(?:这个?|那个?|它)|^(?:これ|それ|あれ)",
    re.IGNORECASE)
# Someone speaking of what they do now: "ich schaue mir das an", "je vais regarder".
_DOING = re.compile(r"^(?:(?:ich\s+(?:schau|mach|guck|probier|versuch|bin|muss)e?|bin\s+gleich|"
                    r"je\s+(?:vais|regarde|suis)|(?:yo\s+)?(?:voy\s+a|estoy)|"
                    r"(?:eu\s+)?(?:vou|estou)|(?:io\s+)?(?:vado|sto))\b|我(?:去|先|马上|在看))",
                    re.IGNORECASE)


def foreign_chatter(s: str) -> bool:
    """Whether `s` (one sentence, spaces normalized) is chat of the moment in one of the
    languages above: an acknowledgement, a request, or a remark about now."""
    if _ONLY_ACK.match(s):
        return True
    lead = _ACK_LEAD.match(s)
    if lead and len(lead["rest"].split()) < _SHORT_REST:
        return True
    if (_REQUEST.search(s) or _PLEASE.search(s)) and not _STANDING.search(s):
        return True
    return bool(_MOMENT.search(s) or _ON_SCREEN.match(s) or _DOING.match(s))
