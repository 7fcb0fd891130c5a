"""The two headlines are linked when the aligner left both alone in an aligned pair."""

import pytest

from diptych.engine.headlines import link_headlines
from diptych.engine.model import Article, Link, Segment
from diptych.engine.score import Encoder

pytestmark = pytest.mark.slow

EN = [
    "Town council closes river footbridge after inspectors find rusted cables",
    "The council of Weyford closed the river footbridge on Tuesday after an inspection found rusted support cables.",
    "Engineers will replace the cables over the winter, at a cost of 1.2 million pounds, the council said.",
    "Shopkeepers on the east bank said they expected fewer customers while the bridge stays shut.",
]
EN_REWRITE = [
    "By Jo Marsh, local affairs reporter",
    "Weyford shuts its bridge, and the east bank pays",
    "Weyford council shut the river footbridge on Tuesday when inspectors reported rusted support cables.",
    "The cables will be replaced this winter for 1.2 million pounds, according to the council.",
    "East-bank shopkeepers fear losing customers for months.",
]


def article(texts, language, boilerplate=()):
    segs = [Segment(i, t, i in boilerplate) for i, t in enumerate(texts)]
    return Article(source="mem", title=texts[0], language=language, text="\n\n".join(texts), segments=segs)


def pairs(links):
    return sorted((tuple(l.original), tuple(l.derivative)) for l in links)


BODY = [Link([1], [2], 0.8), Link([2], [3], 0.8), Link([3], [4], 0.7)]


def test_a_rewritten_headline_is_linked_to_the_source_headline_past_a_byline(tmp_path):
    out = link_headlines(article(EN, "en"), article(EN_REWRITE, "en", boilerplate={0}), BODY, Encoder(tmp_path))
    assert pairs(out) == pairs(BODY + [Link([0], [1], 0.0)])
    assert 0.0 <= next(l for l in out if l.original == [0]).score <= 1.0


def test_an_already_linked_headline_is_left_as_the_aligner_made_it(tmp_path):
    links = [Link([0], [1, 2], 0.7)] + BODY[1:]
    out = link_headlines(article(EN, "en"), article(EN_REWRITE, "en", boilerplate={0}), links, Encoder(tmp_path))
    assert pairs(out) == pairs(links)


def test_a_derivative_that_opens_with_a_sentence_keeps_its_first_paragraph_unlinked(tmp_path):
    derivative = article(EN_REWRITE[2:], "en")
    links = [Link([2], [1], 0.8), Link([3], [2], 0.7)]
    assert pairs(link_headlines(article(EN, "en"), derivative, links, Encoder(tmp_path))) == pairs(links)


def test_two_articles_that_are_not_the_same_story_keep_their_headlines_apart(tmp_path):
    links = [Link([3], [4], 0.45)]
    out = link_headlines(article(EN, "en"), article(EN_REWRITE, "en", boilerplate={0}), links, Encoder(tmp_path))
    assert pairs(out) == pairs(links)
