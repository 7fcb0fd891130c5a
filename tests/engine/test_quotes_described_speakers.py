"""An unnamed speaker described the same way in both versions is one speaker.

A translator may render an unnamed speaker's role with a word the encoder reads loosely
(« un moniteur » for "a ski instructor"); where the two descriptions share their figures
(« présent dans la station depuis 18 ans » / "who has worked at the resort for 18 years"),
they describe one person, and the quote is not misattributed. A description of another
role with other figures still is.

Each row: the original's paragraphs (English), the derivative's, paragraph for paragraph.
"""

from __future__ import annotations

import pytest

from aligned_fixtures import headed_findings

pytestmark = pytest.mark.slow

TITLE = {
    "en": "Mountain resort closes its lower lifts for good",
    "fr": "La station de montagne ferme définitivement ses remontées du bas",
}
LEAD = {
    "en": "The resort of Valmora will not reopen its three lower lifts this winter, its operator said on Monday.",
    "fr": "La station de Valmora ne rouvrira pas ses trois remontées du bas cet hiver, a annoncé lundi son "
    "exploitant.",
}
ORIGINAL = [
    "A ski instructor who has taught at the resort for 23 years, and who asked not to be named because he "
    'hoped to keep his job, said the lifts had been left to rust "for a decade at least".'
]


def quote_kinds(encoder, derivative: str) -> list[str]:
    found = headed_findings(encoder, TITLE, LEAD, ORIGINAL, "fr", [derivative])
    return [f.kind for f in found if f.kind.startswith("quote")]


def test_a_description_with_the_same_figures_is_the_same_speaker(encoder):
    derivative = (
        "Les remontées rouillaient « depuis au moins dix ans », assure un moniteur présent dans la station depuis "
        "23 ans, qui a requis l’anonymat dans l’espoir de garder son poste."
    )
    assert quote_kinds(encoder, derivative) == []


def test_a_description_of_another_role_with_other_figures_is_another_speaker(encoder):
    derivative = (
        "Les remontées rouillaient « depuis au moins dix ans », assure un pisteur-secouriste présent dans la "
        "station depuis 6 ans, qui a requis l’anonymat."
    )
    assert quote_kinds(encoder, derivative) == ["quote_misattributed"]


def test_figures_written_in_words_or_digits_are_the_same_figures(encoder):
    derivative = (
        "Les remontées rouillaient « depuis au moins dix ans », assure un moniteur présent dans la station depuis "
        "vingt-trois ans, qui a requis l’anonymat dans l’espoir de garder son poste."
    )
    assert quote_kinds(encoder, derivative) == []
