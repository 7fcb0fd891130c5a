"""The reading order of links: which ones moved, and how a position maps across.

Synchronised scrolling follows links, not pixels: the panes are aligned on the
links that keep their order (the main flow of the text), and positions between
them are interpolated. Links that break the order are "moved"; the link map draws
them so they stand out. Pure functions, tested as tables.
"""

from __future__ import annotations

import bisect
import functools
from typing import Callable, Sequence, TypeVar


F = TypeVar("F", bound=Callable[..., object])


def anchors(pairs: Sequence[tuple[float, float, float, float]], src_end: float, dst_end: float) -> list[tuple[float, float]]:
    """Monotone (source y, destination y) anchor points from link extents.

    ``pairs`` holds (src_top, src_bottom, dst_top, dst_bottom) of the links in
    order; points that would make the mapping go backwards on either side are
    dropped, so the interpolation is always monotone.
    """
    points = [(0.0, 0.0)]
    for s_top, s_bot, d_top, d_bot in sorted(pairs):
        for s, d in ((s_top, d_top), (s_bot, d_bot)):
            if s >= points[-1][0] and d >= points[-1][1]:
                if (s, d) != points[-1]:
                    points.append((s, d))
    if src_end >= points[-1][0] and dst_end >= points[-1][1]:
        points.append((src_end, dst_end))
    return points


def map_position(y: float, points: Sequence[tuple[float, float]]) -> float:
    """Destination y for source y, linear between anchor points, clamped at the ends."""
    if not points:
        return y
    xs = [p[0] for p in points]
    k = bisect.bisect_right(xs, y)
    if k == 0:
        return points[0][1]
    if k == len(points):
        return points[-1][1] + (y - points[-1][0])
    (s0, d0), (s1, d1) = points[k - 1], points[k]
    if s1 == s0:
        return d1
    return d0 + (y - s0) * (d1 - d0) / (s1 - s0)


def sync_point(value: int, maximum: int, viewport_height: int) -> tuple[float, float]:
    """The position in a pane that scrolling keeps aligned, and its fraction of the viewport.

    At the top of a document it is the top line, at the bottom the last line and in
    between it slides down the viewport, so both panes reach their ends together.
    """
    fraction = value / maximum if maximum > 0 else 0.0
    return value + fraction * viewport_height, fraction


def drop_reentrant(method: F) -> F:
    """Drop calls that arrive while the same method of the same object is running.

    Scrolling one pane scrolls the other, whose scroll signal would scroll the first
    back, and so on: the nested call is a side effect of our own work, not a user's
    action, so it is ignored.
    """
    flag = f"_reentrant_{method.__name__}"

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        if getattr(self, flag, False):
            return None
        setattr(self, flag, True)
        try:
            return method(self, *args, **kwargs)
        finally:
            setattr(self, flag, False)

    return wrapper  # type: ignore[return-value]
