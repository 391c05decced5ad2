"""The "to review" list: proposals wait here until a person accepts or dismisses them.

Accepting confirms a proposed link (and turns a proposed entry into a real request).
Dismissing removes it and remembers the dismissal, so it never comes back for the same
document. "Accept all" returns what it did, so it can be undone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from organizer.core.checklist import CHECKLIST_BY_KEY
from organizer.core.errors import KnownError
from organizer.core.types import ActivityAction, LogStatus
from organizer.services import activity
from organizer.storage.database import Database
from organizer.storage.models import DismissedProposal, Document, LogDocumentLink, LogEntry


@dataclass(frozen=True, slots=True)
class ProposalInfo:
    link_id: int
    log_id: int
    entry_what: str
    entry_item: str
    new_entry: bool  # accepting also adds the entry to the log
    document_id: int
    path: str
    role: str
    confidence: float | None
    reason: str

    @property
    def key(self) -> str:
        """The same key the proposer uses, to remember a dismissal."""
        if self.new_entry:
            return f"new:{self.entry_item}:{self.role}"
        return f"{self.log_id}:{self.role}"


@dataclass(frozen=True, slots=True)
class Accepted:
    link_id: int
    log_id: int
    entry_was_proposed: bool


ROLE_WORDS = {
    "request": "the letter that asked for it",
    "submission": "what was sent",
    "decision": "the answer",
    "related": "related",
}


def _item_label(item: str) -> str:
    found = CHECKLIST_BY_KEY.get(item)
    return found.label if found else item


def _info(link: LogDocumentLink) -> ProposalInfo:
    entry = link.log_entry
    return ProposalInfo(
        link_id=link.id,
        log_id=entry.id,
        entry_what=entry.what or _item_label(entry.item),
        entry_item=entry.item,
        new_entry=entry.status == LogStatus.PROPOSED.value,
        document_id=link.document_id,
        path=link.document.path,
        role=link.role,
        confidence=link.confidence,
        reason=link.reason or "",
    )


def open_proposals(
    db: Database, case_id: int, document_id: int | None = None
) -> list[ProposalInfo]:
    """Unconfirmed links, most confident first."""
    with db.session() as session:
        query = (
            select(LogDocumentLink)
            .join(LogEntry, LogEntry.id == LogDocumentLink.log_id)
            .where(LogEntry.case_id == case_id, LogDocumentLink.confirmed.is_(False))
            .options(
                selectinload(LogDocumentLink.document), selectinload(LogDocumentLink.log_entry)
            )
        )
        if document_id is not None:
            query = query.where(LogDocumentLink.document_id == document_id)
        found = [_info(link) for link in session.scalars(query)]
    return sorted(found, key=lambda p: (-(p.confidence or 0.0), p.path, p.link_id))


def _link(session: Session, link_id: int) -> LogDocumentLink:
    link = session.get(LogDocumentLink, link_id)
    if link is None:
        raise KnownError("That suggestion is no longer there (it may have been handled already).")
    return link


def _note(session: Session, entry: LogEntry, summary: str, changes: dict[str, object]) -> None:
    activity.record(
        session,
        case_id=entry.case_id,
        entity="log_entry",
        entity_id=entry.id,
        action=ActivityAction.UPDATED,
        changes=changes,
        summary=summary,
    )


def _accept(session: Session, link: LogDocumentLink) -> Accepted:
    entry = link.log_entry
    was_proposed = entry.status == LogStatus.PROPOSED.value
    link.confirmed = True
    if was_proposed:
        entry.status = LogStatus.REQUESTED.value
        entry.updated_at = datetime.now(UTC)
    _note(
        session,
        entry,
        f"Suggestion accepted: {link.document.path} is {ROLE_WORDS.get(link.role, link.role)}",
        {"link": [{"confirmed": False}, {"confirmed": True}], "status": [None, entry.status]},
    )
    return Accepted(link.id, entry.id, was_proposed)


def accept(db: Database, link_id: int) -> Accepted:
    with db.session() as session:
        return _accept(session, _link(session, link_id))


def _not_sure(document: Document) -> bool:
    """A document read with doubts ("not sure, please check") or about another person."""
    return bool(document.other_person) or document.unsure not in ("", "{}")


def accept_all(db: Database, case_id: int) -> list[Accepted]:
    """Accept every open proposal of the case; the result undoes it with undo_accept.

    Proposals for documents the reading was not sure about wait for a person.
    """
    ids = [p.link_id for p in open_proposals(db, case_id)]
    with db.session() as session:
        links = [_link(session, link_id) for link_id in ids]
        return [_accept(session, link) for link in links if not _not_sure(link.document)]


def undo_accept(db: Database, accepted: list[Accepted]) -> None:
    """Put accepted proposals back in the "to review" list, as they were."""
    with db.session() as session:
        for item in accepted:
            link = session.get(LogDocumentLink, item.link_id)
            if link is None or not link.confirmed:
                continue
            link.confirmed = False
            entry = link.log_entry
            if item.entry_was_proposed and entry.status == LogStatus.REQUESTED.value:
                entry.status = LogStatus.PROPOSED.value
            _note(session, entry, "Accepting the suggestion was undone", {"undo": True})


def dismiss(db: Database, link_id: int) -> None:
    """Remove a proposal and remember it, so it does not come back for this document."""
    with db.session() as session:
        link = _link(session, link_id)
        if link.confirmed:
            raise KnownError("This link was confirmed by you; it is not a suggestion any more.")
        info = _info(link)
        entry = link.log_entry
        already = session.scalar(
            select(DismissedProposal.id).filter_by(document_id=link.document_id, key=info.key)
        )
        if already is None:
            session.add(
                DismissedProposal(
                    document_id=link.document_id, key=info.key, created_at=datetime.now(UTC)
                )
            )
        document: Document = link.document
        _note(session, entry, f"Suggestion dismissed: {document.path}", {"dismissed": info.key})
        session.delete(link)
        session.flush()
        if entry.status == LogStatus.PROPOSED.value and not entry.links:
            activity.record(
                session,
                case_id=entry.case_id,
                entity="log_entry",
                entity_id=entry.id,
                action=ActivityAction.DELETED,
                changes={"what": entry.what, "item": entry.item, "status": entry.status},
                summary=f"Suggested entry dismissed: {entry.what}",
            )
            session.delete(entry)
