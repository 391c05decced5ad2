"""The document index: reconciling it with the folder, storing what was read, searching.

Identity follows content: a file that is renamed or moved keeps its row (and so its kind,
the user's corrections and its log links), matched by SHA-256. A file that disappears is
marked missing, never deleted; it comes back to life when it returns.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select, text, update
from sqlalchemy.orm import Session

from organizer.core.reading import ReadResult
from organizer.core.records import DocumentInfo, FileStat, ReconcileReport
from organizer.core.types import DocumentStatus
from organizer.services.document_states import add_growing, apply_odd
from organizer.services.mail_documents import attachment_list, link_attachments
from organizer.storage import search_index
from organizer.storage.database import Database
from organizer.storage.models import Case, Document, DocumentText

FINAL_STATES = frozenset(s.value for s in DocumentStatus) - {DocumentStatus.PENDING.value}


@dataclass(frozen=True, slots=True)
class IndexedFile:
    id: int
    sha256: str | None
    size: int | None
    mtime_ns: int | None
    status: str


def ignore_patterns(db: Database, case_id: int) -> list[str]:
    with db.session() as session:
        raw = session.scalar(select(Case.ignore_patterns).where(Case.id == case_id)) or "[]"
    value = json.loads(raw)
    return [str(p) for p in value] if isinstance(value, list) else []


def load_index(db: Database, case_id: int) -> dict[str, IndexedFile]:
    """Path -> what the index knows, for the cheap size-and-time comparison."""
    with db.session() as session:
        rows = session.execute(
            select(
                Document.path,
                Document.id,
                Document.sha256,
                Document.size,
                Document.mtime_ns,
                Document.status,
            ).where(Document.case_id == case_id)
        )
        return {r.path: IndexedFile(r.id, r.sha256, r.size, r.mtime_ns, r.status) for r in rows}


def needs_hash(known: IndexedFile | None, stat: FileStat) -> bool:
    return (
        known is None
        or known.sha256 is None
        or known.size != stat.size
        or known.mtime_ns != stat.mtime_ns
    )


def _new_document(case_id: int, path: str, stat: FileStat, sha: str, now: datetime) -> Document:
    return Document(
        case_id=case_id,
        path=path,
        sha256=sha,
        size=stat.size,
        mtime_ns=stat.mtime_ns,
        status=DocumentStatus.PENDING.value,
        kind="unclassified",
        kind_source="auto",
        requested_items="[]",
        fulfills="[]",
        reasons="[]",
        first_seen_at=now,
    )


def _reset_for_new_content(doc: Document, stat: FileStat, sha: str) -> None:
    """The file at this path now holds other content: read it again, keep the user's word."""
    doc.sha256, doc.size, doc.mtime_ns = sha, stat.size, stat.mtime_ns
    doc.status = DocumentStatus.PENDING.value
    doc.error = None
    doc.duplicate_of_id = None
    doc.missing_since = None
    doc.held_status = None
    doc.attempts = 0


def apply_scan(
    db: Database,
    case_id: int,
    present: Mapping[str, FileStat],
    hashes: Mapping[str, str],
    *,
    scope: Iterable[str] | None = None,
    exists: Callable[[str], bool],
    now: datetime | None = None,
    odd: Mapping[str, str] | None = None,
    growing: Mapping[str, FileStat] | None = None,
) -> ReconcileReport:
    """Bring the index in line with what was seen on disk.

    ``present`` holds the files seen (relative path -> stat), ``hashes`` the SHA-256 of
    those that needed one. ``scope`` limits which known paths may be marked missing (None
    means the whole folder was scanned). ``exists`` answers whether a known path is still on
    disk, for telling a move from a copy. ``odd`` holds document-named entries that are not
    files to read (path -> why): they get an unreadable row with that reason. ``growing``
    holds new files still being written: they get a pending row without a hash, read once
    they settle.
    """
    now = now or datetime.now(UTC)
    odd = odd or {}
    growing = growing or {}
    report = ReconcileReport()
    with db.session() as session:
        # In the order they were first seen, on any engine: the first of two copies is the
        # one that counts, the later one is its duplicate.
        docs = {
            d.path: d
            for d in session.scalars(
                select(Document).where(Document.case_id == case_id).order_by(Document.id)
            )
        }
        in_scope = set(docs) if scope is None else set(scope) & set(docs)
        vanished = {p for p in in_scope if p not in present and p not in odd}
        apply_odd(session, case_id, docs, odd, now, report)
        add_growing(session, case_id, docs, growing, now, report)
        by_sha: dict[str, list[Document]] = {}
        for known in docs.values():
            if known.sha256:
                by_sha.setdefault(known.sha256, []).append(known)

        for path in sorted(present):
            stat = present[path]
            doc = docs.get(path)
            sha = hashes.get(path)
            if doc is not None:
                if doc.status == DocumentStatus.MISSING.value:
                    _bring_back(doc, stat, sha, report, path)
                elif sha is not None and sha != doc.sha256:
                    _reset_for_new_content(doc, stat, sha)
                    report.changed.append(path)
                elif sha is not None:
                    doc.size, doc.mtime_ns = stat.size, stat.mtime_ns
                if doc.status == DocumentStatus.PENDING.value:
                    report.to_read.append(doc.id)
                continue
            if sha is None:
                continue  # not hashed (unreadable right now); the next scan tries again
            twins = [d for d in by_sha.get(sha, []) if d.status != DocumentStatus.DUPLICATE.value]
            moved_from = next(
                (
                    d
                    for d in twins
                    if d.path in vanished
                    or d.status == DocumentStatus.MISSING.value
                    or (d.path not in present and not exists(d.path))
                ),
                None,
            )
            if moved_from is not None:
                old_path = moved_from.path
                vanished.discard(old_path)
                moved_from.path = path
                moved_from.size, moved_from.mtime_ns = stat.size, stat.mtime_ns
                if moved_from.status == DocumentStatus.MISSING.value:
                    moved_from.status = moved_from.held_status or DocumentStatus.PENDING.value
                    moved_from.held_status = None
                    moved_from.missing_since = None
                docs[path] = moved_from
                docs.pop(old_path, None)
                report.renamed.append((old_path, path))
                session.flush()
                continue
            new = _new_document(case_id, path, stat, sha, now)
            if twins:
                new.status = DocumentStatus.DUPLICATE.value
                new.duplicate_of_id = twins[0].id
                report.duplicates.append(path)
            else:
                report.new.append(path)
            session.add(new)
            session.flush()
            docs[path] = new
            by_sha.setdefault(sha, []).append(new)
            if new.status == DocumentStatus.PENDING.value:
                report.to_read.append(new.id)

        for path in sorted(vanished):
            doc = docs[path]
            if doc.status != DocumentStatus.MISSING.value:
                doc.held_status = doc.status
                doc.status = DocumentStatus.MISSING.value
                doc.missing_since = now
                report.missing.append(path)
    return report


def _bring_back(
    doc: Document, stat: FileStat, sha: str | None, report: ReconcileReport, path: str
) -> None:
    if sha is not None and sha != doc.sha256:
        _reset_for_new_content(doc, stat, sha)
        report.changed.append(path)
        return
    doc.status = doc.held_status or DocumentStatus.PENDING.value
    doc.held_status = None
    doc.missing_since = None
    doc.size, doc.mtime_ns = stat.size, stat.mtime_ns
    report.returned.append(path)


def pending_documents(db: Database, case_id: int) -> list[tuple[int, str, int]]:
    """(id, path, attempts) of every document still waiting to be read."""
    with db.session() as session:
        rows = session.execute(
            select(Document.id, Document.path, Document.attempts).where(
                Document.case_id == case_id,
                Document.status == DocumentStatus.PENDING.value,
                Document.sha256.is_not(None),  # not while it is still being written
            )
        )
        # By path as Python compares text: the same order whatever the server's collation.
        return sorted(((r.id, r.path, r.attempts) for r in rows), key=lambda r: r[1])


def note_attempt(db: Database, document_ids: Iterable[int]) -> None:
    """Count a reading attempt before it starts, so a file that kills readers is noticed."""
    ids = list(document_ids)
    if not ids:
        return
    with db.session() as session:
        session.execute(
            update(Document).where(Document.id.in_(ids)).values(attempts=Document.attempts + 1)
        )


def store_results(db: Database, results: Iterable[tuple[int, ReadResult]]) -> None:
    """Save final reading results (and their text, for search) in one transaction.

    Written with a few statements for the whole batch: reading a thousand documents should
    not be slowed down by saving them one by one.
    """
    batch = list(results)
    if not batch:
        return
    with db.session() as session:
        store_results_in(session, batch)


def store_results_in(session: Session, batch: list[tuple[int, ReadResult]]) -> None:
    """``store_results`` inside the caller's transaction."""
    ids = [doc_id for doc_id, _ in batch]
    rows = session.execute(
        select(Document.id, Document.case_id, Document.path, Document.status, Document.pages).where(
            Document.id.in_(ids)
        )
    ).all()
    known = {r.id: r for r in rows if r.status != DocumentStatus.MISSING.value}
    updates: list[dict[str, object]] = []
    texts: list[dict[str, object]] = []
    search: list[dict[str, object]] = []
    for doc_id, result in batch:
        row = known.get(doc_id)
        if row is None:
            continue  # gone meanwhile, or went missing while it was read
        values: dict[str, object] = {
            "id": doc_id,
            "status": result.status.value,
            "error": result.error,
            "pages": result.pages or row.pages,
            "text_source": result.text_source.value if result.text_source else None,
            "title": result.title,
            "author": result.author,
        }
        if result.sha256:
            values["sha256"] = result.sha256
        if result.attachments is not None:
            values["attachments"] = json.dumps(result.attachments)
        if result.size:
            values["size"] = result.size
        updates.append(values)
        body = result.text
        texts.append({"id": doc_id, "text": body})
        name = row.path.rsplit("/", 1)[-1]
        search.append({"id": doc_id, "name": f"{row.path} {name}", "body": body})
    if not updates:
        return
    for keys in sorted({tuple(sorted(u)) for u in updates}):
        group = [u for u in updates if tuple(sorted(u)) == keys]
        columns = ", ".join(f"{k} = :{k}" for k in keys if k != "id")
        session.execute(text(f"UPDATE documents SET {columns} WHERE id = :id"), group)
    search_index.store_texts(session, texts)
    search_index.store(session, search)
    for case_id in sorted({known[doc_id].case_id for doc_id, _ in batch if doc_id in known}):
        link_attachments(session, case_id)


def mark_failed(db: Database, document_id: int, status: DocumentStatus, reason: str) -> None:
    with db.session() as session:
        doc = session.get(Document, document_id)
        if doc is not None and doc.status == DocumentStatus.PENDING.value:
            doc.status = status.value
            doc.error = reason


def status_counts(db: Database, case_id: int) -> dict[str, int]:
    """How many documents are in each state; every state code is present."""
    counts = {s.value: 0 for s in DocumentStatus}
    with db.session() as session:
        for status, count in session.execute(
            select(Document.status, func.count())
            .where(Document.case_id == case_id)
            .group_by(Document.status)
        ):
            counts[status] = count
    return counts


def document_text(db: Database, document_id: int) -> str:
    with db.session() as session:
        row = session.get(DocumentText, document_id)
        return row.text if row else ""


def _loads(raw: str | None) -> tuple[str, ...]:
    try:
        value = json.loads(raw or "[]")
    except ValueError:
        return ()
    return tuple(str(v) for v in value) if isinstance(value, list) else ()


def _doubts(raw: str | None) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The stored "not sure" fields with their candidates, as (field, candidates) pairs."""
    try:
        value = json.loads(raw or "{}")
    except ValueError:
        return ()
    if not isinstance(value, dict):
        return ()
    return tuple(
        (str(name), tuple(str(c) for c in found))
        for name, found in value.items()
        if isinstance(found, list)
    )


def list_documents(db: Database, case_id: int) -> list[DocumentInfo]:
    with db.session() as session:
        return document_infos(session, case_id)


def document_infos(session: Session, case_id: int) -> list[DocumentInfo]:
    """The case's documents by path, read in the caller's session."""
    # By path as Python compares text: the same order whatever the server's collation.
    docs = sorted(
        session.scalars(select(Document).where(Document.case_id == case_id)),
        key=lambda d: d.path,
    )
    paths = {d.id: d.path for d in docs}
    return [
        DocumentInfo(
            id=d.id,
            path=d.path,
            sha256=d.sha256,
            size=d.size,
            pages=d.pages,
            status=d.status,
            error=d.error,
            duplicate_of=paths.get(d.duplicate_of_id) if d.duplicate_of_id else None,
            text_source=d.text_source,
            kind=d.kind,
            kind_source=d.kind_source,
            letter_outcome=d.letter_outcome,
            sender=d.sender,
            document_date=d.document_date,
            reference_number=d.reference_number,
            member_id=d.member_id,
            due_date=d.due_date,
            appeal_by=d.appeal_by,
            requested_items=_loads(d.requested_items),
            fulfills=_loads(d.fulfills),
            reasons=_loads(d.reasons),
            missing_since=d.missing_since,
            unsure=_doubts(d.unsure),
            other_person=d.other_person,
            attachments=attachment_list(d.attachments),
            part_of=paths.get(d.parent_id) if d.parent_id else None,
        )
        for d in docs
    ]


def known_hashes(db: Database, case_id: int) -> dict[str, str]:
    """SHA-256 -> relative path of every document in the case (first path wins)."""
    found: dict[str, str] = {}
    for path, info in sorted(load_index(db, case_id).items()):
        if info.sha256 and info.status != DocumentStatus.MISSING.value:
            found.setdefault(info.sha256, path)
    return found


def set_kind_by_user(db: Database, document_id: int, kind: str) -> None:
    """The user's word on a document's kind: kept over anything automation says later."""
    from organizer.core.types import ActivityAction, DocumentKind
    from organizer.services import activity

    allowed = {k.value for k in DocumentKind}
    if kind not in allowed:
        raise ValueError(f"unknown kind {kind!r}")
    with db.session() as session:
        doc = session.get(Document, document_id)
        if doc is None:
            return
        old = (doc.kind, doc.kind_source)
        doc.kind, doc.kind_source = kind, "user"
        if kind != "letter":
            doc.letter_outcome = None
        activity.note(
            session,
            doc,
            ActivityAction.UPDATED,
            {"kind": [old[0], kind], "kind_source": [old[1], "user"]},
            f"Kind set by you: {doc.path}",
        )


def path_of(db: Database, document_id: int) -> str | None:
    with db.session() as session:
        doc = session.get(Document, document_id)
        return None if doc is None else doc.path


def user_kinds(db: Database, case_id: int) -> dict[int, str]:
    """Document id -> kind, for the documents whose kind the user set."""
    with db.session() as session:
        rows = session.execute(
            select(Document.id, Document.kind).where(
                Document.case_id == case_id, Document.kind_source == "user"
            )
        )
        return {doc_id: kind for doc_id, kind in rows}
