"""Plain words for a database that is damaged or not a file, and for a race at creation."""

from __future__ import annotations

import time
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from organizer.core.errors import KnownError
from organizer.core.safe_open import kind_of
from organizer.storage.database import (
    BUSY_TIMEOUT_MS,
    copies_folder,
    database_copies,
    read_revision,
)


def damaged_message(path: Path) -> str:
    """Where the automatic copies are, and how to put one back, in one line."""
    copies = database_copies(path)
    if not copies:
        where = (
            f"There are no automatic copies of it in {copies_folder(path)} yet; if you have "
            "a backup file, restore it into a new database with 'organizer restore'."
        )
    else:
        where = (
            f"Automatic copies of it are kept in {copies_folder(path)} (the newest is "
            f"{copies[0].path.name}): list them with 'organizer copies', and put one back "
            "with 'organizer copies --restore COPY' (the damaged file is kept aside)."
        )
    return (
        f"The database {path} is damaged, so the organizer can't use it; it was left as "
        f"it is. {where}"
    )


def not_a_file_message(path: Path, mode: int) -> str:
    kind = kind_of(mode)
    return (
        f"{path} is a {kind}, not a database file; it was left untouched. Give the name of "
        "a database file, e.g. --db sqlite:///path/to/organizer.sqlite3"
    )


def made_meanwhile(exc: Exception, path: Path, head: str) -> bool:
    """Whether the upgrade failed only because another process did it at the same time."""
    if not isinstance(exc, DBAPIError) or "already exists" not in str(exc.orig):
        return False
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while time.monotonic() < deadline:  # wait for the other run to finish its upgrade
        try:
            if read_revision(path) == head:
                return True
        except KnownError:
            return False
        time.sleep(0.2)
    return False
