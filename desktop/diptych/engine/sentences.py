"""Sentences with their character offsets, so every finding can quote its text exactly.

Span-level analysis works inside segments: a finding's ``original_text`` and
``derivative_text`` must be substrings of ``Segment.text``. A :class:`Span` remembers
where it was cut from, and :func:`sentence_spans` cuts a segment into sentences
without losing offsets (pysbd's ``char_span`` mode).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_PYSBD_FALLBACK = "en"
_SPACE = re.compile(r"\s")


@dataclass(frozen=True)
class Span:
    """``text == segment.text[start:end]`` of segment ``seg``."""

    seg: int
    start: int
    end: int
    text: str

    def sub(self, start: int, end: int) -> Span:
        """A span at ``start:end`` relative to this one."""
        return Span(self.seg, self.start + start, self.start + end, self.text[start:end])

    def contains(self, other: Span) -> bool:
        return self.seg == other.seg and self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.seg == other.seg and self.start < other.end and other.start < self.end


def trimmed(seg: int, text: str, start: int, end: int) -> Span:
    """``text[start:end]`` without surrounding white space, as a :class:`Span`."""
    while start < end and _SPACE.match(text[start]):
        start += 1
    while end > start and _SPACE.match(text[end - 1]):
        end -= 1
    return Span(seg, start, end, text[start:end])


WINDOW = 2000
"""pysbd slows down far faster than linearly on long texts: it reads windows of about
this many characters, cut after a sentence end where there is one."""
_CUT = re.compile(r"[.!?…][»”\"’)]*\s+|\s+")


def windows(text: str, size: int = WINDOW) -> list[tuple[int, int]]:
    """(start, end) pieces of ``text`` of at most about ``size`` characters, covering it."""
    out = []
    start = 0
    while len(text) - start > size:
        cuts = list(_CUT.finditer(text, start + size // 2, start + size))
        ends = [m for m in cuts if not m.group().isspace()] or cuts
        end = ends[-1].end() if ends else start + size
        out.append((start, end))
        start = end
    out.append((start, len(text)))
    return out


def sentence_spans(seg: int, text: str, language: str) -> list[Span]:
    """The sentences of one segment's text, by pysbd's rules for ``language``.

    Remembered: the sentence rescue and the span analysis both cut every linked
    segment, and pysbd is among the slowest steps of a comparison.
    """
    return list(_sentence_spans(seg, text, language))


@lru_cache(maxsize=4096)
def _sentence_spans(seg: int, text: str, language: str) -> tuple[Span, ...]:
    if not text.strip():
        return ()
    import pysbd
    from pysbd.languages import LANGUAGE_CODES

    code = language if language in LANGUAGE_CODES else _PYSBD_FALLBACK
    # pysbd keeps state per call: a fresh segmenter for every text. Its char_span mode
    # compiles a regular expression per sentence; finding the pieces ourselves is faster.
    segmenter = pysbd.Segmenter(language=code, clean=False, char_span=False)
    spans: list[Span] = []
    for w_start, w_end in windows(text):
        window = text[w_start:w_end]
        cursor = 0
        for piece in segmenter.segment(window):
            start = window.find(piece, cursor) if piece else -1
            if start < 0:  # pysbd returns the text's own pieces; never lose the cursor
                piece = piece.strip()
                start = window.find(piece, cursor) if piece else -1
                if start < 0:
                    continue
            end = start + len(piece)
            cursor = end
            span = trimmed(seg, text, w_start + start, w_start + end)
            if span.text:
                spans.append(span)
    spans = _rejoin_quote_tails(spans, text)
    if language == "de":
        spans = _rejoin_ordinals(spans, text)
    return tuple(spans or [trimmed(seg, text, 0, len(text))])


_QUOTE_TAIL = re.compile(r"^[»“”\"’›‹«„]?\s*[,;:]?\s*[a-zà-ÿ]")


def _rejoin_quote_tails(spans: list[Span], text: str) -> list[Span]:
    """Glue a piece starting in lower case back onto the sentence before it.

    pysbd cuts ``"We will win!" he said.`` after the exclamation mark; the reporting
    clause belongs to the quote's sentence.
    """
    out: list[Span] = []
    for span in spans:
        if out and _QUOTE_TAIL.match(span.text) and out[-1].seg == span.seg:
            prev = out[-1]
            out[-1] = Span(prev.seg, prev.start, span.end, text[prev.start : span.end])
        else:
            out.append(span)
    return out


_GERMAN_ORDINAL_END = re.compile(
    r"\b(?:dem|den|der|des|die|das|am|im|zum|zur|vom|beim|"
    r"(?:ein|mein|dein|sein|ihr|unser|euer|dies|jed)(?:em|en|er|es|e))\s+\d{1,4}\.$",
    re.IGNORECASE,
)


def _rejoin_ordinals(spans: list[Span], text: str) -> list[Span]:
    """Glue back a German sentence cut after an ordinal: German writes "the 700th" as
    "dem 700." and capitalises the noun after it ("dem 700. Jahrestag"), which pysbd
    reads as a sentence end when the number is long. A count ending a sentence ("stieg
    auf 700.") has no article or preposition of an ordinal before it."""
    out: list[Span] = []
    for span in spans:
        if out and out[-1].seg == span.seg and _GERMAN_ORDINAL_END.search(out[-1].text):
            prev = out[-1]
            out[-1] = Span(prev.seg, prev.start, span.end, text[prev.start : span.end])
        else:
            out.append(span)
    return out
