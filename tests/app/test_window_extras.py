"""Safety of the text views, hover help, export, and the screenshot entry point."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QToolTip

from app_fixtures import cross_language_comparison, same_language_comparison
from diptych.app.highlights import DERIVATIVE, ORIGINAL
from diptych.app.safetext import SafeTextBrowser


def test_text_views_never_fetch_remote_resources(qtbot, http_server):
    http_server.routes["/pixel.png"] = (200, "image/png", b"\x89PNG\r\n\x1a\n")
    view = SafeTextBrowser()
    qtbot.addWidget(view)
    view.setHtml(f"<p>tracked<img src='{http_server.url('/pixel.png')}'></p>"
                 f"<link rel='stylesheet' href='{http_server.url('/style.css')}'>")
    view.show()
    qtbot.waitExposed(view)
    qtbot.wait(200)
    assert http_server.hits["/pixel.png"] == 0 and http_server.hits["/style.css"] == 0
    assert any("/pixel.png" in url for url in view.requested_resources)  # asked, and refused


def test_article_text_that_looks_like_markup_is_shown_as_text(qtbot, window):
    c = cross_language_comparison()
    c.derivative.segments[2].text = "<b>bold?</b> <img src='http://127.0.0.1:9/x.png'> &amp;"
    window.show_comparison(c)
    plain = window.views[DERIVATIVE].toPlainText()
    assert "<b>bold?</b> <img src='http://127.0.0.1:9/x.png'> &amp;" in plain
    window.select_segment(DERIVATIVE, 2)
    assert "<b>bold?</b>" in window.findings.detail.toPlainText()


def test_hovering_a_paragraph_of_a_cross_language_pair_shows_its_counterpart(qtbot, window):
    window.show_comparison(cross_language_comparison())
    view = window.views[ORIGINAL]
    top, bottom = view.extent([4])
    pos = view.viewport().mapToGlobal(view.viewport().rect().topLeft())
    window._on_hover(ORIGINAL, 4, 0, pos)
    assert "Les opposants affirment" in QToolTip.text()
    QToolTip.hideText()


def test_hovering_a_finding_span_explains_it(qtbot, window):
    window.show_comparison(same_language_comparison())
    text = window.comparison.derivative.segments[0].text
    window._on_hover(DERIVATIVE, 0, text.index("four"), window.mapToGlobal(window.rect().center()))
    assert "three weeks to four" in QToolTip.text()
    QToolTip.hideText()


def test_export_writes_the_report_the_user_names(qtbot, window, tmp_path, monkeypatch):
    target = tmp_path / "report.html"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "HTML report (*.html)"))
    window.show_comparison(cross_language_comparison())
    window.actions["export"].trigger()
    qtbot.waitUntil(lambda: "Report saved" in window.status_text.text(), timeout=15000)
    assert target.exists() and "Port Avel" in target.read_text(encoding="utf-8")
    assert "saved to" in window.message_bar.text() and window.message_bar.button.text() == "Open"


def test_an_html_export_runs_off_the_gui_thread(qtbot, window, tmp_path, monkeypatch):
    import threading

    import diptych.report as report

    threads = []
    real_export = report.export
    monkeypatch.setattr(report, "export", lambda *a, **k: threads.append(threading.current_thread()) or real_export(*a, **k))
    target = tmp_path / "report.html"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.show_comparison(cross_language_comparison())
    window.export_report()
    qtbot.waitUntil(lambda: "Report saved" in window.status_text.text(), timeout=30000)
    assert threads and threads[0] is not threading.main_thread()
    assert target.stat().st_size > 0


def test_a_pdf_export_is_painted_by_another_process_not_by_the_windows_threads(qtbot, window, tmp_path, monkeypatch):
    import diptych.report.pdf as pdf

    def painted_here(*args, **kwargs):
        raise AssertionError("the window's process painted the PDF")

    monkeypatch.setattr(pdf, "write_pdf", painted_here)
    target = tmp_path / "report.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.show_comparison(cross_language_comparison())
    window.export_report()
    qtbot.waitUntil(lambda: "Report saved" in window.status_text.text(), timeout=60000)
    assert target.read_bytes().startswith(b"%PDF")


def test_screenshot_renders_the_compared_window_to_a_png(qtbot, tmp_path, pair_files):
    from diptych.app.main import screenshot

    png = tmp_path / "window.png"
    assert screenshot(str(png), *pair_files) == 0
    image = QImage(str(png))
    assert image.width() >= 1100 and image.height() >= 650


def test_screenshot_of_a_missing_file_exits_2_and_says_why(qtbot, tmp_path, capsys, pair_files):
    from diptych.app.main import screenshot

    status = screenshot(str(tmp_path / "w.png"), pair_files[0], str(tmp_path / "missing.txt"))
    assert status == 2
    assert "missing.txt" in capsys.readouterr().err


def test_a_screenshot_refuses_half_a_pair(tmp_path):
    from diptych.app.main import screenshot
    from diptych.engine.errors import InputError

    with pytest.raises(InputError):
        screenshot(str(tmp_path / "w.png"), None, "b.txt")


def test_one_article_alone_loads_as_the_derivative_and_the_original_waits(qtbot, window, pair_files):
    from diptych.app.main import _load

    _load(window, None, pair_files[1])
    qtbot.waitUntil(lambda: window.articles.get(DERIVATIVE) is not None, timeout=15000)
    assert window.articles.get(ORIGINAL) is None


def test_hovering_an_added_paragraph_says_it_has_no_counterpart(qtbot, window):
    window.show_comparison(cross_language_comparison())
    window._on_hover(DERIVATIVE, 5, 3, window.mapToGlobal(window.rect().center()))
    assert "Added" in QToolTip.text() and "no counterpart" in QToolTip.text()
    QToolTip.hideText()


def test_a_title_that_looks_like_markup_stays_text_in_header_and_tooltip(qtbot, window):
    c = cross_language_comparison()
    c.original.title = "<img src='http://127.0.0.1:9/t.png'>Harbour"
    window.show_comparison(c)
    title = window.panes[ORIGINAL].title
    assert title.full_text() == c.original.title
    assert "&lt;img" in title.toolTip() and "<img" not in title.toolTip()
