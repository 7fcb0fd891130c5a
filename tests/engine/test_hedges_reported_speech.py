"""Hedges: the grammar of reported speech is a rendering, not a hedge.

A German translator puts what someone said in the Konjunktiv I („sagte, der Bericht
könne bis Mai fertig sein“), a Spanish or Italian one in the subjunctive, a French one
in an infinitive after the verb of saying (« a dit s’attendre à »): those forms render
the original's "could", "may" or "expected to" and are no hedge change.

Pure text tests (no encoder), on sentences written for these tests.
"""

import pytest

from diptych.engine.hedges import find_hedges, hedge_change
from diptych.engine.sentences import Span


def hedges(text: str, language: str):
    return find_hedges([Span(0, 0, len(text), text)], language)


def change(o_lang: str, original: str, d_lang: str, derivative: str):
    return hedge_change(hedges(original, o_lang), hedges(derivative, d_lang), o_lang == d_lang)


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative",
    [
        # The Konjunktiv I of a modal renders "could" and "may".
        ("en", "The mayor said the new ferry could be in service by August.",
         "de", "Die neue Fähre könne bis August in Betrieb sein, sagte der Bürgermeister."),
        ("en", "The inspector said the tunnel might be closed for a month.",
         "de", "Der Inspektor sagte, der Tunnel könne einen Monat lang gesperrt sein."),
        ("en", "The museum said the loan of the tapestry may be extended.",
         "de", "Das Museum teilte mit, die Leihgabe des Wandteppichs dürfe verlängert werden."),
        # The subjunctive after a verb of saying or hoping, in French, Spanish, Italian.
        ("en", "The director said the report could be ready in May.",
         "fr", "Le directeur a dit espérer que le rapport puisse être prêt en mai."),
        ("en", "The director said the report could be ready in May.",
         "es", "El director dijo que esperaba que el informe pueda estar listo en mayo."),
        ("en", "The director said the report could be ready in May.",
         "it", "Il direttore ha detto che il rapporto possa essere pronto a maggio."),
    ],
)
def test_a_modal_in_the_mood_of_reported_speech_renders_a_possibility(o_lang, original, d_lang, derivative):
    assert change(o_lang, original, d_lang, derivative) is None
    assert change(d_lang, derivative, o_lang, original) is None


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative",
    [
        # « a dit s’attendre à », « dit espérer »: the infinitive after a verb of saying is
        # the expectation itself.
        ("en", "The insurer said it expected to settle most claims within a month.",
         "fr", "L’assureur a dit s’attendre à régler la plupart des dossiers dans un délai d’un mois."),
        ("en", "The club said it hoped to reopen the stand before the derby.",
         "fr", "Le club a dit espérer rouvrir la tribune avant le derby."),
    ],
)
def test_an_expectation_in_the_infinitive_renders_an_expectation(o_lang, original, d_lang, derivative):
    assert change(o_lang, original, d_lang, derivative) is None
    assert change(d_lang, derivative, o_lang, original) is None


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative, expected",
    [
        # The rendering excuses a hedge, it does not hide one taken away: a possibility
        # reported as a certain future (Konjunktiv I „werde“) is still a removed hedge ...
        ("en", "The engineer said the repairs could take until March.",
         "de", "Der Ingenieur sagte, die Reparaturen werden bis März dauern.", "removed"),
        ("en", "The engineer said the repairs could take until March.",
         "de", "Der Ingenieur sagte, die Reparaturen werde man bis März abschließen.", "removed"),
        # ... and an expectation made a plain plan is still a removed hedge.
        ("en", "The insurer said it expected to settle most claims within a month.",
         "fr", "L’assureur a dit qu’il réglerait la plupart des dossiers dans un délai d’un mois.", "removed"),
    ],
)
def test_a_hedge_taken_away_stays_a_change(o_lang, original, d_lang, derivative, expected):
    assert change(o_lang, original, d_lang, derivative) == expected
