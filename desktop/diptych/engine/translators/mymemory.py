"""MyMemory through deep-translator: GET ``get?q&langpair=en-GB|fr-FR``; JSON
``responseData.translatedText``, with the service's own status in ``responseStatus``.

MyMemory wants locale codes and answers quota and language errors with HTTP 200 and
an explanation in place of the translation, so the status inside the JSON is checked.
"""

from __future__ import annotations

from urllib.parse import urljoin

from diptych.engine.translators.base import Backend, ServiceFailure, Unsupported, base_url, guarded
from diptych.engine.translators.http import last_response, route_through_scope

DEFAULT_URL = "https://api.mymemory.translated.net/"


def locale_codes() -> dict[str, str]:
    """ISO 639-1 -> MyMemory's locale, preferring a language's main entry ("english": en-GB)."""
    from deep_translator.constants import MY_MEMORY_LANGUAGES_TO_CODES

    codes: dict[str, str] = {}
    for name, code in MY_MEMORY_LANGUAGES_TO_CODES.items():
        iso = code.split("-")[0].lower()
        if iso not in codes or (" " not in name and " " in codes[iso][0]):
            codes[iso] = (name, code)
    return {iso: code for iso, (_, code) in codes.items()}


class MyMemoryBackend(Backend):
    name = "mymemory"
    label = "MyMemory"
    max_chars = 480  # deep-translator refuses 500
    batch_chars = max_chars

    def __init__(self, source: str, target: str, url: str | None) -> None:
        from deep_translator import MyMemoryTranslator
        from deep_translator import mymemory as module

        super().__init__(base_url(url or DEFAULT_URL))
        route_through_scope(module)
        codes = locale_codes()
        if source == "und":
            raise Unsupported("needs to know the language to translate from, which was not detected")
        for iso in (source, target):
            if iso not in codes:
                raise Unsupported(f"does not know the language code {iso!r}")
        self._translator = MyMemoryTranslator(source=codes[source], target=codes[target])
        self._translator._base_url = urljoin(self.url, "get")

    def translate(self, chunks: list[str]) -> list[str]:
        return [guarded(lambda: self._one(chunk), last_response) for chunk in chunks]

    def _one(self, chunk: str) -> str:
        text = self._translator.translate(chunk)
        response = last_response()
        if response is not None:
            status = _inner_status(response)
            if status == 403:  # MyMemory's word for a language pair it does not have
                raise ServiceFailure(ServiceFailure.REFUSED, status)
            if status is not None and status != 200:
                raise ServiceFailure.from_status(status)
        if not isinstance(text, str):
            raise TypeError("translatedText is not a string")
        return text


def _inner_status(response) -> int | None:
    try:
        return int(response.json().get("responseStatus"))
    except (ValueError, TypeError, AttributeError):
        return None
