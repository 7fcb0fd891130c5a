"""A person whose given name changes while the surname stays is another person.

"Lucia Ferrand" rendered « Luisa Ferrand » names someone else of the same family (a
sister, a mother): a translation keeps a person's given name, only respelling it
("Lucia" / « Lucía », accents and transliteration). Two given names that merely look
alike ("Marta" / "María") are two names, not one spelt twice.
"""

import pytest

from tests.engine.test_names import name_changes

ORIGINAL = ["The cooperative's chair, Lucia Ferrand, said the new press would be installed before the autumn harvest."]


@pytest.mark.slow
@pytest.mark.parametrize(
    "d_lang, derivative, changed",
    [
        ("fr", "La présidente de la coopérative, Luisa Ferrand, a indiqué que le nouveau pressoir serait installé "
               "avant les vendanges d’automne.", ("Lucia Ferrand", "Luisa Ferrand")),
        ("es", "La presidenta de la cooperativa, Lucía Ferrand, dijo que la nueva prensa se instalaría antes de la "
               "vendimia de otoño.", None),
        ("de", "Die Vorsitzende der Genossenschaft, Lucia Ferrand, sagte, die neue Presse werde vor der Herbstlese "
               "aufgestellt.", None),
        ("es", "La presidenta de la cooperativa, Lidia Ferrand, dijo que la nueva prensa se instalaría antes de la "
               "vendimia de otoño.", ("Lucia Ferrand", "Lidia Ferrand")),
    ],
)
def test_a_given_name_changed_is_another_person(encoder, d_lang, derivative, changed):
    found = name_changes(encoder, ORIGINAL, d_lang, [derivative])
    assert found == ([changed] if changed else [])


@pytest.mark.slow
def test_marta_is_not_maria(encoder):
    original = ["The union's spokeswoman, Marta Olivares, said the strike would go ahead on Monday."]
    derivative = "La porte-parole du syndicat, María Olivares, a déclaré que la grève aurait lieu lundi."
    assert name_changes(encoder, original, "fr", [derivative]) == [("Marta Olivares", "María Olivares")]


@pytest.mark.slow
def test_a_transliterated_given_name_is_the_same_person(encoder):
    original = ["The mayor of Kharkiv, Oleksandr Petrenko, said the trams would run again on Friday."]
    derivative = "Le maire de Kharkiv, Oleksandre Petrenko, a déclaré que les tramways circuleraient de nouveau vendredi."
    assert name_changes(encoder, original, "fr", [derivative]) == []


@pytest.mark.slow
@pytest.mark.parametrize(
    "original_name, derivative_name",
    [("Giorgos Pappas", "Yorgos Pappas"), ("Aleksandr Orlov", "Alexandre Orlov"), ("Yusuf Demir", "Youssef Demir")],
)
def test_a_given_name_in_another_transliteration_is_the_same_person(encoder, original_name, derivative_name):
    original = [f"The harbour master, {original_name}, said the ferries would sail again on Thursday."]
    derivative = f"Le capitaine du port, {derivative_name}, a déclaré que les ferries reprendraient la mer jeudi."
    assert name_changes(encoder, original, "fr", [derivative]) == []


@pytest.mark.slow
def test_two_short_given_names_with_the_same_consonant_are_two_people(encoder):
    original = ["The lighthouse keeper, Aino Virtanen, said the beam would be switched off for repairs in May."]
    derivative = "La gardienne du phare, Anni Virtanen, a déclaré que le faisceau serait éteint pour travaux en mai."
    assert name_changes(encoder, original, "fr", [derivative]) == [("Aino Virtanen", "Anni Virtanen")]
