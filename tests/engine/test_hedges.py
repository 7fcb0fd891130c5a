"""Hedges: which words mark a claim as unverified, and when a change of them is a change.

Pure text tests (no encoder).
"""

import pytest

from diptych.engine.hedges import find_hedges, hedge_change
from diptych.engine.sentences import Span


def hedges(text: str, language: str):
    return find_hedges([Span(0, 0, len(text), text)], language)


@pytest.mark.parametrize(
    "language, text, marker",
    [
        ("en", "The army reportedly shelled the town.", "reportedly"),
        ("en", "The alleged attack happened at night.", "alleged"),
        ("en", "He is said to have left the country.", "is said to"),
        ("fr", "L’armée aurait bombardé la ville.", "aurait bombardé"),
        ("fr", "Les attaques auraient encore endommagé deux centrales.", "auraient encore endommagé"),
        ("fr", "Il a prétendument quitté le pays.", "prétendument"),
        ("fr", "La société emploierait la moitié des salariés.", "emploierait"),
        ("de", "Die Armee soll die Stadt beschossen haben.", "soll die Stadt beschossen haben"),
        ("de", "Der angeblich geheime Plan wurde bekannt.", "angeblich"),
        ("de", "Berichten zufolge wurde die Stadt beschossen.", "Berichten zufolge"),
        ("es", "El ejército habría bombardeado la ciudad.", "habría bombardeado"),
        ("es", "El presunto ataque ocurrió de noche.", "presunto"),
    ],
)
def test_hedges_are_found_in_each_language(language, text, marker):
    found = hedges(text, language)
    assert marker in [s.text for s in found.hearsay + found.weak]


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "The army shelled the town on Monday."),
        ("fr", "L’armée a bombardé la ville lundi."),
        ("de", "Die Armee beschoss die Stadt am Montag."),
        ("es", "El ejército bombardeó la ciudad el lunes."),
    ],
)
def test_plain_statements_carry_no_hedge(language, text):
    assert not hedges(text, language).any


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative, change",
    [
        # Faithful renderings: a hedge translated is no change.
        ("en", "The army reportedly shelled the town.", "fr", "L’armée aurait bombardé la ville.", None),
        ("en", "He said the plant would be repaired.", "fr", "Il a dit que la centrale serait réparée.", None),
        ("en", "The deliveries are due to start in May.", "de", "Die Lieferungen sollen im Mai beginnen.", None),
        ("en", "Officials estimate that 8,000 people are held.", "fr", "Les autorités estiment qu’environ 8 000 personnes sont détenues.", None),
        ("en", "The army reportedly shelled the town.", "es", "El ejército habría bombardeado la ciudad.", None),
        ("en", "Russia reportedly asked for talks.", "de", "Russland soll um Gespräche gebeten haben.", None),
        # Added and removed hedges.
        ("en", "The attacks damaged four plants.", "fr", "Les attaques auraient endommagé quatre centrales.", "added"),
        ("en", "The attacks damaged four plants.", "de", "Die Angriffe sollen vier Kraftwerke beschädigt haben.", "added"),
        ("en", "The ministry reportedly asked for priority.", "fr", "Le ministère a demandé la priorité.", "removed"),
        ("en", "The rise may be temporary.", "es", "La subida será temporal.", "removed"),
        ("en", "The sample appeared genuine.", "en", "The sample was authentic.", "removed"),
        # One language: a weaker modal is a weaker claim.
        ("en", "Two-thirds of the ice would disappear.", "en", "Two-thirds of the ice may be gone.", "added"),
    ],
)
def test_a_hedge_change_is_a_change_of_certainty_not_of_grammar(o_lang, original, d_lang, derivative, change):
    assert hedge_change(hedges(original, o_lang), hedges(derivative, d_lang), o_lang == d_lang) == change


def test_hedges_inside_quotes_are_the_speakers_words_not_the_writers():
    text = "« Il aurait fallu agir », a déclaré le ministre."
    quoted = [(0, text.index("»") + 1)]
    assert not find_hedges([Span(0, 0, len(text), text)], "fr", quoted).any
