"""A duty renders no adverb of degree, and a comparison of rates is no hedge.

"children who walk to school are probably more alert" -> « les enfants qui doivent marcher
jusqu'à l'école sont plus attentifs »: « doivent » says what the children have to do, it
renders no "probably", which is gone. "More likely to" compares how often something happens
("rural patients are more likely to miss appointments"): no hedge of its own. The "must" of
inference (« doit être parti », "must have left") still renders "probably".
"""

from __future__ import annotations

from hedge_texts import change, hedges


def test_a_duty_does_not_render_probably():
    en = "The doctor said patients who had to travel far were probably more likely to miss appointments."
    fr = "Le médecin a déclaré que les patients qui doivent parcourir une longue distance manquent plus souvent leurs rendez-vous."
    assert change("en", en, "fr", fr) == "removed"


def test_the_degree_kept_beside_a_duty_is_no_change():
    en = "The doctor said patients who had to travel far were probably more likely to miss appointments."
    fr = "Le médecin a déclaré que les patients qui doivent parcourir une longue distance manquent probablement plus souvent leurs rendez-vous."
    assert change("en", en, "fr", fr) is None


def test_more_likely_compares_rates_and_is_no_hedge():
    assert not hedges("Rural patients are more likely to miss appointments, the study found.", "en").any
    assert not hedges("Rural patients are less likely than others to see a specialist.", "en").any
    assert hedges("The clinic will most likely close in May.", "en").any


def test_inference_must_still_renders_probably():
    en = "The driver had probably left before the police arrived."
    fr = "Le conducteur doit être parti avant l'arrivée de la police."
    assert change("en", en, "fr", fr) is None
