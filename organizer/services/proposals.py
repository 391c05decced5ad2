"""The "to review" list: proposals wait here until a person accepts or dismisses them.

Accepting confirms a proposed link (and turns a proposed entry into a real request).
Dismissing removes it and remembers the dismissal, so it never comes back for the same
document. "Accept all" returns what it did, so it can be undone.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from organizer.core.checklist import CHECKLIST_BY_KEY
from organizer.core.errors import KnownError, told
from organizer.core.phrases import QT_TRANSLATE_NOOP
from organizer.core.records import Accepted, ProposalInfo
from organizer.core.types import ActivityAction, LinkRole, LogStatus, role_words
from organizer.core.understand.identity import DocumentFacts, infer_case_identity
from organizer.core.understand.learned import words
from organizer.core.understand.letters import approved_period
from organizer.core.understand.reasons import EARLIER_DECISION, OTHER_MEMBER, reason
from organizer.core.understand.scope import CaseScope, another_members_letter, therapy_words
from organizer.core.understand.text import id_key
from organizer.services import activity, decisions
from organizer.storage.database import Database
from organizer.storage.models import (
    Case,
    DismissedProposal,
    Document,
    DocumentText,
    LogDocumentLink,
    LogEntry,
)


def _members(session: Session, case: Case) -> frozenset[str]:
    """This case's member IDs: the profile's, else the ones most documents agree on."""
    own = {id_key(m) for m in (case.member_id, case.secondary_member_id) if m.strip()}
    if own:
        return frozenset(own)
    counts = Counter(
        id_key(m)
        for m in session.scalars(
            select(Document.member_id).where(
                Document.case_id == case.id, Document.member_id.is_not(None)
            )
        )
        if m
    )
    if not counts:
        return frozenset()
    top = max(counts.values())
    return frozenset(k for k, n in counts.items() if n >= max(2, top / 2))


def documents_facts(session: Session, case_id: int) -> list[DocumentFacts]:
    """Who and what each read document of the case names (its stored ``about``)."""
    rows = session.scalars(
        select(Document.about).where(
            Document.case_id == case_id,
            Document.status == "indexed",
            Document.about != "{}",
        )
    )
    return [DocumentFacts.from_json(json.loads(row)) for row in rows]


def _patient(session: Session, case: Case) -> str:
    """The case's patient: the profile's, else the name most of its documents agree on."""
    if case.patient.strip():
        return case.patient
    return infer_case_identity(documents_facts(session, case.id)).patient


def case_scope(db: Database, case_id: int) -> CaseScope:
    """What concerns this case, for keeping suggestions to it (see CaseScope)."""
    with db.session() as session:
        case = session.get_one(Case, case_id)
        members = _members(session, case)
        therapy = therapy_words(case.therapy or "")
        starts: list[date] = [
            day
            for day, status in session.execute(
                select(LogEntry.requested_on, LogEntry.status).where(LogEntry.case_id == case_id)
            )
            if day is not None and status != LogStatus.PROPOSED.value
        ]
        rows = session.execute(
            select(Document.document_date, Document.member_id, DocumentText.text)
            .join(DocumentText, DocumentText.document_id == Document.id)
            .where(
                Document.case_id == case_id,
                Document.document_date.is_not(None),
                (Document.kind == "referral") | (Document.letter_outcome == "info_requested"),
            )
        )
        for day, member, text in rows:
            if day is None:
                continue
            if member and members and id_key(member) not in members:
                continue
            if therapy and not therapy & set(words(text or "")):
                continue
            starts.append(day)
        patient = _patient(session, case)
    return CaseScope(
        began=min(starts, default=None), members=members, therapy=therapy, patient=patient
    )


def decided_dates(db: Database, case_id: int) -> dict[int, date]:
    """For each entry, the date of the latest decision letter linked to it (any state)."""
    found: dict[int, date] = {}
    with db.session() as session:
        rows = session.execute(
            select(LogDocumentLink.log_id, Document.document_date)
            .join(Document, Document.id == LogDocumentLink.document_id)
            .join(LogEntry, LogEntry.id == LogDocumentLink.log_id)
            .where(
                LogEntry.case_id == case_id,
                LogDocumentLink.role == LinkRole.DECISION.value,
                Document.document_date.is_not(None),
            )
        )
        for log_id, day in rows:
            if day is not None and (log_id not in found or day > found[log_id]):
                found[log_id] = day
    return found


def _answer_rank(link: LogDocumentLink, texts: dict[int, str]) -> tuple[date, bool, bool, int]:
    """Latest first; of one day's letters, the one stating the approved period (so the
    renewal can be worked out), then one read from its text layer, then the first copy."""
    document = link.document
    period = approved_period(texts.get(document.id, "")).end is not None
    return (document.document_date or date.min, period, document.text_source == "text", -link.id)


def _latest_day(group: list[LogDocumentLink]) -> list[LogDocumentLink]:
    """The links to the latest-dated documents of ``group`` (the others rank lower)."""
    day = max(link.document.document_date or date.min for link in group)
    return [link for link in group if (link.document.document_date or date.min) == day]


def _texts(session: Session, document_ids: list[int]) -> dict[int, str]:
    texts: dict[int, str] = {}
    for start in range(0, len(document_ids), 500):
        rows = session.execute(
            select(DocumentText.document_id, DocumentText.text).where(
                DocumentText.document_id.in_(document_ids[start : start + 500])
            )
        )
        texts.update((document_id, text or "") for document_id, text in rows)
    return texts


def one_decision_per_entry(db: Database, case_id: int) -> int:
    """Keep one suggested decision per entry, the latest letter; older ones become related.

    Only suggestions change: a decision a person confirmed stays as it is. Returns how many
    suggestions were turned into related history.
    """
    changed = 0
    with db.session() as session:
        links = session.scalars(
            select(LogDocumentLink)
            .join(LogEntry, LogEntry.id == LogDocumentLink.log_id)
            .where(LogEntry.case_id == case_id, LogDocumentLink.role == LinkRole.DECISION.value)
            .options(selectinload(LogDocumentLink.document))
        )
        by_entry: dict[int, list[LogDocumentLink]] = {}
        for link in links:
            by_entry.setdefault(link.log_id, []).append(link)
        # An entry with one suggested decision has nothing to choose between.
        crowded = [group for group in by_entry.values() if len(group) > 1]
        # Only the latest day's letters can win: their texts alone are read and looked at.
        finalists = [_latest_day(group) for group in crowded]
        texts = _texts(session, sorted({link.document_id for g in finalists for link in g}))
        for group, latest_day in zip(crowded, finalists, strict=True):
            latest = max(latest_day, key=lambda x: _answer_rank(x, texts))
            for link in group:
                if link is latest or link.confirmed:
                    continue
                twin = session.scalar(
                    select(LogDocumentLink.id).filter_by(
                        log_id=link.log_id, document_id=link.document_id, role="related"
                    )
                )
                if twin is not None:
                    session.delete(link)
                else:
                    link.role = LinkRole.RELATED.value
                    link.reason = reason(EARLIER_DECISION).english()
                changed += 1
    return changed


def _item_label(item: str) -> str:
    found = CHECKLIST_BY_KEY.get(item)
    return found.label if found else item


def other_member_flag(document: Document, members: frozenset[str], patient: str = "") -> str:
    """Plain words when a letter is for another member than this case's, else ""."""
    names = DocumentFacts.from_json(json.loads(document.about or "{}")).patients
    member = another_members_letter(document.kind, document.member_id, names, members, patient)
    return reason(OTHER_MEMBER, member).english() if member else ""


def _info(
    link: LogDocumentLink, members: frozenset[str] = frozenset(), patient: str = ""
) -> ProposalInfo:
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
        flag=other_member_flag(link.document, members, patient),
    )


def open_proposals(
    db: Database, case_id: int, document_id: int | None = None
) -> list[ProposalInfo]:
    """Unconfirmed links, most confident first."""
    with db.session() as session:
        return proposal_infos(session, case_id, document_id)


def proposal_infos(
    session: Session, case_id: int, document_id: int | None = None
) -> list[ProposalInfo]:
    """Unconfirmed links, most confident first, read in the caller's session."""
    query = (
        select(LogDocumentLink)
        .join(LogEntry, LogEntry.id == LogDocumentLink.log_id)
        .where(LogEntry.case_id == case_id, LogDocumentLink.confirmed.is_(False))
        .options(selectinload(LogDocumentLink.document), selectinload(LogDocumentLink.log_entry))
    )
    if document_id is not None:
        query = query.where(LogDocumentLink.document_id == document_id)
    case = session.get(Case, case_id)
    members = _members(session, case) if case is not None else frozenset()
    patient = _patient(session, case) if case is not None else ""
    # A case removed meanwhile (another window) leaves links without their rows.
    found = [
        _info(link, members, patient)
        for link in session.scalars(query)
        if link.document is not None and link.log_entry is not None
    ]
    return sorted(found, key=lambda p: (-(p.confidence or 0.0), p.path, p.link_id))


def _link(session: Session, link_id: int) -> LogDocumentLink:
    link = session.get(LogDocumentLink, link_id)
    if link is None:
        raise KnownError(
            told(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "That suggestion is no longer there (it may have been handled already).",
                )
            )
        )
    return link


def _note(session: Session, entry: LogEntry, summary: str, changes: dict[str, object]) -> None:
    activity.note(session, entry, ActivityAction.UPDATED, changes, summary)


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
        f"Suggestion accepted: {link.document.path} is {role_words(link.role, entry.item)}",
        {"link": [{"confirmed": False}, {"confirmed": True}], "status": [None, entry.status]},
    )
    before: tuple[tuple[str, Any], ...] = ()
    if link.role == LinkRole.DECISION.value:
        session.flush()
        before = tuple(decisions.apply_decisions(session, entry).items())
    elif link.role == LinkRole.RELATED.value:
        before = tuple(decisions.apply_sending_evidence(session, entry, link.document).items())
    return Accepted(link.id, entry.id, was_proposed, before)


def accept(db: Database, link_id: int) -> Accepted:
    with db.session() as session:
        return _accept(session, _link(session, link_id))


def _not_sure(document: Document) -> bool:
    """A document read with doubts ("not sure, please check") or about another person."""
    return bool(document.other_person) or document.unsure not in ("", "{}")


def accept_all(db: Database, case_id: int) -> list[Accepted]:
    """Accept every open proposal of the case; the result undoes it with undo_accept.

    Flagged proposals (a letter for another member) and those for documents the reading
    was not sure about wait for a person.
    """
    ids = [p.link_id for p in open_proposals(db, case_id) if not p.flag]
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
            if item.decision_before:
                decisions.restore_state(session, entry, dict(item.decision_before))
            if item.entry_was_proposed and entry.status == LogStatus.REQUESTED.value:
                entry.status = LogStatus.PROPOSED.value
            _note(session, entry, "Accepting the suggestion was undone", {"undo": True})


def dismiss(db: Database, link_id: int) -> None:
    """Remove a proposal and remember it, so it does not come back for this document."""
    with db.session() as session:
        link = _link(session, link_id)
        if link.confirmed:
            raise KnownError(
                told(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "This link was confirmed by you; it is not a suggestion any more.",
                    )
                )
            )
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
            activity.note(
                session,
                entry,
                ActivityAction.DELETED,
                {"what": entry.what, "item": entry.item, "status": entry.status},
                f"Suggested entry dismissed: {entry.what}",
            )
            session.delete(entry)
