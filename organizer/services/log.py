"""The requested/submitted log and its linked documents: one service (calls: call_notes.py).

Every change goes through here and is written to the activity history in the same
transaction: edits as ``{field: [old, new]}``, deletes as the whole row, so a deleted entry
stays readable there. Values passed in are checked; a wrong field name or type is a bug in
the caller and raises ValueError. Something that vanished meanwhile (another window, the
command line) is a KnownError the user can be told about.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from organizer.core import clock
from organizer.core.checklist import CHECKLIST_BY_KEY, checklist_item
from organizer.core.missing import MissingRow, missing_rows, prepared, who_for
from organizer.core.missing_fast import split_rows
from organizer.core.records import LinkInfo, LogEntryInfo
from organizer.core.types import ActivityAction, LinkRole, LogStatus
from organizer.services import activity, edit_versions
from organizer.services.case_facts import case_facts
from organizer.services.cases import profile_of
from organizer.services.log_snapshots import missing_inputs
from organizer.services.row_changes import (
    BOOL,
    DAY,
    DAYS,
    MAYBE_BOOL,
    MAYBE_ID,
    TEXT,
    Kind,
    apply_changes,
    check,
    columns,
    get_row,
)
from organizer.storage.database import Database
from organizer.storage.models import Case, Document, LogDocumentLink, LogEntry

ENTRY_FIELDS: dict[str, Kind] = {
    "item": frozenset(CHECKLIST_BY_KEY),
    "status": frozenset(s.value for s in LogStatus),
    **dict.fromkeys(("what", "requested_by", "who_submits", "submitted_how"), TEXT),
    **dict.fromkeys(("submitted_to", "decision", "notes"), TEXT),
    **dict.fromkeys(("requested_on", "due", "submitted_on", "decision_on"), DAY),
    "expects_decision": MAYBE_BOOL,
    "decision_wait_days": DAYS,
    **dict.fromkeys(("decision_reference", "approved_quantity"), TEXT),
    **dict.fromkeys(("approved_from", "approved_through", "appeal_by"), DAY),
    "renewal_days": DAYS,
    "appeal_of": MAYBE_ID,
    "not_appealing": BOOL,
}
# Fields that make up a decision: a person setting any of them makes the decision theirs.
DECISION_FIELDS = frozenset(
    {"decision", "decision_on", "decision_reference", "approved_from", "approved_through"}
    | {"approved_quantity"}
)
ROLES = frozenset(r.value for r in LinkRole)


def note_entry(session: Session, entry: LogEntry, changes: Any, summary: str) -> None:
    """Record a change of an entry that a service other than this one made."""
    entry.updated_at = datetime.now(UTC)
    edit_versions.bump(entry)  # a window showing the entry before can't save over it
    activity.note(session, entry, ActivityAction.UPDATED, changes, summary)


def _label(entry: LogEntry) -> str:
    return entry.what or entry.item


# --- log entries -------------------------------------------------------------------------


def link_info(link: LogDocumentLink) -> LinkInfo:
    own = ("log_id", "document_id", "role", "confirmed", "confidence", "reason")
    document = link.document
    values = {k: getattr(link, k) for k in own}
    return LinkInfo(path=document.path, document_status=document.status, **values)


def entry_info(entry: LogEntry) -> LogEntryInfo:
    """A snapshot of the entry, its links ordered by document path, then role."""
    links = sorted((link_info(link) for link in entry.links), key=lambda i: (i.path, i.role))
    fields = {key: getattr(entry, key) for key in ENTRY_FIELDS}
    source = entry.decision_source or ""
    return LogEntryInfo(
        id=entry.id, links=tuple(links), decision_source=source, version=entry.version, **fields
    )


def _link_row(link: LogDocumentLink) -> dict[str, Any]:
    return {"path": link.document.path, "role": link.role, "confirmed": link.confirmed}


def load_entries(session: Session, case_id: int) -> list[LogEntry]:
    query = (
        select(LogEntry)
        .where(LogEntry.case_id == case_id)
        .options(selectinload(LogEntry.links).selectinload(LogDocumentLink.document))
        .order_by(LogEntry.id)
    )
    return list(session.scalars(query))


def log_entries(db: Database, case_id: int) -> list[LogEntryInfo]:
    """The case's log with each entry's linked documents, oldest entry first."""
    with db.session() as session:
        return [entry_info(e) for e in load_entries(session, case_id)]


def get_entry(db: Database, entry_id: int) -> LogEntryInfo:
    with db.session() as session:
        return entry_info(get_row(session, LogEntry, entry_id, "log entry"))


def _status_dates(entry: LogEntry, old: str, given: Mapping[str, object], today: date) -> None:
    """Keep the dates in step with a new status, unless the caller set them itself.

    Marking an entry sent dates the sending; a decision dates the decision; going back to
    "requested" clears what no longer holds. The old values stay in the history.
    """
    status = entry.status
    if status == old:
        return
    if status == LogStatus.SUBMITTED and "submitted_on" not in given:
        entry.submitted_on = entry.submitted_on or today
    if status in (LogStatus.APPROVED, LogStatus.DENIED) and "decision_on" not in given:
        entry.decision_on = entry.decision_on or today
    if status in (LogStatus.REQUESTED, LogStatus.PROPOSED, LogStatus.SUBMITTED):
        if "decision_on" not in given:
            entry.decision_on = None
        if status != LogStatus.SUBMITTED and "submitted_on" not in given:
            entry.submitted_on = None


def _change_entry(
    session: Session,
    entry: LogEntry,
    changes: Mapping[str, object],
    today: date,
    seen: int | None = None,
) -> None:
    edit_versions.check(session, entry, seen)
    before = columns(entry)
    apply_changes(entry, changes, ENTRY_FIELDS)
    _status_dates(entry, before["status"], changes, today)
    decided = entry.status in (LogStatus.APPROVED, LogStatus.DENIED)
    changed = {k for k in changes if before.get(k) != getattr(entry, k)}
    if DECISION_FIELDS & changed or ("status" in changed and decided):
        entry.decision_source = "user"  # the user's word wins over any letter
    after = columns(entry)
    diff = {k: [before[k], after[k]] for k in ENTRY_FIELDS if before[k] != after[k]}
    if diff:
        edit_versions.claim(session, entry, seen)
        entry.updated_at = datetime.now(UTC)
        activity.note(
            session, entry, ActivityAction.UPDATED, diff, f"Changed in the log: {_label(entry)}"
        )


def add_entry_row(
    session: Session,
    case: Case,
    item: str,
    fields: Mapping[str, object],
    today: date,
    entry_id: int | None = None,
    summary: str = "Added to the log",
) -> LogEntry:
    checklist = checklist_item(item)
    now = datetime.now(UTC)
    entry = LogEntry(id=entry_id, case_id=case.id, created_at=now, updated_at=now)
    values: dict[str, object] = {
        **dict.fromkeys((k for k, kind in ENTRY_FIELDS.items() if kind == TEXT), ""),
        "item": item,
        "what": checklist.label,
        "who_submits": who_for(profile_of(case), checklist.usually_from.value),
        "status": LogStatus.REQUESTED.value,
        "decision_wait_days": 7,
        "renewal_days": 30,
        "not_appealing": False,
        **fields,
    }
    apply_changes(entry, values, ENTRY_FIELDS)
    _status_dates(entry, LogStatus.REQUESTED.value, fields, today)
    session.add(entry)
    if entry_id is None:
        session.flush()  # for its new id; an import gives the id, and flushes once at the end
    row = {k: v for k, v in columns(entry).items() if k in ENTRY_FIELDS}
    activity.note(session, entry, ActivityAction.CREATED, row, f"{summary}: {_label(entry)}")
    return entry


def create_entry(
    db: Database, case_id: int, item: str, *, today: date | None = None, **fields: object
) -> LogEntryInfo:
    """Add an entry for checklist ``item``; unset fields get the item's usual values.

    Field names are those of LogEntryInfo. A ``submitted`` entry without ``submitted_on``
    is dated ``today`` (default: the user's local date).
    """
    with db.session() as session:
        case = get_row(session, Case, case_id, "case")
        return entry_info(add_entry_row(session, case, item, fields, today or clock.today()))


def edit_entry(
    db: Database,
    entry_id: int,
    *,
    today: date | None = None,
    seen_version: int | None = None,
    **changes: object,
) -> LogEntryInfo:
    """Change fields of an entry. A new ``status`` moves its dates along (see set_status).

    ``seen_version``: the version the change was made on; if the entry changed since, the
    change is refused with a StaleEditError (see services/edit_versions.py).
    """
    with db.session() as session:
        entry = get_row(session, LogEntry, entry_id, "log entry")
        _change_entry(session, entry, changes, today or clock.today(), seen_version)
        return entry_info(entry)


STATUS_DATE = {"submitted": "submitted_on", "approved": "decision_on", "denied": "decision_on"}


def set_status(
    db: Database, entry_id: int, status: str, *, on: date | None = None, today: date | None = None
) -> LogEntryInfo:
    """Move an entry to ``status``; ``on`` dates that step (default ``today``).

    ``submitted`` sets ``submitted_on``; ``approved``/``denied`` set ``decision_on``;
    ``requested`` or ``proposed`` clear both; ``submitted`` clears ``decision_on``.
    """
    changes: dict[str, object] = {"status": status}
    if on is not None and status in STATUS_DATE:
        changes[STATUS_DATE[status]] = on
    with db.session() as session:
        entry = get_row(session, LogEntry, entry_id, "log entry")
        _change_entry(session, entry, changes, today or clock.today())
        return entry_info(entry)


def delete_entry(db: Database, entry_id: int) -> LogEntryInfo:
    """Remove an entry; the history keeps the whole row and its links. Returns it for undo."""
    with db.session() as session:
        entry = get_row(session, LogEntry, entry_id, "log entry")
        info = entry_info(entry)
        row = {**columns(entry), "documents": [_link_row(link) for link in entry.links]}
        activity.note(
            session, entry, ActivityAction.DELETED, row, f"Removed from the log: {_label(entry)}"
        )
        session.delete(entry)
        return info


def restore_entry(db: Database, case_id: int, info: LogEntryInfo) -> LogEntryInfo:
    """Put a deleted entry back (undo), with its id when free and links to surviving files."""
    fields = {key: getattr(info, key) for key in ENTRY_FIELDS if key != "item"}
    with db.session() as session:
        case = get_row(session, Case, case_id, "case")
        free = session.get(LogEntry, info.id) is None
        entry = add_entry_row(
            session, case, info.item, fields, clock.today(), info.id if free else None, "Put back"
        )
        entry.decision_source = info.decision_source
        for link in info.links:
            document = session.get(Document, link.document_id)
            if document is not None and document.case_id == case_id:
                add_link_row(
                    session,
                    entry,
                    document,
                    link.role,
                    link.confirmed,
                    link.confidence,
                    link.reason,
                )
        session.flush()
        session.refresh(entry)
        return entry_info(entry)


# --- links ---------------------------------------------------------------------------------


def add_link_row(
    session: Session,
    entry: LogEntry,
    document: Document,
    role: str,
    confirmed: bool,
    confidence: float | None = None,
    reason: str | None = None,
    known: dict[tuple[int, int, str], LogDocumentLink] | None = None,
) -> None:
    """Add or confirm a link. A person's confirmation is never undone by a proposal.

    ``known``, when given, holds every link of ``document`` already in the session (by
    entry, document and role) and is kept up to date: no query per link.
    """
    check("role", ROLES, role)
    if known is not None:
        link = known.get((entry.id, document.id, role))
    else:
        link = session.scalar(
            select(LogDocumentLink).filter_by(log_id=entry.id, document_id=document.id, role=role)
        )
    old = None if link is None else _link_row(link)
    if link is None:
        now = datetime.now(UTC)
        link = LogDocumentLink(log_id=entry.id, role=role, confirmed=confirmed, created_at=now)
        link.document, link.confidence, link.reason = document, confidence, reason
        link.document_id = document.id  # known before the flush (the log view reads it)
        session.add(link)
        if known is not None:
            known[(entry.id, document.id, role)] = link
    elif confirmed and not link.confirmed:
        link.confirmed = True
    elif not link.confirmed:
        link.confidence, link.reason = confidence, reason
    new = _link_row(link)
    if new != old:
        summary = f"Linked {document.path} to: {_label(entry)}"
        activity.note(session, entry, ActivityAction.UPDATED, {"link": [old, new]}, summary)


# --- still missing -------------------------------------------------------------------------


def appeal_deadlines(session: Session, case_id: int) -> dict[int, date]:
    """Appeal deadlines stated by the case's documents, by document id."""
    query = select(Document.id, Document.appeal_by).where(
        Document.case_id == case_id, Document.appeal_by.is_not(None)
    )
    return {doc_id: day for doc_id, day in session.execute(query) if day is not None}


def missing_list(db: Database, case_id: int, today: date) -> list[MissingRow]:
    """The case's still-missing list, most urgent first; ``today`` is the local date."""
    with db.session() as session:
        case = get_row(session, Case, case_id, "case")
        full, opened, appeals = missing_inputs(session, case_id)
        profile, facts = prepared(profile_of(case), case_facts(session, case))
        return split_rows(full, opened, appeals, today, profile, facts)


def missing_in(
    session: Session, case: Case, entries: list[LogEntryInfo], today: date
) -> list[MissingRow]:
    """The missing list from entries already read in this session (they are read once)."""
    return missing_rows(entries, today, profile_of(case), facts=case_facts(session, case))
