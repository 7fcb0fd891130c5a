"""A record stated in apposition is rendered by the other language's idiom of record.

"…, the highest number on record" is in German „so oft wie nie zuvor“, in French « du
jamais vu » or « un record », in Spanish «una cifra sin precedentes», in Italian «mai così
tanti»: the same claim (nothing higher was ever counted) in words the encoder does not pair
with the English superlative. Such a clause is rendered in place, not ``omitted``; a record
left out of a sentence that states none is still omitted.

End to end with the real offline encoder, through ``find_span_findings``, on sentences
written for these tests.
"""

import pytest

from diptych.engine.model import Article, Link, Segment
from diptych.engine.spans import find_span_findings


def article(language: str, text: str) -> Article:
    return Article(source="test", title="", language=language, text=text, segments=[Segment(0, text, False)])


def changes(encoder, original: str, language: str, derivative: str) -> list[tuple[str, str]]:
    found = find_span_findings(article("en", original), article(language, derivative), [Link([0], [0], 0.9)], encoder)
    return [(f.kind, f.original_text or f.derivative_text) for f in found if f.kind in ("added", "omitted")]


ORIGINAL = (
    "The ferry company said it had carried more than 90,000 cyclists across the fjord last summer, the highest "
    "number on record."
)


@pytest.mark.slow
@pytest.mark.parametrize(
    "language, derivative",
    [
        ("de", "Die Reederei erklärte, sie habe im vergangenen Sommer mehr als 90.000 Radfahrer über den Fjord "
               "befördert, so viele wie nie zuvor."),
        ("fr", "Selon la compagnie, ses ferries ont transporté plus de 90 000 cyclistes sur le fjord l’été dernier, "
               "du jamais vu."),
        ("es", "La naviera dijo que el verano pasado había llevado a más de 90.000 ciclistas a través del fiordo, "
               "una cifra sin precedentes."),
    ],
)
def test_a_record_rendered_by_an_idiom_of_record_is_not_omitted(encoder, language, derivative):
    assert changes(encoder, ORIGINAL, language, derivative) == []


@pytest.mark.slow
def test_a_record_left_out_is_still_omitted(encoder):
    derivative = (
        "La compagnie a indiqué avoir transporté plus de 90 000 cyclistes sur le fjord l’été dernier."
    )
    assert changes(encoder, ORIGINAL, "fr", derivative) == [("omitted", "the highest number on record")]
