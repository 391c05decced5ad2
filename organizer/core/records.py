"""Plain, read-only snapshots that the services hand to the GUI and the command line.

The GUI never sees ORM objects: it gets these, so nothing it holds can reach the database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from organizer.core.profile import CaseProfile


@dataclass(frozen=True, slots=True)
class CaseInfo:
    id: int
    folder: str
    profile: CaseProfile
    # The row's version when read: an edit made on it is refused if it changed meanwhile.
    version: int = 1

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
    # Before ``links``, which must come last (services/log_snapshots.py builds by position).
    # The row's version when read: an edit made on it is refused if it changed meanwhile.
    version: int = 1
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


@dataclass(frozen=True, slots=True)
class CallInfo:
    id: int
    case_id: int
    called_at: datetime
    organisation: str
    person: str
    phone: str
    reference_number: str
    summary: str
    follow_up_on: date | None
    # The row's version when read: an edit made on it is refused if it changed meanwhile.
    version: int = 1


@dataclass(frozen=True, slots=True)
class QuestionInfo:
    id: int
    case_id: int
    question: str
    asked_to: str
    answer: str
    answered_on: date | None
    created_at: datetime
    # The row's version when read: an edit made on it is refused if it changed meanwhile.
    version: int = 1


@dataclass(frozen=True, slots=True)
class ProposalInfo:
    link_id: int
    log_id: int
    entry_what: str
    entry_item: str
    new_entry: bool  # accepting also adds the entry to the log
    document_id: int
    path: str
    role: str
    confidence: float | None
    reason: str
    # Why a person must look first ("This letter is for member …, not this case"), or "".
    flag: str = ""

    @property
    def key(self) -> str:
        """The same key the proposer uses, to remember a dismissal."""
        if self.new_entry:
            return f"new:{self.entry_item}:{self.role}"
        return f"{self.log_id}:{self.role}"


@dataclass(frozen=True, slots=True)
class Accepted:
    link_id: int
    log_id: int
    entry_was_proposed: bool
    # The entry's fields before a decision letter (or a receipt) set them, for undo.
    decision_before: tuple[tuple[str, Any], ...] = ()


@dataclass(frozen=True, slots=True)
class SearchHit:
    document_id: int
    path: str
    snippet: str
    rank: float


# Marks around matching words in snippets; the GUI turns them into highlighting.
MATCH_START = "\x02"
MATCH_END = "\x03"


@dataclass(frozen=True, slots=True)
class CaseRow:
    """A case in the list of cases, with whether its folder can be found."""

    case: CaseInfo
    folder_found: bool


@dataclass(frozen=True, slots=True)
class FileStat:
    size: int
    mtime_ns: int


@dataclass(slots=True)
class ReconcileReport:
    new: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    renamed: list[tuple[str, str]] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    returned: list[str] = field(default_factory=list)
    to_read: list[int] = field(default_factory=list)

    @property
    def changes(self) -> int:
        return sum(
            len(x)
            for x in (
                self.new,
                self.changed,
                self.renamed,
                self.duplicates,
                self.missing,
                self.returned,
            )
        )


@dataclass(frozen=True, slots=True)
class LeaseInfo:
    """Who is reading a case's folder now (a run or window), and until when (epoch seconds)."""

    holder: str
    host: str
    pid: int
    expires_at: float
