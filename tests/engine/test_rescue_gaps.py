"""The one unlinked paragraph on each side between two consecutive links (a one-to-one gap)."""

import pytest

from diptych.engine.model import Article, Link, Segment
from diptych.engine.rescue import attach_by_sentences
from diptych.engine.score import Encoder

pytestmark = pytest.mark.slow

EN = [
    "Ferry operator cuts winter crossings",
    "The ferry operator serving the island of Varn will run two crossings a day instead of five from November, the company said on Tuesday.",
    "From next week the last boat leaves at 6 p.m. instead of 9 p.m. Islanders say they will protest.",
    "The company blamed rising fuel costs and a shortage of qualified crew.",
    "The island has about 1,200 permanent residents, many of whom work on the mainland.",
]
FR = [
    "L’armateur réduit les traversées d’hiver",
    "L’armateur qui dessert l’île de Varn n’assurera plus que deux traversées par jour au lieu de cinq à partir de novembre, a annoncé la compagnie mardi.",
    # Two sentences rendered as one, in other words: neither sentence of the original is
    # near enough to it on its own, and the paragraph scores low.
    "Dès la semaine prochaine, le dernier bateau appareillera à 18 heures et non plus à 21 heures, "
    "une décision contre laquelle les insulaires entendent se mobiliser.",
    "La compagnie invoque la hausse du prix du carburant et une pénurie d’équipages qualifiés.",
    "L’île compte environ 1 200 habitants permanents, dont beaucoup travaillent sur le continent.",
]
# Framing on the same subject, written where the rewrite dropped paragraph 2.
FRAMING = (
    "Ce n’est pas la première fois que la desserte de l’île est rognée : les liaisons maritimes "
    "se dégradent depuis des années, au grand dam des insulaires."
)
AROUND = [Link([0], [0], 0.8), Link([1], [1], 0.8), Link([3], [3], 0.8), Link([4], [4], 0.8)]


def article(texts, language):
    segs = [Segment(i, t) for i, t in enumerate(texts)]
    return Article(source="mem", title=texts[0], language=language, text="\n\n".join(texts), segments=segs)


def pairs(links):
    return sorted((tuple(l.original), tuple(l.derivative)) for l in links)


def test_a_paragraph_rendered_in_other_words_alone_between_two_links_is_linked(tmp_path):
    out = attach_by_sentences(article(EN, "en"), article(FR, "fr"), AROUND, Encoder(tmp_path))
    assert ((2,), (2,)) in pairs(out)


def test_framing_written_in_place_of_a_dropped_paragraph_stays_unlinked(tmp_path):
    fr = FR[:2] + [FRAMING] + FR[3:]
    out = attach_by_sentences(article(EN, "en"), article(fr, "fr"), AROUND, Encoder(tmp_path))
    assert pairs(out) == pairs(AROUND)


def test_in_a_gap_with_two_paragraphs_on_one_side_only_the_clear_rendering_is_linked(tmp_path):
    # Not a one-to-one gap: the rendering is linked as a clear best match (see
    # test_rescue_far_pairs), the framing beside it stays unlinked.
    fr = FR[:2] + [FR[2], FRAMING] + FR[3:]
    links = [Link([0], [0], 0.8), Link([1], [1], 0.8), Link([3], [4], 0.8), Link([4], [5], 0.8)]
    out = attach_by_sentences(article(EN, "en"), article(fr, "fr"), links, Encoder(tmp_path))
    assert pairs(out) == pairs(links + [Link([2], [2], 0.5)])
