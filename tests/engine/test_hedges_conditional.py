"""Hedges: renderings a hedge list must know as such.

« L'entreprise dit ne pas avoir encore arrêté si elle ferait appel » renders "had not yet
decided whether to appeal": the French conditional after a past verb of deciding is the
future of the past, not a hedge. „der wahrscheinlichste Weg“ renders "the most likely
route": the German adjective hedges as the adverb does.

Pure text tests (no encoder), on sentences written for these tests.
"""

import pytest

from hedge_texts import change


@pytest.mark.parametrize(
    "derivative",
    [
        "L’entreprise dit ne pas avoir encore arrêté si elle ferait appel.",
        "L’entreprise a indiqué, sans avoir encore arrêté si elle ferait appel, qu’elle étudiait le jugement.",
    ],
)
def test_the_conditional_after_a_past_decision_is_the_sequence_of_tenses(derivative):
    assert change("en", "The company said it had not yet decided whether to appeal.", "fr", derivative) is None


def test_a_conditional_outside_the_decision_is_still_a_hedge():
    derivative = "L’entreprise n’a pas encore arrêté sa position, mais elle ferait appel selon ses avocats."
    assert change("en", "The company said it had not yet decided whether to appeal.", "fr", derivative) == "added"


def test_a_german_superlative_of_likely_renders_most_likely():
    original = "The inspectors said dust from the quarry was the most likely cause of the damage."
    derivative = "Den Inspektoren zufolge war Staub aus dem Steinbruch die wahrscheinlichste Ursache der Schäden."
    assert change("en", original, "de", derivative) is None


def test_a_german_superlative_of_likely_added_to_a_plain_cause_is_a_hedge():
    original = "The inspectors said dust from the quarry was the cause of the damage."
    derivative = "Den Inspektoren zufolge war Staub aus dem Steinbruch die wahrscheinlichste Ursache der Schäden."
    assert change("en", original, "de", derivative) == "added"


def test_a_noun_before_a_condition_is_no_open_question():
    original = "Residents will be offered free health checks if the tests show a need, the mayor said."
    derivative = "Des bilans de santé gratuits seront proposés aux habitants si les analyses l’exigent, a dit la maire."
    assert change("en", original, "fr", derivative) is None


def test_checking_if_is_still_an_open_question():
    original = "The agency is checking if the water is safe to drink."
    derivative = "L’agence a établi que l’eau est potable."
    assert change("en", original, "fr", derivative) == "removed"


def test_the_conditional_after_a_conjunction_of_time_is_the_future_of_the_past():
    original = "The grower said he had been told not to harvest anything until the results were known."
    derivative = (
        "Le maraîcher a déclaré qu’on lui avait demandé de ne rien récolter tant que les résultats ne seraient pas connus."
    )
    assert change("en", original, "fr", derivative) is None
