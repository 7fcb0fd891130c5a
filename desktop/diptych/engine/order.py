"""Reading order: which links keep the original's order and which ones moved.

The aligner cuts long texts at order-keeping anchors, the window draws moved links
apart and scrolls on the ones in order, the report marks moved rows: all of them
ask the same question, answered here once.
"""

from __future__ import annotations

import bisect
from typing import Sequence

from diptych.engine.model import Link


def longest_increasing(keys: Sequence[int]) -> list[int]:
    """Positions of one longest strictly increasing run of ``keys`` (patience sorting)."""
    tails: list[int] = []  # key ending the best run of each length
    tail_at: list[int] = []  # its position
    back = [-1] * len(keys)
    for pos, key in enumerate(keys):
        k = bisect.bisect_left(tails, key)
        back[pos] = tail_at[k - 1] if k else -1
        if k == len(tails):
            tails.append(key)
            tail_at.append(pos)
        else:
            tails[k] = key
            tail_at[k] = pos
    chain = []
    pos = tail_at[-1] if tail_at else -1
    while pos >= 0:
        chain.append(pos)
        pos = back[pos]
    return chain[::-1]


def moved_links(links: Sequence[Link]) -> set[int]:
    """Indices of links that break reading order.

    The links read in the same order on both sides form the longest chain that
    increases in the original and in the derivative; every other link was moved.
    """
    order = sorted(
        (i for i, link in enumerate(links) if link.original and link.derivative),
        key=lambda i: (min(links[i].original), min(links[i].derivative)),
    )
    chain = longest_increasing([min(links[i].derivative) for i in order])
    kept = {order[p] for p in chain}
    return {i for i in order if i not in kept}
