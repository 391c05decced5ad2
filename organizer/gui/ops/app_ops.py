"""Starting and closing the app: the database, the demo copy, the case to show first."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import URL

from organizer.core.profile import CaseProfile
from organizer.core.records import CaseInfo
from organizer.services import cases
from organizer.services.demo import DemoCopy, make_demo_copy, remove_abandoned_copies
from organizer.storage.copies import rotate_startup_copies
from organizer.storage.database import Database, open_database, resolve_url

__all__ = [
    "URL",
    "Database",
    "DemoCopy",
    "case_to_show",
    "create_case",
    "database_url",
    "find_case",
    "open_db",
    "open_demo",
    "remove_abandoned_demos",
    "startup_copy",
]


def database_url(cli_url: str | None) -> URL:
    return resolve_url(cli_url)


def open_db(url: URL) -> Database:
    return open_database(url)


def remove_abandoned_demos() -> None:
    remove_abandoned_copies()


def open_demo() -> tuple[DemoCopy, Database, CaseInfo]:
    """A fresh copy of the demo case, in a database of its own."""
    demo = make_demo_copy()
    db = open_database(URL.create("sqlite", database=str(demo.db_path)))
    return demo, db, cases.create_case(db, demo.folder, demo.profile)


def case_to_show(db: Database, folder: Path | None, last: str | None) -> CaseInfo | None:
    """The folder given, else the last one opened, else the newest case, else None."""
    if folder is not None:
        return cases.open_or_create_case(db, folder)
    if last:
        found = cases.find_case(db, Path(last))
        if found is not None:
            return found
    known = cases.list_cases(db)
    return known[-1] if known else None


def find_case(db: Database, folder: Path) -> CaseInfo | None:
    return cases.find_case(db, folder)


def create_case(db: Database, folder: Path, profile: CaseProfile | None) -> CaseInfo:
    return cases.create_case(db, folder, profile)


def startup_copy(path: Path) -> Path | None:
    """The automatic copy of the database taken at start (the oldest ones are dropped)."""
    return rotate_startup_copies(path)
