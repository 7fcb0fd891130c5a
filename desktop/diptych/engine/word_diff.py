"""Word-level differences between two sentences of one language.

A rewrite in the source's own language keeps most of a sentence and changes a few words;
what stands in the place of a word the source had is known by that place, whatever it is
("said" -> "claimed", "cut" -> "trimmed"). rapidfuzz gives the edit script; this module
turns it into the changed stretches of words on both sides.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from diptych.engine.groups import Context
from diptych.engine.lexicons import pattern
from diptych.engine.model import Finding
from diptych.engine.sentences import Span

_TOKEN = re.compile(r"[^\W\d_][\w'’-]*|\d[\d.,]*|[^\w\s]")

EDITED_MIN = 70
"""How alike (rapidfuzz ratio, 0-100) two sentences must be for a word-for-word reading:
below it the sentence was rewritten, not edited, and places mean nothing."""


@dataclass(frozen=True)
class Change:
    """One changed stretch: the source's words and the derivative's words in their place
    (either may be empty: a deletion or an insertion)."""

    source: list[re.Match[str]]
    derivative: list[re.Match[str]]

    @property
    def source_words(self) -> list[str]:
        return [m.group() for m in self.source]

    @property
    def derivative_words(self) -> list[str]:
        return [m.group() for m in self.derivative]


def edited(source: Span, derivative: Span) -> bool:
    """Whether ``derivative`` is ``source`` edited rather than rewritten."""
    return fuzz.ratio(source.text, derivative.text) >= EDITED_MIN


def closest(spans: list[Span], derivative: Span) -> Span | None:
    """Of the source's sentences, the one ``derivative`` is an edit of, if any."""
    if not spans:
        return None
    best = max(spans, key=lambda s: fuzz.ratio(s.text, derivative.text))
    return best if edited(best, derivative) else None


def tokens(text: str) -> list[re.Match[str]]:
    """The words and marks of ``text``, as the diff sees them."""
    return list(_TOKEN.finditer(text))


@lru_cache(maxsize=1024)
def changes(source: str, derivative: str) -> tuple[Change, ...]:
    """The changed stretches of words, next replacements and insertions joined ("said" ->
    "pointed out" is one change, not a replacement and an insertion). Cached: the readers
    of verbs of saying, of replaced verbs and of inserted qualifiers diff the same pairs."""
    a, b = tokens(source), tokens(derivative)
    stretches: list[list[int]] = []
    for op in Levenshtein.opcodes([m.group().lower() for m in a], [m.group().lower() for m in b]):
        if op.tag == "equal":
            continue
        if stretches and stretches[-1][1] == op.src_start and stretches[-1][3] == op.dest_start:
            stretches[-1][1], stretches[-1][3] = op.src_end, op.dest_end
        else:
            stretches.append([op.src_start, op.src_end, op.dest_start, op.dest_end])
    return tuple(Change(a[i:j], b[k:l]) for i, j, k, l in stretches)


def stems(text: str) -> set[str]:
    """The first five letters of every word of five letters or more (a crude stem:
    "expected" and "expects" share one), and every shorter word whole."""
    return {w.lower()[:5] for w in _TOKEN.findall(text) if w[:1].isalpha()}


def stem(word: str) -> str:
    return word.lower()[:5]


def phrase(span: Span, words: list[re.Match[str]]) -> Span:
    """The stretch of ``span`` from its first word to its last."""
    return span.sub(words[0].start(), words[-1].end())


def edited_sentences(ctx: Context, taken: list[Span]) -> Iterator[tuple[Span, Span, float]]:
    """(the source's sentence, the derivative's, the pair's score) for every derivative
    sentence of a linked group that edits one of the source sentences aligned with it, in
    a rewrite in the source's own language; sentences in ``taken`` are skipped."""
    o, d = ctx.original, ctx.derivative
    if o.language != d.language:
        return
    for group in ctx.linked_groups:
        for o_block, d_block, score in group.aligned():
            o_spans = [o.sentences[k] for k in o_block]
            for k in d_block:
                span = d.sentences[k]
                if any(span.overlaps(t) for t in taken):
                    continue
                source = closest(o_spans, span)
                if source is not None:
                    yield source, span, score


def hedge_words(language: str) -> list[re.Pattern[str]]:
    """The hedges lexicon's words: a change that holds one is the hedge detector's."""
    return [p for p in (pattern("hedges", language, s) for s in ("hearsay", "weak", "modal")) if p is not None]


def placed_term(source: Span, words: Span, score: float, why: str) -> Finding:
    """A loaded term read by its place: ``words`` of the derivative where ``source`` stood."""
    return Finding(
        kind="loaded_term",
        original=[source.seg],
        derivative=[words.seg],
        original_text=source.text,
        derivative_text=words.text,
        explanation=why,
        confidence=0.5 if score < 0.6 else 0.6,
    )
