"""A log file for the window when nobody sees a terminal.

Started from the application menu or the bundle, Diptych's standard error goes nowhere a
person reads. Then warnings, errors and tracebacks (including a hard crash's, through
faulthandler) go to ``diptych.log`` in the user's state dir (platformdirs; on Linux
``$XDG_STATE_HOME/diptych``, default ``~/.local/state/diptych``), kept small by rotation,
while the window shows one sentence about what went wrong.
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import platform
import sys
from pathlib import Path

import platformdirs

from diptych import __version__

LOG_NAME = "diptych.log"
MAX_BYTES = 1_000_000
BACKUPS = 2
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

log = logging.getLogger("diptych")
_handler: logging.Handler | None = None
_crash_file = None


def log_path() -> Path:
    """Where the log file is (or would be)."""
    return Path(platformdirs.user_state_dir("diptych", appauthor=False)) / LOG_NAME


def has_console() -> bool:
    """True when standard error reaches a terminal someone can read."""
    stream = sys.stderr
    try:
        return stream is not None and stream.isatty()
    except (AttributeError, ValueError):  # replaced or closed
        return False


def log_to_file(level: int = logging.INFO) -> Path | None:
    """Send Diptych's log records, and a crash's Python stack, to the log file.

    Called once per process (again is a no-op). Returns the file's path, or None when
    the state dir cannot be written (the app then runs without a log rather than not at all).
    """
    global _handler, _crash_file
    path = log_path()
    if _handler is not None:
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                                       encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(_FORMAT))
    log.addHandler(handler)
    log.setLevel(min(level, log.level) if log.level else level)
    _handler = handler
    log.info("Diptych %s started (Python %s, %s)", __version__, platform.python_version(), sys.executable)
    if not faulthandler.is_enabled():  # e.g. pytest's own: leave it be
        try:
            _crash_file = open(path.with_suffix(".crash.log"), "a", encoding="utf-8")  # noqa: SIM115 - kept open for a crash
            faulthandler.enable(_crash_file)
        except OSError:
            _crash_file = None
    return path


def log_exception(what: str, exc: BaseException) -> None:
    """Record ``exc`` with its traceback under a short description of what was being done."""
    log.error("%s: %s: %s", what, type(exc).__name__, exc, exc_info=(type(exc), exc, exc.__traceback__))


def stop_logging_to_file() -> None:
    """Undo :func:`log_to_file` (for tests, which must not leave handlers behind)."""
    global _handler, _crash_file
    if _handler is not None:
        log.removeHandler(_handler)
        _handler.close()
        _handler = None
    if _crash_file is not None:
        faulthandler.disable()
        _crash_file.close()
        _crash_file = None
