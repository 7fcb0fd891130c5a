"""Charged words with a plain literal sense that a faithful translation uses for the
source's own words: paid leave is not mocked as a holiday, a storm that shredded leaves is
not criticism told as an assault, and « claque la porte » is how a French headline says
"resigns", not a slap. Each stays quiet where the source says the literal thing, and the
charged sense is still reported where it is not. Sentences are invented."""

import pytest
from aligned_fixtures import charged_words


@pytest.mark.parametrize(
    "original, d_lang, derivative",
    [
        ("The nurses' union called for night staff to be given extra days of paid leave.", "de",
         "Die Pflegegewerkschaft forderte zusätzliche bezahlte Urlaubstage für das Nachtpersonal."),
        ("Farmers say the hail shredded leaves on about 800 hectares of vines.", "de",
         "Die Winzer sagen, der Hagel habe auf rund 800 Hektar Reben die Blätter zerfetzt."),
        ("Head of regional orchestra resigns over budget cut", "fr",
         "Le directeur de l’orchestre régional claque la porte après la coupe budgétaire"),
    ],
)
def test_the_literal_sense_the_source_names_is_no_charged_word(original, d_lang, derivative):
    assert charged_words("en", original, d_lang, derivative) == []


@pytest.mark.parametrize(
    "original, d_lang, derivative, word",
    [
        ("The council said the asylum seekers would be housed in a former barracks.", "de",
         "Der Rat sagte, die Asylbewerber würden in einer früheren Kaserne bezahlten Urlaub machen.", "bezahlten Urlaub"),
        ("The minister spoke about the audit report on Monday.", "de",
         "Der Minister hat den Prüfbericht am Montag zerfetzt.", "zerfetzt"),
        ("The vote was a setback for the mayor.", "fr", "Le vote est une claque pour le maire.", "claque"),
    ],
)
def test_the_charged_sense_is_still_reported(original, d_lang, derivative, word):
    assert any(word in w or w in word for w in charged_words("en", original, d_lang, derivative))
