"""A group organised to speak as one (a residents' group, an action committee, « un
collectif », „eine Bürgerinitiative“, « una plataforma vecinal », « un comitato ») made
people who speak for themselves ("Some residents said"), or the reverse: the claim of an
organisation is now that of a few individuals - a changed source. The same group in
another language, or people left as people, is no change.
"""

import pytest

from diptych.engine.attribution import find_sources, source_change
from diptych.engine.sentences import Span


def source(text: str, language: str):
    return [s for s in find_sources(Span(0, 0, len(text), text), language) if not s.pronoun][0]


@pytest.mark.parametrize(
    "original, o_lang, derivative, d_lang",
    [
        ("A tenants' group set up last month said the lifts had failed.", "en", "Some tenants said the lifts had failed.", "en"),
        ("A tenants' group said the lifts had failed.", "en", "Tenants said the lifts had failed.", "en"),
        ("Un collectif de locataires a affirmé que les ascenseurs étaient en panne.", "fr", "Des locataires ont affirmé que les ascenseurs étaient en panne.", "fr"),
        ("Una plataforma vecinal dijo que los ascensores fallaban.", "es", "Algunos vecinos dijeron que los ascensores fallaban.", "es"),
        ("Un comitato di cittadini ha detto che gli ascensori erano guasti.", "it", "Alcuni abitanti hanno detto che gli ascensori erano guasti.", "it"),
        ("Some tenants said the lifts had failed.", "en", "A tenants' group said the lifts had failed.", "en"),
    ],
)
def test_an_organised_group_made_individuals_is_a_change(original, o_lang, derivative, d_lang):
    assert source_change(source(original, o_lang), source(derivative, d_lang), 0.8)


@pytest.mark.parametrize(
    "original, o_lang, derivative, d_lang",
    [
        ("A tenants' group said the lifts had failed.", "en", "Un groupe de locataires a affirmé que les ascenseurs étaient en panne.", "fr"),
        ("A tenants' group said the lifts had failed.", "en", "Un collectif de locataires a affirmé que les ascenseurs étaient en panne.", "fr"),
        ("Some tenants said the lifts had failed.", "en", "Des locataires ont affirmé que les ascenseurs étaient en panne.", "fr"),
        ("Members of the tenants' group said the lifts had failed.", "en", "Tenants said the lifts had failed.", "en"),
    ],
)
def test_the_same_group_or_the_same_people_is_no_change(original, o_lang, derivative, d_lang):
    assert source_change(source(original, o_lang), source(derivative, d_lang), 0.8) is None


@pytest.mark.parametrize(
    "original, o_lang, derivative, d_lang",
    [
        ("A group of tenants said the lifts had failed.", "en", "Some tenants said the lifts had failed.", "en"),
        ("Un groupe de locataires a affirmé que les ascenseurs étaient en panne.", "fr", "Des locataires ont affirmé que les ascenseurs étaient en panne.", "fr"),
        ("Un gruppo di abitanti ha detto che gli ascensori erano guasti.", "it", "Alcuni abitanti hanno detto che gli ascensori erano guasti.", "it"),
    ],
)
def test_a_group_of_people_is_no_organisation(original, o_lang, derivative, d_lang):
    assert source_change(source(original, o_lang), source(derivative, d_lang), 0.8) is None
