"""Proposals for many documents in one pass: the case's log kept in memory as they are made.

Proposals for a document see the log as the proposals for the documents before it left
it (a request suggested by one letter is linked by the next). Reloading the whole log
after each document made building suggestions grow with the square of the documents;
here the log is read once per case and each document's new entries and links are added
to it as they are written, so the same proposals come out in time that grows linearly.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from organizer.core import clock
from organizer.core.records import LinkInfo, LogEntryInfo
from organizer.core.types import LinkRole, LogStatus
from organizer.core.understand import CaseContext, LinkProposal, Understanding, propose_links
from organizer.core.understand.entry_match import RefKeys
from organizer.core.understand.rules import Rules
from organizer.core.understand.scope import CaseScope
from organizer.core.understand.text import id_key
from organizer.services import log
from organizer.services import proposals as suggestions
from organizer.services.cases import profile_of
from organizer.services.own_files import PACKET_REASON
from organizer.storage.database import Database
from organizer.storage.models import (
    Case,
    DismissedProposal,
    Document,
    DocumentText,
    LogDocumentLink,
    LogEntry,
)

CHUNK = 500

# A document's links by (entry, document, role).
KnownLinks = dict[tuple[int, int, str], LogDocumentLink]


def _chunks(ids: Sequence[int]) -> Iterable[list[int]]:
    for start in range(0, len(ids), CHUNK):
        yield list(ids[start : start + CHUNK])


def _link_key(info: LinkInfo) -> tuple[str, str]:
    return (info.path, info.role)


def _entry_with(entry: LogEntry, links: tuple[LinkInfo, ...]) -> LogEntryInfo:
    """``log.entry_info`` without loading the entry's links (the caller has them)."""
    fields = {key: getattr(entry, key) for key in log.ENTRY_FIELDS}
    source = entry.decision_source or ""
    return LogEntryInfo(
        id=entry.id, links=links, decision_source=source, version=entry.version, **fields
    )


@dataclass(slots=True)
class LogView:
    """One case's log as proposals see it: entries (oldest first, with their links), the
    reference numbers of the documents linked to each, the date of each entry's latest
    decision letter, and the documents each entry is linked to."""

    db: Database
    case_id: int
    entries: list[LogEntryInfo] = field(default_factory=list)
    references: dict[int, RefKeys] = field(default_factory=dict)
    decided: dict[int, date] = field(default_factory=dict)
    linked: dict[int, set[int]] = field(default_factory=dict)
    scope: CaseScope = field(default_factory=CaseScope)
    _position: dict[int, int] = field(default_factory=dict)

    @classmethod
    def load(cls, db: Database, case_id: int) -> LogView:
        view = cls(db, case_id)
        view.entries = log.log_entries(db, case_id)
        view._position = {e.id: n for n, e in enumerate(view.entries)}
        view.linked = {e.id: {link.document_id for link in e.links} for e in view.entries}
        refs: dict[int, set[str]] = {}
        with db.session() as session:
            rows = session.execute(
                select(LogEntry.id, Document.reference_number)
                .join(LogEntry.links)
                .join(Document, Document.id == LogDocumentLink.document_id)
                .where(LogEntry.case_id == case_id, Document.reference_number.is_not(None))
            )
            for log_id, reference in rows:
                if reference:
                    refs.setdefault(log_id, set()).add(id_key(reference))
        view.references = {k: RefKeys(v) for k, v in refs.items()}
        view.decided = suggestions.decided_dates(db, case_id)
        view.scope = suggestions.case_scope(db, case_id)
        return view

    def linked_to(self, entry: LogEntry, document: Document, links: list[LogDocumentLink]) -> None:
        """Take in an entry just written (new, or given new links to ``document``)."""
        known = self._position.get(entry.id)
        old = self.entries[known].links if known is not None else ()
        joined = list(old)
        for link in links:
            bisect.insort(joined, log.link_info(link), key=_link_key)
        info = _entry_with(entry, tuple(joined))
        if known is None:
            self._position[entry.id] = len(self.entries)
            self.entries.append(info)
        else:
            self.entries[known] = info
        self.linked.setdefault(entry.id, set()).add(document.id)
        if document.reference_number:
            keys = self.references.get(entry.id, RefKeys())
            self.references[entry.id] = RefKeys(keys | {id_key(document.reference_number)})
        day = document.document_date
        decision = any(link.role == LinkRole.DECISION.value for link in links)
        if day is not None and decision and day > self.decided.get(entry.id, date.min):
            self.decided[entry.id] = day


@dataclass(frozen=True, slots=True)
class Pending:
    """A document waiting for its proposals: its case, its text, and the case's context."""

    document_id: int
    case_id: int
    text: str
    context: CaseContext
    own_packet: bool


def pending_documents(db: Database, document_ids: Sequence[int]) -> dict[int, Pending]:
    """The documents (still there) with their texts, read a few hundred at a time."""
    out: dict[int, Pending] = {}
    contexts: dict[int, CaseContext] = {}
    with db.session() as session:
        for chunk in _chunks(document_ids):
            packets = set(
                session.scalars(
                    select(LogDocumentLink.document_id).where(
                        LogDocumentLink.document_id.in_(chunk),
                        LogDocumentLink.reason == PACKET_REASON,
                    )
                )
            )
            rows = session.execute(
                select(Document.id, Document.case_id, DocumentText.text)
                .outerjoin(DocumentText, DocumentText.document_id == Document.id)
                .where(Document.id.in_(chunk))
            )
            for document_id, case_id, text in rows:
                if case_id not in contexts:
                    case = session.get_one(Case, case_id)
                    contexts[case_id] = CaseContext.from_profile(profile_of(case))
                out[document_id] = Pending(
                    document_id, case_id, text or "", contexts[case_id], document_id in packets
                )
    return out


def dismissed_by_document(db: Database, document_ids: Sequence[int]) -> dict[int, set[str]]:
    found: dict[int, set[str]] = {}
    with db.session() as session:
        for chunk in _chunks(document_ids):
            rows = session.execute(
                select(DismissedProposal.document_id, DismissedProposal.key).where(
                    DismissedProposal.document_id.in_(chunk)
                )
            )
            for document_id, key in rows:
                found.setdefault(document_id, set()).add(key)
    return found


def propose_and_write(
    session: Session,
    view: LogView,
    pending: Pending,
    found: Understanding,
    rules: Rules,
    dismissed: set[str],
    known: KnownLinks | None = None,
) -> list[LinkProposal]:
    """One document's proposals, written with the document marked understood.

    Written in the caller's session: a batch of documents is one transaction, and the
    document with its proposals is saved together or not at all. ``known`` holds the
    document's links already in the session (``links_of``): no query per link then.
    """
    document_id = pending.document_id
    proposals = propose_links(
        found,
        view.entries,
        text=pending.text,
        document_id=document_id,
        context=pending.context,
        known_references=view.references,
        rules=rules,
        scope=view.scope,
        decided=view.decided,
        linked=view.linked,
    )
    kept = [p for p in proposals if p.key not in dismissed]
    if not kept:
        return kept
    document = session.get_one(Document, document_id)
    case = session.get_one(Case, view.case_id)
    written: dict[int, tuple[LogEntry, list[LogDocumentLink]]] = {}
    for proposal in kept:
        if proposal.new_entry is not None:
            new = proposal.new_entry
            fields: dict[str, object] = {
                "what": new.what,
                "requested_by": new.requested_by,
                "requested_on": new.requested_on,
                "due": new.due,
                "status": LogStatus.PROPOSED.value,
            }
            entry = log.add_entry_row(
                session,
                case,
                new.item,
                {k: v for k, v in fields.items() if v not in (None, "")},
                new.requested_on or clock.today(),
                summary="Suggested for the log",
            )
        else:
            entry = session.get_one(LogEntry, proposal.log_id)
        log.add_link_row(
            session,
            entry,
            document,
            proposal.role,
            confirmed=False,
            confidence=round(proposal.confidence, 3),
            reason=proposal.reason,
            known=known,
        )
        written.setdefault(entry.id, (entry, []))
    document.understood = True
    for entry_id, (entry, links) in written.items():
        if known is not None:
            # Written when the batch's transaction ends (or a query needs them): the rows
            # the view takes in carry every value they need already.
            # Their order makes no difference: each has its own role, and the view sorts.
            links.extend(k for (log_id, _, _), k in known.items() if log_id == entry_id)
            view.linked_to(entry, document, links)
            continue
        links.extend(
            session.scalars(
                select(LogDocumentLink).where(
                    LogDocumentLink.log_id == entry_id,
                    LogDocumentLink.document_id == document_id,
                )
            )
        )
        view.linked_to(entry, document, links)
    return kept


def links_of(session: Session, document_ids: Sequence[int]) -> dict[int, KnownLinks]:
    """Each document's links, by (entry, document, role), for ``propose_and_write``."""
    found: dict[int, KnownLinks] = {d: {} for d in document_ids}
    for chunk in _chunks(document_ids):
        rows = session.scalars(
            select(LogDocumentLink).where(LogDocumentLink.document_id.in_(chunk))
        )
        for link in rows:
            found[link.document_id][(link.log_id, link.document_id, link.role)] = link
    return found


def look_again_at_quiet_letters(
    db: Database, case_ids: Iterable[int], since: date, done: Iterable[int]
) -> int:
    """Mark for another reading the letters of these cases that made no suggestion, dated
    ``since`` or later and not among ``done``: a letter read later (a scan, a letter added
    days after) can give them what they lacked, such as the case number they cite.
    Letters with a link or a dismissed suggestion are left as they are. Returns how many."""
    skip = set(done)
    with db.session() as session:
        linked = select(LogDocumentLink.document_id)
        dismissed = select(DismissedProposal.document_id)
        rows = session.scalars(
            select(Document.id).where(
                Document.case_id.in_(list(case_ids)),
                Document.kind == "letter",
                Document.status == "indexed",
                Document.understood.is_(True),
                Document.document_date >= since,
                Document.id.not_in(linked),
                Document.id.not_in(dismissed),
            )
        )
        quiet = [doc_id for doc_id in rows if doc_id not in skip]
        for chunk in _chunks(quiet):
            session.execute(update(Document).where(Document.id.in_(chunk)).values(understood=False))
    return len(quiet)


def mark_understood(db: Database, document_ids: Iterable[int]) -> None:
    ids = list(document_ids)
    if not ids:
        return
    with db.session() as session:
        for chunk in _chunks(ids):
            session.execute(update(Document).where(Document.id.in_(chunk)).values(understood=True))


def texts_of(db: Database, document_ids: Sequence[int]) -> Mapping[int, str]:
    texts: dict[int, str] = {}
    with db.session() as session:
        for chunk in _chunks(document_ids):
            rows = session.execute(
                select(DocumentText.document_id, DocumentText.text).where(
                    DocumentText.document_id.in_(chunk)
                )
            )
            texts.update((doc_id, text or "") for doc_id, text in rows)
    return texts
