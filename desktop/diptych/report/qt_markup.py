"""The report in the HTML subset that QTextDocument renders faithfully, for the PDF.

QTextDocument knows tables with cell padding and background colours, spans with
background colours, font sizes and weights, block margins, line heights, named
anchors and page-break-before; no CSS classes worth relying on, so styles are inline.

Pagination is done by Qt, a page at a time, so each aligned row and each finding is
its own table (a *unit*). The order is the editor's: header, summary, findings (what
to check), then the side-by-side table (the evidence) from a new page. ``pdf.py`` measures the units and asks for a page break
before a unit that would straddle two pages (``breaks``); a row pushed to a new page
gets the column header again. Each unit carries a named anchor (``u:<unit>``) so the
layout can be measured without relying on the order of Qt's blocks.

Units of length (CSS pixels, 1/96 inch): Qt scales table lengths and vertical block
margins to the paint device itself, but not horizontal block margins (measured with
Qt 6.12: margin-left is taken in device pixels); ``dpi`` scales those.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from diptych.report import legend, wording
from diptych.report.model import FindingEntry, Paragraph, Report, Row

BODY_PT = 8.5
COLUMN_WIDTHS = (10, 45, 45)  # percent: number column, original, derivative
HEAD_BG = "#3a3a3a"

ROWS_HEADING = "h:rows"
FINDINGS_HEADING = "h:findings"
COLUMN_HEAD = "h:colhead"


def row_unit(number: int) -> str:
    return f"row-{number}"


def finding_unit(number: int) -> str:
    return f"finding-{number}"


def unit_anchor(unit: str) -> str:
    return f"u:{unit}"


@dataclass(frozen=True)
class Unit:
    """A block kept on one page: one finding or one aligned row."""

    name: str
    heading: str | None  # anchor of the heading it keeps with (the first of a section)
    repeats_head: bool  # a page break before it repeats the column header
    new_page: bool  # always starts a page (the side-by-side table does)


def units(report: Report) -> list[Unit]:
    """Every unit, in document order."""
    out = [Unit(finding_unit(e.number), FINDINGS_HEADING if i == 0 else None, False, False)
           for i, e in enumerate(report.findings)]
    out += [Unit(row_unit(r.number), ROWS_HEADING if i == 0 else None, i > 0, i == 0)
            for i, r in enumerate(report.rows)]
    return out


def render_qt_html(report: Report, dpi: float = 96.0, breaks: frozenset[str] = frozenset(), *,
                   paginated: bool = True) -> str:
    """The whole report; ``breaks`` names the units that must start a new page.

    ``paginated=False`` leaves out every page break, for measuring units on one
    endless page.
    """
    m = _Margins(dpi, paginated)
    parts = [
        "<html><body>",
        _title_block(report, m),
        _sources(report),
        _summary(report, m),
        _warnings(report, m),
        _findings_section(report, m, breaks),
        _table_section(report, m, breaks),
        "</body></html>",
    ]
    return "\n".join(p for p in parts if p)


class _Margins:
    """CSS pixels to device pixels, for horizontal block margins only."""

    def __init__(self, dpi: float, paginated: bool = True) -> None:
        self.scale = dpi / 96.0
        self.paginated = paginated  # False: no page breaks at all (measuring)

    def __call__(self, css_px: float) -> int:
        return round(css_px * self.scale)


def _t(text: object) -> str:
    return html.escape(str(text), quote=False)


def _a(text: object) -> str:
    return html.escape(str(text), quote=True)


def _anchor(name: str) -> str:
    return f'<a name="{_a(name)}"></a>'


def _muted(text: str, size: float = 7.5) -> str:
    return f'<span style="color:{legend.MUTED}; font-size:{size}pt">{_t(text)}</span>'


def _swatch(label: str, colour: str) -> str:
    return f'<span style="background-color:{colour}">\u00a0{_t(label)}\u00a0</span>'


def _dir(language: str) -> str:
    return ' dir="rtl"' if wording.direction(language) == "rtl" else ""


def _heading(text: str, m: _Margins, *, anchor: str = "", top: int = 14, page_break: bool = False) -> str:
    brk = " page-break-before:always;" if page_break and m.paginated else ""
    return (f'<h2 style="font-size:12pt; font-weight:700; margin-top:{top}px; '
            f'margin-bottom:4px;{brk}">{_anchor(anchor) if anchor else ""}{_t(text)}</h2>')


def _p(body: str, m: _Margins, *, top: float = 0, bottom: float = 0, left: float = 0, extra: str = "") -> str:
    return (f'<p style="margin-top:{top}px; margin-bottom:{bottom}px; margin-left:{m(left)}px;'
            f'{extra}">{body}</p>')


def _table_open(*, padding: int = 4, border: int = 1, page_break: bool = False,
                top_margin: int = 0) -> str:
    brk = " page-break-before:always;" if page_break else ""  # callers pass m.paginated in
    return (f'<table width="100%" cellspacing="0" cellpadding="{padding}" border="{border}" '
            f'style="border-collapse:collapse; border-color:{legend.RULE}; border-style:solid; '
            f'margin-top:{top_margin}px;{brk}">')


# --- header, summary, warnings --------------------------------------------------------


def _title_block(report: Report, m: _Margins) -> str:
    return (f'<h1 style="font-size:16pt; font-weight:700; margin-top:0; margin-bottom:2px">'
            "Diptych comparison report</h1>"
            + _p(_muted(wording.engine_line(report)), m, bottom=8))


def _sources(report: Report) -> str:
    o, d = report.header.original, report.header.derivative
    label_cell = 'td bgcolor="#f0f0f0" width="14%"'

    def location(info) -> str:
        shown = info.source if info.kind != "stdin" else "standard input"
        text = _t(shown).replace("/", "/\u200b")  # let long URLs wrap after a slash
        if info.link:
            text = f'<a href="{_a(info.link)}" style="color:#1a4f8a">{text}</a>'
        return f"{text} {_muted('(' + wording.source_kind(info) + ')')}"

    def title(info) -> str:
        if not info.title:
            return _muted("untitled", BODY_PT)
        return f'<span style="font-size:10.5pt; font-weight:700">{_t(info.title)}</span>'

    def mono(text: str) -> str:
        return f'<span style="font-family:DejaVu Sans Mono, monospace; font-size:6.5pt">{_t(text)}</span>'

    rows = [
        _table_open(),
        f'<tr><{label_cell}></td><td width="43%" bgcolor="#f0f0f0"><b>Original</b></td>'
        '<td width="43%" bgcolor="#f0f0f0"><b>Derivative</b></td></tr>',
        f"<tr><{label_cell}><b>Title</b></td><td{_dir(o.language)}>{title(o)}</td>"
        f"<td{_dir(d.language)}>{title(d)}</td></tr>",
        f"<tr><{label_cell}><b>Source</b></td><td>{location(o)}</td><td>{location(d)}</td></tr>",
    ]
    for (label, ov), (_, dv) in zip(wording.source_details(o), wording.source_details(d)):
        cells = (mono(ov), mono(dv)) if label == "SHA-256" else (_t(ov), _t(dv))
        rows.append(f"<tr><{label_cell}><b>{_t(label)}</b></td><td>{cells[0]}</td><td>{cells[1]}</td></tr>")
    rows.append("</table>")
    return "\n".join(rows)


def _summary(report: Report, m: _Margins) -> str:
    s = report.summary
    out = [_heading("Summary", m)]
    for line in wording.share_lines(s):
        share, _, rest = line.partition(" ")
        out.append(_p(f"<b>{_t(share)}</b> {_t(rest)}", m, bottom=2, extra=" font-size:10pt;"))
    out.append(_p(_t(wording.rows_line(s)), m, top=4, bottom=4))
    if s.total_findings:
        counts = [f"<b>{n}</b>\u00a0{_swatch(legend.label(k), legend.colour(k))}"
                  for k, n in s.counts.items() if n]
        out.append(_p(f"Findings ({s.total_findings}): " + " \u2003".join(counts), m, extra=" line-height:140%;"))
    else:
        out.append(_p("No findings: nothing was flagged for review.", m))
    return "\n".join(out)


def _warnings(report: Report, m: _Margins) -> str:
    if not report.warnings:
        return ""
    items = "".join(_p(f"\u26a0 {_t(w)}", m, top=2) for w in report.warnings)
    return (_table_open(padding=5, top_margin=10)
            + f'<tr><td bgcolor="#fff6d6"><b>Warnings</b>{items}</td></tr></table>')


# --- the side-by-side table -------------------------------------------------------------


def _legend(m: _Margins) -> str:
    cells = [f"{_swatch(labels, col)}<br>{_muted(meaning, 7)}" for labels, col, meaning in legend.legend_entries()]
    cells.append(f"{_tag('moved')}<br>{_muted('a paragraph placed out of the original’s order', 7)}")
    cells.append(f"{_tag('added')} {_tag('omitted')}<br>{_muted('a row with a counterpart on one side only', 7)}")
    rows = ["".join(f'<td width="33%">{c}</td>' for c in cells[i:i + 3]) for i in range(0, len(cells), 3)]
    return (_table_open(padding=2, border=0) + "".join(f"<tr>{r}</tr>" for r in rows) + "</table>"
            + _p(_muted(wording.PARAGRAPH_NOTE, 7), m, top=2, bottom=4))


def _tag(name: str) -> str:
    colours = {"added": (legend.colour("added"), "#1b1b1b"),
               "omitted": (legend.colour("omitted"), "#1b1b1b"),
               "moved": (legend.MOVED_MARK, "#ffffff")}
    background, foreground = colours[name]
    return (f'<span style="background-color:{background}; color:{foreground}; font-size:6.5pt; '
            f'font-weight:700">\u00a0{name.upper()}\u00a0</span>')


def _column_head(report: Report, *, page_break: bool, anchor: str = "") -> str:
    o, d = report.header.original, report.header.derivative
    titles = ("#", f"Original ({o.language or '?'})", f"Derivative ({d.language or '?'})")
    cells = "".join(
        f'<td width="{w}%" bgcolor="{HEAD_BG}"><span style="color:#ffffff; font-weight:700">'
        f"{_anchor(anchor) if anchor and i == 0 else ''}{_t(title)}</span></td>"
        for i, (w, title) in enumerate(zip(COLUMN_WIDTHS, titles)))
    return _table_open(page_break=page_break, border=0) + f"<tr>{cells}</tr></table>"


def _ruled(last: bool) -> str:
    """Cell borders of a row table: left and bottom (and right on the last cell), so
    stacked one-row tables share single rules instead of doubling them."""
    rule = f"1px solid {legend.RULE}"
    right = f" border-right:{rule};" if last else ""
    return f' style="border-left:{rule}; border-bottom:{rule};{right}"'


def _fragments(paragraph: Paragraph, row: Row) -> str:
    out = []
    for f in paragraph.fragments:
        text = _t(f.text)
        # an added or omitted row is tinted already; highlight only what is inside it
        if f.kind is not None and not (row.kind != "linked" and f.kind == row.kind):
            text = f'<span style="background-color:{legend.colour(f.kind)}">{text}</span>'
        out.append(text)
    return "".join(out)


def _cell(row: Row, paragraphs: list[Paragraph], language: str, tint: str | None, empty: str,
          width: int, m: _Margins, *, last: bool = False) -> str:
    bg = f' bgcolor="{tint}"' if tint else ""
    if not paragraphs:
        return f'<td width="{width}%"{bg}{_ruled(last)}><i>{_muted(empty, 7.5)}</i></td>'
    body = "".join(
        _p(_fragments(p, row), m, bottom=4 if i < len(paragraphs) - 1 else 0, extra=" line-height:125%;")
        for i, p in enumerate(paragraphs))
    return f'<td width="{width}%"{bg}{_dir(language)}{_ruled(last)}>{body}</td>'


def _number_cell(row: Row, width: int) -> str:
    bits = [f'{_anchor(unit_anchor(row_unit(row.number)))}<b style="font-size:9pt">{row.number}</b>']
    bits += [_tag(t) for t in wording.row_tags(row)]
    bits.append(_muted(wording.row_segments(row), 6.5))
    if row.findings:
        bits.append(f'<span style="font-size:7pt; font-weight:700">'
                    f'{" ".join(f"F{n}" for n in row.findings)}</span>')
    return f'<td width="{width}%"{_ruled(False)}>{"<br>".join(bits)}</td>'


def _row_table(report: Report, row: Row, m: _Margins, *, page_break: bool) -> str:
    o, d = report.header.original, report.header.derivative
    w_num, w_o, w_d = COLUMN_WIDTHS
    return (_table_open(page_break=page_break, border=0) + "<tr>" + _number_cell(row, w_num)
            + _cell(row, row.original, o.language, legend.OMITTED_ROW if row.kind == "omitted" else None,
                    wording.NO_COUNTERPART, w_o, m)
            + _cell(row, row.derivative, d.language, legend.ADDED_ROW if row.kind == "added" else None,
                    wording.LEFT_OUT, w_d, m, last=True)
            + "</tr></table>")


def _table_section(report: Report, m: _Margins, breaks: frozenset[str]) -> str:
    # the evidence starts on a page of its own, after the summary and the findings
    out = [_heading("Side by side", m, anchor=ROWS_HEADING, top=0, page_break=True),
           _legend(m), _column_head(report, page_break=False, anchor=COLUMN_HEAD)]
    for i, row in enumerate(report.rows):
        brk = i > 0 and row_unit(row.number) in breaks
        if brk:
            out.append(_column_head(report, page_break=m.paginated))
        out.append(_row_table(report, row, m, page_break=False))
    if not report.rows:
        out.append(_p(_muted("Neither article has content segments.", BODY_PT), m, top=4))
    return "\n".join(out)


# --- findings ---------------------------------------------------------------------------


def _finding(entry: FindingEntry, report: Report, m: _Margins, *, page_break: bool) -> str:
    o, d = report.header.original, report.header.derivative
    lines = [
        _p(f"{_anchor(unit_anchor(finding_unit(entry.number)))}<b>F{entry.number}</b>\u2002"
           f"{_swatch(entry.label, legend.colour(entry.kind))}\u2002{_muted(wording.finding_meta(entry))}", m),
        _p(_t(entry.explanation), m, top=2),
    ]
    for side, info, text in (("original", o, entry.original_text), ("derivative", d, entry.derivative_text)):
        if text:
            lines.append(_p(
                f"{_muted(wording.finding_side(entry, side, info.language) + ':', 7.5)} "
                f'<span style="background-color:{legend.colour(entry.kind)}">{_t(text)}</span>',
                m, top=2, extra=" line-height:125%;"))
    return (_table_open(padding=3, border=0, page_break=page_break, top_margin=5)
            + f'<tr><td width="1%" bgcolor="{legend.colour(entry.kind)}"></td>'
            + f'<td width="99%">{"".join(lines)}</td></tr></table>')


def _findings_section(report: Report, m: _Margins, breaks: frozenset[str]) -> str:
    first_break = bool(report.findings) and finding_unit(report.findings[0].number) in breaks
    out = [_heading("Findings", m, anchor=FINDINGS_HEADING, top=18, page_break=first_break)]
    if not report.findings:
        out.append(_p("No findings.", m))
    for i, entry in enumerate(report.findings):
        out.append(_finding(entry, report, m,
                            page_break=m.paginated and i > 0 and finding_unit(entry.number) in breaks))
    return "\n".join(out)
