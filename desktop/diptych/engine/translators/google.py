"""Google Translate through deep-translator: its mobile page (GET ``m?sl&tl&q``), scraped."""

from __future__ import annotations

from urllib.parse import urljoin

from diptych.engine.translators.base import Backend, Unsupported, base_url, guarded
from diptych.engine.translators.http import last_response, route_through_scope

DEFAULT_URL = "https://translate.google.com/"
# Google's own names where they differ from ISO 639-1.
_CODES = {"he": "iw", "zh": "zh-CN", "jv": "jw"}


class GoogleBackend(Backend):
    name = "google"
    label = "Google Translate"
    max_chars = 4500  # deep-translator refuses 5,000; the query string grows with escaping
    batch_chars = max_chars

    def __init__(self, source: str, target: str, url: str | None) -> None:
        from deep_translator import GoogleTranslator
        from deep_translator import google as module
        from deep_translator.constants import GOOGLE_LANGUAGES_TO_CODES

        super().__init__(base_url(url or DEFAULT_URL))
        route_through_scope(module)
        known = set(GOOGLE_LANGUAGES_TO_CODES.values())
        src = "auto" if source == "und" else _CODES.get(source, source)
        tgt = _CODES.get(target, target)
        for code, iso in ((src, source), (tgt, target)):
            if code != "auto" and code not in known:
                raise Unsupported(f"does not know the language code {iso!r}")
        # One instance per run: it keeps the last request's parameters on itself.
        self._translator = GoogleTranslator(source=src, target=tgt)
        self._translator._base_url = urljoin(self.url, "m")

    def translate(self, chunks: list[str]) -> list[str]:
        # deep-translator answers None when Google echoes the text back (a name, a number).
        return [
            guarded(lambda: self._translator.translate(chunk), last_response) or chunk
            for chunk in chunks
        ]
