"""Exact spans of findings inside segment text, and segment text cut at those spans.

Findings carry their spans as text copied character for character from a segment,
not as offsets, so the report finds them again: preferring an occurrence that starts
and ends on word boundaries (a changed "3" should not light up inside "2023").
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str
    finding: int  # finding number


@dataclass(frozen=True)
class Fragment:
    """A run of segment text; ``kind`` is the highlight to draw, None for plain text."""

    text: str
    kind: str | None = None
    findings: tuple[int, ...] = ()


def locate(span: str, segments: list[tuple[int, str]]) -> list[tuple[int, int, int]]:
    """Where ``span`` sits in the given (id, text) segments, as (id, start, end) triples.

    A span inside one segment gives one triple; a span that covers several whole
    segments (a finding about a merged group) gives one whole-segment triple each.
    Empty when the text is in none of them.
    """
    if not span.strip():
        return []
    for seg, text in segments:
        at = _best_occurrence(text, span)
        if at >= 0:
            return [(seg, at, at + len(span))]
    covered = [(seg, 0, len(text)) for seg, text in segments if text.strip() and text in span]
    return covered


def _best_occurrence(text: str, span: str) -> int:
    first = text.find(span)
    at = first
    while at >= 0:
        before_ok = at == 0 or not (text[at - 1].isalnum() and span[0].isalnum())
        end = at + len(span)
        after_ok = end == len(text) or not (text[end].isalnum() and span[-1].isalnum())
        if before_ok and after_ok:
            return at
        at = text.find(span, at + 1)
    return first


def split(text: str, spans: list[Span]) -> list[Fragment]:
    """``text`` cut into fragments at every span boundary.

    Where spans overlap, the fragment takes the kind of the narrowest span covering it
    (a changed number inside an added sentence shows as a number) and lists every
    finding that covers it.
    """
    spans = [s for s in spans if 0 <= s.start < s.end <= len(text)]
    if not spans:
        return [Fragment(text)] if text else []
    cuts = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    fragments: list[Fragment] = []
    for a, b in zip(cuts, cuts[1:]):
        covering = [s for s in spans if s.start <= a and b <= s.end]
        if covering:
            narrowest = min(covering, key=lambda s: (s.end - s.start, s.finding))
            fragment = Fragment(text[a:b], narrowest.kind, tuple(sorted({s.finding for s in covering})))
        else:
            fragment = Fragment(text[a:b])
        if fragments and (fragments[-1].kind, fragments[-1].findings) == (fragment.kind, fragment.findings):
            fragment = Fragment(fragments.pop().text + fragment.text, fragment.kind, fragment.findings)
        fragments.append(fragment)
    return fragments
