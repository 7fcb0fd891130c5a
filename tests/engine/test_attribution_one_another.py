"""An inverted subject opened by "one" or "another" ("…," said one protester outside the
hall; "…," said another resident) is the quote's source, as "a protester" is. Pure text
tests."""

import pytest

from diptych.engine.quotes import find_quotes
from diptych.engine.sentences import sentence_spans


@pytest.mark.parametrize(
    "language, text, source",
    [
        ("en", '"A copy is not the building," said one protester outside the town hall.', "one protester outside the town hall"),
        ("en", '"We were never asked," said another resident.', "another resident"),
        ("en", '"We were never asked," said one neighbour.', "one neighbour"),
        ("es", "«Nunca nos preguntaron», dijo otro vecino.", "otro vecino"),
    ],
)
def test_one_or_another_opens_an_inverted_source(language, text, source):
    quotes = find_quotes(list(sentence_spans(0, text, language)), language, {0: text})
    assert quotes and quotes[0].source is not None and quotes[0].source.phrase.text == source
