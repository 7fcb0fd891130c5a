"""Attribution: a speaker described by a relative clause that opens with a preposition
(« Les infirmières, à qui la direction a interdit de parler, affirment », "a cui",
"a quienes", "denen", "to whom") is the noun before it, as with « qui »; and one
anonymous insider made the staff as a whole is a changed source.

Pure text tests except the end-to-end one marked slow; every sentence is written for
these tests.
"""

import pytest

from diptych.engine.attribution import find_sources
from diptych.engine.sentences import Span
from aligned_fixtures import attribution_findings


def cores(text: str, language: str) -> list[str]:
    return [s.core for s in find_sources(Span(0, 0, len(text), text), language)]


@pytest.mark.parametrize(
    "language, text, core",
    [
        ("fr", "Les gardiens du phare, à qui la direction a interdit de parler, affirment que la lampe est en panne.",
         "Les gardiens du phare"),
        ("fr", "Les gardiens du phare, auxquels la direction a interdit de parler, affirment que la lampe est en panne.",
         "Les gardiens du phare"),
        ("it", "I guardiani del faro, a cui la direzione ha vietato di parlare, affermano che la lampada è guasta.",
         "I guardiani del faro"),
        ("es", "Los fareros, a quienes la dirección prohibió hablar, afirman que la lámpara está averiada.",
         "Los fareros"),
        ("de", "Die Leuchtturmwärter, denen die Leitung verboten hat, sich zu äußern, sagen, die Lampe sei defekt.",
         "Die Leuchtturmwärter"),
        ("en", "The lighthouse keepers, to whom management has forbidden any comment, say the lamp is broken.",
         "The lighthouse keepers"),
    ],
)
def test_a_relative_clause_opened_by_a_preposition_is_no_speaker(language, text, core):
    assert cores(text, language) == [core]


@pytest.mark.slow
def test_one_anonymous_keeper_made_the_keepers_as_a_body_is_reported(encoder):
    original = [
        "A keeper at the lighthouse, who asked not to be named because staff had been told not to comment, said "
        "the lamp had been broken since January."
    ]
    derivative = [
        "Les gardiens du phare, à qui la direction a interdit de parler, affirment que la lampe est en panne "
        "depuis janvier."
    ]
    found = attribution_findings(encoder, original, "fr", derivative)
    assert len(found) == 1 and found[0].original_text.startswith("A keeper at the lighthouse"), found
