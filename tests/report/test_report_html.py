"""The HTML report: one self-contained file with no active content and nothing remote,
holding everything the report model says, with every article string shown as text."""

from __future__ import annotations

import re
import subprocess
import sys
from html.parser import HTMLParser

import pytest
from report_fixtures import (
    DERIVATIVE_PARAS,
    DERIVATIVE_TITLE,
    EXPLANATIONS,
    HOSTILE,
    ORIGINAL_SOURCE,
    ORIGINAL_TITLE,
    hostile_comparison,
    long_comparison,
    small_comparison,
)

from diptych.engine.model import Article, Comparison, EngineInfo, Segment
from diptych.report import export
from diptych.report.html import render_html
from diptych.report.model import build_report

ACTIVE_TAGS = {"script", "iframe", "object", "embed", "link", "img", "frame", "frameset", "base",
               "form", "input", "button", "svg", "math", "video", "audio", "source", "applet", "meta-refresh"}


class Inventory(HTMLParser):
    """Every tag, attribute and piece of text of a document, for inspection."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.styles: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_style = tag == "style"

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        self._in_style = False

    def handle_data(self, data):
        (self.styles if self._in_style else self.text).append(data)

    @property
    def plain(self) -> str:
        return re.sub(r"\s+", " ", "".join(self.text))


def inventory(document: str) -> Inventory:
    parser = Inventory()
    parser.feed(document)
    parser.close()
    return parser


def assert_inert(document: str, allowed_links: set[str]) -> Inventory:
    """No script, no event handler, no embedded or remote resource; links only as allowed."""
    inv = inventory(document)
    for tag, attrs in inv.tags:
        assert tag not in ACTIVE_TAGS, tag
        for name, value in attrs.items():
            assert not name.startswith("on"), (tag, name)
            assert name not in {"src", "srcset", "action", "formaction", "background", "poster", "data"}, name
            if name == "href":
                assert value in allowed_links or (value or "").startswith("#"), value
            if name == "style":
                assert "url(" not in (value or "").lower() and "expression" not in (value or "").lower()
        if tag == "meta":
            assert attrs.get("http-equiv", "").lower() != "refresh"
    css = "".join(inv.styles).lower()
    assert "url(" not in css and "@import" not in css
    return inv


def test_the_report_holds_titles_findings_and_every_added_paragraph():
    inv = inventory(render_html(build_report(small_comparison())))
    assert ORIGINAL_TITLE in inv.plain and DERIVATIVE_TITLE in inv.plain
    for explanation in EXPLANATIONS.values():
        assert explanation in inv.plain
    assert DERIVATIVE_PARAS[4] in inv.plain  # the added paragraph, whole, in the findings list
    assert "2.4 million" in inv.plain and "4,2 millions" in inv.plain  # spans in both languages


def test_the_report_is_one_inert_file_whose_only_link_is_the_web_source():
    document = render_html(build_report(small_comparison()))
    inv = assert_inert(document, allowed_links={ORIGINAL_SOURCE})
    hrefs = [a["href"] for t, a in inv.tags if t == "a" and not a["href"].startswith("#")]
    assert hrefs == [ORIGINAL_SOURCE]
    csp = [a["content"] for t, a in inv.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert csp and "default-src 'none'" in csp[0] and "script-src" not in csp[0]


def test_highlights_mark_the_finding_spans_with_their_kind():
    document = render_html(build_report(small_comparison()))
    assert re.search(r'<mark class="k-number_changed"[^>]*>2\.4 million</mark>', document)
    assert re.search(r'<mark class="k-hedge_changed"[^>]*>aurait</mark>', document)
    assert document.count('class="linked moved"') == 1


def test_internal_links_point_at_rows_and_findings_that_exist():
    inv = inventory(render_html(build_report(small_comparison())))
    ids = {a["id"] for _, a in inv.tags if "id" in a}
    targets = {a["href"][1:] for t, a in inv.tags if t == "a" and a.get("href", "").startswith("#")}
    assert targets and targets <= ids


def test_hostile_text_is_shown_as_text_and_nothing_in_it_is_active():
    comparison = hostile_comparison()
    document = render_html(build_report(comparison))
    inv = assert_inert(document, allowed_links=set())
    assert not [a for t, a in inv.tags if t == "a" and not a.get("href", "#").startswith("#")]
    for payload in HOSTILE.values():
        assert payload in inv.plain, payload  # visible, character for character, as text
    assert "javascript:" not in " ".join(str(v) for _, a in inv.tags for v in a.values())
    # the sources are printed, never linked
    assert comparison.derivative.source in inv.plain and comparison.original.source in inv.plain


def test_a_hostile_language_code_cannot_break_out_of_its_attribute():
    inv = inventory(render_html(build_report(hostile_comparison())))
    assert all("onmouseover" not in name for _, attrs in inv.tags for name in attrs)


@pytest.mark.parametrize("language, direction", [("ar", "rtl"), ("he", "rtl"), ("fr", "ltr")])
def test_right_to_left_articles_are_marked_so(language, direction):
    seg = [Segment(0, "نص")]
    comparison = Comparison(Article("a", "t", language, "نص", seg), Article("b", "t", "en", "x", [Segment(0, "x")]),
                            [], [], EngineInfo("0.1.0", "test"))
    document = render_html(build_report(comparison))
    assert f'lang="{language}" dir="{direction}"' in document


def test_the_report_is_printable():
    document = render_html(build_report(small_comparison()))
    assert "@media print" in document and "page-break-inside: avoid" in document
    assert "display: table-header-group" in document  # the column header repeats on each page


def test_a_300_paragraph_pair_lists_every_paragraph():
    comparison = long_comparison(300)
    inv = inventory(render_html(build_report(comparison)))
    for article in (comparison.original, comparison.derivative):
        for segment in article.segments:
            assert segment.text in inv.plain


def test_export_writes_utf8_html(tmp_path):
    path = tmp_path / "report.html"
    export(small_comparison(), path, "html")
    text = path.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>") and "Le conseil du port dit oui à la passerelle" in text


def test_html_and_json_reports_do_not_load_qt(tmp_path):
    code = (
        "import sys; sys.path.insert(0, %r)\n"
        "from report_fixtures import small_comparison\n"
        "from diptych.report import export\n"
        "export(small_comparison(), %r, 'html'); export(small_comparison(), %r, 'json')\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was imported'\n"
    ) % (str(__import__("pathlib").Path(__file__).parent), str(tmp_path / "r.html"), str(tmp_path / "r.json"))
    subprocess.run([sys.executable, "-c", code], check=True)
