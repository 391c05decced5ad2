"""Plain words for codes, shared by the tables, the preview and the status bar."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from organizer.core.reading import STATUS_WORDS


def tr(text: str) -> str:
    return QCoreApplication.translate("words", text)


KIND_WORDS = {
    "referral": "Referral or prescription",
    "insurance": "Insurance",
    "letter": "Letter",
    "clinical": "Medical records",
    "other": "Not about this",
    "unclassified": "Not sorted yet",
}
OUTCOME_WORDS = {
    "approved": "Approved",
    "denied": "Denied",
    "info_requested": "Asks for more",
    "informational": "For your information",
}
SENDER_WORDS = {
    "payer": "Insurance plan",
    "provider": "Provider office",
    "pharmacy": "Pharmacy",
    "patient": "You",
    "other": "Someone else",
}
LOG_STATUS_WORDS = {
    "proposed": "Suggested",
    "requested": "Requested",
    "submitted": "Sent",
    "approved": "Approved",
    "denied": "Denied",
    "not_needed": "Not needed",
}
# States that need the user's attention get a visible flag, not only a colour.
FLAGGED_STATES = frozenset({"unreadable", "password_protected", "missing", "not_a_pdf", "empty"})


def kind_word(kind: str) -> str:
    return tr(KIND_WORDS.get(kind, kind))


def status_word(status: str) -> str:
    return tr(STATUS_WORDS.get(status, status))


def state_text(status: str, duplicate_of: str | None = None) -> str:
    """A document's state in plain words; a copy names the document it copies."""
    if status == "duplicate" and duplicate_of:
        return tr("A copy of {0}").format(duplicate_of)
    return status_word(status)


def show_date(value: date | None) -> str:
    return value.strftime("%b %d, %Y").replace(" 0", " ") if value else ""


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
