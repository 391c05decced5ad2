"""States for entries of the case folder that are not (yet) documents to read.

A pipe, a device or a link loop named like a document gets an unreadable row with the
reason; a new file still being written gets a pending row without a hash, read once it
settles. A file that was only away for a moment (folder renamed, drive unplugged) never
ends unreadable for that: its reading attempt is taken back.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import update
from sqlalchemy.orm import Session

from organizer.core.types import DocumentStatus
from organizer.storage.database import Database
from organizer.storage.models import Document

if TYPE_CHECKING:
    from organizer.services.documents import FileStat, ReconcileReport

STILL_WRITING = "Still being written; it will be read when it stops changing."
# What earlier versions stored for a file that was only away for a moment (folder renamed,
# drive unplugged): such files are read again, never left unreadable for good.
GONE_FAILURE = "The file can't be opened: No such file"


def apply_odd(
    session: Session,
    case_id: int,
    docs: dict[str, Document],
    odd: Mapping[str, str],
    now: datetime,
    report: ReconcileReport,
) -> None:
    """Entries that are no files to read (pipes, devices, link loops) get a state and reason."""
    unreadable = DocumentStatus.UNREADABLE.value
    for path in sorted(odd):
        reason = odd[path]
        doc = docs.get(path)
        if doc is None:
            doc = Document(
                case_id=case_id,
                path=path,
                status=unreadable,
                error=reason,
                kind="unclassified",
                kind_source="auto",
                requested_items="[]",
                fulfills="[]",
                reasons="[]",
                first_seen_at=now,
            )
            session.add(doc)
            docs[path] = doc
            report.new.append(path)
        elif (doc.status, doc.error, doc.sha256) != (unreadable, reason, None):
            doc.sha256, doc.size, doc.mtime_ns = None, None, None
            doc.status, doc.error = unreadable, reason
            doc.held_status, doc.missing_since, doc.duplicate_of_id = None, None, None
            report.changed.append(path)
    session.flush()


def add_growing(
    session: Session,
    case_id: int,
    docs: dict[str, Document],
    growing: Mapping[str, FileStat],
    now: datetime,
    report: ReconcileReport,
) -> None:
    """New files that are still being written: a pending row now, read when they settle."""
    for path in sorted(growing):
        if path in docs:
            continue
        stat = growing[path]
        doc = Document(
            case_id=case_id,
            path=path,
            size=stat.size,
            mtime_ns=stat.mtime_ns,
            status=DocumentStatus.PENDING.value,
            error=STILL_WRITING,
            kind="unclassified",
            kind_source="auto",
            requested_items="[]",
            fulfills="[]",
            reasons="[]",
            first_seen_at=now,
        )
        session.add(doc)
        docs[path] = doc
        report.new.append(path)
    session.flush()


def forget_attempt(db: Database, document_ids: Iterable[int]) -> None:
    """Take back a reading attempt for files that were only away for a moment."""
    ids = list(document_ids)
    if not ids:
        return
    with db.session() as session:
        session.execute(
            update(Document)
            .where(Document.id.in_(ids), Document.attempts > 0)
            .values(attempts=Document.attempts - 1)
        )


def revive_gone_failures(db: Database, case_id: int) -> int:
    """Files an earlier version marked unreadable only because they were away: read again."""
    with db.session() as session:
        result = session.execute(
            update(Document)
            .where(
                Document.case_id == case_id,
                Document.status == DocumentStatus.UNREADABLE.value,
                Document.error.startswith(GONE_FAILURE, autoescape=True),
                Document.sha256.is_not(None),
            )
            .values(status=DocumentStatus.PENDING.value, error=None, attempts=0)
        )
        return int(getattr(result, "rowcount", 0) or 0)
