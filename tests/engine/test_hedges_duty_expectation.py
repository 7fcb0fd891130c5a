"""A duty rendered as a duty: "are expected to carry out" / « disent devoir en assurer ».

"Be expected to" of a workload or rule is what is required of someone, and a translation says
it with the verb of duty (« devoir », „müssen“, « tener que », « dovere »): the same
expectation, no hedge removed. A plain future or a plain present is still a removed one.
"""

from __future__ import annotations

import pytest

from hedge_texts import change

EN = "The nurses say they are paid 9 euros an hour and are expected to see up to 30 patients a shift."


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Les infirmières disent toucher 9 euros de l'heure et devoir en recevoir jusqu'à 30 par service."),
        ("fr", "Les infirmières affirment être payées 9 euros de l'heure et être tenues d'en recevoir jusqu'à 30 par service."),
        ("de", "Die Pflegerinnen sagen, sie bekämen 9 Euro pro Stunde und müssten bis zu 30 Patienten pro Schicht behandeln."),
        ("es", "Las enfermeras dicen cobrar 9 euros por hora y tener que atender hasta 30 pacientes por turno."),
        ("it", "Le infermiere dicono di guadagnare 9 euro l'ora e di dover visitare fino a 30 pazienti per turno."),
    ],
)
def test_expected_workload_rendered_by_a_verb_of_duty(language, text):
    assert change("en", EN, language, text) is None


def test_expected_workload_made_a_plain_future_is_still_removed():
    fr = "Les infirmières disent toucher 9 euros de l'heure et recevront jusqu'à 30 patients par service."
    assert change("en", EN, "fr", fr) == "removed"
