"""The automatic copies of the database: listing them, and putting one back.

The copies are whole SQLite files taken at start-up (``storage.copies``); putting one back
keeps the database it replaces (a healthy one as a "before-restore" copy, a damaged one
moved aside), never deleting it.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from organizer.core.errors import DatabaseTooNewError, KnownError, told
from organizer.core.phrases import QT_TRANSLATE_NOOP
from organizer.core.system_words import system_reason
from organizer.storage.copies import (
    copy_database,
    copy_sqlite,
    private_folder,
    read_only_connection,
)
from organizer.storage.copy_list import DatabaseCopy, copies_folder, copy_name, database_copies
from organizer.storage.database import BUSY_TIMEOUT_MS, known_revisions, read_revision
from organizer.storage.problems import database_problem

log = logging.getLogger(__name__)


def list_copies(db_path: Path) -> list[DatabaseCopy]:
    """The automatic copies of the database at ``db_path``, newest first."""
    return database_copies(db_path)


def _check_copy(copy_path: Path) -> None:
    """A copy worth restoring: ours, not from a newer app, and whole."""
    if not copy_path.is_file():
        raise KnownError(
            told(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "There is no copy at {0}.",
                ),
                str(copy_path),
            )
        )
    revision = read_revision(copy_path)
    if revision is None:
        raise KnownError(
            told(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{0} is an empty database; nothing was restored.",
                ),
                copy_path.name,
            )
        )
    if revision not in known_revisions():
        raise DatabaseTooNewError(
            told(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{0} was made by a newer version of the organizer; nothing was restored.",
                ),
                copy_path.name,
            )
        )
    connection = read_only_connection(copy_path)
    try:
        result = connection.execute("PRAGMA integrity_check").fetchone()
    except sqlite3.DatabaseError as exc:
        raise KnownError(
            told(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{0} is damaged ({1}); nothing was restored.",
                ),
                copy_path.name,
                str(exc),
            )
        ) from exc
    finally:
        connection.close()
    if result is None or result[0] != "ok":
        raise KnownError(
            told(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{0} is damaged; nothing was restored.",
                ),
                copy_path.name,
            )
        )


def _healthy(db_path: Path) -> bool:
    try:
        if read_revision(db_path) is None:
            return False
        connection = read_only_connection(db_path)
        try:
            row = connection.execute("PRAGMA quick_check").fetchone()
        finally:
            connection.close()
    except (KnownError, sqlite3.Error):
        return False
    return row is not None and row[0] == "ok"


def restore_startup_copy(
    copy_path: Path, db_path: Path, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS
) -> Path | None:
    """Put an automatic copy back as the database; returns where the old one was kept.

    A healthy current database is first kept as another copy ("before-restore"), then
    overwritten through SQLite's backup API in one transaction: a crash leaves the old or
    the restored database, and other open connections see a consistent one (an open
    window should reload its view). A damaged or missing database is moved aside into the
    copies folder ("damaged") and the copy is put in its place under a temporary name.
    """
    _check_copy(copy_path)
    if db_path.is_file() and db_path.stat().st_size > 0 and _healthy(db_path):
        kept = copy_database(db_path, "before-restore")
        _copy_into(copy_path, db_path, busy_timeout_ms)
        log.info("database restored from the copy %s", copy_path.name)
        return kept
    kept_damaged = _move_aside(db_path) if db_path.exists() else None
    temp: Path | None = None
    try:
        fd, name = tempfile.mkstemp(dir=db_path.parent, prefix=f".{db_path.name}.", suffix=".tmp")
        os.close(fd)
        temp = Path(name)
        _copy_into(copy_path, temp, busy_timeout_ms)
        with temp.open("rb+") as stream:
            os.fsync(stream.fileno())
        temp.chmod(0o600)
        temp.replace(db_path)
        temp = None
    except OSError as exc:
        raise database_problem(exc, db_path) or KnownError(
            told(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The copy could not be put back as {0}: {1}.",
                ),
                str(db_path),
                system_reason(exc),
            )
        ) from exc
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                temp.unlink()
    log.info("damaged or missing database replaced by the copy %s", copy_path.name)
    return kept_damaged


def _copy_into(copy_path: Path, target: Path, busy_timeout_ms: int) -> None:
    try:
        copy_sqlite(copy_path, target, target_timeout=busy_timeout_ms / 1000)
    except sqlite3.Error as exc:
        problem = database_problem(exc, target)
        if problem is None:
            raise KnownError(
                told(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "The copy could not be put back as {0}: {1}.",
                    ),
                    str(target),
                    str(exc),
                )
            ) from exc
        raise problem from exc


def _move_aside(db_path: Path) -> Path:
    """Keep a damaged database (and its side files) in the copies folder, never delete it."""
    folder = private_folder(copies_folder(db_path))
    target = folder / copy_name(db_path, datetime.now(UTC), "damaged")
    try:
        db_path.replace(target)
        for suffix in ("-wal", "-shm", "-journal"):
            side = db_path.with_name(db_path.name + suffix)
            if side.exists():
                side.replace(target.with_name(target.name + suffix))
    except OSError as exc:
        raise database_problem(exc, db_path) or KnownError(
            told(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The damaged database {0} could not be moved aside: {1}.",
                ),
                str(db_path),
                system_reason(exc),
            )
        ) from exc
    return target
