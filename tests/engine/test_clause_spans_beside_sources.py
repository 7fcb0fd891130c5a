"""Clauses a rewrite drops from beside a source, and which are content, not the source's description.

A clause that stands next to a source ("X, who …, said", "according to a report, …") is
left to the attribution analysis when it only says who the source is. Some say more: why
the source is anonymous ("for fear of losing his job"), what became of the figure the
source gave ("most of which will pay for …"), what the people counted said ("dozens of
them to drivers who said they had never been warned"). Dropping those is an ``omitted``
clause. End to end with the real offline encoder, through ``find_span_findings``.
"""

import pytest

from diptych.engine import clause_spans
from diptych.engine.model import Article, Link, Segment
from diptych.engine.sentences import Span
from diptych.engine.spans import find_span_findings


def article(language: str, text: str) -> Article:
    return Article(source="test", title="", language=language, text=text, segments=[Segment(0, text, False)])


def changes(encoder, original: str, language: str, derivative: str) -> list[tuple[str, str]]:
    found = find_span_findings(article("en", original), article(language, derivative), [Link([0], [0], 0.9)], encoder)
    return [(f.kind, f.original_text or f.derivative_text) for f in found if f.kind in ("added", "omitted")]


def span(text: str) -> Span:
    return Span(0, 0, len(text), text)


@pytest.mark.parametrize(
    "language, clause",
    [
        ("en", "for fear of losing his job"),
        ("en", "for fear of reprisals from the management"),
        ("fr", "de peur de perdre son emploi"),
        ("fr", "par crainte de représailles de la direction"),
        ("de", "aus Angst vor Repressalien der Geschäftsführung"),
        ("es", "por miedo a perder su empleo"),
        ("es", "por temor a represalias de la dirección"),
    ],
)
def test_a_fear_gives_the_reason_a_source_is_anonymous(language, clause):
    assert clause_spans._gives_reason(span(clause), language)


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "The levy should raise about 300,000 euros, according to a budget paper, most of which will pay for new cycle lanes."),
        ("en", "The fund received 40 bids, according to the ministry, some of which came from abroad and from private schools."),
        ("fr", "La taxe doit rapporter 300 000 euros, selon un document budgétaire, dont la plupart financera de nouvelles pistes cyclables."),
    ],
)
def test_a_partitive_relative_beside_a_source_tells_of_what_it_said(language, text):
    at = text.rindex(", ") + 2
    clause = Span(0, at, len(text) - 1, text[at:-1])
    side = type("Side", (), {"texts": {0: text}, "language": language})()
    assert clause_spans._tells_of_source(side, clause)


@pytest.mark.slow
def test_a_dropped_fear_that_kept_a_source_anonymous_is_omitted(encoder):
    original = (
        "A former guard, who spoke on condition of anonymity for fear of losing his pension, said inmates had "
        "been left without heating for most of the winter."
    )
    derivative = (
        "A former guard, who spoke on condition of anonymity, said inmates had been left without heating for "
        "most of the winter."
    )
    assert changes(encoder, original, "en", derivative) == [("omitted", "for fear of losing his pension")]


@pytest.mark.slow
def test_a_dropped_partitive_relative_after_a_source_is_omitted(encoder):
    original = (
        "The harbour authority expects the new mooring fees to bring in about 480,000 euros a year, according "
        "to a budget paper, most of which will go to dredging the silted entrance channel."
    )
    derivative = (
        "The harbour authority expects the new mooring fees to bring in about 480,000 euros a year, according "
        "to a budget paper."
    )
    assert changes(encoder, original, "en", derivative) == [
        ("omitted", "most of which will go to dredging the silted entrance channel")
    ]


def test_what_the_people_a_figure_counts_said_is_content_though_the_source_phrase_starts_before_the_clause():
    # the attribution finder can read a long source phrase off the sentence ("more than
    # 3,100 fines in one year, several hundred of them to drivers who"): the clause still
    # holds the verb and what the drivers said
    text = (
        "The wardens issued more than 3,100 fines in one year, several hundred of them to drivers who said they "
        "had never seen a warning sign."
    )
    at = text.index("several")
    clause = Span(0, at, len(text) - 1, text[at:-1])
    phrase_start = text.index("more than")
    phrase_end = text.index(" said")
    source = type("Source", (), {
        "phrase": Span(0, phrase_start, phrase_end, text[phrase_start:phrase_end]),
        "claim": Span(0, phrase_start, phrase_end + 5, text[phrase_start : phrase_end + 5]),
    })()
    assert clause_spans._reports_its_own(clause, source, text, "en")
    # a source phrase that does not end in a relative pronoun is still the source's
    other = "The wardens issued more than 3,100 fines in one year, the local drivers said on Monday after the meeting."
    at = other.index("the local")
    clause = Span(0, at, len(other) - 1, other[at:-1])
    phrase_end = other.index(" said")
    source = type("Source", (), {
        "phrase": Span(0, 0, phrase_end, other[:phrase_end]),
        "claim": Span(0, 0, phrase_end + 5, other[: phrase_end + 5]),
    })()
    assert not clause_spans._reports_its_own(clause, source, other, "en")
