"""Pointing a case at the new place of its folder, after the user moved or renamed it.

The case keeps its id, log, calls and questions; only its folder changes. The documents
are then matched by content (SHA-256) when the folder is read again: the same document
rows come back, with their kind, the user's corrections and their log links. Nothing is
deleted; a document not found in the new place is marked missing, as always, and comes
back if it turns up later.

This service does not read the folder itself (that is the indexer's job, a layer above).
The caller passes ``reconcile``, which reads the folder of the case it is given; the
report then says how many documents were found again and how many are still missing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select, update

from organizer.core.errors import CaseNotFoundError, KnownError, told
from organizer.core.phrases import QT_TRANSLATE_NOOP
from organizer.core.records import CaseInfo
from organizer.core.types import ActivityAction, DocumentStatus
from organizer.services import activity, local_folders
from organizer.services.cases import case_info, normalise_folder
from organizer.storage.database import Database
from organizer.storage.models import Case, Document

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class _Known:
    path: str
    sha256: str | None
    status: str


@dataclass(frozen=True, slots=True)
class RelocateReport:
    """What became of the case's documents after the move.

    ``found``: same content found again (``moved`` of them under another name or
    sub-folder); ``changed``: a file at the same place now holds other content (it is read
    again, and keeps the user's word on its kind); ``missing``: not in the new folder;
    ``new``: files the case did not know before. ``checked`` is False when the folder was
    not read yet (no ``reconcile`` given): the counts then wait for the next reading.
    """

    case: CaseInfo
    old_folder: str
    documents: int
    found: int
    moved: int
    changed: int
    missing: int
    new: int
    checked: bool

    def counts(self) -> tuple[int, int, int, int, int, int]:
        """The numbers the message tells, for ``organizer.words.relocate_message``."""
        return (self.documents, self.found, self.moved, self.changed, self.missing, self.new)

    @property
    def message(self) -> str:
        lines = [f"The case now uses the folder {self.case.folder}."]
        if not self.checked:
            lines.append("Its documents will be matched as soon as the folder is read.")
            return "\n".join(lines)
        if self.documents == 0:
            lines.append("The case had no documents yet.")
        else:
            lines.append(
                f"{_count(self.found, 'document was', 'documents were')} found again by "
                f"their content, with their kinds, corrections and links to the log."
            )
            if self.moved:
                lines.append(f"{_count(self.moved, 'of them is', 'of them are')} under a new name.")
            if self.changed:
                lines.append(
                    f"{_count(self.changed, 'file has', 'files have')} other content than "
                    "before and will be read again."
                )
            lines.append(
                f"{_count(self.missing, 'document is', 'documents are')} not in the new folder."
                if self.missing
                else "Nothing is missing."
            )
        if self.new:
            lines.append(f"{_count(self.new, 'new file was', 'new files were')} added.")
        return "\n".join(lines)


def _count(number: int, one: str, many: str) -> str:
    return f"{number} {one if number == 1 else many}"


def _known_documents(db: Database, case_id: int) -> dict[int, _Known]:
    with db.session() as session:
        rows = session.execute(
            select(Document.id, Document.path, Document.sha256, Document.status).where(
                Document.case_id == case_id
            )
        )
        return {r.id: _Known(r.path, r.sha256, r.status) for r in rows}


def move_case_folder(db: Database, case_id: int, new_folder: Path) -> tuple[CaseInfo, str]:
    """Point the case at ``new_folder``; return the case and its old folder.

    Refuses a folder that does not exist or that already belongs to another case. The
    stored size and time of every document are forgotten, so the next reading compares
    every file by content, not by its size and date.
    """
    if not new_folder.is_dir():
        raise KnownError(
            told(QT_TRANSLATE_NOOP("errors", "The folder does not exist: {0}"), str(new_folder))
        )
    key = normalise_folder(new_folder)
    with db.session() as session:
        case = session.get(Case, case_id)
        if case is None:
            raise CaseNotFoundError(
                told(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "That case is not in the organizer any more; it may have been removed.",
                    )
                )
            )
        database = local_folders.identity(session.connection()) if db.is_server else None
        if database is not None:
            # On a server the folder is this computer's own record: the shared one stays.
            other_id = local_folders.case_at(database, key)
            other = session.get(Case, other_id) if other_id not in (None, case_id) else None
        else:
            other = session.scalar(select(Case).where(Case.folder == key, Case.id != case_id))
        if other is not None:
            name = f" ({other.patient})" if other.patient else ""
            raise KnownError(
                told(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "The folder {0} already belongs to another case{1}. Choose the folder "
                        "that holds this case's papers; nothing was changed.",
                    ),
                    key,
                    name,
                )
            )
        old = case_info(case).folder
        if database is not None:
            local_folders.remember(database, case_id, key)
        elif old != key:
            case.folder = key
            activity.note(
                session, case, ActivityAction.UPDATED, {"folder": [old, key]}, "Case folder moved"
            )
        session.execute(update(Document).where(Document.case_id == case_id).values(mtime_ns=None))
        info = case_info(case)
    log.info("case %s now uses a new folder", case_id)
    return info, old


def relocate_case(
    db: Database,
    case_id: int,
    new_folder: Path,
    *,
    reconcile: Callable[[CaseInfo], object] | None = None,
) -> RelocateReport:
    """Point the case at ``new_folder``, read it with ``reconcile``, and say what was found."""
    before = _known_documents(db, case_id)
    case, old_folder = move_case_folder(db, case_id, new_folder)
    if reconcile is None:
        return RelocateReport(case, old_folder, len(before), 0, 0, 0, 0, 0, checked=False)
    reconcile(case)
    after = _known_documents(db, case_id)
    missing_code = DocumentStatus.MISSING.value
    found = moved = changed = missing = 0
    for doc_id, was in before.items():
        now = after.get(doc_id)
        if now is None:
            continue  # not possible while the case exists; counted nowhere rather than lost
        if now.status == missing_code:
            missing += 1
        elif now.sha256 != was.sha256:
            changed += 1
        else:
            found += 1
            moved += now.path != was.path
    new = len(set(after) - set(before))
    report = RelocateReport(
        case, old_folder, len(before), found, moved, changed, missing, new, checked=True
    )
    log.info(
        "case %s relocated: %d found (%d moved), %d changed, %d missing, %d new",
        case_id,
        found,
        moved,
        changed,
        missing,
        new,
    )
    return report
