"""A claim restricted to a few cases.

- "could crack" -> "might, in rare cases, crack": a phrase that restricts a claim to rare or
  some cases ("in rare cases", "in some cases", « dans de rares cas », „in seltenen Fällen“,
  « en casos excepcionales », « in rari casi ») weakens it further than the modal swapped for
  another: within one language a hedge added (across languages, like the other markers of
  generality, not judged).

Pure text tests: one sentence each side, no encoder. Every sentence is written for these
tests.
"""

import pytest

from hedge_texts import change


@pytest.mark.parametrize(
    "lang, original, derivative",
    [
        ("en", "The engineer said the seals could crack in frost.",
               "The engineer said the seals might, in rare cases, crack in frost."),
        ("en", "The engineer said the seals could crack in frost.",
               "The engineer said that in some cases the seals could crack in frost."),
        ("fr", "L’ingénieur a déclaré que les joints pouvaient se fissurer par temps de gel.",
               "L’ingénieur a déclaré que les joints pouvaient, dans de rares cas, se fissurer par temps de gel."),
        ("de", "Der Ingenieur sagte, die Dichtungen könnten bei Frost reißen.",
               "Der Ingenieur sagte, die Dichtungen könnten in seltenen Fällen bei Frost reißen."),
        ("es", "El ingeniero dijo que las juntas podían agrietarse con las heladas.",
               "El ingeniero dijo que las juntas podían, en casos excepcionales, agrietarse con las heladas."),
        ("it", "L’ingegnere ha detto che le guarnizioni potevano incrinarsi con il gelo.",
               "L’ingegnere ha detto che le guarnizioni potevano, in rari casi, incrinarsi con il gelo."),
    ],
)
def test_a_claim_restricted_to_rare_cases_is_an_added_hedge(lang, original, derivative):
    assert change(lang, original, lang, derivative) == "added"
    assert change(lang, derivative, lang, original) == "removed"


def test_the_restriction_on_both_sides_is_no_change():
    text = "The engineer said the seals might, in rare cases, crack in frost."
    assert change("en", text, "en", "The engineer said the seals could, in rare cases, crack in frost.") is None


def test_a_restriction_across_languages_is_not_judged():
    assert change("en", "The engineer said the seals could crack in frost.",
                  "fr", "L’ingénieur a déclaré que les joints pouvaient, dans de rares cas, se fissurer par temps de "
                        "gel.") is None
