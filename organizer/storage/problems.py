"""What went wrong with a database file or its folder, as KnownErrors with plain words.

A full disk, a read-only folder, a database another program holds, a damaged file, or
something that is not a file at all. Each says that the change was not saved and that
what was saved before is kept, which SQLite's transactions guarantee.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from organizer.core.errors import KnownError, told, word
from organizer.core.phrases import QT_TRANSLATE_NOOP, Phrase
from organizer.core.safe_open import kind_of
from organizer.core.system_words import system_reason
from organizer.storage.copy_list import copies_folder, database_copies
from organizer.storage.errors import (
    NOT_SAVED_WORDS,
    DatabaseBusyError,
    DatabaseDamagedError,
    DatabaseFullError,
    DatabaseReadOnlyError,
)

_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_READ_ONLY_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}


def full_disk_message(path: Path) -> Phrase:
    return told(
        QT_TRANSLATE_NOOP(
            "errors",
            "The disk is full, so the organizer could not save to {0}. {1} "
            "Free some space on the disk, then try again.",
        ),
        str(path),
        NOT_SAVED_WORDS,
    )


def database_problem(exc: BaseException | None, path: Path) -> KnownError | None:
    """The plain-words error for a full, busy or read-only database, or None for others.

    ``exc`` is the sqlite3 (or OS) error; anything not caused by the computer is left to
    the caller, because it is a bug.
    """
    if isinstance(exc, OSError):
        if exc.errno in _FULL_ERRNOS:
            return DatabaseFullError(full_disk_message(path))
        if exc.errno in _READ_ONLY_ERRNOS:
            return DatabaseReadOnlyError(_read_only_message(path))
        return None
    if not isinstance(exc, sqlite3.Error):
        return None
    primary = getattr(exc, "sqlite_errorcode", -1) & 0xFF
    words = str(exc).lower()
    if primary == sqlite3.SQLITE_CORRUPT or "malformed" in words:
        return DatabaseDamagedError(damaged_message(path))
    if primary == sqlite3.SQLITE_FULL or "is full" in words:
        return DatabaseFullError(full_disk_message(path))
    if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "locked" in words:
        return DatabaseBusyError(
            told(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The database {0} is busy: another program, or another organizer window, "
                    "is using it. {1} Close the other program or window, then try again.",
                ),
                str(path),
                NOT_SAVED_WORDS,
            )
        )
    if primary == sqlite3.SQLITE_READONLY or "readonly" in words:
        return DatabaseReadOnlyError(_read_only_message(path))
    if primary == sqlite3.SQLITE_IOERR or "disk i/o error" in words:
        return KnownError(
            told(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The disk could not write the database {0} (it may be full, unplugged or "
                    "failing). {1} Check the disk, then try again.",
                ),
                str(path),
                NOT_SAVED_WORDS,
            )
        )
    return None


def _read_only_message(path: Path) -> Phrase:
    return told(
        QT_TRANSLATE_NOOP(
            "errors",
            "The organizer can't write to its database {0}: the file or its folder is "
            "read-only. {1} Make the folder writable for you, then try again.",
        ),
        str(path),
        NOT_SAVED_WORDS,
    )


def folder_problem(exc: OSError, folder: Path) -> Phrase:
    """Why a folder for the organizer's own files can't be used, in plain words."""
    if exc.errno == errno.ENOTDIR or (folder.exists() and not folder.is_dir()):
        return told(
            QT_TRANSLATE_NOOP("errors", "{0} is a file, not a folder"), str(first_file_in(folder))
        )
    if exc.errno in _FULL_ERRNOS:
        return told(QT_TRANSLATE_NOOP("errors", "the disk is full"))
    if exc.errno in _READ_ONLY_ERRNOS:
        return told(QT_TRANSLATE_NOOP("errors", "it is read-only for you"))
    return system_reason(exc)


def first_file_in(folder: Path) -> Path:
    """The part of ``folder``'s path that is a file where a folder should be."""
    for part in (*reversed(folder.parents), folder):
        if part.exists() and not part.is_dir():
            return part
    return folder


def damaged_message(path: Path) -> Phrase:
    """Where the automatic copies are, and how to put one back, in one line."""
    copies = database_copies(path)
    if not copies:
        where = told(
            QT_TRANSLATE_NOOP(
                "errors",
                "There are no automatic copies of it in {0} yet; if you have "
                "a backup file, restore it into a new database with 'organizer restore'.",
            ),
            str(copies_folder(path)),
        )
    else:
        where = told(
            QT_TRANSLATE_NOOP(
                "errors",
                "Automatic copies of it are kept in {0} (the newest is "
                "{1}): list them with 'organizer copies', and put one back "
                "with 'organizer copies --restore COPY' (the damaged file is kept aside).",
            ),
            str(copies_folder(path)),
            copies[0].path.name,
        )
    return told(
        QT_TRANSLATE_NOOP(
            "errors",
            "The database {0} is damaged, so the organizer can't use it; it was left as it is. {1}",
        ),
        str(path),
        where,
    )


def not_a_file_message(path: Path, mode: int) -> Phrase:
    return told(
        QT_TRANSLATE_NOOP(
            "errors",
            "{0} is a {1}, not a database file; it was left untouched. Give the name of "
            "a database file, e.g. --db sqlite:///path/to/organizer.sqlite3",
        ),
        str(path),
        word(kind_of(mode)),
    )


def too_new_message(where: str, revision: str) -> Phrase:
    """A database made by a newer version: it is left as it is, and why is said."""
    return told(
        QT_TRANSLATE_NOOP(
            "errors",
            "The database {0} was made by a newer version of the organizer "
            "(schema {1}). Please install the newer version; "
            "the database was left untouched.",
        ),
        where,
        revision,
    )
