"""An inverted speaker followed by an absolute participle clause (« , confie un comédien de
la troupe sous couvert d'anonymat, les contrats interdisant toute critique de la direction
»): the clause tells why the speaker stayed unnamed, it is not part of who spoke. A
faithful translation of "An actor, who spoke on condition of anonymity because contracts
forbid comment, said ..." credits the same anonymous actor. Sentences are invented."""

import pytest

from diptych.engine.attribution import find_sources, source_change
from diptych.engine.sentences import Span


def first(text: str, language: str):
    return [s for s in find_sources(Span(0, 0, len(text), text), language) if not s.pronoun][0]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Plusieurs musiciens songent à partir, confie un violoniste de l’ensemble sous couvert d’anonymat, "
         "les contrats interdisant toute critique publique de la direction.", "un violoniste de l’ensemble"),
        ("La tournée sera raccourcie, indique un technicien sous couvert d’anonymat, la direction refusant "
         "tout contact avec la presse.", "un technicien"),
    ],
)
def test_an_absolute_participle_after_an_inverted_speaker_is_not_the_speaker(text, speaker):
    source = first(text, "fr")
    assert source.phrase.text.startswith(speaker)
    assert "contrats" not in source.phrase.text and "direction" not in source.phrase.text
    assert source.anonymous


def test_the_faithful_rendering_of_an_anonymous_speaker_is_the_same_source():
    original = ("A violinist in the ensemble, who spoke on condition of anonymity because contracts forbid "
                "public criticism of the management, said several musicians were considering leaving.")
    derivative = ("Plusieurs musiciens songent à partir, confie un violoniste de l’ensemble sous couvert "
                  "d’anonymat, les contrats interdisant toute critique publique de la direction.")
    assert source_change(first(original, "en"), first(derivative, "fr"), 0.85) is None
