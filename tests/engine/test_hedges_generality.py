"""Hedges: a claim said to hold as a rule ("tend to", "generally", "usually", "in principle").

"Bike lanes tend to cut injuries" claims a tendency; "bike lanes cut injuries" claims a
law. Within one language a marker of generality dropped is a removed hedge, and one added
("could, in principle, fine") an added hedge, as a style guide's "generally" is a qualifier
an editor must keep. Across languages translators render these markers so freely (« ont
tendance à », „tendenziell“, „in der Regel“, «por lo general», «di solito», or a plain
present) that they are not judged.

Pure text tests (no encoder), on sentences written for these tests.
"""

import pytest

from hedge_texts import change


@pytest.mark.parametrize(
    "language, original, derivative, expected",
    [
        ("en", "Researchers said bike lanes tend to cut cycling injuries more than helmets do.",
         "Researchers said bike lanes cut cycling injuries more than helmets do.", "removed"),
        ("en", "She said school closures had generally led to fewer families staying in the valley.",
         "She said school closures had led to fewer families staying in the valley.", "removed"),
        ("en", "The authority could suspend the licence.",
         "The authority could, in principle, suspend the licence.", "added"),
        ("en", "Night trains usually arrive on time.", "Night trains arrive on time.", "removed"),
        ("fr", "Les pistes cyclables réduisent en général les blessures.",
         "Les pistes cyclables réduisent les blessures.", "removed"),
        ("de", "Radwege senken in der Regel die Zahl der Verletzten.",
         "Radwege senken die Zahl der Verletzten.", "removed"),
        ("es", "Los carriles bici suelen reducir las lesiones.",
         "Los carriles bici reducen las lesiones.", "removed"),
        ("it", "Le piste ciclabili di solito riducono gli incidenti.",
         "Le piste ciclabili riducono gli incidenti.", "removed"),
        # the same marker on both sides, or another of the same kind, is no change
        ("en", "Night trains usually arrive on time.", "Night trains generally arrive on time.", None),
        ("en", "Bike lanes tend to cut injuries.", "Bike lanes tend to cut injuries, the study found.", None),
    ],
)
def test_a_marker_of_generality_is_a_hedge_within_one_language(language, original, derivative, expected):
    assert change(language, original, language, derivative) == expected


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative",
    [
        ("en", "Researchers said bike lanes tend to cut cycling injuries.",
         "fr", "Selon les chercheurs, les pistes cyclables font reculer les blessures des cyclistes."),
        ("en", "Night trains generally arrive on time.", "de", "Nachtzüge kommen pünktlich an."),
        ("en", "The authority could suspend the licence.",
         "es", "La autoridad podría, en principio, suspender la licencia."),
    ],
)
def test_across_languages_a_marker_of_generality_is_not_judged(o_lang, original, d_lang, derivative):
    assert change(o_lang, original, d_lang, derivative) is None
    assert change(d_lang, derivative, o_lang, original) is None
