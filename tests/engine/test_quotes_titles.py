"""A speaker named by a title, an owner and an apposed name, in whatever grammar each
language gives the owner.

"Acme's chief executive, Jane Roe" (a Saxon genitive), « le directeur général d'Acme,
Jane Roe » and „der Geschäftsführer von Acme, Jane Roe“ (a phrase of "de/von/di/of") name
one person, Jane Roe: the owner in the genitive is the body she works for, not the
speaker. A French incise set inside the quote marks by a periphrasis of argument
(« …, fait valoir la directrice, Jane Roe. Next sentence. ») closes the first quote and
names its speaker; the next sentence goes on in her voice. A speaker whose first name is
kept and whose surname is altered is a changed name, in any pair of languages.
One row per behaviour: an English paragraph (with the article's earlier paragraph), its
rendering, and the quote and name findings that must come out.
"""

from __future__ import annotations

import pytest

from diptych.engine.model import Article, Link, Segment
from diptych.engine.spans import find_span_findings

pytestmark = pytest.mark.slow

TITLES = {
    "en": "Ferry operator and crews fail to agree on rosters",
    "fr": "Pas d’accord entre l’armateur et les équipages sur les plannings",
    "de": "Keine Einigung zwischen Reederei und Besatzungen über Dienstpläne",
    "es": "Sin acuerdo entre la naviera y las tripulaciones sobre los turnos",
    "it": "Nessun accordo tra la compagnia e gli equipaggi sui turni",
}

ROSTERS = (
    '"We have asked for two rest days in seven, and the answer is still no," said the crew union\'s chair, '
    "Halvard Stene.",
    '"We can talk about rest days, but not about a timetable that empties the boats in winter," said '
    "Norsund Ferries' managing director, Ingrid Vallatt.",
    '"The talks resume on Friday."',
)

PICKER = (
    "The crews of the night ferries have worked without a contract since April.",
    "Shanthi Perera, 52, who works the island route, said she slept four hours a night in summer. "
    '"The boats are full and the crews are half what they were," she said.',
)

REGULATOR = (
    "The ferry operator said it had reported the missed rest days to the maritime regulator.",
    "Norway's maritime regulator confirmed it had received a complaint and said it would check whether the "
    'operator had kept "adequate rest records".',
)

HARBOUR = (
    "The ferry operator has struggled to find crews since the spring.",
    "The harbour chief, Per Brekke, said the ferry timetable would be cut by a third in winter. "
    '"We run the boats we can crew, and no more," he wrote in a message to the crews.',
)

CASES = [
    pytest.param(
        ROSTERS, "de",
        (
            "„Wir haben zwei Ruhetage in sieben verlangt, und die Antwort ist immer noch nein“, sagte der "
            "Vorsitzende der Gewerkschaft, Halvard Stene.",
            "„Über Ruhetage können wir reden, aber nicht über einen Fahrplan, der die Schiffe im Winter leert“, "
            "sagte die Geschäftsführerin von Norsund Ferries, Ingrid Vallatt.",
            "„Die Gespräche gehen am Freitag weiter.“",
        ),
        [],
        id="de: 'von Norsund Ferries, Ingrid Vallatt' for 'Norsund Ferries' managing director, Ingrid Vallatt': "
        "the next quote is hers on both sides",
    ),
    pytest.param(
        ROSTERS, "es",
        (
            "«Hemos pedido dos días de descanso de cada siete, y la respuesta sigue siendo no», dijo el "
            "presidente del sindicato, Halvard Stene.",
            "«Podemos hablar de días de descanso, pero no de un horario que vacíe los barcos en invierno», dijo "
            "la directora gerente de Norsund Ferries, Ingrid Vallatt.",
            "«Las conversaciones se reanudan el viernes».",
        ),
        [],
        id="es: 'de Norsund Ferries, Ingrid Vallatt': the owner's genitive is no speaker",
    ),
    pytest.param(
        ROSTERS, "it",
        (
            "«Abbiamo chiesto due giorni di riposo su sette, e la risposta è ancora no», ha detto il presidente "
            "del sindacato, Halvard Stene.",
            "«Possiamo parlare dei giorni di riposo, ma non di un orario che svuota le navi d’inverno», ha detto "
            "la direttrice generale di Norsund Ferries, Ingrid Vallatt.",
            "«I colloqui riprendono venerdì».",
        ),
        [],
        id="it: 'di Norsund Ferries, Ingrid Vallatt': the owner's genitive is no speaker",
    ),
    pytest.param(
        ROSTERS, "fr",
        (
            "« Nous avons demandé deux jours de repos sur sept, et la réponse est toujours non », a déclaré le "
            "président du syndicat, Halvard Stene.",
            "« Nous pouvons parler des jours de repos, mais pas d’un horaire qui viderait les bateaux en hiver, "
            "fait valoir la directrice générale de Norsund Ferries, Ingrid Vallatt. Les discussions reprennent "
            "vendredi. »",
        ),
        [],
        id="fr: « …, fait valoir la directrice …, Ingrid Vallatt. Les discussions … »: two quotes of hers, "
        "none given to the union's chair",
    ),
    pytest.param(
        REGULATOR, "de",
        (
            "Die Reederei erklärte, sie habe die ausgefallenen Ruhetage der Seefahrtsbehörde gemeldet.",
            "Die norwegische Seefahrtsbehörde bestätigte den Eingang einer Beschwerde und kündigte an, zu "
            "prüfen, ob die Reederei „angemessene Ruhezeitnachweise“ geführt habe.",
        ),
        [],
        id="de: 'bestätigte den Eingang einer Beschwerde und kündigte an': an object and a conjunction "
        "read before the second verb are no speaker",
    ),
    pytest.param(
        HARBOUR, "en",
        (
            "The ferry operator has struggled to find crews since the spring.",
            "The harbour chief, Per Brekke, said the ferry timetable would be cut by a third in winter. "
            '"We run the boats we can crew, and no more," said his deputy, Ola Breivik.',
        ),
        [("quote_misattributed", "Per Brekke", "his deputy, Ola Breivik")],
        id="en: 'Brekke' / 'Ola Breivik': alike surnames, but another first name than 'Per Brekke': another person",
    ),
    pytest.param(
        PICKER, "fr",
        (
            "Les équipages des ferries de nuit travaillent sans contrat depuis avril.",
            "Shanthi Wijesinghe, 52 ans, qui travaille sur la ligne des îles, a déclaré qu’elle dormait quatre heures "
            "par nuit en été. « Les bateaux sont pleins et les équipages sont deux fois moins nombreux qu’avant », "
            "a-t-elle dit.",
        ),
        [("name_changed", "Shanthi Perera", "Shanthi Wijesinghe")],
        id="fr: the same first name, another surname: a changed name, not another speaker",
    ),
]


def article(language: str, paragraphs: list[str]) -> Article:
    return Article(
        source="test", title=paragraphs[0], language=language, text="\n\n".join(paragraphs),
        segments=[Segment(i, p) for i, p in enumerate(paragraphs)],
    )


@pytest.mark.parametrize("original, language, derivative, expected", CASES)
def test_titled_speakers(encoder, original, language, derivative, expected):
    o = article("en", [TITLES["en"], *original])
    d = article(language, [TITLES[language], *derivative])
    n = min(len(o.segments), len(d.segments))
    links = [Link([i], [i], 0.9) for i in range(n)]
    if len(o.segments) > len(d.segments):
        links[-1] = Link(list(range(n - 1, len(o.segments))), [n - 1], 0.9)
    findings = find_span_findings(o, d, links, encoder)
    found = [
        (f.kind, f.original_text, f.derivative_text)
        for f in findings
        if f.kind.startswith("quote") or f.kind == "name_changed"
    ]
    assert found == expected


def test_a_source_whose_relative_clause_goes_on_after_and_is_still_the_speaker(encoder):
    """"a diplomat who attended the talks and [spoke on condition of anonymity]": the
    conjunction ends a relative clause read in part, not an object read up to a verb."""
    original = (
        "The ferry operator has struggled to find crews since the spring.",
        "According to a port official who attended the meeting and spoke on condition of anonymity, the "
        'operator would "cut the winter timetable by a third".',
    )
    derivative = (
        "L’armateur peine à trouver des équipages depuis le printemps.",
        "Selon le chef du port, Per Brekke, l’armateur allait « réduire d’un tiers les horaires d’hiver ».",
    )
    o = article("en", [TITLES["en"], *original])
    d = article("fr", [TITLES["fr"], *derivative])
    links = [Link([i], [i], 0.9) for i in range(3)]
    kinds = [f.kind for f in find_span_findings(o, d, links, encoder)]
    assert "attribution_changed" in kinds
