"""One side of the diptych: a header, an address field and the article view.

The header says what is shown (title, source, language, word count); the address
field takes a URL or a path (Enter loads, the folder button opens a file dialog,
paste works as everywhere). Drops on the header or the text go to this side.
"""

from __future__ import annotations

import os
import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from diptych.app.articleview import ArticleView, accepts, deliver_drop
from diptych.app.drops import Dropped
from diptych.app.safetext import escape
from diptych.engine.model import Article

FILE_FILTER = "Articles (*.html *.htm *.txt *.md);;All files (*)"
_BARE_DOMAIN = re.compile(r"^[\w-]+(\.[\w-]+)*\.[a-z]{2,}(/\S*)?$", re.IGNORECASE)
LANGUAGE_NAMES = {
    "en": "English", "fr": "French", "de": "German", "es": "Spanish", "it": "Italian",
    "pt": "Portuguese", "nl": "Dutch", "pl": "Polish", "ru": "Russian", "uk": "Ukrainian",
    "tr": "Turkish", "ar": "Arabic", "zh": "Chinese", "ja": "Japanese", "ko": "Korean",
}


def address_to_dropped(text: str) -> Dropped | None:
    """What typing ``text`` + Enter asks for: a URL (a bare domain gets https://) or a path."""
    text = text.strip()
    if not text:
        return None
    if re.match(r"^https?://", text, re.IGNORECASE):
        return Dropped("url", text)
    path = os.path.expanduser(text[7:] if text.lower().startswith("file://") else text)
    if not os.path.exists(path) and _BARE_DOMAIN.match(text):
        return Dropped("url", "https://" + text)
    return Dropped("file", path)


class ElidedLabel(QLabel):
    """A one-line label that ends in an ellipsis instead of widening the pane."""

    def __init__(self, text: str = "", parent=None):
        super().__init__(parent)
        self._full = text
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802
        self._full = text
        self.setToolTip(f"<p>{escape(text)}</p>" if text else "")  # a title is untrusted: never markup
        self._elide()

    def full_text(self) -> str:
        return self._full

    def _elide(self) -> None:
        metrics = QFontMetrics(self.font())
        super().setText(metrics.elidedText(self._full, Qt.TextElideMode.ElideRight, max(20, self.width())))

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._elide()


class ArticlePane(QFrame):
    loadRequested = Signal(object)  # drops.Dropped
    dropFailed = Signal(str)

    def __init__(self, side: str, parent=None):
        super().__init__(parent)
        self.side = side
        self.setObjectName(f"{side}Pane")
        self.setProperty("pane", True)
        self.setAcceptDrops(True)
        name = "Original" if side == "original" else "Derivative"
        self.role = QLabel(name.upper())
        self.role.setObjectName("paneRole")
        self.title = ElidedLabel(f"No {name.lower()} loaded")
        self.title.setObjectName("paneTitle")
        self.meta = ElidedLabel("A web page, an .html, .txt or .md file, or dropped text")
        self.meta.setObjectName("paneMeta")

        self.address = QLineEdit()
        self.address.setObjectName("address")
        self.address.setPlaceholderText("URL or path of an .html, .txt or .md file \u2014 Enter loads")
        self.address.setClearButtonEnabled(True)
        self.address.returnPressed.connect(self._on_enter)
        self.browse = QToolButton()
        self.browse.setObjectName("browseButton")
        self.browse.setText("Open\u2026")
        self.browse.setToolTip(f"Open a file as the {name.lower()}")
        self.browse.clicked.connect(self.open_file_dialog)

        hint = "Drop a link, an .html/.txt/.md file or some text here,\nor type an address above."
        self.view = ArticleView(hint)
        self.view.dropped.connect(self.loadRequested)
        self.view.dropFailed.connect(self.dropFailed)

        head = QWidget()
        head.setObjectName("paneHeader")
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(8)
        top.addWidget(self.role)
        top.addWidget(self.title, 1)
        address_row = QHBoxLayout()
        address_row.setContentsMargins(0, 0, 0, 0)
        address_row.setSpacing(4)
        address_row.addWidget(self.address, 1)
        address_row.addWidget(self.browse)
        head_layout = QVBoxLayout(head)
        head_layout.setContentsMargins(10, 8, 10, 6)
        head_layout.setSpacing(3)
        head_layout.addLayout(top)
        head_layout.addWidget(self.meta)
        head_layout.addLayout(address_row)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(head)
        layout.addWidget(self.view, 1)
        self.header = head

    # --- header ----------------------------------------------------------------------

    def show_article(self, article: Article | None) -> None:
        """Fill the header (the view is filled by the window, which knows the highlights)."""
        name = "original" if self.side == "original" else "derivative"
        if article is None:
            self.title.setText(f"No {name} loaded")
            self.meta.setText("A web page, an .html, .txt or .md file, or dropped text")
            return
        self.title.setText(article.title or "(untitled)")
        language = LANGUAGE_NAMES.get(article.language, article.language or "unknown language")
        words = article.word_count
        boiler = sum(1 for s in article.segments if s.boilerplate)
        parts = [article.source, language, f"{words:,} words", f"{len(article.content_segments)} paragraphs"]
        if boiler:
            parts.append(f"{boiler} boilerplate")
        self.meta.setText("  \u00b7  ".join(parts))

    def set_address(self, text: str) -> None:
        self.address.setText(text)
        self.address.setCursorPosition(0)

    # --- input -----------------------------------------------------------------------

    def _on_enter(self) -> None:
        dropped = address_to_dropped(self.address.text())
        if dropped is not None:
            self.loadRequested.emit(dropped)

    def open_file_dialog(self) -> None:
        name = "original" if self.side == "original" else "derivative"
        path, _ = QFileDialog.getOpenFileName(self, f"Open the {name}", "", FILE_FILTER)
        if path:
            self.set_address(path)
            self.loadRequested.emit(Dropped("file", path))

    def focus_address(self) -> None:
        self.address.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.address.selectAll()

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if accepts(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        deliver_drop(event.mimeData(), self.loadRequested.emit, self.dropFailed.emit)
        event.acceptProposedAction()
