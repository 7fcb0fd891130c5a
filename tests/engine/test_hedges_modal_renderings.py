"""The ways a language says "can be done" render an English "can be" / "could be".

German says what can be done with „sich lassen“ and an infinitive („der Schaden lässt
sich begrenzen“, „ließe sich begrenzen“, in reported speech „lasse sich begrenzen“): a
modal of possibility, as „kann begrenzt werden“ is, so it renders "could be limited" and
is no removed hedge. French and Spanish render it with the modal itself (« pourrait être
limité », «podría limitarse»).

Pure text tests: one sentence each side, no encoder. Every sentence is written for these
tests.
"""

import pytest

from hedge_texts import change


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative",
    [
        ("en", "The ministry said the losses could be limited by closing the road at night.",
         "de", "Das Ministerium sagte, die Verluste ließen sich begrenzen, indem die Straße nachts gesperrt werde."),
        ("en", "The court found that the damage could be limited by a ban on night flights.",
         "de", "Das Gericht befand, der Schaden lasse sich durch ein Nachtflugverbot begrenzen."),
        ("en", "Engineers say the bridge can be repaired within a month.",
         "de", "Ingenieure sagen, die Brücke lässt sich binnen eines Monats reparieren."),
        ("de", "Der Schaden ließe sich nach Ansicht der Forscher leicht beheben.",
         "en", "The damage could easily be repaired, the researchers believe."),
        ("en", "The court found that the damage could be limited by a ban on night flights.",
         "fr", "Le tribunal a estimé que le préjudice pourrait être limité par une interdiction des vols de nuit."),
        ("en", "The court found that the damage could be limited by a ban on night flights.",
         "es", "El tribunal consideró que el daño podría limitarse con una prohibición de los vuelos nocturnos."),
    ],
)
def test_can_be_done_rendered_by_the_languages_own_form_is_no_change(o_lang, original, d_lang, derivative):
    assert change(o_lang, original, d_lang, derivative) is None
