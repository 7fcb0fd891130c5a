"""Where to paint what: findings and word-level differences as character ranges.

Pure functions over the engine's model, so the rules can be tested as tables; the
pane only turns the marks into text formats.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz.distance import Levenshtein

from diptych.engine.model import Article, Comparison, Finding

ORIGINAL, DERIVATIVE = "original", "derivative"
SIDES = (ORIGINAL, DERIVATIVE)

WORD_DELETED, WORD_INSERTED = "word_deleted", "word_inserted"
WORD_DIFF_MAX_TOKENS = 4000
"""Above this many tokens in a link, word-level diffing is skipped (it is quadratic)."""
WORD_DIFF_MIN_SIMILARITY = 0.35
"""Below this token similarity a linked pair is a rewrite, not an edit: marking
nearly every word would hide the findings, so no word diff is drawn."""

_TOKEN = re.compile(r"\w+|[^\w\s]", re.UNICODE)


@dataclass(frozen=True)
class Mark:
    """Characters ``start:end`` of one segment carry ``kind`` (a finding kind or a word diff)."""

    start: int
    end: int
    kind: str
    finding: int | None = None  # index into Comparison.findings


@dataclass
class SideMarks:
    """Everything painted on one side: span marks and whole-paragraph kinds per segment id."""

    spans: dict[int, list[Mark]] = field(default_factory=dict)
    blocks: dict[int, str] = field(default_factory=dict)  # seg id -> "added" / "omitted"

    def add(self, seg_id: int, mark: Mark) -> None:
        self.spans.setdefault(seg_id, []).append(mark)


def other(side: str) -> str:
    return DERIVATIVE if side == ORIGINAL else ORIGINAL


def article_of(comparison: Comparison, side: str) -> Article:
    return comparison.original if side == ORIGINAL else comparison.derivative


def finding_ids(finding: Finding, side: str) -> list[int]:
    return finding.original if side == ORIGINAL else finding.derivative


def finding_text(finding: Finding, side: str) -> str | None:
    return finding.original_text if side == ORIGINAL else finding.derivative_text


def locate(text: str, span: str) -> tuple[int, int] | None:
    """Where ``span`` sits in ``text``: exactly, else ignoring case and runs of white space."""
    if not span or not span.strip():
        return None
    at = text.find(span)
    if at >= 0:
        return at, at + len(span)
    words = span.split()
    pattern = r"\s+".join(re.escape(w) for w in words)
    found = re.search(pattern, text, re.IGNORECASE)
    return (found.start(), found.end()) if found else None


def finding_spans(article: Article, finding: Finding, side: str) -> list[tuple[int, int, int]]:
    """(segment id, start, end) of the finding's exact text on one side.

    A finding whose text is a whole segment (a paragraph added or dropped) covers the
    whole segment; one whose text cannot be found marks nothing rather than guessing.
    """
    text = finding_text(finding, side)
    spans = []
    for seg_id in finding_ids(finding, side):
        if not 0 <= seg_id < len(article.segments):
            continue
        seg_text = article.segments[seg_id].text
        if text is None:
            continue
        where = locate(seg_text, text)
        if where is not None:
            spans.append((seg_id, *where))
    return spans


def is_whole_segment(article: Article, finding: Finding, side: str) -> bool:
    """True when the finding concerns entire segments (paragraph-level added/omitted)."""
    text = finding_text(finding, side)
    ids = finding_ids(finding, side)
    if not ids:
        return False
    if text is None:
        # No text on this side: an added sentence names its linked original paragraph
        # for context, which must not be tinted as if it were added itself.
        return False
    whole = " ".join(article.segments[i].text.strip() for i in ids if 0 <= i < len(article.segments))
    return " ".join(text.split()) == " ".join(whole.split())


def tokens(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def word_diff(
    original_texts: list[tuple[int, str]], derivative_texts: list[tuple[int, str]]
) -> tuple[list[tuple[int, int, int]], list[tuple[int, int, int]]]:
    """Changed words of a linked group, as (segment id, start, end) ranges on each side.

    The segments of each side are read as one token stream, so a paragraph split in
    two still diffs word by word against its merged counterpart. Adjacent changed
    tokens of one segment merge into one range (with the spaces between them).
    """
    a = [(seg, tok, s, e) for seg, text in original_texts for tok, s, e in tokens(text)]
    b = [(seg, tok, s, e) for seg, text in derivative_texts for tok, s, e in tokens(text)]
    if not a or not b or len(a) + len(b) > WORD_DIFF_MAX_TOKENS:
        return [], []
    a_words = [t[1].casefold() for t in a]
    b_words = [t[1].casefold() for t in b]
    if Levenshtein.normalized_similarity(a_words, b_words) < WORD_DIFF_MIN_SIMILARITY:
        return [], []
    deleted: list[tuple[int, int]] = []
    inserted: list[tuple[int, int]] = []
    for op in Levenshtein.opcodes(a_words, b_words):
        if op.tag in ("replace", "delete"):
            deleted.append((op.src_start, op.src_end))
        if op.tag in ("replace", "insert"):
            inserted.append((op.dest_start, op.dest_end))
    return _ranges(a, deleted), _ranges(b, inserted)


def _ranges(toks: list[tuple[int, str, int, int]], index_ranges: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    out: list[tuple[int, int, int]] = []
    for lo, hi in index_ranges:
        for seg, tok, s, e in toks[lo:hi]:
            if not any(ch.isalnum() for ch in tok):
                continue  # a lone changed comma is noise to a reader, not a change of meaning
            if out and out[-1][0] == seg and _only_space_between(out[-1], s):
                out[-1] = (seg, out[-1][1], e)
            else:
                out.append((seg, s, e))
    return out


def _only_space_between(prev: tuple[int, int, int], start: int) -> bool:
    # Tokens of one op are contiguous; separate ops never touch, so a gap of spaces
    # (which tokens never cover) is the only thing that can sit between them.
    return start - prev[2] <= 1


def same_language(comparison: Comparison) -> bool:
    a, b = comparison.original.language, comparison.derivative.language
    return bool(a) and a == b and a != "und"


def compute_marks(comparison: Comparison, *, word_diffs: bool = True) -> dict[str, SideMarks]:
    """All marks of both sides: block kinds, finding spans, then word diffs."""
    marks = {side: SideMarks() for side in SIDES}
    for index, finding in enumerate(comparison.findings):
        for side in SIDES:
            article = article_of(comparison, side)
            if finding.kind in ("added", "omitted") and is_whole_segment(article, finding, side):
                for seg_id in finding_ids(finding, side):
                    marks[side].blocks[seg_id] = finding.kind
                continue
            for seg_id, start, end in finding_spans(article, finding, side):
                marks[side].add(seg_id, Mark(start, end, finding.kind, index))
    if word_diffs and same_language(comparison):
        o, d = comparison.original.segments, comparison.derivative.segments
        for link in comparison.links:
            deleted, inserted = word_diff(
                [(i, o[i].text) for i in link.original if 0 <= i < len(o)],
                [(j, d[j].text) for j in link.derivative if 0 <= j < len(d)],
            )
            for seg_id, s, e in deleted:
                marks[ORIGINAL].add(seg_id, Mark(s, e, WORD_DELETED))
            for seg_id, s, e in inserted:
                marks[DERIVATIVE].add(seg_id, Mark(s, e, WORD_INSERTED))
    # Unlinked content segments are added/omitted even when the engine said nothing.
    for side, kind in ((ORIGINAL, "omitted"), (DERIVATIVE, "added")):
        article = article_of(comparison, side)
        linked = {i for link in comparison.links for i in (link.original if side == ORIGINAL else link.derivative)}
        for seg in article.content_segments:
            if seg.id not in linked:
                marks[side].blocks.setdefault(seg.id, kind)
    return marks


def layered(length: int, marks: list[Mark]) -> list[tuple[int, int, Mark | None]]:
    """Cut ``0..length`` into runs, each carrying the mark that wins there.

    Findings win over word differences (they say why something changed); among
    findings the shorter span wins, so a changed number inside a changed quote stays
    visible.
    """
    if not marks:
        return [(0, length, None)] if length else []

    def rank(m: Mark) -> tuple[int, int]:
        return (0 if m.finding is not None else 1, m.end - m.start)

    owner: list[Mark | None] = [None] * length
    for m in sorted(marks, key=rank, reverse=True):
        for i in range(max(0, m.start), min(length, m.end)):
            owner[i] = m
    runs: list[tuple[int, int, Mark | None]] = []
    start = 0
    for i in range(1, length + 1):
        if i == length or owner[i] is not owner[start]:
            runs.append((start, i, owner[start]))
            start = i
    return runs
