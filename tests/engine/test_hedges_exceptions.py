"""An exception admitted ("almost always") and a memory pleaded ("could not recall") hedge a claim.

Dropped, the claim turns absolute ("are always dearer") or a flat denial ("never met
him"); added, a denial turns into a lapse of memory. Translated, they stay hedges on both
sides and are no change. Pure text tests (no encoder).
"""

import pytest

from hedge_texts import change, hedges


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative, expected",
    [
        # The exception dropped: the claim becomes absolute.
        ("en", "Rural clinics are almost always short of nurses.", "fr", "Les dispensaires ruraux manquent toujours d’infirmiers.", "removed"),
        ("en", "Rural clinics are almost always short of nurses.", "en", "Rural clinics are always short of nurses.", "removed"),
        ("en", "The ferry almost never leaves on time.", "de", "Die Fähre legt nie pünktlich ab.", "removed"),
        # A denial made a lapse of memory.
        ("en", "The deputy said he had never met the broker.", "en", "The deputy said he could not recall meeting the broker.", "added"),
        ("en", "The deputy said he had never met the broker.", "fr", "Le député a dit ne pas se souvenir d’avoir rencontré le courtier.", "added"),
        ("en", "The deputy said he could not recall meeting the broker.", "es", "El diputado dijo que nunca se había reunido con el corredor.", "removed"),
        # Faithful renderings stay quiet.
        ("en", "Rural clinics are almost always short of nurses.", "fr", "Les dispensaires ruraux manquent presque toujours d’infirmiers.", None),
        ("en", "Rural clinics are almost always short of nurses.", "de", "Landkliniken fehlen fast immer Pflegekräfte.", None),
        ("en", "Rural clinics are almost always short of nurses.", "es", "A las clínicas rurales casi siempre les faltan enfermeras.", None),
        ("en", "Rural clinics are almost always short of nurses.", "it", "Alle cliniche rurali mancano quasi sempre infermieri.", None),
        ("en", "The deputy said he could not recall meeting the broker.", "fr", "Le député a dit ne pas se souvenir d’avoir rencontré le courtier.", None),
        ("en", "The deputy said he could not recall meeting the broker.", "de", "Der Abgeordnete sagte, er könne sich nicht an ein Treffen mit dem Makler erinnern.", None),
        ("en", "The deputy said he could not recall meeting the broker.", "es", "El diputado dijo que no recordaba haberse reunido con el corredor.", None),
        ("en", "The deputy said he could not recall meeting the broker.", "it", "Il deputato ha detto di non ricordare di aver incontrato il mediatore.", None),
    ],
)
def test_an_admitted_exception_or_a_pleaded_memory_is_a_hedge(o_lang, original, d_lang, derivative, expected):
    assert change(o_lang, original, d_lang, derivative) == expected


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "The maker did not recall the cars."),  # a product recall
        ("fr", "Le cabinet ne rappelle jamais ses clients."),  # calling back
        ("en", "Remember the victims, she said."),
    ],
)
def test_other_senses_of_the_same_verbs_are_not_hedges(language, text):
    found = hedges(text, language)
    assert not found.hearsay and not found.weak
