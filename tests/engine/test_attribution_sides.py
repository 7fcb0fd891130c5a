"""Attribution: "officials from both sides" narrowed to one side's officials ("Valdorian
officials", « des responsables valdoriens »), or one side's widened to both sides, credits
another source: the account of two parties made one party's, or the reverse. A party is
one the original's sentence names ("Valdoria and Norvenia agreed ...").

End to end, with the real offline encoder.
"""

import pytest


def span_findings(encoder, original: list[str], language: str, derivative: list[str]):
    from diptych.engine.model import Article, Link, Segment
    from diptych.engine.spans import find_span_findings

    def article(lang: str, paragraphs: list[str]) -> Article:
        return Article("test", "", lang, "\n\n".join(paragraphs), [Segment(i, p, False) for i, p in enumerate(paragraphs)])

    links = [Link([i], [i], 0.9) for i in range(min(len(original), len(derivative)))]
    return find_span_findings(article("en", original), article(language, derivative), links, encoder)


def changed(found):
    return [f for f in found if f.kind == "attribution_changed"]


OPENING = "The border between the two countries has been closed to trucks since March."
BOTH = (
    "Valdoria and Norvenia agreed on Tuesday to reopen the border crossing at Hestel to freight traffic next month, "
    "officials from both sides said."
)


@pytest.mark.slow
@pytest.mark.parametrize(
    "language, opening, sentence",
    [
        (
            "en",
            OPENING,
            "Valdoria and Norvenia agreed on Tuesday to reopen the border crossing at Hestel to freight traffic next "
            "month, Valdorian officials said.",
        ),
        (
            "fr",
            "La frontière entre les deux pays est fermée aux camions depuis mars.",
            "La Valdoria et la Norvénie ont convenu mardi de rouvrir le mois prochain le poste-frontière de Hestel au "
            "trafic de marchandises, ont indiqué des responsables valdoriens.",
        ),
    ],
)
def test_both_sides_narrowed_to_one_is_reported(encoder, language, opening, sentence):
    found = changed(span_findings(encoder, [OPENING, BOTH], language, [opening, sentence]))
    assert len(found) == 1, found


@pytest.mark.slow
@pytest.mark.parametrize(
    "language, opening, sentence",
    [
        ("en", OPENING, BOTH),
        (
            "fr",
            "La frontière entre les deux pays est fermée aux camions depuis mars.",
            "La Valdoria et la Norvénie ont convenu mardi de rouvrir le mois prochain le poste-frontière de Hestel au "
            "trafic de marchandises, ont indiqué des responsables des deux pays.",
        ),
        (
            "de",
            "Die Grenze zwischen den beiden Ländern ist seit März für Lastwagen geschlossen.",
            "Valdoria und Norvenia haben sich am Dienstag darauf geeinigt, den Grenzübergang Hestel im nächsten Monat "
            "für den Güterverkehr wieder zu öffnen, sagten Vertreter beider Seiten.",
        ),
    ],
)
def test_both_sides_kept_is_no_change(encoder, language, opening, sentence):
    assert changed(span_findings(encoder, [OPENING, BOTH], language, [opening, sentence])) == []


@pytest.mark.slow
def test_one_side_widened_to_both_is_reported(encoder):
    one = (
        "Valdoria and Norvenia agreed on Tuesday to reopen the border crossing at Hestel to freight traffic next month, "
        "Valdorian officials said."
    )
    found = changed(span_findings(encoder, [OPENING, one], "en", [OPENING, BOTH]))
    assert len(found) == 1, found
