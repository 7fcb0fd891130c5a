"""The translation cache: one small JSON file per text, per backend and language pair.

A comparison made online reopens with ``--offline`` from here. Files (not one
database) so that a damaged entry costs one translation, never the whole cache, and
writers in several threads or processes never lock each other: each entry is
written to a temporary file and renamed into place. Any entry that cannot be read
back exactly is treated as absent and rewritten the next time the text is translated.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

_FORMAT = 1


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


class TranslationCache:
    """Translations by ``backend`` from ``source`` to ``target`` under ``root``."""

    def __init__(self, root: Path, backend: str, source: str, target: str) -> None:
        self.backend, self.source, self.target = backend, source, target
        self.dir = Path(root) / _safe(backend) / f"{_safe(source)}-{_safe(target)}"

    def path(self, text: str) -> Path:
        digest = text_hash(text)
        return self.dir / digest[:2] / f"{digest}.json"

    def get(self, text: str) -> str | None:
        """The cached translation of ``text``, or None (absent, unreadable or not this text's)."""
        path = self.path(text)
        try:
            entry = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, UnicodeDecodeError, ValueError):
            log.info("Ignoring a damaged translation cache entry %s", path.name)
            return None
        if not (
            isinstance(entry, dict)
            and entry.get("format") == _FORMAT
            and entry.get("sha256") == text_hash(text)
            and entry.get("backend") == self.backend
            and entry.get("pair") == [self.source, self.target]
            and isinstance(entry.get("translation"), str)
        ):
            log.info("Ignoring a damaged translation cache entry %s", path.name)
            return None
        return entry["translation"]

    def put(self, text: str, translation: str) -> None:
        """Store a translation; a cache that cannot be written only costs a later request."""
        path = self.path(text)
        entry = {
            "format": _FORMAT,
            "backend": self.backend,
            "pair": [self.source, self.target],
            "sha256": text_hash(text),
            "translation": translation,
        }
        tmp = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".json", dir=path.parent)
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(entry, f, ensure_ascii=False)
            os.replace(tmp, path)
        except OSError as exc:
            log.warning("Could not write the translation cache under %s (%s)", self.dir, exc.strerror)
            if tmp:
                Path(tmp).unlink(missing_ok=True)


def _safe(part: str) -> str:
    """A path component from a backend or language code (they are short ASCII codes)."""
    cleaned = "".join(c for c in part if c.isascii() and (c.isalnum() or c in "_"))
    return cleaned or "und"
