"""A concession slipped in after a comma ("…, even as the harbour silts up"), a short counterweight,
and a clause with nothing like it in the original.

A rewrite that wants a fact to read as a failure sets it against something else in a
concessive clause: « …, alors même que les besoins des aînés augmentent », "…, even though
the budget doubled". Like a comment on the clause before it (", a move critics called
reckless"), it is short beside a long sentence and moves the encoder little, so it is
judged with the comment's bars where the original has no such clause; a faithful
translation of a concession the original makes is not.
"""

import pytest

from diptych.engine import clause_spans
from diptych.engine.model import Article, Link, Segment
from diptych.engine.sentences import Span
from diptych.engine.spans import find_span_findings


def article(language: str, text: str) -> Article:
    return Article(source="test", title="", language=language, text=text, segments=[Segment(0, text, False)])


def changes(encoder, original: str, language: str, derivative: str) -> list[tuple[str, str]]:
    found = find_span_findings(article("en", original), article(language, derivative), [Link([0], [0], 0.9)], encoder)
    return [(f.kind, f.original_text or f.derivative_text) for f in found if f.kind in ("added", "omitted")]


@pytest.mark.parametrize(
    "language, text, clause",
    [
        ("en", "The ferry runs twice a day, even as the harbour silts up.", "even as the harbour silts up"),
        ("en", "The ward was closed in May, although doctors had warned against it.", "although doctors had warned against it"),
        ("fr", "Le bureau a fermé en mai, alors même que les besoins augmentent.", "alors même que les besoins augmentent"),
        ("fr", "Le bureau a fermé en mai, bien qu’il soit rentable.", "bien qu’il soit rentable"),
        ("de", "Das Amt wurde im Mai geschlossen, obwohl der Bedarf wächst.", "obwohl der Bedarf wächst"),
        ("es", "La oficina cerró en mayo, aunque la demanda no deja de crecer.", "aunque la demanda no deja de crecer"),
        ("es", "La oficina cerró en mayo, pese a que la demanda crece.", "pese a que la demanda crece"),
    ],
)
def test_a_concession_after_a_comma_comments_on_the_clause_before_it(language, text, clause):
    sentence = Span(0, 0, len(text), text)
    assert clause_spans._comment_clause(sentence, text.index(clause), language)


def test_a_concession_with_no_comma_before_it_is_no_comment():
    text = "The ferry kept running even as the harbour silted up."
    sentence = Span(0, 0, len(text), text)
    assert not clause_spans._comment_clause(sentence, text.index("even as"), "en")


@pytest.mark.slow
def test_a_concession_slipped_into_a_faithful_sentence_is_added(encoder):
    # in a long sentence the short concession moves the encoder little (gain below GAIN);
    # the rewrite changes two figures too (a pair with nothing else changed keeps the
    # stricter bar of a clean pair)
    original = (
        "The number of rural post offices run by the state in the northern provinces has fallen by about a "
        "quarter over the past ten years, from 1,240 to 930, according to the consumer association Postwatch. "
        "The association counted 310 complaints about closures in 2023 and 150 in 2022."
    )
    derivative = (
        "Le nombre de bureaux de poste ruraux gérés par l’État dans les provinces du nord a reculé d’environ un "
        "quart au cours des dix dernières années, passant de 1 240 à 930, alors même que la demande progresse, "
        "selon l’association de consommateurs Postwatch. L’association a recensé 410 plaintes liées aux "
        "fermetures en 2023 et 250 en 2022."
    )
    assert changes(encoder, original, "fr", derivative) == [("added", "alors même que la demande progresse")]


@pytest.mark.slow
def test_a_concession_the_original_makes_is_rendered_not_added(encoder):
    original = (
        "The number of rural post offices run by the state has fallen by about a quarter over the past ten years, "
        "even as the number of elderly residents has grown, according to the consumer association Postwatch."
    )
    derivative = (
        "Le nombre de bureaux de poste ruraux gérés par l’État a reculé d’environ un quart au cours des dix "
        "dernières années, alors même que le nombre d’habitants âgés a augmenté, selon l’association de "
        "consommateurs Postwatch."
    )
    assert changes(encoder, original, "fr", derivative) == []


def test_a_short_counterweight_opened_by_but_is_judged_in_one_language_though_it_has_two_long_words():
    # "X but Y" told as "X" drops the counterweight, however short Y (as "X or Y" told as
    # "X" narrows the claim): four words all its own, two of them long, are enough
    text = "A pensioner said she would pay the fee but cut back elsewhere."
    sentence = Span(0, 0, len(text), text)
    at = text.index("but")
    clause = sentence.sub(at, len(text) - 1)
    marks = clause_spans._marks(sentence, "en", [], frozenset())
    assert clause_spans._own_words(clause, marks, "en", counterweights=True) == 4
    # only in one language: across languages four words move the encoder too little
    assert clause_spans._own_words(clause, marks, "en") == 0
    # not a clause of three short words and a long one
    text = "A pensioner said she would pay the fee but not yet today."
    sentence = Span(0, 0, len(text), text)
    clause = sentence.sub(text.index("but"), len(text) - 1)
    assert clause_spans._own_words(clause, clause_spans._marks(sentence, "en", [], frozenset()), "en", True) == 0


@pytest.mark.slow
def test_a_dropped_short_counterweight_is_omitted(encoder):
    original = (
        "Marta Kowal, a retired teacher who cycles to the station every morning, said she would pay the new "
        "parking charge but avoid the market."
    )
    derivative = (
        "Marta Kowal, a retired teacher who cycles to the station every morning, said she would pay the new "
        "parking charge."
    )
    assert changes(encoder, original, "en", derivative) == [("omitted", "but avoid the market")]


@pytest.mark.parametrize(
    "gain, counterpart, added",
    [
        (0.18, 0.17, True),  # a long way nearer without it, and nothing like it in the original
        (0.084, 0.2, False),  # what a translator's recast clause gains at most
        (0.18, 0.4, False),  # a run of the original's words comes near: test 4 decides
    ],
)
def test_a_clause_that_gains_much_with_no_run_of_the_original_near_it_is_added(gain, counterpart, added):
    assert clause_spans._unmatched_addition(gain, counterpart) is added


@pytest.mark.parametrize(
    "language, text, clause",
    [
        ("en", "The gate was left open, as is too often the custom on these farms.", "as is too often the custom on these farms"),
        ("en", "The gate was left open, as has long been the practice here.", "as has long been the practice here"),
        ("fr", "La barrière était restée ouverte, comme c’est trop souvent l’habitude dans ces fermes.", "comme c’est trop souvent l’habitude dans ces fermes"),
        ("fr", "La barrière était restée ouverte, comme il est d’usage dans la vallée.", "comme il est d’usage dans la vallée"),
        ("de", "Das Tor stand offen, wie es auf diesen Höfen üblich ist.", "wie es auf diesen Höfen üblich ist"),
        ("es", "La puerta quedó abierta, como es costumbre en estas granjas.", "como es costumbre en estas granjas"),
        ("es", "La puerta quedó abierta, como suele ocurrir en estas granjas.", "como suele ocurrir en estas granjas"),
    ],
)
def test_a_generalising_as_clause_after_a_comma_comments_on_the_clause_before_it(language, text, clause):
    # "…, as is too often the custom": the rewrite makes one lapse a habit of a group
    sentence = Span(0, 0, len(text), text)
    assert clause_spans._comment_clause(sentence, text.index(clause), language)


def test_an_as_clause_of_time_or_manner_is_no_comment():
    for language, text, clause in (
        ("en", "The gate was left open, as the farmer had asked.", "as the farmer had asked"),
        ("fr", "La barrière était restée ouverte, comme l’avait demandé le fermier.", "comme l’avait demandé le fermier"),
    ):
        sentence = Span(0, 0, len(text), text)
        assert not clause_spans._comment_clause(sentence, text.index(clause), language)
