"""Hearsay that is itself a source: "Unverified local press reports claim that ...",
« des informations non confirmées affirment », „unbestätigte Berichte besagen“. Against
a version that names a source ("According to the daily X"), it is a change of who is
cited, which the attribution analysis reports, not a hedge; against a version that names
no source, it is an added hedge.

Pure text tests: one sentence each side, no encoder. Every sentence is written for these
tests.
"""

import pytest

from hedge_texts import change

NAMED = "According to the daily Nordpost, inspectors found twice the permitted stock of batteries."


@pytest.mark.parametrize(
    "d_lang, derivative",
    [
        ("en", "Unverified local press reports claim that inspectors found twice the permitted stock of batteries."),
        ("fr", "Des informations non confirmées de la presse locale affirment que les inspecteurs ont trouvé deux fois le "
               "stock de batteries autorisé."),
        ("de", "Unbestätigte Berichte der Lokalpresse besagen, dass Inspektoren den doppelten zulässigen Bestand an "
               "Batterien fanden."),
        ("es", "Informaciones no confirmadas de la prensa local afirman que los inspectores encontraron el doble de las "
               "baterías permitidas."),
    ],
)
def test_unverified_reports_for_a_named_source_are_a_changed_source_not_a_hedge(d_lang, derivative):
    assert change("en", NAMED, d_lang, derivative) is None


@pytest.mark.parametrize(
    "d_lang, derivative",
    [
        ("en", "Unverified reports claim that inspectors found twice the permitted stock of batteries."),
        ("fr", "Des informations non confirmées affirment que les inspecteurs ont trouvé deux fois le stock de batteries "
               "autorisé."),
    ],
)
def test_unverified_reports_where_no_source_was_named_are_an_added_hedge(d_lang, derivative):
    assert change("en", "Inspectors found twice the permitted stock of batteries.", d_lang, derivative) == "added"


@pytest.mark.parametrize(
    "d_lang, derivative",
    [
        ("en", "According to unconfirmed posts on social media, inspectors found twice the permitted stock of batteries."),
        ("en", "Unverified videos shared online show that inspectors found twice the permitted stock of batteries."),
        ("fr", "Selon des publications non confirmées sur les réseaux sociaux, les inspecteurs ont trouvé deux fois le "
               "stock de batteries autorisé."),
        ("de", "Unbestätigten Beiträgen in sozialen Netzwerken zufolge fanden Inspektoren den doppelten zulässigen "
               "Bestand an Batterien."),
        ("es", "Según publicaciones no confirmadas en las redes sociales, los inspectores encontraron el doble de las "
               "baterías permitidas."),
        ("it", "Secondo post non confermati sui social network, gli ispettori hanno trovato il doppio delle batterie "
               "consentite."),
    ],
)
def test_unconfirmed_posts_for_a_named_source_are_a_changed_source_not_a_hedge(d_lang, derivative):
    assert change("en", NAMED, d_lang, derivative) is None


def test_unconfirmed_posts_where_no_source_was_named_are_an_added_hedge():
    derivative = "According to unconfirmed posts on social media, inspectors found twice the permitted stock of batteries."
    assert change("en", "Inspectors found twice the permitted stock of batteries.", "en", derivative) == "added"
