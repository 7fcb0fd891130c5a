"""Renderings of "probably" that keep its degree.

- Spanish says "probably" with « lo probable es que » as well as « lo más probable es que »,
  and may set the source between « lo más probable » and « es que » (« lo más probable,
  según el director, es que … »): both render the hedge.
- "Probably failed to do" is "probably did not do": a hedge of the degree unlikely, as
  « n'a vraisemblablement pas fait », „hat wahrscheinlich nicht getan“, « probablemente no
  hizo » are; a version that keeps the verb of failure (« a probablement omis de »,
  „hat es wahrscheinlich versäumt“) says the same. "Perhaps failed to" is still a weaker
  hedge.

Pure text tests: one sentence each side, no encoder. Every sentence is written for these
tests.
"""

import pytest

from hedge_texts import change


@pytest.mark.parametrize(
    "original, derivative",
    [
        ("The clinic will probably have to close its night ward within two years.",
         "Lo probable es que la clínica tenga que cerrar su planta nocturna en dos años."),
        ("The director said the clinic would probably have to close its night ward.",
         "Lo más probable, según el director, es que la clínica tenga que cerrar su planta nocturna."),
    ],
)
def test_lo_probable_es_que_renders_probably(original, derivative):
    assert change("en", original, "es", derivative) is None


ORIGINAL = "The inspectors had probably failed to check the dam before the flood."


@pytest.mark.parametrize(
    "d_lang, derivative",
    [
        ("fr", "Les inspecteurs n’avaient vraisemblablement pas contrôlé le barrage avant la crue."),
        ("fr", "Les inspecteurs avaient probablement omis de contrôler le barrage avant la crue."),
        ("de", "Die Inspektoren hatten den Damm vor der Flut wahrscheinlich nicht geprüft."),
        ("de", "Die Inspektoren hatten es vor der Flut wahrscheinlich versäumt, den Damm zu prüfen."),
        ("es", "Los inspectores probablemente no revisaron la presa antes de la riada."),
        ("it", "Gli ispettori probabilmente non avevano controllato la diga prima dell’alluvione."),
        ("en", "The inspectors had probably not checked the dam before the flood."),
    ],
)
def test_probably_failed_to_is_probably_not(d_lang, derivative):
    assert change("en", ORIGINAL, d_lang, derivative) is None


def test_perhaps_failed_to_is_still_another_degree():
    assert change("en", ORIGINAL, "fr", "Les inspecteurs n’avaient peut-être pas contrôlé le barrage avant la crue.") \
        is not None
