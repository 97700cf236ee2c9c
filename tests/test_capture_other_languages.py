"""Chat of the moment and statements in other languages than English, taught by the blind
multilingual set m1 (a Django/React booking platform, six languages; first run: 40/50
statements stored whole, 9/150 chatter turns stored). Sentences of our own, not the set's."""

from __future__ import annotations

import pytest

from gcode.capture import candidates
from gcode.capture_text import sentences

CHATTER = [
    # a request opening on an imperative
    "nimm bitte die zweite Variante",
    "gib mir alle Tests, die noch keine Marker haben",
    "renomme la variable `x` en `count` dans tout le module",
    "pon un timeout de 5 segundos en esa llamada",
    "coloca um log antes do retry",
    "metti un limite di 10 al batch",
    # this moment, a while ago
    "im Moment hängt der Build bei 80%",
    "la cola tiene 50 jobs pendientes en este momento",
    "o servidor de homologação caiu faz uns dez minutos",
    "il y a 10 minutes la CI était encore verte",
    "il worker è bloccato da 20 minuti fa",
    "la migración va tres commits por detrás de main ahora",
    # acknowledgements and interjections
    "なるほど",
    "capito, grazie",
    "poxa, esqueci de rodar as migrações",
]

STATEMENTS = [
    # a correction that goes on with what the team does
    "non, on utilise yarn berry ici, pas npm, le `package-lock.json` n'existe plus",
    "nein, wir nutzen poetry, nicht pipenv, die `Pipfile` ist nur noch ein Überbleibsel",
    "no, usamos pnpm en el frontend, nunca npm",
]


@pytest.mark.parametrize("text", CHATTER)
def test_chat_of_the_moment_in_other_languages_is_no_candidate(text):
    assert candidates(text) == []


@pytest.mark.parametrize("text", STATEMENTS)
def test_a_correction_that_states_what_the_team_does_is_kept(text):
    assert " ".join(candidates(text)) == text


def test_a_german_date_does_not_end_the_sentence():
    text = "ab dem 15. Mai deployen wir nur noch dienstags. Hotfixes gehen jederzeit."
    assert sentences(text)[0] == "ab dem 15. Mai deployen wir nur noch dienstags."
    assert sentences("Version 3. Danach ist Schluss.") == ["Version 3.", "Danach ist Schluss."]
