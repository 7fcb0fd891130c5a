"""Attribution: a clause opened by a subordinating conjunction bounds the source phrase.

"…, although the operator said crews needed training" credits the operator, not "The new
ferry will enter service in April, although the operator". A subordinate clause that
closes with a comma before the verb ("…, speaking on condition of anonymity because the
case is open, said") describes the speaker before it and leaves the source alone.

Pure text tests (no encoder), on sentences written for these tests.
"""

import pytest

from diptych.engine.attribution import find_sources
from diptych.engine.sentences import sentence_spans


def phrases(text: str, language: str) -> list[str]:
    return [s.phrase.text for sp in sentence_spans(0, text, language) for s in find_sources(sp, language, [], frozenset())]


@pytest.mark.parametrize(
    "language, text, phrase",
    [
        ("en", "The new ferry will enter service in April, although the operator said crews still needed training.",
         "the operator"),
        ("en", "Tolls will rise in June because the regional council said the bridge needed new cables.",
         "the regional council"),
        ("en", "The vote will go ahead on Friday unless the court rules otherwise, the clerk said.", "the clerk"),
        ("fr", "Le ferry entrera en service en avril, bien que l’opérateur a dit que les équipages manquaient de formation.",
         "l’opérateur"),
        ("de", "Die Fähre fährt ab April, obwohl der Betreiber sagte, die Besatzung brauche mehr Training.",
         "der Betreiber"),
    ],
)
def test_a_source_after_a_subordinating_conjunction_starts_after_it(language, text, phrase):
    assert phrases(text, language) == [phrase]


def test_a_subordinate_clause_closed_before_the_verb_leaves_the_speaker_before_it():
    text = "A port official, speaking privately because the talks are secret, said the berth would close."
    assert phrases(text, "en") == ["A port official"]


@pytest.mark.slow
def test_a_misreading_both_versions_share_hides_no_changed_source(encoder):
    """"60 ship calls have been booked" reads as a "ship" that "calls" in both versions;
    that shared misreading does not stop the real sources from being compared."""
    from aligned_fixtures import attribution_findings

    original = ["According to the daily Pobjeda, at least 40 ship calls have already been booked for the spring."]
    derivative = ["According to the harbour office, at least 40 ship calls have already been booked for the spring."]
    found = attribution_findings(encoder, original, "en", derivative)
    assert [(f.original_text, f.derivative_text) for f in found] == [
        ("According to the daily Pobjeda", "According to the harbour office")
    ]


@pytest.mark.slow
def test_a_misread_source_stays_part_of_what_a_short_sentence_states(encoder):
    """A short sentence is compared without its attributions; the misread "ship" that
    "calls" is no attribution, so the French rendering still matches and the newspaper
    made the town hall is reported."""
    from aligned_fixtures import attribution_findings

    original = ["According to the daily Pobjeda, at least 40 ship calls have already been booked for the spring."]
    derivative = ["Selon la mairie, au moins 40 escales ont déjà été réservées pour le printemps."]
    found = attribution_findings(encoder, original, "fr", derivative)
    assert [(f.original_text, f.derivative_text) for f in found] == [("According to the daily Pobjeda", "Selon la mairie")]
