"""Fixtures of the window tests: an isolated settings file and a real MainWindow.

Every test here fails on a Qt warning (qt_log_level_fail), so a broken layout, a
bad connection or a painter misuse shows up as a failure, not as noise.
"""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from app_fixtures import ENGLISH, FRENCH

APP_DIR = Path(__file__).resolve().parent


def pytest_collection_modifyitems(config, items):
    for item in items:
        if Path(str(item.fspath)).resolve().parent == APP_DIR:
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            # The offscreen platform cannot honour window size hints; that is not our bug.
            item.add_marker(pytest.mark.qt_log_ignore("propagateSizeHints", "This plugin does not support"))


@pytest.fixture
def settings(tmp_path) -> QSettings:
    """A settings file of this test alone: nothing is read from or written to the user's."""
    return QSettings(str(tmp_path / "diptych.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, settings, make_options):
    """The real main window, shown, with short network timeouts."""
    from diptych.app.window import MainWindow

    win = MainWindow(options=make_options(read_timeout=1.0), settings=settings)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.cancel()
    win.pool.waitForDone(10_000)


@pytest.fixture
def dead_url() -> str:
    """A loopback address where nothing listens: bind a port, then close it."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/article.html"


@pytest.fixture
def pair_files(tmp_path) -> tuple[str, str]:
    """A small English article and a French rewrite of it (reordered, one paragraph added, one dropped)."""
    original = tmp_path / "original.en.txt"
    derivative = tmp_path / "rewrite.fr.txt"
    original.write_text(ENGLISH, encoding="utf-8")
    derivative.write_text(FRENCH, encoding="utf-8")
    return str(original), str(derivative)
