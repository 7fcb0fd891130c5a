"""A modal that the grammar of a clause asks for is no hedge of a claim, and a degree word
inside a conditional stays a degree word.

- A "could" in a conditional clause ("might reopen the pool if a buyer could be found") is the
  condition's, not a doubt cast on a claim: the main clause's "might" carries the hedge, and a
  translation that says the condition with no modal (« si un repreneur était trouvé », „falls
  sich ein Käufer fände“) removes none.
- "consider doing" and "consider whether" are something under consideration, which renders
  an open question of the other version („zu prüfen, ob ... könne“).
- A degree word inside the conditional a verb of saying governs (« a déclaré que les règles
  seraient probablement durcies ») is a hedge of its own, not part of the future of the past.

Pure text tests (no encoder), on sentences written for these tests.
"""

import pytest

from hedge_texts import change

POOL = "The town said it would close the pool in May and might reopen it next year if a buyer could be found."


@pytest.mark.parametrize(
    "d_lang, derivative",
    [
        ("fr", "La commune a annoncé qu'elle fermerait la piscine en mai et pourrait la rouvrir l'an prochain si un "
               "repreneur était trouvé."),
        ("fr", "La commune indique qu'elle fermera la piscine en mai et qu'elle pourrait la rouvrir l'an prochain "
               "si elle trouve un repreneur."),
        ("de", "Die Gemeinde erklärte, sie werde das Bad im Mai schließen und könne es im nächsten Jahr wieder "
               "öffnen, falls sich ein Käufer fände."),
        ("es", "El ayuntamiento dijo que cerraría la piscina en mayo y que podría reabrirla el año que viene si "
               "se encontrara un comprador."),
    ],
)
def test_a_could_in_a_conditional_clause_is_no_hedge(d_lang, derivative):
    assert change("en", POOL, d_lang, derivative) is None


def test_the_might_of_the_main_clause_made_a_plan_is_still_removed():
    derivative = ("La commune a annoncé qu'elle fermera la piscine en mai et la rouvrira l'an prochain si un "
                  "repreneur est trouvé.")
    assert change("en", POOL, "fr", derivative) == "removed"


def test_a_could_of_the_main_clause_after_a_condition_is_still_a_hedge():
    original = "The town said that if the pool closed, the club could move to the next village."
    derivative = "La commune a indiqué que si la piscine fermait, le club déménagera dans le village voisin."
    assert change("en", original, "fr", derivative) == "removed"


def test_considering_doing_renders_a_question_whether_it_can_be_done():
    original = "The mayor said she had asked the utility to consider running the old pumps alongside the new ones."
    derivative = ("Die Bürgermeisterin sagte, sie habe das Werk gebeten zu prüfen, ob die alten Pumpen neben den "
                  "neuen weiterlaufen könnten.")
    assert change("en", original, "de", derivative) is None


def test_a_question_added_to_a_plain_request_is_still_a_hedge():
    original = "The mayor said she had asked the utility to run the old pumps alongside the new ones."
    derivative = ("Die Bürgermeisterin sagte, sie habe das Werk gebeten zu prüfen, ob die alten Pumpen neben den "
                  "neuen weiterlaufen könnten.")
    assert change("en", original, "de", derivative) == "added"


def test_probablement_inside_a_reported_conditional_renders_likely():
    assert change("en", "A lawyer said the rules on fencing were likely to be tightened.",
                  "fr", "Une avocate a déclaré que les règles sur les clôtures seraient probablement durcies.") is None


def test_probablement_inside_a_reported_conditional_added_to_a_plain_would_is_a_hedge():
    assert change("en", "A lawyer said the rules on fencing would be tightened.",
                  "fr", "Une avocate a déclaré que les règles sur les clôtures seraient probablement durcies.") == "added"


def test_likely_made_a_plain_reported_conditional_is_still_removed():
    assert change("en", "A lawyer said the rules on fencing were likely to be tightened.",
                  "fr", "Une avocate a déclaré que les règles sur les clôtures seraient durcies.") == "removed"
