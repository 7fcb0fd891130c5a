"""Loopback stand-ins for the translation services, speaking each one's real wire format.

The tests run the real deep-translator and deepl client code against these, so what
is tested is the request each library really sends and the answer it really parses:

- Google: GET ``/m?sl&tl&q`` -> the mobile HTML page, text in ``div.result-container``
- LibreTranslate: POST ``/translate`` with ``q, source, target, format[, api_key]``
  (query string, form or JSON) -> ``{"translatedText": ...}``
- MyMemory: GET ``/get?q&langpair=en-GB|fr-FR`` -> ``{"responseData": {"translatedText": ...},
  "responseStatus": 200}``
- DeepL API v2: POST ``/v2/translate`` with an ``Authorization: DeepL-Auth-Key`` header and a
  JSON (or form) body listing ``text`` -> ``{"translations": [{"text", "detected_source_language",
  "billed_characters"}]}``

A service follows a script: one answer per request from ``answers`` ("ok", an HTTP
status, "stall" (say nothing for ``stall_seconds``), "hangup" (close without a word)
or "quota"), then ``then`` for ever; ``delay`` slows every answer. Every request is
recorded.
"""

from __future__ import annotations

import html
import json
import socket
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

KINDS = ("google", "libre", "mymemory", "deepl")
PATHS = {"google": "/m", "libre": "/translate", "mymemory": "/get", "deepl": "/v2/translate"}


def fake_translation(text: str) -> str:
    """What every fake service returns for ``text``: recognisable, and never the text itself."""
    return f"[translated] {text}"


@dataclass
class Seen:
    """One request as the service received it."""

    method: str
    path: str
    params: dict[str, str]
    texts: list[str]
    headers: dict[str, str]
    raw_target: str


class FakeService:
    """One fake translation service on 127.0.0.1 (a context manager)."""

    def __init__(self, kind: str, *, answers=(), then="ok", api_key: str | None = None,
                 retry_after: str | None = None, stall_seconds: float = 5.0, delay: float = 0.0) -> None:
        assert kind in KINDS
        self.kind = kind
        self.answers = list(answers)
        self.then = then
        self.api_key = api_key
        self.retry_after = retry_after
        self.stall_seconds = stall_seconds
        self.delay = delay
        self.seen: list[Seen] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._server: ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        assert self._server is not None, "start the service first"
        return f"http://127.0.0.1:{self._server.server_address[1]}/"

    @property
    def count(self) -> int:
        with self._lock:
            return len(self.seen)

    def __enter__(self) -> "FakeService":
        service = self

        class Handler(_Handler):
            pass

        Handler.service = service
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        serve = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
        serve.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        assert self._server is not None
        self._server.shutdown()
        self._server.server_close()

    def _next_answer(self, seen: Seen):
        with self._lock:
            self.seen.append(seen)
            return self.answers.pop(0) if self.answers else self.then


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    service: FakeService

    def log_message(self, *args) -> None:  # keep test output quiet
        pass

    def do_GET(self) -> None:
        self._handle(b"")

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self._handle(self.rfile.read(length))

    def _handle(self, body: bytes) -> None:
        service = self.service
        parts = urlsplit(self.path)
        if parts.path != PATHS[service.kind]:
            return self._send(404, "text/plain", b"not found")
        params = {k: v[-1] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
        texts: list[str] = []
        content_type = self.headers.get("Content-Type", "")
        if body and "json" in content_type:
            data = json.loads(body)
            texts = list(data.pop("text", []))
            params.update({k: str(v) for k, v in data.items()})
        elif body:
            form = parse_qs(body.decode("utf-8"), keep_blank_values=True)
            texts = form.pop("text", [])
            params.update({k: v[-1] for k, v in form.items()})
        if "q" in params:
            texts = [params["q"]]
        target = params.get("tl") or params.get("target") or params.get("target_lang") or \
            params.get("langpair", "|").split("|")[-1]
        seen = Seen(self.command, parts.path, params, texts, dict(self.headers.items()), target)
        answer = service._next_answer(seen)
        if service.delay:
            service._stop.wait(service.delay)
        if answer == "stall":
            service._stop.wait(service.stall_seconds)
        if answer in ("stall", "hangup"):
            self.close_connection = True
            return
        if isinstance(answer, int):
            headers = {"Retry-After": service.retry_after} if service.retry_after else {}
            return self._send(answer, "application/json", json.dumps({"error": "scripted failure"}).encode(),
                              headers)
        getattr(self, f"_answer_{service.kind}")(seen, answer)

    def _answer_google(self, seen: Seen, answer: str) -> None:
        if not seen.texts or not seen.params.get("tl"):
            return self._send(400, "text/html", b"<html><body>Bad request</body></html>")
        page = (
            "<!DOCTYPE html><html><head><title>Google Translate</title></head><body>"
            '<div class="root-container"><div class="header">Translate</div>'
            f'<div class="result-container">{html.escape(fake_translation(seen.texts[0]))}</div>'
            "</div></body></html>"
        )
        self._send(200, "text/html; charset=UTF-8", page.encode("utf-8"))

    def _answer_libre(self, seen: Seen, answer: str) -> None:
        p = seen.params
        if self.service.api_key is not None and p.get("api_key") != self.service.api_key:
            return self._json(403, {"error": "Invalid API key"})
        for name in ("q", "source", "target"):
            if not p.get(name):
                return self._json(400, {"error": f"Invalid request: missing {name} parameter"})
        self._json(200, {"translatedText": fake_translation(p["q"])})

    def _answer_mymemory(self, seen: Seen, answer: str) -> None:
        pair = seen.params.get("langpair", "")
        if not seen.texts or "|" not in pair:
            return self._json(200, {"responseData": {"translatedText": "INVALID LANGUAGE PAIR SPECIFIED"},
                                    "responseStatus": 403, "matches": []})
        if answer == "quota":
            warning = "MYMEMORY WARNING: YOU USED ALL AVAILABLE FREE TRANSLATIONS FOR TODAY."
            return self._json(200, {"responseData": {"translatedText": warning},
                                    "responseStatus": 429, "matches": []})
        text = fake_translation(seen.texts[0])
        self._json(200, {
            "responseData": {"translatedText": text, "match": 0.85},
            "quotaFinished": False,
            "responseDetails": "",
            "responseStatus": 200,
            "matches": [{"id": "0", "segment": seen.texts[0], "translation": text, "quality": "74"}],
        })

    def _answer_deepl(self, seen: Seen, answer: str) -> None:
        auth = seen.headers.get("Authorization", "")
        if self.service.api_key is not None and auth != f"DeepL-Auth-Key {self.service.api_key}":
            return self._json(403, {"message": "Authorization failure"})
        if not seen.texts or not seen.params.get("target_lang"):
            return self._json(400, {"message": "Value for 'target_lang' not supported."})
        source = seen.params.get("source_lang") or "EN"
        self._json(200, {"translations": [
            {"detected_source_language": source, "text": fake_translation(t), "billed_characters": len(t)}
            for t in seen.texts
        ]})

    def _json(self, status: int, data) -> None:
        self._send(status, "application/json", json.dumps(data).encode("utf-8"))

    def _send(self, status: int, content_type: str, body: bytes, headers: dict | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)


def refused_url() -> str:
    """The URL of a port on 127.0.0.1 where nothing listens (the connection is refused)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}/"
