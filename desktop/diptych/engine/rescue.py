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

from diptych.engine.boilerplate import is_headline_like
from diptych.engine.model import Article, Link
from diptych.engine.score import Encoder
from diptych.engine.sentences import sentence_spans

CLAIM = 0.4
"""Cosine above which a sentence renders the unlinked paragraph (a cut-down translation of
a news sentence scores 0.5-0.55, a short one such as "Business groups welcomed the move."
0.42; unrelated sentences of one article mostly stay under 0.3)."""

MAX_GROUP = 4
"""Segments per side of a link, as the aligner allows."""

GAP_FLOOR = 0.4
"""Paragraph cosine above which the one unlinked paragraph on each side of a gap between
two consecutive links may render each other (a faithful French rendering of a two-sentence
English paragraph, merged into one sentence, scored 0.47). Not the separator: in the corpus's
34 such gaps, a dropped paragraph and the framing added in its place scored up to 0.475; what
set the one gold-linked gap apart was that each paragraph matched the other best in the two
articles (margin +0.02), which no dropped/added pair did (best: -0.02)."""

FAR_FLOOR = 0.35
"""Paragraph cosine above which two unlinked paragraphs anywhere in the articles may render
each other (a heavy rewording moved away from its place: 0.38-0.47 in the corpus)."""

FAR_MARGIN = 0.05
"""How much better than either paragraph's second-best match the pair must score. Away from
a gap there is no position to vouch for the pair: a dropped paragraph and framing on its
subject were each other's best match in three rewrites of the corpus, by at most 0.016; the
renderings by 0.076 to 0.119."""


@dataclass
class _Side:
    ids: list[int]  # content segment ids in reading order

    def neighbours(self, seg: int) -> list[int]:
        k = self.ids.index(seg)
        return [self.ids[i] for i in (k - 1, k + 1) if 0 <= i < len(self.ids)]


def attach_by_sentences(
    original: Article, derivative: Article, links: list[Link], encoder: Encoder
) -> list[Link]:
    """The links, with unlinked paragraphs folded into a neighbouring link on sentence evidence."""
    sides = {
        "o": _Side([s.id for s in original.content_segments]),
        "d": _Side([s.id for s in derivative.content_segments]),
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
    linked = {
        "o": {seg for l in links for seg in l.original},
        "d": {seg for l in links for seg in l.derivative},
    }
    unlinked_o = [seg for seg in sides["o"].ids if seg not in linked["o"]]
    unlinked_d = [seg for seg in sides["d"].ids if seg not in linked["d"]]
    if not unlinked_o and not unlinked_d:
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
    # Pairs of sentences that are each other's best match across both articles.
    first = np.arange(sim.shape[0])
    best_d = sim.argmax(axis=1)
    keep = (sim.argmax(axis=0)[best_d] == first) & (sim[first, best_d] >= CLAIM)
    mutual = np.zeros(sim.shape, dtype=bool)
    mutual[first[keep], best_d[keep]] = True

    def rows(side: str, segs: list[int]) -> list[int]:
        return [k for k, (seg, _) in enumerate(every[side]) if seg in segs]

    def rendered_in(side: str, seg: int, hosts: list[list[int]]) -> list[int] | None:
        """The group of the other side's paragraphs that holds the best matches of at least
        half of seg's sentences (the closest, if two do), or None."""
        mine = rows(side, [seg])
        other = "d" if side == "o" else "o"
        found = []
        for k in mine:
            hit = np.nonzero(mutual[k] if side == "o" else mutual[:, k])[0]
            if len(hit):
                j = int(hit[0])
                found.append((every[other][j][0], float(sim[k, j] if side == "o" else sim[j, k])))
        held = [
            (sum(v for f, v in found if f in h), i)
            for i, h in enumerate(hosts)
            if mine and 2 * sum(f in h for f, _ in found) >= len(mine)
        ]
        return hosts[max(held)[1]] if held else None

    # A headline sums up the story: a dropped paragraph may echo it, so a headline's link
    # takes in nothing from afar.
    heads = {side: sides[side].ids[0] for side in ("o", "d")
             if sides[side].ids and is_headline_like(texts[(side, sides[side].ids[0])])}

    def headed(link: Link) -> bool:
        return heads.get("o") in link.original or heads.get("d") in link.derivative

    taken: set[tuple[str, int]] = set()
    links = _peel_by_sentences(
        links, [("o", x) for x in unlinked_o] + [("d", x) for x in unlinked_d], rendered_in, rows, mutual, taken, headed
    )
    linked = {
        "o": {seg for l in links for seg in l.original},
        "d": {seg for l in links for seg in l.derivative},
    }
    plans: list[tuple[str, int, Link]] = []
    for side in ("o", "d"):
        member = "original" if side == "o" else "derivative"
        for seg in sides[side].ids:
            if seg in linked[side]:
                continue
            for near in sides[side].neighbours(seg):
                link = next((l for l in links if near in getattr(l, member)), None)
                if link is not None and len(getattr(link, member)) < MAX_GROUP:
                    plans.append((side, seg, link))
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
        o_rows, d_rows = (mine, there) if side == "o" else (there, mine)
        if mutual[np.ix_(o_rows, d_rows)].any():
            members.append(seg)
            members.sort()
            taken.add((side, seg))
    # A paragraph merged into one far from it: most of its sentences are rendered in
    # one linked paragraph elsewhere (its neighbours' links were tried above). A fold
    # can make a link the host of another paragraph of the same merge: try again.
    grown = True
    while grown:
        grown = False
        for side, unlinked in (("o", unlinked_o), ("d", unlinked_d)):
            member = "original" if side == "o" else "derivative"
            counterpart = "derivative" if side == "o" else "original"
            for seg in unlinked:
                if (side, seg) in taken or seg in {x for l in links for x in getattr(l, member)}:
                    continue
                found = rendered_in(side, seg, [getattr(l, counterpart) for l in links if not headed(l)])
                host = next((l for l in links if getattr(l, counterpart) is found), None)
                if host is not None and len(getattr(host, member)) < MAX_GROUP:
                    getattr(host, member).append(seg)
                    getattr(host, member).sort()
                    taken.add((side, seg))
                    grown = True
    links += _pair_unlinked(
        [seg for seg in unlinked_o if ("o", seg) not in taken],
        [seg for seg in unlinked_d if ("d", seg) not in taken],
        every, sim, mutual, sides,
    )
    links += _pair_gaps(links, sides, texts, encoder)
    links += _pair_far(links, sides, texts, encoder, heads)
    return sorted(links, key=lambda l: (l.derivative[0], l.original[0]))


def _peel_by_sentences(links, unlinked, rendered_in, rows, mutual, taken, headed) -> list[Link]:
    """Take a paragraph out of a merge when its sentences are rendered by an unlinked paragraph.

    The paragraph aligner may fold a paragraph into its neighbours' merge while its own,
    cut-down rendering moved out of order and scores too low as a paragraph. If most
    sentences of an unlinked paragraph find their best match in one member of a merge,
    and none of that member's sentences is rendered by the merge's other side, the member
    leaves the merge for the unlinked paragraph.
    """
    for side, seg in unlinked:
        if (side, seg) in taken:
            continue
        member = "original" if side == "o" else "derivative"
        counterpart = "derivative" if side == "o" else "original"
        if seg in {x for l in links for x in getattr(l, member)}:
            continue
        candidates = [[k] for l in links if len(getattr(l, counterpart)) > 1 and not headed(l) for k in getattr(l, counterpart)]
        found = rendered_in(side, seg, candidates)
        if not found:
            continue
        (k,) = found
        host = next(l for l in links if k in getattr(l, counterpart))
        other = "d" if side == "o" else "o"
        k_rows = rows(other, [k])
        host_rows = rows(side, getattr(host, member))
        o_rows, d_rows = (host_rows, k_rows) if side == "o" else (k_rows, host_rows)
        if mutual[np.ix_(o_rows, d_rows)].any():
            continue
        getattr(host, counterpart).remove(k)
        pair = ([seg], [k]) if side == "o" else ([k], [seg])
        links.append(Link(pair[0], pair[1], host.score))
        taken.add((side, seg))
    return links


def _pair_gaps(links: list[Link], sides: dict[str, _Side], texts, encoder: Encoder) -> list[Link]:
    """A link for the one unlinked paragraph on each side between the same two consecutive links.

    A translation that renders a paragraph in other words (two sentences merged into one)
    can score too low as a paragraph and too low sentence by sentence. When it sits alone
    between two links, opposite an unlinked paragraph of the original, and the two are each
    other's best match among all paragraphs of both articles (above GAP_FLOOR), it renders
    that paragraph. A dropped paragraph and framing added in its place on the same subject
    still match something else better (the paragraph the framing paraphrases, or the one
    the dropped paragraph was about): they stay an omission and an addition.
    """
    o_ids, d_ids = sides["o"].ids, sides["d"].ids
    if not links or not o_ids or not d_ids:
        return []
    o_pos = {seg: k for k, seg in enumerate(o_ids)}
    d_pos = {seg: k for k, seg in enumerate(d_ids)}
    spans = []
    for l in links:
        if not all(s in o_pos for s in l.original) or not all(s in d_pos for s in l.derivative):
            return []
        spans.append((min(o_pos[s] for s in l.original), max(o_pos[s] for s in l.original),
                      min(d_pos[s] for s in l.derivative), max(d_pos[s] for s in l.derivative)))
    spans.sort(key=lambda t: (t[2], t[0]))
    linked_o = {o_pos[s] for l in links for s in l.original}
    linked_d = {d_pos[s] for l in links for s in l.derivative}
    candidates = []
    for a, b in zip(spans, spans[1:]):
        if b[0] <= a[1] or b[2] <= a[3]:
            continue  # not consecutive in both orders
        gap_o = list(range(a[1] + 1, b[0]))
        gap_d = list(range(a[3] + 1, b[2]))
        if len(gap_o) == 1 and len(gap_d) == 1 and gap_o[0] not in linked_o and gap_d[0] not in linked_d:
            candidates.append((gap_o[0], gap_d[0]))
    if not candidates:
        return []
    vectors = encoder.encode([texts[("o", s)] for s in o_ids] + [texts[("d", s)] for s in d_ids])
    P = vectors[: len(o_ids)] @ vectors[len(o_ids):].T
    out = []
    for i, j in candidates:
        p = P[i, j]
        if p >= GAP_FLOOR and int(P[i].argmax()) == j and int(P[:, j].argmax()) == i:
            if (P[i] >= p).sum() == 1 and (P[:, j] >= p).sum() == 1:
                out.append(Link([o_ids[i]], [d_ids[j]], float(p)))
    return out


def _pair_far(links: list[Link], sides: dict[str, _Side], texts, encoder: Encoder, heads: dict[str, int]) -> list[Link]:
    """A link for two unlinked paragraphs, wherever they are, that are clearly each other's best match.

    A rewrite may reword a paragraph heavily and move it: it scores too low for the
    aligner, no sentence of it is near enough to one of the original, and it sits in no
    gap. If the two paragraphs are each other's best match among all paragraphs of both
    articles by a clear margin (FAR_MARGIN) above FAR_FLOOR, one renders the other.
    """
    o_ids, d_ids = sides["o"].ids, sides["d"].ids
    linked_o = {s for l in links for s in l.original}
    linked_d = {s for l in links for s in l.derivative}
    free_o = [k for k, s in enumerate(o_ids) if s not in linked_o and s != heads.get("o")]
    free_d = [k for k, s in enumerate(d_ids) if s not in linked_d and s != heads.get("d")]
    if not free_o or not free_d or len(o_ids) < 2 or len(d_ids) < 2:
        return []
    vectors = encoder.encode([texts[("o", s)] for s in o_ids] + [texts[("d", s)] for s in d_ids])
    P = vectors[: len(o_ids)] @ vectors[len(o_ids):].T
    out = []
    for i in free_o:
        j = int(P[i].argmax())
        if j not in free_d or int(P[:, j].argmax()) != i or P[i, j] < FAR_FLOOR:
            continue
        second = max(np.partition(P[i], -2)[-2], np.partition(P[:, j], -2)[-2])
        if P[i, j] - second >= FAR_MARGIN:
            out.append(Link([o_ids[i]], [d_ids[j]], float(P[i, j])))
    return out


def _pair_unlinked(unlinked_o, unlinked_d, every, sim, mutual, sides) -> list[Link]:
    """New links between unlinked paragraphs whose sentences render each other.

    A paragraph split into sentences of its own (or a translation that embeds poorly as a
    whole) can score too low as a paragraph while each sentence finds its rendering. Most
    sentences on both sides must be each other's best match: a dropped paragraph and a
    paragraph of framing on the same subject share a sentence at most. One paragraph may
    render paragraphs that were far apart (a rewrite brings a reaction up to its quote).
    """
    o_set, d_set = set(unlinked_o), set(unlinked_d)
    edges: dict[tuple[str, int], set[tuple[str, int]]] = {}
    matched: dict[tuple[str, int], int] = {}
    for i, j in zip(*np.nonzero(mutual)):
        o_seg, d_seg = every["o"][i][0], every["d"][j][0]
        if o_seg in o_set and d_seg in d_set:
            edges.setdefault(("o", o_seg), set()).add(("d", d_seg))
            edges.setdefault(("d", d_seg), set()).add(("o", o_seg))
            matched[("o", o_seg)] = matched.get(("o", o_seg), 0) + 1
            matched[("d", d_seg)] = matched.get(("d", d_seg), 0) + 1
    out: list[Link] = []
    seen: set[tuple[str, int]] = set()
    for start in edges:
        if start in seen:
            continue
        component, todo = set(), [start]
        while todo:
            node = todo.pop()
            if node in component:
                continue
            component.add(node)
            todo += edges.get(node, ())
        seen |= component
        o_segs = sorted(seg for side, seg in component if side == "o")
        d_segs = sorted(seg for side, seg in component if side == "d")
        if len(o_segs) > MAX_GROUP or len(d_segs) > MAX_GROUP:
            continue
        # One paragraph may gather paragraphs from anywhere (or be split and scattered);
        # many to many must be runs.
        runs = _contiguous(o_segs, sides["o"].ids) and _contiguous(d_segs, sides["d"].ids)
        if not runs and min(len(o_segs), len(d_segs)) > 1:
            continue
        counts = {side: {seg: sum(1 for s, _ in every[side] if s == seg) for seg in segs}
                  for side, segs in (("o", o_segs), ("d", d_segs))}
        if all(2 * matched[(side, seg)] >= counts[side][seg] for side in counts for seg in counts[side]):
            pairs = [sim[i, j] for i, j in zip(*np.nonzero(mutual)) if every["o"][i][0] in o_segs and every["d"][j][0] in d_segs]
            out.append(Link(o_segs, d_segs, float(np.mean(pairs))))
    return out


def _contiguous(segs: list[int], order: list[int]) -> bool:
    positions = [order.index(seg) for seg in segs]
    return positions == list(range(positions[0], positions[0] + len(positions)))
