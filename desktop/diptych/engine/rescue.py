"""Fold an unlinked paragraph into its neighbour's link when one of its sentences is there.

Paragraph scores weigh whole paragraphs: when a rewrite merges two paragraphs and cuts
one of them down to a sentence (or splits one and rewrites a half), the short part
says too little of the long one for the paragraph score to link it, and the aligner
leaves it unlinked: an "omitted" paragraph that is in fact half there. Sentences settle
it: if a sentence on the other side of the neighbouring link says what the unlinked
paragraph says, and nothing already in that link says it, the paragraph belongs to
the link. What the rewrite cut from it is then the span analysis's business.
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

UNEXPLAINED = 0.15
"""How much better the unlinked paragraph must explain that sentence than the link's own
members do: a sentence the link already renders is no evidence."""

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
    wanted = {
        s
        for side, seg, link in plans
        for s in sentences_of(side, seg)
        + [t for m in link.original for t in sentences_of("o", m)]
        + [t for m in link.derivative for t in sentences_of("d", m)]
    }
    order = sorted(wanted)
    vectors = dict(zip(order, encoder.encode(order)))

    def matrix(texts_: list[str]) -> np.ndarray:
        return np.array([vectors[t] for t in texts_]) if texts_ else np.zeros((0, 512), dtype=np.float32)

    taken: set[tuple[str, int]] = set()
    for side, seg, link in plans:
        if (side, seg) in taken:
            continue
        member = "original" if side == "o" else "derivative"
        other_side, counterpart = ("d", "derivative") if side == "o" else ("o", "original")
        members = getattr(link, member)
        if len(members) >= MAX_GROUP:
            continue
        there = matrix([t for m in getattr(link, counterpart) for t in sentences_of(other_side, m)])
        mine = matrix([t for m in members for t in sentences_of(side, m)])
        candidate = matrix(sentences_of(side, seg))
        if not len(there) or not len(candidate):
            continue
        claim = (there @ candidate.T).max(axis=1)
        explained = (there @ mine.T).max(axis=1) if len(mine) else np.zeros(len(there))
        if np.any((claim >= CLAIM) & (claim - explained >= UNEXPLAINED)):
            members.append(seg)
            members.sort()
            taken.add((side, seg))
    return sorted(links, key=lambda l: (l.derivative[0], l.original[0]))
