"""A possibility stated as something done: "because the spores could settle on the
fields" / « car les spores se sont déposées sur les champs ». A modal of possibility
before a verb ([chance]) against a version with no hedge, modal or possibility of its own
that says it in a perfect tense ([completed], not the reporting verb: « a déclaré » is no
claim) is a removed hedge, in any language pair, where the version with the modal has
fewer such perfects (the perfect renders the possibility, not a perfect of its own).

Pure text tests: one sentence each side, no encoder. Every sentence is written for these
tests.
"""

import pytest

from hedge_texts import change

SPORES = "She said the mould was a worry for growers, because the spores could settle on the fields."


@pytest.mark.parametrize(
    "d_lang, derivative",
    [
        ("fr", "Elle a déclaré que la moisissure inquiétait les cultivateurs, car les spores se sont déposées sur les champs."),
        ("de", "Sie sagte, der Schimmel beunruhige die Bauern, weil sich die Sporen auf den Feldern abgesetzt haben."),
        ("es", "Dijo que el moho preocupaba a los agricultores, porque las esporas se han depositado en los campos."),
        ("en", "She said the mould was a worry for growers, because the spores have settled on the fields."),
    ],
)
def test_a_possibility_stated_as_done_is_a_removed_hedge(d_lang, derivative):
    assert change("en", SPORES, d_lang, derivative) == "removed"


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative",
    [
        # the possibility rendered
        ("en", SPORES, "fr",
         "Elle a déclaré que la moisissure inquiétait les cultivateurs, car les spores pourraient se déposer sur les champs."),
        ("en", SPORES, "de",
         "Sie sagte, der Schimmel beunruhige die Bauern, weil sich die Sporen auf den Feldern absetzen könnten."),
        # a perfect on both sides: the perfect renders the original's own
        ("fr", "Le virus peut se transmettre par l’eau et a déjà infecté trois villages.",
         "en", "The virus spreads through water and has already infected three villages."),
        # only the reporting verb is in the perfect (and the possibility kept)
        ("en", "The spores could settle on the fields.",
         "fr", "Les spores peuvent se déposer sur les champs, a déclaré la chercheuse."),
    ],
)
def test_no_perfect_of_the_claim_no_change(o_lang, original, d_lang, derivative):
    assert change(o_lang, original, d_lang, derivative) is None
