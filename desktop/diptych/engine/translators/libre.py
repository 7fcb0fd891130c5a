"""LibreTranslate through deep-translator: POST ``translate`` with ``q, source, target,
format`` (and ``api_key`` when the server wants one); JSON ``translatedText``.

Most users run it themselves (``--translator-url``), so the language codes are not
checked against deep-translator's short static list: the server decides, and a pair
it lacks comes back as HTTP 400 ("refused the request").
"""

from __future__ import annotations

import re

from diptych.engine import config
from diptych.engine.translators.base import Backend, Unsupported, base_url, guarded
from diptych.engine.translators.http import last_response, redact, route_through_scope

DEFAULT_URL = "https://libretranslate.com/"
_CODE = re.compile(r"^[a-z]{2,3}(-[A-Za-z]{2,4})?$")


class LibreBackend(Backend):
    name = "libre"
    label = "LibreTranslate"
    max_chars = 2000  # the public instances' character limit; self-hosted ones have none
    batch_chars = max_chars

    def __init__(self, source: str, target: str, url: str | None) -> None:
        from deep_translator import LibreTranslator
        from deep_translator import libre as module

        super().__init__(base_url(url or DEFAULT_URL))
        route_through_scope(module)
        src = "auto" if source == "und" else source
        for code in (src, target):
            if code != "auto" and not _CODE.match(code):
                raise Unsupported(f"does not know the language code {code!r}")
        key = config.api_key(self.name)
        redact(key)
        # deep-translator insists on some key at construction; a server without keys
        # gets none at all (``api_key`` is only sent when set).
        translator = LibreTranslator(source="en", target="fr", api_key=key or "-", custom_url=self.url)
        translator.api_key = key
        translator.source, translator.target = src, target
        self._translator = translator

    def translate(self, chunks: list[str]) -> list[str]:
        return [guarded(lambda: _text(self._translator.translate(chunk)), last_response) for chunk in chunks]


def _text(value) -> str:
    if not isinstance(value, str):
        raise TypeError("translatedText is not a string")
    return value
