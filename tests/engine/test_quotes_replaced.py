"""When a new quote of the derivative is an original quote reworded past recognition, and
when it is one quote dropped and another added.

An original quote nothing renders, and a new quote where the derivative renders its
sentence (or, both sentences left unpaired, in its place between the same aligned
neighbours), is that quote reworded: the encoder scores such rewordings as low as
unrelated quotes ("a clear path" / "a firm timetable" 0.15), so meaning cannot tell them
apart. Where the two are credited to two different named people, or the new one sits
elsewhere in the paragraph, they are two edits: one quote dropped, another added. One
row per behaviour: an English paragraph, its rendering, and the quote findings that must
come out (kind, original text, derivative text).
"""

from __future__ import annotations

import pytest

from diptych.engine.model import Article, Link, Segment
from diptych.engine.spans import find_span_findings

pytestmark = pytest.mark.slow

TITLES = {
    "en": "Orchard growers protest water rules",
    "fr": "Les arboriculteurs protestent contre les règles sur l’eau",
    "de": "Obstbauern protestieren gegen Wasserregeln",
}
ORCHARDS = (
    'The farm ministry said it was "deeply disappointed by the protest" and would meet the growers in January. '
    "Growers' leaders went further: Rosa Delgado, who chairs the Valley Growers' Cooperative, said the rules were "
    '"a knife in the back of every orchard". '
    "The new limits on irrigation take effect in March. "
    "The regional council said it would publish the water figures for each village next week."
)

CASES = [
    pytest.param(
        ORCHARDS, "en",
        'The farm ministry said it was "deeply disappointed by the protest" and would meet the growers in January. '
        "The new limits on irrigation take effect in March. "
        "The regional council said it would publish the water figures for each village next week. "
        '"We have never refused to sit down with the growers," Farm Minister Pablo Ruiz said.',
        [
            ("quote_added", None, "We have never refused to sit down with the growers"),
            ("quote_dropped", "a knife in the back of every orchard", None),
        ],
        id="en: a grower's quote dropped and the minister's added at the paragraph's end: two edits",
    ),
    pytest.param(
        ORCHARDS, "fr",
        "Le ministère de l’Agriculture s’est dit « profondément déçu par la manifestation » et recevra les "
        "producteurs en janvier. "
        "Les nouvelles limites d’irrigation entrent en vigueur en mars. "
        "Le conseil régional a indiqué qu’il publierait la semaine prochaine les chiffres de l’eau de chaque village. "
        "« Nous n’avons jamais refusé de nous asseoir avec les producteurs », a assuré le ministre de "
        "l’Agriculture, Pablo Ruiz.",
        [
            ("quote_added", None, "Nous n’avons jamais refusé de nous asseoir avec les producteurs"),
            ("quote_dropped", "a knife in the back of every orchard", None),
        ],
        id="fr: the same across languages",
    ),
    pytest.param(
        ORCHARDS, "en",
        'The farm ministry said it was "deeply disappointed by the protest" and would meet the growers in January. '
        "Growers' leaders went further: the minister, Pablo Ruiz, has since said the rules were "
        '"the only way to keep the rivers alive". '
        "The new limits on irrigation take effect in March. "
        "The regional council said it would publish the water figures for each village next week.",
        [
            ("quote_added", None, "the only way to keep the rivers alive"),
            ("quote_dropped", "a knife in the back of every orchard", None),
        ],
        id="en: in the grower's place, but credited to another named person: dropped and added",
    ),
    pytest.param(
        ORCHARDS, "en",
        'The farm ministry said it was "deeply disappointed by the protest" and would meet the growers in January. '
        "Rosa Delgado, who chairs the Valley Growers' Cooperative, went further and called the rules "
        '"a betrayal of the people who feed this valley". '
        "The new limits on irrigation take effect in March. "
        "The regional council said it would publish the water figures for each village next week.",
        [("quote_changed", "a knife in the back of every orchard", "a betrayal of the people who feed this valley")],
        id="en: the same speaker in the same place, in other words: reworded",
    ),
    pytest.param(
        ORCHARDS, "en",
        'The farm ministry said it was "deeply disappointed by the protest" and would meet the growers in January. '
        "The new limits on irrigation take effect in March. "
        "The regional council said it would publish the water figures for each village next week. "
        '"These rules were written by people who have never pruned a tree," a grower in the valley said.',
        [
            ("quote_added", None, "These rules were written by people who have never pruned a tree"),
            ("quote_dropped", "a knife in the back of every orchard", None),
        ],
        id="en: a new quote of an unnamed speaker at the paragraph's end, not where the dropped one stood: two "
        "edits",
    ),
    pytest.param(
        ORCHARDS, "en",
        'The farm ministry said it was "deeply disappointed by the protest" and would meet the growers in January. '
        "The new limits on irrigation take effect in March. "
        "The regional council said it would publish the water figures for each village next week. "
        'Rosa Delgado, who chairs the Valley Growers\' Cooperative, called the rules "a betrayal of the people who '
        'feed this valley".',
        [("quote_changed", "a knife in the back of every orchard", "a betrayal of the people who feed this valley")],
        id="en: the same speaker's quote reworded and moved to the paragraph's end: reworded",
    ),
    pytest.param(
        ORCHARDS, "de",
        "Das Landwirtschaftsministerium zeigte sich „tief enttäuscht über den Protest“ und will die Erzeuger im "
        "Januar empfangen. "
        "Die Vertreter der Obstbauern gingen weiter: Rosa Delgado, die der Valley Growers' Cooperative vorsteht, "
        "nannte die Regeln „ein Messer im Rücken jeder Obstplantage“. "
        "Die neuen Grenzen für die Bewässerung gelten ab März. "
        "Der Regionalrat kündigte an, nächste Woche die Wasserzahlen jedes Dorfes zu veröffentlichen.",
        [],
        id="de: faithful translation, clean",
    ),
]


def article(language: str, paragraphs: list[str]) -> Article:
    return Article(
        source="test", title=paragraphs[0], language=language, text="\n\n".join(paragraphs),
        segments=[Segment(i, p) for i, p in enumerate(paragraphs)],
    )


@pytest.mark.parametrize("original, language, derivative, expected", CASES)
def test_quote_findings(encoder, original, language, derivative, expected):
    o = article("en", [TITLES["en"], original])
    d = article(language, [TITLES[language], derivative])
    findings = find_span_findings(o, d, [Link([0], [0], 0.9), Link([1], [1], 0.9)], encoder)
    quotes = sorted(
        ((f.kind, f.original_text, f.derivative_text) for f in findings if f.kind.startswith("quote")),
        key=lambda t: (t[0], t[1] or "", t[2] or ""),
    )
    assert quotes == expected
