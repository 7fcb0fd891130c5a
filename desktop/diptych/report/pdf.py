"""The PDF report, drawn by Qt's own text engine (QTextDocument + QPdfWriter; no browser).

The report is laid out as one QTextDocument whose page size is the text area of a
sheet, measured on the target device, so Qt's layout never clips a line: a line that
would cross a page edge moves to the next page. Each page is then drawn with a clip of
exactly that page, and the running header and page number are painted in the margins.

Rows and findings are kept whole: the units (one aligned row, one finding; see
``qt_markup``) are measured on one endless page, every unit that would straddle two
pages gets a page break before it, and a row that starts a new page repeats the
column header. Only a unit taller than a page is split, between lines.
"""

from __future__ import annotations

import errno
import math
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPagedPaintDevice,
    QPainter,
    QPalette,
    QPdfWriter,
    QPen,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from diptych.report import legend, qt_markup, wording
from diptych.report.model import Report
from diptych.report.none_guard import protect_none

protect_none()  # painting a long report makes thousands of void Qt calls (see none_guard)

PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
MARGINS_MM = QMarginsF(14, 18, 14, 16)  # left, top (running header), right, bottom (page number)
RESOLUTION = 600  # dpi of the PDF's coordinates; text stays vector at any value
UNPAGINATED = float(2**31 - 1)  # a QTextDocument page height that means "one endless page"
FONT_FAMILIES = ["DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial", "Sans Serif"]


def write_pdf(report: Report, path: str | Path, *, page_size: str = "A4") -> None:
    """Write the report as a PDF file; ``page_size`` is "A4" or "Letter"."""
    if page_size not in PAGE_SIZES:
        raise ValueError(f"page size must be one of {tuple(PAGE_SIZES)}, not {page_size!r}")
    Path(path).open("wb").close()  # an unwritable path fails here, with the system's reason
    _ensure_gui_application()
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setCreator(f"Diptych {report.header.version}")
    writer.setTitle(_running_title(report))
    writer.setPageLayout(QPageLayout(QPageSize(PAGE_SIZES[page_size]), QPageLayout.Orientation.Portrait,
                                     QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter))
    if paint_report(report, writer) < 1:
        raise OSError(errno.EACCES, "the file could not be opened for writing")


def paint_report(report: Report, device: QPagedPaintDevice) -> int:
    """Paint every page of the report on a paged device (a QPdfWriter or a QPrinter).

    Returns the number of pages painted (0 if the device could not be opened).
    """
    _ensure_gui_application()
    frame = _Frame.of(device)
    document = layout_document(report, device, frame.body.size())
    painter = QPainter()
    if not painter.begin(device):
        return 0
    try:
        count = document.pageCount()
        for page in range(count):
            if page:
                device.newPage()
            _paint_page(painter, document, frame, page)
            _paint_margins(painter, report, frame, page, count)
    finally:
        painter.end()
    return count


def layout_document(report: Report, device: QPagedPaintDevice, page: QSizeF) -> QTextDocument:
    """The report as a QTextDocument measured on ``device``, paginated to ``page``,
    with page breaks that keep each row and each finding on one page."""
    dpi = device.logicalDpiY()
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    document.setDefaultFont(_font(qt_markup.BODY_PT))
    document.setDocumentMargin(0)
    document.setPageSize(QSizeF(page.width(), UNPAGINATED))
    document.setHtml(qt_markup.render_qt_html(report, dpi, paginated=False))
    breaks = _plan_breaks(document, report, page)
    document.setHtml(qt_markup.render_qt_html(report, dpi, frozenset(breaks)))
    document.setPageSize(page)
    # a unit after one taller than a page may still straddle: break before it in place
    for name in _straddling(document, report, page.height(), breaks):
        _break_before(document, name)
    return document


# --- keeping rows and findings whole ----------------------------------------------------


@dataclass(frozen=True)
class _Extent:
    top: float
    bottom: float


def _measure(document: QTextDocument) -> dict[str, _Extent]:
    """Extent of every named anchor's table (or block, outside tables), in document units."""
    layout = document.documentLayout()
    found: dict[str, _Extent] = {}
    block = document.begin()
    while block.isValid():
        names = _anchor_names(block)
        if names:
            table = QTextCursor(block).currentTable()
            rect = layout.frameBoundingRect(table) if table is not None else layout.blockBoundingRect(block)
            for name in names:
                found[name] = _Extent(rect.top(), rect.bottom())
        block = block.next()
    return found


def _unit_extents(document: QTextDocument, report: Report) -> list[tuple[qt_markup.Unit, _Extent]]:
    """Each unit with its extent, from its heading's top if it keeps with one."""
    found = _measure(document)
    out = []
    for unit in qt_markup.units(report):
        own = found.get(qt_markup.unit_anchor(unit.name))
        if own is None:
            continue
        top = found[unit.heading].top if unit.heading and unit.heading in found else own.top
        out.append((unit, _Extent(top, own.bottom)))
    return out


def _plan_breaks(document: QTextDocument, report: Report, page: QSizeF) -> set[str]:
    """Units to start on a new page, planned on a layout without pages.

    Without pages, Qt pushes and splits nothing, so the heights and gaps measured are
    the units' own, and one pass over them finds every break. A unit taller than a
    page (less the repeated header) is left for Qt to split between lines.
    """
    units = _unit_extents(document, report)
    if not units:
        return set()
    found = _measure(document)
    head = found.get(qt_markup.COLUMN_HEAD)
    head_height = head.bottom - head.top if head else 0.0
    page_height = page.height()
    y = units[0][1].top
    if y >= page_height:  # the first pages are long (many warnings): find where the units begin
        paginated = _measure_first_unit(document, report, page)
        y = paginated if paginated is not None else y
    breaks: set[str] = set()
    for k, (unit, extent) in enumerate(units):
        if k:
            y += max(0.0, extent.top - units[k - 1][1].bottom)
        height = extent.bottom - extent.top
        page_end = (math.floor(y / page_height) + 1) * page_height
        if unit.new_page and y > page_end - page_height:  # not already at a page's top
            y = page_end
            page_end += page_height
        if y + height > page_end + 0.5:
            needed = height + (head_height if unit.repeats_head else 0.0)
            if needed <= page_height:
                breaks.add(unit.name)
                y = page_end + needed
                continue
            y = page_end  # too tall for any page: Qt splits it; roughly, it starts the next page
        y += height
    return breaks


def _measure_first_unit(document: QTextDocument, report: Report, page: QSizeF) -> float | None:
    saved = document.pageSize()
    document.setPageSize(page)
    units = _unit_extents(document, report)
    document.setPageSize(saved)
    return units[0][1].top if units else None


def _straddling(document: QTextDocument, report: Report, page_height: float, breaks: set[str]) -> list[str]:
    out = []
    for unit, extent in _unit_extents(document, report):
        first_page = math.floor((extent.top + 0.5) / page_height)  # half a device pixel of rounding
        last_page = math.floor((extent.bottom - 0.5) / page_height)
        if first_page != last_page and extent.bottom - extent.top <= page_height and unit.name not in breaks:
            out.append(unit.name)
    return out


def _break_before(document: QTextDocument, unit: str) -> None:
    """Start ``unit``'s table on a new page, after the layout was made."""
    anchor = qt_markup.unit_anchor(unit)
    block = document.begin()
    while block.isValid():
        if anchor in _anchor_names(block):
            table = QTextCursor(block).currentTable()
            if table is not None:
                fmt = table.format()
                fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                table.setFormat(fmt)
            return
        block = block.next()


def _anchor_names(block) -> list[str]:
    """Anchor names in a block, read with one ``textFormats()`` call per block rather
    than a void ``+=`` per fragment on a QTextBlock.iterator (see ``none_guard``)."""
    return [name for part in block.textFormats() for name in part.format.anchorNames()]


# --- page furniture ---------------------------------------------------------------------


@dataclass(frozen=True)
class _Frame:
    """Where things go on a sheet, in the painter's coordinates (device pixels)."""

    body: QRectF  # the document's page
    header: QRectF  # running header band above the body
    footer: QRectF  # page number band below the body
    dpi: int

    @classmethod
    def of(cls, device: QPagedPaintDevice) -> "_Frame":
        dpi = device.logicalDpiY()
        layout = device.pageLayout()
        full = QRectF(layout.fullRectPixels(dpi))
        paint = QRectF(layout.paintRectPixels(dpi))  # the painter's origin is its top left
        mm = dpi / 25.4
        # our margins, measured from the sheet's edge, never inside a printer's own margin
        left = max(full.left() + MARGINS_MM.left() * mm, paint.left())
        top = max(full.top() + MARGINS_MM.top() * mm, paint.top())
        right = min(full.right() - MARGINS_MM.right() * mm, paint.right())
        bottom = min(full.bottom() - MARGINS_MM.bottom() * mm, paint.bottom())
        body = QRectF(left, top, right - left, bottom - top).translated(-paint.topLeft())
        band = 7 * mm
        header = QRectF(body.left(), max(body.top() - band - 2 * mm, -paint.top()), body.width(), band)
        footer = QRectF(body.left(), body.bottom() + 2 * mm, body.width(), band)
        return cls(body, header, footer, dpi)


def _paint_page(painter: QPainter, document: QTextDocument, frame: _Frame, page: int) -> None:
    height = frame.body.height()
    view = QRectF(0, page * height, frame.body.width(), height)
    painter.save()
    painter.translate(frame.body.left(), frame.body.top() - page * height)
    painter.setClipRect(view)
    context = QAbstractTextDocumentLayout.PaintContext()
    context.clip = view
    context.palette.setColor(QPalette.ColorRole.Text, QColor("black"))
    document.documentLayout().draw(painter, context)
    painter.restore()


def _paint_margins(painter: QPainter, report: Report, frame: _Frame, page: int, count: int) -> None:
    font = _font(7.5)
    painter.save()
    painter.setFont(font)
    metrics = QFontMetricsF(font, painter.device())
    painter.setPen(QColor(legend.MUTED))
    right_text = f"Diptych {report.header.version} \u00b7 {wording.when(report.header.generated)}"
    right_width = metrics.horizontalAdvance(right_text)
    title = metrics.elidedText(_running_title(report), Qt.TextElideMode.ElideRight,
                               frame.header.width() - right_width - frame.dpi * 0.3)
    bottom_aligned = Qt.AlignmentFlag.AlignBottom
    painter.drawText(frame.header, int(Qt.AlignmentFlag.AlignLeft | bottom_aligned), title)
    painter.drawText(frame.header, int(Qt.AlignmentFlag.AlignRight | bottom_aligned), right_text)
    pen = QPen(QColor(legend.RULE))
    pen.setWidthF(frame.dpi / 150)
    painter.setPen(pen)
    y = frame.header.bottom() + frame.dpi / 50
    painter.drawLine(QPointF(frame.header.left(), y), QPointF(frame.header.right(), y))
    painter.setPen(QColor(legend.MUTED))
    top_aligned = Qt.AlignmentFlag.AlignTop
    painter.drawText(frame.footer, int(Qt.AlignmentFlag.AlignRight | top_aligned),
                     f"Page {page + 1} of {count}")
    painter.drawText(frame.footer, int(Qt.AlignmentFlag.AlignLeft | top_aligned),
                     "Diptych comparison report")
    painter.restore()


def _font(points: float) -> QFont:
    """The report's font, without ligatures: an "fi" drawn as one glyph comes out of
    the PDF as U+FB01, and a reader searching the text for "finding" misses it."""
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(points)
    for tag in ("liga", "clig", "dlig", "hlig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font


def _running_title(report: Report) -> str:
    h = report.header
    return f"{h.derivative.title or 'Derivative'} \u2190 {h.original.title or 'Original'}"


def _ensure_gui_application() -> None:
    """QTextDocument and QPdfWriter need a Gui application; the CLI has none.

    Writing a PDF needs no screen, so unless QT_QPA_PLATFORM says otherwise the
    application is made offscreen: ``diptych compare --pdf`` works on a server.
    """
    if QGuiApplication.instance() is None:
        import os
        import sys

        argv = sys.argv[:1] or ["diptych"]
        if not os.environ.get("QT_QPA_PLATFORM"):
            argv += ["-platform", "offscreen"]
        global _APP  # kept alive for the life of the process
        _APP = QGuiApplication(argv)


_APP: QGuiApplication | None = None
