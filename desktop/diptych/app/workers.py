"""Long work off the GUI thread: loading a side and comparing, with progress and Cancel.

Each job is a QRunnable on the window's QThreadPool. It reports through a small
QObject whose signals are queued to the GUI thread, so the window only ever touches
widgets from its own thread. Cancel is cooperative: the engine's ``cancel``
callable (and the progress callback, for loading) stop work at the next step, and
the window forgets a job it cancelled, so a stalled fetch can never freeze it.

The engine is imported inside the jobs: numpy, trafilatura and the encoder load in
the background while the window is already painted.
"""

from __future__ import annotations

import io
import threading
import time
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, Signal

from diptych.engine.errors import Cancelled, DiptychError
from diptych.engine.model import Article
from diptych.engine.options import Options

STEP_NAMES = {
    "fetch": "fetching the page",
    "download": "fetching the page",
    "read": "reading the file",
    "decode": "decoding the text",
    "extract": "extracting the article",
    "segment": "cutting paragraphs",
    "language": "detecting the language",
    "detect": "detecting the language",
    "boilerplate": "marking boilerplate",
    "translate": "translating",
    "encoder": "loading the sentence encoder",
    "embed": "comparing meaning",
    "score": "comparing meaning",
    "align": "aligning paragraphs",
    "analyse": "looking for changes",
    "export": "writing the report",
    "analyze": "looking for changes",
}


def step_name(step: str) -> str:
    """What the progress strip says for an engine step."""
    return STEP_NAMES.get(step, step.replace("_", " "))


class JobSignals(QObject):
    progress = Signal(str, float)
    succeeded = Signal(object)
    failed = Signal(object)  # a DiptychError (or an unexpected exception)
    cancelled = Signal()


class Job(QRunnable):
    """Run ``work(progress, cancel)`` on a pool thread and report through ``signals``.

    A job the window forgets (cancelled, replaced) may still be running, blocked in a
    stalled fetch: ``_alive`` keeps its Python object until ``run`` returns, so the
    pool never runs a collected object.
    """

    _alive: set["Job"] = set()
    _alive_lock = threading.Lock()

    def __init__(self, name: str, work: Callable[[Callable[[str, float], None], Callable[[], bool]], Any]):
        super().__init__()
        self.setAutoDelete(False)  # the window holds the Python object until it reports
        self.name = name
        self.signals = JobSignals()
        self._work = work
        self._cancel = threading.Event()
        self.started_at = time.monotonic()

    def start_on(self, pool) -> None:
        with Job._alive_lock:
            Job._alive.add(self)
        pool.start(self)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def _progress(self, step: str, fraction: float) -> None:
        if self._cancel.is_set() or not self._emit(self.signals.progress, step, float(fraction)):
            raise Cancelled("Cancelled.")

    def _emit(self, signal, *args) -> bool:
        """Emit unless the window that listened is gone (quitting); False when nobody can hear."""
        try:
            signal.emit(*args)
        except RuntimeError:  # the signals object was deleted with the application
            self._cancel.set()
            return False
        return True

    def run(self) -> None:  # on a pool thread
        try:
            self._run()
        finally:
            with Job._alive_lock:
                Job._alive.discard(self)

    def _run(self) -> None:
        try:
            result = self._work(self._progress, self._cancel.is_set)
        except Cancelled:
            self._emit(self.signals.cancelled)
        except Exception as exc:  # an engine bug must not kill the window: it becomes a message
            self._emit(self.signals.failed, exc)
        else:
            if self._cancel.is_set():
                self._emit(self.signals.cancelled)
            else:
                self._emit(self.signals.succeeded, result)


def load_work(spec: str | None, options: Options, *, text: bytes | None = None, language: str | None = None):
    """Work that loads one side: a URL or path, or raw dropped/pasted text when ``spec`` is None."""

    def work(progress: Callable[[str, float], None], cancel: Callable[[], bool]) -> Article:
        from diptych.engine.ingest import load_article

        if spec is None:
            article = load_article("-", options, stdin=io.BytesIO(text or b""), language=language, progress=progress)
            article.source = "dropped or pasted text"
            return article
        return load_article(spec, options, language=language, progress=progress)

    return work


def compare_work(original: Article, derivative: Article, options: Options):
    """Work that compares two loaded articles."""

    def work(progress: Callable[[str, float], None], cancel: Callable[[], bool]):
        from diptych.engine.pipeline import compare_articles

        return compare_articles(original, derivative, options, progress=progress, cancel=cancel)

    return work


def user_message(exc: BaseException) -> str:
    """One sentence for the message bar, whatever went wrong."""
    if isinstance(exc, DiptychError):
        text = str(exc).strip()
        return text or "Something went wrong."
    return f"Diptych failed unexpectedly ({type(exc).__name__}: {exc})."
