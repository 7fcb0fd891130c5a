"""A fact softened, or a plain statement dramatised, by classes a style guide names.

A delay told as shelving; an earthquake played down as a minor tremor; errors softened into
inaccuracies; a closure told as a regrouping of schools; a plain statement told as a German
protestation („beteuerte“), as covering oneself (« ouvre le parapluie »), as playing the
victim, as grumbling, or as no more than a promise; children placed in care said to be torn
from their parents; pupils moved told as deported („abgeschoben“). The faithful rendering of
the source's own word stays quiet. The sentences are our own.
"""

import pytest
from aligned_fixtures import charged_words


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative, word",
    [
        ("en", "The bypass had been postponed three times.", "en", "The bypass was shelved three times.", "shelved"),
        ("en", "The harbour extension was delayed again.", "it", "L'ampliamento del porto è stato accantonato di nuovo.", "accantonato"),
        ("en", "A magnitude 2.9 earthquake shook the town.", "en", "A minor tremor of magnitude 2.9 shook the town.", "minor tremor"),
        ("en", "An earthquake struck the valley at dawn.", "fr", "Une légère secousse a touché la vallée à l'aube.", "légère secousse"),
        ("en", "The audit found errors in 212 invoices.", "de", "Die Prüfung fand Ungenauigkeiten in 212 Rechnungen.", "Ungenauigkeiten"),
        ("en", "The audit found errors in 212 invoices.", "fr", "L'audit a relevé des imprécisions dans 212 factures.", "imprécisions"),
        ("en", "The region said it would close nine village schools.", "fr", "La région a dit qu'elle regrouperait neuf écoles de village.", "regrouperait neuf écoles"),
        ("en", "The ports minister said the ferry would keep running.", "de", "Die Fähre werde weiterfahren, beteuerte der Hafenminister.", "beteuerte"),
        ("en", "The agency said in a statement that responsibility lay with the ministry.", "fr", "L'agence, qui ouvre le parapluie, assure que la responsabilité incombait au ministère.", "ouvre le parapluie"),
        ("en", "The growers said they were being made scapegoats.", "fr", "Les producteurs se posent en victimes, disant servir de boucs émissaires.", "se posent en victimes"),
        ("en", "The hauliers' federation said the toll was too high.", "fr", "La fédération des transporteurs se pose en victime et juge le péage trop élevé.", "se pose en victime"),
        ("en", "The reports had been used to place children in care.", "fr", "Les rapports avaient servi à arracher des enfants à leurs parents.", "arracher des enfants"),
        ("en", "Nurses warned their managers in writing about the rota.", "de", "Pflegekräfte haben über den Dienstplan gemurrt.", "gemurrt"),
        ("en", "The plan means moving 80 pupils to schools on the mainland.", "de", "Der Plan sieht vor, 80 Schüler aufs Festland abzuschieben.", "abzuschieben"),
        ("en", "The mill said it had stopped the turbines of its own accord.", "fr", "Le moulin, contraint d'arrêter ses turbines, promet de payer.", "contraint d"),
        ("en", "The minister said the council would consider a new bridge.", "en", "The minister could offer no more than a promise that the council would consider a new bridge.", "no more than a promise"),
    ],
)
def test_softened_or_dramatised_fact_is_reported(o_lang, original, d_lang, derivative, word):
    assert any(word in found for found in charged_words(o_lang, original, d_lang, derivative))


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative",
    [
        ("en", "The bypass was shelved in 2019.", "fr", "La déviation a été remisée au placard en 2019."),
        ("en", "The harbour extension was postponed indefinitely.", "en", "The harbour extension was shelved."),
        ("en", "A minor earthquake shook the town.", "fr", "Une légère secousse a ébranlé la ville."),
        ("en", "A slight tremor was felt in the town.", "es", "Se sintió un ligero temblor en la ciudad."),
        ("en", "The audit found inaccuracies in 212 invoices.", "de", "Die Prüfung fand Ungenauigkeiten in 212 Rechnungen."),
        ("en", "The audit found errors in 212 invoices.", "fr", "L'audit a relevé des erreurs dans 212 factures."),
        ("en", "The region will merge nine village schools.", "fr", "La région regroupera neuf écoles de village."),
        ("en", "The region said it would close nine village schools.", "fr", "La région a annoncé qu'elle fermerait neuf écoles de village."),
        ("en", "The minister insisted the ferry would keep running.", "de", "Die Fähre werde weiterfahren, beteuerte der Minister."),
        ("en", "The minister said the ferry would keep running.", "de", "Die Fähre werde weiterfahren, sagte der Minister."),
        ("en", "The federation is casting itself as the victim.", "fr", "La fédération se pose en victime."),
        ("en", "The agency covered itself with a statement.", "fr", "L'agence ouvre le parapluie avec un communiqué."),
        ("en", "The reports had been used to place children in care.", "fr", "Les rapports avaient servi au placement d'enfants."),
        ("en", "Nurses grumbled about the rota.", "de", "Pflegekräfte haben über den Dienstplan gemurrt."),
        ("en", "The state deported 80 migrants to the mainland.", "de", "Der Staat hat 80 Migranten aufs Festland abgeschoben."),
        ("en", "The mill said it had been forced to stop the turbines.", "fr", "Le moulin, contraint d'arrêter ses turbines, promet de payer."),
        ("en", "The minister offered only a promise that the council would act.", "en", "The minister offered no more than a promise that the council would act."),
    ],
)
def test_faithful_rendering_stays_quiet(o_lang, original, d_lang, derivative):
    assert charged_words(o_lang, original, d_lang, derivative) == []
