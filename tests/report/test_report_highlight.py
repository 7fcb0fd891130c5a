"""Finding spans found again in segment text, and text cut at the spans."""

from __future__ import annotations

import pytest

from diptych.report.highlight import Fragment, Span, locate, split


@pytest.mark.parametrize("span, segments, expected", [
    ("3", [(0, "In 2023, 3 people")], [(0, 9, 10)]),  # whole word preferred over inside "2023"
    ("3", [(0, "In 2023 it rained")], [(0, 6, 7)]),  # no whole word: first occurrence
    ("rain", [(0, "no"), (1, "the rain fell")], [(1, 4, 8)]),  # first segment that holds it
    ("Ab. Cd.", [(0, "Ab."), (1, "Cd.")], [(0, 0, 3), (1, 0, 3)]),  # a span over whole segments
    ("absent", [(0, "text")], []),
    ("   ", [(0, "   ")], []),
    ("«\u00a0oui\u00a0»", [(0, "il dit «\u00a0oui\u00a0» hier")], [(0, 7, 14)]),  # exact characters
])
def test_locate_finds_the_exact_span(span, segments, expected):
    assert locate(span, segments) == expected


@pytest.mark.parametrize("spans, expected", [
    ([], [Fragment("abcdef")]),
    ([Span(2, 4, "added", 1)], [Fragment("ab"), Fragment("cd", "added", (1,)), Fragment("ef")]),
    ([Span(0, 6, "added", 1), Span(2, 3, "hedge_changed", 2)],
     [Fragment("ab", "added", (1,)), Fragment("c", "hedge_changed", (1, 2)), Fragment("def", "added", (1,))]),
    ([Span(0, 3, "added", 1), Span(3, 6, "added", 1)], [Fragment("abcdef", "added", (1,))]),  # merged
    ([Span(4, 99, "added", 1), Span(3, 2, "added", 2)], [Fragment("abcdef")]),  # out of range: ignored
])
def test_split_cuts_text_at_span_boundaries(spans, expected):
    fragments = split("abcdef", spans)
    assert fragments == expected
    assert "".join(f.text for f in fragments) == "abcdef"
