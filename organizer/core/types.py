"""The fixed codes used by the database, the export and the command line."""

from enum import StrEnum

from organizer.core.phrases import QT_TRANSLATE_NOOP


class DocumentStatus(StrEnum):
    """Where a file stands in the reading pipeline. Every file ends in a final state."""

    PENDING = "pending"
    INDEXED = "indexed"
    NO_TEXT = "no_text"
    PASSWORD_PROTECTED = "password_protected"
    UNREADABLE = "unreadable"
    NOT_A_PDF = "not_a_pdf"
    EMPTY = "empty"
    MISSING = "missing"
    DUPLICATE = "duplicate"


class TextSource(StrEnum):
    TEXT = "text"
    OCR = "ocr"
    NONE = "none"


class DocumentKind(StrEnum):
    REFERRAL = "referral"
    INSURANCE = "insurance"
    LETTER = "letter"
    CLINICAL = "clinical"
    OTHER = "other"
    UNCLASSIFIED = "unclassified"


class KindSource(StrEnum):
    AUTO = "auto"
    USER = "user"


class LetterOutcome(StrEnum):
    APPROVED = "approved"
    DENIED = "denied"
    INFO_REQUESTED = "info_requested"
    INFORMATIONAL = "informational"


class Sender(StrEnum):
    PAYER = "payer"
    PROVIDER = "provider"
    PHARMACY = "pharmacy"
    PATIENT = "patient"
    OTHER = "other"


class LogStatus(StrEnum):
    """The state of one requested/submitted log entry."""

    PROPOSED = "proposed"
    REQUESTED = "requested"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    DENIED = "denied"
    NOT_NEEDED = "not_needed"


class LinkRole(StrEnum):
    """How a document relates to a log entry."""

    REQUEST = "request"
    SUBMISSION = "submission"
    DECISION = "decision"
    RELATED = "related"


class ActivityAction(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    DELETED = "deleted"


# What each link role means, in plain words.
ROLE_WORDS = {
    "request": QT_TRANSLATE_NOOP("words", "the letter that asked for it"),
    "submission": QT_TRANSLATE_NOOP("words", "what was sent"),
    "decision": QT_TRANSLATE_NOOP("words", "the answer"),
    "related": QT_TRANSLATE_NOOP("words", "related"),
}
# A benefits check is done by the pharmacy, not sent by the patient or the office: a paper
# linked to it as a submission is its result.
RESULT_WORDS = QT_TRANSLATE_NOOP("words", "the result")
_DONE_BY_OTHERS = frozenset({"benefits_verification"})


def role_words(role: str, item: str) -> str:
    """The plain words for a link's role on an entry of checklist ``item`` (untranslated)."""
    if role == "submission" and item in _DONE_BY_OTHERS:
        return RESULT_WORDS
    return ROLE_WORDS.get(role, role)


def role_for_outcome(letter_outcome: str | None) -> str:
    """A document dropped on a log entry: a decision letter, a request, or what was sent."""
    if letter_outcome in ("approved", "denied"):
        return "decision"
    if letter_outcome == "info_requested":
        return "request"
    return "submission"
