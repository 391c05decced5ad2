"""Copying an SQLite database: the one way it is done, and the automatic copies.

Every copy of a database file (the start-up copies, the copy before an upgrade, the copy
kept before a restore, and putting a copy back) goes through ``copy_sqlite``: SQLite's
backup API from a read-only connection of its own, so it is consistent (WAL included) and
safe on a background thread while the app goes on writing.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from organizer.core.errors import DataFolderError, KnownError, told
from organizer.core.phrases import QT_TRANSLATE_NOOP
from organizer.core.system_words import system_reason
from organizer.storage.copy_list import copies_folder, copy_name, database_copies
from organizer.storage.errors import DatabaseFullError
from organizer.storage.problems import database_problem, folder_problem

STARTUP_COPIES_KEPT = 5
STALE_TEMP_SECONDS = 3600
SQLITE_TIMEOUT = 5.0  # seconds; sqlite3's own default


def read_only_connection(path: Path, timeout: float = SQLITE_TIMEOUT) -> sqlite3.Connection:
    """A connection to the database at ``path`` that can't change a byte of it."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=timeout)


def copy_sqlite(
    source: Path,
    target: Path,
    *,
    source_timeout: float = SQLITE_TIMEOUT,
    target_timeout: float = SQLITE_TIMEOUT,
) -> None:
    """Copy the database ``source`` into ``target`` in one transaction (SQLite's backup).

    ``source`` is opened read-only. ``target`` may be an empty file, or a database that is
    replaced whole (other connections to it then see the copy). Errors are sqlite3's and
    the OS's own: each caller says in its own words what was not done.
    """
    connection = read_only_connection(source, source_timeout)
    try:
        destination = sqlite3.connect(target, timeout=target_timeout)
        try:
            connection.backup(destination)
        finally:
            destination.close()
    finally:
        connection.close()


def private_folder(folder: Path) -> Path:
    """Create ``folder`` if needed, usable by the user only (0700)."""
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if os.name == "posix":
            folder.chmod(0o700)
    except OSError as exc:
        raise DataFolderError(
            told(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The organizer can't keep copies of its database in {0}: "
                    "{1}. The database itself was not changed.",
                ),
                str(folder),
                folder_problem(exc, folder),
            )
        ) from exc
    return folder


def copy_database(
    path: Path, why: str, *, folder: Path | None = None, now: datetime | None = None
) -> Path:
    """A consistent copy of the database (WAL included) in the copies folder, 0600.

    The copy is written under a temporary name and renamed, so a crash never leaves half
    a copy under a real name.
    """
    folder = private_folder(folder or copies_folder(path))
    moment = (now or datetime.now(UTC)).astimezone(UTC)
    while (folder / copy_name(path, moment, why)).exists():
        moment = moment.replace(microsecond=(moment.microsecond + 1) % 1_000_000)
    target = folder / copy_name(path, moment, why)
    temp: Path | None = None
    try:
        fd, temp_name = tempfile.mkstemp(dir=folder, prefix=f".{path.stem}-copy-", suffix=".tmp")
        os.close(fd)  # mkstemp made it 0600; SQLite writes into it
        temp = Path(temp_name)
        copy_sqlite(path, temp, source_timeout=60)
        with temp.open("rb+") as stream:
            os.fsync(stream.fileno())
        temp.chmod(0o600)
        temp.replace(target)
        temp = None
    except (OSError, sqlite3.Error) as exc:
        problem = database_problem(exc, target)
        if isinstance(problem, DatabaseFullError):
            raise DatabaseFullError(
                told(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "There is no room left on the disk for a copy of the database in {0} "
                        "(the disk is full). The database itself was not changed.",
                    ),
                    str(folder),
                )
            ) from exc
        raise KnownError(
            told(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The organizer could not copy its database {0} into {1}: {2}. "
                    "The database itself was not changed.",
                ),
                str(path),
                str(folder),
                system_reason(exc) if isinstance(exc, OSError) else str(exc),
            )
        ) from exc
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                temp.unlink()
    return target


def rotate_startup_copies(
    path: Path,
    keep: int = STARTUP_COPIES_KEPT,
    *,
    folder: Path | None = None,
    now: datetime | None = None,
) -> Path | None:
    """Take the start-up copy of the database and keep only the newest ``keep`` of them.

    Safe to run on a background thread (it opens its own read-only connection), so the
    window opens without waiting. Returns the new copy, or None when there is no database
    yet. Copies made for other reasons (before a restore) are never pruned here.
    """
    if not path.is_file() or path.stat().st_size == 0:
        return None
    folder = folder or copies_folder(path)
    made = copy_database(path, "startup", folder=folder, now=now)
    startup = [c for c in database_copies(path, folder) if c.why == "startup"]
    for old in startup[max(keep, 1) :]:
        with contextlib.suppress(OSError):
            old.path.unlink()
    _remove_stale_temps(path, folder)
    return made


def _remove_stale_temps(path: Path, folder: Path) -> None:
    """Half-written copies left by a crash (never ones another process is still writing)."""
    limit = datetime.now(UTC).timestamp() - STALE_TEMP_SECONDS
    with contextlib.suppress(OSError):
        for temp in folder.glob(f".{path.stem}-copy-*.tmp"):
            with contextlib.suppress(OSError):
                if temp.stat().st_mtime < limit:
                    temp.unlink()
