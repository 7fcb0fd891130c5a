"""The battery of bad inputs, end to end through ``diptych compare ORIGINAL BAD --json -``.

One table, one row per kind of bad input a user or the web can hand Diptych: missing,
unreadable, binary, oversized, mis-encoded, unsupported, unreachable, empty, paywalled
and hostile. Every row ends with the contract's exit status (0, 2 for input Diptych
cannot use, 3 for a network failure), at most one plain sentence on standard error and
never a traceback, within a bound. Hostile pages and files point their scripts,
frames, images, style sheets and CSS at a *watched* loopback host: it must see no
request, and the HTML report of such a page must carry nothing active or remote.

All servers are on 127.0.0.1; network waits are shortened with DIPTYCH_*_TIMEOUT.
"""

from __future__ import annotations

import gzip
import io
import json
import re
import socket
import sys
import threading
import time
import zipfile
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Callable

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from helpers import LoopbackServer  # noqa: E402
from test_cli import EN, FR, run  # noqa: E402

pytestmark = pytest.mark.slow

BOUND_SECONDS = 45  # a bound on behaviour (no hang), not a speed benchmark
FAST_NETWORK = {"DIPTYCH_CONNECT_TIMEOUT": "2", "DIPTYCH_READ_TIMEOUT": "2"}
SIXTY_MB = 60 * 1024 * 1024

FR_TEXT = FR.read_text(encoding="utf-8")
FR_PARAGRAPHS = [p for p in FR_TEXT.split("\n\n") if p.strip()]
ACCENTED = "L'autorité portuaire de Westhaven a approuvé lundi"  # decoded right or not at all


@dataclass
class World:
    """What a row can use: a temp folder, the page server and the watched host."""

    tmp: Path
    server: LoopbackServer
    watched: LoopbackServer
    cleanups: list = field(default_factory=list)

    def file(self, name: str, data: bytes) -> str:
        path = self.tmp / name
        path.write_bytes(data)
        return str(path)

    def trickle(self) -> str:
        """A server that sends a page two bytes every 0.2 s: each read succeeds, the page never ends."""
        listener = socket.socket()
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        self.cleanups.append(listener.close)

        def serve() -> None:
            try:
                client, _ = listener.accept()
                with client:
                    client.recv(65536)
                    client.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
                                   b"Content-Length: 1000000\r\n\r\n<html><body><p>")
                    while True:
                        client.sendall(b"a ")
                        time.sleep(0.2)
            except OSError:
                pass  # the client gave up, or the test is over

        threading.Thread(target=serve, daemon=True).start()
        return f"http://127.0.0.1:{listener.getsockname()[1]}/trickle"

    def stalled(self, path: str, half_a_page: bytes | None = None) -> str:
        """A path that never answers, or that sends headers and half of ``half_a_page`` then stops."""
        if half_a_page is not None:
            self.page(path, 200, "text/html", half_a_page)
        self.server.stall(path, after_headers=half_a_page is not None)
        return self.server.url(path)

    def page(self, path: str, status: int, content_type: str | None, body: bytes, headers: dict | None = None) -> str:
        self.server.routes[path] = (status, content_type, body, headers or {})
        return self.server.url(path)


@dataclass
class Case:
    """One bad input: how to make it, and how Diptych must end."""

    make: Callable[[World], str]  # returns the DERIVATIVE argument
    status: int
    says: str = ""  # a word the sentence on stderr must hold (case-insensitive regex)
    stdin: bytes | Callable[[], bytes] | None = None  # a callable for large inputs, made when run
    check: Callable[[dict], None] | None = None  # for successes: the JSON document
    env: dict = field(default_factory=dict)  # overrides of FAST_NETWORK
    report: bool = False  # also write the --html report and prove it holds nothing active or remote


# ----- inputs, all of our own writing -----------------------------------------------

def hostile_html(watched: LoopbackServer) -> bytes:
    """An article whose every active or remote element points at the watched host."""
    w = watched.url
    body = "\n".join(f"<p>{p}</p>" for p in FR_PARAGRAPHS[1:])
    return f"""<!doctype html>
<html><head><meta charset="utf-8"><title>{FR_PARAGRAPHS[0]}</title>
<link rel="stylesheet" href="{w('/style.css')}">
<link rel="preload" href="{w('/font.woff2')}" as="font">
<link rel="icon" href="{w('/favicon.ico')}">
<script src="{w('/script.js')}"></script>
<script>fetch("{w('/beacon')}"); new Image().src = "{w('/pixel')}";</script>
<style>body {{ background: url("{w('/css-bg.png')}"); }} @import url("{w('/import.css')}");</style>
<meta http-equiv="refresh" content="0; url={w('/refresh')}">
</head>
<body onload="fetch('{w('/onload')}')">
<article>
<h1>{FR_PARAGRAPHS[0]}</h1>
<img src="{w('/photo.jpg')}" srcset="{w('/photo-2x.jpg')} 2x" alt="">
<iframe src="{w('/frame')}"></iframe>
<object data="{w('/object.swf')}"></object><embed src="{w('/embed.swf')}">
<video poster="{w('/poster.jpg')}"><source src="{w('/clip.mp4')}"></video>
<div style="background-image: url('{w('/inline-bg.png')}')"></div>
{body}
<svg><image href="{w('/svg.png')}"/></svg>
<form action="{w('/form')}"><input type="image" src="{w('/button.png')}"></form>
</article>
</body></html>""".encode("utf-8")


def docx_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document><w:body><w:p>Le port</w:p></w:body></w:document>")
    return buffer.getvalue()


PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
PDF = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n" + FR_TEXT.encode("utf-8") + b"\n%%EOF\n"
BINARY = bytes(range(256)) * 16
NAVIGATION = (
    "<!doctype html><html><head><title>Westhaven Courier</title></head><body>"
    "<nav><ul>" + "".join(
        f'<li><a href="/{w.lower()}">{w}</a></li>'
        for w in ("Home", "News", "Harbour", "Sport", "Culture", "Weather", "Opinion", "Contact")
    ) + "</ul></nav><footer><a href='/about'>About us</a> · <a href='/privacy'>Privacy</a></footer>"
    "</body></html>"
).encode("utf-8")
PAYWALL = (
    "<!doctype html><html><head><meta charset='utf-8'><title>Harbour extension approved</title></head><body>"
    "<article><h1>Harbour extension approved</h1>"
    "<p>The port authority voted on Monday to extend the container harbour.</p>"
    "<div class='paywall'><p>Subscribe to read the full article.</p>"
    "<a href='/subscribe'>Subscribe now</a> <a href='/login'>Log in</a></div>"
    "</article></body></html>"
).encode("utf-8")
PAYWALL_FR = (
    "<!doctype html><html><head><meta charset='utf-8'><title>Le port s'agrandit</title></head><body>"
    "<article><h1>Le port s'agrandit</h1>"
    "<p>L'autorité portuaire a voté lundi l'extension du port à conteneurs.</p>"
    "<aside><p>Cet article est réservé aux abonnés. Abonnez-vous pour lire la suite.</p></aside>"
    "</article></body></html>"
).encode("utf-8")
GZIP_BOMB = gzip.compress(b"<html><body><p>" + b"port " * (SIXTY_MB // 5), compresslevel=1)
LATIN1_PAGE = (
    "<html><head><title>Port</title></head><body><article>"
    + "".join(f"<p>{p}</p>" for p in FR_PARAGRAPHS)
    + "</article></body></html>"
).encode("latin-1")


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def sixty_mb_sparse(world: World) -> str:
    path = world.tmp / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(SIXTY_MB)  # sparse: instant, takes no disk
    return str(path)


def sixty_mb_page(world: World, *, declared: bool) -> str:
    chunk = ("<p>" + FR_PARAGRAPHS[1] + "</p>\n").encode("utf-8")
    body = b"<html><body>" + chunk * (SIXTY_MB // len(chunk) + 1)
    headers = {} if declared else {"Content-Length": None}
    return world.page("/huge" if declared else "/huge-undeclared", 200, "text/html", body, headers)


def derivative_reads(*phrases: str) -> Callable[[dict], None]:
    def check(doc: dict) -> None:
        text = "\n".join(s["text"] for s in doc["derivative"]["segments"])
        for phrase in phrases:
            assert phrase in text, text[:300]
        assert "\ufffd" not in text and "Ã" not in text  # no replacement or mojibake

    return check


CASES: dict[str, Case] = {
    # --- files -----------------------------------------------------------------------
    "missing file": Case(lambda w: str(w.tmp / "no-such.txt"), 2, "no file"),
    "directory": Case(lambda w: str(w.tmp), 2, "folder"),
    "binary file": Case(lambda w: w.file("blob.bin", BINARY), 2, "binary"),
    "binary file named .txt": Case(lambda w: w.file("blob.txt", BINARY), 2, "binary"),
    "empty file": Case(lambda w: w.file("empty.txt", b""), 2, "empty"),
    "blank file": Case(lambda w: w.file("blank.txt", b"  \n\n\t \r\n  \n"), 2, "blank"),
    "Latin-1 file": Case(lambda w: w.file("latin1.txt", FR_TEXT.encode("latin-1")), 0,
                         check=derivative_reads(ACCENTED, "« C'est le plus gros")),
    "UTF-16 file with BOM": Case(lambda w: w.file("utf16.txt", FR_TEXT.encode("utf-16")), 0,
                                 check=derivative_reads(ACCENTED)),
    "UTF-16 file without BOM": Case(lambda w: w.file("utf16le.txt", FR_TEXT.encode("utf-16-le")), 0,
                                    check=derivative_reads(ACCENTED)),
    "60 MB file": Case(sixty_mb_sparse, 2, "larger than"),
    "60 MB on standard input": Case(lambda w: "-", 2, "larger than",
                                    stdin=lambda: FR_TEXT.encode() * (SIXTY_MB // len(FR_TEXT))),
    "endless device file": Case(lambda w: "/dev/zero", 2, "larger than|binary"),
    "NUL bytes in text": Case(lambda w: w.file("nul.txt", FR_TEXT.encode() + b"\x00\x00\x00" + FR_TEXT.encode()),
                              2, "NUL"),
    "PDF file": Case(lambda w: w.file("story.pdf", PDF), 2, "PDF"),
    "PDF named .html": Case(lambda w: w.file("story.html", PDF), 2, "PDF"),
    "DOCX file": Case(lambda w: w.file("story.docx", docx_bytes()), 2, "Word|ZIP"),
    "PNG file": Case(lambda w: w.file("photo.png", PNG), 2, "PNG"),
    "binary on standard input": Case(lambda w: "-", 2, "binary", stdin=BINARY),
    "hostile HTML file": Case(lambda w: w.file("hostile.html", hostile_html(w.watched)), 0,
                              check=derivative_reads(ACCENTED), report=True),
    # --- addresses -------------------------------------------------------------------
    "unsupported scheme": Case(lambda w: "ftp://127.0.0.1/story.txt", 2, "ftp"),
    "malformed URL": Case(lambda w: "http://", 2, "address"),
    "URL with a bad port": Case(lambda w: "http://127.0.0.1:99999/story", 2, "address"),
    "refused connection": Case(lambda w: f"http://127.0.0.1:{closed_port()}/story", 3, "refused"),
    "404": Case(lambda w: w.server.url("/gone"), 3, "404"),
    "500": Case(lambda w: w.page("/broken", 500, "text/html", b"<h1>oops</h1>"), 3, "500"),
    "server that never answers": Case(lambda w: w.stalled("/never"), 3, "answer|data"),
    "server that stalls mid-page": Case(lambda w: w.stalled("/half", hostile_html(w.watched)), 3, "stopped"),
    "server that trickles forever": Case(lambda w: w.trickle(), 3, "stopped", env={"DIPTYCH_READ_TIMEOUT": "1"}),
    "redirect loop": Case(lambda w: w.page("/loop", 302, "text/html", b"", {"Location": "/loop"}), 3, "redirect"),
    "binary served as HTML": Case(lambda w: w.page("/blob", 200, "text/html", BINARY), 2, "binary"),
    "PNG served as HTML": Case(lambda w: w.page("/img", 200, "text/html; charset=utf-8", PNG), 2, "PNG"),
    "PDF served as PDF": Case(lambda w: w.page("/doc", 200, "application/pdf", PDF), 2, "PDF"),
    "empty page": Case(lambda w: w.page("/empty", 200, "text/html", b""), 2, "empty"),
    "page with an empty body": Case(lambda w: w.page("/bare", 200, "text/html", b"<html><head></head><body></body></html>"),
                                    2, "no article|no text"),
    "navigation-only page": Case(lambda w: w.page("/nav", 200, "text/html", NAVIGATION), 2, "article"),
    "paywall teaser": Case(lambda w: w.page("/teaser", 200, "text/html; charset=utf-8", PAYWALL), 2, "paywall"),
    "paywall teaser in French": Case(lambda w: w.page("/teaser-fr", 200, "text/html; charset=utf-8", PAYWALL_FR),
                                     2, "paywall"),
    "Latin-1 page without charset": Case(lambda w: w.page("/latin1", 200, "text/html", LATIN1_PAGE), 0,
                                         check=derivative_reads(ACCENTED)),
    "60 MB page, length declared": Case(lambda w: sixty_mb_page(w, declared=True), 2, "larger than"),
    "60 MB page, no length": Case(lambda w: sixty_mb_page(w, declared=False), 2, "larger than"),
    "gzip bomb page": Case(lambda w: w.page("/bomb", 200, "text/html", GZIP_BOMB, {"Content-Encoding": "gzip"}),
                           2, "larger than"),
    "redirect to a local file": Case(lambda w: w.page("/to-file", 302, "text/html", b"",
                                                      {"Location": "file:///etc/passwd"}), 3, "not http"),
    "malformed IPv6 URL": Case(lambda w: "http://[::1/story", 2, "address"),
    "empty standard input": Case(lambda w: "-", 2, "empty", stdin=b""),
    "UTF-16 page with BOM": Case(lambda w: w.page("/utf16", 200, "text/html", LATIN1_PAGE.decode("latin-1")
                                                  .encode("utf-16")), 0, check=derivative_reads(ACCENTED)),
    "page that lies about its charset": Case(lambda w: w.page("/liar", 200, "text/html; charset=utf-8", LATIN1_PAGE),
                                             0, check=derivative_reads(ACCENTED)),
    "hostile page": Case(lambda w: w.page("/hostile", 200, "text/html; charset=utf-8", hostile_html(w.watched)), 0,
                         check=derivative_reads(ACCENTED), report=True),
}


@pytest.fixture
def watched():
    """A second loopback host that nothing may contact: it counts every request."""
    server = LoopbackServer().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.mark.parametrize("name", list(CASES))
def test_a_bad_input_ends_with_its_exit_status_and_at_most_one_sentence(name, tmp_path, http_server, watched):
    case = CASES[name]
    world = World(tmp_path, http_server, watched)
    try:
        derivative = case.make(world)
        _check_one_run(case, world, derivative)
    finally:
        for cleanup in world.cleanups:
            cleanup()


def _check_one_run(case: Case, world: World, derivative: str) -> None:
    tmp_path, watched = world.tmp, world.watched

    report = tmp_path / "report.html"
    extra = ("--html", str(report)) if case.report else ()

    started = time.monotonic()
    stdin = case.stdin() if callable(case.stdin) else case.stdin
    out = run("compare", str(EN), derivative, "--json", "-", *extra,
              stdin=stdin, env_extra={**FAST_NETWORK, **case.env}, timeout=BOUND_SECONDS + 15)
    elapsed = time.monotonic() - started

    stderr = out.stderr.decode("utf-8", "replace")
    assert "Traceback" not in stderr
    assert out.returncode == case.status, stderr
    assert elapsed < BOUND_SECONDS
    lines = stderr.strip().splitlines()
    if case.status == 0:
        assert lines == [], stderr
        case.check(json.loads(out.stdout))
        assert watched.base_url.removeprefix("http://") not in out.stdout.decode()  # nothing hostile carried over
    else:
        assert len(lines) == 1, stderr
        assert re.search(case.says, lines[0], re.IGNORECASE), lines[0]
        assert out.stdout == b""
    if case.report:
        assert_holds_nothing_active_or_remote(report.read_text(encoding="utf-8"), watched)
    assert sum(watched.hits.values()) == 0, dict(watched.hits)


class _ReportScan(HTMLParser):
    """Every tag and attribute of a report, to find anything active or remote."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str, str]] = []
        self.styles: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self._in_style = tag == "style"
        for key, value in attrs:
            self.attributes.append((tag, key, value or ""))

    def handle_endtag(self, tag):
        self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            self.styles.append(data)


def assert_holds_nothing_active_or_remote(html: str, watched: LoopbackServer) -> None:
    """A report: no script, frame, embedded object, image, style sheet link or remote URL."""
    scan = _ReportScan()
    scan.feed(html)
    assert not {"script", "iframe", "frame", "object", "embed", "img", "link", "base", "form"} & set(scan.tags)
    assert not [a for a in scan.attributes if a[1].startswith("on")]  # no event handlers
    assert not [a for a in scan.attributes if a[1] in ("src", "srcset", "data", "action", "poster", "background")]
    assert not [a for a in scan.attributes if re.search(r"javascript:|url\(", a[2], re.IGNORECASE)]
    assert not any(re.search(r"url\(|@import", css, re.IGNORECASE) for css in scan.styles)
    assert watched.base_url.removeprefix("http://") not in html
    assert ACCENTED in html
