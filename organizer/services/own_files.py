"""How the app knows the files it wrote into the case folder itself (its fax packets).

A packet is linked to its entry with ``PACKET_REASON``. Reading it again would only find
what was sent: it makes no suggestions and fulfils nothing a second time.
"""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import select
from sqlalchemy.orm import Session

from organizer.storage.models import Document, LogDocumentLink

PACKET_REASON = "fax packet made by the organizer"


def own_packet_ids(session: Session, case_id: int) -> set[int]:
    """Documents of the case that are packets the app made."""
    rows = session.scalars(
        select(LogDocumentLink.document_id)
        .join(Document, Document.id == LogDocumentLink.document_id)
        .where(Document.case_id == case_id, LogDocumentLink.reason == PACKET_REASON)
    )
    return set(rows)


def own_packets_among(session: Session, document_ids: Collection[int]) -> set[int]:
    """Which of these documents are packets the app made (one query per 500 of them)."""
    ids, found = list(document_ids), set[int]()
    for start in range(0, len(ids), 500):
        found.update(
            session.scalars(
                select(LogDocumentLink.document_id).where(
                    LogDocumentLink.document_id.in_(ids[start : start + 500]),
                    LogDocumentLink.reason == PACKET_REASON,
                )
            )
        )
    return found


def is_own_packet(session: Session, document_id: int) -> bool:
    found = session.scalar(
        select(LogDocumentLink.id).where(
            LogDocumentLink.document_id == document_id, LogDocumentLink.reason == PACKET_REASON
        )
    )
    return found is not None
