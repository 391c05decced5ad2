"""The words layer: codes and values from core and services become words here.

Used by the window, the status sheet and the command line alike. It goes through
``QCoreApplication.translate``, which needs no GUI, so an installed ``QTranslator``
(see ``organizer.gui.translation``) turns every word the same way everywhere.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from organizer.core.reading import STATUS_WORDS


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark ``text`` for lupdate in ``context``; it is translated when shown."""
    return text


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def word(text: str) -> str:
    """A word of the shared "words" context, translated when a translator is installed."""
    return translate("words", text)


# --- codes to words (marked for lupdate in the "words" context) -----------------------------
KIND_WORDS = {
    "referral": QT_TRANSLATE_NOOP("words", "Referral or prescription"),
    "insurance": QT_TRANSLATE_NOOP("words", "Insurance"),
    "letter": QT_TRANSLATE_NOOP("words", "Letter"),
    "clinical": QT_TRANSLATE_NOOP("words", "Medical records"),
    "other": QT_TRANSLATE_NOOP("words", "Not about this"),
    "unclassified": QT_TRANSLATE_NOOP("words", "Not sorted yet"),
}
OUTCOME_WORDS = {
    "approved": QT_TRANSLATE_NOOP("words", "Approved"),
    "denied": QT_TRANSLATE_NOOP("words", "Denied"),
    "info_requested": QT_TRANSLATE_NOOP("words", "Asks for more"),
    "informational": QT_TRANSLATE_NOOP("words", "For your information"),
}
SENDER_WORDS = {
    "payer": QT_TRANSLATE_NOOP("words", "Insurance plan"),
    "provider": QT_TRANSLATE_NOOP("words", "Provider office"),
    "pharmacy": QT_TRANSLATE_NOOP("words", "Pharmacy"),
    "patient": QT_TRANSLATE_NOOP("words", "You"),
    "other": QT_TRANSLATE_NOOP("words", "Someone else"),
}
LOG_STATUS_WORDS = {
    "proposed": QT_TRANSLATE_NOOP("words", "Suggested"),
    "requested": QT_TRANSLATE_NOOP("words", "Requested"),
    "submitted": QT_TRANSLATE_NOOP("words", "Sent"),
    "approved": QT_TRANSLATE_NOOP("words", "Approved"),
    "denied": QT_TRANSLATE_NOOP("words", "Denied"),
    "not_needed": QT_TRANSLATE_NOOP("words", "Not needed"),
}
# The document states' words live with the reader (core.reading.STATUS_WORDS); marked here
# so lupdate sees them (tests/test_words.py checks the two lists agree).
DOCUMENT_STATE_WORDS = (
    QT_TRANSLATE_NOOP("words", "Waiting to be read"),
    QT_TRANSLATE_NOOP("words", "Read"),
    QT_TRANSLATE_NOOP("words", "Scanned pages; text can't be read on this computer"),
    QT_TRANSLATE_NOOP("words", "Locked with a password"),
    QT_TRANSLATE_NOOP("words", "Damaged; it can't be read"),
    QT_TRANSLATE_NOOP("words", "Not really a PDF or picture"),
    QT_TRANSLATE_NOOP("words", "Empty file"),
    QT_TRANSLATE_NOOP("words", "No longer in the folder"),
    QT_TRANSLATE_NOOP("words", "A copy of another document"),
)


def kind_word(kind: str) -> str:
    return word(KIND_WORDS.get(kind, kind))


def status_word(status: str) -> str:
    """A document's state in words."""
    return word(STATUS_WORDS.get(status, status))


def log_status_word(status: str) -> str:
    return word(LOG_STATUS_WORDS.get(status, status))
