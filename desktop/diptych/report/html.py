"""The self-contained HTML report: one file, inline CSS, no script, nothing remote.

Article text is untrusted (it was scraped from the web), so every string from a
comparison goes through ``html.escape``; the only links are the two sources, and only
when they are plain http(s) URLs. A Content-Security-Policy meta tag forbids scripts
and remote loads as a second line of defence for whoever opens the file.
"""

from __future__ import annotations

import html

from diptych.engine.model import FINDING_KINDS
from diptych.report import legend, wording
from diptych.report.model import FindingEntry, Paragraph, Report, Row, SourceInfo

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"


def _e(text: object) -> str:
    """Escape for an attribute value (quotes too)."""
    return html.escape(str(text), quote=True)


def _t(text: object) -> str:
    """Escape for element content: &, < and > are all that can start markup there."""
    return html.escape(str(text), quote=False)


def _kind_class(kind: str | None) -> str:
    return f"k-{kind}" if kind in FINDING_KINDS else "k-other"


def _css() -> str:
    kinds = "\n".join(f"mark.k-{k}, .swatch.k-{k} {{ background: {s.colour}; }}"
                      for k, s in legend.KIND_STYLES.items())
    return f"""
:root {{ color-scheme: light; }}
* {{ box-sizing: border-box; }}
body {{ font: 15px/1.45 "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; color: #1b1b1b;
       background: #fff; margin: 0 auto; max-width: 1200px; padding: 24px 28px 48px; }}
h1 {{ font-size: 24px; margin: 0 0 4px; }}
h2 {{ font-size: 18px; margin: 28px 0 8px; padding-bottom: 3px; border-bottom: 2px solid #333;
      break-after: avoid; page-break-after: avoid; }}
.engine, .muted, .ids {{ color: {legend.MUTED}; }}
.engine {{ font-size: 13px; margin: 0 0 16px; }}
table {{ border-collapse: collapse; width: 100%; }}
.sources td, .sources th {{ border: 1px solid {legend.RULE}; padding: 4px 8px; vertical-align: top;
       text-align: start; }}
.sources th {{ width: 8em; background: #f2f2f2; font-weight: 600; }}
.sources thead th {{ width: auto; font-size: 16px; }}
.sources .title {{ font-weight: 700; font-size: 16px; }}
.sources .hash {{ font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 12px;
       word-break: break-all; }}
.shares {{ font-size: 16px; margin: 4px 0; }}
.counts {{ width: auto; margin: 8px 0; }}
.counts td {{ padding: 2px 10px 2px 0; }}
.counts td.n {{ text-align: end; font-weight: 700; }}
.swatch {{ display: inline-block; padding: 0 6px; border-radius: 3px; }}
.legend {{ font-size: 13px; margin: 8px 0 0; padding: 0; list-style: none; }}
.legend li {{ margin: 2px 0; }}
.warnings {{ background: #fff6d6; border: 1px solid #e0c860; padding: 8px 12px 8px 28px; }}
.align th {{ position: sticky; top: 0; background: #333; color: #fff; text-align: start;
       padding: 6px 8px; font-weight: 600; }}
.align td {{ border-bottom: 1px solid {legend.RULE}; padding: 6px 8px; vertical-align: top;
       width: 46%; }}
.align td.num {{ width: 8%; font-size: 12px; color: {legend.MUTED}; white-space: nowrap; }}
.align td.num b {{ font-size: 14px; color: #1b1b1b; }}
.align td p {{ margin: 0 0 6px; }}
.align td p:last-child {{ margin-bottom: 0; }}
.align tr {{ break-inside: avoid; page-break-inside: avoid; }}
.align td.added {{ background: {legend.ADDED_ROW}; }}
.align td.omitted {{ background: {legend.OMITTED_ROW}; }}
.align tr.moved td.num {{ border-left: 4px solid {legend.MOVED_MARK}; }}
.align .empty {{ color: {legend.MUTED}; font-style: italic; }}
.tag {{ display: inline-block; font-size: 11px; font-weight: 700; text-transform: uppercase;
       letter-spacing: .03em; padding: 0 4px; border-radius: 3px; margin-top: 2px; color: #1b1b1b; }}
.tag.added {{ background: {legend.colour("added")}; }}
.tag.omitted {{ background: {legend.colour("omitted")}; }}
.tag.moved {{ background: {legend.MOVED_MARK}; color: #fff; }}
mark {{ color: inherit; padding: 0 1px; border-radius: 2px; }}
{kinds}
mark.k-other {{ background: #e0e0e0; }}
a.f {{ color: inherit; }}
.findings {{ padding-left: 0; list-style: none; }}
.findings li {{ border: 1px solid {legend.RULE}; border-radius: 4px; padding: 8px 12px; margin: 0 0 10px;
       break-inside: avoid; page-break-inside: avoid; }}
.findings .head {{ font-weight: 700; }}
.findings .meta {{ font-weight: 400; color: {legend.MUTED}; font-size: 13px; }}
.findings .expl {{ margin: 4px 0; }}
.findings .span {{ margin: 2px 0; }}
.findings .span .lbl {{ color: {legend.MUTED}; font-size: 13px; }}
footer {{ margin-top: 32px; font-size: 12px; color: {legend.MUTED}; }}
@media print {{
  body {{ max-width: none; padding: 0; font-size: 10pt; }}
  @page {{ margin: 14mm 12mm; }}
  * {{ -webkit-print-color-adjust: exact; print-color-adjust: exact; }}
  .align th {{ position: static; }}
  .align thead {{ display: table-header-group; }}
  a {{ color: inherit; text-decoration: none; }}
  h2.section {{ break-before: page; page-break-before: always; }}
}}
"""


def render_html(report: Report) -> str:
    """The whole report as one HTML document (a str; write it as UTF-8)."""
    h = report.header
    title = f"Diptych report: {h.derivative.title or 'derivative'} \u2190 {h.original.title or 'original'}"
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="referrer" content="no-referrer">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_t(title)}</title>",
        f"<style>{_css()}</style>",
        "</head>",
        "<body>",
        "<h1>Diptych comparison report</h1>",
        f'<p class="engine">{_t(wording.engine_line(report))}</p>',
        _sources(report),
        _summary(report),
        _warnings(report),
        "<h2>Findings</h2>",
        _findings(report),
        '<h2 class="section">Side by side</h2>',
        _legend(),
        _table(report),
        f"<footer>{_t(wording.engine_line(report))}<br>{_t(wording.PARAGRAPH_NOTE)}</footer>",
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(p for p in parts if p)


def _source_cell(info: SourceInfo) -> str:
    link = info.link
    if link:
        return f'<a href="{_e(link)}" rel="noreferrer noopener">{_t(info.source)}</a>'
    return _t(info.source if info.kind != "stdin" else "standard input")


def _sources(report: Report) -> str:
    o, d = report.header.original, report.header.derivative
    rows = [
        '<table class="sources">',
        "<thead><tr><th></th><th>Original</th><th>Derivative</th></tr></thead><tbody>",
        f'<tr><th>Title</th><td class="title" lang="{_e(o.language)}" dir="{wording.direction(o.language)}">'
        f'{_t(o.title) or "<span class=muted>untitled</span>"}</td>'
        f'<td class="title" lang="{_e(d.language)}" dir="{wording.direction(d.language)}">'
        f'{_t(d.title) or "<span class=muted>untitled</span>"}</td></tr>',
        f"<tr><th>Source</th><td>{_source_cell(o)} <span class=muted>({_e(wording.source_kind(o))})</span>"
        f"</td><td>{_source_cell(d)} <span class=muted>({_e(wording.source_kind(d))})</span></td></tr>",
    ]
    for (label, ov), (_, dv) in zip(wording.source_details(o), wording.source_details(d)):
        cls = ' class="hash"' if label == "SHA-256" else ""
        rows.append(f"<tr><th>{_t(label)}</th><td{cls}>{_t(ov)}</td><td{cls}>{_t(dv)}</td></tr>")
    rows.append("</tbody></table>")
    return "\n".join(rows)


def _summary(report: Report) -> str:
    s = report.summary
    out = ["<h2>Summary</h2>"]
    for line in wording.share_lines(s):
        share, _, rest = line.partition(" ")
        out.append(f'<p class="shares"><strong>{_t(share)}</strong> {_t(rest)}</p>')
    out.append(f"<p>{_t(wording.rows_line(s))}</p>")
    if s.total_findings:
        out.append('<table class="counts"><tbody>')
        for kind, n in s.counts.items():
            if n:
                out.append(f'<tr><td class="n">{n}</td><td><span class="swatch {_kind_class(kind)}">'
                           f"{_e(legend.label(kind))}</span></td></tr>")
        out.append(f'<tr><td class="n">{s.total_findings}</td><td>findings in all</td></tr>')
        out.append("</tbody></table>")
    else:
        out.append("<p>No findings: nothing was flagged for review.</p>")
    return "\n".join(out)


def _warnings(report: Report) -> str:
    if not report.warnings:
        return ""
    items = "".join(f"<li>{_t(w)}</li>" for w in report.warnings)
    return f'<h2>Warnings</h2>\n<ul class="warnings">{items}</ul>'


def _legend() -> str:
    items = [f'<li><span class="swatch" style="background:{col}">{_t(labels)}</span> '
             f"{_t(meaning)}</li>" for labels, col, meaning in legend.legend_entries()]
    items.append(f'<li><span class="tag moved">moved</span> a paragraph placed out of the '
                 "original's order</li>")
    return '<ul class="legend">' + "".join(items) + "</ul>"


def _fragments(paragraph: Paragraph, row: Row) -> str:
    out = []
    for f in paragraph.fragments:
        # an added or omitted row is tinted already; mark only what is inside it
        if f.kind is None or (row.kind != "linked" and f.kind == row.kind):
            out.append(_t(f.text))
        else:
            names = ", ".join(f"F{n}" for n in f.findings)
            out.append(f'<mark class="{_kind_class(f.kind)}" title="{_e(names)}: '
                       f'{_e(legend.label(f.kind))}">{_t(f.text)}</mark>')
    return "".join(out)


def _cell(row: Row, paragraphs: list[Paragraph], language: str, status: str, empty: str) -> str:
    cls = f' class="{status}"' if status else ""
    if not paragraphs:
        return f'<td{cls}><span class="empty">{_t(empty)}</span></td>'
    lang = f' lang="{_e(language)}" dir="{wording.direction(language)}"'
    body = "".join(f"<p>{_fragments(p, row)}</p>" for p in paragraphs)
    return f"<td{cls}{lang}>{body}</td>"


def _number_cell(row: Row) -> str:
    bits = [f"<b>{row.number}</b>"]
    bits += [f'<span class="tag {t}">{t}</span>' for t in wording.row_tags(row)]
    bits.append(f'<span class="ids">{_t(wording.row_segments(row))}</span>')
    if row.findings:
        bits.append(" ".join(f'<a class="f" href="#finding-{n}">F{n}</a>' for n in row.findings))
    return f'<td class="num">{"<br>".join(bits)}</td>'


def _table(report: Report) -> str:
    o, d = report.header.original, report.header.derivative
    out = [
        '<table class="align">',
        f"<thead><tr><th>#</th><th>Original ({_e(o.language)})</th>"
        f"<th>Derivative ({_e(d.language)})</th></tr></thead>",
        "<tbody>",
    ]
    for row in report.rows:
        classes = " ".join([row.kind] + (["moved"] if row.moved else []))
        out.append(
            f'<tr id="row-{row.number}" class="{classes}">{_number_cell(row)}'
            + _cell(row, row.original, o.language, "omitted" if row.kind == "omitted" else "",
                    wording.NO_COUNTERPART)
            + _cell(row, row.derivative, d.language, "added" if row.kind == "added" else "",
                    wording.LEFT_OUT)
            + "</tr>")
    if not report.rows:
        out.append('<tr><td colspan="3" class="empty">Neither article has content segments.</td></tr>')
    out.append("</tbody></table>")
    return "\n".join(out)


def _finding(entry: FindingEntry, report: Report) -> str:
    o, d = report.header.original, report.header.derivative
    row = (f'<a class="f" href="#row-{entry.row}">row {entry.row}</a>' if entry.row is not None
           else "not in the table")
    out = [
        f'<li id="finding-{entry.number}">',
        f'<div class="head">F{entry.number} <span class="swatch {_kind_class(entry.kind)}">'
        f'{_e(entry.label)}</span> <span class="meta">{row} \u00b7 confidence '
        f"{_t(wording.percent(entry.confidence))}</span></div>",
        f'<p class="expl">{_t(entry.explanation)}</p>',
    ]
    for side, info, text in (("original", o, entry.original_text), ("derivative", d, entry.derivative_text)):
        if text:
            out.append(
                f'<p class="span"><span class="lbl">{_t(wording.finding_side(entry, side, info.language))}:'
                f'</span> <mark class="{_kind_class(entry.kind)}" lang="{_e(info.language)}" '
                f'dir="{wording.direction(info.language)}">{_t(text)}</mark></p>')
    out.append("</li>")
    return "\n".join(out)


def _findings(report: Report) -> str:
    if not report.findings:
        return "<p>No findings.</p>"
    return '<ol class="findings">' + "\n".join(_finding(f, report) for f in report.findings) + "</ol>"
