"""Entry points the command line calls: open the window, or render it to a PNG.

``run`` opens the window and returns the exit status; ``screenshot`` renders the
real window with the comparison done (offscreen when there is no display) and exits,
for the README and for checks.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time

from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from diptych.desktop_entry import APP_ID
from diptych.engine.errors import DiptychError, InputError
from diptych.resource_files import resource

SCREENSHOT_SIZE = (1440, 900)
SCREENSHOT_DEADLINE = 16.5  # seconds since the command started (``elapsed``): it must take under 20


def seconds_since_start() -> float:
    """How long this process has run (Linux: from /proc; elsewhere: 0, i.e. unknown)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as fh:
            ticks = int(fh.read().rsplit(")", 1)[1].split()[19])  # field 22: start time after boot
        return max(0.0, time.clock_gettime(time.CLOCK_BOOTTIME) - ticks / os.sysconf("SC_CLK_TCK"))
    except (OSError, ValueError, IndexError, AttributeError):
        return 0.0


def sample_pair() -> tuple[str, str]:
    """Paths of the bundled sample pair (an English article and a French rewrite)."""
    return (
        str(resource("samples", "original.en.txt")),
        str(resource("samples", "rewrite.fr.txt")),
    )


def make_app(offscreen: bool = False) -> QApplication:
    """The QApplication (created once); ``offscreen`` picks the offscreen platform if none is set."""
    app = QApplication.instance()
    if app is not None:
        return app
    if offscreen and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Diptych")
    app.setOrganizationName("Diptych")
    app.setApplicationDisplayName("Diptych")
    app.setDesktopFileName(APP_ID)  # Wayland's app id: the menu entry's icon and name
    from diptych.app.window import app_icon

    app.setWindowIcon(app_icon())
    return app


def _pair(original: str | None, derivative: str | None, *, half: bool = False) -> tuple[str | None, str | None]:
    """Both sides, the sample pair for none, or (with ``half``) one side to start from."""
    if original is None and derivative is None:
        return sample_pair()
    if (original is None or derivative is None) and not half:
        raise InputError("Give both ORIGINAL and DERIVATIVE, or neither to open the bundled sample pair.")
    return original, derivative


def _load(window, original: str | None, derivative: str | None) -> None:
    """Load the pair; ``-`` reads that side from standard input; None leaves a side empty."""
    from diptych.app.highlights import DERIVATIVE, ORIGINAL

    for side, spec in ((ORIGINAL, original), (DERIVATIVE, derivative)):
        if spec is None:
            continue
        if spec == "-":
            window.load_text(side, sys.stdin.buffer.read().decode("utf-8", errors="replace"))
        else:
            window.load_pair(spec if side == ORIGINAL else None, spec if side == DERIVATIVE else None)


def run(original: str | None, derivative: str | None) -> int:
    """Open the window on a pair (None/None: the bundled sample pair).

    One side alone (a file or link opened with Diptych from a file manager or a
    browser) is loaded and the other side waits for a drop or an address.

    Returns the exit status. Without a terminal (started from the menu or the bundle) the
    log goes to a file, and an unexpected error shows in the window as well as in the log.
    """
    from diptych import logs
    from diptych.app.window import MainWindow
    from diptych.engine import encoder_process

    encoder_process.start()  # loads the model in its own process: the window stays smooth meanwhile
    log_file = None if logs.has_console() else logs.log_to_file()
    pair = _pair(original, derivative, half=True)
    app = make_app()
    window = MainWindow()
    previous_hook = sys.excepthook
    sys.excepthook = error_reporter(window, log_file, previous_hook)
    window.failed.connect(_log_failure)
    window.show()
    QTimer.singleShot(0, lambda: _load(window, *pair))  # paint first; the engine loads in the jobs
    try:
        status = app.exec()
    finally:
        sys.excepthook = previous_hook
    window.cancel()
    window.pool.waitForDone(3000)  # a cancelled fetch may still wait on the network: not for long
    return status


def error_reporter(window, log_file, fallback):
    """An excepthook for a bug that escapes a Qt slot: one sentence in the message bar, the traceback logged.

    With a log file the traceback goes there (and the sentence says where); with a terminal,
    to standard error as usual. The window keeps running either way.
    """
    from diptych import logs
    from diptych.app.workers import user_message

    def report(exc_type, exc, tb) -> None:
        if log_file is not None:
            logs.log.error("Uncaught exception", exc_info=(exc_type, exc, tb))
        else:
            fallback(exc_type, exc, tb)
        if issubclass(exc_type, KeyboardInterrupt):
            return
        text = user_message(exc) + (f" Details are in {log_file}." if log_file is not None else "")
        try:
            window.message_bar.show_message(text, "error")
        except RuntimeError:  # the window is already gone
            pass

    return report


def _log_failure(key: str, exc: object) -> None:
    """A job that failed: a user's error in a line, anything else with its traceback."""
    from diptych import logs

    if isinstance(exc, DiptychError) or not isinstance(exc, BaseException):
        logs.log.info("%s failed: %s", key, exc)
    else:
        logs.log_exception(f"{key} failed", exc)


def screenshot(png_path: str, original: str | None, derivative: str | None, *, elapsed: float = 0.0) -> int:
    """Render the window with the comparison done to ``png_path``; returns the exit status.

    Uses a throw-away settings file, so the picture does not depend on (or change)
    what the user's own window remembers.
    """
    from diptych.app.window import MainWindow

    deadline = time.monotonic() + SCREENSHOT_DEADLINE - elapsed
    pair = _pair(original, derivative)
    app = make_app(offscreen=True)
    with tempfile.TemporaryDirectory(prefix="diptych-shot-") as tmp:
        settings = QSettings(os.path.join(tmp, "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings=settings)
        window.resize(*SCREENSHOT_SIZE)
        window.show()
        outcome: dict[str, object] = {}
        loop = QEventLoop()

        def finished() -> None:
            outcome["done"] = True
            loop.quit()

        def failed(_key: str, exc: object) -> None:
            outcome["error"] = exc
            loop.quit()

        window.comparisonFinished.connect(finished)
        window.failed.connect(failed)
        remaining = max(1.0, deadline - time.monotonic())
        QTimer.singleShot(int(remaining * 1000), loop.quit)
        QTimer.singleShot(0, lambda: _load(window, *pair))
        loop.exec()
        status = 0
        if "error" in outcome:
            exc = outcome["error"]
            print(f"diptych: {window.message_bar.text() or exc}", file=sys.stderr)
            status = exc.exit_code if isinstance(exc, DiptychError) and exc.exit_code in (2, 3) else 1
        elif "done" not in outcome:
            print("diptych: the comparison did not finish in time; the PNG shows the window as it was.", file=sys.stderr)
            status = 1
        else:
            window.present_for_screenshot()
        for _ in range(3):
            app.processEvents()
        saved = window.grab().save(png_path, "PNG")
        window.close()  # cancels what still runs
        window.pool.waitForDone(1500)
        if not saved:
            print(f"diptych: could not write the screenshot to {png_path}.", file=sys.stderr)
            return 2
        return status
