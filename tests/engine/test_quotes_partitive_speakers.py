"""« l'une d'entre eux », „einer von ihnen“, «una de ellas»: one of a group the text named
before, no role of its own. Where the original's speaker is an unnamed person ("A
nurse who asked not to be named … '…,' she said") and the derivative makes that person one
of a group (« Des infirmières affirment … « … », raconte l'une d'entre elles »), the quote
is still hers: the derivative's words name no one else. The change of the source itself
is the attribution's matter.

Each row: the original's paragraph (English) and the derivative's, under a title and a lead.
"""

from __future__ import annotations

import pytest

from aligned_fixtures import headed_findings

pytestmark = pytest.mark.slow

TITLE = {
    "en": "Night ward at Dunmere hospital to close for the summer",
    "fr": "Le service de nuit de l’hôpital de Dunmere fermera pour l’été",
    "de": "Nachtstation des Krankenhauses Dunmere schließt über den Sommer",
    "es": "La planta nocturna del hospital de Dunmere cerrará durante el verano",
}

LEAD = {
    "en": "The night ward at Dunmere hospital will close from July to September, the health board said on Monday.",
    "fr": "Le service de nuit de l’hôpital de Dunmere fermera de juillet à septembre, a annoncé lundi l’autorité "
    "sanitaire.",
    "de": "Die Nachtstation des Krankenhauses Dunmere schließt von Juli bis September, teilte die "
    "Gesundheitsbehörde am Montag mit.",
    "es": "La planta nocturna del hospital de Dunmere cerrará de julio a septiembre, anunció el lunes la "
    "autoridad sanitaria.",
}

NURSE = ["A nurse who has worked on the ward for ten years, and who asked not to be named, said staff had warned "
         'managers for months. "We were twelve on nights when I started, and now we are five," she said.']

PARTITIVE = [
    pytest.param(
        "fr",
        "Les infirmières du service affirment avoir prévenu la direction depuis des mois. « Nous étions douze la "
        "nuit quand j’ai commencé, et nous sommes cinq aujourd’hui », raconte l’une d’entre elles.",
        id="fr: « raconte l'une d'entre elles »",
    ),
    pytest.param(
        "es",
        "Las enfermeras de la planta aseguran que avisaron a la dirección durante meses. «Éramos doce por la "
        "noche cuando empecé, y ahora somos cinco», cuenta una de ellas.",
        id="es: «cuenta una de ellas»",
    ),
    pytest.param(
        "de",
        "Die Pflegekräfte der Station sagen, sie hätten die Leitung monatelang gewarnt. „Wir waren nachts zwölf, "
        "als ich anfing, und jetzt sind wir fünf“, erzählt eine von ihnen.",
        id="de: „erzählt eine von ihnen“",
    ),
]


@pytest.mark.parametrize("language, paragraph", PARTITIVE)
def test_one_of_a_group_is_no_other_speaker_than_an_unnamed_one(encoder, language, paragraph):
    found = headed_findings(encoder, TITLE, LEAD, NURSE, language, [paragraph])
    assert "quote_misattributed" not in [f.kind for f in found]
