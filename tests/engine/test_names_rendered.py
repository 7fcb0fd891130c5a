"""A name whose words are translated one by one is the same name.

An event, a place or a body keeps its own name (a river, a town) and a translation
renders its other words: "Tisza Riverside Marathon" / « le marathon des Rives de la
Tisza », where the race's common noun stands outside the name in lower case and
"Riverside" / « Rives » share their stem. Words that render nothing of the other name
("Riverside" / « Collines ») still make a changed name.
"""

import pytest

from tests.engine.test_names import name_changes

ORIGINAL = ["More than 900 runners took part in the Tisza Riverside Marathon in Szeged on Sunday, the organisers said."]


@pytest.mark.slow
@pytest.mark.parametrize(
    "d_lang, derivative",
    [
        ("fr", "Plus de 900 coureurs ont participé dimanche au marathon des Rives de la Tisza, à Szeged, selon les "
               "organisateurs."),
        ("it", "Più di 900 corridori hanno partecipato domenica alla maratona delle Rive del Tisza, a Szeged, "
               "secondo gli organizzatori."),
    ],
)
def test_an_event_name_translated_word_for_word_is_not_changed(encoder, d_lang, derivative):
    assert name_changes(encoder, ORIGINAL, d_lang, [derivative]) == []


@pytest.mark.slow
def test_an_event_name_with_another_word_is_still_changed(encoder):
    derivative = ("Plus de 900 coureurs ont participé dimanche au marathon des Collines de la Tisza, à Szeged, selon "
                  "les organisateurs.")
    assert name_changes(encoder, ORIGINAL, "fr", [derivative]) == [("Tisza Riverside Marathon", "Collines de la Tisza")]


GARDEN = ["The council will close the orangery at the Kelvindale Botanic Garden for two years after a storm."]


@pytest.mark.slow
def test_a_german_rendering_with_capitalised_common_words_is_not_changed(encoder):
    """German writes the common words of the name with capitals ("des Botanischen Gartens
    Kelvindale"): they render the original's words as lower-case words do elsewhere."""
    derivative = "Der Stadtrat wird die Orangerie des Botanischen Gartens Kelvindale nach einem Sturm für zwei Jahre schließen."
    assert name_changes(encoder, GARDEN, "de", [derivative]) == []


@pytest.mark.slow
def test_a_german_rendering_with_another_word_is_still_changed(encoder):
    derivative = "Der Stadtrat wird die Orangerie des Zoologischen Gartens Kelvindale nach einem Sturm für zwei Jahre schließen."
    assert name_changes(encoder, GARDEN, "de", [derivative]) != []


DIKES = [
    "The dikes held through the night, the water board said.",
    "Marta Sokol, an engineer who trains dike inspectors at the Szeged University of Technology, said the "
    "dikes had been raised in 2019.",
    "The inspectors walk the dikes twice a day during a flood.",
]


@pytest.mark.slow
def test_a_german_common_noun_after_a_rendered_name_is_no_part_of_it(encoder):
    """German capitalises the noun that follows a name ("an der Technischen Universität
    Szeged Prüfer ausbildet"): a word the German text also writes after an article ("die
    Prüfer") and the original does not write is a common noun, not a word of the name."""
    derivative = [
        "Die Deiche hielten die ganze Nacht, erklärte die Wasserbehörde.",
        "Marta Sokol, eine Ingenieurin, die an der Technischen Universität Szeged Prüfer für Deiche ausbildet, sagte, "
        "die Deiche seien 2019 erhöht worden.",
        "Die Prüfer gehen bei Hochwasser zweimal am Tag die Deiche ab.",
    ]
    assert name_changes(encoder, DIKES, "de", derivative) == []

