"""« Pour la Ligue des pompiers, un tiers des corps manquent de bras »: a sentence opened by
« pour », a named body or person and a comma says whose view it is, as « selon » does; a
faithful translation of "The League said ..." credits the same source. « Pour la première
fois », « Pour Noël » and a « pour » inside a sentence name nobody. Sentences are invented."""

import pytest

from diptych.engine.attribution import find_sources, source_change
from diptych.engine.sentences import Span


def sources(text: str, language: str) -> list[str]:
    return [s.phrase.text for s in find_sources(Span(0, 0, len(text), text), language) if not s.pronoun]


@pytest.mark.parametrize(
    "text, source",
    [
        ("Pour la Fédération des boulangers, qui réclame une aide, un tiers des fournils manquent de bras.",
         "la Fédération des boulangers"),
        ("Pour Anna Berg, le projet coûtera bien plus que prévu.", "Anna Berg"),
    ],
)
def test_pour_and_a_named_source_opening_the_sentence_is_a_source(text, source):
    assert sources(text, "fr") == [source]


@pytest.mark.parametrize(
    "text",
    [
        "Pour la première fois, le club a gagné à l’extérieur.",
        "Pour Noël, la ville installe un marché sur la place.",
        "Le conseil a voté pour la Ligue des parents, puis la séance a été levée.",
    ],
)
def test_pour_that_names_nobody_is_no_source(text):
    assert sources(text, "fr") == []


def test_the_faithful_rendering_credits_the_same_source():
    original = "The Bakers' Federation said a third of bakeries were probably short of staff."
    derivative = "Pour la Fédération des boulangers, un tiers des fournils manquent probablement de bras."
    o = [s for s in find_sources(Span(0, 0, len(original), original), "en") if not s.pronoun][0]
    d = [s for s in find_sources(Span(0, 0, len(derivative), derivative), "fr") if not s.pronoun][0]
    assert source_change(o, d, 0.85) is None
