"""The report model: what a report says, built once from a Comparison.

The PDF and the HTML renderers only lay this out, so both formats always hold the
same rows, spans and findings. Nothing here imports Qt or writes markup: text stays
raw and each renderer escapes it for its own format.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Literal

import diptych
from diptych.engine.model import FINDING_KINDS, Article, Comparison, Finding, Link
from diptych.engine.order import longest_increasing
from diptych.report import legend
from diptych.report.highlight import Fragment, Span, locate, split

RowKind = Literal["linked", "added", "omitted"]


@dataclass(frozen=True)
class SourceInfo:
    """One side of the comparison, as the header shows it."""

    role: str  # "Original" or "Derivative"
    title: str
    source: str  # URL, file path or "-"
    kind: str  # "url", "html", "text" or "stdin"
    language: str
    retrieved: str  # ISO 8601 as recorded at loading, "" if unknown
    sha256: str
    words: int  # words in content (non-boilerplate) segments
    segments: int  # content segments
    boilerplate: int  # segments set aside as boilerplate

    @property
    def link(self) -> str | None:
        """The source as a link target, only for plain http(s) URLs (never javascript: etc.)."""
        return safe_link(self.source)


@dataclass(frozen=True)
class Header:
    original: SourceInfo
    derivative: SourceInfo
    version: str  # Diptych version of the engine that compared
    encoder: str
    translator: str | None
    generated: str  # ISO 8601 time the report was built


@dataclass(frozen=True)
class Summary:
    counts: dict[str, int]  # every finding kind, in FINDING_KINDS order, zeros included
    derivative_matched: float  # share of the derivative's words with a counterpart (0..1)
    original_carried: float  # share of the original's words carried over (0..1)
    linked_rows: int
    added_rows: int
    omitted_rows: int
    moved_rows: int

    @property
    def total_findings(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class Paragraph:
    """One segment in a table cell, cut into fragments where findings highlight it."""

    segment: int
    fragments: tuple[Fragment, ...]

    @property
    def text(self) -> str:
        return "".join(f.text for f in self.fragments)


@dataclass
class Row:
    """One line of the side-by-side table: a link, an added or an omitted segment."""

    number: int  # 1-based position in the table
    kind: RowKind
    original: list[Paragraph]
    derivative: list[Paragraph]
    moved: bool = False  # a link that breaks the original's order
    score: float | None = None
    findings: list[int] = field(default_factory=list)  # finding numbers shown in this row


@dataclass(frozen=True)
class FindingEntry:
    number: int  # 1-based, in table order
    kind: str
    label: str
    original: tuple[int, ...]
    derivative: tuple[int, ...]
    original_text: str | None
    derivative_text: str | None
    explanation: str
    confidence: float
    row: int | None  # number of the row that shows it
    index: int  # position in Comparison.findings (and in the JSON)


@dataclass(frozen=True)
class Report:
    header: Header
    summary: Summary
    rows: list[Row]
    findings: list[FindingEntry]
    warnings: list[str]


def safe_link(url: str) -> str | None:
    """``url`` if it is a plain http(s) URL fit for an href, else None."""
    candidate = url.strip()
    lowered = candidate.lower()
    if not (lowered.startswith("http://") or lowered.startswith("https://")):
        return None
    if len(candidate) <= len("https://") or any(c.isspace() or c in "\"'<>`\\" or ord(c) < 32
                                                 for c in candidate):
        return None
    return candidate


def build_report(comparison: Comparison, *, generated: datetime | None = None) -> Report:
    """Everything a report shows, in reading order, from one comparison."""
    warnings = list(comparison.engine.warnings)
    orig = _Side(comparison.original)
    deriv = _Side(comparison.derivative)
    links = _valid_links(comparison.links, orig, deriv, warnings)

    rows = _rows_in_derivative_order(links, deriv)
    _mark_moved(rows)
    _insert_omitted(rows, orig)
    numbered = _number_findings(comparison.findings, rows, orig, deriv)
    spans = _highlight_spans(numbered, orig, deriv, warnings)

    final_rows: list[Row] = []
    for n, draft in enumerate(rows, start=1):
        final_rows.append(Row(
            number=n,
            kind=draft.kind,
            original=[_paragraph(orig, i, spans["original"]) for i in draft.original],
            derivative=[_paragraph(deriv, i, spans["derivative"]) for i in draft.derivative],
            moved=draft.moved,
            score=draft.score,
            findings=sorted({e.number for e in numbered if e.row == n}),
        ))

    header = Header(
        original=_source_info("Original", comparison.original),
        derivative=_source_info("Derivative", comparison.derivative),
        version=comparison.engine.version or diptych.__version__,
        encoder=comparison.engine.encoder,
        translator=comparison.engine.translator,
        generated=(generated or datetime.now(timezone.utc)).isoformat(timespec="seconds"),
    )
    summary = _summary(comparison.findings, final_rows, orig, deriv)
    return Report(header=header, summary=summary, rows=final_rows, findings=numbered,
                  warnings=warnings)


# --- internals -------------------------------------------------------------------------


class _Side:
    """Content segments of one article by id, and word counts."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.text = {s.id: s.text for s in article.segments if not s.boilerplate}
        self.order = sorted(self.text)

    def words(self, ids) -> int:
        return sum(len(self.text[i].split()) for i in ids if i in self.text)


@dataclass
class _Draft:
    kind: RowKind
    original: list[int]
    derivative: list[int]
    moved: bool = False
    score: float | None = None


def _valid_links(links: list[Link], orig: _Side, deriv: _Side, warnings: list[str]) -> list[Link]:
    """Links restricted to content segments; a segment claimed twice keeps its first link."""
    seen_o: set[int] = set()
    seen_d: set[int] = set()
    kept = []
    dropped = 0
    for link in links:
        o = sorted(i for i in dict.fromkeys(link.original) if i in orig.text and i not in seen_o)
        d = sorted(i for i in dict.fromkeys(link.derivative) if i in deriv.text and i not in seen_d)
        if (o, d) != (sorted(set(link.original)), sorted(set(link.derivative))):
            dropped += 1
        if not o or not d:
            continue
        seen_o.update(o)
        seen_d.update(d)
        kept.append(Link(o, d, link.score))
    if dropped:
        warnings.append(f"{dropped} link(s) named unknown, boilerplate or already linked "
                        "segments; the report shows the rest of each link.")
    return kept


def _rows_in_derivative_order(links: list[Link], deriv: _Side) -> list[_Draft]:
    """One row per link and per added segment, in the derivative's reading order."""
    link_of = {d: link for link in links for d in link.derivative}
    rows: list[_Draft] = []
    emitted: set[int] = set()
    for d in deriv.order:
        link = link_of.get(d)
        if link is None:
            rows.append(_Draft("added", [], [d]))
        elif id(link) not in emitted:
            emitted.add(id(link))
            rows.append(_Draft("linked", list(link.original), list(link.derivative),
                               score=float(link.score)))
    return rows


def _insert_omitted(rows: list[_Draft], orig: _Side) -> None:
    """Put each omitted original segment where it stood in the original: right after
    the row of the nearest preceding original segment that did not move."""
    row_of = {o: r for r in rows if not r.moved for o in r.original}
    linked = {o for r in rows for o in r.original}
    first_stable = next((row_of[o] for o in orig.order if o in row_of), None)
    leading: list[_Draft] = []  # omissions before any stable original segment
    last: _Draft | None = None  # the row after which the next omission goes
    for o in orig.order:
        if o in linked:
            last = row_of.get(o, last)
            continue
        draft = _Draft("omitted", [o], [])
        if last is None:
            leading.append(draft)
            continue
        rows.insert(_index(rows, last) + 1, draft)
        last = draft
    at = _index(rows, first_stable) if first_stable else len(rows)
    rows[at:at] = leading


def _index(rows: list[_Draft], row: _Draft) -> int:
    return next(i for i, r in enumerate(rows) if r is row)


def _mark_moved(rows: list[_Draft]) -> None:
    """Mark the links outside one longest run that keeps the original's order."""
    linked = [r for r in rows if r.kind == "linked"]
    keep = set(longest_increasing([min(r.original) for r in linked]))
    for i, row in enumerate(linked):
        row.moved = i not in keep


def _number_findings(findings: list[Finding], rows: list[_Draft], orig: _Side,
                     deriv: _Side) -> list[FindingEntry]:
    """Findings numbered in the order an editor meets them down the table."""
    row_of_o = {o: n for n, r in enumerate(rows, start=1) for o in r.original}
    row_of_d = {d: n for n, r in enumerate(rows, start=1) for d in r.derivative}

    def row_of(f: Finding) -> int | None:
        for d in f.derivative:
            if d in row_of_d:
                return row_of_d[d]
        for o in f.original:
            if o in row_of_o:
                return row_of_o[o]
        return None

    placed = sorted(enumerate(findings), key=lambda p: (row_of(p[1]) is None, row_of(p[1]) or 0, p[0]))
    return [
        FindingEntry(
            number=n, kind=f.kind, label=legend.label(f.kind), original=tuple(f.original),
            derivative=tuple(f.derivative), original_text=f.original_text,
            derivative_text=f.derivative_text, explanation=f.explanation,
            confidence=float(f.confidence), row=row_of(f), index=index)
        for n, (index, f) in enumerate(placed, start=1)
    ]


def _highlight_spans(entries: list[FindingEntry], orig: _Side, deriv: _Side,
                     warnings: list[str]) -> dict[str, dict[int, list[Span]]]:
    spans: dict[str, dict[int, list[Span]]] = {"original": {}, "derivative": {}}
    for e in entries:
        for side_name, side, ids, text in (("original", orig, e.original, e.original_text),
                                           ("derivative", deriv, e.derivative, e.derivative_text)):
            if not text:
                continue
            shown = [i for i in ids if i in side.text] or side.order
            found = locate(text, [(i, side.text[i]) for i in shown])
            if not found:
                where = (f"{side_name} \u00b6" + ",".join(str(i + 1) for i in ids)) if ids else side_name
                warnings.append(f"Finding {e.number} ({e.label}): its {side_name} text was not found "
                                f"in the {where}; it is listed but not highlighted.")
            for seg, start, end in found:
                spans[side_name].setdefault(seg, []).append(Span(start, end, e.kind, e.number))
    return spans


def _paragraph(side: _Side, seg: int, spans: dict[int, list[Span]]) -> Paragraph:
    return Paragraph(seg, tuple(split(side.text[seg], spans.get(seg, []))))


def _source_info(role: str, article: Article) -> SourceInfo:
    content = article.content_segments
    return SourceInfo(
        role=role, title=article.title, source=article.source, kind=article.kind,
        language=article.language, retrieved=article.retrieved, sha256=article.sha256,
        words=article.word_count, segments=len(content),
        boilerplate=len(article.segments) - len(content))


def _summary(findings: list[Finding], rows: list[Row], orig: _Side, deriv: _Side) -> Summary:
    counts = {k: 0 for k in FINDING_KINDS}
    for f in findings:
        counts[f.kind] = counts.get(f.kind, 0) + 1
    linked_o = [i for r in rows if r.kind == "linked" for i in (p.segment for p in r.original)]
    linked_d = [i for r in rows if r.kind == "linked" for i in (p.segment for p in r.derivative)]
    total_o, total_d = orig.words(orig.order), deriv.words(deriv.order)
    return Summary(
        counts=counts,
        derivative_matched=deriv.words(linked_d) / total_d if total_d else 0.0,
        original_carried=orig.words(linked_o) / total_o if total_o else 0.0,
        linked_rows=sum(r.kind == "linked" for r in rows),
        added_rows=sum(r.kind == "added" for r in rows),
        omitted_rows=sum(r.kind == "omitted" for r in rows),
        moved_rows=sum(r.moved for r in rows),
    )
