"""Plain, read-only snapshots that the services hand to the GUI and the command line.

The GUI never sees ORM objects: it gets these, so nothing it holds can reach the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from organizer.core.profile import CaseProfile


@dataclass(frozen=True, slots=True)
class CaseInfo:
    id: int
    folder: str
    profile: CaseProfile

    @property
    def title(self) -> str:
        return self.profile.patient or self.folder


@dataclass(frozen=True, slots=True)
class LinkInfo:
    """A document attached to a log entry."""

    log_id: int
    document_id: int
    path: str
    role: str
    confirmed: bool
    confidence: float | None = None
    reason: str | None = None
    document_status: str = "indexed"


@dataclass(frozen=True, slots=True)
class LogEntryInfo:
    id: int
    item: str
    what: str
    requested_by: str
    requested_on: date | None
    who_submits: str
    due: date | None
    submitted_on: date | None
    status: str
    decision: str
    notes: str
    submitted_how: str = ""
    submitted_to: str = ""
    decision_on: date | None = None
    expects_decision: bool | None = None
    decision_wait_days: int = 7
    decision_reference: str = ""
    decision_source: str = ""
    approved_from: date | None = None
    approved_through: date | None = None
    approved_quantity: str = ""
    renewal_days: int = 30
    appeal_by: date | None = None
    appeal_of: int | None = None
    not_appealing: bool = False
    links: tuple[LinkInfo, ...] = ()


@dataclass(frozen=True, slots=True)
class AttachmentInfo:
    """One attachment of an e-mail, as listed under the message."""

    name: str
    content_type: str
    size: int
    read: bool
    note: str = ""


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    """One indexed path, without its text (lists never hold document text)."""

    id: int
    path: str
    sha256: str | None
    size: int | None
    pages: int | None
    status: str
    error: str | None
    duplicate_of: str | None
    text_source: str | None
    kind: str
    kind_source: str
    letter_outcome: str | None
    sender: str | None
    document_date: date | None
    reference_number: str | None
    member_id: str | None
    due_date: date | None
    appeal_by: date | None
    requested_items: tuple[str, ...]
    fulfills: tuple[str, ...]
    reasons: tuple[str, ...]
    missing_since: datetime | None
    # Fields the reading left empty because it was not sure, with the candidates it saw.
    unsure: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # Why the document is about another person than the case's, when it is.
    other_person: str | None = None
    # E-mails: what they carry; attachments: the path of the e-mail they came with.
    attachments: tuple[AttachmentInfo, ...] = ()
    part_of: str | None = None
