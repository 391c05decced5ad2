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


def show_date(value: date | None) -> str:
    return value.strftime("%b %d, %Y").replace(" 0", " ") if value else ""
