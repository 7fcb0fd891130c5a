"""A clause coordinated at the end of a quote that otherwise renders its original clause
for clause is words the speaker did not say, also where the translator renders "and then"
with a word of sequence alone (« puis », „dann“, «luego»): such a word counts as the
coordinator it stands for, on both sides ("and then" counts once). And the quote's length
is evidence when the clauses before the added one already run as long as a faithful
rendering, in a pair whose usual ratio is long.

A faithful rendering with the same word of sequence and no clause of its own stays clean.

Each row: an English paragraph and its rendering, under a title and a lead.
"""

from __future__ import annotations

import pytest

from aligned_fixtures import headed_findings

pytestmark = pytest.mark.slow

TITLE = {
    "en": "Removal firms in Graz accused of holding furniture to ransom",
    "fr": "À Graz, des déménageurs accusés de prendre les meubles en otage",
    "de": "Grazer Umzugsfirmen sollen Möbel als Pfand zurückhalten",
    "es": "Acusan a empresas de mudanzas de Graz de retener muebles como rehenes",
}
LEAD = {
    "en": "Consumer advisers in Graz have received more than eighty complaints about removal firms that raise "
    "their price once the furniture is on the lorry.",
    "fr": "Les conseillers de Graz ont reçu plus de quatre-vingts plaintes contre des déménageurs qui augmentent "
    "leur prix une fois les meubles chargés.",
    "de": "Die Grazer Konsumentenberatung hat mehr als achtzig Beschwerden über Umzugsfirmen erhalten, die ihren "
    "Preis erhöhen, sobald die Möbel auf dem Lastwagen sind.",
    "es": "Los asesores de consumo de Graz han recibido más de ochenta quejas contra empresas de mudanzas que suben "
    "el precio una vez que los muebles están en el camión.",
}

ORIGINAL = (
    '"The driver parked at the corner and then asked for 400 euros, in cash, before he would carry the sofa '
    'upstairs," said Ana Ruiz, a retired teacher.'
)


FOLLOWING = {
    "en": "The advisers said most of the firms were registered at the same address in Vienna and advertised "
    "under several names.",
    "fr": "Selon les conseillers, la plupart de ces entreprises sont enregistrées à la même adresse à Vienne et "
    "font leur publicité sous plusieurs noms.",
    "de": "Laut den Beratern sind die meisten Firmen unter derselben Adresse in Wien gemeldet und werben unter "
    "mehreren Namen.",
    "es": "Según los asesores, la mayoría de las empresas están registradas en la misma dirección de Viena y se "
    "anuncian con varios nombres.",
}


def quote_kinds(encoder, language: str, derivative: str) -> list[str]:
    found = headed_findings(
        encoder, TITLE, LEAD, [ORIGINAL, FOLLOWING["en"]], language, [derivative, FOLLOWING[language]]
    )
    return [f.kind for f in found if f.kind.startswith("quote")]


@pytest.mark.parametrize(
    "language, derivative",
    [
        pytest.param(
            "fr",
            "« Le chauffeur s’est garé au coin de la rue, puis il m’a demandé 400 euros, en liquide, avant de monter "
            "le canapé, et j’avais peur de lui dire non », a déclaré Ana Ruiz, une enseignante à la retraite.",
            id="fr: « puis » for 'and then', and « et j'avais peur de lui dire non » added",
        ),
        pytest.param(
            "de",
            "„Der Fahrer parkte an der Ecke, dann verlangte er 400 Euro, in bar, bevor er das Sofa hinauftrug, "
            "und niemand im Haus wollte mir helfen“, sagte Ana Ruiz, eine pensionierte Lehrerin.",
            id="de: „dann“ for 'and then', and „und niemand im Haus wollte mir helfen“ added",
        ),
        pytest.param(
            "es",
            "«El conductor aparcó en la esquina, luego me pidió 400 euros, en efectivo, antes de subir el sofá, "
            "y nadie en el edificio quiso ayudarme», dijo Ana Ruiz, una maestra jubilada.",
            id="es: «luego» for 'and then', and «y nadie en el edificio quiso ayudarme» added",
        ),
    ],
)
def test_a_clause_added_after_a_word_of_sequence_is_an_extension(encoder, language, derivative):
    assert quote_kinds(encoder, language, derivative) == ["quote_changed"]


@pytest.mark.parametrize(
    "language, derivative",
    [
        pytest.param(
            "fr",
            "« Le chauffeur s’est garé au coin de la rue, puis il m’a demandé 400 euros, en liquide, avant de monter "
            "le canapé », a déclaré Ana Ruiz, une enseignante à la retraite.",
            id="fr: « puis » for 'and then', nothing added",
        ),
        pytest.param(
            "de",
            "„Der Fahrer parkte an der Ecke, dann verlangte er 400 Euro, in bar, bevor er das Sofa hinauftrug“, "
            "sagte Ana Ruiz, eine pensionierte Lehrerin.",
            id="de: „dann“ for 'and then', nothing added",
        ),
        pytest.param(
            "es",
            "«El conductor aparcó en la esquina y luego me pidió 400 euros, en efectivo, antes de subir el sofá», "
            "dijo Ana Ruiz, una maestra jubilada.",
            id="es: «y luego» for 'and then', nothing added",
        ),
    ],
)
def test_a_faithful_rendering_with_a_word_of_sequence_is_clean(encoder, language, derivative):
    assert quote_kinds(encoder, language, derivative) == []
