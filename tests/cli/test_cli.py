"""`diptych` on the command line, end to end in a subprocess, as scripts drive it.

The English original has six paragraphs; the French rewrite moves the cost paragraph
above the quote, drops the environmental paragraph and adds one of framing.
"""

from __future__ import annotations

import http.server
import json
import os
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
EN = DATA / "harbour.en.txt"
FR = DATA / "harbour.fr.txt"
FR_HTML = DATA / "harbour.fr.html"

pytestmark = pytest.mark.slow

FINDING_FIELDS = {"kind", "original", "derivative", "original_text", "derivative_text", "explanation", "confidence"}


def run(*args: str, stdin: bytes | None = None, env_extra: dict | None = None, timeout: float = 120):
    env = dict(os.environ)
    env.update(env_extra or {})
    return subprocess.run(
        [sys.executable, "-m", "diptych", *args],
        input=stdin,
        capture_output=True,
        env=env,
        timeout=timeout,
    )


@pytest.fixture(autouse=True)
def cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("DIPTYCH_CACHE_DIR", str(tmp_path / "cache"))


def assert_one_sentence(stderr: bytes):
    text = stderr.decode().strip()
    assert text, "expected a message on standard error"
    assert "Traceback" not in text
    assert len(text.splitlines()) == 1, text


def assert_contract(doc: dict):
    assert doc["schema"] == "diptych.comparison/1"
    for side in ("original", "derivative"):
        art = doc[side]
        assert {"source", "title", "language", "sha256", "segments"} <= set(art)
        assert len(art["sha256"]) == 64
        assert [s["id"] for s in art["segments"]] == list(range(len(art["segments"])))
        for s in art["segments"]:
            assert set(s) >= {"id", "text", "boilerplate"}
    n, m = len(doc["original"]["segments"]), len(doc["derivative"]["segments"])
    seen_o, seen_d = set(), set()
    for link in doc["links"]:
        assert link["original"] and link["derivative"]
        assert all(0 <= i < n for i in link["original"]) and all(0 <= j < m for j in link["derivative"])
        assert not seen_o & set(link["original"]) and not seen_d & set(link["derivative"])
        seen_o |= set(link["original"])
        seen_d |= set(link["derivative"])
        assert 0.0 <= link["score"] <= 1.0
    for f in doc["findings"]:
        assert set(f) >= FINDING_FIELDS
    assert set(doc["engine"]) >= {"version", "encoder", "translator", "warnings"}


def kinds(doc, kind):
    return [f for f in doc["findings"] if f["kind"] == kind]


def test_version_and_help_answer():
    out = run("--version")
    assert out.returncode == 0 and out.stdout.decode().startswith("diptych ")
    helped = run("compare", "--help")
    assert helped.returncode == 0
    for option in ("--json", "--pdf", "--html", "--segments", "--offline", "--translator",
                   "--translator-url", "--source-lang", "--target-lang", "--debug"):
        assert option in helped.stdout.decode()


def test_compare_two_text_files_gives_contract_json_with_the_edits_found():
    out = run("compare", str(EN), str(FR), "--offline", "--json", "-")
    assert out.returncode == 0, out.stderr.decode()
    doc = json.loads(out.stdout)
    assert_contract(doc)
    assert doc["original"]["language"] == "en" and doc["derivative"]["language"] == "fr"
    links = {(tuple(l["original"]), tuple(l["derivative"])) for l in doc["links"]}
    # title, lede, the moved cost paragraph and the quote, the closing line
    assert {((0,), (0,)), ((1,), (1,)), ((3,), (2,)), ((2,), (3,)), ((5,), (5,))} <= links
    assert [f["derivative"] for f in kinds(doc, "added")] == [[4]]
    assert [f["original"] for f in kinds(doc, "omitted")] == [[4]]


def test_standard_input_is_read_for_one_side():
    out = run("compare", str(EN), "-", "--offline", "--json", "-", stdin=FR.read_bytes())
    assert out.returncode == 0, out.stderr.decode()
    doc = json.loads(out.stdout)
    assert_contract(doc)
    assert doc["derivative"]["source"] == "-"
    assert len(doc["links"]) == 5


def test_an_html_page_is_read_with_its_boilerplate_kept_out_of_the_links():
    out = run("compare", str(EN), str(FR_HTML), "--offline", "--json", "-")
    assert out.returncode == 0, out.stderr.decode()
    doc = json.loads(out.stdout)
    assert_contract(doc)
    texts = [s["text"] for s in doc["derivative"]["segments"]]
    assert not any("fetch(" in t for t in texts)
    assert [f["original"] for f in kinds(doc, "omitted")] == [[4]]
    assert len(kinds(doc, "added")) == 1


class _Pages(http.server.BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 - http.server's naming
        if self.path == "/story.html":
            body = FR_HTML.read_bytes()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        else:
            self.send_error(404)

    def log_message(self, *args):
        pass


@pytest.fixture
def page_server():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_a_url_is_fetched_and_compared(page_server):
    out = run("compare", str(EN), f"{page_server}/story.html", "--json", "-")
    assert out.returncode == 0, out.stderr.decode()
    doc = json.loads(out.stdout)
    assert_contract(doc)
    assert doc["derivative"]["source"] == f"{page_server}/story.html"
    assert len(doc["links"]) == 5


def test_a_missing_page_exits_3_with_one_sentence(page_server):
    out = run("compare", str(EN), f"{page_server}/gone.html", "--json", "-")
    assert out.returncode == 3
    assert_one_sentence(out.stderr)
    assert out.stdout == b""


def test_a_refused_connection_exits_3_with_one_sentence():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    out = run("compare", str(EN), f"http://127.0.0.1:{port}/story", "--json", "-")
    assert out.returncode == 3
    assert_one_sentence(out.stderr)


@pytest.mark.parametrize(
    "args",
    [
        ("compare", "/no/such/file.txt", str(FR)),
        ("compare", str(EN), str(DATA)),
        ("compare", "-", "-"),
        ("compare", str(EN)),
        ("compare", str(EN), str(FR), "--segments", "words"),
        ("compare", str(EN), str(FR), "--translator", "babelfish"),
        ("compare", str(EN), str(FR), "--source-lang", "english"),
        ("compare", str(EN), str(FR), "--json", "/no/such/folder/out.json"),
        ("compare", str(EN), "ftp://example.org/story"),
    ],
)
def test_bad_usage_and_unreadable_input_exit_2_with_one_sentence(args):
    out = run(*args, stdin=b"")
    assert out.returncode == 2, out.stderr.decode()
    assert_one_sentence(out.stderr)


def test_debug_shows_the_traceback():
    out = run("compare", "/no/such/file.txt", str(FR), "--debug")
    assert out.returncode == 2
    assert "Traceback" in out.stderr.decode()


def test_lines_mode_numbers_segments_among_non_empty_lines(tmp_path):
    src = tmp_path / "src.txt"
    tgt = tmp_path / "tgt.txt"
    src.write_text("The harbour will grow.\n\nIt will cost 310 million euros.\nWork starts in spring.\n")
    tgt.write_text("Le port va s'agrandir.\nIl coûtera 310 millions d'euros.\n\nLes travaux commencent au printemps.\n")
    out = run("compare", str(src), str(tgt), "--segments", "lines", "--offline", "--json", "-")
    assert out.returncode == 0, out.stderr.decode()
    doc = json.loads(out.stdout)
    assert_contract(doc)
    assert [s["text"] for s in doc["original"]["segments"]][1] == "It will cost 310 million euros."
    assert not any(s["boilerplate"] for s in doc["derivative"]["segments"])
    assert sorted((l["original"], l["derivative"]) for l in doc["links"]) == [([0], [0]), ([1], [1]), ([2], [2])]


def test_without_outputs_a_short_summary_is_printed():
    out = run("compare", str(EN), str(FR), "--offline")
    assert out.returncode == 0, out.stderr.decode()
    text = out.stdout.decode()
    assert "Original:" in text and "Derivative:" in text
    assert "added" in text and "omitted" in text


def test_json_is_written_to_a_file(tmp_path):
    target = tmp_path / "out.json"
    out = run("compare", str(EN), str(FR), "--offline", "--json", str(target))
    assert out.returncode == 0, out.stderr.decode()
    assert_contract(json.loads(target.read_text(encoding="utf-8")))
