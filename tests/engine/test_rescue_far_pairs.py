"""A heavily reworded paragraph that moved away from its place, on paragraph evidence alone."""

import pytest

from test_rescue_gaps import EN, FR, FRAMING, article, pairs

from diptych.engine.model import Link
from diptych.engine.rescue import attach_by_sentences
from diptych.engine.score import Encoder

pytestmark = pytest.mark.slow

# The rewrite put framing where paragraph 2 was and its reworded paragraph 2 at the end.
MOVED = FR[:2] + [FRAMING] + FR[3:] + [FR[2]]
AROUND = [Link([0], [0], 0.8), Link([1], [1], 0.8), Link([3], [3], 0.8), Link([4], [4], 0.8)]


def test_a_reworded_paragraph_moved_to_the_end_is_linked_and_the_framing_is_not(tmp_path):
    out = attach_by_sentences(article(EN, "en"), article(MOVED, "fr"), AROUND, Encoder(tmp_path))
    assert pairs(out) == pairs(AROUND + [Link([2], [5], 0.5)])


def test_framing_at_the_end_on_the_subject_of_a_dropped_paragraph_stays_unlinked(tmp_path):
    fr = FR[:2] + FR[3:] + [FRAMING]
    links = [Link([0], [0], 0.8), Link([1], [1], 0.8), Link([3], [2], 0.8), Link([4], [3], 0.8)]
    out = attach_by_sentences(article(EN, "en"), article(fr, "fr"), links, Encoder(tmp_path))
    assert pairs(out) == pairs(links)
