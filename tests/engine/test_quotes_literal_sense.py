"""A charged word of the curated list is charged only as a figure. A translator who names
the very object the speaker names ("a jacket", « une veste ») with a word the list holds
for an idiom (« prendre une veste », to be trounced) sharpens nothing: the quote is a
faithful rendering. The same idiom where the original names no such thing still marks the
quote as reworded, as does a charged verb for a plain one (« pillé » for "run for",
tests/engine/test_quotes_other_people.py).

A correction said as a cleft sentence (« ce n'est pas X qui …, c'est Y ») renders
"X is not …; Y is": a faithful rendering too.

Each row: an English paragraph and its rendering, under a title and a lead.
"""

from __future__ import annotations

import pytest

from aligned_fixtures import headed_findings

pytestmark = pytest.mark.slow

TITLE = {
    "en": "Break-in at the Osowa sailing club",
    "fr": "Cambriolage au club de voile d’Osowa",
}
LEAD = {
    "en": "Thieves broke into the clubhouse of the Osowa sailing club on Saturday night and took two outboard "
    "motors, the club said.",
    "fr": "Des voleurs ont pénétré samedi soir dans le local du club de voile d’Osowa et ont emporté deux moteurs "
    "hors-bord, a indiqué le club.",
}


def quote_kinds(encoder, original: str, language: str, derivative: str) -> list[str]:
    found = headed_findings(encoder, TITLE, LEAD, [original], language, [derivative])
    return [f.kind for f in found if f.kind.startswith("quote")]


@pytest.mark.parametrize(
    "original, language, derivative",
    [
        pytest.param(
            '"I came back for my jacket an hour later and the door had been forced," said the caretaker, '
            "Tomasz Wrona.",
            "fr",
            "« Je suis revenu chercher ma veste une heure plus tard et la porte avait été forcée », a déclaré le "
            "gardien, Tomasz Wrona.",
            id="fr: « ma veste » for 'my jacket' is the garment, not a defeat",
        ),
        pytest.param(
            '"A member who leaves a jacket in the changing room is not the worry; the one who leaves the motor '
            'shed open is," said the club secretary, Ewa Malik.',
            "fr",
            "« Ce n’est pas le membre qui oublie une veste au vestiaire qui nous inquiète, c’est celui qui laisse "
            "le hangar à moteurs ouvert », a déclaré la secrétaire du club, Ewa Malik.",
            id="fr: a cleft sentence with « une veste » for 'X is not the worry; Y is'",
        ),
        pytest.param(
            '"A member who leaves a jacket in the changing room is not the worry; the one who leaves the motor '
            'shed open is," said the club secretary, Ewa Malik.',
            "fr",
            "« Celui qui oublie une veste au vestiaire n’est pas le problème ; celui qui laisse le hangar à "
            "moteurs ouvert, si », a déclaré la secrétaire du club, Ewa Malik.",
            id="fr: the same correction kept as two clauses, with « une veste »",
        ),
    ],
)
def test_a_charged_word_in_its_literal_sense_is_faithful(encoder, original, language, derivative):
    assert quote_kinds(encoder, original, language, derivative) == []
