"""Paragraphs a rewrite gathered from different places into one, on sentence evidence.

Rewriters pull a reaction up next to the quote it answers, or fold a late paragraph into
an early one: the merged paragraph renders two paragraphs of the original that are not
neighbours, so no run of consecutive paragraphs scores it. When most sentences of an
unlinked paragraph are each other's best match with sentences of one paragraph elsewhere,
it belongs with that paragraph, wherever it is. A paragraph the rewrite dropped, whose
subject only echoes elsewhere, has no such sentence and stays unlinked.
"""

import pytest

from diptych.engine.model import Article, Link, Segment
from diptych.engine.rescue import attach_by_sentences
from diptych.engine.score import Encoder

pytestmark = pytest.mark.slow

EN = [
    "Town library to close on Sundays",
    "The public library in Brelford will close on Sundays from March to save about 40,000 pounds a year, the town council said on Thursday.",
    "Head librarian Ruth Okafor said the decision would hit families hardest. \"Sunday is the only day many parents can bring their children,\" she said.",
    "The library lent more than 210,000 books last year, a tenth of them on Sundays.",
    "The council has cut its culture budget by 15 percent since 2022.",
    "Councillor Dev Malhotra, who proposed the change, said the savings would keep the mobile library running in outlying villages.",
]
FR = [
    "La bibliothèque municipale fermera le dimanche",
    "La bibliothèque publique de Brelford fermera le dimanche à partir de mars afin d’économiser environ 40 000 livres par an, a indiqué jeudi le conseil municipal.",
    "La bibliothèque a prêté plus de 210 000 livres l’an dernier, dont un dixième le dimanche.",
    "Le conseil a réduit son budget culturel de 15 % depuis 2022.",
    # Paragraphs 2 and 5 of the original, brought together.
    "Pour la bibliothécaire en chef, Ruth Okafor, la décision frappera d’abord les familles. "
    "Le conseiller Dev Malhotra, à l’origine de la mesure, assure que les économies permettront "
    "de maintenir le bibliobus dans les villages isolés.",
]


def article(texts, language):
    segs = [Segment(i, t) for i, t in enumerate(texts)]
    return Article(source="mem", title=texts[0], language=language, text="\n\n".join(texts), segments=segs)


def pairs(links):
    return sorted((tuple(l.original), tuple(l.derivative)) for l in links)


def test_two_unlinked_paragraphs_from_different_places_merged_into_one_are_linked(tmp_path):
    links = [Link([0], [0], 0.8), Link([1], [1], 0.8), Link([3], [2], 0.8), Link([4], [3], 0.8)]
    out = attach_by_sentences(article(EN, "en"), article(FR, "fr"), links, Encoder(tmp_path))
    assert ((2, 5), (4,)) in pairs(out)


def test_a_far_paragraph_merged_into_a_linked_one_joins_its_link(tmp_path):
    links = [Link([0], [0], 0.8), Link([1], [1], 0.8), Link([3], [2], 0.8), Link([4], [3], 0.8), Link([2], [4], 0.6)]
    out = attach_by_sentences(article(EN, "en"), article(FR, "fr"), links, Encoder(tmp_path))
    assert ((2, 5), (4,)) in pairs(out)


def test_a_dropped_paragraph_whose_subject_echoes_elsewhere_stays_unlinked(tmp_path):
    fr = FR[:4] + [FR[4].split(". ")[0] + "."]
    links = [Link([0], [0], 0.8), Link([1], [1], 0.8), Link([3], [2], 0.8), Link([4], [3], 0.8), Link([2], [4], 0.6)]
    out = attach_by_sentences(article(EN, "en"), article(fr, "fr"), links, Encoder(tmp_path))
    assert pairs(out) == pairs(links)


def test_a_paragraph_caught_in_a_merge_leaves_it_for_its_moved_rendering(tmp_path):
    # The rewrite kept paragraph 4's figure at the very end; the aligner merged 3 and 4.
    fr = FR[:3] + [FR[4], FR[3]]
    links = [Link([0], [0], 0.8), Link([1], [1], 0.8), Link([3, 4], [2], 0.5), Link([2, 5], [3], 0.6)]
    out = attach_by_sentences(article(EN, "en"), article(fr, "fr"), links, Encoder(tmp_path))
    assert ((3,), (2,)) in pairs(out) and ((4,), (4,)) in pairs(out)


def test_a_dropped_paragraph_that_echoes_the_headline_is_not_folded_into_the_headlines_link(tmp_path):
    en = EN + ["Brelford is one of several towns in the county to cut library hours on Sundays this year."]
    fr = ["Brelford fermera sa bibliothèque le dimanche"] + FR[1:4] + [FR[4]]
    links = [Link([0], [0], 0.8), Link([1], [1], 0.8), Link([3], [2], 0.8), Link([4], [3], 0.8), Link([2, 5], [4], 0.6)]
    out = attach_by_sentences(article(en, "en"), article(fr, "fr"), links, Encoder(tmp_path))
    assert ((0,), (0,)) in pairs(out)
