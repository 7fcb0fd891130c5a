"""A named speaker made anonymous in the same sentence is the attribution's matter, not a
misattributed quote.

"Mara Lind, whose father lives at the home, said …. '…,' she said" rewritten as "One
daughter said …. '…,' she said": "she" stands for Mara Lind on one side and for "one
daughter" on the other, but the sentence that brings "one daughter" in renders the one
that named Mara Lind: the same person, unnamed (attribution_changed reports that), not
the quote given to someone else.
"""

from __future__ import annotations

import pytest

from diptych.engine.model import Article, Link, Segment
from diptych.engine.spans import find_span_findings

pytestmark = pytest.mark.slow

TITLE = "Families raise alarm over nursing home"
ORIGINAL = (
    "Mara Lind, whose 88-year-old father has lived at the home since 2021, said she had found him without water "
    'twice in September. "He cannot reach the jug on his own any more," she said.'
)
RENDERINGS = {
    "en": (
        "One daughter said she had found her 88-year-old father without water twice in September. "
        '"He cannot reach the jug on his own any more," she said.'
    ),
}
OTHER = (
    "Mara Lind, whose 88-year-old father has lived at the home since 2021, said she had found him without water "
    "twice in September. A nurse at the home, who asked not to be named, said the ward was short of staff. "
    '"He cannot reach the jug on his own any more," she said.'
)


def article(language: str, paragraphs: list[str]) -> Article:
    return Article(
        source="test", title=paragraphs[0], language=language, text="\n\n".join(paragraphs),
        segments=[Segment(i, p) for i, p in enumerate(paragraphs)],
    )


def _quote_kinds(encoder, derivative: str, language: str = "en") -> list[str]:
    o = article("en", [TITLE, ORIGINAL])
    d = article(language, [TITLE, derivative])
    findings = find_span_findings(o, d, [Link([0], [0], 0.9), Link([1], [1], 0.9)], encoder)
    return sorted(f.kind for f in findings if f.kind.startswith("quote") or f.kind == "attribution_changed")


@pytest.mark.parametrize("language", sorted(RENDERINGS))
def test_a_named_speaker_made_anonymous_in_place_is_no_misattribution(encoder, language):
    kinds = _quote_kinds(encoder, RENDERINGS[language], language)
    assert "quote_misattributed" not in kinds


def test_the_quote_given_to_another_unnamed_person_is_still_misattributed(encoder):
    assert "quote_misattributed" in _quote_kinds(encoder, OTHER)


# The named speaker kept in the sentence as the subject of its own clause, and the quote
# given to someone the derivative brings in with an indefinite article ("a nurse", « une
# infirmière »): an indefinite description brings in a new person, not the one just named.
NEWCOMER_ORIGINAL = (
    "Tomas Berg, who studies elderly care at Lund University, said staff shortages were the main cause. "
    '"Wages like these do not keep anyone in such a tiring job," he said.'
)
NEWCOMERS = {
    "en": (
        "Tomas Berg, who studies elderly care at Lund University, said staff shortages were the main cause. "
        '"Wages like these do not keep anyone in such a tiring job," added a nurse at the home.'
    ),
    "fr": (
        "Tomas Berg, qui étudie la prise en charge des personnes âgées à l'université de Lund, a déclaré que le "
        "manque de personnel était la cause principale. « Des salaires comme ceux-là ne gardent personne dans un "
        "travail aussi fatigant », a ajouté une infirmière de l'établissement."
    ),
}
SAME_ROLE = (
    "Tomas Berg, who studies elderly care at Lund University, said staff shortages were the main cause. "
    '"Wages like these do not keep anyone in such a tiring job," added a researcher who studies elderly care.'
)


def _kinds_for(encoder, original: str, derivative: str, language: str) -> list[str]:
    o = article("en", [TITLE, original])
    d = article(language, [TITLE, derivative])
    findings = find_span_findings(o, d, [Link([0], [0], 0.9), Link([1], [1], 0.9)], encoder)
    return sorted(f.kind for f in findings if f.kind.startswith("quote"))


@pytest.mark.parametrize("language", sorted(NEWCOMERS))
def test_a_named_speaker_s_quote_given_to_a_newcomer_is_misattributed(encoder, language):
    assert "quote_misattributed" in _kinds_for(encoder, NEWCOMER_ORIGINAL, NEWCOMERS[language], language)


def test_a_newcomer_with_the_speaker_s_own_role_is_left_alone(encoder):
    assert "quote_misattributed" not in _kinds_for(encoder, NEWCOMER_ORIGINAL, SAME_ROLE, "en")


# A speaker of no institution made someone of the unofficial kind the versions never call
# her ("one of the protesters" for a woman who lives by the quay): another person. Made
# "one neighbour", a description of what she is, she is only unnamed.
RESIDENT = (
    "About 200 people protested outside the town hall. Jana Velde, 61, who has lived on the quay for thirty "
    'years, said: "Nobody has told us anything about the ship."'
)
PROTESTER = (
    "About 200 people protested outside the town hall. "
    '"Nobody has told us anything about the ship," said one of the protesters.'
)
NEIGHBOUR = (
    "About 200 people protested outside the town hall. One neighbour who has lived on the quay for thirty years "
    'said: "Nobody has told us anything about the ship."'
)


def test_a_resident_s_words_given_to_one_of_the_protesters_are_misattributed(encoder):
    assert "quote_misattributed" in _kinds_for(encoder, RESIDENT, PROTESTER, "en")


def test_a_resident_made_one_neighbour_is_not_misattributed(encoder):
    assert "quote_misattributed" not in _kinds_for(encoder, RESIDENT, NEIGHBOUR, "en")


# An indefinite subject of a reported clause before the quote (« Un fallo puntual como
# este … no significa …, opina Nora Falk ») is no newcomer credited with the quote.
ENGINEER = (
    "Nora Falk, an engineer at the Technical University, said a single failure like this did not mean the grid "
    'was fragile, though operators might need stricter rules, because "backup only works when it is switched on".'
)
ENGINEER_ES = (
    "Un fallo puntual como este seguramente no significa que la red sea frágil, opina Nora Falk, ingeniera de la "
    "Universidad Técnica, aunque quizá los operadores necesiten normas más estrictas, porque «la reserva solo "
    "funciona si está encendida»."
)


def test_an_indefinite_subject_before_the_quote_is_no_newcomer(encoder):
    assert "quote_misattributed" not in _kinds_for(encoder, ENGINEER, ENGINEER_ES, "es")


TEACHER = (
    "About 200 people protested outside the town hall. Jana Velde, a 44-year-old teacher, said: "
    '"Nobody has told us anything about the ship."'
)
ONE_RESIDENT = (
    "About 200 people protested outside the town hall. "
    '"Nobody has told us anything about the ship," one resident said.'
)


def test_a_named_teacher_made_one_resident_is_only_unnamed(encoder):
    # where someone lives is a description any local speaker fits
    assert "quote_misattributed" not in _kinds_for(encoder, TEACHER, ONE_RESIDENT, "en")
