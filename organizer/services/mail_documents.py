"""E-mails in the index: the attachment list kept with a message, and the link from each
attachment that became a document of its own back to its message (its ``parent_id``)."""

from __future__ import annotations

import json

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from organizer.core.records import AttachmentInfo
from organizer.storage.models import Document


def link_attachments(session: Session, case_id: int) -> int:
    """Point each document that is an e-mail's attachment (same content) at the e-mail.

    Attachments are copied in as documents of their own when a message is dropped; they
    may be read before or after the message, so this runs after every stored batch.
    Returns how many documents were linked.
    """
    messages = session.execute(
        select(Document.id, Document.attachments).where(
            Document.case_id == case_id, Document.attachments.is_not(None)
        )
    ).all()
    by_sha: dict[str, int] = {}
    for message_id, raw in messages:
        for entry in _attachment_entries(raw):
            if isinstance(entry.get("sha256"), str):
                by_sha.setdefault(str(entry["sha256"]), message_id)
    if not by_sha:
        return 0
    children = session.execute(
        select(Document.id, Document.sha256).where(
            Document.case_id == case_id,
            Document.parent_id.is_(None),
            Document.sha256.in_(list(by_sha)),
        )
    ).all()
    linked = [
        {"id": child.id, "parent": by_sha[child.sha256]}
        for child in children
        if by_sha[child.sha256] != child.id
    ]
    if linked:
        session.execute(text("UPDATE documents SET parent_id = :parent WHERE id = :id"), linked)
    return len(linked)


def _attachment_entries(raw: str | None) -> list[dict[str, object]]:
    try:
        value = json.loads(raw or "[]")
    except ValueError:
        return []
    return [e for e in value if isinstance(e, dict)] if isinstance(value, list) else []


def attachment_list(raw: str | None) -> tuple[AttachmentInfo, ...]:
    """The stored attachment list of an e-mail, for lists and the preview."""
    found: list[AttachmentInfo] = []
    for entry in _attachment_entries(raw):
        size = entry.get("size")
        found.append(
            AttachmentInfo(
                name=str(entry.get("name") or "attachment"),
                content_type=str(entry.get("type") or ""),
                size=size if isinstance(size, int) else 0,
                read=bool(entry.get("read")),
                note=str(entry.get("note") or ""),
            )
        )
    return tuple(found)
