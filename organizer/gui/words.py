"""The window's side of the words: dates and colours; the words themselves are in
``organizer.words`` (shared with the sheet and the command line)."""

from __future__ import annotations

from datetime import date

from organizer.language import translate
from organizer.words import (
    KIND_WORDS,
    LOG_STATUS_WORDS,
    OUTCOME_WORDS,
    SENDER_WORDS,
    kind_word,
    medium_date,
    status_word,
    word,
)

__all__ = [
    "KIND_WORDS",
    "LOG_STATUS_WORDS",
    "OUTCOME_WORDS",
    "SENDER_WORDS",
    "kind_word",
    "status_word",
    "tr",
]


def tr(text: str) -> str:
    """A word of the "words" context (the tables below are marked for lupdate there)."""
    return word(text)


# States that need the user's attention get a visible flag, not only a colour.
FLAGGED_STATES = frozenset({"unreadable", "password_protected", "missing", "not_a_pdf", "empty"})


def state_text(status: str, duplicate_of: str | None = None) -> str:
    """A document's state in plain words; a copy names the document it copies."""
    if status == "duplicate" and duplicate_of:
        return translate("words", "A copy of {0}").format(duplicate_of)
    return status_word(status)


def show_date(value: date | None) -> str:
    """``Dec 7, 2026``; ``7 dic 2026`` in Spanish (short enough for a table's column)."""
    return medium_date(value) if value else ""


def dark_theme() -> bool:
    """Whether the system palette is dark (light text on a dark window)."""
    from PySide6.QtGui import QGuiApplication, QPalette

    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return window.lightness() < 128


def urgent_colour() -> str:
    """Red for urgent things, light enough to read on a dark window, dark on a light one."""
    return "#ff7070" if dark_theme() else "#b00020"


def waiting_colour() -> str:
    """Amber for things that are waiting, readable on either palette."""
    return "#f0b040" if dark_theme() else "#9a5b00"
