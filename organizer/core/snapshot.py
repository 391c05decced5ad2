"""Everything the window and the sheet show about one case, as one frozen record."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from organizer.core.deadlines import Deadline
from organizer.core.missing import MissingRow
from organizer.core.records import (
    CallInfo,
    CaseInfo,
    DocumentInfo,
    LogEntryInfo,
    ProposalInfo,
    QuestionInfo,
)


@dataclass(frozen=True, slots=True)
class CaseSnapshot:
    """One case as read in one session, so every part agrees with every other."""

    case: CaseInfo
    documents: list[DocumentInfo]
    log: list[LogEntryInfo]
    missing: list[MissingRow]
    calls: list[CallInfo]
    questions: list[QuestionInfo]
    today: date
    # document id -> titles of the log entries it is linked to
    links_by_document: dict[int, list[str]] = field(default_factory=dict)
    proposals: list[ProposalInfo] = field(default_factory=list)
    # Files dropped on a log entry that are now read, so can be linked.
    pending_links_ready: int = 0
    # Every open deadline, by date (core/deadlines.py): "Coming up", reminders, timeline.
    deadlines: list[Deadline] = field(default_factory=list)
