"""An unnamed speaker's words given to a member of another party: "An official in the
town's housing office … said …. '…,' he said" rendered « …, a déclaré un juriste de
Huurders Samen », where the original brings the tenants' group Huurders Samen in apart
from the official: the quote changed hands (quote_misattributed). Rendered « …, a
déclaré un fonctionnaire du service du logement », it did not."""

from __future__ import annotations

import pytest

from diptych.engine.model import Article, Link, Segment
from diptych.engine.spans import find_span_findings

pytestmark = pytest.mark.slow

TITLE = {"en": "Town cuts rent support", "fr": "La ville réduit l’aide au loyer"}
ORIGINAL = [
    TITLE["en"],
    "An official in the town's housing office, who asked not to be named because he was not allowed to speak, "
    'said the council had weighed a smaller cut. "They know some of this will end up before a judge," he said.',
    "The tenants' group Huurders Samen said it would help families file objections.",
]
OTHER_PARTY = [
    TITLE["fr"],
    "La mairie avait envisagé une réduction plus modeste. « Ils savent qu’une partie de tout cela finira devant un "
    "juge », a déclaré un juriste de Huurders Samen.",
    "Le collectif de locataires Huurders Samen a annoncé qu’il aiderait les familles à déposer des recours.",
]
SAME_PARTY = [
    TITLE["fr"],
    "Un fonctionnaire du service du logement, qui a requis l’anonymat, a déclaré que la mairie avait envisagé une "
    "réduction plus modeste. « Ils savent qu’une partie de tout cela finira devant un juge », a-t-il déclaré.",
    "Le collectif de locataires Huurders Samen a annoncé qu’il aiderait les familles à déposer des recours.",
]


def article(language: str, paragraphs: list[str]) -> Article:
    return Article(
        source="test", title=paragraphs[0], language=language, text="\n\n".join(paragraphs),
        segments=[Segment(i, p) for i, p in enumerate(paragraphs)],
    )


def _quote_kinds(encoder, derivative: list[str]) -> list[str]:
    links = [Link([i], [i], 0.9) for i in range(3)]
    findings = find_span_findings(article("en", ORIGINAL), article("fr", derivative), links, encoder)
    return [f.kind for f in findings if f.kind.startswith("quote")]


def test_an_unnamed_speaker_s_words_given_to_another_party_s_member(encoder):
    assert "quote_misattributed" in _quote_kinds(encoder, OTHER_PARTY)


def test_the_same_unnamed_speaker_rendered_is_no_change(encoder):
    assert "quote_misattributed" not in _quote_kinds(encoder, SAME_PARTY)
