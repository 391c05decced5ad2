"""The activity history is append-only."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from organizer.core.records import CaseInfo
from organizer.storage.database import Database
from organizer.storage.models import Activity

pytestmark = pytest.mark.both_engines  # storage and services: SQLite and PostgreSQL


def test_new_case_records_creation_and_starter_entries(db: Database, case: CaseInfo) -> None:
    with db.session() as session:
        rows = list(session.scalars(select(Activity).order_by(Activity.id)))
    assert [(r.entity, r.action) for r in rows] == [("case", "created")] + [
        ("log_entry", "created")
    ] * 4


def test_activity_cannot_be_changed_or_deleted(db: Database, case: CaseInfo) -> None:
    with pytest.raises(IntegrityError, match="append-only"), db.engine.begin() as conn:
        conn.execute(text("UPDATE activity SET summary = 'rewritten'"))
    with pytest.raises(IntegrityError, match="append-only"), db.engine.begin() as conn:
        conn.execute(text("DELETE FROM activity"))
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM activity")).scalar() == 5
