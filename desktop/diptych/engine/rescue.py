"""Fold an unlinked paragraph into its neighbour's link when one of its sentences is there.

Paragraph scores weigh whole paragraphs: when a rewrite merges two paragraphs and cuts
one of them down to a sentence (or splits one and rewrites a half), the short part
says too little of the long one for the paragraph score to link it, and the aligner
leaves it unlinked: an "omitted" paragraph that is in fact half there. Sentences settle
it: if a sentence on the other side of the neighbouring link and a sentence of the
unlinked paragraph are each other's best match in the two articles, the paragraph
belongs to the link (a sentence the link already renders has its own best match, and
framing added next to a link renders nothing). What the rewrite cut from it is then the span analysis's business.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from diptych.engine.model import Article, Link
from diptych.engine.score import Encoder
from diptych.engine.sentences import sentence_spans

CLAIM = 0.4
"""Cosine above which a sentence renders the unlinked paragraph (a cut-down translation of
a news sentence scores 0.5-0.55, a short one such as "Business groups welcomed the move."
0.42; unrelated sentences of one article mostly stay under 0.3)."""

MAX_GROUP = 4
"""Segments per side of a link, as the aligner allows."""


@dataclass
class _Side:
    article: Article
    ids: list[int]  # content segment ids in reading order

    def neighbours(self, seg: int) -> list[int]:
        k = self.ids.index(seg)
        return [self.ids[i] for i in (k - 1, k + 1) if 0 <= i < len(self.ids)]


def attach_by_sentences(
    original: Article, derivative: Article, links: list[Link], encoder: Encoder
) -> list[Link]:
    """The links, with unlinked paragraphs folded into a neighbouring link on sentence evidence."""
    sides = {
        "o": _Side(original, [s.id for s in original.content_segments]),
        "d": _Side(derivative, [s.id for s in derivative.content_segments]),
    }
    texts = {("o", s.id): s.text for s in original.segments} | {("d", s.id): s.text for s in derivative.segments}
    languages = {"o": original.language, "d": derivative.language}
    sentences: dict[tuple[str, int], list[str]] = {}

    def sentences_of(side: str, seg: int) -> list[str]:
        key = (side, seg)
        if key not in sentences:
            sentences[key] = [s.text for s in sentence_spans(seg, texts[key], languages[side])]
        return sentences[key]

    links = [Link(list(l.original), list(l.derivative), l.score) for l in links]
    plans: list[tuple[str, int, Link]] = []
    for side in ("o", "d"):
        member = "original" if side == "o" else "derivative"
        linked = {seg for l in links for seg in getattr(l, member)}
        for seg in sides[side].ids:
            if seg in linked:
                continue
            for near in sides[side].neighbours(seg):
                link = next((l for l in links if near in getattr(l, member)), None)
                if link is not None and len(getattr(link, member)) < MAX_GROUP:
                    plans.append((side, seg, link))
    if not plans:
        return links
    # Every sentence of both articles: a rendering must be each other's best match anywhere.
    every = {side: [(seg, t) for seg in sides[side].ids for t in sentences_of(side, seg)] for side in ("o", "d")}
    if not every["o"] or not every["d"]:
        return links
    order = sorted({t for side in every for _, t in every[side]})
    vectors = dict(zip(order, encoder.encode(order)))
    O = np.array([vectors[t] for _, t in every["o"]])
    D = np.array([vectors[t] for _, t in every["d"]])
    sim = O @ D.T
    best_d = sim.argmax(axis=1)  # for each original sentence, its best derivative sentence
    best_o = sim.argmax(axis=0)

    def rows(side: str, segs: list[int]) -> list[int]:
        return [k for k, (seg, _) in enumerate(every[side]) if seg in segs]

    taken: set[tuple[str, int]] = set()
    for side, seg, link in plans:
        if (side, seg) in taken:
            continue
        member = "original" if side == "o" else "derivative"
        counterpart = "derivative" if side == "o" else "original"
        members = getattr(link, member)
        if len(members) >= MAX_GROUP:
            continue
        mine = rows(side, [seg])
        there = rows("d" if side == "o" else "o", getattr(link, counterpart))
        for a in mine:
            for b in there:
                i, j = (a, b) if side == "o" else (b, a)
                if sim[i, j] >= CLAIM and best_d[i] == j and best_o[j] == i:
                    break
            else:
                continue
            members.append(seg)
            members.sort()
            taken.add((side, seg))
            break
    return sorted(links, key=lambda l: (l.derivative[0], l.original[0]))
