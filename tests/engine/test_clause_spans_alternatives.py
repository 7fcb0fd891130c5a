"""An alternative a rewrite drops ("…, or straight to shops").

"X or Y" says more than "X": the claim that is left is narrower, and the alternative is
news however few its long words are. Four words of its own, two of them long, are enough
to judge a clause opened by "or" (« ou », „oder“, «o»); a clause as thin that opens with
anything else is still too thin. End to end with the real offline encoder.
"""

import pytest

from diptych.engine.clause_spans import _marks, _own_words
from diptych.engine.model import Article, Link, Segment
from diptych.engine.sentences import Span
from diptych.engine.spans import find_span_findings


def own(sentence_text: str, clause_text: str, language: str) -> int:
    sentence = Span(0, 0, len(sentence_text), sentence_text)
    at = sentence_text.index(clause_text)
    clause = sentence.sub(at, at + len(clause_text))
    return _own_words(clause, _marks(sentence, language, [], frozenset()), language)


@pytest.mark.parametrize(
    "language, text, clause, words",
    [
        ("en", "Growers must sell through the cooperative, or straight to shops.", "or straight to shops", 4),
        ("fr", "Les producteurs vendront à la coopérative, ou bien aux épiceries.", "ou bien aux épiceries", 4),
        ("es", "Los productores venderán a la cooperativa, o a las tiendas.", "o a las tiendas", 0),  # one long word
        # not an alternative: as thin as before
        ("en", "Growers must sell through the cooperative, and then to shops.", "and then to shops", 0),
    ],
)
def test_an_alternative_of_four_words_two_of_them_long_is_judged(language, text, clause, words):
    assert own(text, clause, language) == words


def article(language: str, text: str) -> Article:
    return Article(source="test", title="", language=language, text=text, segments=[Segment(0, text, False)])


ORCHARDS = (
    "Growers in the valley will have to sell their apples through the larger cooperative in Lana, about "
    "40 kilometres to the west, or straight to shops."
)


@pytest.mark.slow
@pytest.mark.parametrize(
    "language, derivative, omitted",
    [
        (
            "en",
            "Growers in the valley will have to sell their apples through the larger cooperative in Lana, about "
            "40 kilometres to the west.",
            ["or straight to shops"],
        ),
        (
            "fr",
            "Les producteurs de la vallée devront vendre leurs pommes à la coopérative plus grande de Lana, à "
            "environ 40 kilomètres à l’ouest, ou directement aux magasins.",
            [],
        ),
    ],
)
def test_a_dropped_alternative_is_omitted_and_a_rendered_one_is_not(encoder, language, derivative, omitted):
    found = find_span_findings(article("en", ORCHARDS), article(language, derivative), [Link([0], [0], 0.9)], encoder)
    assert [f.original_text for f in found if f.kind == "omitted"] == omitted
