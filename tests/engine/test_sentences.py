"""Sentences are cut where a reader ends them, and nowhere else."""

from __future__ import annotations

import pytest

from diptych.engine.sentences import sentence_spans


def sentences(text: str, language: str) -> list[str]:
    return [s.text for s in sentence_spans(0, text, language)]


@pytest.mark.parametrize(
    "text",
    [
        "Die Arbeiten werden nicht vor dem 700. Jahrestag der Weihe fertig.",
        "Der Turm stammt aus dem 14. Jahrhundert und wurde zweimal umgebaut.",
        "Die Abstimmung ist für den 3. Dezember angesetzt.",
        "Der Verein feiert in diesem Jahr seinen 50. Geburtstag.",
    ],
)
def test_a_german_ordinal_does_not_end_the_sentence(text):
    assert sentences(text, "de") == [text]


@pytest.mark.parametrize(
    "text, first",
    [
        ("Die Zahl der Besucher stieg auf 700. Die Stadt ist zufrieden.", "Die Zahl der Besucher stieg auf 700."),
        ("Die Arbeiten dauern bis 2027. Die Stadt zahlt die Hälfte.", "Die Arbeiten dauern bis 2027."),
    ],
)
def test_a_german_count_or_year_at_the_end_of_a_sentence_still_ends_it(text, first):
    assert sentences(text, "de")[0] == first


def test_a_quote_and_its_reporting_clause_are_one_sentence():
    text = '"We will win!" he said. The crowd cheered.'
    assert sentences(text, "en") == ['"We will win!" he said.', "The crowd cheered."]
