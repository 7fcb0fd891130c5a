"""Comments a rewrite tacks on to a clause, and clauses that belong to someone else.

A rewrite comments on what a sentence reports in two shapes a style guide warns of besides
the apposition: a relative clause on the whole clause before it (« , ce que les riverains
dénonçaient depuis des années », ", lo que …", ", was …") and a participle of consequence
(", leaving families …", « , laissant … »). Both are judged with the apposition's bars.

Not every clause a rewrite adds or drops is the clause analysis's to report: the
description of the speaker a quote is now given to ("said a man who …") is the quote
analysis's; a clause stated before "according to" is what the source says, not words about
it; a rewritten headline's clause is framing the body states (or not) itself.
End to end with the real offline encoder, through ``find_span_findings``.
"""

import pytest

from diptych.engine import clause_spans
from diptych.engine.model import Article, Link, Segment
from diptych.engine.sentences import Span
from diptych.engine.spans import find_span_findings


def article(language: str, paragraphs: list[str], title: str = "") -> Article:
    return Article(
        source="test",
        title=title,
        language=language,
        text="\n\n".join(paragraphs),
        segments=[Segment(i, p, False) for i, p in enumerate(paragraphs)],
    )


def changes(encoder, original: list[str], language: str, derivative: list[str], titles=("", "")):
    links = [Link([i], [i], 0.9) for i in range(len(original))]
    found = find_span_findings(article("en", original, titles[0]), article(language, derivative, titles[1]), links, encoder)
    return [(f.kind, f.original_text or f.derivative_text) for f in found if f.kind in ("added", "omitted")]


def span(text: str) -> Span:
    return Span(0, 0, len(text), text)


@pytest.mark.parametrize(
    "language, text, clause, comment",
    [
        ("fr", "Les piles sont rongées, ce que les riverains dénonçaient depuis des années.", "ce que", True),
        ("fr", "Le pont fermera en juin, ce qui inquiète les commerçants.", "ce qui", True),
        ("es", "El puente cerrará en junio, lo que preocupa a los comerciantes.", "lo que", True),
        ("de", "Die Brücke schließt im Juni, was die Händler seit Wochen befürchten.", "was die", True),
        ("it", "Il ponte chiuderà a giugno, il che preoccupa i commercianti.", "il che", True),
        ("en", "The bridge will close in June, leaving traders without passing trade.", "leaving", True),
        ("fr", "Le pont fermera en juin, laissant les commerçants sans clients.", "laissant", True),
        ("es", "El puente cerrará en junio, dejando a los comerciantes sin clientes.", "dejando", True),
        # a relative clause on a noun, a list, a clause that opens its sentence
        ("de", "Die Händler bestreiten alles, was die Stadt behauptet.", "was die", False),
        ("en", "The bridge will close in June, including the footpath on its east side.", "including", False),
        ("en", "The bridge, which opened in 1961, will close in June.", "which", False),
        ("fr", "Ce que les riverains dénoncent, c’est le bruit.", "Ce que", False),
    ],
)
def test_a_relative_on_the_whole_clause_or_a_participle_of_consequence_is_a_comment(language, text, clause, comment):
    assert clause_spans._comment_clause(span(text), text.index(clause), language) is comment


PIERS = (
    "The county said divers had found that the piers of the bridge were more corroded than first "
    "thought, and that two of them would have to be rebuilt."
)
POOL = (
    "The town of Ruse said on Monday that the swimming pool on the river front would close for at least "
    "ten months from June after engineers found that its roof no longer met safety rules."
)

COST = "The repairs will cost about 4 million euros, which the county will borrow over twenty years."
COST_CHANGED = {
    "fr": "Les réparations coûteront environ 7 millions d’euros, que le département empruntera sur trente ans.",
    "en": "The repairs will cost about 7 million euros, which the county will borrow over thirty years.",
}


@pytest.mark.slow
@pytest.mark.parametrize(
    "language, original, derivative, clause",
    [
        (
            "fr",
            PIERS,
            "Le département a déclaré que des plongeurs avaient constaté que les piles du pont étaient plus "
            "rongées qu’on ne le pensait, ce que les pêcheurs répétaient depuis longtemps, et que deux "
            "d’entre elles devraient être reconstruites.",
            "ce que les pêcheurs répétaient depuis longtemps",
        ),
        (
            "en",
            POOL,
            "The town of Ruse said on Monday that the swimming pool on the river front would close for at least "
            "ten months from June, leaving swimmers hunting for lanes elsewhere, after engineers found that its "
            "roof no longer met safety rules.",
            "leaving swimmers hunting for lanes elsewhere",
        ),
    ],
)
def test_a_comment_on_the_clause_before_it_is_added(encoder, language, original, derivative, clause):
    """In a long sentence such a clause moves the encoder little, as an apposition does. (In a
    rewrite: the paragraph after it changes a figure; in an otherwise clean pair the bar of
    :data:`clause_spans.CLEAN_EVIDENCE` holds.)"""
    found = changes(encoder, [original, COST], language, [derivative, COST_CHANGED[language]])
    assert found == [("added", clause)]


@pytest.mark.slow
@pytest.mark.parametrize(
    "language, derivative",
    [
        (
            "fr",
            "Le département a indiqué que des plongeurs avaient constaté que les piles du pont étaient plus "
            "rongées qu’on ne le croyait, et que deux d’entre elles devraient être reconstruites.",
        ),
        (
            "de",
            "Der Bezirk erklärte, Taucher hätten festgestellt, dass die Pfeiler der Brücke stärker korrodiert "
            "seien als zunächst angenommen, und dass zwei von ihnen neu gebaut werden müssten.",
        ),
    ],
)
def test_a_faithful_rendering_has_no_comment(encoder, language, derivative):
    assert changes(encoder, [PIERS], language, [derivative]) == []


@pytest.mark.slow
def test_a_clause_stated_before_according_to_is_what_the_source_says(encoder):
    """"…, during which the road will be closed to lorries, according to the county": the
    clause is part of the claim, not a description of the county; dropping it is an omission."""
    original = (
        "Work is due to begin in the autumn and could last up to eight months, during which the pass will "
        "be closed to heavy lorries, according to the county."
    )
    derivative = "Work is due to begin in the autumn and could last up to eight months, according to the county."
    assert changes(encoder, [original], "en", [derivative]) == [
        ("omitted", "during which the pass will be closed to heavy lorries")
    ]


@pytest.mark.slow
def test_the_speaker_a_quote_is_given_to_is_the_quote_analysis_s(encoder):
    """'"…," said a man who …': who now speaks is the quote's attribution; the relative
    clause that describes him is no framing of its own."""
    original = (
        "Pieter Claes, a councillor for the opposition Green group, said the closure would hurt pensioners "
        "most. \"A library should not be a luxury,\" he said."
    )
    derivative = "\"A library should not be a luxury,\" said a man who had borrowed books there every week for twenty years."
    assert [c for c in changes(encoder, [original], "en", [derivative]) if c[0] == "added"] == []


@pytest.mark.slow
def test_a_clause_a_rewritten_headline_adds_is_not_reported_as_added(encoder):
    """A headline sums up the body: its framing is reported where the body states it."""
    headline = "Ruse closes river-front pool and ends free swimming lessons"
    rewritten = "Ruse shuts its river pool and scraps free lessons, leaving families with nowhere to swim all summer"
    body = (
        "The town of Ruse said on Monday that the swimming pool on the river front would close for at least "
        "ten months from June after engineers found that its roof no longer met safety rules."
    )
    found = changes(encoder, [headline, body], "en", [rewritten, body], titles=(headline, rewritten))
    assert found == []
