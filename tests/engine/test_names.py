"""Names: spellings and transliterations of one name are one name; titles are not names.

Pure text tests (no encoder).
"""

import pytest

from diptych.engine.names import Name, find_names, gazetteer, name_in_text, same_spelling
from diptych.engine.sentences import Span


def span(text: str) -> Span:
    return Span(0, 0, len(text), text)


@pytest.mark.parametrize(
    "a, la, b, lb",
    [
        ("Zelensky", "en", "Zelenskyy", "en"),
        ("Zelensky", "en", "Selenskyj", "de"),
        ("Shevchenko", "en", "Chevtchenko", "fr"),
        ("Shevchenko", "en", "Schewtschenko", "de"),
        ("Kharkiv", "en", "Charkiw", "de"),
        ("Chernihiv", "en", "Tchernihiv", "fr"),
        ("Chernihiv", "en", "Tschernihiw", "de"),
        ("Kyiv", "en", "Kyjiw", "de"),
        ("Mariupol", "en", "Marioupol", "fr"),
        ("Rojas", "en", "Rojas", "es"),
        ("Kertész", "en", "Kertész", "de"),
        ("Sølvsten", "en", "Solvsten", "fr"),
    ],
)
def test_spellings_of_one_name_are_the_same_name(a, la, b, lb):
    assert same_spelling(a, la, b, lb)


@pytest.mark.parametrize(
    "a, b",
    [
        ("Bondar", "Bondarenko"),
        ("Holm", "Holmberg"),
        ("Vaitkus", "Vaitkis"),
        ("Koval", "Melnyk"),
        ("Peters", "Petersen"),
    ],
)
def test_an_altered_name_is_another_name(a, b):
    assert not same_spelling(a, "en", b, "en")


@pytest.mark.parametrize(
    "name, other_text, other_language",
    [
        ("Mykolaiv", "les frappes sur Nikolaïev", "fr"),
        ("Denmark", "le ministre danois de l'Énergie", "fr"),
        ("United Arab Emirates", "die Vereinigten Arabischen Emirate", "de"),
        ("Ukraine", "Kyiv and Moscow trade prisoners", "en"),
        ("Emirati", "der emiratischen Seite", "de"),
        ("NATO", "les membres de l'OTAN", "fr"),
    ],
)
def test_curated_variants_and_demonyms_name_the_same_thing(name, other_text, other_language):
    found = Name(span(name), tuple(name.split()))
    assert name_in_text(found, "en", other_text, other_language)


def test_an_acronym_variant_is_matched_with_its_case():
    # "US" is the United States; "us" is a pronoun.
    assert gazetteer().entities("the US said")
    assert not gazetteer().entities("tell us more")


@pytest.mark.parametrize(
    "language, text, names",
    [
        ("en", "Energy Minister Oksana Hrytsenko spoke in Kyiv.", ["Oksana Hrytsenko", "Kyiv"]),
        ("en", "Denmark's energy minister met Natalia Bondar.", ["Denmark", "Natalia Bondar"]),
        ("en", "A Western diplomat said so.", []),
        ("fr", "La ministre de l’Énergie a parlé de l’Ukraine.", ["Ukraine"]),
        ("fr", "Le général Charles de Gaulle est arrivé.", ["Charles de Gaulle"]),
        ("de", "Der ukrainische Menschenrechtsbeauftragte Taras Melnyk sagte, Kyjiw sei bereit.", ["Taras Melnyk", "Kyjiw"]),
        ("de", "Die Behörden schätzen die Zahl.", []),
        ("es", "El presidente Volodímir Zelenski dijo en Kiev que Estados Unidos apoya a Ucrania.", ["Volodímir Zelenski", "Kiev", "Estados Unidos", "Ucrania"]),
        ("es", "el miembro del BCE Tomás Aranda afirmó", ["BCE", "Tomás Aranda"]),
    ],
)
def test_names_are_capitalised_runs_without_titles_or_sentence_openers(language, text, names):
    assert [n.span.text for n in find_names(span(text), language)] == names


def test_a_name_span_is_an_exact_slice_of_the_text():
    text = "Le ministère de l’Ukraine a confirmé."
    (name,) = find_names(span(text), "fr")
    assert text[name.span.start : name.span.end] == name.span.text == "Ukraine"
