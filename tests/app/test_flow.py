"""Reading order of links and link-based scroll mapping (pure functions)."""

from __future__ import annotations

import pytest

from diptych.app.flow import anchors, drop_reentrant, map_position, sync_point
from diptych.engine.order import moved_links
from diptych.engine.model import Link


def links(*pairs):
    return [Link(list(o), list(d), 0.8) for o, d in pairs]


@pytest.mark.parametrize(
    ("pairs", "moved"),
    [
        ([], set()),
        ((([0], [0]), ([1], [1]), ([2], [2])), set()),  # same order
        ((([0], [0]), ([1], [2]), ([2], [1])), {1}),  # a swap: one of the two moved
        ((([0], [1]), ([1], [2]), ([2], [3]), ([3], [0])), {3}),  # last paragraph moved to the top
        ((([0, 1], [0]), ([2], [1, 2]), ([3], [3])), set()),  # merges and splits keep order
        ((([5], [0]), ([0], [1]), ([1], [2]), ([2], [3])), {0}),  # a conclusion moved up front
    ],
)
def test_moved_links_are_those_outside_the_longest_order_keeping_chain(pairs, moved):
    assert moved_links(links(*pairs)) == moved


def test_anchors_drop_points_that_would_run_backwards():
    points = anchors([(0, 10, 0, 20), (10, 20, 5, 8), (20, 30, 20, 40)], 30, 40)
    xs, ys = zip(*points)
    assert list(xs) == sorted(xs) and list(ys) == sorted(ys)
    assert points[-1] == (30, 40)


@pytest.mark.parametrize(
    ("y", "expected"),
    [(0, 0), (50, 100), (100, 200), (150, 250), (200, 300), (260, 360)],
)
def test_map_position_interpolates_between_anchor_points(y, expected):
    points = [(0.0, 0.0), (100.0, 200.0), (200.0, 300.0)]
    assert map_position(y, points) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("value", "maximum", "height", "expected"),
    [(0, 1000, 400, (0.0, 0.0)), (1000, 1000, 400, (1400.0, 1.0)), (500, 1000, 400, (700.0, 0.5)), (0, 0, 400, (0.0, 0.0))],
)
def test_sync_point_slides_from_the_top_line_to_the_last(value, maximum, height, expected):
    assert sync_point(value, maximum, height) == expected


def test_drop_reentrant_ignores_nested_calls_but_not_later_ones():
    class Pane:
        def __init__(self):
            self.calls = 0
            self.peer = None

        @drop_reentrant
        def scrolled(self):
            self.calls += 1
            self.scrolled()  # what a scroll signal bouncing back would do

    pane = Pane()
    pane.scrolled()
    pane.scrolled()
    assert pane.calls == 2


@pytest.mark.parametrize(
    ("ids", "expected"),
    [([], []), ([4], [[4]]), ([2, 3], [[2, 3]]), ([7, 2, 3], [[2, 3], [7]]), ([1, 3, 5], [[1], [3], [5]])],
)
def test_a_group_is_drawn_as_runs_of_adjacent_paragraphs(ids, expected):
    from diptych.app.linkmap import runs

    assert runs(ids) == expected
