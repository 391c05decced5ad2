"""Linking documents to log entries; a decision letter linked (or unlinked) sets the decision.

Apart from the log, so the log and the decisions never import each other.
"""

from __future__ import annotations

from organizer.core.records import LogEntryInfo
from organizer.core.types import ActivityAction, LinkRole
from organizer.services import activity, log, row_changes
from organizer.services.decisions import apply_decisions
from organizer.storage.database import Database
from organizer.storage.models import Document, LogEntry


def link_document(
    db: Database,
    entry_id: int,
    document_id: int,
    role: str,
    *,
    confirmed: bool = True,
    confidence: float | None = None,
    reason: str | None = None,
) -> LogEntryInfo:
    """Attach a document as ``request``, ``submission``, ``decision`` or ``related``.

    ``confirmed=False`` is a proposal (with its confidence and reason). Linking again with
    ``confirmed=True`` confirms a proposal; a proposal never unconfirms a person's link.
    """
    with db.session() as session:
        entry = row_changes.get_row(session, LogEntry, entry_id, "log entry")
        document = row_changes.get_row(session, Document, document_id, "document")
        if document.case_id != entry.case_id:
            raise ValueError("the document belongs to another case")
        log.add_link_row(session, entry, document, role, confirmed, confidence, reason)
        session.flush()
        session.refresh(entry)
        if role == LinkRole.DECISION and confirmed:
            apply_decisions(session, entry)
        return log.entry_info(entry)


def unlink_document(
    db: Database, entry_id: int, document_id: int, role: str | None = None
) -> LogEntryInfo:
    """Detach a document from an entry (in one role, or in all of them)."""
    with db.session() as session:
        entry = row_changes.get_row(session, LogEntry, entry_id, "log entry")
        for link in list(entry.links):
            if link.document_id == document_id and role in (None, link.role):
                summary = f"Unlinked {link.document.path} from: {log._label(entry)}"
                activity.note(
                    session,
                    entry,
                    ActivityAction.UPDATED,
                    {"link": [log._link_row(link), None]},
                    summary,
                )
                entry.links.remove(link)
        session.flush()
        if entry.decision_source == "letter":
            apply_decisions(session, entry)
        return log.entry_info(entry)
