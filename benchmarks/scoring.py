"""Metrics of the benchmarks: alignment links, id sets and findings against a gold file.

Pure functions over plain lists, so they are unit-tested on hand-made tables
(tests/benchmarks/test_scoring.py) independently of the engine.

Alignment scoring follows Vecalign's ``score.py`` (Thompson & Koehn 2019, after
Sennrich & Volk 2011): an alignment is a list of ``(source ids, target ids)`` groups.

- precision: every predicted group with at least one id counts. It is a strict hit if the
  same group is in the gold; otherwise a lax hit if it shares a source id with some gold
  group that also shares one of its target ids (so a predicted insertion or deletion can
  only ever be a strict hit).
- recall: the same test with the roles swapped, over groups with ids on both sides only
  (gold insertions and deletions are not links, so they are not recalled).

Paragraph links have no empty side on either part, so for them strict means "exactly
this 1-1, 2-1 or 1-2 group" and lax means "overlaps a gold group on both sides".
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any, Iterable, Sequence

from diptych.engine.model import FINDING_KINDS

Group = tuple[tuple[int, ...], tuple[int, ...]]

STRUCTURE_KINDS = ("added", "omitted")
SPAN_KINDS = tuple(k for k in FINDING_KINDS if k not in STRUCTURE_KINDS)


def as_groups(alignment: Iterable[Any]) -> list[Group]:
    """Links as dicts (``{"original": [..], "derivative": [..]}``) or pairs -> tuples."""
    groups = []
    for item in alignment:
        if isinstance(item, dict):
            src, tgt = item["original"], item["derivative"]
        else:
            src, tgt = item
        groups.append((tuple(sorted(src)), tuple(sorted(tgt))))
    return groups


def alignment_counts(gold: Iterable[Any], test: Iterable[Any]) -> tuple[int, int, int, int]:
    """``(strict hits, strict misses, lax hits, lax misses)`` of ``test`` against ``gold``."""
    gold_set = {g for g in as_groups(gold) if g[0] or g[1]}
    test_set = {g for g in as_groups(test) if g[0] or g[1]}
    gold_targets_of_source: dict[int, set[int]] = defaultdict(set)
    for src, tgt in gold_set:
        for s in src:
            gold_targets_of_source[s].update(tgt)
    tp_strict = fp_strict = tp_lax = fp_lax = 0
    for src, tgt in test_set:
        if (src, tgt) in gold_set:
            tp_strict += 1
            tp_lax += 1
            continue
        fp_strict += 1
        reachable = set().union(*(gold_targets_of_source[s] for s in src)) if src else set()
        if reachable & set(tgt):
            tp_lax += 1
        else:
            fp_lax += 1
    return tp_strict, fp_strict, tp_lax, fp_lax


@dataclass
class AlignmentScore:
    precision_strict: float
    recall_strict: float
    f1_strict: float
    precision_lax: float
    recall_lax: float
    f1_lax: float

    def as_dict(self) -> dict[str, float]:
        return dict(self.__dict__)


def _ratio(hits: int, misses: int, if_empty: float) -> float:
    return hits / (hits + misses) if hits + misses else if_empty


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score_alignments(golds: Sequence[Iterable[Any]], tests: Sequence[Iterable[Any]],
                     if_empty: float = 0.0) -> AlignmentScore:
    """Pooled strict and lax P/R/F1 over one or more documents (Vecalign's ``score_multiple``)."""
    if len(golds) != len(tests):
        raise ValueError("as many gold alignments as test alignments are needed")
    p = [0, 0, 0, 0]
    r = [0, 0, 0, 0]
    for gold, test in zip(golds, tests):
        gold_g, test_g = as_groups(gold), as_groups(test)
        for i, n in enumerate(alignment_counts(gold_g, test_g)):
            p[i] += n
        both_sides = lambda gs: [g for g in gs if g[0] and g[1]]  # noqa: E731
        for i, n in enumerate(alignment_counts(both_sides(test_g), both_sides(gold_g))):
            r[i] += n
    ps, rs = _ratio(p[0], p[1], if_empty), _ratio(r[0], r[1], if_empty)
    pl, rl = _ratio(p[2], p[3], if_empty), _ratio(r[2], r[3], if_empty)
    return AlignmentScore(ps, rs, _f1(ps, rs), pl, rl, _f1(pl, rl))


def with_gaps(links: Iterable[Any], n_source: int, n_target: int,
              source_ids: Iterable[int] | None = None,
              target_ids: Iterable[int] | None = None) -> list[Group]:
    """Links plus a deletion ``([i], [])`` / insertion ``([], [j])`` for every unlinked id.

    This is the Vecalign form of an engine's answer, to compare with a gold that lists
    insertions and deletions. ``source_ids``/``target_ids`` restrict the gaps to the
    ids that take part (boilerplate excluded).
    """
    groups = as_groups(links)
    linked_src = {s for g in groups for s in g[0]}
    linked_tgt = {t for g in groups for t in g[1]}
    src_ids = range(n_source) if source_ids is None else source_ids
    tgt_ids = range(n_target) if target_ids is None else target_ids
    gaps: list[Group] = [((i,), ()) for i in src_ids if i not in linked_src]
    gaps += [((), (j,)) for j in tgt_ids if j not in linked_tgt]
    return groups + gaps


@dataclass
class SetScore:
    """Precision/recall of a predicted id set; ``None`` where the ratio is undefined."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return _f1(p, r)

    def __add__(self, other: "SetScore") -> "SetScore":
        return SetScore(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def as_dict(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": self.precision,
                "recall": self.recall, "f1": self.f1}


def score_ids(gold: Iterable[int], predicted: Iterable[int]) -> SetScore:
    gold_set, pred_set = set(gold), set(predicted)
    return SetScore(len(gold_set & pred_set), len(pred_set - gold_set), len(gold_set - pred_set))


# --- findings ------------------------------------------------------------------------

def _overlap(a: Sequence[int], b: Sequence[int]) -> bool:
    return bool(set(a) & set(b))


def is_span_level(finding: dict[str, Any]) -> bool:
    """An ``added``/``omitted`` finding inside linked text: a sentence or clause, not a paragraph.

    A paragraph-level addition names no original segment (and an omission no derivative
    one); a sentence or clause added inside a linked paragraph names the paragraphs of
    the link on the other side as its context.
    """
    return finding["kind"] in STRUCTURE_KINDS and bool(finding.get("original")) and bool(finding.get("derivative"))


def texts_overlap(a: str | None, b: str | None) -> bool:
    """Two quoted spans of one paragraph cover some of the same words.

    One inside the other (an engine may report the whole sentence around an added
    clause, or only the clause of an added sentence), or sharing a run of at least half
    the shorter one. An unknown text overlaps anything.
    """
    if not a or not b:
        return True
    a, b = normalise(a), normalise(b)
    if a in b or b in a:
        return True
    match = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return match.size >= min(len(a), len(b)) / 2


def finding_matches(predicted: dict[str, Any], gold: dict[str, Any]) -> bool:
    """Same kind, and the segment ids overlap.

    Ids must overlap on every side where both findings name segments, and on at least
    one side. Spans are not compared (an engine may quote more or less of a sentence),
    except for a sentence or clause ``added``/``omitted`` inside linked text
    (:func:`is_span_level`): its paragraph is otherwise faithful, so the spans must
    overlap too (:func:`texts_overlap`), or another sentence of the paragraph would count.
    """
    if predicted["kind"] != gold["kind"]:
        return False
    sides = [(predicted.get(s) or [], gold.get(s) or []) for s in ("original", "derivative")]
    compared = [(p, g) for p, g in sides if p and g]
    if not compared or not all(_overlap(p, g) for p, g in compared):
        return False
    if is_span_level(gold):
        key = "derivative_text" if gold["kind"] == "added" else "original_text"
        return texts_overlap(predicted.get(key), gold.get(key))
    return True


def is_neutral(predicted: dict[str, Any], gold_added: Iterable[int], gold_omitted: Iterable[int]) -> bool:
    """A span finding entirely inside gold-added or gold-omitted text is not held against the engine.

    A quote in an inserted paragraph is already reported by ``added``; whether an engine
    also calls it ``quote_added`` is a presentation choice the gold leaves open.
    """
    if predicted["kind"] in STRUCTURE_KINDS:
        return False
    deriv = predicted.get("derivative") or []
    orig = predicted.get("original") or []
    added, omitted = set(gold_added), set(gold_omitted)
    return bool(deriv and set(deriv) <= added) or bool(orig and not deriv and set(orig) <= omitted)


@dataclass
class MatchScore:
    """Findings of one kind: predictions that match some gold finding, and gold findings found.

    Matching is not one-to-one, so precision (``hits / predicted``) and recall
    (``found / gold``) are counted on their own sides.
    """

    hits: int = 0
    predicted: int = 0
    found: int = 0
    gold: int = 0

    @property
    def precision(self) -> float | None:
        return self.hits / self.predicted if self.predicted else None

    @property
    def recall(self) -> float | None:
        return self.found / self.gold if self.gold else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return _f1(p, r)

    def __add__(self, other: "MatchScore") -> "MatchScore":
        return MatchScore(self.hits + other.hits, self.predicted + other.predicted,
                          self.found + other.found, self.gold + other.gold)

    def as_dict(self) -> dict[str, Any]:
        return {"hits": self.hits, "predicted": self.predicted, "found": self.found, "gold": self.gold,
                "precision": self.precision, "recall": self.recall, "f1": self.f1}


@dataclass
class FindingScore:
    per_kind: dict[str, MatchScore] = field(default_factory=dict)
    neutral: int = 0
    # The part of ``per_kind["added"]`` / ``["omitted"]`` that is sentences and clauses
    # inside linked text (:func:`is_span_level`), on both the predicted and the gold side.
    span_level: dict[str, MatchScore] = field(default_factory=dict)

    def pooled(self, kinds: Iterable[str]) -> MatchScore:
        total = MatchScore()
        for kind in kinds:
            total = total + self.per_kind.get(kind, MatchScore())
        return total

    def __add__(self, other: "FindingScore") -> "FindingScore":
        def add(a: dict[str, MatchScore], b: dict[str, MatchScore]) -> dict[str, MatchScore]:
            return {k: a.get(k, MatchScore()) + b.get(k, MatchScore()) for k in set(a) | set(b)}

        return FindingScore(add(self.per_kind, other.per_kind), self.neutral + other.neutral,
                            add(self.span_level, other.span_level))


def score_findings(predicted: Sequence[dict[str, Any]], gold: Sequence[dict[str, Any]],
                   gold_added: Iterable[int] = (), gold_omitted: Iterable[int] = ()) -> FindingScore:
    """Per-kind precision/recall of findings.

    A predicted finding is a hit if it matches some gold finding, a false alarm if it
    matches none (unless neutral, see ``is_neutral``: then it is left out of the count);
    a gold finding is found if some predicted finding matches it. Several predictions
    may match one gold finding (an engine may report per sentence what the gold reports
    per paragraph).
    """
    gold_added, gold_omitted = list(gold_added), list(gold_omitted)
    result = FindingScore()
    kinds = {f["kind"] for f in predicted} | {f["kind"] for f in gold}
    for kind in kinds:
        preds = [f for f in predicted if f["kind"] == kind]
        golds = [f for f in gold if f["kind"] == kind]
        score = MatchScore(gold=len(golds))
        for p in preds:
            if any(finding_matches(p, g) for g in golds):
                score.hits += 1
                score.predicted += 1
            elif is_neutral(p, gold_added, gold_omitted):
                result.neutral += 1
            else:
                score.predicted += 1
        score.found = sum(1 for g in golds if any(finding_matches(p, g) for p in preds))
        result.per_kind[kind] = score
        if kind in STRUCTURE_KINDS:
            span_preds = [p for p in preds if is_span_level(p)]
            span_golds = [g for g in golds if is_span_level(g)]
            result.span_level[kind] = MatchScore(
                hits=sum(1 for p in span_preds if any(finding_matches(p, g) for g in golds)),
                predicted=len(span_preds),
                found=sum(1 for g in span_golds if any(finding_matches(p, g) for p in preds)),
                gold=len(span_golds),
            )
    return result


# --- segment ids ---------------------------------------------------------------------

def normalise(text: str) -> str:
    return " ".join(text.split())


def map_segments(segment_texts: Sequence[str], paragraphs: Sequence[str]) -> list[int | None]:
    """Gold paragraph id of each engine segment, found by its text.

    Exact (whitespace-normalised) match first, in order; a segment that is only part of
    a paragraph (an engine that cuts finer) maps to the paragraph that contains it.
    ``None`` where no paragraph contains the segment.
    """
    paras = [normalise(p) for p in paragraphs]
    mapping: list[int | None] = []
    cursor = 0
    for text in segment_texts:
        t = normalise(text)
        found = None
        for pid in list(range(cursor, len(paras))) + list(range(0, cursor)):
            if paras[pid] == t:
                found = pid
                break
        if found is None and t:
            found = next((pid for pid, p in enumerate(paras) if t in p), None)
        if found is not None:
            cursor = found + 1 if paras[found] == t else found
        mapping.append(found)
    return mapping


def remap_ids(ids: Iterable[int], mapping: Sequence[int | None]) -> list[int]:
    """Engine segment ids -> gold paragraph ids (unmapped ids dropped, duplicates merged)."""
    out = {mapping[i] for i in ids if 0 <= i < len(mapping) and mapping[i] is not None}
    return sorted(out)  # type: ignore[arg-type]


def mean(values: Iterable[float | None]) -> float | None:
    vals = [v for v in values if v is not None]
    return sum(vals) / len(vals) if vals else None
