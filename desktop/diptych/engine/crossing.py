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
from collections.abc import Sequence

from diptych.engine.model import Link

MAX_SIDE = 3
"""Segments per side of a merged link (Text+Berg de-fr dev: every merge that crossed
this was wrong)."""

MAX_GROUP = 4
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


def merge_crossing_links(
    links: list[Link], original_texts: dict[int, str], derivative_texts: dict[int, str]
) -> list[Link]:
    """Links (sorted in reading order of the derivative) with every crossed boundary merged.

    Two links are neighbours when they are consecutive on both sides: the second starts
    right after the first, in the original and in the derivative, in the order of the
    segment ids."""
    o_order = {seg: k for k, seg in enumerate(sorted(original_texts))}
    d_order = {seg: k for k, seg in enumerate(sorted(derivative_texts))}

    def tokens(ids: Sequence[int], texts: dict[int, str]) -> set[str]:
        return set().union(*(anchor_tokens(texts[i]) for i in ids))

    merged: list[Link] = []
    for link in links:
        if merged and _neighbours(merged[-1], link, o_order, d_order):
            first = merged[-1]
            if (
                len(first.original) + len(link.original) <= MAX_SIDE
                and len(first.derivative) + len(link.derivative) <= MAX_SIDE
            ):
                o1, o2 = tokens(first.original, original_texts), tokens(link.original, original_texts)
                d1, d2 = tokens(first.derivative, derivative_texts), tokens(link.derivative, derivative_texts)
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


def _neighbours(first: Link, second: Link, o_order: dict[int, int], d_order: dict[int, int]) -> bool:
    return (
        o_order[second.original[0]] == o_order[first.original[-1]] + 1
        and d_order[second.derivative[0]] == d_order[first.derivative[-1]] + 1
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
    o_ids, d_ids = sorted(original_texts), sorted(derivative_texts)
    linked_o = {i for link in links for i in link.original}
    linked_d = {j for link in links for j in link.derivative}

    def tokens(ids, texts) -> set[str]:
        return set().union(*(anchor_tokens(texts[i]) for i in ids)) if ids else set()

    def orphans(ids: list[int], order: list[int], linked: set[int]) -> list[int]:
        pos = {seg: k for k, seg in enumerate(order)}
        out = []
        for k in (pos[ids[0]] - 1, pos[ids[-1]] + 1):
            if 0 <= k < len(order) and order[k] not in linked:
                out.append(order[k])
        return out

    out: list[Link] = []
    for link in links:
        o_new = [i for i in orphans(link.original, o_ids, linked_o)]
        d_new = [j for j in orphans(link.derivative, d_ids, linked_d)]
        o_tok = tokens(link.original, original_texts)
        d_tok = tokens(link.derivative, derivative_texts)
        o_orph = {i: anchor_tokens(original_texts[i]) for i in o_new}
        d_orph = {j: anchor_tokens(derivative_texts[j]) for j in d_new}
        o_take = [i for i, t in o_orph.items() if (t - o_tok) & (d_tok | set().union(*d_orph.values()))]
        d_take = [j for j, t in d_orph.items() if (t - d_tok) & (o_tok | set().union(*o_orph.values()))]
        if o_take or d_take:
            original = sorted(link.original + o_take)
            derivative = sorted(link.derivative + d_take)
            if len(original) <= MAX_GROUP and len(derivative) <= MAX_GROUP:
                linked_o.update(o_take)
                linked_d.update(d_take)
                link = Link(original=original, derivative=derivative, score=link.score)
        out.append(link)
    return out
