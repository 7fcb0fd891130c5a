"""A short partial quote cut short: "accurate for the slopes most skiers choose" quoted
as « exacte pour les pentes » lost its restriction ("most skiers choose") though the
original is under eight words. A quote of six or seven words that loses three or more,
and renders its original only loosely as a whole, was truncated. A faithful rendering of
a short quote (a few words shorter, as German or French may be) is not."""

from __future__ import annotations

import pytest

from diptych.engine.model import Article, Link, Segment
from diptych.engine.spans import find_span_findings

pytestmark = pytest.mark.slow

TITLE = {"en": "Forecasters defend their bulletin", "fr": "Les prévisionnistes défendent leur bulletin"}
ORIGINAL = (
    "The weather office had kept the warning at yellow all week. Its director, Lena Strand, said the forecast "
    'had been "accurate for the slopes most skiers choose".'
)
TRUNCATED = (
    "Le service météo avait maintenu l’alerte au jaune toute la semaine. Sa directrice, Lena Strand, a assuré "
    "que la prévision avait été « exacte pour les pentes »."
)
FAITHFUL = (
    "Le service météo avait maintenu l’alerte au jaune toute la semaine. Sa directrice, Lena Strand, a assuré "
    "que la prévision avait été « exacte pour les pentes que choisissent la plupart des skieurs »."
)


def article(language: str, paragraphs: list[str]) -> Article:
    return Article(
        source="test", title=paragraphs[0], language=language, text="\n\n".join(paragraphs),
        segments=[Segment(i, p) for i, p in enumerate(paragraphs)],
    )


def _quote_kinds(encoder, derivative: str) -> list[str]:
    o = article("en", [TITLE["en"], ORIGINAL])
    d = article("fr", [TITLE["fr"], derivative])
    findings = find_span_findings(o, d, [Link([0], [0], 0.9), Link([1], [1], 0.9)], encoder)
    return [f.kind for f in findings if f.kind.startswith("quote")]


def test_a_short_quote_that_lost_its_restriction_was_truncated(encoder):
    assert _quote_kinds(encoder, TRUNCATED) == ["quote_changed"]


def test_the_whole_short_quote_rendered_is_no_change(encoder):
    assert _quote_kinds(encoder, FAITHFUL) == []
