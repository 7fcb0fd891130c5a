"""A word that can be a reporting verb is a noun after a verb: "rejected claims" names no
source, and a quote before it is not credited to "rejected"."""

import pytest

from diptych.engine.attribution import find_sources
from diptych.engine.sentences import Span


def sources(text: str) -> list[str]:
    return [s.phrase.text for s in find_sources(Span(0, 0, len(text), text), "en", [], frozenset())]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The mayor said the pipes were old, but rejected claims that the water was unsafe.", ["The mayor"]),
        ('The mayor said the town "may have waited too long", but rejected claims that lives were lost.', ["The mayor"]),
        # a subject described by a participle still speaks
        ("Residents affected said the water was brown for a week.", ["Residents affected"]),
        ("The injured said the gate had been shut.", ["The injured"]),
    ],
)
def test_a_verb_before_claims_or_reports_makes_them_nouns(text, expected):
    assert sources(text) == expected
