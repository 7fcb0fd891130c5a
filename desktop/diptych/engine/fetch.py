"""Download a web page, carefully: timeouts, a size cap, few redirects, and a cache.

Fetched with requests rather than ``trafilatura.fetch_url``, which hides the status code
and retries a stalled server for minutes (stack notes). Every failure becomes one sentence:
a network failure is a ``NetworkError`` (exit 3), a URL or content Diptych cannot use an
``InputError`` (exit 2). Pages are cached by URL so a comparison reopens ``--offline``.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import time
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit

from diptych import __version__
from diptych.engine.decode import describe_binary
from diptych.engine.errors import InputError, NetworkError
from diptych.engine.options import Options, Progress

MAX_REDIRECTS = 5
USER_AGENT = (
    "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0 "
    f"Diptych/{__version__}"
)
ACCEPT = "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1"
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_TYPES = frozenset({"text/plain", "text/markdown", "text/x-markdown"})
CHUNK = 64 * 1024

_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*):")


@dataclass
class FetchedPage:
    """The bytes of a page as the server sent them, and what it said they were."""

    url: str  # as asked for
    final_url: str  # after redirects
    content_type: str  # media type, lower case, without parameters ("" if none)
    charset: str | None  # from the Content-Type header
    body: bytes
    retrieved: str  # ISO 8601 UTC time of the download
    from_cache: bool = False

    @property
    def is_plain_text(self) -> bool:
        return self.content_type in TEXT_TYPES


def is_url(spec: str) -> bool:
    """True for anything written as ``scheme://...`` (supported or not)."""
    return bool(re.match(r"^[A-Za-z][A-Za-z0-9+.\-]*://", spec))


def url_scheme(spec: str) -> str | None:
    """The scheme of ``spec`` if it starts with one ("mailto:" too), else None.

    One-letter schemes are Windows drive letters ("C:\\news.txt"), not schemes.
    """
    match = _SCHEME.match(spec)
    if match and len(match.group(1)) > 1:
        return match.group(1).lower()
    return None


def check_url(url: str) -> None:
    """Raise InputError unless ``url`` is a well-formed http(s) address."""
    scheme = url_scheme(url)
    if scheme is None:
        raise InputError(f"{url} is not a web address; give one that starts with https://.")
    if scheme not in ("http", "https"):
        hint = " give the file's path instead" if scheme == "file" else " give an http:// or https:// address"
        raise InputError(f"Diptych cannot fetch {scheme}: addresses ({url});{hint}.")
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError as error:
        raise InputError(f"{url} is not a valid web address ({error}); check it.") from None
    if not parts.hostname or any(ch.isspace() for ch in url.strip()):
        raise InputError(f"{url} is not a valid web address; check it.")


def fetch_page(url: str, options: Options, progress: Progress | None = None) -> FetchedPage:
    """The page at ``url``: from the network, or from the cache when ``options.offline``."""
    check_url(url)
    if options.offline:
        cached = cached_page(url, options)
        if cached is None:
            raise InputError(
                f"--offline forbids fetching {url} and no copy of it is cached; "
                "run once without --offline or save the page to a file."
            )
        return cached
    page = _download(url, options, progress)
    _store(page, options)
    return page


def cached_page(url: str, options: Options) -> FetchedPage | None:
    """The last fetched copy of ``url``, or None."""
    body_path, meta_path = _cache_paths(url, options)
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        body = body_path.read_bytes()
        if meta.get("url") != url:
            return None
        return FetchedPage(
            url=url,
            final_url=meta.get("final_url", url),
            content_type=meta.get("content_type", ""),
            charset=meta.get("charset"),
            body=body,
            retrieved=meta.get("retrieved", ""),
            from_cache=True,
        )
    except (OSError, ValueError, TypeError):
        return None


def utc_now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _download(url: str, options: Options, progress: Progress | None) -> FetchedPage:
    import requests

    report = progress or (lambda step, fraction: None)
    report("fetch", 0.0)
    session = requests.Session()
    session.max_redirects = MAX_REDIRECTS
    headers = {"User-Agent": USER_AGENT, "Accept": ACCEPT, "Accept-Encoding": "gzip, deflate"}
    timeout = (options.connect_timeout, options.read_timeout)
    try:
        with session.get(url, headers=headers, timeout=timeout, stream=True) as response:
            if response.status_code >= 400:
                reason = response.reason or ""
                raise NetworkError(
                    f"Could not fetch {url}: the server answered {response.status_code} "
                    f"{reason}".rstrip() + ". Check the address."
                )
            media_type, charset = _parse_content_type(response.headers.get("Content-Type", ""))
            _check_media_type(url, media_type)
            declared = response.headers.get("Content-Length", "")
            expected = int(declared) if declared.isdigit() else None
            if expected is not None and expected > options.max_bytes:
                raise InputError(_too_large(url, options))
            body = _read_body(response, url, options, expected, report)
            final_url = response.url
    except requests.exceptions.TooManyRedirects:
        raise NetworkError(
            f"Could not fetch {url}: it redirects more than {MAX_REDIRECTS} times "
            "(a redirect loop?). Check the address."
        ) from None
    except requests.exceptions.ConnectTimeout:
        raise NetworkError(
            f"Could not fetch {url}: the server did not answer within "
            f"{options.connect_timeout:g} s. Check the address or try again later."
        ) from None
    except requests.exceptions.ReadTimeout:
        raise _stalled(url, options) from None
    except requests.exceptions.SSLError:
        raise NetworkError(
            f"Could not fetch {url}: its secure connection (TLS certificate) failed. "
            "Check the address."
        ) from None
    except requests.exceptions.ConnectionError as error:
        raise _connection_error(url, error, options) from None
    except requests.exceptions.InvalidSchema:
        raise NetworkError(
            f"Could not fetch {url}: it redirects to an address that is not http(s). "
            "Check the address."
        ) from None
    except requests.exceptions.RequestException as error:
        raise NetworkError(
            f"Could not fetch {url}: {type(error).__name__}. Check the address and try again."
        ) from None
    finally:
        session.close()

    binary = describe_binary(body)
    if binary:
        claimed = f", although the server calls it {media_type}" if media_type else ""
        raise InputError(f"{url} is {binary}{claimed}; Diptych reads web pages and plain text.")
    report("fetch", 1.0)
    return FetchedPage(
        url=url,
        final_url=final_url,
        content_type=media_type,
        charset=charset,
        body=body,
        retrieved=utc_now(),
    )


def _read_body(response, url: str, options: Options, expected: int | None, report) -> bytes:
    """Read at most ``options.max_bytes``, giving up if a slow trickle outlasts the deadline."""
    deadline = time.monotonic() + _page_deadline(options)
    chunks, size = [], 0
    for chunk in _arriving_chunks(response):
        size += len(chunk)
        if size > options.max_bytes:
            raise InputError(_too_large(url, options))
        chunks.append(chunk)
        if expected:
            report("fetch", min(size / expected, 1.0))
        if time.monotonic() > deadline:
            raise _stalled(url, options)
    return b"".join(chunks)


def _arriving_chunks(response):
    """The body as it arrives, at most CHUNK bytes at a time.

    ``iter_content`` waits until a whole CHUNK is in: a server trickling a byte a
    second keeps each read under the read timeout and holds one chunk for hours, so
    the deadline in ``_read_body`` would never be checked. urllib3's ``read1`` returns
    whatever has come; its errors are mapped to the requests ones ``_download`` handles.
    """
    import requests
    from urllib3.exceptions import DecodeError, ProtocolError, ReadTimeoutError

    read1 = getattr(response.raw, "read1", None)
    if read1 is None:  # urllib3 < 2
        yield from response.iter_content(CHUNK)
        return
    while True:
        try:
            chunk = read1(CHUNK, decode_content=True)
        except ReadTimeoutError as error:
            raise requests.exceptions.ConnectionError(error) from None
        except ProtocolError as error:
            raise requests.exceptions.ChunkedEncodingError(error) from None
        except DecodeError as error:
            raise requests.exceptions.ContentDecodingError(error) from None
        if not chunk:
            return
        yield chunk


def _parse_content_type(header: str) -> tuple[str, str | None]:
    media_type, _, params = header.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip("\"'")
    return media_type.strip().lower(), charset


def _check_media_type(url: str, media_type: str) -> None:
    """Refuse what is plainly not a page before downloading it (no header: sniff later)."""
    if not media_type or media_type in HTML_TYPES or media_type in TEXT_TYPES:
        return
    raise InputError(
        f"{url} is {describe_media_type(media_type)} ({media_type}), not a web page; "
        "Diptych reads web pages and plain text."
    )


def describe_media_type(media_type: str) -> str:
    """ "a PDF document", "an image", ... for a Content-Type."""
    major = media_type.split("/", 1)[0]
    known = {
        "application/pdf": "a PDF document",
        "application/octet-stream": "binary data",
        "application/json": "JSON data",
        "application/zip": "a ZIP archive",
        "application/msword": "a Word document",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "a Word document",
        "text/css": "a style sheet",
        "text/javascript": "a script",
        "application/javascript": "a script",
    }
    if media_type in known:
        return known[media_type]
    if major in ("image", "audio", "video", "font"):
        return {"image": "an image", "audio": "audio", "video": "a video", "font": "a font"}[major]
    return "a file of another kind"


def _too_large(url: str, options: Options) -> str:
    limit = options.max_bytes / (1024 * 1024)
    return f"{url} is larger than {limit:g} MB, the most Diptych reads; save the article's text to a file instead."


def _page_deadline(options: Options) -> float:
    """Seconds a whole body may take: a trickle of bytes must not hold the CLI forever."""
    return options.connect_timeout + 4 * options.read_timeout


def _stalled(url: str, options: Options) -> NetworkError:
    return NetworkError(
        f"Could not fetch {url}: the server stopped sending data before the page was complete "
        f"(Diptych waits {options.read_timeout:g} s for each piece and "
        f"{_page_deadline(options):g} s for the whole page). Try again later."
    )


def _connection_error(url: str, error: Exception, options: Options) -> NetworkError:
    """Tell DNS failures, refusals and mid-body stalls apart: each needs another remedy."""
    detail = repr(error)
    host = urlsplit(url).hostname or url
    if "Read timed out" in detail or "ReadTimeoutError" in detail:
        return _stalled(url, options)
    if any(s in detail for s in ("NameResolution", "Name or service not known", "getaddrinfo", "nodename nor servname", "Temporary failure in name resolution")):
        return NetworkError(
            f"Could not fetch {url}: the host name {host} could not be found. "
            "Check the address and your internet connection."
        )
    if "Connection refused" in detail or "ConnectionRefused" in detail:
        return NetworkError(f"Could not fetch {url}: the server refused the connection. Check the address.")
    return NetworkError(
        f"Could not fetch {url}: the connection failed. Check the address and your internet connection."
    )


def _cache_paths(url: str, options: Options) -> tuple[Path, Path]:
    key = hashlib.sha256(url.encode("utf-8")).hexdigest()
    folder = Path(options.cache_dir) / "pages"
    return folder / f"{key}.body", folder / f"{key}.json"


def _store(page: FetchedPage, options: Options) -> None:
    """Cache a fetched page; a cache that cannot be written only costs the offline reopen."""
    body_path, meta_path = _cache_paths(page.url, options)
    meta = {k: v for k, v in asdict(page).items() if k not in ("body", "from_cache")}
    try:
        body_path.parent.mkdir(parents=True, exist_ok=True)
        _write_atomically(body_path, page.body)
        _write_atomically(meta_path, json.dumps(meta, indent=1).encode("utf-8"))
    except OSError:
        pass


def _write_atomically(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
