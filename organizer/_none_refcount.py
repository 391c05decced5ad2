"""Work around a reference-count bug in PySide6 6.12 on Python 3.11.

PySide6/shiboken6 6.12.0 returns ``None`` from C++ methods that return nothing without
taking a reference to it. On Python 3.12 and newer ``None`` is immortal, so nothing
happens; on 3.11 every such call (``QPainter.setPen``, ``QImage.fill``, ...) lowers
``None``'s count by one, and after enough calls the interpreter aborts with
"deallocating None". A long-running window makes millions of such calls.

Raising the count far out of reach once, at start-up, makes the bug harmless. This is
only done on Python versions before 3.12, and it changes nothing else.
"""

from __future__ import annotations

import ctypes
import sys

HEADROOM = 1 << 48


def protect_none() -> None:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    refcount = ctypes.c_ssize_t.from_address(id(None))
    if refcount.value < HEADROOM:
        refcount.value += HEADROOM
