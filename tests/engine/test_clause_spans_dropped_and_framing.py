"""Clauses a rewrite drops from, or slips into, a sentence it otherwise keeps.

End to end with the real offline encoder, through ``find_span_findings``: an English
paragraph and a rewrite of it, linked as the aligner links them. A coordinated penalty
("or up to two years in prison"), a second statement of the same speaker ("and said …",
"and that …") dropped are ``omitted``; a fronted phrase of framing ("Tras semanas de
silencio, …") that shares a word with a phrase the sentence renders elsewhere is ``added``.
"""

import pytest

from diptych.engine.model import Article, Link, Segment
from diptych.engine.spans import find_span_findings


def article(language: str, text: str) -> Article:
    return Article(source="test", title="", language=language, text=text, segments=[Segment(0, text, False)])


def changes(encoder, original: str, language: str, derivative: str) -> list[tuple[str, str]]:
    found = find_span_findings(article("en", original), article(language, derivative), [Link([0], [0], 0.9)], encoder)
    return [(f.kind, f.original_text or f.derivative_text) for f in found if f.kind in ("added", "omitted")]


@pytest.mark.slow
def test_a_dropped_alternative_penalty_is_omitted_though_its_only_long_words_are_few(encoder):
    # "or up to two years in prison": "two" is a figure, a content word however short
    original = (
        "Under the new rules, cutting down a protected oak can be punished with a fine or up to two years in "
        "prison. The council said it would publish a map of the protected trees in the spring."
    )
    derivative = (
        "Under the new rules, cutting down a protected oak can be punished with a fine. The council said it "
        "would publish a map of the protected trees in the spring."
    )
    assert changes(encoder, original, "en", derivative) == [("omitted", "or up to two years in prison")]


@pytest.mark.slow
def test_a_dropped_second_statement_opened_by_a_reporting_verb_is_content_not_the_source(encoder):
    original = "Its director, Pavel Novák, apologised to patients and said an independent review would report within two months."
    derivative = "Su director, Pavel Novák, pidió disculpas a los pacientes."
    assert changes(encoder, original, "es", derivative) == [
        ("omitted", "and said an independent review would report within two months")
    ]


@pytest.mark.slow
def test_a_dropped_second_reported_clause_is_omitted(encoder):
    # passed before REPORTED_GAIN too: the encoder is surer of these than of the corpus case
    original = (
        "The league's secretary, Jonas Berg, said all the transfers had been registered correctly and that the "
        "league had no reason to question them."
    )
    derivative = (
        "Le secrétaire de la ligue, Jonas Berg, s’est contenté de prétendre que tous les transferts avaient été "
        "correctement enregistrés."
    )
    assert ("omitted", "and that the league had no reason to question them") in changes(encoder, original, "fr", derivative)


@pytest.mark.slow
def test_fronted_framing_that_shares_a_word_with_a_phrase_rendered_elsewhere_is_added(encoder):
    # "semanas" is also in « en las próximas semanas », which renders "over the coming weeks"
    original = (
        "The education minister, Lucía Gómez, said on Thursday that she had asked the regions to hire more "
        "teachers over the coming weeks."
    )
    derivative = (
        "Tras semanas de silencio, la ministra de Educación, Lucía Gómez, dijo el jueves que había pedido a las "
        "regiones contratar a más profesores en las próximas semanas."
    )
    assert changes(encoder, original, "es", derivative) == [("added", "Tras semanas de silencio")]


@pytest.mark.slow
def test_a_faithful_rendering_of_the_same_sentences_shows_no_clause_change(encoder):
    original = (
        "Its director, Pavel Novák, apologised to patients and said an independent review would report within "
        "two months. Cutting down a protected oak can be punished with a fine or up to two years in prison."
    )
    derivative = (
        "Su director, Pavel Novák, pidió disculpas a los pacientes y dijo que una revisión independiente "
        "presentaría sus conclusiones en un plazo de dos meses. Talar un roble protegido puede castigarse con "
        "una multa o con hasta dos años de prisión."
    )
    assert changes(encoder, original, "es", derivative) == []


def _own(sentence_text: str, clause_text: str, language: str) -> int:
    from diptych.engine.clause_spans import _marks, _own_words
    from diptych.engine.sentences import Span

    sentence = Span(0, 0, len(sentence_text), sentence_text)
    at = sentence_text.index(clause_text)
    return _own_words(sentence.sub(at, at + len(clause_text)), _marks(sentence, language, [], frozenset()))


def test_a_clause_of_few_long_words_is_judged_when_a_figure_or_its_length_makes_up_for_them():
    # a figure is a content word however short
    assert _own("It can be punished with a fine or up to six months in prison.", "or up to six months in prison", "en") == 7
    # five words all its own, two of them long: Romance languages spend short words
    assert _own("El Gobierno aprobó el aval sin pasar por el Parlamento, dijo el ministerio.", "sin pasar por el Parlamento", "es") == 5


def test_a_clause_thinned_by_a_hedge_or_a_reporting_verb_is_too_thin_to_judge():
    assert _own("Les enquêteurs ont trouvé un bidon, ce qui accréditerait la piste criminelle.", "ce qui accréditerait la piste criminelle", "fr") == 0
    assert _own("The minister vowed to get to the bottom of the leak.", "vowed to get to the bottom of the leak", "en") == 0
    assert _own("He sent a note to clients on Monday.", "a note to clients", "en") == 0
