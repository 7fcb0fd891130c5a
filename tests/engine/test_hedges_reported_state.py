"""A state reported after a past verb of saying, put in the conditional.

After « ont affirmé que », «dijeron que», « hanno detto che » the conditional is the future
of the past ("said the dam would hold" / « ont affirmé que le barrage tiendrait »), so it
renders the other version's "would", "will" or modal. A state that version reports plainly
("said the houses were at risk") has none of those: « seraient menacées », «estarían
amenazadas», « sarebbero minacciate » is then the conditional of hearsay, a hedge added
(and dropped the other way). Where the other version has "would", "will" or another modal,
the conditional is still no hedge.

Pure text tests: one sentence each side, no encoder. Every sentence is written for these
tests.
"""

import pytest

from hedge_texts import change

PLAIN = "Residents said that about 300 houses along the river were at risk."


@pytest.mark.parametrize(
    "d_lang, derivative",
    [
        ("fr", "Des riverains ont affirmé qu’environ 300 maisons le long de la rivière seraient menacées."),
        ("es", "Los vecinos dijeron que unas 300 casas a orillas del río estarían amenazadas."),
        ("it", "Gli abitanti hanno detto che circa 300 case lungo il fiume sarebbero minacciate."),
    ],
)
def test_a_plain_state_put_in_the_conditional_after_a_past_verb_is_an_added_hedge(d_lang, derivative):
    assert change("en", PLAIN, d_lang, derivative) == "added"


@pytest.mark.parametrize(
    "original, d_lang, derivative",
    [
        ("Residents said that about 300 houses along the river would be at risk.",
         "fr", "Des riverains ont affirmé qu’environ 300 maisons le long de la rivière seraient menacées."),
        ("Residents said that about 300 houses along the river will be at risk next spring.",
         "fr", "Des riverains ont affirmé qu’environ 300 maisons le long de la rivière seraient menacées au printemps."),
        ("Residents said that about 300 houses along the river could be at risk.",
         "es", "Los vecinos dijeron que unas 300 casas a orillas del río estarían amenazadas."),
        (PLAIN, "fr", "Des riverains ont affirmé qu’environ 300 maisons le long de la rivière étaient menacées."),
    ],
)
def test_a_conditional_after_a_past_verb_renders_would_will_or_a_modal(original, d_lang, derivative):
    assert change("en", original, d_lang, derivative) is None
