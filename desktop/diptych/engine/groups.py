"""Both articles seen sentence by sentence, and each linked group's sentence alignment.

Every span-level comparison (quotes, figures, names, hedges, sources, loaded terms)
compares like with like: a sentence of the derivative with the original sentence it
renders. :func:`build_context` cuts both sides into sentences, embeds them in one
encoder call, and aligns the sentences inside every linked group.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Iterable

import numpy as np

from diptych.engine.clauses import SentencePair, align_sentences, block_score
from diptych.engine.model import Article, Finding, Link
from diptych.engine.score import WIDTH
from diptych.engine.sentences import Span, sentence_spans

_WORD = re.compile(r"[^\W\d_]+")


class Embeddings:
    """Texts to embed, gathered first and encoded in one batch (the encoder is fast in batches)."""

    def __init__(self, encoder) -> None:
        self._encoder = encoder
        self._vectors: dict[str, np.ndarray] = {}
        self._pending: dict[str, None] = {}

    def want(self, texts: Iterable[str]) -> None:
        for text in texts:
            if text and text not in self._vectors:
                self._pending[text] = None

    def flush(self) -> None:
        if not self._pending:
            return
        texts = list(self._pending)
        self._pending.clear()
        vectors = self._encoder.encode(texts)
        for text, vec in zip(texts, vectors):
            self._vectors[text] = np.asarray(vec, dtype=np.float32)

    def __getitem__(self, text: str) -> np.ndarray:
        if not text:  # a span cut down to nothing says nothing: similar to no text
            return np.zeros(WIDTH, dtype=np.float32)
        if text not in self._vectors:
            self.want([text])
            self.flush()
        return self._vectors[text]

    def sim(self, a: str, b: str) -> float:
        return float(self[a] @ self[b])

    def matrix(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, WIDTH), dtype=np.float32)
        return np.stack([self[t] for t in texts])


@dataclass
class Side:
    """One article's content: its sentences in reading order and where each segment's are."""

    article: Article
    sentences: list[Span]
    by_segment: dict[int, list[int]]
    texts: dict[int, str]
    lowercase_words: frozenset[str]
    # What detectors derive from one side's whole text, computed once (see ``memo``).
    memos: dict[str, object] = field(default_factory=dict, repr=False)

    @property
    def language(self) -> str:
        return self.article.language

    def memo(self, key: str, compute: Callable[[], object]) -> object:
        """``compute()`` the first time ``key`` is asked for, the same value after."""
        if key not in self.memos:
            self.memos[key] = compute()
        return self.memos[key]

    def segment_sentences(self, segs: Iterable[int]) -> list[int]:
        return [k for seg in segs for k in self.by_segment.get(seg, [])]


@dataclass
class Group:
    """A linked group: its sentences on both sides and how they align."""

    link: Link
    original: list[int]  # sentence indices on the original side
    derivative: list[int]
    pairs: list[SentencePair] = field(default_factory=list)  # indices into the two lists above
    soft: bool = False  # not a link of the aligner: an unlinked paragraph and its likeliest source

    def aligned(self) -> list[tuple[list[int], list[int], float]]:
        """The aligned sentence blocks as indices into each side's sentence list."""
        return [
            ([self.original[i] for i in p.original], [self.derivative[j] for j in p.derivative], p.score)
            for p in self.pairs
        ]

    def unpaired_original(self) -> list[int]:
        used = {i for p in self.pairs for i in p.original}
        return [k for i, k in enumerate(self.original) if i not in used]

    def unpaired_derivative(self) -> list[int]:
        used = {j for p in self.pairs for j in p.derivative}
        return [k for j, k in enumerate(self.derivative) if j not in used]


@dataclass
class Context:
    original: Side
    derivative: Side
    groups: list[Group]
    embeddings: Embeddings
    similarity: np.ndarray  # original sentences x derivative sentences
    # Unpaired original sentences judged merged into a sentence of their link's other side
    # (by clause score, or by length and clause score), with their links: a clause of that
    # rendering may be theirs, not new.
    merged: list[tuple[Span, Link]] = field(default_factory=list)
    # Derivative clauses found to render words of their link's original (no additions),
    # with their links: an original sentence of the link they render is not omitted.
    rendering_clauses: list[tuple[str, Link]] = field(default_factory=list)
    # Of ``merged``, those judged merged on length evidence alone, with the omitted finding
    # each would be and what re-judging it needs (group, sentence index, length ratio,
    # clause score): a clause the derivative added to the same block may be the surplus.
    merged_by_length: list[tuple[object, "Group", int, float, float]] = field(default_factory=list)
    # What several detectors derive from the whole pair, computed once (see ``memo``).
    memos: dict[str, object] = field(default_factory=dict, repr=False)

    def memo(self, key: str, compute: Callable[[], object]) -> object:
        """``compute()`` the first time ``key`` is asked for, the same value after."""
        if key not in self.memos:
            self.memos[key] = compute()
        return self.memos[key]

    @property
    def linked_groups(self) -> list[Group]:
        """The aligner's links only (soft groups left out)."""
        return [g for g in self.groups if not g.soft]

    @property
    def same_language(self) -> bool:
        return self.original.language == self.derivative.language

    def group_text(self, side: Side, sentences: list[int]) -> str:
        return " ".join(side.sentences[k].text for k in sentences)


def build_side(article: Article) -> Side:
    sentences: list[Span] = []
    by_segment: dict[int, list[int]] = {}
    texts: dict[int, str] = {}
    lowercase: set[str] = set()
    for segment in article.content_segments:
        texts[segment.id] = segment.text
        for span in sentence_spans(segment.id, segment.text, article.language):
            by_segment.setdefault(segment.id, []).append(len(sentences))
            sentences.append(span)
        lowercase.update(w.lower() for w in _WORD.findall(segment.text) if w[:1].islower())
    return Side(article, sentences, by_segment, texts, frozenset(lowercase))


def build_context(original: Article, derivative: Article, links: list[Link], encoder, extra: Iterable[str] = ()) -> Context:
    """Sentences of both sides, embedded in one call, aligned inside every linked group."""
    o_side = build_side(original)
    d_side = build_side(derivative)
    embeddings = Embeddings(encoder)
    embeddings.want(s.text for s in o_side.sentences)
    embeddings.want(s.text for s in d_side.sentences)
    embeddings.want(extra)
    embeddings.flush()
    O = embeddings.matrix([s.text for s in o_side.sentences])
    D = embeddings.matrix([s.text for s in d_side.sentences])
    similarity = O @ D.T if len(O) and len(D) else np.zeros((len(O), len(D)), dtype=np.float32)
    groups: list[Group] = []
    for link in links:
        o_ids = [i for i in link.original if i in o_side.texts]
        d_ids = [j for j in link.derivative if j in d_side.texts]
        if not o_ids or not d_ids:
            continue
        group = Group(link, o_side.segment_sentences(o_ids), d_side.segment_sentences(d_ids))
        score = block_score(O[group.original], D[group.derivative])
        group.pairs = align_sentences(len(group.original), len(group.derivative), score)
        groups.append(group)
    groups += _soft_groups(o_side, d_side, links, similarity, O, D)
    return Context(o_side, d_side, groups, embeddings, similarity)


SOFT_LINK = 0.55
"""A derivative paragraph the aligner left unlinked is still compared, span by span,
with the original paragraph holding a sentence it renders this closely: rewrites split
and paraphrase paragraphs past what the aligner links, and a loaded word or a new quote
in such a paragraph should not go unseen."""


def _soft_groups(o_side: Side, d_side: Side, links: list[Link], similarity, O, D) -> list[Group]:
    linked = {j for link in links for j in link.derivative}
    groups = []
    for seg, rows in d_side.by_segment.items():
        if seg in linked or not rows or not similarity.shape[0]:
            continue
        block = similarity[:, rows]
        best = float(block.max())
        if best < SOFT_LINK:
            continue
        o_sentence = int(block.max(axis=1).argmax())
        o_seg = o_side.sentences[o_sentence].seg
        group = Group(
            Link([o_seg], [seg], best),
            o_side.segment_sentences([o_seg]),
            d_side.segment_sentences([seg]),
            soft=True,
        )
        score = block_score(O[group.original], D[group.derivative])
        group.pairs = align_sentences(len(group.original), len(group.derivative), score)
        groups.append(group)
    return groups


def finding(
    kind: str,
    original: Span | None,
    derivative: Span | None,
    explanation: str,
    confidence: float,
    *,
    original_segments: Iterable[int] = (),
    derivative_segments: Iterable[int] = (),
) -> Finding:
    """A Finding whose texts are exactly the given spans and whose ids are their segments."""
    o_ids = sorted({original.seg} if original is not None else set(original_segments))
    d_ids = sorted({derivative.seg} if derivative is not None else set(derivative_segments))
    return Finding(
        kind=kind,
        original=o_ids,
        derivative=d_ids,
        original_text=original.text if original is not None else None,
        derivative_text=derivative.text if derivative is not None else None,
        explanation=explanation,
        confidence=round(float(min(max(confidence, 0.0), 1.0)), 3),
    )


def block_span(side: Side, sentences: list[int]) -> Span:
    """The text from the first to the last of some sentences of one segment (or the first's)."""
    first = side.sentences[sentences[0]]
    same = [side.sentences[k] for k in sentences if side.sentences[k].seg == first.seg]
    end = max(s.end for s in same)
    text = side.texts[first.seg]
    return Span(first.seg, first.start, end, text[first.start : end])
