"""DeepL through its official client (POST ``v2/translate``, JSON, ``DeepL-Auth-Key`` header).

deep-translator's DeepL class logs in with the ``auth_key`` query parameter that
DeepL retired. The official client retries on its own for up to a couple of minutes
with a 10 s floor on timeouts; it gets a one-attempt HTTP client with our timeouts
instead, so the retry policy and the warning stay the same for every backend.
"""

from __future__ import annotations

import deepl
from deepl import http_client

from diptych.engine import config
from diptych.engine.translators.base import Backend, ServiceFailure, Unsupported, base_url
from diptych.engine.translators.http import redact

# Target codes DeepL wants with a variant; sources take the bare code.
_TARGETS = {"en": "EN-GB", "pt": "PT-PT", "zh": "ZH-HANS"}


class DeepLBackend(Backend):
    name = "deepl"
    label = "DeepL"
    max_chars = 5000
    batch_size = 50  # DeepL's limit of texts per request
    batch_chars = 30000  # well under its 128 KiB request body

    def __init__(self, source: str, target: str, url: str | None, timeout: tuple[float, float]) -> None:
        key = config.api_key(self.name)
        if not key:
            raise Unsupported(
                f"needs an API key (save it in the settings, in {config.keys_path()} under "
                '"deepl", or in DIPTYCH_DEEPL_API_KEY)'
            )
        redact(key)
        server_url = base_url(url) if url else None
        translator = deepl.Translator(key, server_url=server_url, send_platform_info=False)
        super().__init__(translator.server_url)
        translator._client.close()
        translator._client = _OneAttemptClient(timeout)
        self._translator = translator
        self._source = None if source == "und" else source.upper()
        self._target = _TARGETS.get(target, target.upper())

    def translate(self, chunks: list[str]) -> list[str]:
        try:
            results = self._translator.translate_text(
                chunks, source_lang=self._source, target_lang=self._target
            )
        except deepl.ConnectionException as exc:
            cause = exc.__cause__
            raise ServiceFailure.from_exception(cause or exc, None) from None
        except deepl.DeepLException as exc:
            status = exc.http_status_code
            if status == 456:  # DeepL's "quota for this billing period exceeded"
                raise ServiceFailure(ServiceFailure.RATE_LIMITED, status) from None
            if status:
                raise ServiceFailure.from_status(status) from None
            raise ServiceFailure(ServiceFailure.UNREADABLE) from None
        except ValueError:  # a language code the client refuses before sending anything
            raise ServiceFailure(ServiceFailure.REFUSED, 400) from None
        except Exception:  # noqa: BLE001 - a malformed answer (missing fields) is a failed request
            raise ServiceFailure(ServiceFailure.UNREADABLE) from None
        texts = [getattr(r, "text", None) for r in results]
        if len(texts) != len(chunks) or not all(isinstance(t, str) for t in texts):
            raise ServiceFailure(ServiceFailure.UNREADABLE)
        return texts

    def close(self) -> None:
        self._translator.close()


class _OneAttemptClient(http_client.HttpClient):
    """The official client's HTTP layer with one attempt and (connect, read) timeouts."""

    def __init__(self, timeout: tuple[float, float]) -> None:
        super().__init__(send_platform_info=False)
        self._timeout = timeout

    def request_with_backoff(self, method, url, data, json, headers, stream=False, **kwargs):
        request = self._prepare_request(method, url, data, json, headers, **kwargs)
        return self._internal_request(request, stream=stream, timeout=self._timeout)
