"""Drag and drop: every way a browser, a file manager or an editor offers an article."""

from __future__ import annotations

import warnings

import pytest
from PySide6.QtCore import QByteArray, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from app_fixtures import ENGLISH, FRENCH
from diptych.app.drops import Dropped, UnsupportedDrop, from_mime, from_string
from diptych.app.highlights import DERIVATIVE, ORIGINAL
from diptych.app.pane import address_to_dropped

HTML = (
    "<!doctype html><html><head><title>Harbour council approves tidal barrier</title></head><body>"
    "<nav>Home | World | Sport</nav><article><h1>Harbour council approves tidal barrier</h1>"
    + "".join(f"<p>{p}</p>" for p in ENGLISH.split("\n\n")[1:])
    + "</article></body></html>"
).encode("utf-8")


def mime_uri_list(url: str) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl(url)])
    return mime


def mime_moz_url(url: str) -> QMimeData:
    mime = QMimeData()
    mime.setData("text/x-moz-url", QByteArray((url + "\nHarbour council").encode("utf-16")))
    return mime


def mime_text(text: str) -> QMimeData:
    mime = QMimeData()
    mime.setText(text)
    return mime


def drop_on(widget, mime: QMimeData) -> None:
    """What the drag manager delivers: a drag-enter, then the drop, at the widget's middle."""
    pos = QPoint(widget.width() // 2, widget.height() // 2)
    with warnings.catch_warnings():  # PySide marks the QPoint overload deprecated, yet not always offers QPointF
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    event = QDropEvent(QPointF(pos), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda: mime_uri_list("https://news.example/a.html"), Dropped("url", "https://news.example/a.html")),
        (lambda: mime_moz_url("https://news.example/a.html"), Dropped("url", "https://news.example/a.html")),
        (lambda: mime_text("  https://news.example/a.html \n"), Dropped("url", "https://news.example/a.html")),
        (lambda: mime_uri_list("file:///tmp/story.html"), Dropped("file", "/tmp/story.html")),
        (lambda: mime_uri_list("file:///tmp/Story.MD"), Dropped("file", "/tmp/Story.MD")),
        (lambda: mime_text("Two paragraphs.\n\nOf text."), Dropped("text", "Two paragraphs.\n\nOf text.")),
        (lambda: QMimeData(), None),
    ],
    ids=["uri-list", "x-moz-url", "plain-text-url", "local-html", "local-md", "plain-text", "empty"],
)
def test_from_mime_reads_each_kind_of_drop(qapp, make, expected):
    assert from_mime(make()) == expected


def test_a_file_of_another_type_is_refused_with_a_sentence(qapp):
    with pytest.raises(UnsupportedDrop, match=r"report\.pdf is none of these"):
        from_mime(mime_uri_list("file:///tmp/report.pdf"))


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("https://news.example/a", Dropped("url", "https://news.example/a")),
        ("news.example/2024/story", Dropped("url", "https://news.example/2024/story")),
        ("/no/such/story.txt", Dropped("file", "/no/such/story.txt")),
        ("   ", None),
    ],
)
def test_the_address_field_takes_urls_bare_domains_and_paths(typed, expected):
    assert address_to_dropped(typed) == expected


def test_from_string_recognises_an_existing_path(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("x", encoding="utf-8")
    assert from_string(str(path)) == Dropped("file", str(path))


@pytest.mark.parametrize("kind", ["uri-list", "x-moz-url", "plain-text-url", "local-file", "plain-text"])
def test_dropping_onto_a_pane_loads_that_side(qtbot, window, http_server, tmp_path, kind):
    http_server.routes["/story.html"] = (200, "text/html; charset=utf-8", HTML)
    url = http_server.url("/story.html")
    local = tmp_path / "story.txt"
    local.write_text(ENGLISH, encoding="utf-8")
    mime = {
        "uri-list": lambda: mime_uri_list(url),
        "x-moz-url": lambda: mime_moz_url(url),
        "plain-text-url": lambda: mime_text(url),
        "local-file": lambda: mime_uri_list(QUrl.fromLocalFile(str(local)).toString()),
        "plain-text": lambda: mime_text(ENGLISH),
    }[kind]()
    drop_on(window.views[DERIVATIVE].viewport(), mime)
    qtbot.waitUntil(lambda: window.articles[DERIVATIVE] is not None, timeout=15_000)
    article = window.articles[DERIVATIVE]
    assert "tidal barrier" in " ".join(s.text for s in article.segments)
    assert article.language == "en"
    expected_address = {"local-file": str(local), "plain-text": ""}.get(kind, url)
    assert window.panes[DERIVATIVE].address.text() == expected_address
    assert window.articles[ORIGINAL] is None  # the other side is untouched
    assert not window.message_bar.isVisible()


def test_dropping_an_unsupported_file_says_so_and_changes_nothing(qtbot, window):
    drop_on(window.views[ORIGINAL].viewport(), mime_uri_list("file:///tmp/scan.pdf"))
    assert window.message_bar.isVisible()
    assert "scan.pdf" in window.message_bar.text()
    assert window.articles[ORIGINAL] is None and not window.is_busy()


def test_a_drop_outside_the_panes_fills_the_empty_side_then_asks(qtbot, window, tmp_path):
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(ENGLISH, encoding="utf-8")
    second.write_text(FRENCH, encoding="utf-8")
    asked = []
    window.ask_side = lambda dropped: asked.append(dropped) or DERIVATIVE

    drop_on(window.findings, mime_uri_list(QUrl.fromLocalFile(str(first)).toString()))
    qtbot.waitUntil(lambda: window.articles[ORIGINAL] is not None, timeout=10_000)
    drop_on(window.findings, mime_uri_list(QUrl.fromLocalFile(str(second)).toString()))
    qtbot.waitUntil(lambda: window.articles[DERIVATIVE] is not None, timeout=10_000)
    assert asked == []  # the derivative side was empty: no question
    assert window.articles[DERIVATIVE].language == "fr"

    drop_on(window.findings, mime_uri_list(QUrl.fromLocalFile(str(first)).toString()))
    assert [d.value for d in asked] == [str(first)]  # both full: the window asks


def test_pasting_the_clipboard_loads_the_side_being_read(qtbot, window):
    from PySide6.QtWidgets import QApplication

    QApplication.clipboard().setText(ENGLISH)
    window.views[DERIVATIVE].setFocus()
    qtbot.keyClick(window, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.articles[DERIVATIVE] is not None, timeout=10_000)
    assert window.articles[DERIVATIVE].source == "dropped or pasted text"
    assert window.articles[ORIGINAL] is None
