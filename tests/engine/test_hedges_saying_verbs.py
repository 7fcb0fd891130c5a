"""A verb of saying swapped for "suggested".

- "said the pipes were probably corroded" -> "Some residents have suggested the pipes were
  probably corroded": "suggested" with a speaker for subject is the verb of saying the other
  version has, told differently (a loaded wording of the attribution, not a hedge); the
  claim keeps its hedge. Where the other version keeps its verb of saying as well ("said
  tests suggested"), "suggested" is evidence and a hedge.

Pure text tests: one sentence each side, no encoder. Every sentence is written for these
tests.
"""

import pytest

from hedge_texts import change


@pytest.mark.parametrize(
    "derivative",
    [
        "Some residents have suggested the pipes were probably corroded before the winter.",
        "The caretaker suggested the pipes were probably corroded before the winter.",
    ],
)
def test_suggested_for_said_is_no_hedge(derivative):
    original = "The caretaker said the pipes were probably corroded before the winter."
    assert change("en", original, "en", derivative) is None
    assert change("en", derivative, "en", original) is None


def test_evidence_that_suggests_beside_the_verb_of_saying_is_a_hedge():
    assert change("en", "The caretaker said the pipes were corroded before the winter.",
                  "en", "The caretaker said tests suggested the pipes were corroded before the winter.") == "added"


def test_suggested_for_said_before_a_claim_hedged_only_on_one_side_is_a_hedge():
    # the claim itself weakened: "could not pay" (no hedge) -> "might not be able to pay"
    assert change("en", "The treasurer said the club could not pay the players in May.",
                  "en", "The treasurer suggested the club might not be able to pay the players in May.") == "added"


def test_evidence_that_suggests_on_both_sides_is_no_change():
    assert change("en", "First results suggest that a valve failed, the engineer added. The mayor said the plant "
                        "would stay shut.",
                  "en", "The mayor said the plant would stay shut, and that first results suggested a valve "
                        "had failed.") is None
