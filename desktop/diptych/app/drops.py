"""What a drop (or a paste into the address field) asks to load.

Browsers offer a dragged link as ``text/uri-list``, Firefox also as
``text/x-moz-url`` (UTF-16: the URL, a newline, the title), other programs as plain
text; file managers offer ``file://`` URLs. One function reads them all, in that
order of trust, into a :class:`Dropped` the window can load.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

from PySide6.QtCore import QMimeData, QUrl

FILE_SUFFIXES = (".html", ".htm", ".txt", ".md")
URL_SCHEMES = ("http", "https")
_URL = re.compile(r"^https?://\S+$", re.IGNORECASE)


@dataclass(frozen=True)
class Dropped:
    """``kind`` is "url", "file" or "text"; ``value`` the URL, the path or the text itself."""

    kind: str
    value: str

    @property
    def spec(self) -> str | None:
        """The engine's input spec, or None for raw text (read through ``stdin``)."""
        return None if self.kind == "text" else self.value


class UnsupportedDrop(ValueError):
    """The drop holds nothing Diptych can read; the message is one sentence for the user."""


def from_string(text: str) -> Dropped | None:
    """Classify typed or dropped text: a URL, an existing local path, or article text."""
    stripped = text.strip()
    if not stripped:
        return None
    if _URL.match(stripped):
        return Dropped("url", stripped)
    if stripped.lower().startswith("file://"):
        return _from_url(QUrl(stripped))
    if "\n" not in stripped and len(stripped) < 4096 and os.path.isfile(os.path.expanduser(stripped)):
        return Dropped("file", os.path.expanduser(stripped))
    return Dropped("text", text)


def from_mime(mime: QMimeData) -> Dropped | None:
    """The first loadable thing in a drop, or None if it holds nothing at all.

    Raises UnsupportedDrop for a local file of a type Diptych does not read.
    """
    if mime.hasUrls():
        for url in mime.urls():
            dropped = _from_url(url)
            if dropped is not None:
                return dropped
    if mime.hasFormat("text/x-moz-url"):
        raw = bytes(mime.data("text/x-moz-url").data())
        first = _decode_moz_url(raw).split("\n", 1)[0].strip()
        if first:
            dropped = _from_url(QUrl(first))
            if dropped is not None:
                return dropped
    if mime.hasText():
        return from_string(mime.text())
    return None


def _decode_moz_url(raw: bytes) -> str:
    for encoding in ("utf-16", "utf-8"):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        if text and "\x00" not in text:
            return text
    return raw.decode("utf-8", errors="replace")


def _from_url(url: QUrl) -> Dropped | None:
    if url.isLocalFile():
        path = url.toLocalFile()
        if not path.lower().endswith(FILE_SUFFIXES):
            name = os.path.basename(path) or path
            raise UnsupportedDrop(
                f"Diptych reads .html, .htm, .txt and .md files, and {name} is none of these."
            )
        return Dropped("file", path)
    if url.scheme().lower() in URL_SCHEMES and url.isValid():
        return Dropped("url", url.toString())
    return None
