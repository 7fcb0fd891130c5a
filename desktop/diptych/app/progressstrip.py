"""The progress strip: which job, which step, how far, and a Cancel button.

It shows while any job runs and names the current step in words ("Loading the
derivative: fetching the page"), so a slow fetch is never a mystery.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QPushButton


class ProgressStrip(QFrame):
    cancelRequested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("progressStrip")
        self.label = QLabel()
        self.label.setObjectName("progressText")
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.bar.setFixedWidth(220)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setToolTip("Stop loading and comparing (Esc)")
        self.cancel_button.clicked.connect(self.cancelRequested)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 4, 8, 4)
        row.addWidget(self.label, 1)
        row.addWidget(self.bar)
        row.addWidget(self.cancel_button)
        self.hide()

    def report(self, what: str, step: str, fraction: float | None) -> None:
        """``fraction`` None (or negative) shows a busy bar."""
        self.label.setText(f"{what}: {step}\u2026" if step else f"{what}\u2026")
        if fraction is None or fraction < 0:
            self.bar.setRange(0, 0)
        else:
            self.bar.setRange(0, 1000)
            self.bar.setValue(int(max(0.0, min(1.0, fraction)) * 1000))
        self.show()

    def done(self) -> None:
        self.hide()
        self.label.clear()
