"""What every translation backend provides, and the failures they may report.

A backend translates lists of chunks (each within its ``max_chars``) and reports any
failure as a ``ServiceFailure`` naming *what kind* of failure it was. Library
exception messages never travel further: requests puts the full URL (with
LibreTranslate's ``api_key`` in the query string) into its messages.
"""

from __future__ import annotations

import email.utils
import logging
import time
from typing import Callable, TypeVar
from urllib.parse import urlsplit

import requests
import urllib3

log = logging.getLogger(__name__)

T = TypeVar("T")


class ServiceFailure(Exception):
    """A service did not translate; ``reason`` is a phrase for the user's warning."""

    TIMEOUT = "timeout"
    UNREACHABLE = "unreachable"
    HUNG_UP = "hung_up"
    RATE_LIMITED = "rate_limited"
    SERVER_ERROR = "server_error"
    REJECTED_KEY = "rejected_key"
    REFUSED = "refused"
    UNREADABLE = "unreadable"

    def __init__(self, kind: str, status: int | None = None, retry_after: float | None = None):
        super().__init__(kind if status is None else f"{kind} (HTTP {status})")
        self.kind = kind
        self.status = status
        self.retry_after = retry_after

    @property
    def retryable(self) -> bool:
        """Rate limits and server errors pass; a silent or absent service will not come back soon."""
        return self.kind in (self.RATE_LIMITED, self.SERVER_ERROR)

    @property
    def reason(self) -> str:
        status = f"HTTP {self.status}"
        return {
            self.TIMEOUT: "did not answer (timed out)",
            self.UNREACHABLE: "could not be reached (connection refused or no such host)",
            self.HUNG_UP: "closed the connection without answering",
            self.RATE_LIMITED: f"kept refusing requests ({status}, too many requests)",
            self.SERVER_ERROR: f"failed ({status})",
            self.REJECTED_KEY: f"rejected the API key ({status})",
            self.REFUSED: f"refused the request ({status})",
            self.UNREADABLE: "sent an answer that could not be read",
        }[self.kind]

    @classmethod
    def from_status(cls, status: int, headers=None) -> "ServiceFailure":
        retry_after = _retry_after(headers.get("Retry-After")) if headers else None
        if status == 429:
            return cls(cls.RATE_LIMITED, status, retry_after)
        if status in (401, 403):
            return cls(cls.REJECTED_KEY, status)
        if status >= 500:
            return cls(cls.SERVER_ERROR, status, retry_after)
        return cls(cls.REFUSED, status)

    @classmethod
    def from_exception(cls, exc: BaseException, response: requests.Response | None) -> "ServiceFailure":
        """Classify a failed call by the exception's type and the last HTTP answer, never its text."""
        if isinstance(exc, requests.Timeout):
            return cls(cls.TIMEOUT)
        if isinstance(exc, requests.ConnectionError):
            # requests wraps urllib3's ProtocolError when the peer drops a connection it
            # had accepted; anything else (refused, DNS) means it was never reached.
            dropped = bool(exc.args) and isinstance(exc.args[0], urllib3.exceptions.ProtocolError)
            return cls(cls.HUNG_UP if dropped else cls.UNREACHABLE)
        if response is not None and not 200 <= response.status_code < 300:
            return cls.from_status(response.status_code, response.headers)
        log.debug("unreadable translation answer (%s)", type(exc).__name__)
        return cls(cls.UNREADABLE)


class Unsupported(Exception):
    """The backend cannot be used for this run (language pair, missing key); ``str`` is a clause
    that follows the service's name in the warning."""


class Backend:
    """One backend for one run: constructed per call, so each thread has its own instance."""

    name = ""
    label = ""
    max_chars = 1000
    """Longest chunk one request may carry (characters)."""
    batch_size = 1
    """Chunks per request."""
    batch_chars = 1000
    """Characters per request, all chunks together."""

    def __init__(self, url: str) -> None:
        self.url = url

    def translate(self, chunks: list[str]) -> list[str]:
        """Translations of ``chunks``, same order; raises ``ServiceFailure``."""
        raise NotImplementedError

    def close(self) -> None:
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def guarded(call: Callable[[], T], response: Callable[[], requests.Response | None]) -> T:
    """Run a deep-translator call, turning whatever it raises into a ``ServiceFailure``.

    deep-translator's errors share no base class, and a bad answer can surface as a
    KeyError or a JSON error, so anything the call raises counts as a failed request.
    """
    try:
        return call()
    except ServiceFailure:
        raise
    except Exception as exc:  # noqa: BLE001 - see docstring
        raise ServiceFailure.from_exception(exc, response()) from None


def base_url(url: str) -> str:
    """A service's base URL with exactly one trailing slash, so endpoints append cleanly.

    Raises ``Unsupported`` for anything but an http(s) URL with a host, without
    echoing it (a mistyped address can still hold a password).
    """
    try:
        parts = urlsplit(url.strip())
        valid = parts.scheme in ("http", "https") and bool(parts.hostname)
    except ValueError:
        valid = False
    if not valid:
        raise Unsupported(
            "cannot use the service address it was given: it must be an http:// or https:// URL"
        )
    return url.strip().rstrip("/") + "/"


def _retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header (a number or an HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())
