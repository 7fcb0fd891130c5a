""""Until" said as a negated condition of duration.

"Until the levy is cut, the stalls will stay shut" is said in French as « tant que la taxe
ne sera pas réduite, ... », in German as „solange die Abgabe nicht sinkt, ...“, in Spanish as
«mientras no bajen la tasa, ...» or «hasta que no bajen la tasa, ...» (an expletive "no"):
the negation belongs to the condition, which says "until", and is no negation of what the
quote asserts. A quote rendered so keeps its polarity; a quote whose main clause loses or
gains a negation still does not.
"""

from __future__ import annotations

import pytest

from diptych.engine.quotes import _without_negated_while, negative

UNTIL = "Until the levy is cut, the stalls on the quay will stay shut"

RENDERED = [
    pytest.param("fr", "Tant que la taxe ne sera pas réduite, les étals du quai resteront fermés", id="fr: tant que ... ne ... pas"),
    pytest.param("fr", "Aussi longtemps qu’on ne baissera pas la taxe, les étals du quai resteront fermés", id="fr: aussi longtemps que"),
    pytest.param("de", "Solange die Abgabe nicht gesenkt wird, bleiben die Stände am Kai geschlossen", id="de: solange ... nicht"),
    pytest.param("es", "Mientras no bajen la tasa, los puestos del muelle seguirán cerrados", id="es: mientras no"),
    pytest.param("es", "Hasta que no bajen la tasa, los puestos del muelle seguirán cerrados", id="es: hasta que no (expletive)"),
]


def polarity(a: str, a_lang: str, b: str, b_lang: str) -> tuple[bool, bool]:
    a, b = _without_negated_while(a, b)
    return bool(negative(a, a_lang)), bool(negative(b, b_lang))


@pytest.mark.parametrize("language,rendering", RENDERED)
def test_until_rendered_by_a_negated_condition_keeps_the_polarity(language, rendering):
    assert negative(rendering, language)  # the rendering holds a negation word ...
    o, d = polarity(UNTIL, "en", rendering, language)
    assert o == d  # ... which is the condition's, not the quote's


def test_a_negated_duration_rendered_the_same_way_keeps_the_polarity():
    o, d = polarity(
        "As long as the levy is not cut, the stalls will stay shut", "en",
        "Tant que la taxe ne sera pas réduite, les étals resteront fermés", "fr",
    )
    assert o == d


@pytest.mark.parametrize(
    "language,rendering",
    [
        pytest.param("fr", "Tant que la taxe ne sera pas réduite, les étals ne rouvriront jamais", id="fr"),
        pytest.param("de", "Solange die Abgabe nicht sinkt, öffnen die Stände nie wieder", id="de"),
        pytest.param("es", "Mientras no bajen la tasa, los puestos no abrirán nunca", id="es"),
    ],
)
def test_a_negation_in_the_main_clause_still_counts(language, rendering):
    o, d = polarity("Until the levy is cut, the stalls will stay shut", "en", rendering, language)
    assert o != d


def test_without_until_on_the_other_side_the_negation_stays():
    o, d = polarity(
        "As long as the levy is cut, the stalls will open", "en",
        "Tant que la taxe ne sera pas réduite, les étals ouvriront", "fr",
    )
    assert o != d


@pytest.mark.parametrize(
    "language,text",
    [
        pytest.param("en", "The ferry will without a doubt be late again", id="en: without a doubt"),
        pytest.param("fr", "Le ferry sera sans doute encore en retard", id="fr: sans doute (probably)"),
        pytest.param("de", "Die Fähre wird ohne Zweifel wieder zu spät kommen", id="de: ohne Zweifel"),
        pytest.param("es", "El ferry llegará sin duda tarde otra vez", id="es: sin duda"),
    ],
)
def test_without_doubt_is_no_negation(language, text):
    assert not negative(text, language)


def test_without_still_denies_elsewhere():
    assert negative("Le ferry partira sans passagers", "fr")
    assert negative("Le ferry ne sera sans doute pas à l’heure", "fr")
