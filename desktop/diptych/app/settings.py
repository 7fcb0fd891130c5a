"""What the window remembers between sessions: geometry, zoom, recent pairs and the translator.

A thin layer over QSettings so the keys live in one place and tests can hand the
window an isolated settings file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8


@dataclass(frozen=True)
class TranslatorChoice:
    """The online translator the user picked (None: the offline encoder only).

    API keys are not part of it on purpose: they live in the engine's keys file,
    never in QSettings.
    """

    backend: str | None = None
    url: str | None = None
    offline: bool = False


def default_settings() -> QSettings:
    return QSettings("Diptych", "Diptych")


class Memory:
    def __init__(self, settings: QSettings):
        self.settings = settings

    def recent_pairs(self) -> list[tuple[str, str]]:
        raw = self.settings.value("recent/pairs", "[]")
        try:
            pairs = json.loads(raw if isinstance(raw, str) else "[]")
        except ValueError:
            return []
        return [(a, b) for a, b in pairs if isinstance(a, str) and isinstance(b, str)][:MAX_RECENT]

    def remember_pair(self, original: str, derivative: str) -> list[tuple[str, str]]:
        """Put the pair first (once), keep MAX_RECENT; returns the new list."""
        pairs = [p for p in self.recent_pairs() if p != (original, derivative)]
        pairs.insert(0, (original, derivative))
        pairs = pairs[:MAX_RECENT]
        self.settings.setValue("recent/pairs", json.dumps(pairs))
        return pairs

    def clear_recent(self) -> None:
        self.settings.setValue("recent/pairs", "[]")

    def geometry(self) -> QByteArray | None:
        value = self.settings.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def save_geometry(self, data: QByteArray) -> None:
        self.settings.setValue("window/geometry", data)

    def splitter(self, name: str) -> QByteArray | None:
        value = self.settings.value(f"window/{name}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def save_splitter(self, name: str, data: QByteArray) -> None:
        self.settings.setValue(f"window/{name}", data)

    def point_size(self, default: float) -> float:
        try:
            return float(self.settings.value("view/point_size", default))
        except (TypeError, ValueError):
            return default

    def save_point_size(self, size: float) -> None:
        self.settings.setValue("view/point_size", size)

    def flag(self, name: str, default: bool) -> bool:
        value = self.settings.value(f"view/{name}", default)
        if isinstance(value, str):
            return value.lower() in ("1", "true", "yes")
        return bool(value)

    def save_flag(self, name: str, value: bool) -> None:
        self.settings.setValue(f"view/{name}", value)

    def translator_choice(self) -> TranslatorChoice | None:
        """The saved choice, or None when the user never chose (the options given stay)."""
        if not self.settings.contains("translate/backend"):
            return None
        backend = str(self.settings.value("translate/backend", "") or "") or None
        url = str(self.settings.value("translate/url", "") or "").strip() or None
        offline = self.settings.value("translate/offline", False)
        if isinstance(offline, str):
            offline = offline.lower() in ("1", "true", "yes")
        return TranslatorChoice(backend, url, bool(offline))

    def save_translator_choice(self, choice: TranslatorChoice) -> None:
        self.settings.setValue("translate/backend", choice.backend or "")
        self.settings.setValue("translate/url", choice.url or "")
        self.settings.setValue("translate/offline", choice.offline)

    def sync(self) -> None:
        self.settings.sync()
