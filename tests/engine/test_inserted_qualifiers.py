"""A qualifier slipped in between a determiner and its noun in a same-language rewrite.

The place tells what the word is (an adjective on the source's noun), and the source's
article never using it tells that it is the rewrite's judgement, not a fact spelled out.
"""

import pytest
from aligned_fixtures import article, context

from diptych.engine.groups import build_context
from diptych.engine.inserted_qualifiers import find_inserted_qualifiers
from diptych.engine.model import Link


def inserted(original, derivative):
    ctx = context("en", [original], "en", [derivative])
    return [(f.original_text, f.derivative_text) for f in find_inserted_qualifiers(ctx, [], [])]


@pytest.mark.parametrize(
    "original, derivative, expected",
    [
        ("Part of the pier collapsed in a storm last winter.", "Part of the pier collapsed in a savage storm last winter.", ("a storm", "savage")),
        ("A former employee told the inspectors about the labels.", "A bitter former employee told the inspectors about the labels.", ("A former", "bitter")),
        ("The council approved a bylaw on Tuesday.", "The council approved a common-sense bylaw on Tuesday.", ("a bylaw", "common-sense")),
    ],
)
def test_a_word_slipped_in_before_the_sources_noun_is_a_loaded_term(original, derivative, expected):
    assert inserted(original, derivative) == [expected]


@pytest.mark.parametrize(
    "original, derivative",
    [
        # A hedge in that place is the hedge detector's.
        ("Police are investigating the theft.", "Police are investigating the alleged theft."),
        # Not right after a determiner.
        ("The pier collapsed in a storm.", "The pier suddenly collapsed in a storm."),
        # A sentence rewritten, not edited.
        ("The pier collapsed in a storm.", "Winter weather brought down what was left of an old and much-loved pier."),
    ],
)
def test_other_insertions_are_no_qualifier(original, derivative):
    assert inserted(original, derivative) == []


def test_a_word_the_source_uses_elsewhere_is_a_fact_spelled_out():
    original = article("en", ["Patients were moved to the hospital.", "The university hospital has 300 beds."])
    derivative = article("en", ["Patients were moved to the university hospital.", "The university hospital has 300 beds."])
    ctx = build_context(original, derivative, [Link([0], [0], 0.9), Link([1], [1], 0.9)], __import__("aligned_fixtures").SameEverything())
    assert find_inserted_qualifiers(ctx, [], []) == []


def test_across_languages_nothing_is_read():
    ctx = context("en", ["The pier collapsed in a storm."], "fr", ["La jetée s'est effondrée dans une terrible tempête."])
    assert find_inserted_qualifiers(ctx, [], []) == []


def test_a_word_that_says_which_one_is_no_qualifier():
    assert inserted("The council approved the plan.", "The council approved the final plan.") == []
