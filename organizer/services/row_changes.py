"""Checked changes to rows of the log, calls and questions, shared by the services that make them.

A value of the wrong type or a field that doesn't exist is a bug in the caller (ValueError);
a row that vanished meanwhile is a KnownError the user can be told about.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from organizer.core.errors import GONE, KnownError, told

TEXT, DAY, MOMENT, MAYBE_BOOL, DAYS = "text", "date", "moment", "bool or None", "days"
MAYBE_ID, BOOL = "entry id or None", "bool"
Kind = str | frozenset[str]


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


def check(name: str, kind: Kind, value: object) -> None:
    if not _valid(kind, value):
        wanted = f"one of {sorted(kind)}" if isinstance(kind, frozenset) else kind
        raise ValueError(f"{name} must be {wanted}, not {value!r}")


def apply_changes(
    row: Any, changes: Mapping[str, object], kinds: Mapping[str, Kind]
) -> dict[str, Any]:
    """Check and copy ``changes`` onto ``row``; return what changed as ``{field: [old, new]}``."""
    for key, value in changes.items():
        if key not in kinds:
            raise ValueError(f"unknown field {key!r}")
        check(key, kinds[key], value)
    diff: dict[str, Any] = {}
    for key, value in changes.items():
        old = getattr(row, key)
        if old != value:
            diff[key] = [old, value]
            setattr(row, key, value)
    return diff


def columns(row: Any) -> dict[str, Any]:
    return {column.key: getattr(row, column.key) for column in row.__table__.columns}


def gone(what: str) -> KnownError:
    """``what`` (a key of ``GONE``) was removed, perhaps by another window or person."""
    return KnownError(told(GONE[what]))


def get_row(session: Session, model: type[Any], row_id: int, what: str) -> Any:
    row = session.get(model, row_id)
    if row is None:
        raise gone(what)
    return row
