"""The chosen language and the lookup of words in its catalogue.

One mechanism for every word: Qt's catalogues (``resources/translations/organizer_<code>.qm``,
made from the ``.ts`` by ``scripts/update-translations``). A word is looked up in the chosen
language's catalogue directly (``QTranslator.translate``), so the command line needs no
``QCoreApplication``, and the status sheet can be drawn in English while the window speaks
Spanish (``in_language``). In English (the source language) only plurals are looked up
(``organizer_en.qm`` holds just those), so ``organizer missing`` loads no Qt at all.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING

from organizer.core.paths import resource

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

# The languages there is a catalogue for, with their names in their own words.
LANGUAGES: dict[str, str] = {"en": "English", "es": "Español"}
SOURCE_LANGUAGE = "en"

_default = SOURCE_LANGUAGE
_chosen: ContextVar[str | None] = ContextVar("organizer_language", default=None)
_catalogues: dict[str, QTranslator | None] = {}
_lock = threading.Lock()


def system_language() -> str:
    """The system's language if there is a catalogue for it, else English.

    On Linux and other Unix systems, from the environment (as Qt reads it too), without
    loading Qt; elsewhere from ``QLocale.system()``.
    """
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return _known(value.split(":")[0])
    if sys.platform in ("win32", "darwin"):
        from PySide6.QtCore import QLocale

        return _known(QLocale.system().name())
    return SOURCE_LANGUAGE


def _known(name: str) -> str:
    code = name.split("_")[0].split(".")[0].split("-")[0].lower()
    return code if code in LANGUAGES else SOURCE_LANGUAGE


def pick_language(asked: str | None) -> str:
    """``asked`` ("es", "en") when there is a catalogue for it; else the system's."""
    return asked if asked in LANGUAGES else system_language()


def set_language(code: str) -> None:
    """The language of every word from now on (the window, the command line)."""
    global _default
    _default = code if code in LANGUAGES else SOURCE_LANGUAGE


def language() -> str:
    return _chosen.get() or _default


@contextmanager
def in_language(code: str) -> Iterator[None]:
    """Words made inside are in ``code`` (this thread only): a sheet for the office."""
    token = _chosen.set(code if code in LANGUAGES else SOURCE_LANGUAGE)
    try:
        yield
    finally:
        _chosen.reset(token)


def catalogue_path(code: str) -> str:
    return str(resource("translations") / f"organizer_{code}.qm")


def catalogue(code: str) -> QTranslator | None:
    """The loaded catalogue for ``code`` (loaded once), or None if there is none."""
    with _lock:
        if code not in _catalogues:
            from PySide6.QtCore import QTranslator

            translator = QTranslator()
            _catalogues[code] = translator if translator.load(catalogue_path(code)) else None
        return _catalogues[code]


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` of ``context`` in the chosen language; ``%n`` becomes ``n`` (a plural)."""
    found = ""
    chosen = language()
    if text and (chosen != SOURCE_LANGUAGE or n >= 0):  # English has plurals to look up
        book = catalogue(chosen)
        if book is not None:
            found = book.translate(context, text, disambiguation, n) or ""
    out = found or text
    return out.replace("%n", str(n)) if n >= 0 else out
