"""A quote an unnamed body said, given in the derivative to another party of the story.

"The drivers' union called the timetable 'a slow strangling'" made « L'associazione dei
pendolari Treni Liberi ha parlato di … », where the original brings in the commuters'
association apart from the union: the words changed hands. Where the original itself
names the body beside its common noun ("The drivers' union, Autisti Uniti, …"), the
derivative naming it is the same speaker.
"""

from __future__ import annotations

import pytest

from aligned_fixtures import headed_findings

pytestmark = pytest.mark.slow

TITLE = {
    "en": "Valley bus timetable cut to four runs a day",
    "it": "L'orario degli autobus della valle ridotto a quattro corse al giorno",
}
LEAD = {
    "en": "The regional bus company will run four buses a day through the Varra valley from March, down from eleven.",
    "it": "Dal mese di marzo la compagnia regionale degli autobus farà passare quattro corse al giorno nella valle "
    "della Varra, contro le undici di oggi.",
}


def quote_kinds(encoder, original: list[str], derivative: list[str]) -> list[str]:
    return [f.kind for f in headed_findings(encoder, TITLE, LEAD, original, "it", derivative) if f.kind.startswith("quote")]


def test_a_body_words_given_to_another_party_of_the_story_are_misattributed(encoder):
    original = [
        "The commuters' association Treni Liberi said it would collect signatures in every village of the valley.",
        'The drivers\' union called the new timetable "a slow strangling of the valley" and said it would ask '
        "the regional council to vote again.",
    ]
    derivative = [
        "L'associazione dei pendolari Treni Liberi ha detto che raccoglierà firme in ogni paese della valle.",
        "L'associazione dei pendolari Treni Liberi ha parlato di «un lento strangolamento della valle» e ha detto "
        "che chiederà al consiglio regionale di votare di nuovo.",
    ]
    assert "quote_misattributed" in quote_kinds(encoder, original, derivative)


def test_the_body_the_original_names_beside_its_common_noun_is_the_same_speaker(encoder):
    original = [
        "The drivers' union, Autisti Uniti, said it would collect signatures in every village of the valley.",
        'The union called the new timetable "a slow strangling of the valley" and said it would ask '
        "the regional council to vote again.",
    ]
    derivative = [
        "Il sindacato degli autisti, Autisti Uniti, ha detto che raccoglierà firme in ogni paese della valle.",
        "Autisti Uniti ha parlato di «un lento strangolamento della valle» e ha detto che chiederà al consiglio "
        "regionale di votare di nuovo.",
    ]
    assert "quote_misattributed" not in quote_kinds(encoder, original, derivative)
