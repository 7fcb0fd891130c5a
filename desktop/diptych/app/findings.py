"""The findings panel: every finding grouped by kind, filterable, with a detail view.

The kind chips above the list are both the legend of the highlight colours and the
filter (click one to hide or show that kind). The detail view shows the selected
finding, or the selected link's two texts side by side, which is how a reader of a
cross-language pair sees a paragraph's counterpart.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from diptych.app import theme
from diptych.app.flowlayout import FlowLayout
from diptych.app.highlights import locate
from diptych.app.safetext import SafeTextBrowser, escape
from diptych.engine.model import FINDING_KINDS, Comparison, Finding

INDEX_ROLE = Qt.ItemDataRole.UserRole
SNIPPET = 110
_QUOTES = " \"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u2039\u203a\u00a0"


def swatch(colour: str, border: str | None = None, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setBrush(QColor(colour))
    painter.setPen(QColor(border or QColor(colour).darker(140)))
    painter.drawRoundedRect(0, 0, size - 1, size - 1, 2, 2)
    painter.end()
    return QIcon(pixmap)


def snippet(finding: Finding) -> str:
    """A one-line summary of a finding for the list."""
    o = (finding.original_text or "").split()
    d = (finding.derivative_text or "").split()
    a, b = " ".join(o), " ".join(d)

    a, b = a.strip(_QUOTES), b.strip(_QUOTES)

    def cut(s: str, n: int) -> str:
        return s if len(s) <= n else s[: n - 1].rstrip() + "\u2026"

    if a and b:
        return f"\u201c{cut(a, SNIPPET // 2)}\u201d \u2192 \u201c{cut(b, SNIPPET // 2)}\u201d"
    return cut(b or a or finding.explanation, SNIPPET)


def location(finding: Finding) -> str:
    parts = []
    if finding.original:
        parts.append("O " + ",".join(f"\u00b6{i + 1}" for i in finding.original))
    if finding.derivative:
        parts.append("D " + ",".join(f"\u00b6{j + 1}" for j in finding.derivative))
    return "  ".join(parts)


def sort_key(finding: Finding) -> tuple[int, int]:
    return (min(finding.derivative) if finding.derivative else 10**9, min(finding.original) if finding.original else 10**9)


class FindingsPanel(QWidget):
    findingSelected = Signal(int)
    filterChanged = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("findingsPanel")
        self.comparison: Comparison | None = None
        self._hidden_kinds: set[str] = set()
        self._chips: dict[str, QPushButton] = {}
        self._items: dict[int, QTreeWidgetItem] = {}

        self.title = QLabel("Findings")
        self.title.setObjectName("panelTitle")
        self.filter = QLineEdit()
        self.filter.setPlaceholderText("Filter findings\u2026")
        self.filter.setClearButtonEnabled(True)
        self.filter.setMaximumWidth(260)
        self.filter.textChanged.connect(self._apply_filter)

        # The chips sit beside the title and wrap under it when the window is narrow.
        self.chips = QWidget()
        self.chips.setObjectName("legendChips")
        self.chip_layout = FlowLayout(self.chips, spacing=5)
        policy = self.chips.sizePolicy()
        policy.setHeightForWidth(True)
        policy.setHorizontalPolicy(policy.Policy.Expanding)
        self.chips.setSizePolicy(policy)
        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.setSpacing(10)
        head.addWidget(self.title, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.chips, 1)
        head.addWidget(self.filter, 0, Qt.AlignmentFlag.AlignTop)

        self.tree = QTreeWidget()
        self.tree.setObjectName("findingsTree")
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(2)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setIconSize(QSize(12, 12))
        self.tree.currentItemChanged.connect(self._on_current)

        left = QWidget()
        lay = QVBoxLayout(left)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(6)
        lay.addLayout(head)
        lay.addWidget(self.tree, 1)

        self.detail = SafeTextBrowser()
        self.detail.setObjectName("detailView")
        self.detail.setFrameShape(QFrame.Shape.NoFrame)
        self.clear_detail()

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(10, 8, 10, 8)
        outer.addWidget(split)
        self.splitter = split

    # --- content ---------------------------------------------------------------------

    def set_comparison(self, comparison: Comparison | None) -> None:
        self.comparison = comparison
        self.tree.blockSignals(True)
        self.tree.clear()
        self._items = {}
        for chip in self._chips.values():
            self.chip_layout.removeWidget(chip)
            chip.deleteLater()
        self._chips = {}
        findings = comparison.findings if comparison else []
        counts = Counter(f.kind for f in findings)
        self.title.setText(f"Findings ({len(findings)})" if comparison else "Findings")
        for kind in FINDING_KINDS:
            if not counts[kind]:
                continue
            look = theme.KINDS[kind]
            chip = QPushButton()
            chip.setObjectName("legendChip")
            chip.setFlat(True)
            chip.setCursor(Qt.CursorShape.PointingHandCursor)
            chip.setCheckable(True)
            chip.setChecked(kind not in self._hidden_kinds)
            chip.setText(f"{look.label}  {counts[kind]}")
            chip.setIcon(swatch(look.background, look.accent))
            chip.setToolTip(f"{look.label}: {look.meaning}. Click to hide or show them in the list.")
            chip.toggled.connect(lambda on, k=kind: self._toggle_kind(k, on))
            self.chip_layout.addWidget(chip)
            self._chips[kind] = chip

            group = QTreeWidgetItem([f"{look.label} ({counts[kind]})", ""])
            group.setIcon(0, swatch(look.background, look.accent))
            group.setFirstColumnSpanned(True)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setData(0, INDEX_ROLE, None)
            group.setData(0, Qt.ItemDataRole.UserRole + 1, kind)
            self.tree.addTopLevelItem(group)
            members = sorted((i for i, f in enumerate(findings) if f.kind == kind), key=lambda i: sort_key(findings[i]))
            for index in members:
                f = findings[index]
                item = QTreeWidgetItem([snippet(f), location(f)])
                item.setData(0, INDEX_ROLE, index)
                item.setToolTip(0, f"<p>{escape(f.explanation)}</p>")
                item.setForeground(1, QColor(theme.MUTED))
                group.addChild(item)
                self._items[index] = item
            group.setExpanded(True)
        if comparison is not None and not findings:
            empty = QTreeWidgetItem(["No findings: every paragraph has a counterpart.", ""])
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.tree.addTopLevelItem(empty)
        self.tree.resizeColumnToContents(1)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, self.tree.header().ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, self.tree.header().ResizeMode.ResizeToContents)
        self.tree.blockSignals(False)
        self._apply_filter()
        self.clear_detail()

    def kind_counts(self) -> dict[str, int]:
        """Counts per kind as the chips show them."""
        return {k: int(c.text().rsplit(None, 1)[-1]) for k, c in self._chips.items()}

    # --- filtering -------------------------------------------------------------------

    def _toggle_kind(self, kind: str, shown: bool) -> None:
        (self._hidden_kinds.discard if shown else self._hidden_kinds.add)(kind)
        self._apply_filter()

    def set_kind_visible(self, kind: str, shown: bool) -> None:
        chip = self._chips.get(kind)
        if chip is not None:
            chip.setChecked(shown)

    def _apply_filter(self) -> None:
        needle = self.filter.text().strip().casefold()
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            kind = group.data(0, Qt.ItemDataRole.UserRole + 1)
            shown_children = 0
            for c in range(group.childCount()):
                item = group.child(c)
                finding = self.comparison.findings[item.data(0, INDEX_ROLE)]
                text = " ".join(
                    filter(None, [finding.original_text, finding.derivative_text, finding.explanation])
                ).casefold()
                hide = kind in self._hidden_kinds or (needle and needle not in text)
                item.setHidden(bool(hide))
                shown_children += not hide
            if kind is not None:
                group.setHidden(shown_children == 0)
        self.filterChanged.emit()

    def visible_indices(self) -> list[int]:
        """Finding indices in list order, filtered as shown."""
        out = []
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            if group.isHidden():
                continue
            for c in range(group.childCount()):
                item = group.child(c)
                if not item.isHidden():
                    out.append(item.data(0, INDEX_ROLE))
        return out

    # --- selection and navigation ----------------------------------------------------

    def current_index(self) -> int | None:
        item = self.tree.currentItem()
        return None if item is None else item.data(0, INDEX_ROLE)

    def select(self, index: int | None) -> None:
        item = self._items.get(index) if index is not None else None
        if item is None:
            self.tree.setCurrentItem(None)
            return
        if item.isHidden():
            return
        self.tree.setCurrentItem(item)
        self.tree.scrollToItem(item, QTreeWidget.ScrollHint.PositionAtCenter)

    def step(self, delta: int) -> int | None:
        """Select the next (+1) or previous (-1) visible finding, wrapping around."""
        order = self.visible_indices()
        if not order:
            return None
        current = self.current_index()
        if current in order:
            pos = (order.index(current) + delta) % len(order)
        else:
            pos = 0 if delta > 0 else len(order) - 1
        self.select(order[pos])
        return order[pos]

    def _on_current(self, item: QTreeWidgetItem | None, _previous) -> None:
        if item is None:
            return
        index = item.data(0, INDEX_ROLE)
        if index is None:
            return
        self.show_finding(index)
        self.findingSelected.emit(index)

    # --- detail ----------------------------------------------------------------------

    def clear_detail(self) -> None:
        if self.comparison is None:
            hint = "Load an original and a derivative to see what changed."
        else:
            hint = "Select a finding, a paragraph or a band of the link map to see both sides here."
        self.detail.setHtml(f"<p style='color:{theme.MUTED}'>{escape(hint)}</p>")

    def show_finding(self, index: int) -> None:
        c = self.comparison
        f = c.findings[index]
        look = theme.KINDS[f.kind]
        head = (
            f"<p><span style='background:{look.background}; border-bottom:2px solid {look.accent}'>"
            f"&nbsp;{escape(look.label)}&nbsp;</span>"
            f"&nbsp; <span style='color:{theme.MUTED}'>confidence {f.confidence:.2f}</span></p>"
            f"<p>{escape(f.explanation)}</p>"
        )
        cols = [
            ("Original", c.original, f.original, f.original_text),
            ("Derivative", c.derivative, f.derivative, f.derivative_text),
        ]
        self.detail.setHtml(head + _columns(cols, look.background))

    def show_link(self, index: int, moved: bool) -> None:
        c = self.comparison
        link = c.links[index]
        note = " \u00b7 moved out of order" if moved else ""
        head = (
            f"<p><b>Linked paragraphs</b> &nbsp;<span style='color:{theme.MUTED}'>match {link.score:.2f}"
            f"{note}</span></p>"
        )
        cols = [
            ("Original", c.original, link.original, None),
            ("Derivative", c.derivative, link.derivative, None),
        ]
        self.detail.setHtml(head + _columns(cols, None))

    def show_unlinked(self, side: str, seg_id: int) -> None:
        c = self.comparison
        article = c.original if side == "original" else c.derivative
        kind = "omitted" if side == "original" else "added"
        look = theme.KINDS[kind]
        text = article.segments[seg_id].text
        self.detail.setHtml(
            f"<p><span style='background:{look.background}'>&nbsp;{escape(look.label)}&nbsp;</span>"
            f" &nbsp;<span style='color:{theme.MUTED}'>{side} \u00b6{seg_id + 1} has no counterpart</span></p>"
            f"<p>{escape(text)}</p>"
        )


def _columns(cols, background: str | None) -> str:
    cells = []
    for name, article, ids, span in cols:
        parts = []
        for seg_id in ids:
            if not 0 <= seg_id < len(article.segments):
                continue
            text = article.segments[seg_id].text
            where = locate(text, span) if span else None
            if where and where[1] - where[0] >= len(text.strip()):
                where = None  # the whole paragraph: nothing to single out
            if where and background:
                s, e = where
                body = (
                    escape(text[:s])
                    + f"<span style='background:{theme.CURRENT_SPAN}'>{escape(text[s:e])}</span>"
                    + escape(text[e:])
                )
            else:
                body = escape(text)
            parts.append(f"<p><span style='color:{theme.MUTED}'>\u00b6{seg_id + 1}</span> {body}</p>")
        if not parts:
            parts.append(f"<p style='color:{theme.MUTED}'><i>nothing on this side</i></p>")
        lang = escape(article.language or "?")
        cells.append(
            f"<td width='50%' valign='top' style='padding-right:12px'>"
            f"<p style='color:{theme.MUTED}'>{escape(name)} [{lang}]</p>{''.join(parts)}</td>"
        )
    return "<table width='100%' cellspacing='0'><tr>" + "".join(cells) + "</tr></table>"
