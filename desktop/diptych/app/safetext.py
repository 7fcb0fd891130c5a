"""A QTextBrowser that never fetches anything.

Article text comes from the web: if markup ever reached a text view, an ``<img
src="https://...">`` must not make the window call a tracker. Every resource
request is answered with nothing, links are never followed, and callers build
documents with QTextCursor or with escaped text only.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QTextBrowser

LOCAL_SCHEMES = ("qrc", "data")


class SafeTextBrowser(QTextBrowser):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.requested_resources: list[str] = []  # what a document asked for (tests read it)

    def loadResource(self, kind: int, url: QUrl):  # noqa: N802 (Qt's name)
        self.requested_resources.append(url.toString())
        if url.scheme().lower() in LOCAL_SCHEMES:
            return super().loadResource(kind, url)
        return None


def escape(text: str) -> str:
    """Untrusted text made safe to place inside our own HTML."""
    return html.escape(text, quote=True)
