"""What went wrong with a database file or its folder, as KnownErrors with plain words.

A full disk, a read-only folder, a database another program holds, a damaged file, or
something that is not a file at all. Each says that the change was not saved and that
what was saved before is kept, which SQLite's transactions guarantee.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from organizer.core.errors import KnownError
from organizer.core.safe_open import kind_of
from organizer.storage.copy_list import copies_folder, database_copies
from organizer.storage.errors import (
    NOT_SAVED,
    DatabaseBusyError,
    DatabaseDamagedError,
    DatabaseFullError,
    DatabaseReadOnlyError,
)

_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_READ_ONLY_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}


def full_disk_message(path: Path) -> str:
    return (
        f"The disk is full, so the organizer could not save to {path}. {NOT_SAVED} "
        "Free some space on the disk, then try again."
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
            f"The database {path} is busy: another program, or another organizer window, "
            f"is using it. {NOT_SAVED} Close the other program or window, then try again."
        )
    if primary == sqlite3.SQLITE_READONLY or "readonly" in words:
        return DatabaseReadOnlyError(_read_only_message(path))
    if primary == sqlite3.SQLITE_IOERR or "disk i/o error" in words:
        return KnownError(
            f"The disk could not write the database {path} (it may be full, unplugged or "
            f"failing). {NOT_SAVED} Check the disk, then try again."
        )
    return None


def _read_only_message(path: Path) -> str:
    return (
        f"The organizer can't write to its database {path}: the file or its folder is "
        f"read-only. {NOT_SAVED} Make the folder writable for you, then try again."
    )


def folder_problem(exc: OSError, folder: Path) -> str:
    """Why a folder for the organizer's own files can't be used, in plain words."""
    if exc.errno == errno.ENOTDIR or (folder.exists() and not folder.is_dir()):
        return f"{first_file_in(folder)} is a file, not a folder"
    if exc.errno in _FULL_ERRNOS:
        return "the disk is full"
    if exc.errno in _READ_ONLY_ERRNOS:
        return "it is read-only for you"
    return str(exc.strerror or exc)


def first_file_in(folder: Path) -> Path:
    """The part of ``folder``'s path that is a file where a folder should be."""
    for part in (*reversed(folder.parents), folder):
        if part.exists() and not part.is_dir():
            return part
    return folder


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
