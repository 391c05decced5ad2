"""Calls and questions: what was said on the phone, and what to ask next time.

Every change is written to the activity history in the same transaction, as for the log.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any, cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from organizer.core import clock
from organizer.core.records import CallInfo, LogEntryInfo, QuestionInfo
from organizer.core.types import ActivityAction
from organizer.services import activity, edit_versions
from organizer.services.log import add_entry_row, entry_info
from organizer.services.row_changes import DAY, MOMENT, TEXT, Kind, apply_changes, columns, get_row
from organizer.storage.database import Database
from organizer.storage.models import Call, Case, Question

CALL_FIELDS: dict[str, Kind] = {
    "called_at": MOMENT,
    **dict.fromkeys(("organisation", "person", "phone", "reference_number", "summary"), TEXT),
    "follow_up_on": DAY,
}
QUESTION_FIELDS: dict[str, Kind] = {
    **dict.fromkeys(("question", "asked_to", "answer"), TEXT),
    "answered_on": DAY,
}


def call_info(call: Call) -> CallInfo:
    return CallInfo(**{k: getattr(call, k) for k in ("id", "case_id", *CALL_FIELDS, "version")})


def question_info(question: Question) -> QuestionInfo:
    keys = ("id", "case_id", *QUESTION_FIELDS, "created_at", "version")
    return QuestionInfo(**{k: getattr(question, k) for k in keys})


def _info(row: Any) -> Any:
    return call_info(row) if isinstance(row, Call) else question_info(row)


def _create(db: Database, row: Call | Question, fields: Mapping[str, object]) -> Any:
    kinds = CALL_FIELDS if isinstance(row, Call) else QUESTION_FIELDS
    apply_changes(row, fields, kinds)
    with db.session() as session:
        get_row(session, Case, row.case_id, "case")
        session.add(row)
        session.flush()
        values = {k: v for k, v in columns(row).items() if k in kinds}
        word = "call" if isinstance(row, Call) else "question"
        activity.note(session, row, ActivityAction.CREATED, values, f"Added a {word}")
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
        row = get_row(session, model, row_id, word)
        edit_versions.check(session, row, seen)
        diff = apply_changes(row, changes, kinds)
        if diff:
            edit_versions.claim(session, row, seen)
            activity.note(session, row, ActivityAction.UPDATED, diff, f"Changed a {word}")
        return _info(row)


def _delete(db: Database, model: type[Call | Question], row_id: int) -> Any:
    word = "call" if model is Call else "question"
    with db.session() as session:
        row = get_row(session, model, row_id, word)
        info = _info(row)
        activity.note(session, row, ActivityAction.DELETED, columns(row), f"Removed a {word}")
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
        call: Call = get_row(session, Call, call_id, "call")
        case = get_row(session, Case, call.case_id, "case")
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
