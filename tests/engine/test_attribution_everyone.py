"""Attribution: a source made everybody.

"Fishermen on the lake said" / « Tout le village estime », „Das ganze Dorf sagt“, "Todo el
pueblo cree": what some people said becomes what a whole place or everyone thinks, a
consensus the original never reports. A source that was already all of them ("All the
fishermen on the lake") stays the same source in any language.
"""

import pytest

from aligned_fixtures import attribution_findings

ORIGINAL = "Fishermen on the lake said the water had turned green after the factory reopened in May."


@pytest.mark.slow
@pytest.mark.parametrize(
    "language, derivative",
    [
        ("fr", "Tout le village estime que l’eau était devenue verte après la réouverture de l’usine en mai."),
        ("de", "Das ganze Dorf sagt, das Wasser sei grün geworden, nachdem die Fabrik im Mai wieder geöffnet hatte."),
        ("es", "Todo el pueblo dice que el agua se volvió verde después de que la fábrica reabriera en mayo."),
        ("en", "Everyone in the village says the water had turned green after the factory reopened in May."),
    ],
)
def test_a_source_made_everybody_is_reported(encoder, language, derivative):
    found = attribution_findings(encoder, [ORIGINAL], language, [derivative])
    assert found and "Fishermen on the lake" in found[0].original_text, found


@pytest.mark.slow
@pytest.mark.parametrize(
    "language, derivative",
    [
        ("fr", "Tous les pêcheurs du lac ont dit que l’eau était devenue verte après la réouverture de l’usine en mai."),
        ("de", "Alle Fischer am See sagten, das Wasser sei grün geworden, nachdem die Fabrik im Mai wieder geöffnet hatte."),
        ("es", "Todos los pescadores del lago dijeron que el agua se volvió verde después de que la fábrica reabriera en mayo."),
    ],
)
def test_all_of_them_rendered_stays_quiet(encoder, language, derivative):
    original = "All the fishermen on the lake said the water had turned green after the factory reopened in May."
    assert attribution_findings(encoder, [original], language, [derivative]) == []


@pytest.mark.slow
@pytest.mark.parametrize(
    "language, derivative",
    [
        ("fr", "Les pêcheurs du lac ont dit que l’eau était devenue verte après la réouverture de l’usine en mai."),
        ("it", "I pescatori del lago hanno detto che l’acqua era diventata verde dopo la riapertura della fabbrica a maggio."),
    ],
)
def test_the_same_people_rendered_stay_quiet(encoder, language, derivative):
    assert attribution_findings(encoder, [ORIGINAL], language, [derivative]) == []
