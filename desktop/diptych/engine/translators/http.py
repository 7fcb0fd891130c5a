"""HTTP for the translation backends: timeouts deep-translator never sets, per thread.

deep-translator calls ``requests.get``/``requests.post`` at module level with no
timeout, so a stalled service would hang a comparison for ever. Each of its modules
we use gets ``requests`` replaced (once, idempotently) by a stand-in that forwards
to the session, timeouts and bookkeeping of the *calling thread's* ``http_scope``.
Outside a scope it forwards to plain ``requests`` unchanged, and one thread's scope
is invisible to every other thread, so the window's worker pool can translate two
comparisons at once with different settings.

Keys can reach logs through URLs (LibreTranslate sends ``api_key`` in the query
string, which urllib3 logs at DEBUG level and requests puts in exception messages):
``redact`` registers a key so every log record that would show it is rewritten.
"""

from __future__ import annotations

import logging
import threading
import types
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Iterator
from urllib.parse import quote, quote_plus, urlsplit, urlunsplit

import requests

from diptych import __version__

USER_AGENT = f"diptych/{__version__} (+translation gloss)"


@dataclass
class HttpScope:
    """One thread's HTTP settings while it talks to a service, and what it last heard."""

    session: requests.Session
    timeout: tuple[float, float]
    last_response: requests.Response | None = None
    requests_sent: int = 0

    def request(self, method: str, url: str, **kwargs) -> requests.Response:
        kwargs["timeout"] = self.timeout
        self.last_response = None
        self.requests_sent += 1
        response = self.session.request(method, url, **kwargs)
        self.last_response = response
        return response

    @property
    def last_status(self) -> int | None:
        return self.last_response.status_code if self.last_response is not None else None


_local = threading.local()


def current_scope() -> HttpScope | None:
    return getattr(_local, "scope", None)


def last_response() -> requests.Response | None:
    """The answer to this thread's latest request in its scope (None if it got none)."""
    scope = current_scope()
    return scope.last_response if scope else None


@contextmanager
def http_scope(connect_timeout: float, read_timeout: float) -> Iterator[HttpScope]:
    """Route this thread's deep-translator requests through a session with timeouts."""
    session = requests.Session()
    session.headers["User-Agent"] = USER_AGENT
    scope = HttpScope(session, (connect_timeout, read_timeout))
    outer = current_scope()
    _local.scope = scope
    try:
        yield scope
    finally:
        _local.scope = outer
        session.close()


class _ScopedRequests(types.ModuleType):
    """Stands in for ``requests`` inside a deep-translator module (see the module docstring)."""

    def __init__(self) -> None:
        super().__init__("requests")

    def get(self, url, params=None, **kwargs):
        return self.request("GET", url, params=params, **kwargs)

    def post(self, url, data=None, json=None, **kwargs):
        return self.request("POST", url, data=data, json=json, **kwargs)

    def request(self, method, url, **kwargs):
        scope = current_scope()
        if scope is None:
            return requests.request(method, url, **kwargs)
        return scope.request(method, url, **kwargs)

    def __getattr__(self, name):
        return getattr(requests, name)


_install_lock = threading.Lock()


def route_through_scope(module: types.ModuleType) -> None:
    """Make ``module``'s ``requests.get/post`` honour the calling thread's ``http_scope``."""
    with _install_lock:
        if not isinstance(getattr(module, "requests", None), _ScopedRequests):
            module.requests = _ScopedRequests()


def display_url(url: str) -> str:
    """``url`` fit for a warning: no user name, password, query or fragment."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "(an invalid address)"
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path or "/", "", ""))


# --- keeping keys out of logs -------------------------------------------------------

_secrets: set[str] = set()
_secrets_lock = threading.Lock()
_LOGGERS = ("urllib3.connectionpool", "urllib3", "requests", "deepl", "deep_translator", "diptych")


class _RedactSecrets(logging.Filter):
    """Rewrites a record whose message or traceback shows a registered key."""

    def filter(self, record: logging.LogRecord) -> bool:
        with _secrets_lock:
            secrets = tuple(_secrets)
        if not secrets:
            return True
        try:
            message = record.getMessage()
        except Exception:  # a bad format string: leave it to logging's own error path
            return True
        redacted = _redact(message, secrets)
        if redacted != message:
            record.msg, record.args = redacted, ()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = _redact(record.exc_text, secrets)
        return True


_filter = _RedactSecrets()


def redact(secret: str | None) -> None:
    """Keep ``secret`` (raw or URL-encoded) out of every log line from now on."""
    if not secret:
        return
    with _secrets_lock:
        _secrets.update({secret, quote(secret, safe=""), quote_plus(secret)})
    for name in _LOGGERS:
        logger = logging.getLogger(name)
        if _filter not in logger.filters:
            logger.addFilter(_filter)


def _redact(text: str, secrets: tuple[str, ...]) -> str:
    for secret in sorted(secrets, key=len, reverse=True):
        if secret in text:
            text = text.replace(secret, "[key hidden]")
    return text

