"""Shared test helpers: a loopback HTTP server that serves canned pages.

Tests never touch the network; pages, services and failures are served from
127.0.0.1 by ``LoopbackServer`` (the ``http_server`` fixture in conftest.py).

    http_server.routes["/a"] = (200, "text/html; charset=utf-8", b"<html>...</html>")
    http_server.routes["/moved"] = (302, "text/html", b"", {"Location": "/a"})
    http_server.stall("/slow")            # accepts, then never answers (until teardown)
    http_server.stall("/trickle", after_headers=True)  # headers, then silence
    http_server.routes["/eof"] = (200, "text/html", body, {"Content-Length": None})  # no length
    url = http_server.url("/a")
    http_server.hits["/a"]                # how many requests reached that path
"""

from __future__ import annotations

import threading
from collections import Counter
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

# (status, content type or None, body[, extra headers])
Route = tuple


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes = b""


@dataclass
class LoopbackServer:
    """A threaded http.server on 127.0.0.1 with routes tests can change at any time."""

    routes: dict[str, Route] = field(default_factory=dict)
    hits: Counter = field(default_factory=Counter)
    requests: list[Request] = field(default_factory=list)
    stalls: dict[str, bool] = field(default_factory=dict)  # path -> after_headers
    release: threading.Event = field(default_factory=threading.Event)
    _server: ThreadingHTTPServer | None = None
    _thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str = "/") -> str:
        return self.base_url + path

    def serve(self, routes: dict[str, Route]) -> LoopbackServer:
        """Add several routes at once; returns self for chaining."""
        self.routes.update(routes)
        return self

    def stall(self, path: str, *, after_headers: bool = False) -> None:
        """Make ``path`` hang: before any byte, or after the status line and headers."""
        self.stalls[path] = after_headers

    def start(self) -> LoopbackServer:
        server = _QuietServer(("127.0.0.1", 0), _make_handler(self))
        server.daemon_threads = True
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.02}, name="loopback-http", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self.release.set()  # free stalled handlers so shutdown is quick
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        """A client that hangs up early (a refused content type, a timeout) is expected."""
        import sys

        if not isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            super().handle_error(request, client_address)


def _make_handler(owner: LoopbackServer):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format, *args):  # noqa: A002 - keep test output quiet
            pass

        def _respond(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            full = self.path
            path = urlsplit(full).path
            owner.hits[path] += 1
            owner.requests.append(Request(self.command, full, dict(self.headers.items()), body))
            key = full if full in owner.routes or full in owner.stalls else path
            if key in owner.stalls and not owner.stalls[key]:
                owner.release.wait(30)
                return
            route = owner.routes.get(key)
            if route is None:
                route = (404, "text/plain", b"not found")
            status, content_type, payload = route[0], route[1], route[2]
            extra = route[3] if len(route) > 3 else {}
            self.send_response(status)
            if content_type is not None:
                self.send_header("Content-Type", content_type)
            if key in owner.stalls:  # after headers: promise a body, then stall
                self.send_header("Content-Length", str(len(payload) + 1000))
                for name, value in extra.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(payload[: len(payload) // 2])
                self.wfile.flush()
                owner.release.wait(30)
                return
            if "Content-Length" in extra and extra["Content-Length"] is None:
                # No declared length: the body ends when the connection closes.
                self.send_header("Connection", "close")
                self.close_connection = True
            else:
                self.send_header("Content-Length", str(len(payload)))
            for name, value in extra.items():
                if value is not None:
                    self.send_header(name, value)
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(payload)

        do_GET = do_POST = do_HEAD = do_PUT = _respond

    return Handler
