"""Errors that come from the user's environment, kept apart from bugs.

A ``KnownError`` is something the user can fix or must be told about in plain words
(a full disk, a database that is too new, a folder that is gone). Anything else is a bug.
"""


class KnownError(Exception):
    """A problem caused by the user's environment or input, with a plain-words message."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class DatabaseTooNewError(KnownError):
    """The database was written by a newer version of the app; it is left untouched."""


class UnsupportedDatabaseError(KnownError):
    """The database URL names an engine this version does not support."""


class DataFolderError(KnownError):
    """The per-user data folder cannot be created or written."""


class CaseNotFoundError(KnownError):
    """No case matches what the user asked for."""


class FolderUnreachableError(KnownError):
    """The case folder itself can't be reached (drive unplugged, share down)."""
