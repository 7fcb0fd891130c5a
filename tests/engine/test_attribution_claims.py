"""Attribution: the original's source made a party of the derivative's claim ("Police said
they had arrested" / "The museum said police had arrested"), a back-reference that fits
another source the article credits ("according to the Geological Survey" / "according to
the water board", when the water board speaks elsewhere), and a source swapped for a body
of another role whose name the name analysis also sees ("the daily X" / "the animal
welfare group Y": an attribution change, not a renamed source).

End-to-end tests (marked slow) with the real offline encoder, paragraph i linked with
paragraph i. Every sentence is written for these tests.
"""

import pytest

from aligned_fixtures import article
from diptych.engine.model import Link


def span_findings(encoder, o_lang, original, d_lang, derivative):
    from diptych.engine.spans import find_span_findings

    links = [Link([i], [i], 0.9) for i in range(min(len(original), len(derivative)))]
    return find_span_findings(article(o_lang, original), article(d_lang, derivative), links, encoder)


def kinds(encoder, o_lang, original, d_lang, derivative):
    return [f.kind for f in span_findings(encoder, o_lang, original, d_lang, derivative)]


@pytest.mark.slow
@pytest.mark.parametrize(
    "language, original, derivative",
    [
        ("en", "Police said they had arrested two men over the theft of the paintings.",
         "The museum said police had arrested two men over the theft of the paintings."),
        ("en", "Prosecutors in Verona said they had opened an inquiry into the spill and sealed the depot.",
         "The operator said prosecutors in Verona had opened an inquiry into the spill and sealed the depot."),
        ("fr", "La police a indiqué qu’elle avait arrêté deux hommes après le vol des tableaux.",
         "Le musée a indiqué que la police avait arrêté deux hommes après le vol des tableaux."),
        ("de", "Die Polizei teilte mit, sie habe nach dem Diebstahl der Gemälde zwei Männer festgenommen.",
         "Das Museum teilte mit, die Polizei habe nach dem Diebstahl der Gemälde zwei Männer festgenommen."),
    ],
)
def test_a_source_made_a_party_of_the_claim_is_a_changed_attribution(encoder, language, original, derivative):
    assert "attribution_changed" in kinds(encoder, language, [original], language, [derivative])


@pytest.mark.slow
@pytest.mark.parametrize(
    "language, original, derivative",
    [
        # the same source, its claim reworded
        ("en", "Police said they had arrested two men over the theft of the paintings.",
         "Police said two men had been arrested over the theft of the paintings."),
        # the same source, the party named in the claim kept
        ("en", "The museum said police had arrested two men over the theft of the paintings.",
         "The museum said two men had been arrested by police over the theft of the paintings."),
        ("fr", "La police a indiqué qu’elle avait arrêté deux hommes après le vol des tableaux.",
         "Deux hommes ont été arrêtés après le vol des tableaux, a indiqué la police."),
    ],
)
def test_a_claim_reworded_under_the_same_source_is_no_change(encoder, language, original, derivative):
    assert "attribution_changed" not in kinds(encoder, language, [original], language, [derivative])


BOARD = {
    "en": "The municipal water board, Aquanor, said it had shut the pumping station on Monday.",
    "fr": "La régie municipale des eaux, Aquanor, a indiqué avoir fermé la station de pompage lundi.",
}


@pytest.mark.slow
@pytest.mark.parametrize(
    "language, original, derivative",
    [
        ("en", "The most likely cause is a leaking tank at the nearby depot, according to the Norwegian Geological Survey.",
         "The most likely cause is a leaking tank at the nearby depot, according to the water board."),
        ("fr", "La cause la plus probable est une cuve qui fuit au dépôt voisin, selon l’Institut géologique norvégien.",
         "La cause la plus probable est une cuve qui fuit au dépôt voisin, selon la régie des eaux."),
    ],
)
def test_a_back_reference_to_another_source_of_the_article_is_a_changed_attribution(
    encoder, language, original, derivative
):
    found = kinds(encoder, language, [BOARD[language], original], language, [BOARD[language], derivative])
    assert "attribution_changed" in found


@pytest.mark.slow
@pytest.mark.parametrize(
    "language, original, derivative",
    [
        # a back-reference to the original's own source
        ("en", "The most likely cause is a leaking tank at the nearby depot, according to the Norwegian Geological Survey.",
         "The most likely cause is a leaking tank at the nearby depot, according to the survey."),
        ("fr", "La cause la plus probable est une cuve qui fuit au dépôt voisin, selon l’Institut géologique norvégien.",
         "La cause la plus probable est une cuve qui fuit au dépôt voisin, selon l’institut."),
    ],
)
def test_a_back_reference_to_the_same_source_is_no_change(encoder, language, original, derivative):
    found = kinds(encoder, language, [BOARD[language], original], language, [BOARD[language], derivative])
    assert "attribution_changed" not in found


@pytest.mark.slow
@pytest.mark.parametrize(
    "language, original, derivative",
    [
        ("en", "According to the daily Alpenbote, at least 20 of the goats killed were in barns without locks.",
         "According to the animal welfare group Pro Capra, at least 20 of the goats killed were in barns without locks."),
        ("en", "The daily Alpenbote said at least 20 of the goats killed were in barns without locks.",
         "The animal welfare group Pro Capra said at least 20 of the goats killed were in barns without locks."),
    ],
)
def test_a_source_swapped_for_a_body_of_another_role_is_an_attribution_change_not_a_name_change(
    encoder, language, original, derivative
):
    found = kinds(encoder, language, [original], language, [derivative])
    assert "attribution_changed" in found
    assert "name_changed" not in found


@pytest.mark.slow
@pytest.mark.parametrize(
    "language, original, derivative",
    [
        # the same role, another name: the name analysis reports it
        ("en", "The cantonal minister Reto Caduff said the wolves had learned to jump fences.",
         "The cantonal minister Reto Casutt said the wolves had learned to jump fences."),
    ],
)
def test_a_name_changed_under_the_same_role_stays_a_name_change(encoder, language, original, derivative):
    found = kinds(encoder, language, [original], language, [derivative])
    assert "name_changed" in found
    assert "attribution_changed" not in found
