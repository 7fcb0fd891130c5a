"""Without a terminal, the log goes to a file in the user's state dir and errors go to the window."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from diptych import logs


@pytest.fixture
def state_home(tmp_path, monkeypatch):
    """A private XDG state dir; any file handler a test adds is removed afterwards."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    yield tmp_path / "state"
    logs.stop_logging_to_file()


def test_the_log_file_is_in_the_diptych_folder_of_the_user_state_dir(state_home):
    assert logs.log_path() == state_home / "diptych" / "diptych.log"


@pytest.mark.parametrize(
    "kind, console",
    [("none", False), ("pipe", False), ("terminal", True)],
    ids=["no stderr at all", "stderr is a pipe", "stderr is a terminal"],
)
def test_a_console_is_a_terminal_on_stderr(monkeypatch, kind, console):
    other_end, stream = None, None
    if kind == "pipe":
        other_end, write_end = os.pipe()
        stream = os.fdopen(write_end, "w")
    elif kind == "terminal":
        other_end, terminal = os.openpty()
        stream = os.fdopen(terminal, "w")
    monkeypatch.setattr(sys, "stderr", stream)
    try:
        assert logs.has_console() is console
    finally:
        if stream is not None:
            stream.close()
            os.close(other_end)


def test_records_of_every_diptych_module_reach_the_file_with_their_traceback(state_home):
    path = logs.log_to_file()
    assert path == logs.log_path()
    logging.getLogger("diptych.engine.fetch").warning("the page at %s timed out", "http://127.0.0.1:9/a")
    try:
        raise ValueError("a bug in a slot")
    except ValueError as exc:
        logs.log_exception("compare failed", exc)
    text = path.read_text(encoding="utf-8")
    assert "started" in text.splitlines()[0]
    assert "WARNING diptych.engine.fetch: the page at http://127.0.0.1:9/a timed out" in text
    assert "compare failed: ValueError: a bug in a slot" in text
    assert "Traceback (most recent call last)" in text


def test_logging_to_file_twice_adds_one_handler(state_home):
    logs.log_to_file()
    logs.log_to_file()
    handlers = [h for h in logs.log.handlers if isinstance(h, logging.FileHandler)]
    assert len(handlers) == 1


def test_an_unwritable_state_dir_means_no_log_file_not_a_failure(tmp_path, monkeypatch):
    blocker = tmp_path / "state"
    blocker.write_text("a file where the folder should be")
    monkeypatch.setenv("XDG_STATE_HOME", str(blocker))
    try:
        assert logs.log_to_file() is None
    finally:
        logs.stop_logging_to_file()


def test_an_uncaught_exception_shows_in_the_message_bar_and_its_traceback_in_the_log(qtbot, state_home, tmp_path):
    from PySide6.QtCore import QSettings

    from diptych.app.main import error_reporter
    from diptych.app.window import MainWindow

    window = MainWindow(settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    log_file = logs.log_to_file()
    fallback_calls = []
    hook = error_reporter(window, log_file, lambda *args: fallback_calls.append(args))
    try:
        raise KeyError("segment 7")
    except KeyError:
        hook(*sys.exc_info())
    assert window.message_bar.text() == (
        f"Diptych failed unexpectedly (KeyError: 'segment 7'). Details are in {log_file}."
    )
    assert window.message_bar.level == "error"
    assert "KeyError: 'segment 7'" in log_file.read_text(encoding="utf-8")
    assert fallback_calls == []  # no terminal: the traceback is not also printed nowhere


def test_with_a_terminal_the_traceback_goes_where_it_always_went(qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from diptych.app.main import error_reporter
    from diptych.app.window import MainWindow

    window = MainWindow(settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    fallback_calls = []
    hook = error_reporter(window, None, lambda *args: fallback_calls.append(args))
    hook(RuntimeError, RuntimeError("boom"), None)
    assert [call[0] for call in fallback_calls] == [RuntimeError]
    assert window.message_bar.text() == "Diptych failed unexpectedly (RuntimeError: boom)."


def test_the_window_started_without_a_terminal_logs_to_the_state_dir(tmp_path):
    """As from the menu: standard error is no terminal; a failing input is logged in the user's state dir."""
    missing = tmp_path / "missing.txt"
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update(XDG_STATE_HOME=str(tmp_path / "state"), HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen",
               DIPTYCH_CACHE_DIR=str(tmp_path / "cache"))
    log_file = Path(tmp_path / "state" / "diptych" / "diptych.log")
    present = tmp_path / "present.txt"
    present.write_text("A short article that loads.\n\nIt has two paragraphs.\n", encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "diptych", str(missing), str(present)], env=env, cwd=tmp_path,
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and proc.poll() is None:
            if log_file.is_file() and "missing.txt" in log_file.read_text(encoding="utf-8"):
                break
            time.sleep(0.1)
        assert proc.poll() is None, proc.communicate()[1].decode()  # the window is still open
    finally:
        proc.terminate()
        proc.communicate(timeout=10)
    text = log_file.read_text(encoding="utf-8")
    assert "started" in text
    assert "original failed:" in text and "missing.txt" in text
