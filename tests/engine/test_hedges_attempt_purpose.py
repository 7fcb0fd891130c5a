"""An attempt hedges a result only where the other version states that result.

"would try to find a buyer" -> "would find a buyer" made the attempt a success; but "the library
closes as visitor numbers fall" -> "the library closes as the city tries to save money" adds a
purpose the original never stated, which is added matter, not a hedge.
"""

from __future__ import annotations

from hedge_texts import change


def test_an_added_purpose_is_no_hedge():
    en = "Town shuts its last library as visitor numbers fall"
    rewrite = "Town shuts its last library as it tries to save money on staff"
    assert change("en", en, "en", rewrite) is None


def test_an_attempt_made_a_result_is_still_removed():
    en = "The club said it would try to find a new coach before the season."
    rewrite = "The club said it would find a new coach before the season."
    assert change("en", en, "en", rewrite) == "removed"


def test_a_result_made_an_attempt_is_still_added():
    en = "The firm recovered most of the stolen money, the police said."
    rewrite = "The firm sought to recover most of the stolen money, the police said."
    assert change("en", en, "en", rewrite) == "added"
