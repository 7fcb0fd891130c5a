"""Attribution: an estimate credited to whoever makes it. "Analysts estimate the cost at
about 300 million euros" credits the analysts as "estimated" does; "the estimate at the time", "their estimates" are
nouns. Italian "stimano il costo in circa 300 milioni" likewise.

Pure text tests (no encoder).
"""

import pytest

from aligned_fixtures import source_phrases as phrases


@pytest.mark.parametrize(
    "language, text, phrase",
    [
        ("en", "Analysts estimate the cost of the closure at about 300 million euros.", "Analysts"),
        ("en", "The union estimates the losses at more than 2 million euros a day.", "The union"),
        ("it", "Gli analisti stimano il costo della chiusura in circa 300 milioni di euro.", "Gli analisti"),
    ],
)
def test_whoever_puts_a_figure_on_something_is_its_source(language, text, phrase):
    assert phrases(text, language) == [phrase]


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "The estimate at the time was far lower."),
        ("en", "Their estimates at first put the cost far lower."),
        ("it", "Una stima in circa dieci giorni è stata pubblicata."),
    ],
)
def test_an_estimate_as_a_noun_credits_no_one(language, text):
    assert phrases(text, language) == []
