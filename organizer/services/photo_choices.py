"""The user's word on a photographed page: turn it, or read the original picture as it is.

Stored on the document (revision 0008) and never overwritten by what the reader detects.
Setting a choice puts the document back in the reading queue, so it is read again.
"""

from __future__ import annotations

from sqlalchemy import select

from organizer.core.types import ActivityAction, DocumentStatus
from organizer.services import activity
from organizer.storage.database import Database
from organizer.storage.models import Document

TURNS = (0, 90, 180, 270)
# The person's "upright as the picture stands": 0 would mean "turn it automatically".
AS_TAKEN = 360


def set_photo_choice(
    db: Database,
    document_id: int,
    *,
    turn: int | None = None,
    use_original: bool | None = None,
) -> bool:
    """Store the user's turn (clockwise degrees) and/or original-picture choice; re-read.

    Returns whether anything changed (and a re-read was asked for).
    """
    if turn is not None and turn % 360 not in TURNS:
        raise ValueError(f"a page can only be turned by a quarter: {turn}")
    if turn is not None and turn != AS_TAKEN:
        turn %= 360
    with db.session() as session:
        doc = session.get(Document, document_id)
        if doc is None:
            return False
        old = (doc.photo_turn, bool(doc.photo_original))
        new = (
            old[0] if turn is None else turn,
            old[1] if use_original is None else use_original,
        )
        if new == old:
            return False
        doc.photo_turn, doc.photo_original = new
        # Read again with the choice: pending documents are picked up by the next reading.
        doc.status = DocumentStatus.PENDING.value
        doc.error = None
        doc.attempts = 0
        doc.understood = False
        words = []
        if new[0] != old[0]:
            words.append("as it was taken" if new[0] == AS_TAKEN else f"turned {new[0]}°")
        if new[1] != old[1]:
            words.append("original picture" if new[1] else "corrected picture")
        activity.note(
            session,
            doc,
            ActivityAction.UPDATED,
            {"photo_turn": [old[0], new[0]], "photo_original": [old[1], new[1]]},
            f"Picture {', '.join(words)} by you: {doc.path}",
        )
        return True


def photo_choices(db: Database, case_id: int) -> dict[int, tuple[int, bool]]:
    """Document id -> (turn, use original) for the documents where the user chose."""
    with db.session() as session:
        rows = session.execute(
            select(Document.id, Document.photo_turn, Document.photo_original).where(
                Document.case_id == case_id,
                (Document.photo_turn != 0) | Document.photo_original.is_(True),
            )
        )
        return {r.id: (int(r.photo_turn), bool(r.photo_original)) for r in rows}
