"""The find bar (Ctrl+F): a field that searches the pane you are reading.

Enter finds the next match, Shift+Enter the previous one, Esc closes the bar; a
search that reaches the end wraps around, as in a browser.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QTextEdit, QToolButton


class FindBar(QFrame):
    closed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("findBar")
        self.field = QLineEdit()
        self.field.setObjectName("findField")
        self.field.setPlaceholderText("Find in this pane")
        self.field.setClearButtonEnabled(True)
        self.field.setMaximumWidth(320)
        self.status = QLabel()
        self.status.setObjectName("findStatus")
        previous = QToolButton()
        previous.setText("\u25b4")
        previous.setToolTip("Previous match (Shift+Enter)")
        following = QToolButton()
        following.setText("\u25be")
        following.setToolTip("Next match (Enter)")
        close = QToolButton()
        close.setText("\u2715")
        close.setToolTip("Close (Esc)")
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 3, 6, 3)
        row.addWidget(QLabel("Find:"))
        row.addWidget(self.field)
        row.addWidget(previous)
        row.addWidget(following)
        row.addWidget(self.status, 1)
        row.addWidget(close)
        previous.clicked.connect(lambda: self.find(backward=True))
        following.clicked.connect(lambda: self.find())
        close.clicked.connect(self.close_bar)
        self.field.returnPressed.connect(self._on_return)
        self.field.textChanged.connect(lambda: self.find(incremental=True))
        self.target: QTextEdit | None = None
        self.hide()

    def open_on(self, view: QTextEdit) -> None:
        self.target = view
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.status.clear()
        self.closed.emit()

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)

    def _on_return(self) -> None:
        from PySide6.QtWidgets import QApplication

        backward = bool(QApplication.keyboardModifiers() & Qt.KeyboardModifier.ShiftModifier)
        self.find(backward=backward)

    def find(self, backward: bool = False, incremental: bool = False) -> bool:
        """Select the next match in the target view; wraps once. Returns whether one was found."""
        view, needle = self.target, self.field.text()
        if view is None or not needle:
            self.status.clear()
            return False
        flags = QTextDocument.FindFlag(0)
        if backward:
            flags |= QTextDocument.FindFlag.FindBackward
        if incremental:  # typing refines the match in place instead of jumping past it
            cursor = view.textCursor()
            cursor.setPosition(cursor.selectionStart())
            view.setTextCursor(cursor)
        found = view.find(needle, flags)
        if not found:
            cursor = view.textCursor()
            cursor.movePosition(cursor.MoveOperation.End if backward else cursor.MoveOperation.Start)
            view.setTextCursor(cursor)
            found = view.find(needle, flags)
        self.status.setText("" if found else "Not found")
        return found
