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
    r"ありがとう(?:ございます)?|了解|はい|いいえ|オッケー|わかりました|なるほど|そっか|"
    r"entendi|capito|compris|verstehe|entendido|"
    r"buenísimo|justo\s+eso|exacto|exactamente|genau\s+so|c'est\s+ça|isso\s+mesmo|isso\s+aí"
)
_ONLY_ACK = re.compile(rf"^\s*(?:(?:{_ACK})(?:\s*[,.!！。、~:)-]+\s*|\s+|$))+$", re.IGNORECASE)
# Thanks and a few words more ("Danke, sieht gut aus", "obrigado, ficou ótimo"): a reaction.
_ACK_LEAD = re.compile(rf"^\s*(?:{_ACK})\s*[,.!！。、:;-]+\s*(?P<rest>.*)$", re.IGNORECASE)
_SHORT_REST = 4  # words after the thanks: fewer make a reaction, not a statement

# A request to the assistant, at the start of the turn (or "bitte" anywhere: German asks
# with it; a standing rule says "immer", "nie", "muss").
_REQUEST = re.compile(
    r"^(?:kannst|könntest|würdest|magst)\s+du\b|^(?:mach|zeig|schau|prüf|lösch|füg|änder|"
    r"korrigier|reparier|erklär|schreib|lass|benenn|nimm|gib|setz|trag|bau)e?\b"
    r"|^(?:peux|pourrais|peut)[-\s](?:tu|vous|on)\b|^(?:fais|montre|corrige|regarde|ajoute|"
    r"supprime|explique|écris|essaie|essaye|renomme|mets|enlève|lance|donne|remplace|"
    r"déplace)\b|^(?:pouvez|pourriez)[-\s]vous\b"
    r"|^(?:puedes|podrías|podrias|puede|podéis)\b|^(?:haz|muestra|arregla|corrige|mira|añade|"
    r"borra|explica|escribe|prueba|pon|renombra|cambia|quita|agrega|dame|lanza|mueve|"
    r"reemplaza)\b"
    r"|^(?:você|voce|tu)\s+pode\b|^(?:pode|podes)\b|^(?:faz|mostra|conserta|corrige|olha|"
    r"adiciona|apaga|explica|escreve|põe|coloca|renomeia|muda|tira|roda|troca)\b"
    r"|^(?:puoi|potresti|può)\b|^(?:fai|mostra|correggi|guarda|aggiungi|cancella|spiega|"
    r"scrivi|prova|metti|rinomina|cambia|togli|lancia|dammi|sposta|sostituisci)\b"
    # with "me" joined on: "scrivimi i test", "muéstrame el diff", "me mostra o log"
    r"|^(?:scrivimi|mostrami|spiegami|dimmi|fammi|escríbeme|escribeme|muéstrame|muestrame|"
    r"explícame|explicame|dime|hazme)\b|^me\s+(?:mostra|explica|manda|diz|passa)\b"
    r"|^(?:请|麻烦|帮我|帮忙|能不能|可以帮|你能|你可以)",
    re.IGNORECASE)
_PLEASE = re.compile(r"\b(?:bitte|bitteschön|s'il\s+te\s+pla[iî]t|s'il\s+vous\s+pla[iî]t|stp|"
                     r"svp|por\s+favor|porfa|pfv|per\s+favore|per\s+piacere)\b|お願い",
                     re.IGNORECASE)
# Japanese asks with a verb's te-form ("直してもらえますか", "コミットして"), Chinese with
# a closing 吧 ("就这样提交吧"); a condition ("前に", "時は") makes a standing procedure.
_ASKS_EAST = re.compile(r"(?:て|で)(?:ください|下さい|もらえ|くれ|ほしい)|て[。！!]*$|"
                        r"(?:ますか|ませんか)[。？?]*$|吧[。！!~]*$")
_CONDITION = re.compile(r"前に|時は|ときは|場合は|必ず|いつも|之前|的时候")
_STANDING = re.compile(r"\b(?:immer|nie|niemals|(?<!noch )kein\w*|muss|müssen|toujours|jamais|doit|"
                       r"doivent|siempre|nunca|debe|deben|sempre|mai|deve|devono|"
                       r"jedes\s+mal|chaque\s+fois|cada\s+vez|toda\s+vez|ogni\s+volta)\b|总是|必须|"
                       r"不要|勿|永远|必ず|毎回|每次|いつでも"
                       # how answers should be, which holds for every answer: "réponds-moi en
                       # français", "respuestas cortas", "説明は短めで", "返事は絵文字なしで"
                       r"|\b(?:réponds|répondez|réponses?|responde|respóndeme|respuestas?|"
                       r"antworte|antworten|antwort|rispondi|rispondimi|risposte?|responda|"
                       r"respostas?|explications?|explicaciones|erklärungen|spiegazioni|"
                       r"explicações)\b[^.!?]{0,40}?(?:\b(?:en|auf|in|em)\s+(?:français|francés|"
                       r"deutsch|alemán|español|spanisch|italiano|italienisch|português|portugués|"
                       r"inglés|anglais|englisch|inglese|inglês|english)\b|\b(?:courte?s?|kurz\w*|"
                       r"cort[oa]s?|brev[ei]|curt[oa]s?|sans\s+emoji|sin\s+emoji|ohne\s+emoji|"
                       r"senza\s+emoji|sem\s+emoji)\b)"
                       r"|(?:返事|回答|説明|返信|回复|答案|解释|说明)[^。！!]{0,15}?(?:短|簡潔|絵文字|"
                       r"コードブロック|日本語|英語|简短|简洁|中文|英文|表情|結論|结论)",
                       re.IGNORECASE)

# A question without its question mark: a question word first (or, in Chinese and Japanese,
# a question word or a closing particle anywhere).
_QUESTION = re.compile(
    r"^(?:was|warum|wieso|weshalb|wie|wo|wer|welche[rsnm]?|wann|hast\s+du|hat\s+jemand|"
    r"gibt\s+es|pourquoi|comment|qu'est-ce|quoi|où|quel(?:le)?s?|quand|est-ce\s+que|"
    r"por\s+qu[eé]|qu[eé]\s+(?:es|hace|pasa)|cómo|dónde|quién|cuál|cuándo|"
    r"o\s+que|pq|onde|quem|qual|cadê|perché|cosa|che\s+cosa|come\s+mai|dove|chi|quale)\b"
    r"|什么|为什么|怎么|哪|吗[。？?]*$|呢[。？?]*$|何|なぜ|どう|どこ|誰|(?:か|の|かな|っけ)[。？?]*$",
    re.IGNORECASE)
# Away for a moment: "bin kurz weg", "je reviens dans 10 min", "5分で戻ります".
_AWAY = re.compile(
    r"\b(?:bin\s+(?:kurz|gleich)\s+(?:weg|zurück)|kurz\s+weg|je\s+reviens|ya\s+vuelvo|"
    r"vuelvo\s+en|já\s+volto|volto\s+em|torno\s+(?:tra|fra|subito))\b"
    r"|\b(?:in|dans|en|em|tra|fra)\s+\d+\s*(?:min\w*|sek\w*|sec\w*)\b"
    r"|離席|戻ります|\d+\s*分(?:で|钟|後)|马上回来|等我一下", re.IGNORECASE)
# A correction of what the assistant just did: "nee das ist falsch", "non c'est pas ça".
_CORRECTION = re.compile(
    # (English "no, we don't use bloc here" is a correction with its fact: LEADING's)
    r"^(?:nee|nö|nope|nan)\b|^(?:nein|non|no|não|nao)\s*(?:[,，、!.](?!\s*(?:we|we're|the|it|it's|"
    r"its|that|that's|you|you're|our|this|there|there's|they|they're|i|i'm|not|nothing|"
    r"everything|"
    # ... nor one going on with what the team does: "non, on utilise pnpm ici"
    r"on|nous|wir|man|nosotros|usamos|utilizamos|noi|usiamo|nós|a\s+gente|usamos)\b)"
    r"|\s+(?:das|c'est|ce\s+n'est|era|eso|esto|isso|è|es|ist|sbagliato|falsch|"
    r"faux))|^(?:不对|不是这)|^(?:いや|違う|ちがう)|じゃなくて",
    re.IGNORECASE)
# A reaction opening on an interjection: "uffa, ancora rosso", "うわ、まだ落ちてる".
_INTERJECTION = re.compile(
    r"^(?:uf+|uffa|aff|affe|argh|pf+|mist|menno|merde|putain|zut|caramba|nossa|eita|"
    r"mamma\s+mia|dai|boh|bon\s+ben|ben|bah|dale|putz|poxa|vish|ostia|vaya|accidenti|"
    r"うわ|えー|あれ|哎|唉|我去)(?:[\s,，、!！.…]|$)",
    re.IGNORECASE)
# Still (or again) failing: "immer noch rot", "sigue en rojo", "まだ落ちてる".
_STILL_FAILING = re.compile(
    r"\b(?:immer\s+noch|noch\s+immer|wieder|toujours|encore|sigue|siguen|todavía|otra\s+vez|"
    r"continua|ainda|de\s+novo|ancora|di\s+nuovo)\b(?:\s+\S+){0,2}?\s+(?:rot|rouge|rojo|roja|"
    r"vermelho|rosso|kaputt|cassé|roto|quebrado|rotto|fehl\w*|échou\w*|fall\w*)\b"
    r"|(?:まだ|また|还是|还在|又)\S{0,4}(?:落ち|失敗|赤|红|挂|失败)", re.IGNORECASE)
# "This function", "cette fonction", "这段代码": what is on screen, unless it names what
# lasts (the repository, the team, the quarter).
_LASTING = (r"repo\w*|projekt|project|projet|proyecto|projeto|progetto|dépôt|team|équipe|equipo|"
            r"equipe|squadra|quartal|trimestre|jahr|année|an|año|ano|anno|semestre|halbjahr|"
            r"servi[cç]\w*|app|produ\w+|monorepo|codebase|modul\w*|module|módulo|paket|package|"
            r"paquete|pacote|pacchetto|unternehmen|entreprise|empresa|azienda")
_THIS_NOUN = re.compile(
    rf"^(?:was\s+\w+\s+)?(?:diese[rsnm]?|ce|cet|cette|ces|este|esta|estos|estas|ese|esa|esse|essa|"
    rf"questo|questa|quel|quella)\s+(?!(?:{_LASTING})\b)\w|^quest'(?!(?:{_LASTING})\b)\w"
    r"|^(?:这(?:个|段|里|些)?|那(?:个|段)?)(?!(?:个)?(?:仓库|项目|团队|服务|季度|模块|包|库|公司))"
    r"|^(?:この|その|あの)(?!(?:リポ|プロジェクト|チーム|サービス|四半期|モジュール|パッケージ|社内|会社))",
    re.IGNORECASE)

# This moment: today, now, again, in a minute; and a sentence opening on what is on screen.
_MOMENT = re.compile(
    # Not "jetzt", "ahora", "encore" or "ainda": "wir nutzen jetzt pnpm" is a change that
    # lasts, "nous utilisons encore Python 3.11" a state that holds.
    r"\b(?:heute|gestern|gerade|wieder|nochmal|noch\s+mal|vorhin|"
    r"aujourd'hui|demain|tout\s+de\s+suite|tantôt|"
    r"hoy|mañana|ayer|otra\s+vez|de\s+nuevo|"
    r"hoje|amanhã|ontem|de\s+novo|"
    r"oggi|domani|ieri|di\s+nuovo|"
    r"im\s+moment|momentan|en\s+ce\s+moment|en\s+este\s+momento|ahora\s+mismo|"
    r"(?:neste|nesse)\s+momento|agora\s+mesmo|in\s+questo\s+momento|adesso|proprio\s+ora)\b"
    # a time ago: "vor 20 Minuten", "il y a 10 min", "hace una hora", "faz uns 20 minutos"
    r"|\b(?:vor|il\s+y\s+a|hace|faz|há)\s+(?:\w+\s+){0,2}\d*\s*(?:min\w*|stunde\w*|heure\w*|"
    r"hora\w*|ora\b|ore\b)|\b\d+\s*(?:minuti|ore)\s+fa\b|\bahora\W*$"
    r"|今天|明天|昨天|刚才|刚刚|又|今日|明日|昨日|さっき",
    re.IGNORECASE)
# For what a model writes (gcode.capture_guards): a day that is not every day, or "at the
# moment", in the languages above. Narrower than _MOMENT ("wieder", "gerade" and "又" also
# say how a lasting rule came about).
TODAY = re.compile(
    r"\b(?:heute|gestern|morgen\s+früh|aujourd'hui|demain|hoy|mañana|ayer|hoje|amanhã|ontem|"
    r"oggi|domani|ieri|im\s+moment|momentan|en\s+ce\s+moment|en\s+este\s+momento|"
    r"(?:neste|nesse)\s+momento|in\s+questo\s+momento)\b"
    r"|今天|明天|昨天|今日|明日|昨日",
    re.IGNORECASE)
# One person's own taste or setup, said in the first person singular ("Ich bevorzuge kleine
# Commits", "je préfère les tabulations", "me gusta ...", "我喜欢 ...", "私は ..."), as
# "I ..."/"my ..." is in English; "wir", "nous", "我们" are the team's.
FIRST_PERSON = re.compile(
    # (not English "EU data", "yo so ...")
    r"^(?:ich|je|(?-i:Eu|[Ii]o))\s|^j'|^(?:persönlich|personnellement|personalmente|"
    r"pour\s+moi|para\s+mí|para\s+mim|per\s+me)\b"
    r"|^(?:mein|meine|meinem|meinen|meiner|mon|ma|mes|mi|mis|meu|minha|meus|minhas|"
    r"il\s+mio|la\s+mia|i\s+miei|le\s+mie)\s"
    r"|^(?:me|mi)\s+(?:gusta|gustan|encanta|encantan|piace|piacciono)\b"
    r"|^(?:prefiero|prefiro|preferisco)\b"
    r"|^我(?![们們])|^(?:私|僕|俺|わたし)(?!たち|達)|^(?:나는|저는|제가|내가)",
    re.IGNORECASE)
_ON_SCREEN = re.compile(
    r"^(?:das|dies|es)\s+(?:ist|war|sind|geht|klappt|funktioniert|sieht|hat)\b"
    r"|^(?:c'est|ça|ce\s+n'est|cela)\b|^(?:esto|eso|isso|isto|questo|quello)\b"
    r"|^它|^(?:これ|それ|あれ)",
    re.IGNORECASE)
# How something goes now: "die Zahlen stimmen jetzt", "jetzt funktioniert es nicht mehr",
# "März starte ich jetzt", "das Backfill ist durch", "ça marche maintenant", "ya funciona".
_GOES_NOW = re.compile(
    r"\b(?:stimm\w*|funktionier\w*|geht|gehen|läuft|laufen|klappt|klappen)\s+(?:jetzt|wieder|"
    r"nicht\s+mehr)\b|^jetzt\s+(?:geht|funktioniert|klappt|läuft|stimmt)\b|"
    r"\b\w+e\s+ich\s+(?:jetzt|gleich|sofort)\b|\b(?:ist|sind)\s+(?:durch|fertig|erledigt)\b|"
    r"\b(?:marche|fonctionne)\s+(?:maintenant|à\s+nouveau|plus)\b|\bya\s+(?:funciona|anda)\b|"
    r"\bfunciona\s+(?:ahora|de\s+nuevo)\b", re.IGNORECASE)
# More of the moment: this time ("per questa volta", "今回"), just now ("agora há pouco"),
# on the speaker's machine ("chez moi", "na minha máquina", "手元"), a musing ("nur so ein
# Gedanke", "só curiosidade"), what the speaker just did ("ho pushato", "PR出しました"), what
# the assistant broke ("tu as cassé l'import"), the same error still, let's try, see you
# tomorrow. ("Jetzt" and "今" are left out: "wir nutzen jetzt pnpm" is a change that lasts.)
_NOW_MORE = re.compile(
    r"\b(?:diesmal|dieses\s+mal|cette\s+fois|esta\s+vez|desta\s+vez|dessa\s+vez|questa\s+volta|"
    r"per\s+questa\s+prova|pour\s+ce\s+test|para\s+esta\s+prueba|"
    r"agora\s+há\s+pouco|há\s+pouco|tout\s+à\s+l'heure|hace\s+un\s+rato|poco\s+fa|gerade\s+eben|"
    r"chez\s+moi|bei\s+mir\s+lokal|auf\s+meinem\s+(?:rechner|laptop)|en\s+mi\s+(?:máquina|portátil)|"
    r"na\s+minha\s+máquina|sulla\s+mia\s+macchina|(?:ma|mi|minha|mia|meiner)\s+(?:base|bd|db|"
    r"datenbank)\s+local\w*|"
    r"nur\s+so\s+ein\s+gedanke|só\s+curiosidade|solo\s+(?:pensando|curiosidad)|juste\s+une\s+idée|"
    r"solo\s+un'idea|pensando\s+en\s+voz\s+alta|"
    r"(?:ho|he|hemos|abbiamo|j'ai|ich\s+hab|ich\s+habe)\s+(?:\w+\s+)?(?:pushato|pusheado|pushé|"
    r"gepusht|mergeato|mergeado|mergé|gemergt|committato|commiteado|commité|committet|"
    r"deployato|desplegado|déployé|deployt)|"
    r"(?:tu\s+as|vous\s+avez|du\s+hast|has|hai|você)\s+(?:\w+\s+)?(?:cassé|kaputt\s*gemacht|"
    r"roto|quebrou|rotto|oublié|vergessen|olvidado|esquecido|dimenticato)|"
    r"(?:toujours|siempre|immer|sempre)\s+(?:la\s+même|el\s+mismo|la\s+misma|der\s+gleiche|"
    r"die\s+gleiche|derselbe|dieselbe|o\s+mesmo|a\s+mesma|lo\s+stesso|la\s+stessa)|"
    r"proviamo|probemos|essayons|lass\s+uns|vamos\s+(?:tentar|a\s+probar|probar)|"
    r"feierabend|morgen\s+weiter|à\s+demain|hasta\s+mañana|até\s+amanhã|a\s+domani)\b"
    r"|今回|这次|这一次|手元|我本地|我这边|もう一回|もう一度|再来一次|明天见|また明日|"
    r"(?:出し|送り|上げ|マージし|プッシュし)ました[。！!]*$",
    re.IGNORECASE)
# Someone speaking of what they do now: "ich schaue mir das an", "je vais regarder".
_DOING = re.compile(r"^(?:(?:ich\s+(?:schau|mach|guck|probier|versuch|bin|muss)e?|bin\s+gleich|"
                    r"je\s+(?:vais|regarde|suis)|(?:yo\s+)?(?:voy\s+a|estoy)|"
                    r"(?:eu\s+)?(?:vou|estou)|(?:io\s+)?(?:vado|sto))\b|我(?:去|先|马上|在看))",
                    re.IGNORECASE)


def foreign_chatter(s: str) -> bool:
    """Whether `s` (one sentence, spaces normalized) is chat of the moment in one of the
    languages above: an acknowledgement, a question, a request, a correction, a reaction,
    or a remark about now or about what is on screen."""
    if _ONLY_ACK.match(s):
        return True
    lead = _ACK_LEAD.match(s)
    if lead and len(lead["rest"].split()) < _SHORT_REST:
        return True
    if _asks(s) or any(_asks(c) for c in _CLAUSE.split(s)[1:]):
        return True
    if _QUESTION.search(s) or _CORRECTION.search(s) or _INTERJECTION.match(s):
        return True
    return any(p.search(s) for p in (_MOMENT, _NOW_MORE, _AWAY, _STILL_FAILING, _ON_SCREEN,
                                     _DOING, _THIS_NOUN, _GOES_NOW))


_CLAUSE = re.compile(r"\s*[,;，、]\s*")  # "dale, se ve bien, haz el commit": the last asks


def _asks(s: str) -> bool:
    """A request to the assistant, not a standing rule ("bitte immer ...")."""
    if _STANDING.search(s):
        return False
    return bool(_REQUEST.search(s) or _PLEASE.search(s)) or \
        bool(_ASKS_EAST.search(s)) and not _CONDITION.search(s)
