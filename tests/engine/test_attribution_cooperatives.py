"""Attribution: a co-operative is a body; the growers who belong to it speak for themselves.

"According to the co-operative, ..." / "According to some growers, ...": a figure the
organisation gave is now the word of a few of its members, who speak for nobody but
themselves. A co-operative rendered as one (« la coopérative », „die Genossenschaft“,
« la cooperativa ») is the same source.

End-to-end tests (marked slow) with the real offline encoder. Every sentence is written
for these tests.
"""

import pytest

from aligned_fixtures import attribution_findings

COOP = "According to the co-operative, fewer than one in five of its members' lorries were turned back at the border."


@pytest.mark.slow
@pytest.mark.parametrize(
    "language, derivative",
    [
        ("en", "According to some growers, fewer than one in five of their lorries were turned back at the border."),
        ("fr", "Selon des arboriculteurs, moins d’un camion sur cinq a été refoulé à la frontière."),
        ("de", "Nach Angaben einiger Obstbauern wurde weniger als jeder fünfte ihrer Lastwagen an der Grenze zurückgewiesen."),
        ("it", "Secondo alcuni coltivatori, meno di un camion su cinque è stato respinto alla frontiera."),
    ],
)
def test_a_co_operative_made_some_growers_is_reported(encoder, language, derivative):
    found = attribution_findings(encoder, [COOP], language, [derivative])
    assert any("co-operative" in (f.original_text or "") for f in found), found


@pytest.mark.slow
@pytest.mark.parametrize(
    "language, derivative",
    [
        ("fr", "Selon la coopérative, moins d’un camion sur cinq de ses membres a été refoulé à la frontière."),
        ("de", "Nach Angaben der Genossenschaft wurde weniger als jeder fünfte Lastwagen ihrer Mitglieder an der Grenze zurückgewiesen."),
        ("es", "Según la cooperativa, menos de uno de cada cinco camiones de sus socios fue rechazado en la frontera."),
    ],
)
def test_the_co_operative_rendered_is_no_change(encoder, language, derivative):
    assert attribution_findings(encoder, [COOP], language, [derivative]) == []
