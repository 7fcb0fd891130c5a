"""The aligner on hand-made score tables: what it links and what it leaves alone.

Scores here are normalised similarities (1 = same meaning, 0 = unrelated), the
scale ``score_groups`` produces, so these tests pin the aligner's logic without
loading the encoder.
"""

import numpy as np
import pytest

from diptych.engine.align import AlignParams, align
from diptych.engine.score import GroupScores, group_shapes


def table(n, m, pairs, groups=(), noise=0.0):
    """Scores with 0.9 on the given 1-1 pairs and on the given (i, a, j, b) groups."""
    shapes = group_shapes(4, 5)
    matrix = {}
    for a, b in shapes:
        if a > n or b > m:
            continue
        matrix[(a, b)] = np.full((n - a + 1, m - b + 1), noise, dtype=np.float32)
    for i, j in pairs:
        matrix[(1, 1)][i, j] = 0.9
    for i, a, j, b in groups:
        matrix[(a, b)][i, j] = 0.9
    return GroupScores(n=n, m=m, shapes=[s for s in shapes if s in matrix], matrix=matrix)


def as_pairs(groups):
    return [(list(g.original), list(g.derivative)) for g in groups]


def test_a_faithful_copy_links_every_segment_one_to_one():
    links = align(table(5, 5, [(i, i) for i in range(5)]))
    assert as_pairs(links) == [([i], [i]) for i in range(5)]


def test_unrelated_segments_stay_unlinked():
    assert align(table(4, 4, [])) == []


def test_a_dropped_and_an_inserted_segment_are_left_out_of_the_links():
    # original 2 dropped; derivative 1 inserted
    links = align(table(4, 4, [(0, 0), (1, 2), (3, 3)]))
    assert as_pairs(links) == [([0], [0]), ([1], [2]), ([3], [3])]


def test_a_moved_paragraph_is_linked_where_it_went():
    # original 4 moved to the top of the derivative
    pairs = [(4, 0), (0, 1), (1, 2), (2, 3), (3, 4)]
    links = align(table(5, 5, pairs))
    assert sorted(as_pairs(links)) == sorted(([i], [j]) for i, j in pairs)


def test_a_moved_block_of_paragraphs_is_found_as_a_second_layer():
    # derivative = original[3:6] + original[0:3]
    pairs = [(3, 0), (4, 1), (5, 2), (0, 3), (1, 4), (2, 5)]
    links = align(table(6, 6, pairs))
    assert sorted(as_pairs(links)) == sorted(([i], [j]) for i, j in pairs)


@pytest.mark.parametrize(
    "group, expected",
    [
        ((1, 2, 1, 1), ([1, 2], [1])),  # merge: original 1+2 -> derivative 1
        ((1, 1, 1, 2), ([1], [1, 2])),  # split: original 1 -> derivative 1+2
        ((0, 1, 0, 3), ([0], [0, 1, 2])),  # one paragraph split in three
    ],
)
def test_merges_and_splits_become_one_group(group, expected):
    i, a, j, b = group
    n = 4 if a == 2 else 3
    m = 3 if a == 2 else (4 if b == 2 else 5)
    pairs = [(0, 0)] if i == 1 else []
    # The parts score less than the whole, as halves of a translation do.
    t = table(n, m, pairs, groups=[group], noise=0.0)
    for k in range(a):
        for l in range(b):
            t.matrix[(1, 1)][i + k, j + l] = 0.45
    links = as_pairs(align(t))
    assert expected in links


def test_a_merge_is_not_preferred_when_the_parts_match_one_to_one():
    t = table(2, 2, [(0, 0), (1, 1)])
    t.matrix[(2, 1)][0, 0] = 0.7
    t.matrix[(1, 2)][0, 0] = 0.7
    assert as_pairs(align(t)) == [([0], [0]), ([1], [1])]


def test_one_layer_keeps_strict_order():
    pairs = [(4, 0), (0, 1), (1, 2), (2, 3), (3, 4)]
    links = align(table(5, 5, pairs), AlignParams(layers=1))
    assert ([4], [0]) not in as_pairs(links)
    assert len(links) == 4


def test_small_pairs_are_one_block():
    from diptych.engine.align import split_at_anchors

    assert split_at_anchors(np.eye(5), max_cells=100) == [(range(5), range(5))]


def test_long_pairs_are_cut_at_order_keeping_anchors_that_cover_both_sides():
    from diptych.engine.align import split_at_anchors

    n, m = 400, 420
    cos = np.zeros((n, m))
    for i in range(n):
        cos[i, i + i // 20] = 0.9  # one insertion every 20 lines
    blocks = split_at_anchors(cos, max_cells=100 * 100)
    assert len(blocks) > 3
    assert blocks[0][0].start == 0 and blocks[-1][0].stop == n and blocks[-1][1].stop == m
    for (r1, c1), (r2, c2) in zip(blocks, blocks[1:]):
        assert r1.stop == r2.start and c1.stop == c2.start
    for rows, cols in blocks:  # every true pair stays inside one block
        for i in rows:
            assert (i + i // 20) in cols


def test_a_text_repeated_twice_is_never_cut_at_a_line_that_matches_both_copies():
    from diptych.engine.align import split_at_anchors

    rng = np.random.default_rng(7)
    half = rng.uniform(0.0, 0.3, (200, 200))
    np.fill_diagonal(half, 0.9)
    cos = np.block([[half, half], [half, half]])  # every line has two equal partners
    assert split_at_anchors(cos, max_cells=100 * 100) == [(range(400), range(400))]


def test_a_short_split_half_that_embeds_poorly_is_folded_into_its_group():
    t = table(2, 3, [(0, 0), (1, 2)])
    t.matrix[(1, 2)][0, 0] = 0.92  # original 0 says derivative 0+1 at least as well
    assert ([0], [0, 1]) in as_pairs(align(t))


def test_added_framing_next_to_a_link_is_not_folded_in():
    t = table(2, 3, [(0, 0), (1, 2)])
    t.matrix[(1, 2)][0, 0] = 0.6  # the group with derivative 1 says much less
    assert as_pairs(align(t)) == [([0], [0]), ([1], [2])]


def test_a_moved_paragraph_is_not_paired_with_a_weak_neighbour_that_keeps_order():
    # derivative = [C', A', B', X]: X is framing loosely about C's topic
    t = table(3, 4, [(2, 0), (0, 1), (1, 2)])
    t.matrix[(1, 1)][2, 3] = 0.3
    assert sorted(as_pairs(align(t))) == [([0], [1]), ([1], [2]), ([2], [0])]


def with_opinions(main, light, neighbours):
    return GroupScores(
        n=main.n, m=main.m, shapes=main.shapes, matrix=main.matrix,
        opinions={"light_length": light.matrix, "neighbours": neighbours.matrix},
    )


def test_two_opinions_that_agree_on_a_group_outvote_the_first_alignment():
    # The first view splits 0-1 x 0-1 into two 1-1 links; the other two see one 2-2 group.
    split = table(3, 3, [(0, 0), (1, 1), (2, 2)])
    merged = table(3, 3, [(2, 2)], groups=[(0, 2, 0, 2)])
    links = align(with_opinions(split, merged, merged), AlignParams(layers=1))
    assert as_pairs(links) == [([0, 1], [0, 1]), ([2], [2])]


def test_a_lone_dissenting_opinion_does_not_change_the_alignment():
    split = table(3, 3, [(0, 0), (1, 1), (2, 2)])
    merged = table(3, 3, [(2, 2)], groups=[(0, 2, 0, 2)])
    links = align(with_opinions(split, split, merged), AlignParams(layers=1))
    assert as_pairs(links) == [([0], [0]), ([1], [1]), ([2], [2])]
