"""Attribution: "called for", "called on", "called a strike" are a demand or an act,
not a verb that credits a claim to a source. "Opposition MPs called for the minister to
resign" states what the MPs want; its translation (« Des députés de l'opposition ont
demandé que le ministre démissionne », „Oppositionsabgeordnete forderten, dass ...“)
keeps them as its subject and drops no source. "Called" stays a verb of saying where it
names what something is ("The mayor called the plan a betrayal", "She called it
reckless"): that characterisation is the speaker's.

Pure text tests (no encoder).
"""

import pytest

from aligned_fixtures import source_phrases as phrases


@pytest.mark.parametrize(
    "text",
    [
        "Opposition MPs called for the minister to appear before the committee.",
        "Residents have called on the council to close the quarry.",
        "The federation called upon clubs to cancel their friendlies.",
        "The drivers' union called a 48-hour strike for next week.",
        "The prime minister called an early election for June.",
        "Organisers called off the regatta because of the storm.",
        "The council calls for a review of the contract.",
        "Farmers' groups call on the ministry to pay the subsidies.",
    ],
)
def test_a_demand_or_an_act_credits_no_source(text):
    assert phrases(text) == []


@pytest.mark.parametrize(
    "text, phrase",
    [
        ("The mayor called the plan a betrayal of the valley.", "The mayor"),
        ("Councillor Ines Barros called it reckless.", "Councillor Ines Barros"),
        ("The opposition leader called the figures misleading.", "The opposition leader"),
    ],
)
def test_naming_what_something_is_still_credits_the_speaker(text, phrase):
    assert phrases(text) == [phrase]


@pytest.mark.parametrize(
    "text",
    [
        "The agency continued to sign contracts at the old price.",
        "Prices continued rising through the spring.",
    ],
)
def test_continuing_to_do_something_credits_no_source(text):
    assert phrases(text) == []


def test_continuing_to_speak_still_credits_the_speaker():
    found = phrases('"We will appeal," the mayor continued.')  # (no quote regions given here)
    assert len(found) == 1 and found[0].endswith("the mayor")
