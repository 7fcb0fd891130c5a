"""The inline message bar: one sentence about what went wrong, above the panes.

Errors never open a modal dialog: the bar says what failed and what to do while
everything already loaded or typed stays where it was. It is the one path by which
user-facing errors reach the screen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton

LEVELS = ("error", "warning", "info")


class MessageBar(QFrame):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.label = QLabel()
        self.label.setObjectName("messageText")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.button = QPushButton()
        self.button.setObjectName("messageAction")
        self.button.clicked.connect(self._run_action)
        self.close_button = QToolButton()
        self.close_button.setObjectName("messageClose")
        self.close_button.setText("\u2715")
        self.close_button.setToolTip("Dismiss")
        self.close_button.clicked.connect(self.dismiss)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 6, 6)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        row.addWidget(self.close_button)
        self.level = ""
        self._action = None
        self.hide()

    def show_message(self, text: str, level: str = "error", action: str | None = None, on_action=None) -> None:
        """Show one sentence; ``action`` names an optional button (e.g. "Retry")."""
        assert level in LEVELS
        self.level = level
        self.setProperty("level", level)
        self.style().unpolish(self)
        self.style().polish(self)
        self.label.setText(text)
        self._action = on_action
        self.button.setVisible(bool(action))
        self.button.setText(action or "")
        self.show()

    def dismiss(self) -> None:
        self.hide()
        self.label.clear()
        self.level = ""
        self._action = None

    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""

    def _run_action(self) -> None:
        if self._action is not None:
            action = self._action
            self.dismiss()
            action()
