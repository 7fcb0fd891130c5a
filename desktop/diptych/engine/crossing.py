"""Merge two neighbouring links when a name or number crosses the boundary between them.

Translators move sentence boundaries: "… first climbed in 1933 by E. M." / "Abalakov, and
often visited since." becomes "… first climbed in 1933 by E. M. Abalakov." / "Often
visited since." Sentence embeddings see two fair 1-1 pairs and cannot tell; the gold is one
2-2 link. Names and numbers are written the same in both languages, so they show it: when
a token of the second original segment turns up in the first derivative segment, and
neither the first original segment nor the second derivative segment has it (or the
mirror case), content crossed the boundary and the two links are one.

Only short links are merged: over longer runs a repeated name is as likely to be a
coincidence as a moved clause.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from diptych.engine.model import Link
from diptych.engine.score import ScoreParams

MAX_SIDE = 3
"""Segments per side of a merged link (Text+Berg de-fr dev: every merge that crossed
this was wrong)."""

MAX_GROUP = ScoreParams.max_group
"""Segments per side of a link grown by an orphan, as the aligner allows."""

_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_][\w'’-]*")


def anchor_tokens(text: str) -> set[str]:
    """Numbers of two digits or more and capitalised words of four letters or more: what a
    translation copies unchanged."""
    found = set()
    for token in _TOKEN.findall(text):
        if token[0].isdigit():
            digits = re.sub(r"\D", "", token)
            if len(digits) >= 2:
                found.add(digits)
        elif token[0].isupper() and len(token) >= 4:
            found.add(token)
    return found


@dataclass
class _Side:
    """One side's segments in reading order, with each segment's anchor tokens read once."""

    order: list[int]
    position: dict[int, int]
    tokens: dict[int, set[str]]

    @classmethod
    def of(cls, texts: dict[int, str]) -> _Side:
        order = sorted(texts)
        return cls(order, {seg: k for k, seg in enumerate(order)}, {seg: anchor_tokens(t) for seg, t in texts.items()})

    def union(self, ids: Iterable[int]) -> set[str]:
        return set().union(*(self.tokens[i] for i in ids))

    def next_to(self, ids: list[int]) -> list[int]:
        """The segments just before and just after a run of ids."""
        return [
            self.order[k]
            for k in (self.position[ids[0]] - 1, self.position[ids[-1]] + 1)
            if 0 <= k < len(self.order)
        ]


def merge_crossing_links(
    links: list[Link], original_texts: dict[int, str], derivative_texts: dict[int, str]
) -> list[Link]:
    """Links (sorted in reading order of the derivative) with every crossed boundary merged.

    Two links are neighbours when they are consecutive on both sides: the second starts
    right after the first, in the original and in the derivative, in the order of the
    segment ids."""
    o_side, d_side = _Side.of(original_texts), _Side.of(derivative_texts)
    merged: list[Link] = []
    for link in links:
        if merged and _neighbours(merged[-1], link, o_side, d_side):
            first = merged[-1]
            if (
                len(first.original) + len(link.original) <= MAX_SIDE
                and len(first.derivative) + len(link.derivative) <= MAX_SIDE
            ):
                o1, o2 = o_side.union(first.original), o_side.union(link.original)
                d1, d2 = d_side.union(first.derivative), d_side.union(link.derivative)
                if ((o2 & d1) - o1 - d2) or ((o1 & d2) - o2 - d1):
                    size1 = len(first.original) + len(first.derivative)
                    size2 = len(link.original) + len(link.derivative)
                    merged[-1] = Link(
                        original=first.original + link.original,
                        derivative=first.derivative + link.derivative,
                        score=(first.score * size1 + link.score * size2) / (size1 + size2),
                    )
                    continue
        merged.append(link)
    return merged


def _neighbours(first: Link, second: Link, o_side: _Side, d_side: _Side) -> bool:
    return (
        o_side.position[second.original[0]] == o_side.position[first.original[-1]] + 1
        and d_side.position[second.derivative[0]] == d_side.position[first.derivative[-1]] + 1
    )


def attach_anchored_orphans(
    links: list[Link], original_texts: dict[int, str], derivative_texts: dict[int, str]
) -> list[Link]:
    """Fold an unlinked segment into the link next to it when it carries a name or number
    that only the link's other side has.

    A reference cut into lines ("Alpine Journal, no. 293," / "Nov. 1956, p. 340.") or a
    sentence's tail broken off as its own line embeds too poorly to be linked on its own;
    the number or name it shares with the other side of its neighbour says where it
    belongs. An unlinked segment on the other side, next to the same link, counts as part
    of that side (two halves of one moved boundary)."""
    o_side, d_side = _Side.of(original_texts), _Side.of(derivative_texts)
    linked_o = {i for link in links for i in link.original}
    linked_d = {j for link in links for j in link.derivative}
    out: list[Link] = []
    for link in links:
        o_new = [i for i in o_side.next_to(link.original) if i not in linked_o]
        d_new = [j for j in d_side.next_to(link.derivative) if j not in linked_d]
        o_tok, d_tok = o_side.union(link.original), d_side.union(link.derivative)
        o_take = [i for i in o_new if (o_side.tokens[i] - o_tok) & (d_tok | d_side.union(d_new))]
        d_take = [j for j in d_new if (d_side.tokens[j] - d_tok) & (o_tok | o_side.union(o_new))]
        if o_take or d_take:
            original = sorted(link.original + o_take)
            derivative = sorted(link.derivative + d_take)
            if len(original) <= MAX_GROUP and len(derivative) <= MAX_GROUP:
                linked_o.update(o_take)
                linked_d.update(d_take)
                link = Link(original=original, derivative=derivative, score=link.score)
        out.append(link)
    return out
