"""The log, calls, questions, links and suggestions: what the window's edits do."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from organizer.core.paths import data_dir
from organizer.core.records import Accepted, DocumentInfo, LogEntryInfo
from organizer.core.types import role_for_outcome
from organizer.services import call_notes, decisions, links, log, proposals, understanding
from organizer.storage.database import Database


def set_status(db: Database, entry_id: int, status: str, today: date) -> LogEntryInfo:
    return log.set_status(db, entry_id, status, today=today)


def mark_sent(db: Database, entry_id: int, today: date) -> LogEntryInfo:
    return log.set_status(db, entry_id, "submitted", today=today)


def create_entry(db: Database, case_id: int, values: dict[str, Any], today: date) -> object:
    values = dict(values)
    item = values.pop("item")
    made = log.create_entry(db, case_id, item, today=today, **values)
    understanding.repropose(db, case_id, data_dir())  # documents it may match
    return made


def edit_entry(
    db: Database,
    entry_id: int,
    values: dict[str, Any],
    today: date,
    seen_version: int | None = None,
) -> object:
    return log.edit_entry(db, entry_id, today=today, seen_version=seen_version, **values)


def delete_entry(db: Database, entry_id: int) -> LogEntryInfo:
    return log.delete_entry(db, entry_id)


def restore_entry(db: Database, case_id: int, info: LogEntryInfo) -> LogEntryInfo:
    return log.restore_entry(db, case_id, info)


def link_document(db: Database, entry_id: int, document_id: int, role: str) -> object:
    return links.link_document(db, entry_id, document_id, role, confirmed=True)


def add_call(db: Database, case_id: int, called_at: datetime, values: dict[str, Any]) -> object:
    return call_notes.add_call(db, case_id, called_at, **values)


def edit_call(
    db: Database, call_id: int, values: dict[str, Any], seen_version: int | None = None
) -> object:
    return call_notes.edit_call(db, call_id, seen_version=seen_version, **values)


def add_question(db: Database, case_id: int, question: str, values: dict[str, Any]) -> object:
    return call_notes.add_question(db, case_id, question, **values)


def edit_question(
    db: Database, question_id: int, values: dict[str, Any], seen_version: int | None = None
) -> object:
    return call_notes.edit_question(db, question_id, seen_version=seen_version, **values)


def start_appeal(db: Database, entry_id: int, today: date) -> object:
    return decisions.start_appeal(db, entry_id, today=today)


def not_appealing(db: Database, entry_id: int) -> object:
    return decisions.not_appealing(db, entry_id)


def accept_proposal(db: Database, link_id: int) -> Accepted:
    return proposals.accept(db, link_id)


def dismiss_proposal(db: Database, link_id: int) -> None:
    proposals.dismiss(db, link_id)


def accept_all(db: Database, case_id: int) -> list[Accepted]:
    return proposals.accept_all(db, case_id)


def undo_accept_all(db: Database, accepted: list[Accepted]) -> None:
    proposals.undo_accept(db, accepted)


def correct_kind(db: Database, document_id: int, kind: str) -> None:
    understanding.correct_kind(db, document_id, kind, data_dir())


def role_for_drop(doc: DocumentInfo) -> str:
    """A document dropped on a log entry: a decision letter, a request, or what was sent."""
    return role_for_outcome(doc.letter_outcome)
