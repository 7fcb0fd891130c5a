"""Attribution: readings added after the blind sets 66-68.

- A lawyer speaks for a client ("the family's lawyer", « l'avocat du couple », „der Anwalt
  der Mieter“, "el abogado de la familia", "l'avvocato dei vicini"): a claim credited to a
  body (the council, the police) and then to a party's lawyer has another source. A
  lawyer of the body itself ("the council's lawyer") speaks for it, and two lawyers are
  one kind of source.
- Enthusiasts, hobbyists and amateurs speak for themselves (« des passionnés »,
  „Liebhaber“, "aficionados", "appassionati"), as critics and residents do: an
  association of keepers made "enthusiasts" is a body made a loose group of people.

Pure-text tests pass the similarity of two phrases by hand.
"""

import pytest

from diptych.engine.attribution import find_sources, source_change
from diptych.engine.sentences import Span


def span(text: str) -> Span:
    return Span(0, 0, len(text), text)


def first(text: str, language: str):
    return [s for s in find_sources(span(text), language) if not s.pronoun][0]


BODY = "The bridge will stay closed until March, according to the council."
POLICE = "The driver was not wearing a seat belt, according to police."


@pytest.mark.parametrize(
    "original, derivative, language",
    [
        (BODY, "The bridge will stay closed until March, according to the residents' lawyer.", "en"),
        (BODY, "Le pont restera fermé jusqu'en mars, selon l'avocat des riverains.", "fr"),
        (BODY, "Die Brücke bleibt laut dem Anwalt der Anwohner bis März gesperrt.", "de"),
        (BODY, "El puente seguirá cerrado hasta marzo, según el abogado de los vecinos.", "es"),
        (POLICE, "The driver was not wearing a seat belt, according to the family's lawyer.", "en"),
        (POLICE, "Le conducteur ne portait pas de ceinture, selon l'avocate de la famille.", "fr"),
    ],
)
def test_a_body_made_a_partys_lawyer_is_a_change(original, derivative, language):
    assert source_change(first(original, "en"), first(derivative, language), 0.4) is not None


@pytest.mark.parametrize(
    "original, derivative, language",
    [
        # the body's own lawyer speaks for it
        (BODY, "The bridge will stay closed until March, according to the council's lawyer.", "en"),
        # one lawyer, worded or translated another way
        ("The bridge will stay closed until March, according to the residents' lawyer.",
         "Le pont restera fermé jusqu'en mars, selon l'avocat des riverains.", "fr"),
        ("The bridge will stay closed until March, according to the residents' lawyer.",
         "The bridge will stay closed until March, according to the residents' attorney.", "en"),
        # the district attorney is the prosecution, not a party's counsel
        ("The driver was not wearing a seat belt, according to the prosecutor.",
         "The driver was not wearing a seat belt, according to the district attorney.", "en"),
    ],
)
def test_the_same_lawyer_or_the_bodys_own_stays_quiet(original, derivative, language):
    assert source_change(first(original, "en"), first(derivative, language), 0.45) is None


ASSOCIATION = "About 90 households keep bees, according to the regional beekeepers' association."


@pytest.mark.parametrize(
    "derivative, language",
    [
        ("About 90 households keep bees, according to bee enthusiasts.", "en"),
        ("About 90 households keep bees, according to local hobbyists.", "en"),
        ("Environ 90 foyers élèvent des abeilles, selon des passionnés d'apiculture.", "fr"),
        ("Rund 90 Haushalte halten Bienen, so Bienenliebhaber aus der Region.", "de"),
        ("Unos 90 hogares crían abejas, según aficionados a la apicultura.", "es"),
        ("Circa 90 famiglie allevano api, secondo alcuni appassionati.", "it"),
    ],
)
def test_an_association_made_enthusiasts_is_a_change(derivative, language):
    assert source_change(first(ASSOCIATION, "en"), first(derivative, language), 0.5) is not None


def test_enthusiasts_rendered_as_enthusiasts_stay_quiet():
    original = first("About 90 households keep bees, according to bee enthusiasts.", "en")
    derivative = first("Environ 90 foyers élèvent des abeilles, selon des passionnés d'abeilles.", "fr")
    assert source_change(original, derivative, 0.5) is None


# --- a title in sentence case ------------------------------------------------------------

from aligned_fixtures import attribution_findings  # noqa: E402
from diptych.engine.attribution import outlet_name  # noqa: E402


@pytest.mark.parametrize(
    "text, title",
    [
        ("According to the regional weekly Velmorski glasnik, the mayor was warned in May.", "Velmorski glasnik"),
        # a title the name reader takes whole is still the name
        ("According to the daily Velmora Courier, the mayor was warned in May.", "Velmora Courier"),
        # no title at all
        ("According to the local weekly, the mayor was warned in May.", None),
    ],
)
def test_an_outlet_title_in_sentence_case_is_the_outlets_name(text, title):
    found = outlet_name(first(text, "en"))
    assert (found.span.text if found else None) == title


GLASNIK = [
    "The county will widen the old road through Velmora next year.",
    "According to the regional weekly Velmorski glasnik, the county was told in 2020 that the road crossed a "
    "medieval cemetery but chose to keep the route to save money.",
]


@pytest.mark.slow
def test_an_outlet_in_sentence_case_dropped_is_reported(encoder):
    derivative = [
        "Le comté élargira l’an prochain l’ancienne route qui traverse Velmora.",
        "Le comté avait été averti en 2020 que la route traversait un cimetière médiéval, mais il a gardé le tracé "
        "pour économiser de l’argent.",
    ]
    found = attribution_findings(encoder, GLASNIK, "fr", derivative)
    assert len(found) == 1 and "Velmorski glasnik" in found[0].original_text, found


@pytest.mark.slow
def test_an_outlet_in_sentence_case_kept_stays_quiet(encoder):
    derivative = [
        "Le comté élargira l’an prochain l’ancienne route qui traverse Velmora.",
        "Selon l’hebdomadaire régional Velmorski glasnik, le comté avait été averti en 2020 que la route traversait "
        "un cimetière médiéval, mais il a gardé le tracé pour économiser de l’argent.",
    ]
    assert attribution_findings(encoder, GLASNIK, "fr", derivative) == []


# --- a relative pronoun after the source ----------------------------------------------------

FERRIES = "About 40 boats use the harbour each day, according to the regional boatowners' association, which says the number is rising."


@pytest.mark.slow
def test_a_changed_source_followed_by_its_relative_is_reported(encoder):
    derivative = "About 40 boats use the harbour each day, according to sailing enthusiasts, who say the number is rising."
    found = attribution_findings(encoder, [FERRIES], "en", [derivative])
    assert len(found) == 1 and "association" in found[0].original_text, found


@pytest.mark.slow
def test_the_same_source_followed_by_its_relative_stays_quiet(encoder):
    derivative = "About 40 boats use the harbour each day, according to the regional boatowners' association, who say the number is rising."
    assert attribution_findings(encoder, [FERRIES], "en", [derivative]) == []
