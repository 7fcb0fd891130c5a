"""Omitted sentences and clauses, and added clauses, where another change sits beside them.

A rewrite rarely makes one change at a time: it drops a sentence and lengthens the one
before it with framing, drops the "but" half of a sentence, or states a newspaper's claim
as fact and adds its own reason to it. Each change is still reported on its own.
"""

import pytest

from diptych.engine.model import Link
from diptych.engine.score import Encoder
from diptych.engine.spans import find_span_findings

from aligned_fixtures import article

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def encoder(tmp_path_factory):
    return Encoder(tmp_path_factory.mktemp("embeddings"))


def findings(encoder, original, derivative, language="en"):
    links = [Link([i], [i], 0.9) for i in range(len(original))]
    found = find_span_findings(article("en", original), article(language, derivative), links, encoder)
    return [(f.kind, f.original_text, f.derivative_text) for f in found]


FERRY = "Harbour town keeps ferry timetable"
CREWS = "Ferry crews welcomed the decision."


def test_a_dropped_sentence_is_omitted_though_framing_added_beside_it_keeps_the_paragraph_long(encoder):
    original = [
        FERRY,
        "The transport authority, which approved the winter timetable last week, said passenger numbers on the "
        "island ferry had fallen by about 15 percent in three years. It said it would review the timetable in the spring.",
        CREWS,
    ]
    derivative = [
        FERRY,
        "The transport authority, which approved the winter timetable last week, said passenger numbers on the "
        "island ferry had fallen by about 15 percent in three years, a slump no other island has seen.",
        CREWS,
    ]
    found = findings(encoder, original, derivative)
    assert ("omitted", "It said it would review the timetable in the spring.", None) in found
    assert ("added", None, "a slump no other island has seen") in found


BAKERY = ["Bakery chain recalls bread", None, "The chain apologised."]
MOULD = "Inspectors found mould in loaves from the chain's main bakery in May but did not order a recall until this week."


def test_the_but_half_of_a_sentence_left_out_of_a_translation_is_omitted(encoder):
    derivative = [
        "Une chaîne de boulangeries rappelle du pain",
        "Les inspecteurs ont découvert de la moisissure dans des pains de la boulangerie principale de la chaîne en mai.",
        "La chaîne a présenté ses excuses.",
    ]
    found = findings(encoder, [BAKERY[0], MOULD, BAKERY[2]], derivative, "fr")
    assert ("omitted", "but did not order a recall until this week", None) in found


def test_a_translation_that_keeps_the_but_half_is_quiet(encoder):
    derivative = [
        "Une chaîne de boulangeries rappelle du pain",
        "Les inspecteurs ont découvert de la moisissure dans des pains de la boulangerie principale de la chaîne en "
        "mai mais n'ont ordonné un rappel que cette semaine.",
        "La chaîne a présenté ses excuses.",
    ]
    assert findings(encoder, [BAKERY[0], MOULD, BAKERY[2]], derivative, "fr") == []


GOATS = [
    "Goats lost in storm",
    "According to the Courier, at least 30 of the goats that died were kept on slopes without shelters.",
    "Farmers asked for help.",
]


def test_a_claim_stated_without_its_source_still_shows_the_reason_the_rewrite_added(encoder):
    derivative = [
        "Goats lost in storm",
        "At least 30 of the goats that died were kept on slopes without shelters, because their owners never "
        "bothered to build any.",
        "Farmers asked for help.",
    ]
    found = findings(encoder, GOATS, derivative)
    assert ("added", None, "because their owners never bothered to build any") in found
    assert any(kind == "attribution_changed" and o == "According to the Courier" for kind, o, _ in found)
