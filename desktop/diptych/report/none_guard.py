"""Keep PySide6 from aborting the interpreter on Python 3.11 ("deallocating None").

Measured with PySide6 6.12.0 on CPython 3.11.7: each call of a void Qt method from
Python (``QPainter.setPen``, ``QFont.setPointSizeF``, even ``QRectF.setWidth``) lowers
``sys.getrefcount(None)`` by one. None starts with a few thousand references, so a
long report (or a long session of the window) drives the count to zero and CPython
aborts with "Fatal Python error: none_dealloc", usually at exit, with status 134.

Python 3.12 made None immortal (PEP 683), so there the bug is harmless. On older
Pythons, when a probe shows the bug, ``protect_none`` gives None 2**40 references
once, which is what immortality amounts to. Without the bug it does nothing.
"""

from __future__ import annotations

import ctypes
import sys

_PROTECTED = False
_EXTRA_REFERENCES = 1 << 40


def void_calls_drop_none() -> bool:
    """Whether a void Qt method call here loses a reference to None."""
    from PySide6.QtCore import QRectF

    rect = QRectF()
    before = sys.getrefcount(None)
    for _ in range(64):
        rect.setWidth(1.0)
    return sys.getrefcount(None) <= before - 32


def protect_none() -> bool:
    """Make None effectively immortal if this PySide6 needs it; True if it was done."""
    global _PROTECTED
    if _PROTECTED or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    if not void_calls_drop_none():
        return False
    # CPython < 3.12: ob_refcnt is the first field of every object, at id(obj)
    ctypes.c_ssize_t.from_address(id(None)).value += _EXTRA_REFERENCES
    _PROTECTED = True
    return True
