"""Alignment: which original segments say what which derivative segments say.

News rewrites reorder, merge, split, drop and insert, so one monotone pass is not
enough. The aligner runs Vecalign/Bertalign's idea — a monotone dynamic programme
over 1-1, 1-k and k-1 groups scored with embeddings of concatenated neighbours — and
then runs it again on what is left unlinked, so a moved paragraph or a moved block
is found as a second monotone layer. Later layers must clear a higher bar, since
leftovers are where unrelated text lives.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from diptych.engine.order import longest_increasing
from diptych.engine.score import GroupScores

NEG = -1e9


@dataclass(frozen=True)
class AlignParams:
    skip_cost: float = 0.45
    """What leaving one segment unlinked costs. A 1-1 link is made when its normalised
    distance (1 - score) is below twice this: a score above 0.1 at the default."""
    group_penalty: float = 0.02
    """Cost per extra segment in a group: prefer 1-1 when a merge explains no more."""
    move_margin: float = 0.0
    """How much cheaper skipping is in later (out-of-order) layers. Moved links must
    also be each member's best match (see ``_is_mutual``)."""
    layers: int = 4
    """Monotone passes: 1 keeps strict order (pre-segmented parallel text)."""
    rival_slack: float = 0.15
    """In the first, order-keeping layer, how much better a member's match outside
    its group may be before the group is dropped (the partner moved)."""
    size_exponent: float = 1.0
    """A group's distance counts (a*b)**this: 1 is Vecalign's cost for sentences;
    paraphrased paragraphs merge and split with lower scores and need less."""
    attach_tolerance: float | None = 0.0
    """How much a group's score may drop when an unlinked neighbour is folded in
    (None: never fold)."""


@dataclass(frozen=True)
class Group:
    original: tuple[int, ...]
    derivative: tuple[int, ...]
    score: float


NEIGHBOUR_SKIP = 0.05
"""What the neighbour-margin opinion gains per segment it links (Bertalign's skip)."""


def align(scores: GroupScores, params: AlignParams = AlignParams()) -> list[Group]:
    """Links between positions 0..n-1 and 0..m-1, sorted by derivative position.

    When the scores carry second opinions (parallel text), three alignments vote: a
    group two of them make stands; the rest of the first alignment fills in around.
    """
    # Parallel text (scored with second opinions) keeps its order: nothing moves out of a merge.
    links = _align_layers(scores, params, peel=not scores.opinions)
    if not scores.opinions:
        return links
    votes = [links]
    light = scores.opinions.get("light_length")
    if light is not None:
        votes.append(_align_layers(replace(scores, matrix=light, opinions={}), params, peel=False))
    neighbours = scores.opinions.get("neighbours")
    if neighbours is not None:
        votes.append(_align_neighbours(scores, neighbours))
    return _consensus(votes, scores)


def _align_neighbours(scores: GroupScores, matrix: dict[tuple[int, int], np.ndarray]) -> list[Group]:
    """One monotone pass that maximises the sum of Bertalign-style group scores."""
    gains = {(a, b): mat + NEIGHBOUR_SKIP * (a + b) for (a, b), mat in matrix.items()}
    return _monotone_pass(scores, list(range(scores.n)), list(range(scores.m)), gains=gains)


def _consensus(votes: list[list[Group]], scores: GroupScores) -> list[Group]:
    """Groups at least two alignments agree on, then the first one's groups that fit around them."""
    count: dict[tuple[tuple[int, ...], tuple[int, ...]], int] = {}
    for vote in votes:
        for g in vote:
            key = (g.original, g.derivative)
            count[key] = count.get(key, 0) + 1
    agreed = [key for key, c in count.items() if c >= 2]
    used_s = {i for o, _ in agreed for i in o}
    used_t = {j for _, d in agreed for j in d}
    keys = agreed + [
        (g.original, g.derivative)
        for g in votes[0]
        if not (used_s.intersection(g.original) or used_t.intersection(g.derivative))
    ]
    links = [Group(o, d, scores.score(o[0], len(o), d[0], len(d))) for o, d in keys]
    return sorted(links, key=lambda g: (g.derivative[0], g.original[0]))


def _align_layers(scores: GroupScores, params: AlignParams, peel: bool = True) -> list[Group]:
    src_left = list(range(scores.n))
    tgt_left = list(range(scores.m))
    links: list[Group] = []
    for layer in range(max(1, params.layers)):
        if not src_left or not tgt_left:
            break
        bar = params.skip_cost - (params.move_margin if layer else 0.0)
        found = _monotone_pass(
            scores, src_left, tgt_left, bar=bar, penalty=params.group_penalty, size_exponent=params.size_exponent
        )
        # A link must be what each of its members matches best anywhere, not a
        # least-bad pairing that keeps order while the real partner moved away.
        # Leftovers are where unrelated text lives, so later layers allow no slack.
        slack = params.rival_slack if layer == 0 else 0.0
        found = [g for g in found if _is_mutual(scores, g, slack)]
        if not found:
            break
        links += found
        used_s = {i for g in found for i in g.original}
        used_t = {j for g in found for j in g.derivative}
        src_left = [i for i in src_left if i not in used_s]
        tgt_left = [j for j in tgt_left if j not in used_t]
    if peel:
        links = _peel_moved_members(scores, links, params.skip_cost)
    if params.attach_tolerance is not None:
        links = _attach_orphans(scores, links, params.attach_tolerance)
    return sorted(links, key=lambda g: (g.derivative[0], g.original[0]))


def _peel_moved_members(scores: GroupScores, links: list[Group], bar: float) -> list[Group]:
    """Take out of a group a member whose own rendering moved elsewhere and is unlinked.

    The order-keeping pass can swallow a paragraph into its neighbours' merge while its
    better partner sits out of order (the rewrite moved it). When the member and an
    unlinked segment are each other's best 1-1 match, scoring above the group and above
    a 1-1 link's bar (distance under twice the skip cost), the member leaves the group
    for that segment; the rest of the group stays, contiguous or not.
    """
    one = scores.matrix[(1, 1)]
    floor = 1.0 - 2.0 * bar
    used_s = {i for g in links for i in g.original}
    used_t = {j for g in links for j in g.derivative}
    out: list[Group] = []
    for g in links:
        for side in ("original", "derivative"):
            members = getattr(g, side)
            if len(members) < 2:
                continue
            mat = one if side == "original" else one.T
            used = used_t if side == "original" else used_s
            keep = list(members)
            for k in members:
                p = int(mat[k].argmax())
                s = float(mat[k, p])
                if p in used or int(mat[:, p].argmax()) != k or s <= max(g.score, floor) or len(keep) < 2:
                    continue
                keep.remove(k)
                used.add(p)
                pair = (k,), (p,)
                out.append(Group(*(pair if side == "original" else pair[::-1]), s))
            if len(keep) < len(members):
                g = replace(g, **{side: tuple(keep)})
        out.append(g)
    return out


def _attach_orphans(scores: GroupScores, links: list[Group], tolerance: float) -> list[Group]:
    """Fold an unlinked neighbour into a group when the group says it just as well.

    A short half of a split ("There were no deaths.") embeds poorly on its own and the
    programme may leave it out; if the group with it scores no worse, it came from the
    same original text. Added framing next to a link dilutes the score and stays out.
    """
    used_s = {i for g in links for i in g.original}
    used_t = {j for g in links for j in g.derivative}
    out = []
    for g in links:
        changed = True
        while changed:
            changed = False
            for side in ("derivative", "original"):
                ids = getattr(g, side)
                used = used_t if side == "derivative" else used_s
                limit = scores.m if side == "derivative" else scores.n
                for new in (ids[0] - 1, ids[-1] + 1):
                    if not 0 <= new < limit or new in used:
                        continue
                    grown = tuple(sorted(ids + (new,)))
                    src = g.original if side == "derivative" else grown
                    tgt = grown if side == "derivative" else g.derivative
                    mat = scores.matrix.get((len(src), len(tgt)))
                    if mat is None:
                        continue
                    s = float(mat[src[0], tgt[0]])
                    if s >= g.score - tolerance:
                        used.add(new)
                        g = Group(src, tgt, s)
                        changed = True
                        break
                if changed:
                    break
        out.append(g)
    return out


def _is_mutual(scores: GroupScores, group: Group, slack: float = 0.0) -> bool:
    """No member has a partner outside the group that it matches better by over ``slack``."""
    one = scores.matrix[(1, 1)]
    for i in group.original:
        if int(one[i].argmax()) not in group.derivative and one[i].max() > group.score + slack:
            return False
    for j in group.derivative:
        if int(one[:, j].argmax()) not in group.original and one[:, j].max() > group.score + slack:
            return False
    return True


def _monotone_pass(
    scores: GroupScores,
    src: list[int],
    tgt: list[int],
    *,
    bar: float = 0.0,
    penalty: float = 0.0,
    size_exponent: float = 1.0,
    gains: dict[tuple[int, int], np.ndarray] | None = None,
) -> list[Group]:
    """Best order-keeping set of groups over the given positions (a subsequence of each side).

    D[i, j] is the best gain over src[:i], tgt[:j]; a skip gains nothing, a group gains
    the skip cost of its segments less its cost (or ``gains``, per shape over the whole
    document, when given). Rows are vectorised: a skip along the row is a running
    maximum, so the cost is O(n * m * shapes) in numpy, not Python.
    """
    n, m = len(src), len(tgt)
    src_a = np.asarray(src)
    tgt_a = np.asarray(tgt)
    # Which runs stay contiguous in the full document (later layers see gaps).
    table: dict[tuple[int, int], np.ndarray] = {}
    for (a, b), mat in (gains or scores.matrix).items():
        if a > n or b > m:
            continue
        rows_ok = src_a[a - 1 :] - src_a[: n - a + 1] == a - 1
        cols_ok = tgt_a[b - 1 :] - tgt_a[: m - b + 1] == b - 1
        rows = src_a[: n - a + 1]
        cols = tgt_a[: m - b + 1]
        sub = mat[np.ix_(np.minimum(rows, mat.shape[0] - 1), np.minimum(cols, mat.shape[1] - 1))]
        # Vecalign's cost: normalised distance times a*b, against ``bar`` per segment
        # left unlinked; so a group pays for its size and only wins when it explains more.
        if gains is None:
            g = bar * (a + b) - (1.0 - sub) * (a * b) ** size_exponent - penalty * (a + b - 2)
        else:
            g = sub.astype(np.float64)
        g[~rows_ok, :] = NEG
        g[:, ~cols_ok] = NEG
        g[rows >= mat.shape[0], :] = NEG
        g[:, cols >= mat.shape[1]] = NEG
        table[(a, b)] = g
    D = np.zeros((n + 1, m + 1))
    back = np.zeros((n + 1, m + 1), dtype=np.int16)  # 0 skip src, -1 skip tgt, k>0 shape k
    shapes = list(table)
    for i in range(1, n + 1):
        best = D[i - 1].copy()
        choice = np.zeros(m + 1, dtype=np.int16)
        for k, (a, b) in enumerate(shapes, start=1):
            if a > i:
                continue
            g = table[(a, b)]
            cand = np.full(m + 1, NEG)
            cand[b:] = D[i - a, : m + 1 - b] + g[i - a, : m + 1 - b]
            better = cand > best
            best[better] = cand[better]
            choice[better] = k
        # Skipping target positions along the row: running maximum.
        run = np.maximum.accumulate(best)
        from_left = run > best
        choice[from_left] = -1
        D[i] = run
        back[i] = choice
    groups: list[Group] = []
    i, j = n, m
    while i > 0 and j > 0:
        c = back[i, j]
        if c == 0:
            i -= 1
        elif c == -1:
            j -= 1
        else:
            a, b = shapes[c - 1]
            s = float(scores.matrix[(a, b)][src[i - a], tgt[j - b]])
            groups.append(Group(tuple(src[i - a : i]), tuple(tgt[j - b : j]), s))
            i -= a
            j -= b
    groups.reverse()
    return groups


def split_at_anchors(
    cos: np.ndarray, max_cells: int, min_gap: int = 20, margin: float = 0.1
) -> list[tuple[range, range]]:
    """Cut a long pair into blocks between two confident, consecutive 1-1 matches.

    Long pre-segmented texts (thousands of lines) would make the full programme
    quadratic in memory. A cut is safe where two neighbouring lines on each side are
    each other's best match by ``margin`` over any other line (not a repeated line or a
    half of a merge) and both lie on the longest order-keeping chain: no link can
    straddle it. Each block is then aligned on its own.
    Returns (original range, derivative range) per block, covering both sides.
    """
    n, m = cos.shape
    if n * m <= max_cells or n == 0 or m == 0:
        return [(range(n), range(m))]
    best_j = cos.argmax(axis=1)
    best_i = cos.argmax(axis=0)
    row_second = np.partition(cos, -2, axis=1)[:, -2] if m > 1 else np.full(n, -1.0)
    col_second = np.partition(cos, -2, axis=0)[-2, :] if n > 1 else np.full(m, -1.0)
    mutual = [
        (i, int(j))
        for i, j in enumerate(best_j)
        if best_i[j] == i and cos[i, j] - row_second[i] >= margin and cos[i, j] - col_second[j] >= margin
    ]
    chain = [mutual[k] for k in longest_increasing([j for _, j in mutual])]
    # Space the cuts so blocks are about sqrt(max_cells) on a side.
    step = max(min_gap, int(max_cells ** 0.5) // 2)
    cuts: list[tuple[int, int]] = []
    last_i, last_j = 0, 0
    for (pi, pj), (i, j) in zip(chain, chain[1:]):
        if (pi, pj) != (i - 1, j - 1):
            continue
        if i - last_i >= step and j - last_j >= min_gap // 2 or j - last_j >= step and i - last_i >= min_gap // 2:
            cuts.append((i, j))
            last_i, last_j = i, j
    blocks = []
    start_i, start_j = 0, 0
    for i, j in cuts + [(n, m)]:
        blocks.append((range(start_i, i), range(start_j, j)))
        start_i, start_j = i, j
    return blocks
