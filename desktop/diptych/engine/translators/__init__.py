"""Online translation backends behind one small interface (see ``base.Backend``).

Each backend lives in its own module and is imported only when chosen, so a
comparison without a translator never loads deep-translator, bs4 or deepl.
"""

from __future__ import annotations

from diptych.engine.translators.base import Backend, ServiceFailure, Unsupported

LABELS = {
    "google": "Google Translate",
    "libre": "LibreTranslate",
    "mymemory": "MyMemory",
    "deepl": "DeepL",
}


def open_backend(
    name: str, source: str, target: str, *, url: str | None, timeout: tuple[float, float]
) -> Backend:
    """A fresh backend for one run; raises ``Unsupported`` when it cannot serve this pair."""
    if name == "google":
        from diptych.engine.translators.google import GoogleBackend

        return GoogleBackend(source, target, url)
    if name == "libre":
        from diptych.engine.translators.libre import LibreBackend

        return LibreBackend(source, target, url)
    if name == "mymemory":
        from diptych.engine.translators.mymemory import MyMemoryBackend

        return MyMemoryBackend(source, target, url)
    if name == "deepl":
        try:
            from diptych.engine.translators.deepl_api import DeepLBackend
        except ImportError as exc:
            if not (exc.name or "").startswith("deepl"):
                raise
            raise Unsupported("needs the 'deepl' Python package, which is not installed") from None
        return DeepLBackend(source, target, url, timeout)
    raise ValueError(f"unknown translator {name!r}")


__all__ = ["LABELS", "Backend", "ServiceFailure", "Unsupported", "open_backend"]
