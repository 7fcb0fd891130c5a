"""A speaker's second quote set apart in a paragraph of its own, and cut short there.

A rewrite may end a paragraph after a speaker's first quote and put the second on a line of
its own, shortened (« Nous n’abandonnons pas. » for "We are not giving up, and we will
follow every new sighting."). The aligner links the first paragraph and leaves the lone
quote unlinked; its place (right after the paragraph linked to its original's) is the
evidence a linked paragraph gives, so the quote is that original quote truncated
(``quote_changed``), not a quote dropped. A faithful rendering set apart is no change.

End to end with the real offline encoder, through ``find_span_findings``, on sentences
written for these tests.
"""

import pytest

from diptych.engine.model import Article, Link, Segment
from diptych.engine.spans import find_span_findings

pytestmark = pytest.mark.slow


def article(language: str, paragraphs: list[str]) -> Article:
    return Article(
        source="test", title="", language=language, text="\n\n".join(paragraphs),
        segments=[Segment(i, p) for i, p in enumerate(paragraphs)],
    )


ORIGINAL = [
    "Volunteers searched the ridge again on Monday, the mountain rescue team said.",
    '"We have checked every hut and every gully on the ridge," said the team leader, Ian Kerr. '
    '"We are not giving up, and we will follow every new sighting that the public reports to us."',
]


def quote_kinds(encoder, language: str, derivative: list[str]):
    o, d = article("en", ORIGINAL), article(language, derivative)
    links = [Link([0], [0], 0.9), Link([1], [1], 0.8)]
    return [(f.kind, f.derivative) for f in find_span_findings(o, d, links, encoder) if f.kind.startswith("quote")]


def test_a_second_quote_set_apart_and_cut_short_is_a_changed_quote(encoder):
    derivative = [
        "Les bénévoles ont de nouveau fouillé la crête lundi, a indiqué l’équipe de secours en montagne.",
        "« Nous avons vérifié chaque refuge et chaque ravine de la crête », a déclaré le chef d’équipe, Ian Kerr.",
        "« Nous n’abandonnons pas. »",
    ]
    assert quote_kinds(encoder, "fr", derivative) == [("quote_changed", [2])]


def test_a_second_quote_set_apart_whole_is_no_change(encoder):
    derivative = [
        "Les bénévoles ont de nouveau fouillé la crête lundi, a indiqué l’équipe de secours en montagne.",
        "« Nous avons vérifié chaque refuge et chaque ravine de la crête », a déclaré le chef d’équipe, Ian Kerr.",
        "« Nous n’abandonnons pas, et nous suivrons chaque nouveau signalement que le public nous transmettra. »",
    ]
    assert quote_kinds(encoder, "fr", derivative) == []
