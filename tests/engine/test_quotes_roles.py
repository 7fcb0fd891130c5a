"""Who says a quote, when a version credits it to a role instead of a name.

A description of another kind of office than every role the story gives the original's
speaker ("the country's prime minister" for the energy minister, "residents" for the
mayor) is somebody else: a misattribution, however alike the encoder reads the two
roles. A description of the same kind ("the minister", „der Energieminister“), or a
faithful rendering that names the speaker beside a role read as the source, is the
same speaker. One row per behaviour: an English paragraph (with the article's earlier
paragraph), its rendering, and the quote and attribution findings that must come out
(kind, original text, derivative text).
"""

from __future__ import annotations

import pytest

from diptych.engine.model import Article, Link, Segment
from diptych.engine.quotes import _role_kinds
from diptych.engine.spans import find_span_findings

TITLES = {
    "en": "Villages wait for a new power line",
    "fr": "Des villages attendent une nouvelle ligne électrique",
    "de": "Dörfer warten auf eine neue Stromleitung",
    "es": "Los pueblos esperan una nueva línea eléctrica",
}

MINISTER = (
    "The new grid line would link eleven villages in the east of the country to the national network.",
    "Energy Minister Tomas Varga presented the plan in Debrecen on Monday, saying the region had "
    '"waited long enough for these cables". "The villages cannot wait another winter," he told reporters.',
)
MAYOR = (
    "Residents of Hallwang have collected 2,000 signatures against the new quarry road.",
    'Mayor Greta Solberg said that "nobody asked the village before the first lorries came" and called on the '
    "province to halt the works.",
)
SNOW = (
    "The new grid line would link eleven villages in the east of the country to the national network.",
    'Energy Minister Tomas Varga said the line would be "finished before the first snow of next winter".',
)
DOCKERS = (
    "The port operator said on Tuesday that the night shifts would resume next month.",
    "Union leaders went further: Marta Kovac, president of the Danube Dockers Network, said the operator was "
    '"playing with the lives of its crane drivers".',
)
REGION = (
    "The river authority reported on Friday that the dam's outlet had been left open for six hours.",
    'The regional government said it was "deeply worried by these reports" and would look into the case.',
)

CASES = [
    pytest.param(
        MINISTER, "en",
        (
            MINISTER[0],
            "Energy Minister Tomas Varga presented the plan in Debrecen on Monday, saying the region had "
            '"waited long enough for these cables". "The villages cannot wait another winter," the country\'s prime '
            "minister told reporters.",
        ),
        [("quote_misattributed", "Tomas Varga", "the country's prime minister")],
        id="en: 'he' after the energy minister, then 'the prime minister': another office, another person",
    ),
    pytest.param(
        MINISTER, "es",
        (
            "La nueva línea uniría once pueblos del este del país a la red nacional.",
            "El ministro de Energía, Tomas Varga, presentó el plan el lunes en Debrecen y dijo que la región había "
            "«esperado bastante estos cables». «Los pueblos no pueden esperar otro invierno», afirmó el presidente "
            "del Gobierno ante los periodistas.",
        ),
        [("quote_misattributed", "Tomas Varga", "el presidente del Gobierno ante los periodistas")],
        id="es: the minister's words given to 'el presidente del Gobierno'",
    ),
    pytest.param(
        MINISTER, "fr",
        (
            "La nouvelle ligne relierait onze villages de l’est du pays au réseau national.",
            "Le ministre de l’Énergie, Tomas Varga, a présenté le projet lundi à Debrecen, estimant que la région "
            "avait « assez attendu ces câbles ». « Les villages ne peuvent pas attendre un hiver de plus », a "
            "ajouté le ministre devant les journalistes.",
        ),
        [],
        id="fr: 'le ministre' for the energy minister is the same office: the same speaker",
    ),
    pytest.param(
        MINISTER, "de",
        (
            "Die neue Leitung würde elf Dörfer im Osten des Landes an das nationale Netz anschließen.",
            "Energieminister Tomas Varga stellte den Plan am Montag in Debrecen vor und sagte, die Region habe "
            "„lange genug auf diese Kabel gewartet“. „Die Dörfer können nicht noch einen Winter warten“, sagte der "
            "Energieminister vor Journalisten.",
        ),
        [],
        id="de: 'der Energieminister' is the speaker",
    ),
    pytest.param(
        MAYOR, "en",
        (
            MAYOR[0],
            '"Nobody asked the village before the first lorries came," residents say, and the province must halt '
            "the works.",
        ),
        [("quote_misattributed", "Mayor Greta Solberg", "residents")],
        id="en: the mayor's words given to residents, people who hold no office",
    ),
    pytest.param(
        MAYOR, "fr",
        (
            "Les habitants de Hallwang ont réuni 2 000 signatures contre la nouvelle route de la carrière.",
            "« Personne n’a demandé l’avis du village avant l’arrivée des premiers camions », affirment les "
            "habitants, qui demandent à la province d’arrêter les travaux.",
        ),
        [("quote_misattributed", "Mayor Greta Solberg", "les habitants, qui demandent à la province d’arrêter les travaux")],
        id="fr: the same, 'affirment les habitants'",
    ),
    pytest.param(
        MAYOR, "en",
        (
            MAYOR[0],
            '"Nobody asked the village before the first lorries came," a town hall official said, and the province '
            "must halt the works.",
        ),
        [("attribution_changed", "Mayor Greta Solberg said", "a town hall official said")],
        id="en: an unnamed official of the mayor's own office hides who spoke: a changed attribution, not another "
        "speaker",
    ),
    pytest.param(
        MAYOR, "en",
        (
            MAYOR[0],
            '"Nobody asked the village before the first lorries came," a police spokesman said, and the province must '
            "halt the works.",
        ),
        [("quote_misattributed", "Mayor Greta Solberg", "a police spokesman")],
        id="en: an unnamed speaker of another kind of office (police for the mayor) is somebody else",
    ),
    pytest.param(
        SNOW, "en",
        (
            SNOW[0],
            'The line will be "finished before the first snow of next winter", a government official said.',
        ),
        [("attribution_changed", "Energy Minister Tomas Varga said", "a government official said")],
        id="en: an anonymous 'government official' hides who spoke: a named speaker made unnamed, not another one",
    ),
    pytest.param(
        MAYOR, "de",
        (
            "Die Einwohner von Hallwang haben 2.000 Unterschriften gegen die neue Steinbruchstraße gesammelt.",
            "Bürgermeisterin Greta Solberg sagte, „niemand hat das Dorf gefragt, bevor die ersten Lastwagen kamen“, "
            "und forderte die Provinz auf, die Arbeiten zu stoppen.",
        ),
        [],
        id="de: faithful, the residents of the paragraph before are not the speaker",
    ),
    pytest.param(
        DOCKERS, "de",
        (
            "Der Hafenbetreiber teilte am Dienstag mit, die Nachtschichten würden im kommenden Monat wieder "
            "aufgenommen.",
            "Gewerkschaftsvertreter gingen weiter: Marta Kovac, Vorsitzende des Danube Dockers Network, sagte, der "
            "Betreiber „spiele mit dem Leben seiner Kranführer“.",
        ),
        [],
        id="de: 'Marta Kovac, Vorsitzende des ... Network, sagte': both versions name her and her body around the "
        "quote",
    ),
    pytest.param(
        REGION, "de",
        (
            "Die Flussbehörde berichtete am Freitag, der Auslass des Damms sei sechs Stunden lang offen gewesen.",
            "Die Regionalregierung zeigte sich „zutiefst besorgt über diese Berichte“ und kündigte an, den Fall zu "
            "prüfen.",
        ),
        [],
        id="de: 'kündigte an, den Fall zu prüfen' is a verb's particle and its clause, nobody to credit",
    ),
]


def article(language: str, paragraphs: list[str]) -> Article:
    return Article(
        source="test", title=paragraphs[0], language=language, text="\n\n".join(paragraphs),
        segments=[Segment(i, p) for i, p in enumerate(paragraphs)],
    )


@pytest.mark.slow
@pytest.mark.parametrize("original, language, derivative, expected", CASES)
def test_speaker_findings(encoder, original, language, derivative, expected):
    o = article("en", [TITLES["en"], *original])
    d = article(language, [TITLES[language], *derivative])
    links = [Link([i], [i], 0.9) for i in range(3)]
    findings = find_span_findings(o, d, links, encoder)
    found = [
        (f.kind, f.original_text, f.derivative_text)
        for f in findings
        if f.kind.startswith("quote") or f.kind == "attribution_changed"
    ]
    assert found == expected


@pytest.mark.parametrize(
    "phrase, kinds",
    [
        ("the islands' prime minister", {"government"}),
        ("le Premier ministre", {"government"}),
        ("Fisheries Minister Dánjal Joensen", {"ministry"}),
        ("Mayor Greta Solberg", {"municipality"}),
        ("les habitants du quartier", {"unofficial"}),
        ("a spokesperson", set()),
    ],
)
def test_role_kinds_take_the_longest_wording(phrase, kinds):
    assert _role_kinds(phrase) == kinds
