"""A second reported clause dropped from a kept sentence ("… and that it would replace any
bin found to leak at no cost to the town") is omitted even where the other version's
headline speaks of the same matter: a headline sums up the story and renders no clause of
a body sentence. End to end with the real offline encoder, through ``find_span_findings``.
"""

import pytest

from diptych.engine.model import Article, Link, Segment
from diptych.engine.spans import find_span_findings


def article(language: str, paragraphs: list[str]) -> Article:
    return Article(
        source="test",
        title=paragraphs[0],
        language=language,
        text="\n\n".join(paragraphs),
        segments=[Segment(i, p, False) for i, p in enumerate(paragraphs)],
    )


ORIGINAL = [
    "Leaking street bins at no cost to the town, supplier promises",
    "Binvera said in a statement that all its street bins met national standards and that it would replace any "
    "bin found to leak at no cost to the town.",
]
DERIVATIVE = [
    "Des poubelles qui fuient remplacées sans frais pour la ville, promet le fournisseur",
    "Binvera se contente d’affirmer dans un communiqué que toutes ses poubelles respectent les normes nationales.",
]


@pytest.mark.slow
def test_a_dropped_second_reported_clause_is_omitted_though_the_headline_tells_of_it(encoder):
    found = find_span_findings(article("en", ORIGINAL), article("fr", DERIVATIVE), [Link([0], [0], 0.9), Link([1], [1], 0.9)], encoder)
    omitted = [f.original_text for f in found if f.kind == "omitted"]
    assert "and that it would replace any bin found to leak at no cost to the town" in omitted
