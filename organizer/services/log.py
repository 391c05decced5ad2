"""The requested/submitted log, its linked documents, calls and questions: one service.

Every change goes through here and is written to the activity history in the same
transaction: edits as ``{field: [old, new]}``, deletes as the whole row, so a deleted entry
stays readable there. Values passed in are checked; a wrong field name or type is a bug in
the caller and raises ValueError. Something that vanished meanwhile (another window, the
command line) is a KnownError the user can be told about.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any, cast

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from organizer.core import clock
from organizer.core.checklist import CHECKLIST_BY_KEY, checklist_item
from organizer.core.errors import GONE, KnownError, told
from organizer.core.missing import MissingRow, missing_rows, prepared, who_for
from organizer.core.missing_fast import split_rows
from organizer.core.records import CallInfo, LinkInfo, LogEntryInfo, QuestionInfo
from organizer.core.types import ActivityAction, LinkRole, LogStatus
from organizer.services import activity, edit_versions
from organizer.services.case_facts import case_facts
from organizer.services.cases import profile_of
from organizer.services.log_snapshots import missing_inputs
from organizer.storage.database import Database
from organizer.storage.models import Call, Case, Document, LogDocumentLink, LogEntry, Question

TEXT, DAY, MOMENT, MAYBE_BOOL, DAYS = "text", "date", "moment", "bool or None", "days"
MAYBE_ID, BOOL = "entry id or None", "bool"
Kind = str | frozenset[str]

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
CALL_FIELDS: dict[str, Kind] = {
    "called_at": MOMENT,
    **dict.fromkeys(("organisation", "person", "phone", "reference_number", "summary"), TEXT),
    "follow_up_on": DAY,
}
QUESTION_FIELDS: dict[str, Kind] = {
    **dict.fromkeys(("question", "asked_to", "answer"), TEXT),
    "answered_on": DAY,
}
ROLES = frozenset(r.value for r in LinkRole)


def _valid(kind: Kind, value: object) -> bool:
    if isinstance(kind, frozenset):
        return isinstance(value, str) and value in kind
    if kind == DAY:
        return value is None or (isinstance(value, date) and not isinstance(value, datetime))
    if kind == MOMENT:
        return isinstance(value, datetime) and value.tzinfo is not None
    if kind == MAYBE_BOOL:
        return value is None or isinstance(value, bool)
    if kind == DAYS:
        return isinstance(value, int) and not isinstance(value, bool) and value >= 0
    if kind == MAYBE_ID:
        return value is None or (isinstance(value, int) and not isinstance(value, bool))
    if kind == BOOL:
        return isinstance(value, bool)
    return isinstance(value, str)


def _check(name: str, kind: Kind, value: object) -> None:
    if not _valid(kind, value):
        wanted = f"one of {sorted(kind)}" if isinstance(kind, frozenset) else kind
        raise ValueError(f"{name} must be {wanted}, not {value!r}")


def _apply(row: Any, changes: Mapping[str, object], kinds: Mapping[str, Kind]) -> dict[str, Any]:
    """Check and copy ``changes`` onto ``row``; return what changed as ``{field: [old, new]}``."""
    for key, value in changes.items():
        if key not in kinds:
            raise ValueError(f"unknown field {key!r}")
        _check(key, kinds[key], value)
    diff: dict[str, Any] = {}
    for key, value in changes.items():
        old = getattr(row, key)
        if old != value:
            diff[key] = [old, value]
            setattr(row, key, value)
    return diff


def _columns(row: Any) -> dict[str, Any]:
    return {column.key: getattr(row, column.key) for column in row.__table__.columns}


def gone(what: str) -> KnownError:
    """``what`` (a key of ``GONE``) was removed, perhaps by another window or person."""
    return KnownError(told(GONE[what]))


def _get(session: Session, model: type[Any], row_id: int, what: str) -> Any:
    row = session.get(model, row_id)
    if row is None:
        raise gone(what)
    return row


def note_entry(session: Session, entry: LogEntry, changes: Any, summary: str) -> None:
    """Record a change of an entry that a service other than this one made."""
    entry.updated_at = datetime.now(UTC)
    edit_versions.bump(entry)  # a window showing the entry before can't save over it
    _note(session, entry, ActivityAction.UPDATED, changes, summary)


def _note(session: Session, row: Any, action: ActivityAction, changes: Any, summary: str) -> None:
    """Append one change of ``row`` (a log entry, call or question) to the history."""
    activity.note(session, row, action, changes, summary)


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
        return entry_info(_get(session, LogEntry, entry_id, "log entry"))


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
    before = _columns(entry)
    _apply(entry, changes, ENTRY_FIELDS)
    _status_dates(entry, before["status"], changes, today)
    decided = entry.status in (LogStatus.APPROVED, LogStatus.DENIED)
    changed = {k for k in changes if before.get(k) != getattr(entry, k)}
    if DECISION_FIELDS & changed or ("status" in changed and decided):
        entry.decision_source = "user"  # the user's word wins over any letter
    after = _columns(entry)
    diff = {k: [before[k], after[k]] for k in ENTRY_FIELDS if before[k] != after[k]}
    if diff:
        edit_versions.claim(session, entry, seen)
        entry.updated_at = datetime.now(UTC)
        _note(session, entry, ActivityAction.UPDATED, diff, f"Changed in the log: {_label(entry)}")


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
    _apply(entry, values, ENTRY_FIELDS)
    _status_dates(entry, LogStatus.REQUESTED.value, fields, today)
    session.add(entry)
    if entry_id is None:
        session.flush()  # for its new id; an import gives the id, and flushes once at the end
    row = {k: v for k, v in _columns(entry).items() if k in ENTRY_FIELDS}
    _note(session, entry, ActivityAction.CREATED, row, f"{summary}: {_label(entry)}")
    return entry


def create_entry(
    db: Database, case_id: int, item: str, *, today: date | None = None, **fields: object
) -> LogEntryInfo:
    """Add an entry for checklist ``item``; unset fields get the item's usual values.

    Field names are those of LogEntryInfo. A ``submitted`` entry without ``submitted_on``
    is dated ``today`` (default: the user's local date).
    """
    with db.session() as session:
        case = _get(session, Case, case_id, "case")
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
        entry = _get(session, LogEntry, entry_id, "log entry")
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
        entry = _get(session, LogEntry, entry_id, "log entry")
        _change_entry(session, entry, changes, today or clock.today())
        return entry_info(entry)


def delete_entry(db: Database, entry_id: int) -> LogEntryInfo:
    """Remove an entry; the history keeps the whole row and its links. Returns it for undo."""
    with db.session() as session:
        entry = _get(session, LogEntry, entry_id, "log entry")
        info = entry_info(entry)
        row = {**_columns(entry), "documents": [_link_row(link) for link in entry.links]}
        _note(session, entry, ActivityAction.DELETED, row, f"Removed from the log: {_label(entry)}")
        session.delete(entry)
        return info


def restore_entry(db: Database, case_id: int, info: LogEntryInfo) -> LogEntryInfo:
    """Put a deleted entry back (undo), with its id when free and links to surviving files."""
    fields = {key: getattr(info, key) for key in ENTRY_FIELDS if key != "item"}
    with db.session() as session:
        case = _get(session, Case, case_id, "case")
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
    _check("role", ROLES, role)
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
        _note(session, entry, ActivityAction.UPDATED, {"link": [old, new]}, summary)


# --- calls and questions ------------------------------------------------------------------


def call_info(call: Call) -> CallInfo:
    return CallInfo(**{k: getattr(call, k) for k in ("id", "case_id", *CALL_FIELDS, "version")})


def question_info(question: Question) -> QuestionInfo:
    keys = ("id", "case_id", *QUESTION_FIELDS, "created_at", "version")
    return QuestionInfo(**{k: getattr(question, k) for k in keys})


def _info(row: Any) -> Any:
    return call_info(row) if isinstance(row, Call) else question_info(row)


def _create(db: Database, row: Call | Question, fields: Mapping[str, object]) -> Any:
    kinds = CALL_FIELDS if isinstance(row, Call) else QUESTION_FIELDS
    _apply(row, fields, kinds)
    with db.session() as session:
        _get(session, Case, row.case_id, "case")
        session.add(row)
        session.flush()
        values = {k: v for k, v in _columns(row).items() if k in kinds}
        word = "call" if isinstance(row, Call) else "question"
        _note(session, row, ActivityAction.CREATED, values, f"Added a {word}")
        return _info(row)


def _edit(
    db: Database,
    model: type[Call | Question],
    row_id: int,
    changes: Mapping[str, object],
    seen: int | None,
) -> Any:
    kinds, word = (CALL_FIELDS, "call") if model is Call else (QUESTION_FIELDS, "question")
    with db.session() as session:
        row = _get(session, model, row_id, word)
        edit_versions.check(session, row, seen)
        diff = _apply(row, changes, kinds)
        if diff:
            edit_versions.claim(session, row, seen)
            _note(session, row, ActivityAction.UPDATED, diff, f"Changed a {word}")
        return _info(row)


def _delete(db: Database, model: type[Call | Question], row_id: int) -> Any:
    word = "call" if model is Call else "question"
    with db.session() as session:
        row = _get(session, model, row_id, word)
        info = _info(row)
        _note(session, row, ActivityAction.DELETED, _columns(row), f"Removed a {word}")
        session.delete(row)
        return info


def add_call(db: Database, case_id: int, called_at: datetime, **fields: object) -> CallInfo:
    """Record a call (``called_at`` timezone-aware); other fields as in CallInfo."""
    blank = dict.fromkeys(("organisation", "person", "phone", "reference_number", "summary"), "")
    return cast(
        CallInfo, _create(db, Call(case_id=case_id), {**blank, **fields, "called_at": called_at})
    )


def edit_call(
    db: Database, call_id: int, *, seen_version: int | None = None, **changes: object
) -> CallInfo:
    """Change a call; ``follow_up_on=date`` sets (or None clears) its follow-up date.

    ``seen_version`` as for edit_entry.
    """
    return cast(CallInfo, _edit(db, Call, call_id, changes, seen_version))


def delete_call(db: Database, call_id: int) -> CallInfo:
    return cast(CallInfo, _delete(db, Call, call_id))


def list_calls(db: Database, case_id: int) -> list[CallInfo]:
    """The case's calls by time, earliest first."""
    with db.session() as session:
        return call_infos(session, case_id)


def call_infos(session: Session, case_id: int) -> list[CallInfo]:
    query = select(Call).where(Call.case_id == case_id).order_by(Call.called_at, Call.id)
    return [call_info(c) for c in session.scalars(query)]


def entry_from_call(
    db: Database, call_id: int, item: str, *, today: date | None = None, **fields: object
) -> LogEntryInfo:
    """A log entry for something asked for during a call, dated and credited to that call."""
    with db.session() as session:
        call: Call = _get(session, Call, call_id, "call")
        case = _get(session, Case, call.case_id, "case")
        day = call.called_at.astimezone().date()
        note = f"From the call with {call.organisation or 'them'} on {day.isoformat()}"
        if call.reference_number:
            note += f" (reference {call.reference_number})"
        values = {"requested_on": day, "requested_by": call.organisation, "notes": note, **fields}
        return entry_info(add_entry_row(session, case, item, values, today or clock.today()))


def add_question(
    db: Database, case_id: int, question: str, *, asked_to: str = "", now: datetime | None = None
) -> QuestionInfo:
    row = Question(case_id=case_id, created_at=now or datetime.now(UTC))
    fields = {"question": question, "asked_to": asked_to, "answer": "", "answered_on": None}
    return cast(QuestionInfo, _create(db, row, fields))


def edit_question(
    db: Database, question_id: int, *, seen_version: int | None = None, **changes: object
) -> QuestionInfo:
    """Change a question; ``seen_version`` as for edit_entry."""
    return cast(QuestionInfo, _edit(db, Question, question_id, changes, seen_version))


def answer_question(
    db: Database,
    question_id: int,
    answer: str,
    *,
    on: date | None = None,
    today: date | None = None,
) -> QuestionInfo:
    """Record the answer, dated ``on`` (default today); an empty answer clears the date."""
    answered_on = (on or today or clock.today()) if answer.strip() else None
    return edit_question(db, question_id, answer=answer, answered_on=answered_on)


def delete_question(db: Database, question_id: int) -> QuestionInfo:
    return cast(QuestionInfo, _delete(db, Question, question_id))


def list_questions(db: Database, case_id: int) -> list[QuestionInfo]:
    """The case's questions in the order they were written down."""
    with db.session() as session:
        return question_infos(session, case_id)


def question_infos(session: Session, case_id: int) -> list[QuestionInfo]:
    query = select(Question).where(Question.case_id == case_id)
    query = query.order_by(Question.created_at, Question.id)
    return [question_info(q) for q in session.scalars(query)]


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
        case = _get(session, Case, case_id, "case")
        full, opened, appeals = missing_inputs(session, case_id)
        profile, facts = prepared(profile_of(case), case_facts(session, case))
        return split_rows(full, opened, appeals, today, profile, facts)


def missing_in(
    session: Session, case: Case, entries: list[LogEntryInfo], today: date
) -> list[MissingRow]:
    """The missing list from entries already read in this session (they are read once)."""
    return missing_rows(entries, today, profile_of(case), facts=case_facts(session, case))
