"""The link map between the panes, as in Meld: one curved band per link.

It only draws (and hit-tests clicks). Each band joins the original paragraph(s) of a
link to its derivative paragraph(s); its colour says how strong the match is, a
dashed violet border marks links the rewrite moved out of order, and unlinked
paragraphs get a red (omitted) or green (added) tick at their edge.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from diptych.app import theme
from diptych.app.articleview import ArticleView
from diptych.engine.order import moved_links
from diptych.engine.model import Comparison

FILL_ALPHA, CURRENT_ALPHA, MOVED_ALPHA = 120, 190, 70
TICK = 5


class LinkMap(QWidget):
    linkClicked = Signal(int)

    def __init__(self, left: ArticleView, right: ArticleView, parent=None):
        super().__init__(parent)
        self.setObjectName("linkMap")
        self.setMinimumWidth(56)
        self.setMaximumWidth(72)
        self.setMouseTracking(True)
        self.left, self.right = left, right
        self.comparison: Comparison | None = None
        self.moved: set[int] = set()
        self.current: int | None = None
        self._paths: list[tuple[int, QPainterPath]] = []  # in drawing order, for hit tests
        for view in (left, right):
            view.verticalScrollBar().valueChanged.connect(self.update)

    def set_comparison(self, comparison: Comparison | None) -> None:
        self.comparison = comparison
        self.moved = moved_links(comparison.links) if comparison else set()
        self.current = None
        self.update()

    def set_current(self, index: int | None) -> None:
        self.current = index
        self.update()

    # --- geometry --------------------------------------------------------------------

    def _viewport_span(self, view: ArticleView) -> tuple[float, float]:
        """Top and bottom of a view's viewport in this widget's coordinates."""
        top = view.viewport().mapTo(self.window(), QPoint(0, 0)).y() - self.mapTo(self.window(), QPoint(0, 0)).y()
        return float(top), float(top + view.viewport().height())

    def _ends(self, view: ArticleView, ids) -> tuple[float, float] | None:
        ext = view.extent(ids)
        if ext is None:
            return None
        top, _ = self._viewport_span(view)
        return top + ext[0] - view.offset(), top + ext[1] - view.offset()

    def band(self, index: int) -> QPainterPath | None:
        """The band(s) of link ``index`` as one path (None if not shown or entirely off-screen).

        A group whose paragraphs are not adjacent (original 2 and 5 merged) gets one
        band per run of adjacent paragraphs, so it never seems to cover 3 and 4.
        """
        if self.comparison is None:
            return None
        link = self.comparison.links[index]
        la, lb = self._viewport_span(self.left)
        ra, rb = self._viewport_span(self.right)
        path = QPainterPath()
        for left_run in runs(link.original):
            a = self._ends(self.left, left_run)
            for right_run in runs(link.derivative):
                b = self._ends(self.right, right_run)
                if a is None or b is None:
                    continue
                if (a[1] < la and b[1] < ra) or (a[0] > lb and b[0] > rb):
                    continue  # entirely above or entirely below: culled
                path.addPath(self._curve(
                    (_clamp(a[0], la, lb), _clamp(a[1] - 3, la, lb)),
                    (_clamp(b[0], ra, rb), _clamp(b[1] - 3, ra, rb)),
                ))
        return None if path.isEmpty() else path

    def _curve(self, left: tuple[float, float], right: tuple[float, float]) -> QPainterPath:
        """A filled Bézier band from a left extent to a right one, control points at mid-width."""
        (lt, lbot), (rt, rbot) = left, right
        w = float(self.width())
        path = QPainterPath(QPointF(0, lt))
        path.cubicTo(w / 2, lt, w / 2, rt, w, rt)
        path.lineTo(w, rbot)
        path.cubicTo(w / 2, rbot, w / 2, lbot, 0, lbot)
        path.closeSubpath()
        return path

    # --- painting --------------------------------------------------------------------

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        la, lb = self._viewport_span(self.left)
        ra, rb = self._viewport_span(self.right)
        painter.fillRect(QRectF(0, min(la, ra), self.width(), max(lb, rb) - min(la, ra)), QColor("#f1efe9"))
        self._paths = []
        if self.comparison is None:
            painter.end()
            return
        painter.setClipRect(QRectF(0, min(la, ra), self.width(), max(lb, rb) - min(la, ra)))
        order = [i for i in range(len(self.comparison.links)) if i not in self.moved]
        order += sorted(self.moved)
        if self.current is not None and self.current in order:
            order.remove(self.current)
            order.append(self.current)  # the current link on top
        for index in order:
            path = self.band(index)
            if path is None:
                continue
            self._paths.append((index, path))
            link = self.comparison.links[index]
            colour = theme.link_colour(link.score)
            fill = QColor(colour)
            moved = index in self.moved
            fill.setAlpha(CURRENT_ALPHA if index == self.current else MOVED_ALPHA if moved else FILL_ALPHA)
            if moved:
                pen = QPen(QColor(theme.MOVED), 1.6, Qt.PenStyle.DashLine)
            else:
                pen = QPen(colour.darker(125), 1.0)
            if index == self.current:
                pen = QPen(QColor(theme.SELECTION_BAR), 2.0, pen.style())
            painter.setPen(pen)
            painter.setBrush(fill)
            painter.drawPath(path)
        self._paint_unlinked(painter)
        painter.end()

    def _paint_unlinked(self, painter: QPainter) -> None:
        """Ticks at the edges for paragraphs with no counterpart."""
        comparison = self.comparison
        painter.setPen(Qt.PenStyle.NoPen)
        for view, article, ids_of, colour, x in (
            (self.left, comparison.original, lambda l: l.original, theme.KINDS["omitted"].accent, 0),
            (self.right, comparison.derivative, lambda l: l.derivative, theme.KINDS["added"].accent, self.width() - TICK),
        ):
            linked = {i for link in comparison.links for i in ids_of(link)}
            top, bottom = self._viewport_span(view)
            painter.setBrush(QColor(colour))
            for seg in article.content_segments:
                if seg.id in linked:
                    continue
                ends = self._ends(view, [seg.id])
                if ends is None or ends[1] < top or ends[0] > bottom:
                    continue
                painter.drawRect(QRectF(x, ends[0], TICK, max(2.0, ends[1] - ends[0] - 3)))

    # --- mouse -----------------------------------------------------------------------

    def link_at(self, pos: QPointF) -> int | None:
        for index, path in reversed(self._paths):
            if path.contains(pos):
                return index
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            index = self.link_at(event.position())
            if index is not None:
                self.linkClicked.emit(index)
                return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        index = self.link_at(event.position())
        if index is None or self.comparison is None:
            QToolTip.hideText()
            self.unsetCursor()
            return
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        QToolTip.showText(event.globalPosition().toPoint(), describe(self.comparison, index, index in self.moved), self)


def describe(comparison: Comparison, index: int, moved: bool) -> str:
    link = comparison.links[index]
    a = ", ".join(f"\u00b6{i + 1}" for i in link.original)
    b = ", ".join(f"\u00b6{j + 1}" for j in link.derivative)
    text = f"Original {a} \u2194 derivative {b}: match {link.score:.2f}"
    return text + " (moved)" if moved else text


def runs(ids) -> list[list[int]]:
    """Segment ids cut into runs of consecutive ids: [2, 3, 7] -> [[2, 3], [7]]."""
    out: list[list[int]] = []
    for i in sorted(ids):
        if out and i == out[-1][-1] + 1:
            out[-1].append(i)
        else:
            out.append([i])
    return out


def _clamp(y: float, lo: float, hi: float) -> float:
    return max(lo, min(hi, y))
