"""Reading documents for meaning, and turning what they say into proposals for the log.

Automation proposes; people decide. Nothing a person set is changed here: a kind the user
chose stays, a link the user confirmed stays confirmed, and a proposal the user dismissed
does not come back for the same document.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from organizer.core.paths import MODEL_FILE as MODEL_FILE
from organizer.core.paths import learned_model_file, user_rules_file
from organizer.core.reading import ReadResult
from organizer.core.types import KindSource
from organizer.core.understand import (
    CaseContext,
    CaseIdentity,
    Rules,
    Understanding,
    WordModel,
    apply_identity,
    infer_case_identity,
    load_rules,
    understand,
)
from organizer.services import documents
from organizer.services import proposals as suggestions
from organizer.services import understanding_log as log_view
from organizer.services.cases import profile_of
from organizer.services.own_files import is_own_packet, own_packets_among
from organizer.storage.database import Database
from organizer.storage.models import (
    Case,
    DismissedProposal,
    Document,
    DocumentText,
    LogDocumentLink,
    LogEntry,
)

logger = logging.getLogger(__name__)


@dataclass(slots=True)
class Understander:
    """The rules and the learned model, loaded once per run."""

    rules: Rules
    model: WordModel | None
    warnings: tuple[str, ...] = ()

    @classmethod
    def load(cls, data_folder: Path | None = None) -> Understander:
        """Bundled rules with the user's override laid over them, and the learned model."""
        override = model_path = None
        if data_folder is not None:
            override = user_rules_file(data_folder)
            model_path = learned_model_file(data_folder)
        loaded = load_rules(override=override)
        for warning in loaded.warnings:
            logger.warning("rules override ignored: %s", warning)
        model = None
        if model_path is not None and model_path.exists():
            try:
                model = WordModel.from_json(json.loads(model_path.read_text(encoding="utf-8")))
            except (OSError, ValueError):
                logger.warning("the learned model could not be read; starting without it")
        return cls(loaded.rules, model, tuple(loaded.warnings))


def _json_list(values: Collection[str]) -> str:
    return json.dumps(sorted(values))


def record_found(db: Database, found_by_document: Mapping[int, Understanding]) -> None:
    """Store what the reader processes understood, for a batch of documents at once.

    Proposals follow in ``propose_for``; only then is a document marked understood.
    """
    if not found_by_document:
        return
    with db.session() as session:
        _record_found_in(session, found_by_document)


def store_read(
    db: Database,
    ready: list[tuple[int, ReadResult]],
    found_by_document: Mapping[int, Understanding],
) -> None:
    """Save a batch of reading results and what the readers understood, in one transaction."""
    if not ready and not found_by_document:
        return
    with db.session() as session:
        if ready:
            documents.store_results_in(session, ready)
        if found_by_document:
            _record_found_in(session, found_by_document)


def _record_found_in(session: Session, found_by_document: Mapping[int, Understanding]) -> None:
    # Looked up before any row changes: no flush per document.
    packets = own_packets_among(session, found_by_document)
    for doc in session.scalars(select(Document).where(Document.id.in_(list(found_by_document)))):
        if doc.id in packets:
            doc.understood = True  # what it says was sent already: it fulfils nothing again
            continue
        _apply_found(doc, found_by_document[doc.id])


def _apply_found(doc: Document, found: Understanding) -> None:
    """Write what was understood; the user's kind is never replaced."""
    if doc.kind_source != KindSource.USER.value:
        doc.kind = found.kind
        doc.kind_source = KindSource.AUTO.value
    doc.letter_outcome = found.letter_outcome if doc.kind == "letter" else None
    doc.sender = found.sender
    doc.document_date = found.document_date
    doc.reference_number = found.reference_number
    doc.member_id = found.member_id
    doc.due_date = found.due_date
    doc.appeal_by = found.appeal_by
    doc.requested_items = _json_list(found.requested_items)
    doc.fulfills = _json_list(found.fulfills)
    doc.reasons = json.dumps(list(found.reasons))
    doc.unsure = json.dumps({name: list(values) for name, values in found.unsure})
    doc.about = json.dumps(found.about.to_json())
    doc.other_person = found.other_person


def _read(
    db: Database, document_id: int, understander: Understander
) -> tuple[int, Understanding, str, CaseContext] | None:
    """Classify one read document and write its details; returns what proposing needs."""
    with db.session() as session:
        doc = session.get(Document, document_id)
        if doc is None:
            return None
        if is_own_packet(session, document_id):
            doc.understood = True  # the app's own packet: it repeats what was sent
            return None
        case = session.get_one(Case, doc.case_id)
        text_row = session.get(DocumentText, document_id)
        text = text_row.text if text_row else ""
        context = CaseContext.from_profile(profile_of(case))
        user_kind = doc.kind if doc.kind_source == KindSource.USER.value else None
        found = understand(
            text,
            rules=understander.rules,
            model=understander.model,
            user_kind=user_kind,
            context=context,
        )
        _apply_found(doc, found)
        return case.id, found, text, context


def proposals_made(db: Database, document_id: int) -> int:
    """How many unconfirmed links this document has (its open proposals)."""
    with db.session() as session:
        return len(
            list(
                session.scalars(
                    select(LogDocumentLink.id).where(
                        LogDocumentLink.document_id == document_id,
                        LogDocumentLink.confirmed.is_(False),
                    )
                )
            )
        )


def understand_document(db: Database, document_id: int, understander: Understander) -> int:
    """Classify one read document, read its details, and record proposals for the log."""
    read = _read(db, document_id, understander)
    if read is None:
        return 0
    propose_for(db, {document_id: read[1]}, understander)
    return proposals_made(db, document_id)


def dismissed_keys(db: Database, document_id: int) -> set[str]:
    with db.session() as session:
        return set(
            session.scalars(
                select(DismissedProposal.key).where(DismissedProposal.document_id == document_id)
            )
        )


def case_identity(db: Database, case_id: int) -> CaseIdentity:
    """Whose case it is, from what its read documents name (for a profile left empty)."""
    with db.session() as session:
        facts = suggestions.documents_facts(session, case_id)
    return infer_case_identity(facts)


def settle_identity(
    db: Database, found_by_document: Mapping[int, Understanding], understander: Understander
) -> dict[int, Understanding]:
    """With an empty profile, read again what depends on whose case it is: the member ID
    the case's documents agree on, and the coverage gate (another person's letter decides
    nothing for this case). With a filled profile, the reading already used it."""
    settled = dict(found_by_document)
    if not found_by_document:
        return settled
    with db.session() as session:
        rows = session.execute(
            select(Document.id, Document.case_id).where(Document.id.in_(list(found_by_document)))
        ).all()
        empty: set[int] = set()
        for case_id in {case_id for _, case_id in rows}:
            profile = profile_of(session.get_one(Case, case_id))
            if not (profile.patient or profile.member_id or profile.secondary_member_id):
                empty.add(case_id)
    identities = {case_id: case_identity(db, case_id) for case_id in empty}
    changed: dict[int, Understanding] = {}
    settling = [
        (document_id, identities[case_id])
        for document_id, case_id in rows
        if case_id in identities and not identities[case_id].empty
    ]
    texts = log_view.texts_of(db, [document_id for document_id, _ in settling])
    for document_id, identity in settling:
        text = texts.get(document_id, "")
        found = found_by_document[document_id]
        again = apply_identity(found, text, identity, understander.rules)
        if again != found:
            changed[document_id] = again
    if changed:
        with db.session() as session:
            for doc in session.scalars(select(Document).where(Document.id.in_(list(changed)))):
                _apply_found(doc, changed[doc.id])
    settled.update(changed)
    return settled


# Documents whose proposals are written in one transaction.
PROPOSE_BATCH = 64


def _proposal_order(found: Understanding, document_id: int) -> tuple[date, int, int]:
    """Oldest first; of one day's papers, the plan's letters first: a provider's appeal
    written the day of the denial cites it, and is matched by what the denial brought."""
    plan_letter = found.kind == "letter" and found.sender == "payer"
    return (found.document_date or date.max, 0 if plan_letter else 1, document_id)


def propose_for(
    db: Database, found_by_document: Mapping[int, Understanding], understander: Understander
) -> None:
    """Make the proposals for documents already understood, oldest document first.

    Oldest first, so that a request exists before the reminders and answers about it (of
    one day's papers, the plan's letters first). The case's log is read once and kept up
    to date as proposals are written (log_view).
    """
    if not found_by_document:
        return  # nothing to propose: no session opened
    found_by_document = settle_identity(db, found_by_document, understander)
    order = sorted(found_by_document, key=lambda d: _proposal_order(found_by_document[d], d))
    pending = log_view.pending_documents(db, order)
    dismissed = log_view.dismissed_by_document(db, order)
    # Each case's log is read before anything is written (and kept up to date in memory).
    views = {
        case_id: log_view.LogView.load(db, case_id)
        for case_id in sorted({d.case_id for d in pending.values() if not d.own_packet})
    }
    quiet: list[int] = []  # understood without proposals (or the app's own packets)
    for start in range(0, len(order), PROPOSE_BATCH):
        batch = [d for d in order[start : start + PROPOSE_BATCH] if d in pending]
        # One transaction per batch: each document is saved with its proposals, or not at all.
        with db.session() as session:
            # Held here so that the rows each document needs are read once per batch.
            held: list[object] = list(
                session.scalars(select(Document).where(Document.id.in_(batch)))
            )
            batch_cases = sorted({pending[d].case_id for d in batch})
            held += session.scalars(select(Case).where(Case.id.in_(batch_cases)))
            held += session.scalars(select(LogEntry).where(LogEntry.case_id.in_(batch_cases)))
            known = log_view.links_of(session, batch)
            for document_id in batch:
                doc = pending[document_id]
                if doc.own_packet:
                    quiet.append(document_id)  # the app's own packet makes no suggestions
                    continue
                kept = log_view.propose_and_write(
                    session,
                    views[doc.case_id],
                    doc,
                    found_by_document[document_id],
                    understander.rules,
                    dismissed.get(document_id, set()),
                    known[document_id],
                )
                if not kept:
                    quiet.append(document_id)
    log_view.mark_understood(db, quiet)
    for case_id in views:
        suggestions.one_decision_per_entry(db, case_id)
    # What these papers brought (a case number, a decision) may place a letter read before
    # them that found no place: it is read again by the next understand_pending.
    silent = set(quiet)
    days = (found_by_document[d].document_date for d in pending if d not in silent)
    since = min((day for day in days if day is not None), default=None)
    if since is not None and views:
        log_view.look_again_at_quiet_letters(db, views, since, found_by_document)


def has_pending(db: Database, case_id: int) -> bool:
    """Whether a read document of the case waits to be understood."""
    with db.session() as session:
        return (
            session.scalar(
                select(Document.id)
                .where(
                    Document.case_id == case_id,
                    Document.status == "indexed",
                    Document.understood.is_(False),
                )
                .limit(1)
            )
            is not None
        )


def understand_pending(db: Database, case_id: int, understander: Understander) -> int:
    """Understand every read document of the case that was not understood yet."""
    with db.session() as session:
        ids = list(
            session.scalars(
                select(Document.id).where(
                    Document.case_id == case_id,
                    Document.status == "indexed",
                    Document.understood.is_(False),
                )
            )
        )
    found: dict[int, Understanding] = {}
    for doc_id in ids:
        read = _read(db, doc_id, understander)
        if read is not None:
            found[doc_id] = read[1]
    propose_for(db, found, understander)
    logger.info("understood %d documents of case %s", len(found), case_id)
    return len(found)


def relearn(db: Database, data_folder: Path) -> WordModel:
    """Rebuild the word model from every document whose kind the user set, and save it.

    Only the user's corrections and confirmations teach it; automatic guesses never do.
    """
    model = WordModel()
    with db.session() as session:
        rows = session.execute(
            select(Document.kind, DocumentText.text)
            .join(DocumentText, DocumentText.document_id == Document.id)
            .where(Document.kind_source == KindSource.USER.value, Document.kind != "unclassified")
        )
        for kind, text in rows:
            model.learn(text, kind)
    target = learned_model_file(data_folder)
    temp = target.with_name(target.name + ".tmp")
    fd = os.open(temp, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(model.to_json(), handle)
    temp.replace(target)
    return model


def correct_kind(db: Database, document_id: int, kind: str, data_folder: Path) -> None:
    """The user's word on a document's kind: stored, learned from, and its details re-read."""
    from organizer.services.documents import set_kind_by_user

    set_kind_by_user(db, document_id, kind)
    model = relearn(db, data_folder)
    understander = Understander.load(data_folder)
    understander.model = model
    read = _read(db, document_id, understander)
    if read is not None:
        settle_identity(db, {document_id: read[1]}, understander)


def repropose(db: Database, case_id: int, data_folder: Path) -> int:
    """Look at every read document again after the log changed (a new or edited request).

    A lab report already in the folder is then proposed for the lab-results request the
    user just added. Links people confirmed and proposals they dismissed stay as they are.
    """
    with db.session() as session:
        session.execute(
            update(Document)
            .where(Document.case_id == case_id, Document.status == "indexed")
            .values(understood=False)
        )
    return understand_pending(db, case_id, Understander.load(data_folder))
