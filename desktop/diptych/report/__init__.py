"""Reports of a comparison: PDF (Qt's own PDF writer), self-contained HTML, contract JSON.

One report model (``build_report``) feeds both the PDF and the HTML, so they always
say the same thing. Qt is imported only when a PDF is written or printed, so the CLI's
JSON and HTML paths stay light.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from diptych.engine.errors import InputError
from diptych.engine.model import Comparison
from diptych.report.model import Report, build_report

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

FORMATS = ("pdf", "html", "json")


def export(comparison: Comparison, path: str | Path, fmt: Literal["pdf", "html", "json"], *,
           page_size: str = "A4", generated: datetime | None = None) -> None:
    """Write ``comparison`` to ``path`` as ``fmt``; ``"-"`` is standard output (html, json).

    A file that cannot be written raises InputError with one sentence for the user
    (the CLI's exit status 2, the window's message bar).
    """
    if fmt not in FORMATS:
        raise ValueError(f"report format must be one of {FORMATS}, not {fmt!r}")
    if fmt == "pdf" and str(path) == "-":
        raise InputError("A PDF report cannot be written to standard output; give a file name.")
    try:
        if fmt == "json":
            from diptych.report.json import write_json

            write_json(comparison, path)
            return
        report = build_report(comparison, generated=generated)
        if fmt == "html":
            from diptych.report.html import render_html

            _write_text(render_html(report), path)
        else:
            from diptych.report.pdf import write_pdf

            write_pdf(report, path, page_size=page_size)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise InputError(f"Cannot write the {fmt.upper()} report to {path}: {reason}.") from exc


def print_document(report: Report, printer: "QPrinter") -> None:
    """Print a report on a configured QPrinter (the window's Ctrl+P)."""
    from diptych.report.pdf import paint_report

    paint_report(report, printer)


def _write_text(text: str, path: str | Path) -> None:
    import sys

    if str(path) == "-":
        sys.stdout.flush()
        sys.stdout.buffer.write(text.encode("utf-8"))
        sys.stdout.buffer.flush()
    else:
        Path(path).write_text(text, encoding="utf-8")


__all__ = ["FORMATS", "Report", "build_report", "export", "print_document"]
