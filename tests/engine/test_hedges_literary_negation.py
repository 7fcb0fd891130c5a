"""French negates « pouvoir » and « savoir » without « pas » in its written register:
« aucun candidat n'a pu être trouvé », « il ne peut répondre », « elle ne saurait dire ».
What could not be done is a fact, like "had been unable to": no modal of possibility.
"""

from __future__ import annotations

import pytest

from hedge_texts import change, hedges


@pytest.mark.parametrize(
    "text",
    [
        "Selon la mairie, aucun gardien n'a pu être recruté dans le quartier.",
        "Selon la mairie, la commune n’avait pu recruter aucun gardien.",
        "La mairie ne peut recruter de gardien avant l'été, selon le maire.",
        "La mairie ne pourrait recruter de gardien avant l'été, selon le maire.",
    ],
)
def test_possibility_negated_without_pas_is_no_chance(text):
    assert not hedges(text, "fr").chances


def test_unable_rendered_by_literary_negation_is_no_hedge():
    en = "The council said it had been unable to recruit a caretaker for the estate."
    fr = "Selon la mairie, aucun gardien n’a pu être recruté pour la cité."
    assert change("en", en, "fr", fr) is None


def test_a_plain_past_possibility_is_still_a_chance():
    assert hedges("Selon la mairie, le froid a pu endommager les canalisations.", "fr").chances
