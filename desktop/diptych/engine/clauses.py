"""Sentence alignment inside a linked group, and the sentences a rewrite added or dropped.

The aligner links paragraphs; inside an otherwise faithful paragraph a rewrite can slip
in a sentence of framing or drop one. Sentences of the two sides of a group are
aligned monotonically (1-1, 1-2, 2-1: translators split and merge sentences) on
encoder similarity; a derivative sentence left without a partner, and close to no
original sentence anywhere in the article, is ``added``; an original one, ``omitted``.
Neither when part of a sentence of its group's other side says the same: a merge the
alignment's block shapes missed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np

PAIR_THRESHOLD = 0.45
"""Below this cosine two sentences are not renderings of each other (translations of
news sentences score 0.79-0.88, unrelated ones <= 0.28)."""

NEW_CONTENT = 0.5
"""A sentence whose best match anywhere on the other side is below this is new content."""

MIN_WORDS = 4
"""Shorter sentences ("Nobody was hurt.") are too small to report alone, and the encoder
is least sure of them. A short comment ("That timetable looks ambitious.") or a dropped
detail ("She leaves two sons.") is worth reporting: with the merge check below, the
corpus's faithful, verbatim and real-translation cases stay clean down to 3 words."""


@dataclass(frozen=True)
class SentencePair:
    """Aligned sentences of one group: indices into each side's sentence list."""

    original: tuple[int, ...]
    derivative: tuple[int, ...]
    score: float


def align_sentences(
    n: int, m: int, score: Callable[[tuple[int, ...], tuple[int, ...]], float], threshold: float = PAIR_THRESHOLD
) -> list[SentencePair]:
    """Best monotone alignment of n original and m derivative sentences.

    Maximises the sum of (score - threshold) over aligned blocks of shape 1-1, 1-2,
    2-1 or 2-2; a sentence may stay unaligned at no cost, so a block is only taken
    when its sentences say the same thing.
    """
    shapes = ((1, 1), (1, 2), (2, 1), (2, 2))
    best = np.full((n + 1, m + 1), -np.inf)
    back: dict[tuple[int, int], tuple[int, int, float | None]] = {}
    best[0, 0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            if i == 0 and j == 0:
                continue
            candidates: list[tuple[float, tuple[int, int, float | None]]] = []
            if i > 0:
                candidates.append((best[i - 1, j], (i - 1, j, None)))
            if j > 0:
                candidates.append((best[i, j - 1], (i, j - 1, None)))
            for a, b in shapes:
                if i >= a and j >= b:
                    s = score(tuple(range(i - a, i)), tuple(range(j - b, j)))
                    if s >= threshold:
                        candidates.append((best[i - a, j - b] + s - threshold, (i - a, j - b, s)))
            value, step = max(candidates, key=lambda c: c[0])
            best[i, j] = value
            back[(i, j)] = step
    pairs: list[SentencePair] = []
    i, j = n, m
    while (i, j) != (0, 0):
        pi, pj, s = back[(i, j)]
        if s is not None:
            pairs.append(SentencePair(tuple(range(pi, i)), tuple(range(pj, j)), s))
        i, j = pi, pj
    pairs.reverse()
    return pairs


def block_score(orig_vecs: np.ndarray, deriv_vecs: np.ndarray) -> Callable[[tuple[int, ...], tuple[int, ...]], float]:
    """Cosine of two blocks of sentences, each embedded as the mean of its sentences."""

    def score(o: tuple[int, ...], d: tuple[int, ...]) -> float:
        x = orig_vecs[list(o)].sum(axis=0)
        y = deriv_vecs[list(d)].sum(axis=0)
        nx, ny = float(np.linalg.norm(x)), float(np.linalg.norm(y))
        if nx == 0 or ny == 0:
            return 0.0
        return float(x @ y) / (nx * ny)

    return score


QUOTE_SHARE = 0.4
"""A sentence whose words are this much quote is left to the quote analysis
(``quote_added`` / ``quote_dropped``), not reported as an added or omitted sentence."""


def find_sentence_changes(ctx, quoted: dict[str, dict[int, list[tuple[int, int]]]] | None = None) -> list:
    """``added`` / ``omitted`` sentences inside linked groups that are otherwise faithful.

    A sentence is reported when the group's alignment left it without a partner, it
    has some length, no sentence anywhere on the other side says the same thing (a
    sentence moved to another paragraph is not new), no part of a sentence of the
    group's other side says it either (a translator merged it into a longer sentence),
    and most of its group did align.
    """
    from diptych.engine.groups import finding

    quoted = quoted or {"o": {}, "d": {}}
    sim = ctx.similarity
    found: list[tuple[str, int, float, object]] = []  # (side, sentence, best whole match, group)
    for group in ctx.linked_groups:
        if not group.pairs or group.soft:
            continue  # an unlinked paragraph is reported whole, as added, by the pipeline
        paired_o = len(group.original) - len(group.unpaired_original())
        paired_d = len(group.derivative) - len(group.unpaired_derivative())
        loose = _loose_pairs(group, sim)
        if paired_d >= len(group.derivative) / 2:
            for k in group.unpaired_derivative():
                best = float(sim[:, k].max()) if sim.shape[0] else 0.0
                if ("d", k) not in loose and _reportable(ctx.derivative.sentences[k], quoted["d"], best):
                    found.append(("d", k, best, group))
        if paired_o >= len(group.original) / 2:
            for k in group.unpaired_original():
                best = float(sim[k, :].max()) if sim.shape[1] else 0.0
                if ("o", k) not in loose and _reportable(ctx.original.sentences[k], quoted["o"], best):
                    found.append(("o", k, best, group))
    rendered = _rendered_in_part(ctx, [(side, k, group) for side, k, _, group in found])
    ratio = ctx.memo("length_ratio", lambda: length_ratio(ctx)) if found else 1.0

    out = []
    for (side, k, best, group), part in zip(found, rendered):
        by_length = part < RENDERED_IN_PART and merged_by_length(ctx, group, side, k, ratio, part)
        carried = not (part >= RENDERED_IN_PART or by_length) and part >= MERGE_PART_FLOOR - FIGURES_SLACK and (
            figures_carried(ctx, group, side, k)
        )
        edge = None
        if not (part >= RENDERED_IN_PART or by_length or carried):
            edge = merged_at_edge(ctx, group, side, k, ratio)
        if part >= RENDERED_IN_PART or by_length or carried or edge:
            if side == "o":
                ctx.merged.append((ctx.original.sentences[k], group.link))
                if by_length:
                    ctx.merged_by_length.append((_omitted(ctx, k, best, group), group, k, ratio, part))
                if edge:
                    ctx.memo("merged_at_edge", list).append((_omitted(ctx, k, best, group), group, edge))
            continue
        if side == "d":
            out.append(
                finding(
                    "added",
                    None,
                    ctx.derivative.sentences[k],
                    f"This sentence has no counterpart in the original's version of the passage "
                    f"(its closest original sentence scores {best:.2f}): framing or detail the derivative added.",
                    _confidence(best),
                    original_segments=group.link.original,
                )
            )
        else:
            out.append(_omitted(ctx, k, best, group))
    return out


EDGE_FLOOR = 0.15
"""How much an unpaired sentence must score against the opening (or closing) clauses of its
neighbour's rendering, where the neighbour's own original says nothing of them, to be
rendered there (:func:`merged_at_edge`)."""

EDGE_CLAUSE = 0.25
"""Edge clauses that score this much against the sentence render it though a longer run of
the neighbour's rendering that holds them scores higher (« …, senza però pronunciarsi sulla
detenzione domiciliare » for "It did not rule on whether he should serve the rest of his
sentence at home.": 0.27, the whole rendering 0.36), when they are the best of the edge cuts
and the neighbour's own original does not render them."""

EDGE_FIT = 0.3
"""How far (natural log) the block with such a sentence may stray from the pair's ratio:
looser than :data:`LENGTH_FIT`, since a short sentence turned into a clause is often
compressed (« Die Winzer sehen das nicht so: … » for "Vintners see it differently.": 0.22)."""


def merged_at_edge(ctx, group, side: str, k: int, ratio: float) -> str | None:
    """The clauses that render unpaired sentence ``k`` at the near edge of its neighbour's
    rendering, or None: a sentence made the opening of the next one's rendering ("Growers
    dispute that account. According to the co-operative, …" as « Les producteurs ne
    l'entendent pas ainsi : moins d'une demande sur dix …, selon la coopérative. ») or the
    tail of the previous one's. Three pieces of evidence, for the short and idiomatic
    renderings the encoder scores low (0.19 here): the sentence scores best against those
    edge clauses of all the runs of the neighbour's rendering, at :data:`EDGE_FLOOR` or more
    (or best of such edge cuts, at :data:`EDGE_CLAUSE`);
    the neighbour's own original does not render them (it scores them lower than the sentence
    does, and below :data:`EDGE_CLAUSE`); and the lengths fit
    the pair's ratio with the sentence (:data:`EDGE_FIT`). Not that they fit better than
    without it: a short sentence moves a long block's length less than a translator's
    compactness does (« Les bergers ne l'entendent pas ainsi : … »: 0.09 without, 0.18
    with)."""
    from diptych.engine.clause_spans import clause_runs, run_pieces

    mine_side, other_side = (ctx.original, ctx.derivative) if side == "o" else (ctx.derivative, ctx.original)
    sentence = mine_side.sentences[k]
    own = len(sentence.text)
    emb = ctx.embeddings
    for o_ids, d_ids, _ in group.aligned():
        mine, theirs = (o_ids, d_ids) if side == "o" else (d_ids, o_ids)
        if k + 1 in mine:
            leading, target = True, other_side.sentences[theirs[0]]
        elif k - 1 in mine:
            leading, target = False, other_side.sentences[theirs[-1]]
        else:
            continue
        lo, ld = _chars(ctx.original, o_ids), _chars(ctx.derivative, d_ids)
        if not lo or not ld:
            continue
        after = misfit(ld, ratio * (lo + own)) if side == "o" else misfit(ld + own, ratio * lo)
        if after > EDGE_FIT:
            continue
        pieces = run_pieces(target, other_side.language)
        if len(pieces) < 2:
            continue
        text = target.text
        cuts = [
            (text[pieces[0][0] : pieces[n - 1][1]], text[pieces[n][0] : pieces[-1][1]])
            if leading
            else (text[pieces[n][0] : pieces[-1][1]], text[pieces[0][0] : pieces[n - 1][1]])
            for n in range(1, len(pieces))
        ]
        runs = clause_runs(target, other_side.language)
        partner = " ".join(mine_side.sentences[i].text for i in mine)
        emb.want([sentence.text, partner, text, *runs, *(t for cut in cuts for t in cut)])
        emb.flush()
        scores = emb.matrix(runs) @ emb[sentence.text]
        best_run = runs[int(scores.argmax())]
        free = [  # edge cuts the neighbour's own original does not render, best first
            (score, edge)
            for score, edge in sorted(((emb.sim(sentence.text, edge), edge) for edge, _ in cuts), reverse=True)
            if emb.sim(partner, edge) < min(score, EDGE_CLAUSE)
        ]
        if free and (free[0][1] == best_run and free[0][0] >= EDGE_FLOOR or free[0][0] >= EDGE_CLAUSE):
            return free[0][1]
    return None


FIGURES_SLACK = 0.1
"""How far below :data:`MERGE_PART_FLOOR` a sentence whose figures the other side carries
(:func:`figures_carried`) may score and still count as merged: the figures are the
evidence the encoder lacks for a short sentence turned into a clause ("Nine of them have
been quashed." as «, dont neuf ont été annulées »: 0.32)."""


def figures_carried(ctx, group, side: str, k: int) -> bool:
    """Are the figures of unpaired sentence ``k`` all in the other side's sentences of its
    group, where the sentences aligned with them do not account for them? Then the sentence
    was merged there: a dropped sentence takes its figures with it. Needs a figure other
    than one (too common to tell anything)."""
    from diptych.engine.numbers import find_quantities

    mine_side, other_side = (ctx.original, ctx.derivative) if side == "o" else (ctx.derivative, ctx.original)
    mine = _telling_figures(mine_side.sentences[k], mine_side.language)
    if not mine:
        return False
    free = []  # the other side's figures its own aligned sentences do not account for
    for o_ids, d_ids, _ in group.aligned():
        theirs, partners = (d_ids, o_ids) if side == "o" else (o_ids, d_ids)
        accounted = [q for j in partners for q in find_quantities(mine_side.sentences[j], mine_side.language)]
        free += [
            q for j in theirs for q in find_quantities(other_side.sentences[j], other_side.language)
            if not any(q.same(a) for a in accounted)
        ]
    return all(any(q.same(f) for f in free) for q in mine)


def _telling_figures(span, language: str) -> list:
    """The figures of a span other than zero and one (too common to tell anything)."""
    from diptych.engine.numbers import find_quantities

    return [q for q in find_quantities(span, language) if q.value not in (0.0, 1.0)]


def _omitted(ctx, k: int, best: float, group):
    from diptych.engine.groups import finding

    return finding(
        "omitted",
        ctx.original.sentences[k],
        None,
        f"This sentence of the original is missing from the derivative's version of the passage "
        f"(its closest derivative sentence scores {best:.2f}).",
        _confidence(best),
        derivative_segments=group.link.derivative,
    )


RENDERED_IN_PART = 0.55
"""A sentence that scores this much against a run of clauses of a sentence on the other
side of its group is rendered there, merged into a longer sentence ("The review is on 15
October. If levels drop, ..." as "Les mesures seront réexaminées le 15 octobre ; si ...").
Merged sentences score 0.67-0.75 against their clauses in the corpus (0.59-0.79 in the
tests); a sentence dropped
from a faithful translation or verbatim copy scores at most 0.54 against the clauses left
(99% of 454 such drops below 0.42). The same bar as a clause that renders a sentence from
elsewhere (:data:`diptych.engine.clause_spans.CLAUSE_FAR`)."""


def _rendered_in_part(ctx, wanted: list[tuple[str, int, object]]) -> list[float]:
    """For each (side, sentence, group): its best cosine against any run of neighbouring
    clauses of a sentence on the group's other side."""
    from diptych.engine.clause_spans import clause_runs  # clause_spans needs groups, which needs this module

    emb = ctx.embeddings
    runs: list[list[str]] = []
    for side, k, group in wanted:
        other, ids = (ctx.original, group.original) if side == "d" else (ctx.derivative, group.derivative)
        texts = [t for j in ids for t in clause_runs(other.sentences[j], other.language)]
        runs.append(texts)
        emb.want(texts)
    emb.flush()
    out = []
    for (side, k, _), texts in zip(wanted, runs):
        sentence = (ctx.derivative if side == "d" else ctx.original).sentences[k]
        out.append(float((emb.matrix(texts) @ emb[sentence.text]).max()) if texts else 0.0)
    return out


MERGE_PART_FLOOR = 0.33
"""A sentence that scores this much against a run of clauses on the other side, below
:data:`RENDERED_IN_PART`, is rendered there when the lengths say so too: a free
translation ("Si les défenseurs se félicitent …, ils rappellent que …") scores as low as
0.37 against the clauses that render it, while most dropped sentences score below it."""

TIGHT_PART_FLOOR = 0.25
TIGHT_FIT = 0.05
"""Below :data:`MERGE_PART_FLOOR`, down to this clause score, a sentence is merged when the
block with it fits the expected length this tightly (natural log) and clearly better than
without it: a short sentence made the predicate of the one before ("It has been taken off
display." as «…, ya no está expuesto»: 0.28, the block 14% too long without it, 2% with
it). On the corpus no sentence a rewrite dropped scores 0.25-0.33 with a fit under 0.17."""

LENGTH_FIT = 0.2
"""How far (natural log) a block's length may stray from the document's ratio and still
count as rendering the sentence merged into it; translated sentences stray ~0.1."""

LENGTH_GAIN = 0.1
"""How much nearer the ratio the block must come with the sentence than without it, for a
sentence at :data:`MERGE_PART_FLOOR`; less as its clause score nears
:data:`RENDERED_IN_PART` (a short sentence can move a long block's length only a little)."""


TRANSLATION_RATIO = 1.15
"""Derivative over original length assumed for a translation with too few linked
paragraphs to measure its own: French, Spanish and German run 10-20% longer than English."""

MIN_RATIO_GROUPS = 3


def misfit(length: float, expected: float) -> float:
    """How far (natural log) a length strays from the one expected."""
    return abs(float(np.log(length / expected)))


def _chars(side, ids) -> int:
    return sum(len(side.sentences[i].text) for i in ids)


def length_ratio(ctx, mirrored: bool = False) -> float:
    """Derivative over original length of this pair's linked paragraphs, in characters.

    The median over the links: each language pair and translator has its own (French runs
    ~15% longer than English), and the median ignores the links where a rewrite dropped or
    added. With fewer links than that needs, an assumed ratio; inverted for a ``mirrored``
    pair (seen from the derivative's side, whose "original" is the translation).
    """
    ratios = []
    for group in ctx.linked_groups:
        lo, ld = _chars(ctx.original, group.original), _chars(ctx.derivative, group.derivative)
        if lo and ld:
            ratios.append(ld / lo)
    if len(ratios) >= MIN_RATIO_GROUPS:
        return float(np.median(ratios))
    if ctx.same_language:
        return 1.0
    return 1.0 / TRANSLATION_RATIO if mirrored else TRANSLATION_RATIO


def merged_by_length(ctx, group, side: str, k: int, ratio: float, part: float, added: int = 0) -> bool:
    """Is sentence ``k``, whose clause score ``part`` is below :data:`RENDERED_IN_PART`,
    merged into a neighbouring block by the lengths: loosely fitting from
    :data:`MERGE_PART_FLOOR`, tightly (:data:`TIGHT_FIT`) from :data:`TIGHT_PART_FLOOR`?"""
    if part >= MERGE_PART_FLOOR:
        return _merged_by_length(ctx, group, side, k, ratio, part, added)
    return part >= TIGHT_PART_FLOOR and _merged_by_length(
        ctx, group, side, k, ratio, MERGE_PART_FLOOR, added, fit=TIGHT_FIT
    )


def _merged_by_length(
    ctx, group, side: str, k: int, ratio: float, part: float, added: int = 0, fit: float = LENGTH_FIT
) -> bool:
    """Is sentence ``k`` (unpaired, on ``side``) merged into a neighbouring aligned block?

    Gale and Church's evidence: the block on the other side is as long as the block and the
    sentence together would be translated, and clearly longer than the block alone would.
    A dropped sentence leaves its neighbour's rendering the neighbour's length. ``added``
    characters of the derivative's block are framing it added, not a rendering.
    """
    own = len((ctx.original if side == "o" else ctx.derivative).sentences[k].text)
    for o_ids, d_ids, _ in group.aligned():
        mine = o_ids if side == "o" else d_ids
        if k - 1 not in mine and k + 1 not in mine:
            continue
        lo, ld = _chars(ctx.original, o_ids), _chars(ctx.derivative, d_ids) - added
        if ld <= 0:
            continue
        before = misfit(ld, ratio * lo)
        after = misfit(ld, ratio * (lo + own)) if side == "o" else misfit(ld + own, ratio * lo)
        gain = LENGTH_GAIN * (RENDERED_IN_PART - part) / (RENDERED_IN_PART - MERGE_PART_FLOOR)
        if after <= fit and before - after >= gain:
            return True
    return False


LOOSE_PAIR = 0.35
"""An unpaired sentence on each side of a group that still score this much together
are a loose rendering of each other, not an addition and an omission."""


SLOT_PAIR = 0.2
"""A lower bar than :data:`LOOSE_PAIR` for the one unpaired sentence on each side of the
same gap of a group's alignment (between the same aligned blocks, or before the first or
after the last) that are each other's closest sentence in the whole article: a short
sentence translated in place, which the encoder is least sure of ("Growers dispute that
account." / « Die Erzeuger bestreiten diese Darstellung. »: 0.26). Position and the
article-wide mutual choice are the evidence the score lacks; a sentence a rewrite put in
place of another is rarely the dropped one's closest match in the whole article."""


def _loose_pairs(group, sim) -> set[tuple[str, int]]:
    """Unpaired sentences (indices on either side) that loosely render one another: any
    two that score :data:`LOOSE_PAIR`, and the lone pair of one gap of the alignment that
    choose each other article-wide (:data:`SLOT_PAIR`)."""
    out: set[tuple[str, int]] = set()
    for i in group.unpaired_original():
        for j in group.unpaired_derivative():
            if sim[i, j] >= LOOSE_PAIR:
                out.add(("o", i))
                out.add(("d", j))
    for i, j in slot_pairs(group, sim):
        out.add(("o", i))
        out.add(("d", j))
    return out


def slot_pairs(group, sim) -> list[tuple[int, int]]:
    """The lone unpaired sentences of one gap of a group's alignment, one on each side, that
    render each other by :data:`SLOT_PAIR` (original, derivative sentence indices)."""
    return [
        (i, j)
        for i, j in _slot_pairs(group)
        if sim[i, j] >= SLOT_PAIR and int(sim[i].argmax()) == j and int(sim[:, j].argmax()) == i
    ]


def _slot_pairs(group) -> list[tuple[int, int]]:
    """(original, derivative) sentence indices that are the only unpaired sentence of their
    side in the same gap of the group's alignment."""

    def gaps(ids: list[int], blocks: list[tuple[int, ...]]) -> dict[int, list[int]]:
        out: dict[int, list[int]] = {}
        used = {i for b in blocks for i in b}
        for pos, k in enumerate(ids):
            if pos not in used:
                out.setdefault(sum(1 for b in blocks if max(b) < pos), []).append(k)
        return out

    o_gaps = gaps(group.original, [p.original for p in group.pairs])
    d_gaps = gaps(group.derivative, [p.derivative for p in group.pairs])
    return [(o[0], d_gaps[g][0]) for g, o in o_gaps.items() if len(o) == 1 and len(d_gaps.get(g, [])) == 1]


def _reportable(sentence, regions: dict[int, list[tuple[int, int]]], best: float) -> bool:
    import re

    words = re.findall(r"\w+", sentence.text)
    if len(words) < MIN_WORDS or best >= NEW_CONTENT:
        return False
    inside = sum(
        len(re.findall(r"\w+", sentence.text[max(a - sentence.start, 0) : max(b - sentence.start, 0)]))
        for a, b in regions.get(sentence.seg, [])
        if a < sentence.end and b > sentence.start
    )
    return inside / len(words) < QUOTE_SHARE


def _confidence(best: float) -> float:
    return float(min(0.9, max(0.4, 0.95 - max(best, 0.0))))


RENDER_EACH_OTHER = 0.28
"""An omitted sentence and an added clause or sentence of the same link that score this
much together render each other: the translator moved the sentence into a clause of a
merged sentence («…, sans se rendre compte, dit-il, que …» for a sentence "He said he had
not realised …" the merge check missed), or rendered it too freely for the sentence
aligner (« selon lui, plus aucune feuille n'est cueillie … » for "Picking has stopped on all
22 estates, according to the union": 0.28; « les internationales se plaignaient … » for
"Players on the national women's team had complained …": 0.32). Safe because both findings
must be there to cancel: an unrelated omission and addition of one link score 0.15 or less
(-0.05 to 0.13 over the 263 benchmark cases)."""


RENDER_MERGED = 0.27
"""An added clause of a link and an original sentence of the same link judged merged into
a sentence there (:data:`RENDERED_IN_PART`, :func:`_merged_by_length`) that score this much
together render each other: the clause is
where the merged sentence went, often by metonymy, which the encoder scores low ("Hanoï
n'a fait aucun commentaire ; …" for "Vietnamese authorities have not commented.": 0.37;
"Varsovie ne s'est pas exprimée" for "The Polish authorities have not commented": 0.32).
Lower than :data:`RENDER_EACH_OTHER`, because the lengths already say the sentence is
there; framing clauses score 0.05-0.21 against such a sentence."""


def cancel_renderings(ctx, findings: list) -> list:
    """``findings`` without each omitted sentence and added span of one link that render
    each other (neither is reported: the same content sits elsewhere in the link), and
    without each added span that renders an original sentence merged into its link."""
    omitted = [f for f in findings if f.kind == "omitted" and f.original_text and f.derivative]
    added = [f for f in findings if f.kind == "added" and f.derivative_text and f.original]
    pairs = [
        (o, a, o.original_text, RENDER_EACH_OTHER)
        for o in omitted
        for a in added
        if set(o.original) & set(a.original) and set(o.derivative) & set(a.derivative)
    ] + [
        (None, a, sentence.text, RENDER_MERGED)
        for sentence, link in ctx.merged
        for a in added
        if sentence.seg in a.original and set(link.derivative) & set(a.derivative)
    ]
    # An omitted sentence and a clause of its link that renders words of the original
    # there (not reported as added, see clause_spans): the same test, only the sentence goes.
    renderings = [
        (o, clause)
        for o in omitted
        for clause, link in ctx.rendering_clauses
        if set(o.original) & set(link.original) and set(o.derivative) & set(link.derivative)
    ]
    findings = findings + _lengths_taken_by_framing(ctx, added) + _edges_taken_by_framing(ctx, added)
    if not pairs and not renderings:
        return findings
    emb = ctx.embeddings
    emb.want([t for _, a, text, _ in pairs for t in (text, a.derivative_text)])
    emb.want([t for o, clause in renderings for t in (o.original_text, clause)])
    emb.flush()
    dropped: set[int] = set()
    for o, a, text, bar in pairs:
        if id(o) in dropped or id(a) in dropped:
            continue
        score = emb.sim(text, a.derivative_text)
        if score >= bar or (
            o is None and (_same_figures(ctx, text, a.derivative_text) or _carries(ctx, text, a))
        ) or (o is not None and score >= CARRIED_PAIR and _carries(ctx, text, a)):
            dropped |= {id(a)} | ({id(o)} if o is not None else set())
    for o, clause in renderings:
        if emb.sim(o.original_text, clause) >= RENDER_EACH_OTHER:
            dropped.add(id(o))
    return [f for f in findings if id(f) not in dropped]


CARRIED_PAIR = 0.18
"""An omitted sentence and an added clause of its link that score this much together (below
:data:`RENDER_EACH_OTHER`) still render each other when the clause carries the sentence
(:func:`_carries`): a sentence made the tail of the one before it (« …, sans trancher pour
autant la question de l'asile » for "It did not rule on whether the family should be granted
asylum.": 0.22, the run holding the clause 0.35 against 0.31 without it). Above the 0.15 an
unrelated omission and addition of one link reach."""

CARRIES_GAIN = 0.03
"""How much better a merged original sentence scores against the derivative's runs of
clauses that hold an added clause than against every run without it, for that clause to
be where the sentence went (see :func:`_carries`)."""


def _carries(ctx, sentence: str, added) -> bool:
    """Does the added clause carry the merged original ``sentence``: do the runs of its
    derivative sentence's clauses that hold it render the sentence best, and clearly
    better than any run without it? The encoder may score the clause alone low against a
    sentence it renders loosely (« aunque todavía no sabe si alguien de la casa perderá su
    puesto » for "He said it was too early to say whether anyone at the museum would lose
    their job.": 0.19), but it raises the run that holds it (0.39 -> 0.43); framing
    unrelated to the sentence lowers it."""
    from diptych.engine.clause_spans import clause_runs

    clause = added.derivative_text
    for k in (k for seg in added.derivative for k in ctx.derivative.by_segment.get(seg, [])):
        d_sentence = ctx.derivative.sentences[k]
        if clause not in d_sentence.text:
            continue
        runs = clause_runs(d_sentence, ctx.derivative.language)
        holding = [r for r in runs if clause in r]
        others = [r for r in runs if clause not in r]
        if not holding or not others:
            return False
        emb = ctx.embeddings
        emb.want([sentence, *runs])
        emb.flush()
        target = emb[sentence]
        best_with = float((emb.matrix(holding) @ target).max())
        best_without = float((emb.matrix(others) @ target).max())
        return best_with >= MERGE_PART_FLOOR and best_with >= best_without + CARRIES_GAIN
    return False


def _same_figures(ctx, sentence: str, clause: str) -> bool:
    """Does the clause hold every figure of the original sentence (one or more, other than
    one)? A clause that carries a merged sentence's figures renders it («, dont onze n'ont
    pas passé le contrôle » for "Eleven of them failed.")."""
    from diptych.engine.sentences import Span

    mine = _telling_figures(Span(-1, 0, len(sentence), sentence), ctx.original.language)
    theirs = _telling_figures(Span(-1, 0, len(clause), clause), ctx.derivative.language)
    return bool(mine) and all(any(q.same(t) for t in theirs) for q in mine)


def _lengths_taken_by_framing(ctx, added: list) -> list:
    """The omitted findings of sentences judged merged on length alone whose block owes its
    length to framing the derivative added there (a clause that does not render them):
    without the framing's characters the block is its neighbour's length, and the sentence
    was dropped ("It said it would review the results in the spring." gone, while ", a pace
    no other country has seen" lengthens the sentence before it)."""
    jobs = []
    for omitted, group, k, ratio, part in ctx.merged_by_length:
        framing = [
            a for a in added
            if set(group.link.derivative) & set(a.derivative) and set(group.link.original) & set(a.original)
        ]
        if framing:
            jobs.append((omitted, group, k, ratio, part, framing))
            ctx.embeddings.want([ctx.original.sentences[k].text] + [a.derivative_text for a in framing])
    if jobs:
        ctx.embeddings.flush()
    out = []
    for omitted, group, k, ratio, part, framing in jobs:
        sentence = ctx.original.sentences[k].text
        spare = sum(
            len(a.derivative_text)
            for a in framing
            if ctx.embeddings.sim(sentence, a.derivative_text) < RENDER_MERGED
            and not _same_figures(ctx, sentence, a.derivative_text)
            and not _carries(ctx, sentence, a)
        )
        if spare and not merged_by_length(ctx, group, "o", k, ratio, part, added=spare):
            ctx.merged = [(s, link) for s, link in ctx.merged if s is not ctx.original.sentences[k]]
            out.append(omitted)
    return out


def _edges_taken_by_framing(ctx, added: list) -> list:
    """The omitted findings of sentences judged merged at the edge of a neighbour's
    rendering (:func:`merged_at_edge`) whose edge clauses are reported as added there: those
    clauses are framing the derivative added, not the sentence (which the pairing of the
    two findings cancels again when they do render each other)."""
    out = []
    for omitted, group, edge in getattr(ctx, "memos", {}).get("merged_at_edge", []):
        sentence = omitted.original_text
        framing = [
            a for a in added
            if set(group.link.derivative) & set(a.derivative) and (a.derivative_text in edge or edge in a.derivative_text)
        ]
        ctx.embeddings.want([sentence] + [a.derivative_text for a in framing])
        ctx.embeddings.flush()
        if any(
            ctx.embeddings.sim(sentence, a.derivative_text) < RENDER_MERGED
            and not _same_figures(ctx, sentence, a.derivative_text)
            and not _carries(ctx, sentence, a)
            for a in framing
        ):
            ctx.merged = [(s, link) for s, link in ctx.merged if s.text != omitted.original_text]
            out.append(omitted)
    return out
