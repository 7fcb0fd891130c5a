"""What something ought to cost or what someone will have to bear, said with the verb of duty.

"A fair price for a haircut is between 15 and 25 euros" states a norm, and French, Spanish and
Italian say a norm with the conditional of « devoir » (« devrait coûter », « debería costar »,
« dovrebbe costare »): no expectation added. So is a burden someone "would face" told as what
they would have to do (« devraient faire un trajet »): the duty renders it. A plain price stated
as an expectation is still a hedge added.
"""

from __future__ import annotations

import pytest

from hedge_texts import change

PRICE = "A fair price for cutting a child's hair is between 15 and 25 euros, the guild said."


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Selon la corporation, couper les cheveux d'un enfant devrait coûter entre 15 et 25 euros."),
        ("es", "Según el gremio, cortar el pelo a un niño debería costar entre 15 y 25 euros."),
        ("it", "Secondo la corporazione, tagliare i capelli a un bambino dovrebbe costare tra 15 e 25 euro."),
    ],
)
def test_a_fair_price_rendered_by_what_it_should_cost(language, text):
    assert change("en", PRICE, language, text) is None


def test_a_plain_price_made_an_expectation_is_still_added():
    en = "Cutting a child's hair costs between 15 and 25 euros, the guild said."
    fr = "Selon la corporation, couper les cheveux d'un enfant devrait coûter entre 15 et 25 euros."
    assert change("en", en, "fr", fr) == "added"


def test_a_burden_faced_rendered_by_what_must_be_done():
    en = "The baker said his customers would now face a walk of about six kilometres to the next village."
    fr = "Le boulanger a déclaré que ses clients devraient désormais faire une marche d'environ six kilomètres jusqu'au village voisin."
    assert change("en", en, "fr", fr) is None


def test_a_plain_promise_made_an_expectation_is_still_added():
    en = "The baker said the shop would reopen in May."
    fr = "Le boulanger a déclaré que la boutique devrait rouvrir en mai."
    assert change("en", en, "fr", fr) == "added"


def test_an_expectation_in_italian_against_a_plain_fact_is_still_added():
    en = "Cutting a child's hair costs between 15 and 25 euros, the guild said."
    it = "Secondo la corporazione, tagliare i capelli a un bambino dovrebbe costare tra 15 e 25 euro."
    assert change("en", en, "it", it) == "added"
