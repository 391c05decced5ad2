"""Files dropped on a log entry before they are read: stored, and linked once read.

The drop is remembered in the database (not in a window's memory), so the link is made
even when the window closed meanwhile, and the command line can ask for it too
(``organizer add FILE... --entry ID``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from organizer.core.types import DocumentStatus, role_for_outcome
from organizer.services import links, row_changes
from organizer.storage.database import Database
from organizer.storage.models import Case, Document, LogEntry, PendingLink


def remember(db: Database, case_id: int, paths: Sequence[str], entry_id: int) -> int:
    """Link each of ``paths`` (relative to the case folder) to the entry once it is read."""
    with db.session() as session:
        entry = session.get(LogEntry, entry_id)
        if entry is None or entry.case_id != case_id:
            raise row_changes.gone("log entry")
        if session.get(Case, case_id) is None:
            raise row_changes.gone("case")
        now = datetime.now(UTC)
        for path in paths:
            row = session.scalar(
                select(PendingLink).where(PendingLink.case_id == case_id, PendingLink.path == path)
            )
            if row is None:
                session.add(
                    PendingLink(case_id=case_id, path=path, log_id=entry_id, created_at=now)
                )
            else:
                row.log_id, row.created_at = entry_id, now
    return len(paths)


def ready_count(session: Session, case_id: int) -> int:
    """How many stored drops now have their document read (so can be linked)."""
    query = (
        select(func.count())
        .select_from(PendingLink)
        .join(
            Document,
            (Document.case_id == PendingLink.case_id) & (Document.path == PendingLink.path),
        )
        .where(PendingLink.case_id == case_id, Document.status != DocumentStatus.PENDING.value)
    )
    return int(session.scalar(query) or 0)


def link_arrivals(db: Database, case_id: int) -> int:
    """Link every stored drop whose document is read; returns how many were linked."""
    with db.session() as session:
        rows = session.execute(
            select(PendingLink.id, PendingLink.log_id, Document.id, Document.letter_outcome)
            .join(
                Document,
                (Document.case_id == PendingLink.case_id) & (Document.path == PendingLink.path),
            )
            .where(
                PendingLink.case_id == case_id,
                Document.status != DocumentStatus.PENDING.value,
            )
        ).all()
    linked = 0
    for pending_id, entry_id, document_id, outcome in rows:
        try:
            links.link_document(db, entry_id, document_id, role_for_outcome(outcome))
            linked += 1
        finally:
            with db.session() as session:
                row = session.get(PendingLink, pending_id)
                if row is not None:
                    session.delete(row)
    return linked
