"""A shorter quote that lost nothing: the rest reported around it.

- A translator may quote only one clause of a quote and report the other in the same
  sentence, outside the marks (« le da igual quién pague la obra, "con tal de que ..." »):
  the words are all there, some of them as reported speech, so the quote was not truncated.
- A quote cut after its first clause, the second said nowhere, stays truncated.

Each row: the original's paragraphs (English), the derivative's, paragraph for paragraph.
"""

from __future__ import annotations

import pytest

from aligned_fixtures import headed_findings

pytestmark = pytest.mark.slow

TITLE = {
    "en": "Village wells run dry as the reservoir pipeline stays broken",
    "fr": "Les puits du village à sec, la conduite du réservoir toujours cassée",
    "de": "Die Dorfbrunnen versiegen, die Leitung vom Stausee bleibt kaputt",
    "es": "Los pozos del pueblo se secan mientras la tubería del embalse sigue rota",
}
LEAD = {
    "en": "The village of Arnel has had no running water for nine days since a pipeline from the reservoir burst.",
    "fr": "Le village d’Arnel est privé d’eau courante depuis neuf jours, depuis la rupture d’une conduite venant "
    "du réservoir.",
    "de": "Das Dorf Arnel hat seit neun Tagen kein fließendes Wasser, seit eine Leitung vom Stausee geborsten ist.",
    "es": "El pueblo de Arnel lleva nueve días sin agua corriente desde que reventó una tubería del embalse.",
}


def quote_rows(encoder, original: list[str], language: str, derivative: list[str]) -> list[tuple]:
    found = headed_findings(encoder, TITLE, LEAD, original, language, derivative)
    return sorted((f.kind, f.original_text, f.derivative_text) for f in found if f.kind.startswith("quote"))


BAKER = [
    "Lena Morris, who has run the bakery on the square for 30 years, said she had been carrying water in buckets "
    'from the fountain. "I do not mind who pays for the repair, as long as the water comes back," she said.'
]


@pytest.mark.parametrize(
    "language, paragraph",
    [
        ("es", "Lena Morris, que lleva 30 años al frente de la panadería de la plaza, acarrea cubos de agua desde la "
         "fuente, y le da igual quién pague la reparación «con tal de que vuelva el agua»."),
        ("fr", "Lena Morris, qui tient la boulangerie de la place depuis 30 ans, porte l’eau de la fontaine dans des "
         "seaux, et peu lui importe qui paiera la réparation, « pourvu que l’eau revienne »."),
    ],
)
def test_a_clause_reported_beside_the_quoted_rest_is_not_lost(encoder, language, paragraph):
    assert quote_rows(encoder, BAKER, language, [paragraph]) == []


@pytest.mark.parametrize(
    "language, paragraph",
    [
        ("es", "Lena Morris, que lleva 30 años al frente de la panadería de la plaza, acarrea cubos de agua desde la "
         "fuente. «Con tal de que vuelva el agua», dijo."),
        ("fr", "Lena Morris, qui tient la boulangerie de la place depuis 30 ans, porte l’eau de la fontaine dans des "
         "seaux. « Pourvu que l’eau revienne », a-t-elle dit."),
    ],
)
def test_a_clause_said_nowhere_is_lost(encoder, language, paragraph):
    rows = quote_rows(encoder, BAKER, language, [paragraph])
    assert [kind for kind, _, _ in rows] == ["quote_changed"]
