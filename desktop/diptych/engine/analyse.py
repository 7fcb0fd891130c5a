"""Analysis: turn links into findings a fact-checker can act on.

This module reports paragraph-level ``added`` and ``omitted`` content: a
derivative segment that no link covers has no counterpart in the original, an
original segment that no link covers was dropped. Boilerplate never takes part.
"""

from __future__ import annotations

import numpy as np

from dataclasses import dataclass

from diptych.engine.model import Article, Finding, Link
from diptych.engine.score import GroupScores


@dataclass
class Closest:
    """For each segment, its best 1-1 score on the other side and where that is."""

    src_score: np.ndarray
    src_where: np.ndarray
    tgt_score: np.ndarray
    tgt_where: np.ndarray

    @classmethod
    def empty(cls, n: int, m: int) -> "Closest":
        return cls(np.full(n, -np.inf), np.full(n, -1), np.full(m, -np.inf), np.full(m, -1))

    def update(self, scores: GroupScores, row0: int, col0: int) -> None:
        one = scores.matrix.get((1, 1))
        if one is None or one.size == 0:
            return
        rows = slice(row0, row0 + one.shape[0])
        cols = slice(col0, col0 + one.shape[1])
        self.src_score[rows] = one.max(axis=1)
        self.src_where[rows] = one.argmax(axis=1) + col0
        self.tgt_score[cols] = one.max(axis=0)
        self.tgt_where[cols] = one.argmax(axis=0) + row0


def _unit_name(unit: str) -> str:
    return {"paragraphs": "paragraph", "sentences": "sentence", "lines": "line"}[unit]


def find_unmatched(
    original: Article,
    derivative: Article,
    links: list[Link],
    closest: Closest,
    src_ids: list[int],
    tgt_ids: list[int],
    unit: str,
) -> list[Finding]:
    """``added`` for unlinked derivative segments, ``omitted`` for unlinked original ones.

    Confidence grows with the distance to the closest candidate on the other side: a
    segment whose best match is far below a translation's score is surely new.
    """
    name = _unit_name(unit)
    linked_src = {i for link in links for i in link.original}
    linked_tgt = {j for link in links for j in link.derivative}
    findings: list[Finding] = []
    sides = (
        ("added", derivative, tgt_ids, linked_tgt, closest.tgt_score, closest.tgt_where, src_ids,
         f"This {name} has no counterpart in the original", "original"),
        ("omitted", original, src_ids, linked_src, closest.src_score, closest.src_where, tgt_ids,
         f"This {name} of the original was left out of the derivative", "derivative"),
    )
    for kind, article, ids, linked, score, where_of, other_ids, sentence, other in sides:
        for pos, seg_id in enumerate(ids):
            if seg_id in linked or article.segments[seg_id].boilerplate:
                continue
            best, where = _best(score, where_of, pos)
            near = f"; the closest {other} {name} (#{other_ids[where] + 1}) scores {best:.2f}" if where is not None else ""
            text = article.segments[seg_id].text
            findings.append(
                Finding(
                    kind=kind,
                    original=[seg_id] if kind == "omitted" else [],
                    derivative=[seg_id] if kind == "added" else [],
                    original_text=text if kind == "omitted" else None,
                    derivative_text=text if kind == "added" else None,
                    explanation=f"{sentence}{near}.",
                    confidence=_confidence(best),
                )
            )
    return findings


def _best(score: np.ndarray, where: np.ndarray, pos: int) -> tuple[float, int | None]:
    if where[pos] < 0:
        return 0.0, None
    return float(score[pos]), int(where[pos])


def _confidence(best_score: float) -> float:
    # Normalised scores: ~1 for a translation, ~0 for unrelated text.
    return float(np.clip(0.95 - 0.6 * max(best_score, 0.0), 0.3, 0.95))
