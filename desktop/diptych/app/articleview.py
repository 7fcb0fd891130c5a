"""One article as readable paragraphs, with highlights, a gutter and a selection bar.

The document is built with QTextCursor from plain strings (never HTML from the
page), one text block per segment, so a segment id maps to a block and a block to
a rectangle: that is what the link map and synchronised scrolling measure.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPen,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QTextEdit

from diptych.app import theme
from diptych.app.drops import Dropped, UnsupportedDrop, from_mime
from diptych.app.highlights import WORD_DELETED, WORD_INSERTED, SideMarks, layered
from diptych.app.safetext import SafeTextBrowser
from diptych.engine.model import Article

PLACEHOLDER_STATE = -2  # user state of a "boilerplate hidden" line
SHOW_BOILERPLATE_HREF = "diptych:show-boilerplate"
GUTTER = 40  # pixels left of the text: paragraph numbers and the selection bar


def _mark_format(kind: str) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if kind == WORD_DELETED:
        fmt.setBackground(QColor(theme.WORD_DELETED))
    elif kind == WORD_INSERTED:
        fmt.setBackground(QColor(theme.WORD_INSERTED))
    elif kind in theme.KINDS:
        look = theme.KINDS[kind]
        fmt.setBackground(QColor(look.background))
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(QColor(look.accent))
    return fmt


class ArticleView(SafeTextBrowser):
    """Read-only view of one side. Emits segment ids, never widgets or blocks."""

    segmentClicked = Signal(int)
    hovered = Signal(int, int, QPoint)  # segment id (-1: none), character offset, global position
    dropped = Signal(object)  # a drops.Dropped
    dropFailed = Signal(str)
    showBoilerplateRequested = Signal()

    def __init__(self, placeholder: str, parent=None):
        super().__init__(parent)
        self.setObjectName("articleView")
        self.setAcceptDrops(True)
        self.setMouseTracking(True)
        self.viewport().setMouseTracking(True)
        self.setUndoRedoEnabled(False)
        self.setLineWrapMode(QTextEdit.LineWrapMode.FixedPixelWidth)
        self.anchorClicked.connect(self._on_anchor)
        self._placeholder = placeholder
        self.article: Article | None = None
        self._blocks: dict[int, int] = {}  # segment id -> block number
        self._selected: list[int] = []
        self._point_size = theme.BASE_POINT_SIZE
        self._press: QPoint | None = None
        self._render_empty()

    # --- building the document ------------------------------------------------------

    def set_article(
        self,
        article: Article | None,
        marks: SideMarks | None = None,
        *,
        show_boilerplate: bool = True,
        point_size: float | None = None,
    ) -> None:
        """Show ``article`` (None: the empty-state hint), keeping the scroll position if it is the same text."""
        if point_size is not None:
            self._point_size = point_size
        same = self.article is not None and article is not None and self.article.sha256 == article.sha256
        keep = self.verticalScrollBar().value() if same else 0
        self.article = article
        self._selected = []
        self.setExtraSelections([])
        if article is None:
            self._render_empty()
        else:
            self._render(article, marks or SideMarks(), show_boilerplate)
        self._update_wrap()
        self.verticalScrollBar().setValue(keep)

    def _new_document(self) -> QTextDocument:
        doc = QTextDocument(self)
        doc.setDefaultFont(theme.reading_font(self._point_size))
        doc.setDocumentMargin(12)
        doc.setUndoRedoEnabled(False)
        return doc

    def _render_empty(self) -> None:
        doc = self._new_document()
        cursor = QTextCursor(doc)
        block = QTextBlockFormat()
        block.setAlignment(Qt.AlignmentFlag.AlignCenter)
        block.setTopMargin(80)
        fmt = QTextCharFormat()
        fmt.setForeground(QColor(theme.MUTED))
        cursor.setBlockFormat(block)
        cursor.insertText(self._placeholder.replace("\n", "\u2028"), fmt)
        self._blocks = {}
        self.setDocument(doc)

    def _render(self, article: Article, marks: SideMarks, show_boilerplate: bool) -> None:
        doc = self._new_document()
        cursor = QTextCursor(doc)
        em = theme.reading_font(self._point_size)
        body = QTextCharFormat()
        body.setForeground(QColor(theme.INK))
        grey = QTextCharFormat()
        grey.setForeground(QColor(theme.BOILERPLATE))
        grey.setFontPointSize(self._point_size * 0.88)
        self._blocks = {}
        first = True
        hidden: list[int] = []

        def new_block(fmt: QTextBlockFormat, char: QTextCharFormat) -> None:
            nonlocal first
            if first:
                cursor.setBlockFormat(fmt)
                cursor.setBlockCharFormat(char)
                first = False
            else:
                cursor.insertBlock(fmt, char)

        def flush_hidden() -> None:
            if not hidden:
                return
            fmt = self._block_format(None, em, boilerplate=True)
            new_block(fmt, grey)
            link = QTextCharFormat(grey)
            link.setAnchor(True)
            link.setAnchorHref(SHOW_BOILERPLATE_HREF)
            link.setFontItalic(True)
            noun = "paragraph" if len(hidden) == 1 else "paragraphs"
            cursor.insertText(f"\u22ef {len(hidden)} boilerplate {noun} hidden (show)", link)
            cursor.block().setUserState(PLACEHOLDER_STATE)
            hidden.clear()

        for seg in article.segments:
            if seg.boilerplate and not show_boilerplate:
                hidden.append(seg.id)
                continue
            flush_hidden()
            fmt = self._block_format(marks.blocks.get(seg.id), em, boilerplate=seg.boilerplate)
            base = grey if seg.boilerplate else body
            new_block(fmt, base)
            self._blocks[seg.id] = cursor.block().blockNumber()
            cursor.block().setUserState(seg.id)
            text = seg.text.replace("\r\n", "\n").replace("\n", "\u2028")
            for start, end, mark in layered(len(text), marks.spans.get(seg.id, [])):
                fmt_run = QTextCharFormat(base)
                if mark is not None:
                    fmt_run.merge(_mark_format(mark.kind))
                cursor.insertText(text[start:end], fmt_run)
        flush_hidden()
        self.setDocument(doc)

    @staticmethod
    def _block_format(kind: str | None, font: QFont, *, boilerplate: bool) -> QTextBlockFormat:
        fmt = QTextBlockFormat()
        size = font.pointSizeF()
        fmt.setBottomMargin(size * (0.55 if boilerplate else 0.95))
        fmt.setLineHeight(140.0, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        fmt.setLeftMargin(GUTTER - 12)
        if kind == "added":
            fmt.setBackground(QColor(theme.ADDED_BLOCK))
        elif kind == "omitted":
            fmt.setBackground(QColor(theme.OMITTED_BLOCK))
        return fmt

    def _on_anchor(self, url) -> None:
        if url.toString() == SHOW_BOILERPLATE_HREF:
            self.showBoilerplateRequested.emit()

    # --- geometry --------------------------------------------------------------------

    def extent(self, seg_ids) -> tuple[float, float] | None:
        """(top, bottom) of the segments in document coordinates, or None if none is shown."""
        layout = self.document().documentLayout()
        tops, bottoms = [], []
        for seg_id in seg_ids:
            number = self._blocks.get(seg_id)
            if number is None:
                continue
            rect = layout.blockBoundingRect(self.document().findBlockByNumber(number))
            tops.append(rect.top())
            bottoms.append(rect.bottom())
        if not tops:
            return None
        return min(tops), max(bottoms)

    def position_y(self, seg_id: int, char: int) -> float | None:
        """Document y of the line holding character ``char`` of a segment (None if not shown)."""
        number = self._blocks.get(seg_id)
        if number is None:
            return None
        block = self.document().findBlockByNumber(number)
        top = self.document().documentLayout().blockBoundingRect(block).top()
        line = block.layout().lineForTextPosition(max(0, min(char, block.length() - 1)))
        return top + (line.y() if line.isValid() else 0.0)

    def shown_segments(self) -> list[int]:
        return list(self._blocks)

    def document_height(self) -> float:
        return self.document().size().height()

    def offset(self) -> int:
        return self.verticalScrollBar().value()

    def segment_at(self, pos: QPoint) -> int:
        """Segment id under a viewport position, or -1."""
        if self.article is None:
            return -1
        y = pos.y() + self.offset()
        block = self.cursorForPosition(pos).block()
        state = block.userState()
        if state < 0:
            return -1
        rect = self.document().documentLayout().blockBoundingRect(block)
        return state if rect.top() <= y <= rect.bottom() else -1

    def scroll_to(self, seg_ids, fraction: float = 0.25) -> None:
        """Put the segments' top at ``fraction`` of the viewport height (if they are not fully visible)."""
        ext = self.extent(seg_ids)
        if ext is None:
            return
        top, bottom = ext
        value, height = self.offset(), self.viewport().height()
        if top >= value and bottom <= value + height:
            return
        self.verticalScrollBar().setValue(int(top - fraction * height))

    # --- selection -------------------------------------------------------------------

    def set_selection(self, seg_ids, span: tuple[int, int, int] | None = None) -> None:
        """Mark ``seg_ids`` with the bar in the gutter and the span (seg id, start, end) in yellow."""
        self._selected = [s for s in seg_ids if s in self._blocks]
        extra = []
        if span is not None and span[0] in self._blocks:
            seg_id, start, end = span
            block = self.document().findBlockByNumber(self._blocks[seg_id])
            cursor = QTextCursor(block)
            cursor.setPosition(block.position() + start)
            cursor.setPosition(block.position() + min(end, block.length() - 1), QTextCursor.MoveMode.KeepAnchor)
            sel = QTextEdit.ExtraSelection()
            sel.cursor = cursor
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(theme.CURRENT_SPAN))
            fmt.setForeground(QColor(theme.INK))
            sel.format = fmt
            extra.append(sel)
        self.setExtraSelections(extra)
        self.viewport().update()

    def selected(self) -> list[int]:
        return list(self._selected)

    # --- painting the gutter ---------------------------------------------------------

    def paintEvent(self, event) -> None:  # noqa: N802
        super().paintEvent(event)
        if self.article is None or not self._blocks:
            return
        painter = QPainter(self.viewport())
        offset = self.offset()
        height = self.viewport().height()
        layout = self.document().documentLayout()
        number_font = QFont(theme.ui_font_families()[0])
        number_font.setPointSizeF(max(7.0, self._point_size * 0.72))
        painter.setFont(number_font)
        selected = set(self._selected)
        for seg_id, number in self._blocks.items():
            rect = layout.blockBoundingRect(self.document().findBlockByNumber(number))
            top, bottom = rect.top() - offset, rect.bottom() - offset
            if bottom < 0 or top > height:
                continue
            if seg_id in selected:
                painter.fillRect(QRectF(4, top, 4, rect.height() - 6), QColor(theme.SELECTION_BAR))
            painter.setPen(QPen(QColor(theme.BOILERPLATE)))
            painter.drawText(QRectF(8, top, GUTTER - 16, 20), Qt.AlignmentFlag.AlignRight, str(seg_id + 1))
        painter.end()

    # --- line length -----------------------------------------------------------------

    def set_point_size(self, point_size: float) -> None:
        self._point_size = point_size

    def _update_wrap(self) -> None:
        em = QFontMetricsF(theme.reading_font(self._point_size)).horizontalAdvance("m")
        limit = int(theme.MAX_LINE_EMS * em + GUTTER + 24)
        width = max(200, min(self.viewport().width(), limit))
        if self.lineWrapColumnOrWidth() != width:
            self.setLineWrapColumnOrWidth(width)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._update_wrap()

    # --- mouse: click selects a segment, hover reports it ----------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        pos = event.position().toPoint()
        if (
            event.button() == Qt.MouseButton.LeftButton
            and self._press is not None
            and (pos - self._press).manhattanLength() < 4
            and not self.textCursor().hasSelection()
        ):
            seg_id = self.segment_at(pos)
            if seg_id >= 0:
                self.segmentClicked.emit(seg_id)
        self._press = None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        super().mouseMoveEvent(event)
        pos = event.position().toPoint()
        seg_id = self.segment_at(pos)
        char = -1
        if seg_id >= 0:
            cursor = self.cursorForPosition(pos)
            char = cursor.position() - cursor.block().position()
        self.hovered.emit(seg_id, char, self.viewport().mapToGlobal(pos))

    def leaveEvent(self, event) -> None:  # noqa: N802
        super().leaveEvent(event)
        self.hovered.emit(-1, -1, QPoint())

    # --- drops -----------------------------------------------------------------------

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if accepts(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        if accepts(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:  # noqa: N802
        deliver_drop(event.mimeData(), self.dropped.emit, self.dropFailed.emit)
        event.acceptProposedAction()


def accepts(mime: QMimeData) -> bool:
    return mime.hasUrls() or mime.hasText() or mime.hasFormat("text/x-moz-url")


def deliver_drop(mime: QMimeData, on_drop, on_fail) -> None:
    """Read a drop now (its data dies with the event) and hand on the result or one sentence."""
    try:
        dropped: Dropped | None = from_mime(mime)
    except UnsupportedDrop as exc:
        on_fail(str(exc))
        return
    if dropped is None:
        on_fail("The drop held nothing Diptych can read: drop a link, an .html/.txt/.md file or some text.")
    else:
        on_drop(dropped)
