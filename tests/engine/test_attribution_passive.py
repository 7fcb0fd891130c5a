"""Attribution: a passive verb of saying with no agent credits no one. "The agency had
been warned in 2022 that ..." says someone warned the agency, not who tells the reader
so: a derivative that drops "According to the daily X" from such a sentence states the
daily's report as fact. "It was announced by the ministry" still credits the ministry.
"""

import pytest

from diptych.engine.attribution import _credits_someone


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "The agency had been warned in 2022 that the budget would not cover the work."),
        ("en", "Residents were told last week that the water was safe to drink."),
        ("fr", "L'agence avait été avertie dès 2022 que le budget ne suffirait pas."),
    ],
)
def test_a_passive_verb_of_saying_with_no_agent_credits_no_one(language, text):
    assert not _credits_someone(text, language)


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "The closure was announced by the ministry on Monday."),
        ("en", "The agency had warned in 2022 that the budget would not cover the work."),
    ],
)
def test_an_agent_or_an_active_verb_still_credits_someone(language, text):
    assert _credits_someone(text, language)


def span_findings(encoder, original: list[str], language: str, derivative: list[str]):
    from diptych.engine.model import Article, Link, Segment
    from diptych.engine.spans import find_span_findings

    def article(lang: str, paragraphs: list[str]) -> Article:
        return Article("test", "", lang, "\n\n".join(paragraphs), [Segment(i, p, False) for i, p in enumerate(paragraphs)])

    links = [Link([i], [i], 0.9) for i in range(min(len(original), len(derivative)))]
    return find_span_findings(article("en", original), article(language, derivative), links, encoder)


@pytest.mark.slow
def test_a_report_stated_as_a_passive_fact_drops_its_source(encoder):
    opening = "Buyers of 300 subsidised flats in Valdor will pay a fifth more than agreed, the housing agency said."
    original = [
        opening,
        "According to the regional daily Norvik Post, the agency had been warned as early as 2021 that the budget "
        "would not cover the work, but it kept signing contracts at the old price.",
    ]
    derivative = [
        opening,
        "The agency had been warned as early as 2021 that the budget would not cover the work, but it kept signing "
        "contracts at the old price.",
    ]
    found = [f for f in span_findings(encoder, original, "en", derivative) if f.kind == "attribution_changed"]
    assert len(found) == 1 and "Norvik Post" in found[0].explanation, found
