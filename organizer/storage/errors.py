"""The database's own problems, as KnownErrors with plain words (shared by both engines)."""

from __future__ import annotations

from organizer.core.errors import KnownError, told
from organizer.core.phrases import QT_TRANSLATE_NOOP

NOT_SAVED_WORDS = told(
    QT_TRANSLATE_NOOP("errors", "This change was not saved; everything saved before is kept.")
)


class DatabaseFullError(KnownError):
    """The disk (or the database's size limit) is full; the change was not saved."""


class DatabaseBusyError(KnownError):
    """Another program holds the database; the change was not saved."""


class DatabaseReadOnlyError(KnownError):
    """The database file or its folder can't be written; the change was not saved."""


class DatabaseDamagedError(KnownError):
    """The database file has damaged pages; it is left as it is for a copy to replace it."""


class ServerUnreachableError(KnownError):
    """The database server can't be reached, or refused the connection."""


class StaleEditError(KnownError):
    """Someone else changed the same thing since it was shown; this edit was not saved."""
