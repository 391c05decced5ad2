"""Cases: open, make, list, the folder moved, backups, restore, removal, the details."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from organizer.core.profile import CaseProfile
from organizer.core.records import CaseInfo, CaseRow
from organizer.jobs.indexer import Indexer, IndexSettings
from organizer.services import backup, cases, relocate, removal
from organizer.services.backup import BackupSummary, RestoreReport
from organizer.services.case_identity import ProfileSuggestion, Suggestion, suggest_profile
from organizer.services.relocate import RelocateReport
from organizer.storage.database import Database

__all__ = [
    "BackupSummary",
    "IndexSettings",
    "ProfileSuggestion",
    "RelocateReport",
    "RestoreReport",
    "Suggestion",
    "back_up",
    "case_rows",
    "list_cases",
    "open_or_create",
    "relocate_case",
    "remove_case",
    "restore",
    "stored_case",
    "suggest_details",
    "update_profile",
]


def list_cases(db: Database) -> list[CaseInfo]:
    return cases.list_cases(db)


def case_rows(db: Database) -> list[CaseRow]:
    """Every case with whether its folder is there."""
    return [CaseRow(c, Path(c.folder).is_dir()) for c in cases.list_cases(db)]


def stored_case(db: Database, case_id: int) -> CaseInfo | None:
    """The case as it is stored now (after a failed change), or None when it is gone."""
    return next((c for c in cases.list_cases(db) if c.id == case_id), None)


def open_or_create(db: Database, folder: Path) -> CaseInfo:
    return cases.open_or_create_case(db, folder)


def find_or_create(db: Database, folder: Path, profile: CaseProfile | None) -> CaseInfo:
    """The case of a folder chosen in the welcome (made, with the folder, the first time)."""
    folder.mkdir(parents=True, exist_ok=True)
    return cases.find_case(db, folder) or cases.create_case(db, folder, profile)


def update_profile(
    db: Database, case_id: int, profile: CaseProfile, seen_version: int | None = None
) -> CaseInfo:
    return cases.update_profile(db, case_id, profile, seen_version)


def suggest_details(db: Database, case_id: int) -> ProfileSuggestion:
    return suggest_profile(db, case_id)


def relocate_case(
    db: Database, case_id: int, folder: Path, settings: IndexSettings
) -> RelocateReport:
    """Point the case at ``folder``, match its documents by content, read the new place."""

    def read_folder(moved: CaseInfo) -> None:
        indexer = Indexer(db, moved, settings)
        try:
            indexer.run_once()
        finally:
            indexer.close()

    return relocate.relocate_case(db, case_id, folder, reconcile=read_folder)


def back_up(db: Database, case_id: int, target: Path, now: datetime, today: date) -> BackupSummary:
    return backup.backup_case(db, case_id, target, now=now, today=today)


def restore(db: Database, source: Path, folder: Path) -> RestoreReport:
    return backup.restore_backup(db, source, folder)


def remove_case(db: Database, case_id: int) -> str:
    return removal.remove_case(db, case_id)
