"""Loaded terms: a charged word where the source used a neutral one, from a documented lexicon.

These tests need sentences to be aligned but not what they mean, so a stand-in
encoder that calls every pair of sentences identical keeps them fast.
"""

import numpy as np
import pytest

from diptych.engine.groups import build_context
from diptych.engine.loaded_terms import find_loaded_terms, parse_substitutions, substitutions
from diptych.engine.model import Article, Link, Segment


class SameEverything:
    """Every text gets the same vector: every sentence pair aligns."""

    def encode(self, texts):
        return np.full((len(texts), 512), 1 / np.sqrt(512), dtype=np.float32)


def article(language: str, paragraphs: list[str]) -> Article:
    return Article(
        source="test",
        title="",
        language=language,
        text="\n\n".join(paragraphs),
        segments=[Segment(i, p) for i, p in enumerate(paragraphs)],
    )


def loaded(o_lang, original, d_lang, derivative):
    o, d = article(o_lang, original), article(d_lang, derivative)
    links = [Link([i], [i], 0.9) for i in range(min(len(original), len(derivative)))]
    return find_loaded_terms(build_context(o, d, links, SameEverything()))


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative, expected",
    [
        ("en", "Drones struck Kyiv overnight.", "fr", "Des drones ont frappé Kiev dans la nuit.", ("Kyiv", "Kiev")),
        ("en", "Drones struck Kyiv overnight.", "en", "Drones struck Kiev overnight.", ("Kyiv", "Kiev")),
        ("en", "Militants attacked a checkpoint.", "fr", "Des terroristes ont attaqué un poste de contrôle.", ("Militants", "terroristes")),
        ("en", "Since the full-scale invasion began, exports fell.", "fr", "Depuis le début du conflit, les exportations ont chuté.", ("invasion", "conflit")),
        ("en", "Protesters gathered outside the court.", "fr", "Des casseurs se sont rassemblés devant le tribunal.", ("Protesters", "casseurs")),
        ("en", "A man was held on suspicion of starting the fire.", "fr", "Le pyromane a été placé en garde à vue.", ("suspicion", "pyromane")),
        ("en", "A man was held on suspicion of starting the fire.", "fr", "Un homme soupçonné d’être le pyromane a été arrêté.", None),
        ("en", "The government in Kabul said so.", "de", "Das Regime in Kabul sagte das.", ("government", "Regime")),
        # Players, athletes, defendants are presumed innocent: not cheats or criminals.
        ("en", "Both players deny any wrongdoing.", "fr", "Les deux tricheurs nient toute faute.", ("players", "tricheurs")),
        ("en", "Both players deny any wrongdoing.", "es", "Los dos tramposos niegan cualquier falta.", ("players", "tramposos")),
        ("en", "Both players deny any wrongdoing.", "de", "Beide Betrüger bestreiten jedes Fehlverhalten.", ("players", "Betrüger")),
        ("en", "The three defendants will appear in court on Friday.", "en", "The three criminals will appear in court on Friday.", ("defendants", "criminals")),
        ("en", "The three defendants will appear in court on Friday.", "fr", "Les trois malfaiteurs comparaîtront vendredi.", ("defendants", "malfaiteurs")),
    ],
)
def test_a_charged_word_in_place_of_a_neutral_one_is_reported(o_lang, original, d_lang, derivative, expected):
    found = [(f.original_text, f.derivative_text) for f in loaded(o_lang, [original], d_lang, [derivative])]
    assert found == ([expected] if expected else [])


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative",
    [
        ("en", "Drones struck Kyiv overnight.", "de", "Drohnen trafen in der Nacht Kyjiw."),
        ("en", "Drones struck Kyiv overnight.", "fr", "Des drones ont frappé Kyiv dans la nuit."),
        ("en", "Drones struck Kiev overnight.", "fr", "Des drones ont frappé Kiev dans la nuit."),  # the source said it
        ("en", "The invasion became a long conflict.", "fr", "L’invasion est devenue un long conflit."),
        ("en", "Militants attacked a checkpoint.", "es", "Milicianos atacaron un puesto de control."),
        ("en", "Both players deny any wrongdoing.", "fr", "Les deux joueurs se disent innocents."),
        ("en", "Both players deny any wrongdoing.", "es", "Los dos jugadores niegan haber hecho trampa."),
        ("en", "The three defendants will appear in court on Friday.", "de", "Die drei Angeklagten erscheinen am Freitag vor Gericht."),
        # "criminal" describing the charge is not "criminals" for the people.
        ("en", "The defendants face criminal charges.", "en", "The three men face criminal charges."),
    ],
)
def test_a_faithful_rendering_is_not_a_loaded_term(o_lang, original, d_lang, derivative):
    assert loaded(o_lang, [original], d_lang, [derivative]) == []


def test_a_substitution_made_throughout_is_one_finding_naming_every_paragraph():
    original = ["Drones struck Kyiv overnight.", "Power was cut in Kyiv.", "Kyiv asked for help."]
    derivative = ["Des drones ont frappé Kiev.", "Le courant a été coupé à Kiev.", "Kiev a demandé de l’aide."]
    (finding,) = loaded("en", original, "fr", derivative)
    assert finding.original == [0, 1, 2] and finding.derivative == [0, 1, 2]
    assert "3 passages" in finding.explanation


def test_the_lexicon_format_reads_terms_for_every_language_and_for_one():
    (sub,) = parse_substitutions(
        "[x]\nnote = why\nneutral = Kyiv\nloaded = Kiev\nneutral.fr = Kyïv\nloaded.de = Kiew*\n"
    )
    assert sub.note == "why"
    assert sub.neutral_in("fr").search("à Kyïv") and sub.neutral_in("fr").search("à Kyiv")
    assert sub.loaded_in("de").search("in Kiews Zentrum")
    assert sub.loaded_in("es").search("en Kiev") and not sub.loaded_in("es").search("en Kiews")


def test_a_term_may_hold_its_own_alternatives():
    # "|" separates terms only outside parentheses: the term's own endings stay its own.
    (sub,) = parse_substitutions("[x]\nnote = why\nneutral = joueu(?:r|rs|se|ses)\nloaded = tricheu(?:r|rs|se|ses)\n")
    assert sub.loaded_in("fr").search("les tricheurs") and sub.loaded_in("fr").search("une tricheuse")
    assert not sub.loaded_in("fr").search("il se tait") and not sub.neutral_in("fr").search("ils se sont dit")


def test_every_substitution_of_the_bundled_lexicon_explains_itself_in_four_languages():
    for sub in substitutions():
        assert sub.note and sub.note != sub.name
        for language in ("en", "fr", "de", "es"):
            assert sub.neutral_in(language) is not None and sub.loaded_in(language) is not None, (sub.name, language)
