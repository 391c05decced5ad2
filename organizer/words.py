"""The words layer: codes and values from core and services become words here.

Used by the window, the status sheet and the command line alike. It goes through
``QCoreApplication.translate``, which needs no GUI, so an installed ``QTranslator``
(see ``organizer.gui.translation``) turns every word the same way everywhere.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark ``text`` for lupdate in ``context``; it is translated when shown."""
    return text


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
