"""Writing the append-only activity history."""

from __future__ import annotations

import getpass
import json
import os
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy.orm import Session

from organizer.core.types import ActivityAction
from organizer.storage.models import Activity, Call, Case, Document, LogEntry, Question


def _plain(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value


def record(
    session: Session,
    *,
    case_id: int,
    entity: str,
    entity_id: int | None,
    action: ActivityAction,
    changes: dict[str, Any],
    summary: str = "",
) -> None:
    """Append one change. ``changes`` maps a field to ``[old, new]`` or to its value."""
    plain = {
        key: [_plain(v) for v in value] if isinstance(value, list | tuple) else _plain(value)
        for key, value in changes.items()
    }
    session.add(
        Activity(
            case_id=case_id,
            at=datetime.now(UTC),
            entity=entity,
            entity_id=entity_id,
            action=action.value,
            changes=json.dumps(plain, sort_keys=True),
            summary=summary,
            who=current_user(),
        )
    )


def current_user() -> str:
    """Who is making changes here: ``ORGANIZER_USER_NAME`` if set, else the system user."""
    named = os.environ.get("ORGANIZER_USER_NAME", "").strip()
    if named:
        return named
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no name for this user id (a bare container)
        return ""


# The history's name for each kind of row.
ENTITIES: dict[type[Any], str] = {
    Case: "case",
    Document: "document",
    LogEntry: "log_entry",
    Call: "call",
    Question: "question",
}


def note(
    session: Session, row: Any, action: ActivityAction, changes: dict[str, Any], summary: str
) -> None:
    """Append one change of ``row`` (a case, document, log entry, call or question)."""
    case_id = row.id if isinstance(row, Case) else row.case_id
    record(
        session,
        case_id=case_id,
        entity=ENTITIES[type(row)],
        entity_id=row.id,
        action=action,
        changes=changes,
        summary=summary,
    )
