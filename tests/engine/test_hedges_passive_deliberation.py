"""Something under consideration in the passive made a plan is a removed hedge.

"said grants of up to half the cost were being considered" -> "said grants of up to half the
cost will be available": what was weighed is now promised. French, German, Spanish and Italian
say it in the passive too (« sont envisagées », „werden erwogen“, « se contemplan », « sono allo
studio »).
"""

from __future__ import annotations

import pytest

from hedge_texts import change, hedges

EN = "An official said grants of up to half the cost of a new boiler were being considered."


def test_passive_consideration_made_a_plan_in_one_language():
    rewrite = "An official said grants of up to half the cost of a new boiler will be available."
    assert change("en", EN, "en", rewrite) == "removed"


def test_passive_consideration_kept_is_no_change():
    rewrite = "An official said grants covering up to half the cost of a new boiler were being considered."
    assert change("en", EN, "en", rewrite) is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Grants for new boilers are under consideration, the official said."),
        ("fr", "Selon un responsable, des aides couvrant la moitié du coût d'une chaudière sont envisagées."),
        ("de", "Zuschüsse für neue Heizkessel werden derzeit erwogen, sagte ein Beamter."),
        ("es", "Según un funcionario, se contemplan ayudas para la mitad del coste de una caldera."),
        ("it", "Secondo un funzionario, sono allo studio contributi per metà del costo di una caldaia."),
    ],
)
def test_passive_consideration_is_a_deliberation(language, text):
    assert hedges(text, language).deliberations


def test_passive_consideration_rendered_in_french_is_no_change():
    fr = "Un responsable a déclaré que des aides couvrant jusqu'à la moitié du coût d'une chaudière étaient envisagées."
    assert change("en", EN, "fr", fr) is None
