"""Files: copying dropped files into the case folder, reading a locked one with a password."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from organizer.core.records import SearchHit
from organizer.jobs import importing
from organizer.jobs.unlock import read_with_password
from organizer.services import documents, search
from organizer.services.imports import ImportReport, ImportStatus
from organizer.storage.database import Database

__all__ = ["ImportReport", "import_files", "needs_telling", "search_documents", "unlock"]


def import_files(
    db: Database, case_id: int, folder: Path, paths: list[Path], today: date
) -> ImportReport:
    """Copy the files into the case folder (never over anything); the reader does the rest."""
    known = documents.known_hashes(db, case_id)
    return importing.import_files(folder, paths, today=today, known_hashes=known)


def needs_telling(report: ImportReport) -> bool:
    """Some file was refused, failed, or is already in the case: the person is told."""
    return bool(
        report.with_status(ImportStatus.REFUSED, ImportStatus.FAILED, ImportStatus.ALREADY_THERE)
    )


def unlock(db: Database, root: str, document_id: int, password: str, case_id: int) -> str:
    """'ok', 'wrong' or 'gone'; the password is used once and never stored."""
    return read_with_password(db, root, document_id, password, case_id)


def search_documents(db: Database, case_id: int, text: str) -> list[SearchHit]:
    return search.search(db, case_id, text)
