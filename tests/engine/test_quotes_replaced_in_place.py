"""One person's quote dropped and another person's added in its place.

Where a quote of the original is gone and a quote credited to another named person of the
story stands in its place, the two barely related (below SAME_PLACE), the derivative
dropped one quote and added another: it did not reword the first. Two findings, not one
quote_changed. A speaker whose name the derivative altered ("Holm" / "Holt") is still the
same speaker: her quote was reworded.

Each row: the original's paragraphs (English), the derivative's, paragraph for paragraph.
"""

from __future__ import annotations

import pytest


pytestmark = pytest.mark.slow

TITLE = {
    "en": "Town borrows from banks to replace its old sewers",
    "it": "Il comune si indebita con le banche per rifare le vecchie fogne",
    "fr": "La commune emprunte aux banques pour refaire ses vieux égouts",
}
LEAD = {
    "en": "The town of Verlo has borrowed 40 million euros from three banks to replace sewers laid in the 1930s.",
    "it": "Il comune di Verlo ha preso in prestito 40 milioni di euro da tre banche per rifare le fogne posate "
    "negli anni Trenta.",
    "fr": "La commune de Verlo a emprunté 40 millions d’euros à trois banques pour refaire des égouts posés dans "
    "les années 1930.",
}

ORIGINAL = [
    "The opposition leader, Paolo Serra, said the town should have waited for lower rates.",
    "Anna Holm, who has run a bakery on the square for 20 years, said her cellar had flooded twice this year. "
    '"I do not mind who pays for it, as long as the cellar stays dry," she said.',
]


def quote_kinds(encoder, language: str, derivative: str) -> list[str]:
    """The quote findings of the two original paragraphs against one derivative paragraph
    that renders both (title and lead linked one to one)."""
    from aligned_fixtures import headed_article

    from diptych.engine.model import Link
    from diptych.engine.spans import find_span_findings

    o = headed_article("en", ORIGINAL, TITLE, LEAD)
    d = headed_article(language, [derivative], TITLE, LEAD)
    links = [Link([0], [0], 0.9), Link([1], [1], 0.9), Link([2, 3], [2], 0.8)]
    return sorted(f.kind for f in find_span_findings(o, d, links, encoder) if f.kind.startswith("quote"))


@pytest.mark.parametrize(
    "language, derivative",
    [
        ("it", "Il capo dell’opposizione, Paolo Serra, ha detto che il comune avrebbe dovuto aspettare tassi più "
         "bassi. «Lo pagheranno i nostri figli, non le banche», ha aggiunto. Anna Holm, che da 20 anni gestisce una "
         "panetteria sulla piazza, ha detto che quest’anno la sua cantina si è allagata due volte."),
        ("fr", "Le chef de l’opposition, Paolo Serra, a dit que la commune aurait dû attendre des taux plus bas. « Ce "
         "sont nos enfants qui paieront, pas les banques », a-t-il ajouté. Anna Holm, qui tient une boulangerie sur "
         "la place depuis 20 ans, a dit que sa cave avait été inondée deux fois cette année."),
    ],
)
def test_another_persons_quote_in_place_of_a_dropped_one_is_added_not_a_rewording(encoder, language, derivative):
    assert quote_kinds(encoder, language, derivative) == ["quote_added", "quote_dropped"]


def test_the_quote_of_a_speaker_whose_name_was_altered_is_her_quote_reworded(encoder):
    derivative = (
        "Il capo dell’opposizione, Paolo Serra, ha detto che il comune avrebbe dovuto aspettare tassi più bassi. "
        "Anna Holt, che da 20 anni gestisce una panetteria sulla piazza, ha detto che quest’anno la sua cantina si è "
        "allagata due volte. «Lo pagheranno i nostri figli, non le banche», ha aggiunto."
    )
    assert quote_kinds(encoder, "it", derivative) == ["quote_changed"]
