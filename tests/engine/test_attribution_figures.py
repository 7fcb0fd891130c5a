"""Attribution: a figure put on something is said by whoever puts it.

Strike and protest copy credits competing figures with verbs of assessment: "The union put
turnout at more than 70 percent", „Die Gewerkschaft bezifferte den Anteil auf …“, "El
sindicato cifró el seguimiento en …"; and a rewrite may hand the figure to a vaguer crowd
(„Aktivisten sprachen von …“). The speaker of each is a source like any other.

Pure text tests (no encoder).
"""

import pytest

from aligned_fixtures import source_phrases as phrases


@pytest.mark.parametrize(
    "language, text, phrase",
    [
        ("en", "The dockers' union put the figure at more than 70 percent.", "The dockers' union"),
        ("en", "Police put the crowd at about 4,000, while organisers said 12,000 had marched.", "Police"),
        ("en", "The port authority puts the cost of the closure at 3 million euros a day.", "The port authority"),
        ("de", "Die Hafengewerkschaft bezifferte den Anteil auf mehr als 70 Prozent.", "Die Hafengewerkschaft"),
        ("de", "Aktivisten sprachen von mehr als 70 Prozent.", "Aktivisten"),
        ("es", "El sindicato portuario cifró el seguimiento en más del 70 %.", "El sindicato portuario"),
    ],
)
def test_whoever_puts_a_figure_on_something_is_its_source(language, text, phrase):
    assert phrases(text, language)[:1] == [phrase]


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "The dockers put the crates at the back of the shed."),
        ("en", "The union put pressure on the port to settle."),
        ("de", "Die Aktivisten sprachen mit dem Hafenmeister."),
    ],
)
def test_no_figure_no_source(language, text):
    assert phrases(text, language) == []
