"""Attribution, third round of session 15: a relative clause that describes a body, the
head noun of a body of members translated, and one anonymous person made several people
however the speaker's phrase is built.

Pure text tests: the similarity of two source phrases, which the encoder gives in the
pipeline, is passed in by hand."""

import pytest

from diptych.engine.attribution import find_sources, source_change
from diptych.engine.sentences import Span


def span(text: str) -> Span:
    return Span(0, 0, len(text), text)


def source(text: str, language: str):
    (found,) = [s for s in find_sources(span(text), language) if not s.pronoun]
    return found


# --- faithful renderings: no change -------------------------------------------------------


def test_a_relative_clause_with_a_thousands_comma_describes_the_body():
    # "which heats about 52,000 flats and offices": the digit comma and the "and" inside
    # the relative clause open no new clause; the speaker is the company
    o = source("Brenmoor Heat, which heats about 52,000 flats and offices in the valley, said prices would rise.", "en")
    assert o.core == "Brenmoor Heat"
    d = source(
        "Brenmoor Heat, qui chauffe quelque 52 000 appartements et bureaux de la vallée, dit que les prix augmenteront.",
        "fr",
    )
    assert source_change(o, d, 0.5) is None


@pytest.mark.parametrize(
    "original, language, derivative",
    [
        (
            "The Corvale Taxi Drivers' Union said the new ranks were too few.",
            "de",
            "Der Verband der Taxifahrer von Corvale erklärte, es gebe zu wenige neue Standplätze.",
        ),
        (
            "The Corvale Fishermen's Association said the quotas were unfair.",
            "fr",
            "Le syndicat des pêcheurs de Corvale a déclaré que les quotas étaient injustes.",
        ),
        (
            "The Corvale Fishermen's Association said the quotas were unfair.",
            "es",
            "El sindicato de pescadores de Corvale dijo que las cuotas eran injustas.",
        ),
        (
            "The Corvale Fishermen's Association said the quotas were unfair.",
            "de",
            "Die Fischergewerkschaft von Corvale erklärte, die Quoten seien unfair.",
        ),
    ],
)
def test_a_body_of_members_under_another_head_noun_is_the_same_body(original, language, derivative):
    # Union / Verband / syndicat / association: a translator's choice of head noun for one
    # body whose own name ("Corvale") is kept
    assert source_change(source(original, "en"), source(derivative, language), 0.4) is None


def test_a_union_made_another_places_association_still_differs():
    o = source("The Corvale Taxi Drivers' Union said the ranks were too few.", "en")
    d = source("Der Verband der Taxiunternehmer von Marrow erklärte, es gebe zu wenige Standplätze.", "de")
    assert source_change(o, d, 0.4) is not None


# --- one anonymous person made several -----------------------------------------------------


@pytest.mark.parametrize(
    "original, derivative",
    [
        (
            "A former cook at one of the group's hotels in Pella, who asked not to be named because "
            "he had signed a confidentiality agreement, said the kitchens were understaffed.",
            "D’anciens cuisiniers des hôtels du groupe à Pella, tenus par des accords de confidentialité, "
            "affirment que les cuisines manquaient de personnel.",
        ),
        (
            "A bus driver who worked on the line that winter, who spoke on condition of anonymity "
            "because he feared for his job, said the brakes were worn.",
            "Plusieurs chauffeurs qui travaillaient sur la ligne cet hiver-là, sous couvert d’anonymat, "
            "ont déclaré que les freins étaient usés.",
        ),
    ],
)
def test_one_anonymous_person_made_several_is_reported(original, derivative):
    o, d = source(original, "en"), source(derivative, "fr")
    assert "several" in (source_change(o, d, 0.65) or "")


def test_a_restrictive_and_an_anonymity_relative_leave_the_head():
    o = source(
        "A bus driver who worked on the line that winter, who spoke on condition of anonymity "
        "because he feared for his job, said the brakes were worn.",
        "en",
    )
    assert o.core == "A bus driver" and o.anonymous


def test_one_anonymous_cook_rendered_as_one_is_no_change():
    o = source(
        "A former cook at one of the group's hotels, who asked not to be named, said the kitchens were understaffed.",
        "en",
    )
    d = source(
        "Un ancien cuisinier de l’un des hôtels du groupe, qui a demandé à ne pas être nommé, a déclaré "
        "que les cuisines manquaient de personnel.",
        "fr",
    )
    assert source_change(o, d, 0.65) is None
