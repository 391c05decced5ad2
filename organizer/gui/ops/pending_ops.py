"""Files dropped on a log entry: remembered in the database, linked once read."""

from __future__ import annotations

from organizer.services import pending_links
from organizer.storage.database import Database


def remember(db: Database, case_id: int, paths: list[str], entry_id: int) -> int:
    return pending_links.remember(db, case_id, paths, entry_id)


def link_arrivals(db: Database, case_id: int) -> int:
    return pending_links.link_arrivals(db, case_id)
