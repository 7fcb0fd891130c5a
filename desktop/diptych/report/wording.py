"""The sentences and labels a report prints, shared by the HTML and the PDF renderers.

Plain text only: each renderer escapes what it takes from here.
"""

from __future__ import annotations

from datetime import datetime

from diptych.report.model import FindingEntry, Report, Row, SourceInfo, Summary

RTL_LANGUAGES = frozenset({"ar", "he", "fa", "ur", "yi", "ps", "sd", "ug", "dv"})

NO_COUNTERPART = "no counterpart in the original"
LEFT_OUT = "left out of the derivative"


def percent(share: float) -> str:
    return f"{round(share * 100):d}%"


def when(iso: str) -> str:
    """An ISO 8601 time as "2025-03-04 09:15 UTC"; anything unparsable as given."""
    if not iso:
        return "not recorded"
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if moment.tzinfo is None:
        return moment.strftime("%Y-%m-%d %H:%M")
    offset = moment.utcoffset()
    zone = "UTC" if offset is not None and not offset.total_seconds() else moment.strftime("UTC%z")
    return f"{moment.strftime('%Y-%m-%d %H:%M')} {zone}"


def source_kind(info: SourceInfo) -> str:
    return {"url": "web page", "html": "HTML file", "text": "text file", "stdin": "standard input"}.get(
        info.kind, info.kind)


def source_details(info: SourceInfo) -> list[tuple[str, str]]:
    """(label, value) lines of one source in the header, except its title and location."""
    content = f"{info.segments} segments, {info.words} words"
    if info.boilerplate:
        content += f"; {info.boilerplate} boilerplate set aside"
    return [
        ("Language", info.language or "unknown"),
        ("Retrieved", when(info.retrieved)),
        ("Content", content),
        ("SHA-256", info.sha256),
    ]


def engine_line(report: Report) -> str:
    h = report.header
    translator = h.translator or "none (offline alignment)"
    return (f"Diptych {h.version} \u00b7 encoder: {h.encoder or 'unknown'} \u00b7 "
            f"translator: {translator} \u00b7 report generated {when(h.generated)}")


def share_lines(summary: Summary) -> list[str]:
    return [
        f"{percent(summary.derivative_matched)} of the derivative's words have a counterpart "
        "in the original.",
        f"{percent(summary.original_carried)} of the original's words are carried over "
        "into the derivative.",
    ]


def rows_line(summary: Summary) -> str:
    moved = f" ({summary.moved_rows} moved)" if summary.moved_rows else ""
    return (f"Side-by-side table: {summary.linked_rows} aligned rows{moved}, "
            f"{summary.added_rows} added, {summary.omitted_rows} omitted.")


def row_tags(row: Row) -> list[str]:
    """Short tags of a row's status for the number column."""
    tags = []
    if row.kind == "added":
        tags.append("added")
    elif row.kind == "omitted":
        tags.append("omitted")
    if row.moved:
        tags.append("moved")
    return tags


def paragraph_numbers(ids) -> str:
    """Segment ids as an editor counts them, from 1 as in the window: [3, 4] -> "¶4,5"."""
    return "\u00b6" + ",".join(str(i + 1) for i in ids) if ids else "\u2013"


PARAGRAPH_NOTE = "\u00b6 numbers count segments from 1, as the window does (JSON ids start at 0)."


def row_segments(row: Row) -> str:
    """Where a row's text stands in each article, e.g. "¶4 → ¶1,2"."""
    return (f"{paragraph_numbers([p.segment for p in row.original])} \u2192 "
            f"{paragraph_numbers([p.segment for p in row.derivative])}")


def finding_meta(entry: FindingEntry) -> str:
    where = f"row {entry.row}" if entry.row is not None else "not in the table"
    return f"{where} \u00b7 confidence {percent(entry.confidence)}"


def finding_side(entry: FindingEntry, side: str, language: str) -> str:
    """Label of one side's span, e.g. "Original (en, ¶3)"."""
    ids = entry.original if side == "original" else entry.derivative
    where = f", {paragraph_numbers(ids)}" if ids else ""
    return f"{side.capitalize()} ({language or '?'}{where})"


def direction(language: str) -> str:
    return "rtl" if language.split("-")[0].lower() in RTL_LANGUAGES else "ltr"
