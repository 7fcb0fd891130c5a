"""Attribution: a named outlet made the press at large.

"According to the business daily X" / « Según la prensa económica »: a claim one
newspaper published now rests on nobody in particular. The press may carry an adjective
("the business press", « la presse économique », „die Wirtschaftspresse“), and a
lower-case adjective that merely opens like the outlet's last word (« económica » for
"... Economic") does not keep the outlet's name. A press office is a body's, not the
press.

End-to-end tests (marked slow) with the real offline encoder. Every sentence is written
for these tests.
"""

import pytest

from aligned_fixtures import attribution_findings

DAILY = ("According to the Varna business daily Morski Economic, the loan would cover about 40 percent of the "
         "dock's cost, more than the city has said.")


@pytest.mark.slow
@pytest.mark.parametrize(
    "language, derivative",
    [
        ("es", "Según la prensa económica, el préstamo cubriría cerca del 40 % del coste del muelle, más de lo que ha dicho la ciudad."),
        ("fr", "Selon la presse économique, le prêt couvrirait environ 40 % du coût du quai, plus que ce qu’a dit la ville."),
        ("it", "Secondo la stampa economica, il prestito coprirebbe circa il 40 per cento del costo del molo."),
        ("de", "Laut der Wirtschaftspresse würde der Kredit etwa 40 Prozent der Kosten des Docks decken."),
        ("en", "According to the business press, the loan would cover about 40 percent of the dock's cost, more than the city has said."),
    ],
)
def test_a_named_outlet_made_the_press_is_reported(encoder, language, derivative):
    found = attribution_findings(encoder, [DAILY], language, [derivative])
    assert any("Morski Economic" in (f.original_text or "") for f in found), found


@pytest.mark.slow
@pytest.mark.parametrize(
    "language, derivative",
    [
        ("es", "Según el diario económico de Varna Morski Economic, el préstamo cubriría cerca del 40 % del coste del muelle, más de lo que ha dicho la ciudad."),
        ("it", "Secondo il quotidiano economico di Varna Morski Economic, il prestito coprirebbe circa il 40 per cento del costo del molo."),
        ("en", "The loan would cover about 40 percent of the dock's cost, more than the city has said, the Varna business daily Morski Economic reported."),
    ],
)
def test_the_outlet_rendered_is_no_change(encoder, language, derivative):
    assert attribution_findings(encoder, [DAILY], language, [derivative]) == []


@pytest.mark.slow
def test_a_press_office_is_no_press_at_large(encoder):
    original = "The port's press office said the dock would reopen in May."
    derivative = "The press office of the port said the dock would reopen in May."
    assert attribution_findings(encoder, [original], "en", [derivative]) == []
