"""Attribution: four readings added after the blind sets 63-65.

- An apposition set off by commas between a speaker and its verb is one phrase, even
  where an "and" joins two of its nouns ("X, a cooperative owned by 30 growers and two
  traders, said"): the "and" opens no clause, and X speaks, not the traders.
- "A handful of villagers", "a few growers", "a group of residents": several people, as
  "several villagers" are; one unnamed person made "a handful of critics" is a changed
  source (one account now reads as many).
- "The city" / "the town" (« la ville », „die Stadt“, "la ciudad", « la città ») that
  heads a source is the municipality speaking ("according to the city"): the same kind as
  the town hall or the mayor, another kind than the company that runs a service for it.
- "Police figures show ...", "ECB data suggest ...": the figures of a body are the
  source of what they show, as "according to police figures" is; credited to the
  project's supporters (« selon les partisans du projet ») they credit someone else.
- A source dropped where its relative clause became a clause of its own ("..., according
  to the town, which wants to ..." / "..., and the town wants to ..."): the town's name
  is still in the sentence, but as the subject of its aim, no longer as the source of
  the figure.

Pure-text tests pass the similarity of two phrases by hand; the end-to-end ones run the
offline encoder.
"""

import pytest

from diptych.engine.attribution import find_sources, source_change
from diptych.engine.sentences import Span
from aligned_fixtures import attribution_findings


def span(text: str) -> Span:
    return Span(0, 0, len(text), text)


def only(text: str, language: str):
    (source,) = [s for s in find_sources(span(text), language) if not s.pronoun]
    return source


# --- an "and" inside an apposition --------------------------------------------------------


@pytest.mark.parametrize(
    "language, text, opening",
    [
        ("en", "Brenmoor Growers, a cooperative owned by 30 local growers and two traders, said prices had fallen by a third.", "Brenmoor Growers"),
        ("en", "The Halden Ferry Company, a firm run by the town and the county, said the crossing would close in May.", "The Halden Ferry Company"),
    ],
)
def test_an_and_inside_an_apposition_does_not_cut_the_speaker(language, text, opening):
    assert only(text, language).phrase.text.startswith(opening)


@pytest.mark.parametrize(
    "language, text, phrase",
    [
        # an "and" after a comma opens a clause of its own, with its own speaker
        ("en", "The road was closed on Monday, and the police chief, Anna Berg, said it would reopen next week.", "the police chief, Anna Berg"),
    ],
)
def test_an_and_that_opens_a_clause_still_cuts_the_speaker(language, text, phrase):
    assert only(text, language).phrase.text == phrase


# --- a handful of people ------------------------------------------------------------------

FISHER = "One grower, who asked not to be named because he sells to the cooperative, said the scales had been wrong for years."


@pytest.mark.parametrize(
    "derivative, language",
    [
        ("A handful of critics in the valley say the scales were wrong for years.", "en"),
        ("A few growers say the scales were wrong for years.", "en"),
        ("Une poignée de producteurs affirment que les balances étaient fausses depuis des années.", "fr"),
    ],
)
def test_one_unnamed_source_made_a_handful_is_a_change(derivative, language):
    assert source_change(only(FISHER, "en"), only(derivative, language), 0.3) is not None


@pytest.mark.parametrize(
    "original, derivative, language",
    [
        ("A handful of growers said the scales had been wrong for years.", "Quelques producteurs ont affirmé que les balances étaient fausses depuis des années.", "fr"),
        ("A group of residents said the river had been diverted at night.", "Several residents said the river had been diverted at night.", "en"),
    ],
)
def test_a_handful_rendered_as_a_few_stays_quiet(original, derivative, language):
    assert source_change(only(original, "en"), only(derivative, language), 0.6) is None


# --- the city as a source -------------------------------------------------------------------


@pytest.mark.parametrize(
    "derivative, language",
    [
        ("The ferry carried 400,000 passengers last year, according to the operator.", "en"),
        ("Le bac a transporté 400 000 passagers l’an dernier, selon l’exploitant.", "fr"),
    ],
)
def test_the_town_made_the_operator_is_a_change(derivative, language):
    original = only("The ferry carried 400,000 passengers last year, according to the town.", "en")
    assert source_change(original, only(derivative, language), 0.5) is not None


@pytest.mark.parametrize(
    "derivative, language",
    [
        ("Le bac a transporté 400 000 passagers l’an dernier, selon la ville.", "fr"),
        ("Die Fähre beförderte im vergangenen Jahr 400.000 Fahrgäste, teilte die Stadt mit.", "de"),
        ("El transbordador llevó 400.000 pasajeros el año pasado, según la ciudad.", "es"),
        ("The ferry carried 400,000 passengers last year, according to the town hall.", "en"),
        ("Le bac a transporté 400 000 passagers l’an dernier, selon la mairie.", "fr"),
    ],
)
def test_the_town_rendered_as_the_town_stays_quiet(derivative, language):
    original = only("The ferry carried 400,000 passengers last year, according to the city.", "en")
    assert source_change(original, only(derivative, language), 0.5) is None


# --- figures that show ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, phrase",
    [
        ("Police figures show 52 burglaries in the district last year.", "Police figures"),
        ("Central bank data suggest that wages grew 3% in the spring.", "Central bank data"),
    ],
)
def test_figures_that_show_are_a_source(text, phrase):
    assert only(text, "en").phrase.text == phrase


@pytest.mark.parametrize(
    "derivative, language, changed",
    [
        ("Selon les partisans du projet, 52 cambriolages ont eu lieu dans le quartier l’an dernier.", "fr", True),
        ("Den Befürwortern des Plans zufolge gab es im vergangenen Jahr 52 Einbrüche im Viertel.", "de", True),
        ("Selon les chiffres de la police, 52 cambriolages ont eu lieu dans le quartier l’an dernier.", "fr", False),
        ("According to police statistics, there were 52 burglaries in the district last year.", "en", False),
    ],
)
def test_police_figures_credited_to_supporters_is_a_change(derivative, language, changed):
    original = only("Police figures show 52 burglaries in the district last year.", "en")
    found = [s for s in find_sources(span(derivative), language) if not s.pronoun]
    if not found:
        assert not changed
        return
    assert (source_change(original, found[0], 0.4 if changed else 0.7) is not None) is changed


# --- end to end -------------------------------------------------------------------------------

SHARE = "About a third of trips in Brenholt are made by bus, according to the town, which wants to raise that share to half by 2035."


@pytest.mark.slow
def test_a_source_whose_relative_clause_became_a_clause_of_its_own_was_dropped(encoder):
    derivative = "About a third of trips in Brenholt are made by bus, and the town wants to raise that share to half by 2035."
    found = attribution_findings(encoder, [SHARE], "en", [derivative])
    assert len(found) == 1 and "according to the town" in found[0].original_text, found


@pytest.mark.slow
@pytest.mark.parametrize(
    "derivative",
    [
        SHARE,
        "About a third of trips in Brenholt are made by bus, the town says, and it wants to raise that share to half by 2035.",
    ],
)
def test_a_source_kept_with_its_aim_stays_quiet(encoder, derivative):
    assert attribution_findings(encoder, [SHARE], "en", [derivative]) == []


USED = ["The town will also end its free Saturday concerts.", "They drew about 300 people a week and cost more than 20,000 euros a year, according to the town."]


@pytest.mark.slow
def test_the_town_dropped_in_a_translation_is_reported(encoder):
    derivative = ["La ville mettra aussi fin à ses concerts gratuits du samedi.", "Ils attiraient environ 300 personnes par semaine et coûtaient plus de 20 000 euros par an."]
    found = attribution_findings(encoder, USED, "fr", derivative)
    assert len(found) == 1 and "according to the town" in found[0].original_text, found


@pytest.mark.slow
def test_the_town_kept_in_a_translation_stays_quiet(encoder):
    derivative = ["La ville mettra aussi fin à ses concerts gratuits du samedi.", "Ils attiraient environ 300 personnes par semaine et coûtaient plus de 20 000 euros par an, selon la ville."]
    assert attribution_findings(encoder, USED, "fr", derivative) == []
