"""A correction ("A, not B") rendered with a connective of substitution ("instead of",
„statt“, « au lieu de », "en lugar de", « invece di ») keeps the original's polarity: what
the connective sets aside is denied as "not" denies it. Only a negation truly dropped or
added marks a quote as reworded.

Each row: an English paragraph and its rendering, under a title and a lead.
"""

from __future__ import annotations

import pytest

from aligned_fixtures import headed_findings

pytestmark = pytest.mark.slow

TITLE = {
    "en": "Fishermen protest against the new harbour fees",
    "de": "Fischer protestieren gegen die neuen Hafengebühren",
    "fr": "Les pêcheurs protestent contre les nouvelles taxes portuaires",
}
LEAD = {
    "en": "About forty fishing boats blocked the harbour of Kerrow on Monday morning. The council had raised the "
    "mooring fees by a third in January.",
    "de": "Rund vierzig Fischerboote blockierten am Montagmorgen den Hafen von Kerrow. Der Rat hatte die "
    "Liegegebühren im Januar um ein Drittel erhöht.",
    "fr": "Une quarantaine de bateaux de pêche ont bloqué lundi matin le port de Kerrow. Le conseil avait augmenté "
    "d’un tiers les droits d’amarrage en janvier.",
}


def quote_kinds(encoder, original: str, language: str, derivative: str) -> list[str]:
    found = headed_findings(encoder, TITLE, LEAD, [original], language, [derivative])
    return [f.kind for f in found if f.kind.startswith("quote")]


CONSULTED = '"What angers us is being informed, not consulted," said Mairi Gunn, who chairs the fishermen\'s association.'
ORDERED = '"We are being ordered, not asked," said Mairi Gunn, who chairs the fishermen\'s association.'


@pytest.mark.parametrize(
    "language, derivative",
    [
        pytest.param(
            "de",
            "„Was uns ärgert, ist, dass man uns informiert, statt uns zu fragen“, sagte Mairi Gunn, die den "
            "Fischereiverband leitet.",
            id="de: „statt uns zu fragen“ for 'not consulted'",
        ),
        pytest.param(
            "fr",
            "« Ce qui nous met en colère, c’est qu’on nous informe au lieu de nous consulter », a déclaré Mairi "
            "Gunn, qui préside l’association des pêcheurs.",
            id="fr: « au lieu de nous consulter » for 'not consulted'",
        ),
    ],
)
def test_a_correction_rendered_by_instead_of_is_faithful(encoder, language, derivative):
    assert quote_kinds(encoder, CONSULTED, language, derivative) == []


@pytest.mark.parametrize(
    "language, derivative",
    [
        pytest.param(
            "de",
            "„Uns wird befohlen, statt dass man uns fragt“, sagte Mairi Gunn, die den Fischereiverband leitet.",
            id="de: „statt dass man uns fragt“ for 'not asked'",
        ),
        pytest.param(
            "fr",
            "« On nous impose des choses au lieu de nous demander notre avis », a déclaré Mairi Gunn, qui préside "
            "l’association des pêcheurs.",
            id="fr: « au lieu de nous demander » for 'not asked', loosely",
        ),
    ],
)
def test_a_loose_correction_rendered_by_instead_of_is_faithful(encoder, language, derivative):
    assert quote_kinds(encoder, ORDERED, language, derivative) == []
