"""Fetching pages: every failure is one sentence, and the exit-status class is right."""

from __future__ import annotations

import socket
import time

import pytest

from diptych.engine.errors import InputError, NetworkError
from diptych.engine.fetch import MAX_REDIRECTS, cached_page, check_url, fetch_page

PAGE = b"<html><head><title>Ferry</title></head><body><p>The ferry stays.</p></body></html>"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def test_fetches_a_page_with_its_type_charset_and_a_browser_like_agent(http_server, make_options):
    http_server.routes["/ferry"] = (200, "text/html; charset=ISO-8859-1", PAGE)
    page = fetch_page(http_server.url("/ferry"), make_options())
    assert page.body == PAGE
    assert (page.content_type, page.charset) == ("text/html", "ISO-8859-1")
    assert page.url == page.final_url == http_server.url("/ferry")
    assert not page.from_cache
    agent = http_server.requests[0].headers["User-Agent"]
    assert agent.startswith("Mozilla/5.0") and "Diptych" in agent


def test_follows_a_few_redirects(http_server, make_options):
    http_server.serve({
        "/old": (301, "text/html", b"", {"Location": "/older"}),
        "/older": (302, "text/html", b"", {"Location": "/ferry"}),
        "/ferry": (200, "text/html", PAGE),
    })
    page = fetch_page(http_server.url("/old"), make_options())
    assert page.final_url == http_server.url("/ferry")
    assert page.body == PAGE


def test_redirect_loop_is_a_network_error(http_server, make_options):
    http_server.routes["/loop"] = (302, "text/html", b"", {"Location": "/loop"})
    with pytest.raises(NetworkError, match=f"redirects more than {MAX_REDIRECTS} times"):
        fetch_page(http_server.url("/loop"), make_options())
    assert http_server.hits["/loop"] == MAX_REDIRECTS + 1


@pytest.mark.parametrize(
    "status, reason",
    [(404, "404 Not Found"), (410, "410 Gone"), (403, "403 Forbidden"), (500, "500 Internal Server Error"), (503, "503")],
)
def test_http_errors_are_network_errors_that_name_the_status(http_server, make_options, status, reason):
    http_server.routes["/gone"] = (status, "text/html", b"<p>error page</p>")
    url = http_server.url("/gone")
    with pytest.raises(NetworkError) as caught:
        fetch_page(url, make_options())
    message = str(caught.value)
    assert message.startswith(f"Could not fetch {url}: the server answered {reason}")
    assert message.endswith("Check the address.")
    assert caught.value.exit_code == 3


@pytest.mark.parametrize(
    "content_type, named",
    [
        ("image/png", "an image (image/png)"),
        ("application/pdf", "a PDF document (application/pdf)"),
        ("application/octet-stream", "binary data (application/octet-stream)"),
        ("video/mp4", "a video (video/mp4)"),
    ],
)
def test_non_page_content_types_are_input_errors_naming_the_type(http_server, make_options, content_type, named):
    http_server.routes["/file"] = (200, content_type, PNG)
    with pytest.raises(InputError, match=named.replace("(", r"\(").replace(")", r"\)")):
        fetch_page(http_server.url("/file"), make_options())


@pytest.mark.parametrize(
    "body, named",
    [
        (PNG, "a PNG image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "a PDF document"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "a JPEG image"),
    ],
)
def test_binary_served_as_html_is_recognised_by_its_magic_bytes(http_server, make_options, body, named):
    http_server.routes["/liar"] = (200, "text/html", body)
    with pytest.raises(InputError, match=f"is {named}, although the server calls it text/html"):
        fetch_page(http_server.url("/liar"), make_options())


def test_page_without_content_type_is_accepted_and_sniffed_later(http_server, make_options):
    http_server.routes["/bare"] = (200, None, PAGE)
    assert fetch_page(http_server.url("/bare"), make_options()).content_type == ""


def test_server_that_never_answers_times_out_quickly(http_server, make_options):
    http_server.stall("/stuck")
    started = time.monotonic()
    with pytest.raises(NetworkError, match="stopped sending data"):
        fetch_page(http_server.url("/stuck"), make_options(read_timeout=0.3))
    assert time.monotonic() - started < 15  # gives up (a bound on behaviour, not a speed figure)


def test_server_that_stalls_in_the_middle_of_the_body_times_out(http_server, make_options):
    http_server.routes["/half"] = (200, "text/html", PAGE)
    http_server.stall("/half", after_headers=True)
    started = time.monotonic()
    with pytest.raises(NetworkError, match="stopped sending data"):
        fetch_page(http_server.url("/half"), make_options(read_timeout=0.3))
    assert time.monotonic() - started < 15  # gives up (a bound on behaviour, not a speed figure)


def test_refused_connection_is_a_network_error(make_options):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(NetworkError, match="refused the connection"):
        fetch_page(f"http://127.0.0.1:{port}/ferry", make_options())


def test_unknown_host_is_a_network_error(monkeypatch, make_options):
    def no_dns(*args, **kwargs):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_dns)
    with pytest.raises(NetworkError, match="the host name news.example could not be found"):
        fetch_page("https://news.example/ferry", make_options())


@pytest.mark.parametrize("headers", [{}, {"Content-Length": None}], ids=["declared", "streamed"])
def test_body_over_the_size_cap_is_refused(http_server, make_options, headers):
    http_server.routes["/big"] = (200, "text/html", b"<p>" + b"ferry " * 400 + b"</p>", headers)
    with pytest.raises(InputError, match="larger than"):
        fetch_page(http_server.url("/big"), make_options(max_bytes=1000))


def test_body_without_declared_length_is_read_to_the_end(http_server, make_options):
    http_server.routes["/eof"] = (200, "text/html", PAGE, {"Content-Length": None})
    assert fetch_page(http_server.url("/eof"), make_options()).body == PAGE


@pytest.mark.parametrize(
    "url, message",
    [
        ("ftp://example.org/ferry.txt", "cannot fetch ftp: addresses"),
        ("file:///etc/hostname", "cannot fetch file: addresses .*give the file's path instead"),
        ("http://", "not a valid web address"),
        ("https://exa mple.org/", "not a valid web address"),
        ("https://[::1/", "not a valid web address"),
        ("https://example.org:99999/", "not a valid web address"),
        ("example.org/ferry", "not a web address"),
    ],
)
def test_unsupported_or_malformed_urls_are_input_errors(url, message):
    with pytest.raises(InputError, match=message):
        check_url(url)


def test_offline_without_a_cached_copy_refuses_to_fetch(http_server, make_options):
    http_server.routes["/ferry"] = (200, "text/html", PAGE)
    with pytest.raises(InputError, match="--offline forbids fetching"):
        fetch_page(http_server.url("/ferry"), make_options(offline=True))
    assert http_server.hits["/ferry"] == 0


def test_fetched_page_reopens_offline_from_the_cache(http_server, make_options):
    http_server.routes["/ferry"] = (200, "text/html; charset=utf-8", PAGE)
    url = http_server.url("/ferry")
    online = fetch_page(url, make_options())
    offline = fetch_page(url, make_options(offline=True))
    assert http_server.hits["/ferry"] == 1
    assert offline.from_cache
    assert (offline.body, offline.content_type, offline.charset, offline.retrieved) == (
        online.body, online.content_type, online.charset, online.retrieved,
    )
    assert cached_page(url + "?other", make_options()) is None


def test_unwritable_cache_does_not_fail_the_fetch(http_server, make_options, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    http_server.routes["/ferry"] = (200, "text/html", PAGE)
    page = fetch_page(http_server.url("/ferry"), make_options(cache_dir=blocker))
    assert page.body == PAGE


def test_progress_reports_the_fetch_step(http_server, make_options):
    http_server.routes["/ferry"] = (200, "text/html", PAGE)
    steps = []
    fetch_page(http_server.url("/ferry"), make_options(), progress=lambda step, f: steps.append((step, f)))
    assert steps[0] == ("fetch", 0.0) and steps[-1] == ("fetch", 1.0)
    assert all(0.0 <= f <= 1.0 for _, f in steps)
