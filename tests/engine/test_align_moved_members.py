"""A paragraph caught inside a merge while its own rendering sits elsewhere.

Rewrites gather paragraphs from different places into one and move others far away.
The order-keeping pass may then swallow a paragraph into its neighbours' merge even
though its own, better rendering moved: the merge keeps order, the real partner does
not. A member whose best match is an unlinked segment that matches it best in return
leaves the group for that segment; the rest of the group stays linked, even if it is
no longer contiguous (the rewrite merged the paragraphs around the one that moved).
"""

from test_align import as_pairs, table

from diptych.engine.align import AlignParams, align

PARAGRAPHS = AlignParams(skip_cost=0.35, layers=4, size_exponent=0.85, attach_tolerance=None)


def moved_out_of_a_merge():
    # original A B C D E; derivative D' A' B' (C+E)': D moved to the front,
    # C and E merged at the end; the order-keeping pass sees C+D+E -> last.
    t = table(5, 4, [(3, 0), (0, 1), (1, 2)])
    t.matrix[(1, 1)][2, 3] = 0.6
    t.matrix[(1, 1)][4, 3] = 0.6
    t.matrix[(1, 1)][3, 3] = 0.3
    t.matrix[(3, 1)][2, 3] = 0.75
    return t


def test_a_paragraph_that_moved_leaves_the_merge_it_was_caught_in():
    links = sorted(as_pairs(align(moved_out_of_a_merge(), PARAGRAPHS)))
    assert links == [([0], [1]), ([1], [2]), ([2, 4], [3]), ([3], [0])]


def test_a_merge_member_stays_when_its_better_match_is_claimed_by_another():
    t = moved_out_of_a_merge()
    t.matrix[(1, 1)][1, 0] = 0.95  # derivative 0 renders B better still: not D's partner
    links = as_pairs(align(t, PARAGRAPHS))
    assert ([3], [0]) not in links


def test_a_merge_member_stays_when_its_match_elsewhere_is_weaker_than_the_merge():
    t = moved_out_of_a_merge()
    t.matrix[(1, 1)][3, 0] = 0.5
    links = as_pairs(align(t, PARAGRAPHS))
    assert ([3], [0]) not in links and ([2, 3, 4], [3]) in links
