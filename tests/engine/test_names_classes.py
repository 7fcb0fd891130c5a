"""Names, by class: a bare final "s" across languages, a given name of the variants list,
a place told as the country that contains it.

Pure text tests, and encoder tests marked slow.
"""

import pytest

from diptych.engine.names import find_names, is_person, same_spelling
from diptych.engine.sentences import Span

from tests.engine.test_names import name_changes


def span(text: str) -> Span:
    return Span(0, 0, len(text), text)


@pytest.mark.parametrize(
    "a, la, b, lb",
    [
        ("Bianchi", "en", "Bianchis", "fr"),  # French, Italian, Spanish write no bare genitive "s"
        ("Moretti", "en", "Morettis", "it"),
        ("Herrera", "en", "Herreras", "es"),
        ("Bianchis", "en", "Bianchi", "fr"),
    ],
)
def test_a_bare_final_s_is_another_name_where_no_genitive_writes_it(a, la, b, lb):
    assert not same_spelling(a, la, b, lb)


@pytest.mark.parametrize(
    "a, la, b, lb",
    [
        ("Moretti", "en", "Morettis", "de"),  # „Morettis Team“: a German genitive
        ("Bakken", "en", "Bakkens", "nl"),
        ("Merkels", "de", "Merkel", "fr"),
    ],
)
def test_a_bare_final_s_is_a_genitive_in_languages_that_write_one(a, la, b, lb):
    assert same_spelling(a, la, b, lb)


@pytest.mark.parametrize(
    "language, text, people",
    [
        ("en", "Alejandro Molina, who runs the dairy, said the price had doubled.", ["Alejandro Molina"]),
        ("fr", "« Nous avons tout perdu », a déclaré Alexandre Vidal, le fromager.", ["Alexandre Vidal"]),
        ("de", "Das sagte Dmitri Hoffmann am Montag.", ["Dmitri Hoffmann"]),
        ("en", "Sergei Pavlenko, a farmer, said the rain came too late.", ["Sergei Pavlenko"]),
    ],
)
def test_a_given_name_of_the_variants_list_still_makes_a_person(language, text, people):
    assert [n.span.text for n in find_names(span(text), language) if is_person(n)] == people


@pytest.mark.parametrize(
    "text",
    [
        "Officials in Kryvyi Rih said the water was back.",
        "The European Central Bank said rates would stay.",
    ],
)
def test_a_place_or_body_of_the_variants_list_is_still_no_person(text):
    assert [n.span.text for n in find_names(span(text), "en") if is_person(n)] == []


@pytest.mark.slow
@pytest.mark.parametrize(
    "d_lang, derivative",
    [
        ("fr", "Le maire de Fidelia, Lorenzo Bianchis, a signé l'arrêté mardi."),
        ("es", "El alcalde de Fidelia, Lorenzo Bianchis, firmó el decreto el martes."),
    ],
)
def test_a_surname_given_a_final_s_in_a_translation_is_renamed(encoder, d_lang, derivative):
    original = ["The mayor of Fidelia, Lorenzo Bianchi, signed the order on Tuesday."]
    assert name_changes(encoder, original, d_lang, [derivative]) == [("Lorenzo Bianchi", "Lorenzo Bianchis")]


@pytest.mark.parametrize(
    "text",
    [
        "Officials in Kyiv Oblast said the water was back.",
        "Shelling hit Mariupol Drama Theatre again.",
        "He spoke to Vladimir Putin on Monday.",
    ],
)
def test_a_listed_place_or_person_before_other_words_is_no_new_person(text):
    """Only a given name of the list ("given: …" lines) before a surname makes a person;
    a listed place before other words does not (nor did a listed leader before)."""
    assert [n.span.text for n in find_names(span(text), "en") if is_person(n)] == []


@pytest.mark.slow
@pytest.mark.parametrize(
    "d_lang, headline, body",
    [
        ("en", "Overworked ferry crews strike in western Norway", "Ferry crews in Molde, in western Norway, walked out on Monday over pay."),
        ("fr", "Grève des équipages de ferry dans l'ouest de la Norvège", "Les équipages de ferry de Molde, dans l'ouest de la Norvège, ont cessé le travail lundi."),
    ],
)
def test_a_place_told_as_the_country_the_story_puts_it_in_is_no_renaming(encoder, d_lang, headline, body):
    """A headline that says "Norway" for "Molde" generalises: the story itself places
    the town in that country ("Molde, in western Norway")."""
    original = ["Ferry crews in Molde walk out over pay, cancelling hundreds of crossings",
                "Ferry crews in Molde, in western Norway, walked out on Monday over pay."]
    assert name_changes(encoder, original, d_lang, [headline, body]) == []


def _name(text: str, language: str = "en"):
    return find_names(span(text), language)[0]


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "Ferry crews in Molde, in western Norway, walked out on Monday."),
        ("fr", "Les équipages de Molde, dans l'ouest de la Norvège, ont cessé le travail."),
        ("de", "Die Besatzungen in Molde im Westen Norwegens legten die Arbeit nieder."),
        ("en", "The dispute in Molde, Norway, began in May."),
    ],
)
def test_a_story_that_puts_a_town_in_a_country_says_so(language, text):
    from diptych.engine.names import placed_in

    region = {"en": "Norway", "fr": "Norvège", "de": "Norwegen"}[language]
    assert placed_in(_name("Molde"), _name(region), text)


@pytest.mark.parametrize(
    "text",
    [
        "Molde beat Norway's champions on Sunday.",
        "Crews from Molde and from Sweden met on Monday.",
        "Norway is far from Molde.",
    ],
)
def test_a_town_and_a_country_side_by_side_are_not_placed_in_each_other(text):
    from diptych.engine.names import placed_in

    assert not placed_in(_name("Molde"), _name("Sweden" if "Sweden" in text else "Norway"), text)


def test_a_preposition_further_on_does_not_place_a_town():
    from diptych.engine.names import placed_in

    assert not placed_in(_name("Molde"), _name("Bergen"), "The strike in Molde spread to schools in Bergen.")
