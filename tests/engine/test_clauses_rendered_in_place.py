"""A faithful rendering whose short or merged sentence the encoder scores low is no change.

End to end with the real offline encoder, through ``find_span_findings``: an English
paragraph and a faithful rendering of it, linked as the aligner links them. A short
sentence translated in its place, a sentence made the tail of the one before, or the
opening clause of the one after, is rendered: neither ``omitted`` nor ``added``. A sentence
a rewrite put in the place of another, unrelated one is both.
"""

import numpy as np
import pytest

from diptych.engine.clauses import SentencePair, _loose_pairs
from diptych.engine.groups import Group
from diptych.engine.model import Article, Link, Segment
from diptych.engine.spans import find_span_findings


def article(language: str, text: str) -> Article:
    return Article(source="test", title="", language=language, text=text, segments=[Segment(0, text, False)])


def findings(encoder, original: str, language: str, derivative: str):
    return find_span_findings(article("en", original), article(language, derivative), [Link([0], [0], 0.9)], encoder)


def sentence_changes(encoder, original: str, language: str, derivative: str) -> list[str]:
    return [f.kind for f in findings(encoder, original, language, derivative) if f.kind in ("added", "omitted")]


FAITHFUL = [
    (  # a short sentence made the opening clause of the one after it
        "fr",
        "Shepherds see it differently. According to their federation, fewer than one in five of the flocks had "
        "been counted by May.",
        "Les bergers ne l’entendent pas ainsi : moins d’un troupeau sur cinq avait été recensé en mai, selon leur "
        "fédération.",
    ),
    (  # the same, compressed in German
        "de",
        "Vintners see it differently. According to their association, one in three applications was still "
        "pending in June.",
        "Die Winzer sehen das nicht so: Nach Angaben ihres Verbandes war im Juni noch jeder dritte Antrag offen.",
    ),
    (  # a sentence made the tail of the one before it
        "it",
        "The court said the ministry had not properly weighed what the transfer would mean for the prisoner's "
        "elderly mother, who lives alone in Bari. It did not rule on whether he should serve the rest of his "
        "sentence at home.",
        "Per la corte, il ministero non ha valutato a dovere cosa significherebbe il trasferimento per l’anziana "
        "madre del detenuto, che vive sola a Bari, senza però pronunciarsi sulla detenzione domiciliare.",
    ),
    (  # the same, in Spanish
        "es",
        "The judge said the city had not properly assessed what the closure would mean for the market's forty "
        "stallholders, most of whom have traded there for decades. She did not rule on whether the market "
        "should reopen.",
        "Según la jueza, el ayuntamiento no valoró debidamente lo que el cierre supondría para los cuarenta "
        "comerciantes del mercado, casi todos con décadas de oficio, sin pronunciarse sobre su reapertura.",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("language, original, derivative", FAITHFUL)
def test_a_sentence_rendered_in_place_or_merged_is_neither_omitted_nor_added(encoder, language, original, derivative):
    assert sentence_changes(encoder, original, language, derivative) == []


@pytest.mark.slow
@pytest.mark.parametrize(
    "language, derivative",
    [
        (
            "fr",
            "Comme toujours, la préfecture enjolive : moins d’un troupeau sur cinq avait été recensé en mai, selon "
            "la fédération.",
        ),
        (
            "es",
            "Como siempre, el Gobierno presume de su gestión: según la federación, menos de uno de cada cinco "
            "rebaños había sido contado en mayo.",
        ),
    ],
)
def test_a_dropped_sentence_stays_omitted_where_framing_was_added_in_its_place(encoder, language, derivative):
    original = (
        "Shepherds see it differently. According to their federation, fewer than one in five of the flocks had "
        "been counted by May."
    )
    assert sorted(sentence_changes(encoder, original, language, derivative)) == ["added", "omitted"]


def _group(pairs, n=2, m=2):
    return Group(Link([0], [0], 0.9), list(range(n)), list(range(m)), pairs=pairs)


def test_the_lone_unpaired_sentences_of_one_gap_that_choose_each_other_render_each_other():
    # "Growers dispute that account." / « Die Erzeuger bestreiten diese Darstellung. » before
    # an aligned pair: the encoder scores the short pair 0.26, below LOOSE_PAIR.
    group = _group([SentencePair((1,), (1,), 0.77)])
    sim = np.array([[0.26, 0.09], [-0.04, 0.77]])
    assert _loose_pairs(group, sim) == {("o", 0), ("d", 0)}


def test_unpaired_sentences_of_different_gaps_or_with_a_closer_match_elsewhere_do_not():
    # original 0 stands before the aligned pair, derivative 2 after it: no rendering in place
    group = Group(Link([0], [0], 0.9), [0, 1], [1, 2], pairs=[SentencePair((1,), (0,), 0.77)])
    sim = np.array([[0.05, 0.09, 0.3], [-0.04, 0.77, 0.1]])
    assert _loose_pairs(group, sim) == set()
    # the derivative sentence's closest original sentence is another one
    closer = np.array([[0.26, 0.09], [0.31, 0.77]])
    assert _loose_pairs(_group([SentencePair((1,), (1,), 0.77)]), closer) == set()
