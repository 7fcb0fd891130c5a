"""A name made of ordinary words is translated word by word, and stays the same name.

Parties and movements ("the Greens" / « les Verts » / "los Verdes"), places named with a
descriptive word ("High Atlas" / « Haut Atlas », "North Sea" / « mer du Nord », "Upper
Austria" / "Alta Austria") and bodies ("Red Cross" / « Croix-Rouge ») are rendered word
for word: each word that differs is the other language's word of the same sense, a
wire-service translator's ordinary practice. A word of another sense ("North Korea" /
« Corée du Sud », "High Atlas" / « Moyen Atlas ») still makes another name; within one
language any changed word does ("Midden-Limburg" / "West-Limburg").
"""

import pytest

from diptych.engine.names import descriptive_senses
from tests.engine.test_names import name_changes


@pytest.mark.parametrize(
    "word, language, sense",
    [
        ("Verts", "fr", "green"),
        ("Grünen", "de", "green"),
        ("Verdes", "es", "green"),
        ("Hautes", "fr", "high"),
        ("Hohe", "de", "high"),
        ("Upper", "en", "high"),
        ("Alta", "it", "high"),
        ("Nord", "fr", "north"),
        ("Sud", "fr", "south"),
        ("Nueva", "es", "new"),
    ],
)
def test_name_forming_words_have_a_sense_in_each_language(word, language, sense):
    assert sense in descriptive_senses(word, language)


def test_a_word_of_one_language_has_no_sense_of_another_language_list():
    # Italian "alte" is "high", German "alte" is "old": each language reads its own list.
    assert "high" not in descriptive_senses("Alte", "de")
    assert "high" in descriptive_senses("Alte", "it")


FAITHFUL = [
    ("fr", "The Greens voted against the budget on Tuesday, the party's spokesman said.",
     "Les Verts ont voté mardi contre le budget, a indiqué le porte-parole du parti."),
    ("es", "The Greens voted against the budget on Tuesday, the party's spokesman said.",
     "Los Verdes votaron el martes contra el presupuesto, según el portavoz del partido."),
    ("fr", "Snow closed the passes of the High Atlas on Sunday, and two walkers were rescued.",
     "La neige a fermé dimanche les cols du Haut Atlas, et deux randonneurs ont été secourus."),
    ("es", "Snow closed the passes of the High Atlas on Sunday, and two walkers were rescued.",
     "La nieve cerró el domingo los puertos del Alto Atlas, y dos excursionistas fueron rescatados."),
    ("it", "Heavy snow cut off three villages in Upper Austria overnight.",
     "Una forte nevicata ha isolato durante la notte tre villaggi dell'Alta Austria."),
    ("fr", "A cargo ship lost part of its load in the North Sea on Monday.",
     "Un cargo a perdu lundi une partie de sa cargaison en mer du Nord."),
    ("fr", "Fishermen in New Caledonia protested against the new quotas.",
     "Des pêcheurs de Nouvelle-Calédonie ont protesté contre les nouveaux quotas."),
    ("de", "The Greens voted against the budget on Tuesday, the party's spokesman said.",
     "Die Grünen stimmten am Dienstag gegen den Haushalt, sagte der Sprecher der Partei."),
    ("it", "The Greens voted against the budget on Tuesday, the party's spokesman said.",
     "I Verdi hanno votato martedì contro il bilancio, ha detto il portavoce del partito."),
    ("fr", "Two tankers collided in the Black Sea on Monday, the coastguard said.",
     "Deux pétroliers sont entrés en collision lundi en mer Noire, selon les garde-côtes."),
    ("de", "Two tankers collided in the Black Sea on Monday, the coastguard said.",
     "Zwei Tanker sind am Montag im Schwarzen Meer zusammengestoßen, teilte die Küstenwache mit."),
    ("es", "The Red Cross sent two lorries of blankets to the border on Friday.",
     "La Cruz Roja envió el viernes dos camiones de mantas a la frontera."),
    ("fr", "A ship loaded with grain left North Korea on Monday, officials said.",
     "Un navire chargé de céréales a quitté la Corée du Nord lundi, selon des responsables."),
]


@pytest.mark.slow
@pytest.mark.parametrize("d_lang, original, derivative", FAITHFUL)
def test_a_name_of_ordinary_words_translated_is_not_changed(encoder, d_lang, original, derivative):
    assert name_changes(encoder, [original], d_lang, [derivative]) == []


@pytest.mark.slow
@pytest.mark.parametrize(
    "d_lang, original, derivative, change",
    [
        ("fr", "Snow closed the passes of the High Atlas on Sunday, and two walkers were rescued.",
         "La neige a fermé dimanche les cols du Moyen Atlas, et deux randonneurs ont été secourus.",
         ("High Atlas", "Moyen Atlas")),
        ("en", "The care provider Zorggroep Midden-Limburg said up to 40 nurses could lose their jobs.",
         "The care provider Zorggroep West-Limburg said up to 40 nurses could lose their jobs.",
         ("Zorggroep Midden-Limburg", "Zorggroep West-Limburg")),
        # The same country with a point of the compass of another sense.
        ("fr", "A ship loaded with grain left North Korea on Monday, officials said.",
         "Un navire chargé de céréales a quitté la Corée du Sud lundi, selon des responsables.",
         ("North Korea", "Corée du Sud")),
    ],
)
def test_a_name_with_a_word_of_another_sense_is_changed(encoder, d_lang, original, derivative, change):
    assert name_changes(encoder, [original], d_lang, [derivative]) == [change]


def test_words_of_the_same_name_pair_off_by_sense_then_spelling_never_across_senses():
    from diptych.engine.names import Name, _rendered_by_sense, _sense_swapped
    from diptych.engine.sentences import Span

    def name(text):
        return Name(Span(0, 0, len(text), text), tuple(text.split()))

    assert _rendered_by_sense(name("High Tatras"), "en", name("Hautes Tatras"), "fr")
    assert not _rendered_by_sense(name("North Korea"), "en", name("Corée du Sud"), "fr")
    # "West" and « Est » look alike but have two senses: no pair, another name.
    assert not _rendered_by_sense(name("West Africa"), "en", name("Afrique Est"), "fr")
    assert _sense_swapped(name("West Africa"), "en", name("Afrique Est"), "fr")
    assert not _sense_swapped(name("North Korea"), "en", name("Corée du Nord"), "fr")
    # In one language neither rule speaks: any word changed is a changed name.
    assert not _rendered_by_sense(name("High Tatras"), "en", name("Low Tatras"), "en")
