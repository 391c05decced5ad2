"""Where the automatic copies of the database are kept, how they are named, and their list.

A copy is ``<stem>-copy-<UTC stamp>-<why>.sqlite3`` in the copies folder beside the
database; the stamp sorts in time order. Nothing here writes a file (``copies.py`` does).
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

COPIES_FOLDER_NAME = "backups"

_COPY_NAME = re.compile(
    r"^(?P<stem>.+)-copy-(?P<stamp>\d{8}-\d{6}-\d{6})-(?P<why>[a-z-]+)\.sqlite3$"
)


@dataclass(frozen=True, slots=True)
class DatabaseCopy:
    path: Path
    made_at: datetime
    why: str  # "startup", "before-restore" or "damaged"


def copies_folder(path: Path) -> Path:
    """Where the automatic copies of the database at ``path`` are kept.

    For the usual database in the data folder this is ``data folder/backups``.
    """
    return path.parent / COPIES_FOLDER_NAME


def copy_name(path: Path, moment: datetime, why: str) -> str:
    """The file name of a copy of the database at ``path`` made at ``moment`` (UTC)."""
    return f"{path.stem}-copy-{moment:%Y%m%d-%H%M%S-%f}-{why}.sqlite3"


def database_copies(path: Path, folder: Path | None = None) -> list[DatabaseCopy]:
    """The copies of the database at ``path``, newest first."""
    folder = folder or copies_folder(path)
    found: list[DatabaseCopy] = []
    with contextlib.suppress(OSError):
        for entry in folder.iterdir():
            match = _COPY_NAME.match(entry.name)
            if match is None or match["stem"] != path.stem or not entry.is_file():
                continue
            made_at = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S-%f").replace(tzinfo=UTC)
            found.append(DatabaseCopy(entry, made_at, match["why"]))
    return sorted(found, key=lambda c: (c.made_at, c.path.name), reverse=True)
