"""A report written by a child process, for the window.

Writing a PDF lays text out with Qt's font engine. Done on a pool thread beside a window
that paints its own text, it hung once in six CI runs, both threads waiting: Qt's text
classes are shared by every thread of a process, and a Python override painting on the GUI
thread needs the interpreter lock that the pool thread holds while it waits on Qt. A
spawned process has its own Qt and its own interpreter, so the window's pool thread only
waits on a pipe, can be cancelled, and the window keeps painting meanwhile.
"""

from __future__ import annotations

import multiprocessing
import os
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Callable

from diptych.engine.errors import Cancelled, DiptychError, InputError
from diptych.engine.model import Comparison

POLL_SECONDS = 0.1


def export_apart(comparison: Comparison, path: str | Path, fmt: str, *,
                 cancelled: Callable[[], bool] = lambda: False, page_size: str = "A4") -> None:
    """``report.export`` in a child process; raises what ``export`` would (InputError with the
    user's sentence), Cancelled when ``cancelled()`` turns true, and DiptychError with a sentence
    for the message bar if the child fails or dies.

    Where no process can be started (a sandbox), the report is written here instead."""
    from diptych.report import export

    context = multiprocessing.get_context("spawn")  # a fork would copy the window's Qt threads mid-flight
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_write, args=(sender, comparison, str(path), fmt, page_size),
                              daemon=True, name="diptych-report")
    try:
        process.start()
    except (OSError, RuntimeError):
        receiver.close()
        sender.close()
        export(comparison, path, fmt, page_size=page_size)
        return
    sender.close()
    try:
        outcome = _wait(process, receiver, cancelled)
    except Cancelled:
        process.terminate()
        process.join(5)
        Path(path).unlink(missing_ok=True)  # half a PDF is worse than none
        raise
    finally:
        receiver.close()
    process.join(5)
    kind, message = outcome
    if kind == "input":
        raise InputError(message)
    if kind == "error":
        raise DiptychError(message)


def _wait(process, receiver: Connection, cancelled: Callable[[], bool]) -> tuple[str, str]:
    while not receiver.poll(POLL_SECONDS):
        if cancelled():
            raise Cancelled("Cancelled.")
        if not process.is_alive() and not receiver.poll():
            return _died(process)
    try:
        return receiver.recv()
    except EOFError:
        return _died(process)


def _died(process) -> tuple[str, str]:
    """The outcome of a child that ended without sending one."""
    process.join(5)
    return "error", f"The report writer stopped unexpectedly (exit status {process.exitcode})."


def _write(sender: Connection, comparison: Comparison, path: str, fmt: str, page_size: str) -> None:
    """The child: write the report, send back ("ok" | "input" | "error", sentence)."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a PDF needs fonts, not a screen
    devnull = os.open(os.devnull, os.O_WRONLY)  # Qt's warnings are not the user's business
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    from diptych.report import export

    try:
        export(comparison, path, fmt, page_size=page_size)
    except InputError as exc:
        sender.send(("input", str(exc)))
    except Exception as exc:  # noqa: BLE001 - told to the parent, which shows it as a message
        sender.send(("error", f"The report could not be written: {type(exc).__name__}: {exc}"))
    else:
        sender.send(("ok", ""))
    finally:
        sender.close()
